//! Plan A versus plan B under uncertainty (issue 15): the same draws of every link gain and intervention effect
//! for both plans (common random numbers, [`super::draws`]), so the difference per draw is due to the plans alone.
//!
//! Documented choices:
//! - The measure is the outcome area against the reference run of the same draw (index-point-months); the
//!   difference per draw is `area(B) − area(A)` (the reference cancels out).
//! - Tie rule: a draw where `|B − A| ≤ 1e-9 · max(1, |area A|, |area B|)` is a tie and counts as half a win for
//!   each, so identical plans give exactly 0.5 (their runs are the same bits, the difference exactly 0).
//! - Percentiles of the difference: linear interpolation at `p·(N − 1)` (as the Monte Carlo bands).

use super::draws::{PlanDraws, link_ranges, plan_draws};
use super::ensemble::{Ensemble, MAX_DRAWS};
use super::{Evaluator, Outcome, PlanError, plan_months};
use crate::model::{Plan, Project, Scenario};
use crate::sim::monte_carlo::{Progress, percentile_sorted};
use crate::sim::scenario_inputs;

/// What to compare.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRequest {
    pub outcome: Outcome,
    /// The crisis scenario whose shocks both plans meet; `None`: the reference situation.
    pub scenario: Option<Scenario>,
    /// Draws (at least 1, at most 100 000).
    pub runs: usize,
    pub seed: u64,
    /// Worker threads; 0: one per core (at most 8). The result is the same for any number.
    pub threads: usize,
}

/// A against B over the draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub runs: usize,
    pub seed: u64,
    /// Per draw: the effect of A and of B (area against the reference of that draw).
    pub effect_a: Vec<f64>,
    pub effect_b: Vec<f64>,
    /// Per draw: `effect_b − effect_a`.
    pub difference: Vec<f64>,
    /// Draws in which B does better, and ties (see the tie rule).
    pub b_better: usize,
    pub ties: usize,
    /// `(b_better + ties / 2) / runs`.
    pub probability_b_better: f64,
    /// 10 %, 50 % and 90 % points of the difference.
    pub difference_p10: f64,
    pub difference_p50: f64,
    pub difference_p90: f64,
    /// The difference with every number at its central value.
    pub central_difference: f64,
}

/// The ties tolerance of the module documentation.
pub fn is_tie(a: f64, b: f64) -> bool {
    (b - a).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Compiles `project` for the outcome with a horizon covering both plans, and the inputs of each.
pub(super) fn prepare(
    project: &Project,
    plans: &[&Plan],
    outcome: &Outcome,
    scenario: Option<&Scenario>,
) -> Result<(Evaluator, Vec<PlanDraws>, Option<PlanDraws>), PlanError> {
    let months = plans.iter().map(|p| plan_months(p)).fold(0.0, f64::max);
    let evaluator = Evaluator::new(project, outcome, months)?;
    let shocks = scenario.map(scenario_inputs).unwrap_or_default();
    let (compiled, _, _) = evaluator.parts();
    let draws = plans.iter().map(|p| plan_draws(compiled, project, p, &shocks)).collect::<Result<Vec<_>, _>>()?;
    let reference = match plans.first() {
        Some(first) if !shocks.is_empty() => {
            let empty = Plan { items: Vec::new(), ..(*first).clone() };
            Some(plan_draws(compiled, project, &empty, &shocks)?)
        }
        _ => None,
    };
    Ok((evaluator, draws, reference))
}

/// Runs per draw of a comparison: both plans, and the reference when a scenario is simulated alongside.
pub fn compare_runs_per_draw(with_scenario: bool) -> u64 {
    if with_scenario { 3 } else { 2 }
}

/// The most draws one comparison of `project` may make, with or without a scenario alongside (at most
/// [`MAX_DRAWS`]): more would not fit in [`crate::model::rules::MAX_COMMAND_WORK`].
pub fn max_compare_runs(project: &Project, with_scenario: bool) -> usize {
    let runs = PlanError::max_runs(project) / compare_runs_per_draw(with_scenario);
    usize::try_from(runs).unwrap_or(usize::MAX).min(MAX_DRAWS)
}

/// Compares `a` with `b` (see the module documentation). Setting `progress.cancel` stops with
/// [`PlanError::Cancelled`].
pub fn compare(
    project: &Project,
    a: &Plan,
    b: &Plan,
    request: &CompareRequest,
    progress: &Progress,
) -> Result<Comparison, PlanError> {
    let runs = request.runs.clamp(1, MAX_DRAWS);
    PlanError::check_runs(project, (runs as u64).saturating_mul(compare_runs_per_draw(request.scenario.is_some())))?;
    let (evaluator, plans, reference) = prepare(project, &[a, b], &request.outcome, request.scenario.as_ref())?;
    let ranges = link_ranges(evaluator.parts().0, project);
    let ensemble = Ensemble {
        evaluator: &evaluator,
        ranges: &ranges,
        plans: &plans,
        reference: reference.as_ref(),
        seed: request.seed,
        threads: request.threads,
    };
    let central = ensemble.areas(&[None], &Progress::new())?;
    let draws: Vec<Option<usize>> = (0..runs).map(Some).collect();
    let mut areas = ensemble.areas(&draws, progress)?;
    let effect_b = areas.pop().unwrap_or_default();
    let effect_a = areas.pop().unwrap_or_default();
    Ok(summarise(effect_a, effect_b, central[1][0] - central[0][0], request.seed))
}

/// The comparison of two series of effects over the same draws.
pub fn summarise(effect_a: Vec<f64>, effect_b: Vec<f64>, central_difference: f64, seed: u64) -> Comparison {
    let difference: Vec<f64> = effect_a.iter().zip(&effect_b).map(|(a, b)| b - a).collect();
    let ties = effect_a.iter().zip(&effect_b).filter(|(a, b)| is_tie(**a, **b)).count();
    let b_better = effect_a.iter().zip(&effect_b).filter(|(a, b)| !is_tie(**a, **b) && b > a).count();
    let runs = difference.len();
    let mut sorted = difference.clone();
    sorted.sort_by(f64::total_cmp);
    Comparison {
        runs,
        seed,
        probability_b_better: if runs == 0 { 0.5 } else { (b_better as f64 + 0.5 * ties as f64) / runs as f64 },
        difference_p10: percentile_sorted(&sorted, 0.1),
        difference_p50: percentile_sorted(&sorted, 0.5),
        difference_p90: percentile_sorted(&sorted, 0.9),
        central_difference,
        b_better,
        ties,
        effect_a,
        effect_b,
        difference,
    }
}
