//! `veerkrachtplanner optimize FILE --budget-per-year EUR [--candidates all|catalogue|plan] [--plan ID]
//! [--outcome index|VARIABELE] [--json]`: the best portfolio within the budget of every year. With
//! `--robust p10|beter [--runs N] [--seed S]` the robust option instead ([`super::optimize_robust`]).

use super::Args;
use super::plan::print_table;
use crate::model::{Plan, PlanId, Project, VariableId};
use crate::plan::{
    CandidateReport, CandidateSet, ImproveMethod, OptimizeRequest, OptimizeResult, Outcome, candidate_items, optimize,
};
use crate::text::optimizer::{explanation, outcome_label, reason};
use crate::text::{Language, format_eur, format_number};
use serde::Serialize;
use std::sync::atomic::AtomicBool;

/// Draws of `optimize --robust` without `--runs` (fewer when more would not fit for the model).
const DEFAULT_ROBUST_RUNS: usize = 200;

pub fn run(mut args: Args) -> i32 {
    match run_inner(&mut args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            2
        }
    }
}

fn run_inner(args: &mut Args) -> Result<i32, String> {
    let json = args.flag("--json");
    let budget = args
        .value("--budget-per-year")?
        .ok_or_else(|| "Geef het budget per jaar op met --budget-per-year EUR.".to_owned())?;
    let budget =
        parse_eur(&budget).ok_or_else(|| format!("--budget-per-year: '{budget}' is geen bedrag van 0 of meer."))?;
    let set: CandidateSet = args
        .value("--candidates")?
        .map_or(Ok(CandidateSet::All), |s| s.parse().map_err(|e: crate::plan::PlanError| e.to_string()))?;
    let plan_id = args.value("--plan")?;
    let outcome = args.value("--outcome")?;
    let robust = args.value("--robust")?.map(|g| super::optimize_robust::parse_goal(&g)).transpose()?;
    let runs = args.parsed::<usize>("--runs")?;
    let seed = args.parsed::<u64>("--seed")?;
    let path = args.positional("projectbestand")?;
    args.finish()?;
    if robust.is_none() && (runs.is_some() || seed.is_some()) {
        return Err("Opties --runs en --seed werken alleen samen met --robust.".to_owned());
    }
    let project = crate::io::load_project_file(std::path::Path::new(&path)).map_err(|e| super::load_error_text(&e))?;
    let base = base_plan(&project, plan_id.as_deref())?;
    let outcome = match outcome.as_deref() {
        None | Some("index") => Outcome::Index,
        Some(id) => Outcome::Variable(VariableId::new(id)),
    };
    let candidates = candidate_items(&project, base.as_ref(), set);
    if candidates.is_empty() {
        return Err("Er zijn geen kandidaten: het plan is leeg. Kies --candidates all of catalogue.".to_owned());
    }
    let (first_year, last_year) = base.as_ref().map_or_else(
        || (2026, 2026 + (project.settings.horizon_months / 12).max(1) as i32 - 1),
        |p| (p.first_year, p.last_year),
    );
    let mut request = OptimizeRequest::new(
        first_year,
        last_year,
        (first_year..=last_year).map(|y| (y, budget)).collect(),
        candidates,
    );
    request.outcome = outcome;
    // A model under construction: nothing to maximise yet, robustly or not.
    if super::uncertainty_args::no_outcome_answer(&project, &request.outcome, json, ("optimise", "optimaliseren")) {
        return Ok(0);
    }
    if let Some(goal) = robust {
        let (runs, fewer) = match runs {
            Some(runs) => (runs.clamp(1, crate::plan::MAX_DRAWS), None),
            None => super::uncertainty_args::default_runs_within(
                DEFAULT_ROBUST_RUNS,
                crate::plan::max_robust_runs(&project),
            ),
        };
        let goal = (goal, runs, seed.unwrap_or(project.settings.monte_carlo_seed));
        return super::optimize_robust::run(&project, request, base, goal, (json, fewer));
    }
    let started = std::time::Instant::now();
    let result = optimize(&project, &request, &mut |_| {}, &AtomicBool::new(false)).map_err(|e| e.to_string())?;
    let seconds = started.elapsed().as_secs_f64();
    let outcome = outcome_label(&result.outcome, &project, Language::Nl);
    if json {
        let text = serde_json::to_string_pretty(&OptimizeJson::new(&result, &outcome))
            .map_err(|e| format!("Kan de uitvoer niet als JSON schrijven: {e}"))?;
        outln!("{text}");
        return Ok(0);
    }
    outln!(
        "Optimalisatie van de {} voor {}–{} met {} per jaar ({} kandidaten, {} simulaties, {} s).",
        outcome,
        first_year,
        last_year,
        format_eur(budget),
        result.candidates.len(),
        result.simulations,
        format_number(seconds, 2)
    );
    outln!("\n{}\n", explanation(&result, &outcome, Language::Nl));
    let mut rows = vec![vec![
        "Gekozen interventie".to_owned(),
        "Bereik".to_owned(),
        "Kosten (looptijd)".to_owned(),
        "Effect".to_owned(),
    ]];
    for c in result.candidates.iter().filter(|c| c.chosen_reach_percent.is_some()) {
        let level = c.chosen_reach_percent.unwrap_or(0.0);
        let l = c.levels_percent.iter().position(|x| *x == level).unwrap_or(0);
        rows.push(vec![
            format!("{}{}", c.name, if c.example_values { " *" } else { "" }),
            format!("{} %", format_number(level, 0)),
            format_eur(c.total_cost_per_level_eur.get(l).copied().unwrap_or(0.0)),
            format_number(c.area_per_level.get(l).copied().unwrap_or(0.0), 1),
        ]);
    }
    print_table(&rows, 0);
    let mut years = vec!["Jaar".to_owned()];
    years.extend(result.years.iter().map(ToString::to_string));
    let mut costs = vec!["Kosten".to_owned()];
    costs.extend(result.cost_per_year_eur.iter().map(|c| format_eur(*c)));
    let mut budgets = vec!["Budget".to_owned()];
    budgets.extend(result.budget_per_year_eur.iter().map(|b| b.map_or_else(|| "–".to_owned(), format_eur)));
    outln!();
    print_table(&[years, costs, budgets], 0);
    outln!(
        "\nVoorspeld effect (som van losse effecten): {} punt-maanden; nagerekend: {}.{}",
        format_number(result.predicted_area, 1),
        format_number(result.verified_area, 1),
        if result.proven_optimal {
            ""
        } else if result.interaction.is_some() {
            " Niet alle combinaties zijn doorgerekend: dit is een goede, geen bewezen beste keuze."
        } else {
            " De zoektocht is vroegtijdig gestopt: dit is een goede, geen bewezen beste keuze."
        }
    );
    outln!("* = voorbeeldwaarde (geen gemeten effect of begroot bedrag).");
    Ok(0)
}

/// The `--json` output: the result with the Dutch labels, reasons and explanation.
#[derive(Serialize)]
struct OptimizeJson<'a> {
    outcome_label: &'a str,
    predicted_area: f64,
    verified_area: f64,
    years: &'a [i32],
    cost_per_year_eur: &'a [f64],
    budget_per_year_eur: &'a [Option<f64>],
    proven_optimal: bool,
    candidates: Vec<CandidateJson<'a>>,
    explanation: String,
    simulations: usize,
    /// Only when the effects may not add up (then the answer was improved with full simulations).
    #[serde(skip_serializing_if = "Option::is_none")]
    interaction: Option<InteractionJson>,
}

#[derive(Serialize)]
struct InteractionJson {
    search_predicted_area: f64,
    search_verified_area: f64,
    effects_interact: bool,
    method: &'static str,
    simulations: usize,
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    intervention: &'a str,
    name: &'a str,
    levels_percent: &'a [f64],
    area_per_level: &'a [f64],
    total_cost_per_level_eur: &'a [f64],
    cost_per_year_per_level_eur: &'a [Vec<f64>],
    chosen_reach_percent: Option<f64>,
    reason: String,
    example_values: bool,
}

impl<'a> OptimizeJson<'a> {
    fn new(result: &'a OptimizeResult, outcome: &'a str) -> Self {
        Self {
            outcome_label: outcome,
            predicted_area: result.predicted_area,
            verified_area: result.verified_area,
            years: &result.years,
            cost_per_year_eur: &result.cost_per_year_eur,
            budget_per_year_eur: &result.budget_per_year_eur,
            proven_optimal: result.proven_optimal,
            candidates: result
                .candidates
                .iter()
                .map(|c: &CandidateReport| CandidateJson {
                    intervention: c.intervention.as_str(),
                    name: &c.name,
                    levels_percent: &c.levels_percent,
                    area_per_level: &c.area_per_level,
                    total_cost_per_level_eur: &c.total_cost_per_level_eur,
                    cost_per_year_per_level_eur: &c.cost_per_year_per_level_eur,
                    chosen_reach_percent: c.chosen_reach_percent,
                    reason: reason(&c.verdict, outcome, Language::Nl),
                    example_values: c.example_values,
                })
                .collect(),
            explanation: explanation(result, outcome, Language::Nl),
            simulations: result.simulations,
            interaction: result.interaction.as_ref().map(|i| InteractionJson {
                search_predicted_area: i.search_predicted_area,
                search_verified_area: i.search_verified_area,
                effects_interact: i.effects_interact,
                method: match i.method {
                    ImproveMethod::Exhaustive => "exhaustive",
                    ImproveMethod::Exchange => "exchange",
                },
                simulations: i.simulations,
            }),
        }
    }
}

/// The plan that gives the years (and the items for `--candidates plan`): `--plan ID`, else the first by id.
fn base_plan(project: &Project, id: Option<&str>) -> Result<Option<Plan>, String> {
    match id {
        Some(id) => project
            .plan(&PlanId::new(id))
            .cloned()
            .map(Some)
            .ok_or_else(|| format!("Planvariant '{id}' bestaat niet in dit project.")),
        None => Ok(project.plans.iter().min_by(|a, b| a.id.cmp(&b.id)).cloned()),
    }
}

/// Reads an amount in euros: `250000`, `250.000`, `€ 250.000`, `250000,50`.
fn parse_eur(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| !matches!(c, '€' | ' ' | '.' | '_')).collect();
    let value: f64 = cleaned.replace(',', ".").parse().ok()?;
    (value.is_finite() && value >= 0.0).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::parse_eur;

    #[test]
    fn dutch_amounts_are_read() {
        assert_eq!(parse_eur("250000"), Some(250_000.0));
        assert_eq!(parse_eur("€ 250.000"), Some(250_000.0));
        assert_eq!(parse_eur("1.250,50"), Some(1250.5));
        assert_eq!(parse_eur("-5"), None);
        assert_eq!(parse_eur("veel"), None);
    }
}
