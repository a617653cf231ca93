//! The robust optimiser option (issue 15): besides the best expected effect, the portfolio within budget with the
//! best 10 % point of its effect over the draws (what you can count on), or with the highest probability of beating
//! the current plan. Every portfolio meets the same draws (common random numbers, [`super::draws`]).
//!
//! Search: the expected-value optimiser ([`super::optimize`]) gives the candidates' costs and a start; then
//! [`super::improve`] with the robust goal as value — every combination when there are at most
//! [`ROBUST_LIMITS`]`.exhaustive` (then the answer is proven best among the reach levels tried, for these draws),
//! otherwise exchange moves within [`ROBUST_LIMITS`]`.exchange` evaluations.
//!
//! "Stays best": among the (at most [`RIVALS`]) best portfolios evaluated, the share of draws in which the chosen
//! one has the largest effect (a tie with the largest counts as largest, see [`super::is_tie`]).

use super::compare::{is_tie, prepare};
use super::draws::link_ranges;
use super::ensemble::{Ensemble, MAX_DRAWS};
use super::improve::{ImproveMethod, Limits, MIN_EXCHANGE, Picks, Space, improve};
use super::{OptimizeRequest, OptimizeResult, PlanError, optimize};
use crate::model::{Plan, PlanItem, Project};
use crate::sim::monte_carlo::{Progress, percentile_sorted};
use std::collections::HashMap;
use std::sync::atomic::AtomicBool;

/// Work limits of the robust search (each evaluation is one run per draw).
pub const ROBUST_LIMITS: Limits = Limits { exhaustive: 1024, exchange: 300 };
/// Portfolios compared for "stays best".
pub const RIVALS: usize = 10;

/// What the robust optimiser maximises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RobustGoal {
    /// The 10 % point of the effect over the draws.
    P10,
    /// The probability of doing better than the current plan (ties count half).
    BeatCurrent,
}

/// What to optimise robustly.
#[derive(Clone, Debug, PartialEq)]
pub struct RobustRequest {
    pub base: OptimizeRequest,
    pub goal: RobustGoal,
    /// The current plan to beat (for [`RobustGoal::BeatCurrent`]; `None`: the reference, no plan).
    pub current: Option<Plan>,
    pub runs: usize,
    pub seed: u64,
    pub threads: usize,
}

/// The robust choice.
#[derive(Clone, Debug, PartialEq)]
pub struct RobustResult {
    /// The chosen portfolio as a plan variant (name and notes empty).
    pub plan: Plan,
    pub goal: RobustGoal,
    /// The goal's value for the chosen portfolio.
    pub objective: f64,
    /// The chosen portfolio's effect over the draws: 10 %, 50 % point and mean.
    pub p10_effect: f64,
    pub p50_effect: f64,
    pub mean_effect: f64,
    /// Probability of doing better than the current plan (ties half).
    pub probability_beats_current: f64,
    /// Share of draws in which the chosen portfolio has the largest effect among `rivals` portfolios.
    pub stays_best_share: f64,
    pub rivals: usize,
    /// The goal's value for the best expected portfolio (the ordinary optimiser's choice).
    pub expected_choice_objective: f64,
    pub method: ImproveMethod,
    /// True when every combination was evaluated.
    pub proven_optimal: bool,
    /// Portfolios evaluated over all draws.
    pub evaluations: usize,
    /// The ordinary (expected-value) optimiser's result.
    pub expected: OptimizeResult,
}

/// The draws the robust optimiser can use for `project` within one command's work
/// ([`crate::model::rules::MAX_COMMAND_WORK`], at most [`MAX_DRAWS`]): per draw the current plan, the expected
/// choice and the fewest portfolios the improvement tries ([`MIN_EXCHANGE`] and its start). More draws are allowed
/// when asked for (up to the current plan and the expected choice within the limit), but take longer on a large model.
pub fn max_robust_runs(project: &Project) -> usize {
    let per_draw = 3 + MIN_EXCHANGE as u64;
    usize::try_from(PlanError::max_runs(project) / per_draw).unwrap_or(usize::MAX).min(MAX_DRAWS)
}

/// Runs the robust optimiser. Setting `cancel` stops it with [`PlanError::Cancelled`].
pub fn optimize_robust(
    project: &Project,
    request: &RobustRequest,
    cancel: &AtomicBool,
) -> Result<RobustResult, PlanError> {
    let runs = request.runs.clamp(1, MAX_DRAWS);
    // The current plan and the expected choice over every draw, before the improvement (bounded on its own): checked
    // before the ordinary optimiser runs, so a refusal comes at once.
    PlanError::check_runs(project, (runs as u64).saturating_mul(2))?;
    let expected = optimize(project, &request.base, &mut |_| {}, cancel)?;
    let base = &request.base;
    let plan_of = |picks: &[Option<usize>]| -> Plan {
        let mut plan = expected.plan.clone();
        plan.items = base
            .candidates
            .iter()
            .zip(picks)
            .filter_map(|(t, p)| p.map(|l| PlanItem { reach_percent: base.levels_percent[l], ..t.clone() }))
            .collect();
        plan
    };
    let current = request.current.clone().unwrap_or_else(|| Plan { items: Vec::new(), ..expected.plan.clone() });
    let (evaluator, current_draws, reference) = prepare(project, &[&current, &expected.plan], &base.outcome, None)?;
    let (compiled, _, _) = evaluator.parts();
    let ranges = link_ranges(compiled, project);
    let draws: Vec<Option<usize>> = (0..runs).map(Some).collect();
    let progress = Progress::new();
    let effects_of = |plan: &Plan| -> Result<Vec<f64>, PlanError> {
        if cancel.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(PlanError::Cancelled);
        }
        let plans = [super::plan_draws(compiled, project, plan, &[])?];
        let ensemble = Ensemble {
            evaluator: &evaluator,
            ranges: &ranges,
            plans: &plans,
            reference: reference.as_ref(),
            seed: request.seed,
            threads: request.threads,
        };
        Ok(ensemble.areas(&draws, &progress)?.pop().unwrap_or_default())
    };
    let current_effects = {
        let ensemble = Ensemble {
            evaluator: &evaluator,
            ranges: &ranges,
            plans: &current_draws[..1],
            reference: reference.as_ref(),
            seed: request.seed,
            threads: request.threads,
        };
        ensemble.areas(&draws, &progress)?.pop().unwrap_or_default()
    };
    let goal_of = |effects: &[f64]| -> f64 {
        match request.goal {
            RobustGoal::P10 => p10(effects),
            RobustGoal::BeatCurrent => beats(effects, &current_effects),
        }
    };
    let mut evaluated: HashMap<Picks, Vec<f64>> = HashMap::new();
    let start: Picks = base
        .candidates
        .iter()
        .map(|t| {
            expected
                .candidates
                .iter()
                .find(|c| c.intervention == t.intervention)
                .and_then(|c| c.chosen_reach_percent)
                .and_then(|r| base.levels_percent.iter().position(|l| *l == r))
        })
        .collect();
    let start_effects = effects_of(&plan_of(&start))?;
    let expected_choice_objective = goal_of(&start_effects);
    evaluated.insert(start.clone(), start_effects);
    let cost: Vec<Vec<Vec<f64>>> = expected.candidates.iter().map(|r| r.cost_per_year_per_level_eur.clone()).collect();
    let budgets: Vec<f64> = expected.budget_per_year_eur.iter().map(|b| b.unwrap_or(f64::INFINITY)).collect();
    let space = Space { cost: &cost, budgets: &budgets };
    let improved = improve(
        &space,
        &[(start, expected_choice_objective)],
        &mut |picks| {
            let effects =
                if picks.iter().all(Option::is_none) { vec![0.0; runs] } else { effects_of(&plan_of(picks))? };
            let value = goal_of(&effects);
            evaluated.insert(picks.to_vec(), effects);
            Ok(value)
        },
        ROBUST_LIMITS.within_work(crate::model::rules::run_work(project).saturating_mul(runs as u64)),
        cancel,
    )?;
    let chosen = evaluated.get(&improved.picks).cloned().unwrap_or_else(|| vec![0.0; runs]);
    let mut ranked: Vec<(&Picks, f64)> = evaluated.iter().map(|(p, e)| (p, goal_of(e))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let rivals: Vec<&Vec<f64>> = ranked.iter().take(RIVALS).filter_map(|(p, _)| evaluated.get(*p)).collect();
    let stays_best = (0..runs)
        .filter(|&r| {
            let best = rivals.iter().map(|e| e[r]).fold(chosen[r], f64::max);
            is_tie(chosen[r], best)
        })
        .count();
    let mut sorted = chosen.clone();
    sorted.sort_by(f64::total_cmp);
    Ok(RobustResult {
        plan: plan_of(&improved.picks),
        goal: request.goal,
        objective: improved.area,
        p10_effect: percentile_sorted(&sorted, 0.1),
        p50_effect: percentile_sorted(&sorted, 0.5),
        mean_effect: chosen.iter().sum::<f64>() / runs as f64,
        probability_beats_current: beats(&chosen, &current_effects),
        stays_best_share: stays_best as f64 / runs as f64,
        rivals: rivals.len().max(1),
        expected_choice_objective,
        method: improved.method,
        proven_optimal: improved.method == ImproveMethod::Exhaustive,
        evaluations: evaluated.len(),
        expected,
    })
}

/// The 10 % point of the effects.
fn p10(effects: &[f64]) -> f64 {
    let mut sorted = effects.to_vec();
    sorted.sort_by(f64::total_cmp);
    percentile_sorted(&sorted, 0.1)
}

/// The share of draws in which `effects` beats `current` (ties half).
pub(super) fn beats(effects: &[f64], current: &[f64]) -> f64 {
    let score: f64 = effects
        .iter()
        .zip(current)
        .map(|(e, c)| {
            if is_tie(*c, *e) {
                0.5
            } else if e > c {
                1.0
            } else {
                0.0
            }
        })
        .sum();
    score / effects.len().max(1) as f64
}
