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

/// [`sensitivity`] with at most `max_runs` runs of the model.
fn sensitivity_within(
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
        .map(|k| {
            let (low, high) = gain_range(compiled.gains()[k], ranges[k]);
            Candidate { can_move: reaching[compiled.link_target(k)], width: high - low }
        })
        .collect();
    let effect_candidates: Vec<Candidate> = keys
        .iter()
        .map(|(_, moved)| {
            let can_move =
                moved.iter().any(|k| compiled.variable_index(&draws.raw[*k].target).is_some_and(|v| reaching[v]));
            let width = draws.uncertain[moved[0]].map_or(0.0, |(central, w, _)| (2.0 * central * w).abs());
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
        bars.push(TornadoBar {
            assumption: Assumption::Effect {
                intervention: draws.origin[*first].clone().unwrap_or_else(|| InterventionId::new("")),
                target: draws.raw[*first].target.clone(),
            },
            central,
            low: central * (1.0 - w),
            high: central * (1.0 + w),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Confidence, Effect, Link, PlanId, PlanItem, Polarity, ResourceKind, Strength, Variable};

    /// a → b → c → d (the outcome) and e → f beside it; the plan moves a.
    fn chain() -> (Project, Plan) {
        let link = |from: &str, to: &str, gain: f64, confidence: Confidence| {
            let mut l = Link::new(LinkId::new(format!("{from}_{to}")), from.into(), to.into(), Polarity::Positive);
            l.strength = Strength::Custom(gain);
            l.confidence = confidence;
            l
        };
        let variables = ["a", "b", "c", "d", "e", "f"]
            .iter()
            .map(|id| Variable::new(VariableId::new(*id), id.to_uppercase(), ResourceKind::Individual))
            .collect();
        let links = vec![
            link("a", "b", 0.5, Confidence::High),
            link("b", "c", 0.25, Confidence::Low),
            link("c", "d", 0.75, Confidence::Medium),
            link("e", "f", 1.0, Confidence::Low),
        ];
        let item = PlanItem {
            effects: Some(vec![Effect { target: "a".into(), points: 10.0, confidence: Confidence::High }]),
            ..PlanItem::new(crate::plan::catalogue()[0].id.clone(), 100.0)
        };
        let plan = Plan {
            id: PlanId::new("p"),
            name: "P".into(),
            first_year: 2026,
            last_year: 2030,
            budget_eur: std::collections::BTreeMap::new(),
            items: vec![item],
            notes: String::new(),
        };
        (Project { variables, links, ..Project::default() }, plan)
    }

    fn swings(s: &Sensitivity) -> Vec<(String, f64)> {
        let mut out: Vec<(String, f64)> = s
            .bars
            .iter()
            .filter_map(|b| match &b.assumption {
                Assumption::Link { id, .. } => Some((id.to_string(), b.swing)),
                Assumption::Effect { .. } => None,
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    #[test]
    fn when_not_every_link_fits_the_links_that_can_move_the_outcome_come_first_then_the_widest() {
        let (project, plan) = chain();
        let request = SensitivityRequest {
            outcome: Outcome::Variable(VariableId::new("d")),
            scenario: None,
            variance_runs: 50,
            seed: 1,
            threads: 1,
        };
        let tally = |analysed, can_move, total| super::super::screening::Tally { analysed, can_move, total };
        let run = |max_runs| sensitivity_within(&project, &plan, &request, &Progress::new(), max_runs);
        // Everything fits: 2 runs per link (4) and per effect (1), 50 draws.
        let full = run(60).unwrap();
        assert_eq!((full.screening, full.variance_runs, full.bars.len()), (None, 50, 5));
        // The links fit, the draws only in part.
        let fewer = run(20).unwrap();
        assert_eq!((fewer.screening, fewer.variance_runs), (None, 10));
        assert_eq!(swings(&fewer), swings(&full));
        // Room for the effect and three links: the three on the chain, with the same swings; no draws left.
        let chain_only = run(8).unwrap();
        assert_eq!(chain_only.screening, Some(Screening { links: tally(3, 3, 4), effects: tally(1, 1, 1) }));
        assert_eq!((chain_only.variance, chain_only.variance_runs), (None, 0));
        let on_chain: Vec<_> = swings(&full).into_iter().filter(|(id, _)| id != "e_f").collect();
        assert_eq!(swings(&chain_only), on_chain);
        assert_eq!(chain_only.central_effect, full.central_effect);
        // Room for two links: the widest ranges, g · 2w: c→d 0.375 and b→c 0.25 (a→b 0.1).
        let two = run(6).unwrap();
        assert_eq!(two.screening, Some(Screening { links: tally(2, 3, 4), effects: tally(1, 1, 1) }));
        let ids: Vec<String> = swings(&two).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["b_c", "c_d"]);
        // Not even the effect fits: refused, saying how many would.
        assert!(matches!(run(1), Err(PlanError::TooManyRuns { runs: 10, max_runs: 1 })));
    }

    #[test]
    fn the_variables_reaching_a_variable_are_found_through_every_path() {
        let (project, _) = chain();
        let compiled = crate::sim::compile(&project).unwrap();
        let index = |id: &str| compiled.variable_index(&VariableId::new(id)).unwrap();
        let reaching = |vars: &[&str]| -> Vec<String> {
            let vars: Vec<usize> = vars.iter().map(|v| index(v)).collect();
            let flags = compiled.variables_reaching(&vars);
            compiled.variable_ids().iter().zip(flags).filter(|(_, f)| *f).map(|(id, _)| id.to_string()).collect()
        };
        assert_eq!(reaching(&["d"]), ["a", "b", "c", "d"]);
        assert_eq!(reaching(&["b", "f"]), ["a", "b", "e", "f"]);
        assert_eq!(reaching(&["a"]), ["a"]);
        let targets: Vec<usize> = (0..compiled.n_links()).map(|k| compiled.link_target(k)).collect();
        assert_eq!(targets, ["b", "c", "d", "f"].map(index));
    }
}
