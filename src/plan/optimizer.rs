//! The best portfolio within budget. The model is nearly linear in its inputs, so the outcome of a portfolio is
//! close to the sum of its parts: (1) each candidate's outcome area is simulated once per reach level, (2) an exact
//! branch-and-bound search ([`best_portfolios`]) picks at most one reach level per candidate so that the summed
//! area is largest without breaking any year's budget, (3) the best few portfolios are simulated in full and the
//! best verified one wins. (4) Unless the model shows that no combination can bring a variable to 0 or 100 (then
//! the summed areas are exact, [`super::additivity`]), the answer is improved with full simulations of whole
//! portfolios ([`super::improve`]); it is then called proven best only when every combination was simulated.

use super::additivity::adds_up;
use super::candidate::{CandidateReport, Interaction, OptimizeResult, Progress, Stage};
use super::explain::{Verdict, judge};
use super::improve::{ImproveMethod, Limits, Picks, Simulate, Space, improve_reusing};
use super::outcome::{Outcome, OutcomeModel};
use super::{
    Choice, PlanError, all_interventions, best_portfolios, find_intervention, item_cost_per_year, item_inputs,
};
use crate::model::{InterventionId, Plan, PlanId, PlanItem, Project};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// The reach levels tried for every candidate (0 % = not chosen).
pub const REACH_LEVELS_PERCENT: [f64; 4] = [25.0, 50.0, 75.0, 100.0];

/// Which interventions the optimiser may choose from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CandidateSet {
    /// The plan's items, the project's own interventions and the catalogue.
    #[default]
    All,
    /// Only the built-in catalogue.
    Catalogue,
    /// Only the items already in the plan (with their timing and overrides).
    Plan,
}

impl std::str::FromStr for CandidateSet {
    type Err = PlanError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "all" | "alle" => Ok(Self::All),
            "catalogue" | "catalogus" => Ok(Self::Catalogue),
            "plan" => Ok(Self::Plan),
            other => Err(PlanError::UnknownCandidateSet { name: other.to_owned() }),
        }
    }
}

/// What to optimise.
#[derive(Clone, Debug, PartialEq)]
pub struct OptimizeRequest {
    pub first_year: i32,
    pub last_year: i32,
    /// Budget per calendar year; a year without an entry has no limit.
    pub budget_per_year_eur: BTreeMap<i32, f64>,
    /// Item templates (timing, overrides); the optimiser sets their reach.
    pub candidates: Vec<PlanItem>,
    pub outcome: Outcome,
    /// Reach levels to try, in percent (0 % is always possible).
    pub levels_percent: Vec<f64>,
    /// How many of the best predicted portfolios are simulated in full.
    pub verify_top: usize,
}

impl OptimizeRequest {
    pub fn new(
        first_year: i32,
        last_year: i32,
        budget_per_year_eur: BTreeMap<i32, f64>,
        candidates: Vec<PlanItem>,
    ) -> Self {
        Self {
            first_year,
            last_year,
            budget_per_year_eur,
            candidates,
            outcome: Outcome::Index,
            levels_percent: REACH_LEVELS_PERCENT.to_vec(),
            verify_top: 5,
        }
    }
}

/// Candidate item templates. Plan items keep their own timing; other interventions start in month 0, run for the
/// whole plan with 6 months ramp-up and 12 months after-effect (voorbeeldwaarden). One candidate per intervention.
pub fn candidate_items(project: &Project, plan: Option<&Plan>, set: CandidateSet) -> Vec<PlanItem> {
    let mut out: Vec<PlanItem> = Vec::new();
    if matches!(set, CandidateSet::All | CandidateSet::Plan) {
        for item in plan.map(|p| p.items.as_slice()).unwrap_or_default() {
            if !out.iter().any(|c| c.intervention == item.intervention) {
                out.push(item.clone());
            }
        }
    }
    let pool: Vec<&crate::model::Intervention> = match set {
        CandidateSet::All => all_interventions(project),
        CandidateSet::Catalogue => super::catalogue().iter().collect(),
        CandidateSet::Plan => Vec::new(),
    };
    for intervention in pool {
        if !out.iter().any(|c| c.intervention == intervention.id) {
            out.push(default_item(intervention.id.clone()));
        }
    }
    out
}

/// A plan item for `id` with the optimiser's default timing.
pub fn default_item(id: InterventionId) -> PlanItem {
    PlanItem { ramp_up_months: 6.0, after_effect_months: 12.0, ..PlanItem::new(id, 100.0) }
}

/// Runs the optimiser on `model` (see the module documentation). `progress` is called now and then; setting
/// `cancel` stops it with an error.
pub fn optimize_with<M: OutcomeModel + ?Sized>(
    model: &M,
    project: &Project,
    request: &OptimizeRequest,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<OptimizeResult, PlanError> {
    let cancelled = || PlanError::Cancelled;
    check_request(request)?;
    let context = Plan {
        id: PlanId::new(project.fresh_id("plan_optimaal")),
        name: String::new(),
        first_year: request.first_year,
        last_year: request.last_year,
        budget_eur: request
            .budget_per_year_eur
            .iter()
            .filter(|(y, _)| (request.first_year..=request.last_year).contains(*y))
            .map(|(y, b)| (*y, *b))
            .collect(),
        items: Vec::new(),
        notes: String::new(),
    };
    let years: Vec<i32> = (request.first_year..=request.last_year).collect();
    let budgets: Vec<f64> = years.iter().map(|y| context.budget_eur.get(y).copied().unwrap_or(f64::INFINITY)).collect();

    // 1. Every candidate alone at every level.
    let total_runs = request.candidates.len() * request.levels_percent.len();
    let mut reports = Vec::with_capacity(request.candidates.len());
    let mut classes = Vec::with_capacity(request.candidates.len());
    // Per candidate, the deviation of its run at the highest level (for the additivity check).
    let mut deviations = Vec::with_capacity(request.candidates.len());
    let highest = (0..request.levels_percent.len())
        .max_by(|a, b| request.levels_percent[*a].total_cmp(&request.levels_percent[*b]))
        .unwrap_or(0);
    for (c, template) in request.candidates.iter().enumerate() {
        let intervention = find_intervention(project, &template.intervention)
            .ok_or_else(|| PlanError::UnknownCandidate { intervention: template.intervention.to_string() })?;
        let cost = template.cost.unwrap_or(intervention.cost);
        let mut report = CandidateReport {
            intervention: template.intervention.clone(),
            name: intervention.name.clone(),
            levels_percent: request.levels_percent.clone(),
            area_per_level: Vec::new(),
            total_cost_per_level_eur: Vec::new(),
            cost_per_year_per_level_eur: Vec::new(),
            chosen_reach_percent: None,
            verdict: Verdict::TooExpensive,
            example_values: intervention.example_values && (template.cost.is_none() || template.effects.is_none()),
        };
        let mut options = Vec::with_capacity(request.levels_percent.len());
        for (l, level) in request.levels_percent.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                return Err(cancelled());
            }
            let item = PlanItem { reach_percent: *level, ..template.clone() };
            let (area, deviation) = model.area_and_deviation(&item_inputs(project, &context, &item)?)?;
            if l == highest {
                deviations.push(deviation);
            }
            let cost_per_year = item_cost_per_year(&context, &item, &cost);
            report.area_per_level.push(area);
            report.total_cost_per_level_eur.push(cost_per_year.iter().sum());
            report.cost_per_year_per_level_eur.push(cost_per_year.clone());
            options.push(Choice { value: area, cost_per_year_eur: cost_per_year });
            let done = c * request.levels_percent.len() + l + 1;
            if done.is_multiple_of(8) || done == total_runs {
                progress(Progress {
                    fraction: 0.8 * done as f32 / total_runs.max(1) as f32,
                    stage: Stage::Candidates { current: c + 1, total: request.candidates.len() },
                });
            }
        }
        reports.push(report);
        classes.push(options);
    }

    // 2. Exact search on the summed areas.
    progress(Progress { fraction: 0.8, stage: Stage::Search });
    let search = best_portfolios(&classes, &budgets, request.verify_top.max(1), cancel);
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }

    // 3. Verify the best few by full simulation.
    let mut simulate = |picks: &[Option<usize>]| -> Result<f64, PlanError> {
        let mut inputs = Vec::new();
        for (template, pick) in request.candidates.iter().zip(picks) {
            if let Some(l) = pick {
                let item = PlanItem { reach_percent: request.levels_percent[*l], ..template.clone() };
                inputs.extend(item_inputs(project, &context, &item)?);
            }
        }
        model.area(&inputs)
    };
    let mut known = Vec::with_capacity(search.portfolios.len());
    let mut best: Option<(usize, f64)> = None;
    for (p, portfolio) in search.portfolios.iter().enumerate() {
        progress(Progress {
            fraction: 0.9 + 0.1 * p as f32 / search.portfolios.len().max(1) as f32,
            stage: Stage::Verify { current: p + 1, total: search.portfolios.len() },
        });
        let verified = simulate(&portfolio.picks)?;
        known.push((portfolio.picks.clone(), verified));
        if best.is_none_or(|(_, v)| verified > v + 1e-9) {
            best = Some((p, verified));
        }
    }
    let (winner, mut verified_area) = best.unwrap_or((usize::MAX, 0.0));
    let mut picks: Vec<Option<usize>> =
        search.portfolios.get(winner).map_or_else(|| vec![None; request.candidates.len()], |p| p.picks.clone());
    let summed = |picks: &[Option<usize>]| -> f64 {
        picks.iter().zip(&reports).filter_map(|(p, r)| p.map(|l| r.area_per_level[l])).sum()
    };
    // The search's own sum (its order of addition) unless the improvement below picks another portfolio.
    let mut predicted_area = search.portfolios.get(winner).map_or(0.0, |p| p.value);
    let mut simulations = total_runs + search.portfolios.len();
    let mut proven_optimal = search.complete;
    let mut interaction = None;

    // 4. Unless the summed areas are certainly exact, improve with full simulations.
    if !adds_up(model.room(), &deviations, &reports, &budgets) {
        if known.is_empty() {
            known.push((picks.clone(), verified_area));
        }
        let winner = (picks.as_slice(), verified_area);
        let limits = Limits::default().within_work(crate::model::rules::run_work(project));
        let choices = Choices { reports: &reports, budgets: &budgets, limits };
        let (found, improved) = improve_by_simulation(&choices, winner, &known, &mut simulate, progress, cancel)?;
        simulations += found.simulations;
        proven_optimal = found.method == ImproveMethod::Exhaustive;
        if improved.1 > verified_area + 1e-9 {
            (picks, verified_area) = improved;
            predicted_area = summed(&picks);
        }
        interaction = Some(found);
    }

    let mut plan = context;
    let mut cost_per_year_eur = vec![0.0; years.len()];
    for ((template, pick), report) in request.candidates.iter().zip(&picks).zip(&mut reports) {
        if let Some(l) = pick {
            let level = request.levels_percent[*l];
            report.chosen_reach_percent = Some(level);
            for (total, c) in cost_per_year_eur.iter_mut().zip(&report.cost_per_year_per_level_eur[*l]) {
                *total += c;
            }
            plan.items.push(PlanItem { reach_percent: level, ..template.clone() });
        }
    }
    judge(&mut reports, &years, &budgets);
    progress(Progress { fraction: 1.0, stage: Stage::Done });
    Ok(OptimizeResult {
        outcome: request.outcome.clone(),
        predicted_area,
        verified_area,
        budget_per_year_eur: years.iter().map(|y| plan.budget_eur.get(y).copied()).collect(),
        years,
        cost_per_year_eur,
        proven_optimal,
        candidates: reports,
        simulations,
        interaction,
        plan,
    })
}

/// The request's years, levels and budgets make sense.
fn check_request(request: &OptimizeRequest) -> Result<(), PlanError> {
    if request.last_year < request.first_year {
        return Err(PlanError::OptimizerYearsReversed);
    }
    if request.levels_percent.iter().any(|l| !l.is_finite() || *l <= 0.0 || *l > 100.0) {
        return Err(PlanError::OptimizerLevelOutOfRange);
    }
    if let Some((year, budget)) = request.budget_per_year_eur.iter().find(|(_, b)| !b.is_finite() || **b < 0.0) {
        return Err(PlanError::OptimizerInvalidBudget { year: *year, budget: *budget });
    }
    Ok(())
}

/// What step 4 chooses from: the candidates' reports, the budget per year and how many full simulations it may spend.
struct Choices<'a> {
    reports: &'a [CandidateReport],
    budgets: &'a [f64],
    limits: Limits,
}

/// Step 4 of [`optimize_with`]: improves on the `known` simulated portfolios (`winner`: the one the search and its
/// verification chose, with its simulated area) with full simulations; returns what was done and the best
/// portfolio with its simulated area.
fn improve_by_simulation(
    choices: &Choices<'_>,
    winner: (&[Option<usize>], f64),
    known: &[(Picks, f64)],
    simulate: &mut Simulate<'_>,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<(Interaction, (Picks, f64)), PlanError> {
    let Choices { reports, budgets, limits } = *choices;
    let summed = |picks: &[Option<usize>]| -> f64 {
        picks.iter().zip(reports).filter_map(|(p, r)| p.map(|l| r.area_per_level[l])).sum()
    };
    let cost: Vec<Vec<Vec<f64>>> = reports.iter().map(|r| r.cost_per_year_per_level_eur.clone()).collect();
    let space = Space { cost: &cost, budgets };
    // Every candidate alone at every level was simulated in step 1 (the same inputs, so the same area).
    let alone: Vec<(Picks, f64)> = reports
        .iter()
        .enumerate()
        .flat_map(|(c, r)| {
            r.area_per_level.iter().enumerate().map(move |(l, area)| {
                let mut picks = vec![None; reports.len()];
                picks[c] = Some(l);
                (picks, *area)
            })
        })
        .collect();
    let mut simulated: Vec<(Picks, f64)> = Vec::new();
    let improved = improve_reusing(
        &space,
        known,
        &alone,
        &mut |p| {
            if simulated.len().is_multiple_of(64) {
                let current = simulated.len() + 1;
                progress(Progress { fraction: 0.95, stage: Stage::Verify { current, total: current } });
            }
            let area = simulate(p)?;
            simulated.push((p.to_vec(), area));
            Ok(area)
        },
        limits,
        cancel,
    )?;
    let differs = |(p, area): &(Picks, f64)| {
        let sum = summed(p);
        (area - sum).abs() > 1e-6 * sum.abs().max(1.0)
    };
    let interaction = Interaction {
        search_predicted_area: summed(winner.0),
        search_verified_area: winner.1,
        effects_interact: known.iter().chain(&simulated).any(differs),
        method: improved.method,
        simulations: improved.simulations,
    };
    Ok((interaction, (improved.picks, improved.area)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::outcome::testing::LinearModel;
    use super::*;
    use crate::model::{Cost, Effect};

    fn candidate(id: &str, target: &str, points: f64, one_off: f64, per_year: f64) -> PlanItem {
        PlanItem {
            effects: Some(vec![Effect {
                target: target.into(),
                points,
                confidence: crate::model::Confidence::default(),
            }]),
            cost: Some(Cost { one_off_eur: one_off, per_year_eur: per_year }),
            ramp_up_months: 0.0,
            after_effect_months: 0.0,
            ..default_item(id.into())
        }
    }

    fn request(candidates: Vec<PlanItem>, budget: f64) -> OptimizeRequest {
        OptimizeRequest::new(2026, 2027, [(2026, budget), (2027, budget)].into_iter().collect(), candidates)
    }

    #[test]
    fn picks_the_best_value_for_money_within_every_year() {
        let model = LinearModel::new(&[("welbevinden", 1.0), ("stress", -1.0)], 24);
        // Area at full reach: points × 23.5 (24 months, trapezoid). Per year cost at 100 %.
        let candidates = vec![
            candidate("tno_advies_01", "welbevinden", 4.0, 0.0, 100_000.0), // 94 for 200k
            candidate("tno_advies_02", "stress", -2.0, 0.0, 20_000.0),      // 47 for 40k: best per euro
            candidate("tno_advies_03", "welbevinden", -3.0, 0.0, 1_000.0),  // harms
            candidate("tno_advies_04", "welbevinden", 5.0, 500_000.0, 1.0), // one-off breaks 2026
        ];
        let mut calls = 0;
        let result = optimize_with(
            &model,
            &Project::default(),
            &request(candidates, 70_000.0),
            &mut |p| {
                calls += 1;
                assert!((0.0..=1.0).contains(&p.fraction));
            },
            &AtomicBool::new(false),
        )
        .unwrap();
        assert!(calls > 0);
        let chosen: Vec<(&str, f64)> =
            result.plan.items.iter().map(|i| (i.intervention.as_str(), i.reach_percent)).collect();
        // 70k per year: advies 2 at 100 % (20k) + advies 1 at 50 % (50k) = 47 + 47.
        assert_eq!(chosen, [("tno_advies_01", 50.0), ("tno_advies_02", 100.0)]);
        assert!((result.verified_area - 94.0).abs() < 1e-9);
        assert!((result.predicted_area - result.verified_area).abs() < 1e-9, "linear model: prediction is exact");
        assert!(result.cost_per_year_eur.iter().all(|c| *c <= 70_000.0 + 1e-6));
        assert!(result.proven_optimal);
        assert!(result.candidates[0].verdict.is_chosen() && result.candidates[1].verdict.is_chosen());
        assert_eq!(result.candidates[2].verdict, Verdict::NoPositiveEffect);
        assert_eq!(result.candidates[3].verdict, Verdict::DoesNotFit { year: 2026 });
        assert_eq!(result.plan.budget_eur.get(&2027), Some(&70_000.0));
    }

    #[test]
    fn cancel_stops_with_the_cancelled_error() {
        let model = LinearModel::new(&[("welbevinden", 1.0)], 24);
        let cancel = AtomicBool::new(true);
        let c = vec![candidate("tno_advies_01", "welbevinden", 4.0, 0.0, 1.0)];
        let err = optimize_with(&model, &Project::default(), &request(c, 1.0), &mut |_| {}, &cancel).unwrap_err();
        assert_eq!(err, PlanError::Cancelled);
    }

    #[test]
    fn candidate_sets() {
        let project = Project::default();
        let all = candidate_items(&project, None, CandidateSet::All);
        assert_eq!(all.len(), super::super::catalogue().len());
        let mut plan = Plan {
            id: PlanId::new("p"),
            name: "P".into(),
            first_year: 2026,
            last_year: 2027,
            budget_eur: BTreeMap::new(),
            items: vec![PlanItem { start_month: 7.0, ..default_item("tno_advies_03".into()) }],
            notes: String::new(),
        };
        plan.items.push(plan.items[0].clone());
        let only_plan = candidate_items(&project, Some(&plan), CandidateSet::Plan);
        assert_eq!(only_plan.len(), 1, "one candidate per intervention");
        let all = candidate_items(&project, Some(&plan), CandidateSet::All);
        assert_eq!(all.len(), super::super::catalogue().len());
        assert_eq!(all[0].start_month, 7.0, "the plan's own timing wins");
        assert_eq!("catalogus".parse::<CandidateSet>(), Ok(CandidateSet::Catalogue));
        assert!("x".parse::<CandidateSet>().is_err());
    }
}
