//! Which assumptions decide (issue 15): the plan's effect (outcome area against the reference run, in
//! index-point-months) when one uncertain number at a time goes to the ends of its range, all others central —
//! a tornado — and, where cheap, a variance-based first-order index.
//!
//! Documented choices:
//! - The assumptions are every link gain (range `g · (1 ± w)`, clipped at 0, `w` from its confidence) and every
//!   intervention effect in the plan, one per intervention and target (items of one intervention move together, as
//!   in [`super::draws`]): range `e · (1 ± w)`.
//! - Bars are sorted by swing `|effect(high) − effect(low)|`, largest first; ties keep the order links (in
//!   [`crate::sim::Compiled::link_ids`] order), then effects (in plan order).
//! - First-order index (linear estimate): for a number uniform on its range and an effect that is linear in it,
//!   `Var(E[Y | X_i]) = swing_i² / 12`; divided by the variance of the effect over `variance_runs` Monte Carlo
//!   draws (all numbers drawn at once, [`super::ensemble`]). The sum of the indices near 1 says the linear estimate
//!   holds; well below 1 says the numbers interact. Not computed when `variance_runs` is 0.
//! - Bounded work: all runs together stay within [`crate::model::rules::MAX_COMMAND_WORK`], so every model `check`
//!   accepts gets an answer. When not every assumption fits, [`super::screening`] chooses which to vary and
//!   [`Sensitivity::screening`] says so. The variance draws get what is left, at most `variance_runs`.

use super::compare::prepare;
use super::draws::link_ranges;
use super::ensemble::{Ensemble, MAX_DRAWS};
use super::screening::{Candidate, Screening, choose};
use super::{Outcome, PlanError};
use crate::model::{InterventionId, LinkId, Plan, Project, Scenario, VariableId};
use crate::sim::monte_carlo::Progress;
use crate::sim::{Scratch, Trajectory, area_between};
use std::collections::HashMap;
use std::sync::atomic::Ordering;

/// One uncertain number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assumption {
    /// The strength of a link.
    Link { id: LinkId, from: VariableId, to: VariableId },
    /// The effect of an intervention on a variable.
    Effect { intervention: InterventionId, target: VariableId },
}

/// One bar of the tornado.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoBar {
    pub assumption: Assumption,
    /// The number at its central value and at both ends of its range.
    pub central: f64,
    pub low: f64,
    pub high: f64,
    /// The plan's effect with the number at its low and at its high end.
    pub effect_low: f64,
    pub effect_high: f64,
    /// `|effect_high − effect_low|`.
    pub swing: f64,
    /// First-order variance index (linear estimate), when computed.
    pub first_order: Option<f64>,
}

/// What to analyse.
#[derive(Clone, Debug, PartialEq)]
pub struct SensitivityRequest {
    pub outcome: Outcome,
    pub scenario: Option<Scenario>,
    /// Monte Carlo draws for the variance of the effect (0: no first-order index).
    pub variance_runs: usize,
    pub seed: u64,
    pub threads: usize,
}

/// The tornado of one plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    /// The plan's effect with every number central.
    pub central_effect: f64,
    /// Largest swing first.
    pub bars: Vec<TornadoBar>,
    /// Variance of the effect over the Monte Carlo draws (when computed).
    pub variance: Option<f64>,
    pub variance_runs: usize,
    /// Set when not every assumption was varied because the runs would not fit in one command
    /// ([`crate::model::rules::MAX_COMMAND_WORK`]).
    pub screening: Option<Screening>,
}

impl Sensitivity {
    /// The `n` assumptions that matter most (with a swing above 0).
    pub fn top(&self, n: usize) -> impl Iterator<Item = &TornadoBar> {
        self.bars.iter().filter(|b| b.swing > 0.0).take(n)
    }

    /// Sum of the first-order indices (near 1: the effects of the numbers add up).
    pub fn first_order_sum(&self) -> Option<f64> {
        self.variance.map(|_| self.bars.iter().filter_map(|b| b.first_order).sum())
    }
}

/// The tornado of `plan` (see the module documentation). Setting `progress.cancel` stops with
/// [`PlanError::Cancelled`].
pub fn sensitivity(
    project: &Project,
    plan: &Plan,
    request: &SensitivityRequest,
    progress: &Progress,
) -> Result<Sensitivity, PlanError> {
    sensitivity_within(project, plan, request, progress, PlanError::max_runs(project))
}

/// [`sensitivity`] with at most `max_runs` runs of the model (for a report that shares one command's work among
/// several computations).
pub fn sensitivity_within(
    project: &Project,
    plan: &Plan,
    request: &SensitivityRequest,
    progress: &Progress,
    max_runs: u64,
) -> Result<Sensitivity, PlanError> {
    let (evaluator, plans, reference) = prepare(project, &[plan], &request.outcome, request.scenario.as_ref())?;
    let (compiled, weights, options) = evaluator.parts();
    let draws = &plans[0];
    let ranges = link_ranges(compiled, project);
    // Effects: one assumption per stream key (in order of first appearance), with the inputs it moves.
    let mut keys: Vec<(u64, Vec<usize>)> = Vec::new();
    let mut key_index: HashMap<u64, usize> = HashMap::new();
    for (k, u) in draws.uncertain.iter().enumerate() {
        if let Some((_, _, key)) = u {
            let at = *key_index.entry(*key).or_insert_with(|| {
                keys.push((*key, Vec::new()));
                keys.len() - 1
            });
            keys[at].1.push(k);
        }
    }
    // Per assumption two runs (low, high), each with its reference when a scenario is simulated; then the draws.
    let per_run = if reference.is_some() { 2 } else { 1 };
    let room = max_runs / per_run;
    let outcome_vars: Vec<usize> = weights.terms().iter().filter(|t| t.1 > 0.0).map(|t| t.0).collect();
    let reaching = compiled.variables_reaching(&outcome_vars);
    let link_candidates: Vec<Candidate> = (0..compiled.n_links())
        .map(|k| Candidate {
            can_move: reaching[compiled.link_target(k)],
            width: width(gain_range(compiled.gains()[k], ranges[k])),
        })
        .collect();
    let effect_candidates: Vec<Candidate> = keys
        .iter()
        .map(|(_, moved)| {
            let can_move =
                moved.iter().any(|k| compiled.variable_index(&draws.raw[*k].target).is_some_and(|v| reaching[v]));
            let width = draws.uncertain[moved[0]].map_or(0.0, |(central, w, _)| width(effect_range(central, w)));
            Candidate { can_move, width }
        })
        .collect();
    let room_for_assumptions = usize::try_from(room / 2).unwrap_or(usize::MAX);
    let (links, chosen_keys, screening) = choose(&link_candidates, &effect_candidates, room_for_assumptions)
        .ok_or_else(|| {
            let all = 2 * (compiled.n_links() + keys.len()) as u64;
            PlanError::TooManyRuns { runs: all.saturating_mul(per_run), max_runs: room.saturating_mul(per_run) }
        })?;
    let one_at_a_time = 2 * (links.len() + chosen_keys.len()) as u64;
    let variance_room = usize::try_from(room.saturating_sub(one_at_a_time)).unwrap_or(usize::MAX);
    progress.total.store(2 * (links.len() + chosen_keys.len()), Ordering::Relaxed);
    progress.done.store(0, Ordering::Relaxed);
    let mut model = compiled.clone();
    let mut traj = Trajectory::default();
    let mut scratch = Scratch::default();
    let mut effect_with = |gains: &[f64], inputs: &crate::sim::CompiledInputs| -> Result<f64, PlanError> {
        if progress.is_cancelled() {
            return Err(PlanError::Cancelled);
        }
        model.set_gains(gains);
        let reference_series = match &reference {
            Some(shocks) => {
                model.run_into(&shocks.inputs, options, &mut traj, &mut scratch);
                weights.series(&traj)
            }
            None => evaluator.reference_series().to_vec(),
        };
        model.run_into(inputs, options, &mut traj, &mut scratch);
        progress.done.fetch_add(1, Ordering::Relaxed);
        Ok(area_between(&weights.series(&traj), &reference_series))
    };
    let central_gains = compiled.gains().to_vec();
    let central_effect = effect_with(&central_gains, &draws.inputs)?;
    let mut bars = Vec::with_capacity(links.len() + chosen_keys.len());
    for &k in &links {
        let (g, w) = (&central_gains[k], ranges[k]);
        let (low, high) = gain_range(*g, w);
        let mut gains = central_gains.clone();
        gains[k] = low;
        let effect_low = effect_with(&gains, &draws.inputs)?;
        gains[k] = high;
        let effect_high = effect_with(&gains, &draws.inputs)?;
        let id = compiled.link_ids()[k].clone();
        let link = project.links.iter().find(|l| l.id == id);
        bars.push(TornadoBar {
            assumption: Assumption::Link {
                from: link.map_or_else(|| VariableId::new(""), |l| l.from.clone()),
                to: link.map_or_else(|| VariableId::new(""), |l| l.to.clone()),
                id,
            },
            central: *g,
            low,
            high,
            effect_low,
            effect_high,
            swing: (effect_high - effect_low).abs(),
            first_order: None,
        });
    }
    for (_, moved) in chosen_keys.iter().map(|k| &keys[*k]) {
        let first = &moved[0];
        let Some((central, w, _)) = draws.uncertain[*first] else { continue };
        let scaled = |factor: f64| -> Result<crate::sim::CompiledInputs, PlanError> {
            let mut raw = draws.raw.clone();
            for k in moved {
                raw[*k].effect *= factor;
            }
            Ok(compiled.compile_inputs(&raw)?)
        };
        let effect_low = effect_with(&central_gains, &scaled(1.0 - w)?)?;
        let effect_high = effect_with(&central_gains, &scaled(1.0 + w)?)?;
        let (low, high) = effect_range(central, w);
        bars.push(TornadoBar {
            assumption: Assumption::Effect {
                intervention: draws.origin[*first].clone().unwrap_or_else(|| InterventionId::new("")),
                target: draws.raw[*first].target.clone(),
            },
            central,
            low,
            high,
            effect_low,
            effect_high,
            swing: (effect_high - effect_low).abs(),
            first_order: None,
        });
    }
    // Stable: ties keep links first, then effects, each in their order.
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    let variance_runs = request.variance_runs.min(MAX_DRAWS).min(variance_room);
    let variance = if variance_runs >= 2 {
        let ensemble = Ensemble {
            evaluator: &evaluator,
            ranges: &ranges,
            plans: &plans,
            reference: reference.as_ref(),
            seed: request.seed,
            threads: request.threads,
        };
        let runs: Vec<Option<usize>> = (0..variance_runs).map(Some).collect();
        let effects = ensemble.areas(&runs, progress)?.pop().unwrap_or_default();
        let mean = effects.iter().sum::<f64>() / effects.len() as f64;
        let var = effects.iter().map(|e| (e - mean).powi(2)).sum::<f64>() / (effects.len() - 1) as f64;
        if var > 0.0 {
            for bar in &mut bars {
                bar.first_order = Some(bar.swing * bar.swing / 12.0 / var);
            }
        }
        Some(var)
    } else {
        None
    };
    Ok(Sensitivity {
        central_effect,
        bars,
        variance,
        variance_runs: if variance.is_some() { variance_runs } else { 0 },
        screening,
    })
}

/// The range a link gain `g` with relative width `w` is varied over: `g · (1 ± w)`, clipped at 0.
fn gain_range(g: f64, w: f64) -> (f64, f64) {
    ((g * (1.0 - w)).max(0.0), g * (1.0 + w))
}

/// The range an effect `e` with relative width `w` is varied over: `e · (1 ± w)` (the runs scale the effect by
/// `1 ± w`); screening ranks by the same range the bar shows.
fn effect_range(e: f64, w: f64) -> (f64, f64) {
    (e * (1.0 - w), e * (1.0 + w))
}

/// The width of a range, what screening ranks by.
fn width((low, high): (f64, f64)) -> f64 {
    (high - low).abs()
}
