//! `veerkrachtplanner export-xmile BESTAND UIT.xmile [--scenario NAAM] [--plan NAAM]`
//!
//! Writes the simulation model as XMILE 1.0 (see `export::xmile`) for Stella, PySD and other system-dynamics tools,
//! with the shocks of the scenario and/or the interventions of the plan as inputs. Without either: the reference run.

use super::Args;
use crate::model::{Plan, Project};

pub fn run(mut args: Args) -> i32 {
    match run_inner(&mut args) {
        Ok(message) => {
            outln!("{message}");
            0
        }
        Err(msg) => {
            eprintln!("{msg}");
            2
        }
    }
}

fn run_inner(args: &mut Args) -> Result<String, String> {
    let scenario_name = args.value("--scenario")?;
    let plan_name = args.value("--plan")?;
    let file = args.positional("projectbestand")?;
    let out = args.positional("uitvoerbestand (.xmile)")?;
    args.finish()?;
    let project = crate::io::load_project_file(std::path::Path::new(&file)).map_err(|e| super::load_error_text(&e))?;
    let mut inputs = Vec::new();
    if let Some(scenario) = super::simulate::find_scenario(&project, scenario_name.as_deref())? {
        inputs.extend(crate::sim::scenario_inputs(scenario));
    }
    if let Some(name) = plan_name.as_deref() {
        let plan = find_plan(&project, name)?;
        inputs.extend(crate::plan::plan_inputs(&project, plan).map_err(|e| e.to_string())?);
    }
    let text =
        crate::export::xmile::try_project_to_xmile(&project, &inputs, &project.settings).map_err(|e| e.to_string())?;
    crate::io::write_export_file(std::path::Path::new(&out), text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(format!(
        "XMILE-model geschreven naar {out}: {} variabelen, {} verbanden, {} invloeden.",
        project.variables.len(),
        project.links.len(),
        inputs.len()
    ))
}

/// A plan by id, then by name (both case-insensitive).
pub(super) fn find_plan<'a>(project: &'a Project, name: &str) -> Result<&'a Plan, String> {
    project
        .plans
        .iter()
        .find(|p| p.id.as_str().eq_ignore_ascii_case(name))
        .or_else(|| project.plans.iter().find(|p| p.name.to_lowercase() == name.to_lowercase()))
        .ok_or_else(|| {
            let list: Vec<String> = project.plans.iter().map(|p| format!("{} ({})", p.id, p.name)).collect();
            let list = if list.is_empty() { "geen".to_owned() } else { list.join(", ") };
            format!("Onbekende planvariant '{name}'. Beschikbaar: {list}.")
        })
}
