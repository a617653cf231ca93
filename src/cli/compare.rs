//! `veerkrachtplanner compare FILE --plans A,B [--scenario NAAM] [--outcome index|VARIABELE] [--runs N] [--seed S]
//! [--json]`: plan A against plan B under uncertainty, with the same draws for both (common random numbers), without
//! a crisis and, with `--scenario`, also with it. A plan is named by id or name; `referentie` is the empty plan.

use super::Args;
use super::uncertainty_args::UncertaintyArgs;
use crate::model::{Plan, PlanId, Project, Scenario};
use crate::plan::{CompareRequest, Comparison, compare};
use crate::sim::monte_carlo::Progress;
use crate::text::Language;
use crate::text::optimizer::outcome_label;
use crate::text::uncertainty::{comparison_sentence, difference_sentence};
use serde_json::json;

pub fn run(mut args: Args) -> i32 {
    super::exit_code(run_inner(&mut args))
}

fn run_inner(args: &mut Args) -> Result<(), String> {
    let json_out = args.flag("--json");
    let plans = args.value("--plans")?.ok_or_else(|| "Geef de twee plannen op met --plans A,B.".to_owned())?;
    let options = UncertaintyArgs::parse(args, 1000, 1)?;
    let project = options.load()?;
    if super::uncertainty_args::no_outcome_answer(&project, &options.outcome, json_out, ("compare", "vergelijken")) {
        return Ok(());
    }
    let Some((name_a, name_b)) = plans.split_once(',') else {
        return Err(format!("Optie --plans: '{plans}' zijn geen twee plannen; schrijf ze als A,B."));
    };
    let a = find_plan(&project, name_a.trim())?;
    let b = find_plan(&project, name_b.trim())?;
    let scenario = options.scenario(&project)?;
    let (runs, fewer) = options.runs_within(crate::plan::max_compare_runs(&project, scenario.is_some()));
    let (outcome, seed) = (&options.outcome, options.seed(&project));
    let mut situations: Vec<(Option<&Scenario>, Comparison)> = Vec::new();
    for s in std::iter::once(None).chain(scenario.map(Some)) {
        let request = CompareRequest { outcome: outcome.clone(), scenario: s.cloned(), runs, seed, threads: 0 };
        let c = compare(&project, &a, &b, &request, &Progress::new()).map_err(|e| e.to_string())?;
        situations.push((s, c));
    }
    let label = outcome_label(outcome, &project, Language::Nl);
    if json_out {
        let value = json!({
            "plan_a": {"id": a.id.to_string(), "name": a.name},
            "plan_b": {"id": b.id.to_string(), "name": b.name},
            "outcome_label": label,
            "runs": runs,
            "runs_lowered": fewer.is_some(),
            "seed": seed,
            "situations": situations.iter().map(|(s, c)| json!({
                "scenario": s.map(|s| json!({"id": s.id.to_string(), "name": s.name})),
                "probability_b_better": c.probability_b_better,
                "b_better": c.b_better,
                "ties": c.ties,
                "difference": {
                    "p10": c.difference_p10,
                    "p50": c.difference_p50,
                    "p90": c.difference_p90,
                    "central": c.central_difference,
                },
                "sentence": comparison_sentence(c, &a.name, &b.name, Language::Nl),
            })).collect::<Vec<_>>(),
        });
        let text =
            serde_json::to_string_pretty(&value).map_err(|e| format!("Kan de uitvoer niet als JSON schrijven: {e}"))?;
        outln!("{text}");
        return Ok(());
    }
    outln!(
        "{} (A) tegen {} (B) op de {label}: {runs} doorrekeningen met dezelfde trekkingen voor beide, zaad {seed}.",
        a.name,
        b.name
    );
    if let Some(fewer) = fewer {
        outln!("{fewer}");
    }
    for (s, c) in &situations {
        let situation = s.map_or_else(|| "Zonder crisis".to_owned(), |s| format!("Met scenario {}", s.name));
        outln!("\n{situation}: {}", comparison_sentence(c, &a.name, &b.name, Language::Nl));
        outln!("  {}", difference_sentence(c, Language::Nl));
    }
    Ok(())
}

/// A plan by id, then by name (both case-insensitive); `referentie` is the plan without items.
pub(super) fn find_plan(project: &Project, name: &str) -> Result<Plan, String> {
    let lower = name.to_lowercase();
    if let Some(plan) = project
        .plan(&PlanId::new(name))
        .or_else(|| project.plans.iter().find(|p| p.id.as_str().to_lowercase() == lower))
        .or_else(|| project.plans.iter().find(|p| p.name.to_lowercase() == lower))
    {
        return Ok(plan.clone());
    }
    if lower == "referentie" || lower == "reference" {
        let template = project.plans.first().cloned();
        return template
            .map(|p| Plan { id: PlanId::new("referentie"), name: "de referentie".to_owned(), items: Vec::new(), ..p })
            .ok_or_else(|| "Dit project heeft geen planvarianten om met de referentie te vergelijken.".to_owned());
    }
    let list: Vec<String> = project.plans.iter().map(|p| format!("{} ({})", p.id, p.name)).collect();
    Err(format!("Onbekend plan '{name}'. Beschikbaar: {}, of referentie.", list.join(", ")))
}
