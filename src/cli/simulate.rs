//! `veerkrachtplanner simulate FILE [--scenario NAAM] [--plan NAAM] [--runs N --seed S] [--method euler|rk4]
//! [--csv UIT [--taal nl|en] [--ids] [--alle-runs]] [--json]`
//!
//! Without `--json` or `--csv` it prints a short Dutch summary. `--plan` adds a plan variant's interventions to the
//! run. CSV: see `export::run_csv` (for Excel: BOM, Dutch `;` and decimal comma by default, the variables' names as
//! headers). JSON: the series by variable id plus outcomes (index, reference index, resilience triangle of the index
//! when the scenario has shocks, structural resilience) and Dutch warnings. Numbers are rounded to 6 decimals.

use super::Args;
use crate::model::{Plan, Project, Scenario, SimMethod};
use crate::sim::{
    self, Compiled, IndexWeights, McRequest, McResult, Progress, ResilienceTriangle, RunOptions, StructuralResilience,
    Trajectory,
};
use crate::text::format_number as decimal;
use serde_json::{Value, json};
use std::fmt::Write as _;

/// Everything the run produced, for the three output forms.
struct Outcome<'a> {
    project: &'a Project,
    compiled: Compiled,
    scenario: Option<&'a Scenario>,
    opts: RunOptions,
    run: Trajectory,
    index: Option<Vec<f64>>,
    index_reference: Option<Vec<f64>>,
    resilience: Option<(usize, ResilienceTriangle)>,
    structural: StructuralResilience,
    mc: Option<McResult>,
    warnings: Vec<String>,
}

pub fn run(mut args: Args) -> i32 {
    match run_inner(&mut args) {
        Ok(()) => 0,
        Err(msg) => {
            eprintln!("{msg}");
            2
        }
    }
}

fn run_inner(args: &mut Args) -> Result<(), String> {
    let json_out = args.flag("--json");
    let scenario_name = args.value("--scenario")?;
    let runs = args.parsed::<usize>("--runs")?;
    let seed = args.parsed::<u64>("--seed")?;
    let method = match args.value("--method")?.as_deref() {
        None => None,
        Some("euler") => Some(SimMethod::Euler),
        Some("rk4") => Some(SimMethod::Rk4),
        Some(other) => return Err(format!("Optie --method: '{other}' is onbekend; kies euler of rk4.")),
    };
    let csv = args.value("--csv")?;
    let csv_options = crate::export::run_csv::CsvOptions::parse(args.value("--taal")?.as_deref(), args.flag("--ids"))?;
    let all_runs = args.flag("--alle-runs");
    let plan_name = args.value("--plan")?;
    let file = args.positional("projectbestand")?;
    args.finish()?;
    if seed.is_some() && runs.is_none() {
        return Err("Optie --seed werkt alleen samen met --runs.".to_owned());
    }
    let range = crate::model::rules::MONTE_CARLO_RUNS;
    if let Some(n) = runs
        && !range.contains(n as f64)
    {
        return Err(format!("Optie --runs: geef {} tot en met {} runs op.", range.min, range.max));
    }
    let project = crate::io::load_project_file(std::path::Path::new(&file)).map_err(|e| super::load_error_text(&e))?;
    if let Some(n) = runs {
        runs_within_work(&project, n as u64, method.unwrap_or(project.settings.method))?;
    }
    let scenario = find_scenario(&project, scenario_name.as_deref())?;
    let mut opts = RunOptions::from(&project.settings);
    if let Some(m) = method {
        opts.method = m;
    }
    let plan = plan_name.as_deref().map(|name| super::export_xmile::find_plan(&project, name)).transpose()?;
    let seed = seed.unwrap_or(project.settings.monte_carlo_seed);
    // JSON lists the driving loops always; the summary names them only in a lock-in warning.
    // The variables' bands are shown by JSON and the wide CSV only; the summary shows the index band alone.
    let variable_bands = json_out || (csv.is_some() && !all_runs);
    let outcome = simulate(&project, (scenario, plan), opts, (runs, seed, variable_bands), json_out)?;
    if let Some(path) = csv {
        let bytes = if all_runs {
            crate::export::run_csv::all_runs(&project, scenario, &outcome.opts, &csv_options)?
        } else {
            let o = &outcome;
            let series = (&o.run, o.index.as_deref(), o.mc.as_ref());
            crate::export::run_csv::wide(&project, &o.compiled, series, &csv_options)
        };
        crate::io::write_export_file(std::path::Path::new(&path), &bytes).map_err(|e| e.to_string())?;
    }
    if json_out {
        outln!("{}", serde_json::to_string_pretty(&json_value(&outcome)).unwrap_or_default());
    } else {
        out!("{}", summary(&outcome));
    }
    Ok(())
}

/// `--runs N` (with `--method`, if given) obeys the same work limit as the runs stored in a project (`model::rules`).
fn runs_within_work(project: &Project, runs: u64, method: SimMethod) -> Result<(), String> {
    use crate::model::rules::{MAX_MONTE_CARLO_WORK, Violation, monte_carlo_work};
    let work = monte_carlo_work(project, runs, method);
    if work > MAX_MONTE_CARLO_WORK {
        let v = Violation::MonteCarloTooLarge { runs, work, max: MAX_MONTE_CARLO_WORK };
        return Err(format!("Optie --runs: {v}."));
    }
    Ok(())
}

/// `None` or "referentie": no scenario. Otherwise by id, then by name (both case-insensitive).
pub(super) fn find_scenario<'a>(project: &'a Project, name: Option<&str>) -> Result<Option<&'a Scenario>, String> {
    let Some(name) = name else { return Ok(None) };
    if name.eq_ignore_ascii_case("referentie") {
        return Ok(None);
    }
    let found = project
        .scenarios
        .iter()
        .find(|s| s.id.as_str().eq_ignore_ascii_case(name))
        .or_else(|| project.scenarios.iter().find(|s| s.name.to_lowercase() == name.to_lowercase()));
    found.map(Some).ok_or_else(|| {
        let mut list = vec!["referentie".to_owned()];
        list.extend(project.scenarios.iter().map(|s| format!("{} ({})", s.id, s.name)));
        format!("Onbekend scenario '{name}'. Beschikbaar: {}.", list.join(", "))
    })
}

/// `(runs, seed, variable_bands)`: the Monte Carlo runs asked for, and whether the bands of every variable are
/// wanted besides the index's (without, the runs keep no values per variable). `always_name_drivers`: name the driving loops even without a
/// lock-in (naming them is a loop search; the eigenvalue alone is cheap).
fn simulate<'a>(
    project: &'a Project,
    (scenario, plan): (Option<&'a Scenario>, Option<&Plan>),
    opts: RunOptions,
    (runs, seed, variable_bands): (Option<usize>, u64, bool),
    always_name_drivers: bool,
) -> Result<Outcome<'a>, String> {
    let compiled = sim::compile(project).map_err(|e| e.to_string())?;
    let mut inputs = scenario.map(sim::scenario_inputs).unwrap_or_default();
    if let Some(plan) = plan {
        inputs.extend(crate::plan::plan_inputs(project, plan).map_err(|e| e.to_string())?);
    }
    let inputs = compiled.compile_inputs(&inputs).map_err(|e| e.to_string())?;
    let run = compiled.run(&inputs, &opts);
    let mut warnings = Vec::new();
    let weights: Option<IndexWeights> = match sim::compile_index(&compiled, &project.outcome, project) {
        Ok(w) => Some(w),
        Err(e) => {
            warnings.push(format!("Geen veerkrachtindex: {e}"));
            None
        }
    };
    let index = weights.as_ref().map(|w| w.series(&run));
    let mut index_reference = None;
    let mut resilience = None;
    if let (Some(w), Some(s)) = (&weights, scenario) {
        let reference = compiled.run(&compiled.compile_inputs(&[]).map_err(|e| e.to_string())?, &opts);
        index_reference = Some(w.series(&reference));
        if let (Some(start), Some(series)) = (sim::shock_start_month(s), &index) {
            resilience = Some((start, sim::resilience_triangle(series, start, true)));
        }
    }
    let mut structural = sim::return_time_and_lock_in(&compiled, opts.horizon_months, Some(&run));
    if always_name_drivers || structural.lock_in {
        structural.drivers = sim::stability::drivers(project);
    }
    if !structural.computed && compiled.n_variables() > 0 {
        warnings.push("Het traagste herstel na een verstoring is niet berekend (het model is te groot of de berekening komt niet tot een uitkomst).".to_owned());
    }
    if structural.lock_in {
        let loops: Vec<&str> = structural.drivers.iter().map(|d| d.title.as_str()).collect();
        warnings.push(format!(
            "Lock-in: verandering dooft niet uit binnen de planhorizon van {} maanden{}.",
            opts.horizon_months,
            if loops.is_empty() { String::new() } else { format!(" (versterkende lussen: {})", loops.join("; ")) }
        ));
    }
    if !structural.pinned.is_empty() {
        let names: Vec<String> = structural.pinned.iter().map(ToString::to_string).collect();
        warnings.push(format!("Deze variabelen raken de grens 0 of 100: {}.", names.join(", ")));
    }
    let mc = match runs {
        Some(n) => Some(
            sim::monte_carlo_request(
                &compiled,
                &inputs,
                &opts,
                weights.as_ref(),
                n,
                seed,
                McRequest { variables: (!variable_bands).then_some(&[][..]), threads: 0 },
                &Progress::new(),
            )
            .map_err(|_| "De berekening van de onzekerheidsband is afgebroken.".to_owned())?,
        ),
        None => None,
    };
    Ok(Outcome { project, compiled, scenario, opts, run, index, index_reference, resilience, structural, mc, warnings })
}

/// Rounded to 6 decimals for JSON (non-finite → null).
fn jnum(x: f64) -> Value {
    if x.is_finite() { json!((x * 1e6).round() / 1e6 + 0.0) } else { Value::Null }
}

fn jseries(s: &[f64]) -> Value {
    Value::Array(s.iter().map(|&x| jnum(x)).collect())
}

fn json_value(o: &Outcome<'_>) -> Value {
    let ids = o.compiled.variable_ids();
    let series: serde_json::Map<String, Value> =
        ids.iter().enumerate().map(|(v, id)| (id.to_string(), jseries(&o.run.series(v)))).collect();
    let mc = o.mc.as_ref().map(|mc| {
        let bands: serde_json::Map<String, Value> = ids
            .iter()
            .enumerate()
            .map(|(v, id)| {
                let b = mc.band(v);
                (id.to_string(), json!({"p10": jseries(&b.p10), "p50": jseries(&b.p50), "p90": jseries(&b.p90)}))
            })
            .collect();
        let index =
            mc.index.as_ref().map(|b| json!({"p10": jseries(&b.p10), "p50": jseries(&b.p50), "p90": jseries(&b.p90)}));
        json!({"runs": mc.runs, "seed": mc.seed, "bands": bands, "index": index})
    });
    let resilience = o.resilience.as_ref().map(|(start, r)| {
        json!({
            "shock_start_month": start,
            "pre_shock": jnum(r.pre_shock),
            "depth": jnum(r.depth),
            "depth_month": r.depth_month,
            "recovery_months": r.recovery_months.map(jnum),
            "area_lost": jnum(r.area_lost),
        })
    });
    let s = &o.structural;
    let drivers: Vec<Value> = s
        .drivers
        .iter()
        .map(|d| {
            json!({
                "title": d.title,
                "variables": d.variables.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "loop_gain": jnum(d.loop_gain),
            })
        })
        .collect();
    let plan_area = match (&o.index, &o.index_reference) {
        (Some(a), Some(b)) => Some(jnum(sim::area_between(a, b))),
        _ => None,
    };
    json!({
        "scenario": o.scenario.map(|s| json!({"id": s.id.to_string(), "name": s.name})),
        "method": match o.opts.method { SimMethod::Euler => "euler", SimMethod::Rk4 => "rk4" },
        "dt_months": jnum(o.opts.step_months()),
        "horizon_months": o.opts.horizon_months,
        "variables": ids.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "series": series,
        "monte_carlo": mc,
        "outcomes": {
            "index": o.index.as_deref().map(jseries),
            "index_reference": o.index_reference.as_deref().map(jseries),
            "index_area_vs_reference": plan_area,
            "resilience": resilience,
            "structural": {
                "computed": s.computed,
                "dominant_eigenvalue": {"re": jnum(s.dominant.0), "im": jnum(s.dominant.1)},
                "return_time_months": s.return_time_months.map(jnum),
                "lock_in": s.lock_in,
                "pinned": s.pinned.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "drivers": drivers,
            },
        },
        "warnings": o.warnings,
    })
}

fn summary(o: &Outcome<'_>) -> String {
    let mut out = String::new();
    let title = if o.project.meta.title.is_empty() { "project" } else { o.project.meta.title.as_str() };
    let scenario = o.scenario.map_or("referentie".to_owned(), |s| s.name.clone());
    let method = match o.opts.method {
        SimMethod::Euler => "Euler",
        SimMethod::Rk4 => "RK4",
    };
    let _ = writeln!(
        out,
        "Simulatie van {title}: scenario {scenario}, {} variabelen, {} maanden, {method} met stap {} maand.",
        o.compiled.n_variables(),
        o.opts.horizon_months,
        decimal(o.opts.step_months(), 3)
    );
    if let Some(ix) = &o.index {
        let last = ix.len().saturating_sub(1);
        let _ = writeln!(
            out,
            "Veerkrachtindex: {} bij de start, {} na {last} maanden.",
            decimal(ix[0], 1),
            decimal(ix[last], 1)
        );
    }
    if let Some((start, r)) = &o.resilience {
        let rec = r.recovery_months.map_or("niet hersteld".to_owned(), |m| format!("{} maanden", decimal(m, 1)));
        let _ = writeln!(
            out,
            "Crisis vanaf maand {start}: index {} vóór de crisis, diepste punt {} in maand {}, hersteltijd {rec}, verlies {} punt-maanden.",
            decimal(r.pre_shock, 1),
            decimal(r.depth, 1),
            r.depth_month,
            decimal(r.area_lost, 1)
        );
    }
    let s = &o.structural;
    match s.return_time_months {
        Some(rt) if s.computed => {
            let _ = writeln!(out, "Traagste herstel na een verstoring: ongeveer {} maanden.", decimal(rt, 1));
        }
        None if s.computed => {
            let _ = writeln!(out, "Traagste herstel na een verstoring: nooit (een lus houdt elke verandering vast).");
        }
        _ => {}
    }
    if let Some(mc) = &o.mc {
        let _ = writeln!(out, "Onzekerheidsband: {} berekeningen, startgetal {}.", mc.runs, mc.seed);
        if let Some(b) = &mc.index {
            let last = b.p50.len().saturating_sub(1);
            let _ = writeln!(
                out,
                "Veerkrachtindex na {last} maanden: mediaan {}, 10–90 %: {} – {}.",
                decimal(b.p50[last], 1),
                decimal(b.p10[last], 1),
                decimal(b.p90[last], 1)
            );
        }
    }
    for w in &o.warnings {
        let _ = writeln!(out, "Let op: {w}");
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_fixed_and_never_negative_zero() {
        assert_eq!(jnum(-1e-7), json!(0.0));
    }

    #[test]
    fn unknown_scenario_lists_the_available_ones() {
        let p = Project {
            scenarios: vec![Scenario {
                id: "nieuwe_crisis".into(),
                name: "Nieuwe crisis".to_owned(),
                description: String::new(),
                shocks: vec![],
            }],
            ..Project::default()
        };
        assert!(find_scenario(&p, Some("Referentie")).unwrap().is_none());
        assert!(find_scenario(&p, Some("nieuwe crisis")).unwrap().is_some());
        let err = find_scenario(&p, Some("oorlog")).unwrap_err();
        assert!(err.contains("referentie") && err.contains("nieuwe_crisis"));
    }
}
