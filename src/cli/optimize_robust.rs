//! `veerkrachtplanner optimize … --robust p10|beter [--runs N] [--seed S] [--json]`: the robust optimiser option —
//! the portfolio within budget with the best 10 % point of its effect over the draws, or with the highest
//! probability of beating the current plan (`--plan`, else the reference), and how often it stays best.

use crate::model::{Plan, Project};
use crate::plan::{OptimizeRequest, RobustGoal, RobustRequest, optimize_robust};
use crate::text::Language;
use crate::text::optimizer::outcome_label;
use crate::text::uncertainty::robust_sentence;
use serde_json::json;
use std::sync::atomic::AtomicBool;

/// `p10` or `beter` (`beat`).
pub(super) fn parse_goal(text: &str) -> Result<RobustGoal, String> {
    match text {
        "p10" => Ok(RobustGoal::P10),
        "beter" | "beat" => Ok(RobustGoal::BeatCurrent),
        other => Err(format!("Optie --robust: '{other}' is onbekend; kies p10 of beter.")),
    }
}

/// Runs the robust optimiser and prints its answer.
pub(super) fn run(
    project: &Project,
    base: OptimizeRequest,
    current: Option<Plan>,
    (goal, runs, seed): (RobustGoal, usize, u64),
    (json_out, fewer): (bool, Option<String>),
) -> Result<i32, String> {
    let request = RobustRequest { base, goal, current, runs, seed, threads: 0 };
    let r = optimize_robust(project, &request, &AtomicBool::new(false)).map_err(|e| e.to_string())?;
    let outcome = outcome_label(&request.base.outcome, project, Language::Nl);
    let chosen: Vec<_> = r
        .plan
        .items
        .iter()
        .map(|i| {
            let name = crate::plan::find_intervention(project, &i.intervention)
                .map_or_else(|| i.intervention.to_string(), |x| x.name.clone());
            (i.intervention.to_string(), name, i.reach_percent)
        })
        .collect();
    if json_out {
        let value = json!({
            "goal": match goal { RobustGoal::P10 => "p10", RobustGoal::BeatCurrent => "beter" },
            "outcome_label": outcome,
            "runs": runs,
            "runs_lowered": fewer.is_some(),
            "seed": seed,
            "chosen": chosen.iter().map(|(id, name, reach)| json!({"intervention": id, "name": name, "reach_percent": reach})).collect::<Vec<_>>(),
            "objective": r.objective,
            "expected_choice_objective": r.expected_choice_objective,
            "p10_effect": r.p10_effect,
            "p50_effect": r.p50_effect,
            "mean_effect": r.mean_effect,
            "probability_beats_current": r.probability_beats_current,
            "stays_best_share": r.stays_best_share,
            "rivals": r.rivals,
            "proven_optimal": r.proven_optimal,
            "evaluations": r.evaluations,
            "explanation": robust_sentence(&r, &outcome, Language::Nl),
        });
        let text =
            serde_json::to_string_pretty(&value).map_err(|e| format!("Kan de uitvoer niet als JSON schrijven: {e}"))?;
        outln!("{text}");
        return Ok(0);
    }
    outln!("Robuuste optimalisatie ({runs} doorrekeningen, zaad {seed}, {} combinaties doorgerekend).", r.evaluations);
    if let Some(fewer) = fewer {
        outln!("{fewer}");
    }
    outln!("\n{}\n", robust_sentence(&r, &outcome, Language::Nl));
    outln!("Gekozen:");
    for (_, name, reach) in &chosen {
        outln!("  {name} ({} %)", crate::text::format_number(*reach, 0));
    }
    Ok(0)
}
