//! When the effects of interventions interact (a variable reaches 0 or 100, so a portfolio's outcome is not the sum
//! of its items' outcomes), the exact search on the summed areas may pick the wrong portfolio. This module improves
//! the answer with full simulations of whole portfolios:
//!
//! - **Exhaustive** when every combination of reach levels is at most [`EXHAUSTIVE_LIMIT`]: every combination
//!   that fits every year's budget is simulated; the best is then proven best among the reach levels tried.
//! - **Exchange** otherwise: starting from the best portfolio found, repeatedly take the best neighbour (one item at
//!   another level or left out; else one item down or out while another goes up or in) until none improves or
//!   [`EXCHANGE_SIMULATIONS`] simulations are spent. The result is better or equal, not proven best.
//!
//! Deterministic: the moves are tried in a fixed order and ties keep the earlier portfolio.

use super::PlanError;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// Most combinations (including infeasible ones) the exhaustive search goes through.
pub const EXHAUSTIVE_LIMIT: usize = 8192;
/// Most full simulations the exchange search spends.
pub const EXCHANGE_SIMULATIONS: usize = 2500;

/// How much work [`improve`] may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Most combinations for the exhaustive search.
    pub exhaustive: usize,
    /// Most evaluations for the exchange search.
    pub exchange: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { exhaustive: EXHAUSTIVE_LIMIT, exchange: EXCHANGE_SIMULATIONS }
    }
}

/// Most work (in the units of `model::rules::run_work`) the full simulations of [`improve`] may add to a command,
/// so a large model gets fewer of them and the command stays within seconds (the worst file of issue 9).
pub const IMPROVE_WORK: u64 = 1_000_000_000;
/// The exchange search always gets at least this many evaluations (a few moves around the best found).
pub const MIN_EXCHANGE: usize = 10;

impl Limits {
    /// These limits, lowered so that evaluations costing `work_per_evaluation` each stay within [`IMPROVE_WORK`].
    /// Small models keep the limits as they are; the exhaustive search is skipped when its combinations would not fit.
    #[must_use]
    pub fn within_work(self, work_per_evaluation: u64) -> Self {
        let affordable = usize::try_from(IMPROVE_WORK / work_per_evaluation.max(1)).unwrap_or(usize::MAX);
        Self { exhaustive: self.exhaustive.min(affordable), exchange: self.exchange.min(affordable.max(MIN_EXCHANGE)) }
    }
}
/// Costs within this many euros of a budget count as within it (as in the exact search).
const TOLERANCE_EUR: f64 = 0.005;

/// How the answer was improved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImproveMethod {
    /// Every combination within budget was simulated.
    Exhaustive,
    /// Exchange moves around the best found, within the work budget.
    Exchange,
}

/// Reach levels chosen per candidate (index into the levels, `None` = left out).
pub type Picks = Vec<Option<usize>>;

/// Simulates a whole portfolio: its outcome area.
pub type Simulate<'a> = dyn FnMut(&[Option<usize>]) -> Result<f64, PlanError> + 'a;

/// The choice space: per candidate, per level, the cost per year; and the budget per year.
pub struct Space<'a> {
    pub cost: &'a [Vec<Vec<f64>>],
    pub budgets: &'a [f64],
}

impl Space<'_> {
    /// Whether `picks` stays within every year's budget.
    pub fn fits(&self, picks: &[Option<usize>]) -> bool {
        self.budgets.iter().enumerate().all(|(y, budget)| {
            let spent: f64 = picks
                .iter()
                .zip(self.cost)
                .filter_map(|(p, levels)| p.map(|l| levels[l].get(y).copied().unwrap_or(0.0)))
                .sum();
            spent <= budget + TOLERANCE_EUR
        })
    }

    fn combinations(&self) -> Option<usize> {
        self.cost.iter().try_fold(1usize, |acc, levels| acc.checked_mul(levels.len() + 1))
    }
}

/// The outcome of [`improve`].
#[derive(Clone, Debug, PartialEq)]
pub struct Improved {
    pub picks: Picks,
    pub area: f64,
    pub method: ImproveMethod,
    /// Full simulations spent here.
    pub simulations: usize,
}

/// Improves on the portfolios already simulated (`known`, with their simulated areas; at least one) using
/// `simulate` for whole portfolios. Stops with [`PlanError::Cancelled`] when `cancel` is set.
pub fn improve(
    space: &Space<'_>,
    known: &[(Picks, f64)],
    simulate: &mut Simulate<'_>,
    limits: Limits,
    cancel: &AtomicBool,
) -> Result<Improved, PlanError> {
    improve_reusing(space, known, &[], simulate, limits, cancel)
}

/// As [`improve`], reusing the simulated areas of `earlier` portfolios (such as each candidate alone, which the
/// optimiser has already run) instead of simulating them again. They do not change where the search starts, only
/// what it costs: a reused area is not counted as a simulation.
pub fn improve_reusing(
    space: &Space<'_>,
    known: &[(Picks, f64)],
    earlier: &[(Picks, f64)],
    simulate: &mut Simulate<'_>,
    limits: Limits,
    cancel: &AtomicBool,
) -> Result<Improved, PlanError> {
    let mut cache: HashMap<Picks, f64> = earlier.iter().chain(known).cloned().collect();
    let mut best = known
        .iter()
        .fold(None::<&(Picks, f64)>, |b, k| if b.is_none_or(|b| k.1 > b.1 + 1e-9) { Some(k) } else { b })
        .cloned()
        .unwrap_or_else(|| (vec![None; space.cost.len()], 0.0));
    let simulations = std::cell::Cell::new(0_usize);
    let mut evaluate = |picks: &Picks, cache: &mut HashMap<Picks, f64>| -> Result<f64, PlanError> {
        if let Some(v) = cache.get(picks) {
            return Ok(*v);
        }
        if cancel.load(Ordering::Relaxed) {
            return Err(PlanError::Cancelled);
        }
        let v = if picks.iter().all(Option::is_none) { 0.0 } else { simulate(picks)? };
        simulations.set(simulations.get() + 1);
        cache.insert(picks.clone(), v);
        Ok(v)
    };
    if let Some(total) = space.combinations().filter(|t| *t <= limits.exhaustive) {
        for mut code in 0..total {
            let picks: Picks = space
                .cost
                .iter()
                .map(|levels| {
                    let pick = code % (levels.len() + 1);
                    code /= levels.len() + 1;
                    pick.checked_sub(1)
                })
                .collect();
            if space.fits(&picks) {
                let area = evaluate(&picks, &mut cache)?;
                if area > best.1 + 1e-9 {
                    best = (picks, area);
                }
            }
        }
        return Ok(Improved {
            picks: best.0,
            area: best.1,
            method: ImproveMethod::Exhaustive,
            simulations: simulations.get(),
        });
    }
    loop {
        let mut step: Option<(Picks, f64)> = None;
        // Lazily: a large portfolio has tens of thousands of exchange neighbours, of which only the few the limit
        // allows are simulated.
        let neighbours: [Box<dyn Iterator<Item = Picks> + '_>; 2] =
            [Box::new(singles(&best.0, space)), Box::new(exchanges(&best.0, space))];
        for neighbours in neighbours {
            for picks in neighbours {
                if simulations.get() >= limits.exchange {
                    break;
                }
                if !space.fits(&picks) {
                    continue;
                }
                let area = evaluate(&picks, &mut cache)?;
                if area > step.as_ref().map_or(best.1, |s| s.1) + 1e-9 {
                    step = Some((picks, area));
                }
            }
            if step.is_some() {
                break;
            }
        }
        match step {
            Some(better) => best = better,
            None => break,
        }
        if simulations.get() >= limits.exchange {
            break;
        }
    }
    Ok(Improved { picks: best.0, area: best.1, method: ImproveMethod::Exchange, simulations: simulations.get() })
}

/// Every portfolio that differs from `picks` in one candidate's level (or leaving it out).
fn singles<'a>(picks: &'a [Option<usize>], space: &'a Space<'_>) -> impl Iterator<Item = Picks> + 'a {
    space.cost.iter().enumerate().flat_map(move |(c, levels)| {
        std::iter::once(None).chain((0..levels.len()).map(Some)).filter(move |option| *option != picks[c]).map(
            move |option| {
                let mut p = picks.to_vec();
                p[c] = option;
                p
            },
        )
    })
}

/// Every portfolio where one candidate goes down a level or out and another goes up or in.
fn exchanges<'a>(picks: &'a [Option<usize>], space: &'a Space<'_>) -> impl Iterator<Item = Picks> + 'a {
    let rank = |o: Option<usize>| o.map_or(0, |l| l + 1);
    (0..space.cost.len()).flat_map(move |down| {
        (0..rank(picks[down])).map(|r| r.checked_sub(1)).flat_map(move |lower| {
            space.cost.iter().enumerate().filter(move |(up, _)| *up != down).flat_map(move |(up, levels_up)| {
                (rank(picks[up]) + 1..=levels_up.len()).map(move |r| {
                    let mut p = picks.to_vec();
                    p[down] = lower;
                    p[up] = Some(r - 1);
                    p
                })
            })
        })
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Two candidates whose joint value is capped (as a clamp would): alone 10 and 8 per level step, together at
    /// most 12.
    fn capped(picks: &[Option<usize>]) -> f64 {
        let sum: f64 = picks.iter().zip([10.0, 8.0, 3.0]).map(|(p, v)| p.map_or(0.0, |l| v * (l + 1) as f64)).sum();
        sum.min(12.0 + picks[2].map_or(0.0, |_| 3.0))
    }

    #[test]
    fn exhaustive_finds_the_best_combination_within_budget() {
        let cost = vec![vec![vec![10.0], vec![20.0]], vec![vec![5.0], vec![10.0]], vec![vec![9.0], vec![30.0]]];
        let budgets = [30.0];
        let space = Space { cost: &cost, budgets: &budgets };
        let start = (vec![Some(1), Some(1), None], 12.0);
        let result =
            improve(&space, &[start], &mut |p| Ok(capped(p)), Limits::default(), &AtomicBool::new(false)).unwrap();
        assert_eq!(result.method, ImproveMethod::Exhaustive);
        // Best: 15 (cap 12 + 3 from the third) at the least... any portfolio with the third and value ≥ 12.
        assert!((result.area - 15.0).abs() < 1e-12);
        assert!(space.fits(&result.picks));
        assert!(result.picks[2].is_some());
    }

    #[test]
    fn exchange_moves_climb_when_exhaustive_is_too_large() {
        // 14 candidates with 1 level each: 2^14 = 16384 combinations > the exhaustive limit. Value: the number of
        // chosen candidates with an even index, budget 7 (each costs 1): the best has all 7 even ones.
        let cost: Vec<Vec<Vec<f64>>> = (0..14).map(|_| vec![vec![1.0]]).collect();
        let budgets = [7.0];
        let space = Space { cost: &cost, budgets: &budgets };
        let value = |p: &[Option<usize>]| p.iter().enumerate().filter(|(c, x)| x.is_some() && c % 2 == 0).count();
        let start: Picks = (0..14).map(|c| (c % 2 == 1).then_some(0)).collect();
        let result =
            improve(&space, &[(start, 0.0)], &mut |p| Ok(value(p) as f64), Limits::default(), &AtomicBool::new(false))
                .unwrap();
        assert_eq!(result.method, ImproveMethod::Exchange);
        assert!((result.area - 7.0).abs() < 1e-12);
        assert!(result.simulations <= EXCHANGE_SIMULATIONS);
    }

    #[test]
    fn portfolios_simulated_earlier_are_reused_not_simulated_again() {
        let cost = vec![vec![vec![10.0], vec![20.0]], vec![vec![5.0], vec![10.0]], vec![vec![9.0], vec![30.0]]];
        let budgets = [30.0];
        let space = Space { cost: &cost, budgets: &budgets };
        let start = (vec![Some(1), Some(1), None], 12.0);
        // Each candidate alone at each level, as the optimiser's first step has them.
        let alone: Vec<(Picks, f64)> = (0..3)
            .flat_map(|c| {
                (0..2).map(move |l| {
                    let mut p = vec![None; 3];
                    p[c] = Some(l);
                    (p.clone(), capped(&p))
                })
            })
            .collect();
        let run = |earlier: &[(Picks, f64)]| {
            let mut simulated = Vec::new();
            let result = improve_reusing(
                &space,
                std::slice::from_ref(&start),
                earlier,
                &mut |p| {
                    simulated.push(p.to_vec());
                    Ok(capped(p))
                },
                Limits::default(),
                &AtomicBool::new(false),
            )
            .unwrap();
            (result, simulated)
        };
        let (plain, all) = run(&[]);
        let (reusing, fewer) = run(&alone);
        assert_eq!((reusing.picks.clone(), reusing.area, reusing.method), (plain.picks, plain.area, plain.method));
        assert!(fewer.iter().all(|p| !alone.iter().any(|(a, _)| a == p)), "a reused portfolio was simulated");
        let fitting_alone = alone.iter().filter(|(p, _)| space.fits(p)).count();
        assert_eq!(fewer.len() + fitting_alone, all.len());
        // The empty portfolio counts as evaluated, though it needs no run.
        assert_eq!(reusing.simulations, fewer.len() + 1);
        assert_eq!(plain.simulations, all.len() + 1);
    }

    #[test]
    fn limits_shrink_with_the_work_of_one_evaluation() {
        let small = Limits::default().within_work(10_000);
        assert_eq!(small, Limits::default(), "a small model keeps every simulation");
        let large = Limits::default().within_work(50_000_000);
        assert_eq!(large, Limits { exhaustive: 20, exchange: 20 });
        let huge = Limits::default().within_work(u64::MAX);
        assert_eq!(huge, Limits { exhaustive: 0, exchange: MIN_EXCHANGE });
    }
}
