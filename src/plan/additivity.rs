//! When is the sum of single-item areas exactly a portfolio's area? The model is linear as long as no variable
//! reaches 0 or 100 (`simulation.md`): responses to inputs then add up and scale with the reach. So if no
//! portfolio within budget can move any variable to a bound, the exact search on the summed areas is exact.
//!
//! The check, per saved month and variable ("cell"): each candidate's deviation from the reference at its highest
//! reach level bounds what any of its levels can add (a level scales it by its share of the highest). The largest
//! upward push any portfolio within one year's budget can give that cell is at most the linear-programming bound of
//! the multiple-choice knapsack (each candidate's levels as options with value "push", cost "that year's cost";
//! greedy over the upper concave hull increments, Sinha & Zoltners 1979). If for every cell the reference value
//! plus the smallest of those bounds over the years stays below `100 − CLAMP_MARGIN`, and likewise downward above
//! `CLAMP_MARGIN`, no portfolio within budget can reach a bound.
//!
//! Documented limit: values are saved once a month; [`CLAMP_MARGIN`] covers the movement between saved months.

use super::candidate::CandidateReport;
use super::concave_hull::ConcaveHull;
use super::outcome::Room;

/// Index points kept clear of 0 and 100 (see the module documentation).
pub const CLAMP_MARGIN: f64 = 0.5;
/// Costs within this many euros of a budget count as within it.
const TOLERANCE_EUR: f64 = 0.005;

/// True when every portfolio of these candidates within `budgets` (per year; infinite = no limit) certainly has
/// the sum of its items' areas as its area. `deviations[k]`: candidate `k`'s run at its highest level minus the
/// reference run, per cell.
pub(super) fn adds_up(
    room: Room<'_>,
    deviations: &[Option<Vec<f64>>],
    reports: &[CandidateReport],
    budgets: &[f64],
) -> bool {
    let reference = match room {
        Room::Unlimited => return true,
        Room::Unknown => return false,
        Room::Reference(r) => r,
    };
    let cells = reference.len();
    let mut runs: Vec<&[f64]> = Vec::with_capacity(deviations.len());
    for deviation in deviations {
        match deviation {
            Some(d) if d.len() == cells => runs.push(d),
            _ => return false,
        }
    }
    // Per candidate, per level: its share of the highest level.
    let shares: Vec<Vec<f64>> = reports
        .iter()
        .map(|r| {
            let top = r.levels_percent.iter().copied().fold(0.0, f64::max);
            r.levels_percent.iter().map(|l| if top > 0.0 { l / top } else { 0.0 }).collect()
        })
        .collect();
    // The hulls do not depend on the cell: a cell scales candidate k's values by its push, which keeps the hull.
    let hulls: Vec<(f64, Vec<ConcaveHull>)> = (0..budgets.len())
        .filter(|&y| budgets[y].is_finite())
        .map(|y| (budgets[y] + TOLERANCE_EUR, reports.iter().zip(&shares).map(|(r, s)| hull(r, s, y)).collect()))
        .collect();
    let mut push = vec![0.0; runs.len()];
    let mut increments = Vec::new();
    (0..cells).all(|cell| {
        [1.0, -1.0].into_iter().all(|sign| {
            for (p, run) in push.iter_mut().zip(&runs) {
                *p = (sign * run[cell]).max(0.0);
            }
            let r = reference[cell];
            let within =
                |bound: f64| if sign > 0.0 { r + bound < 100.0 - CLAMP_MARGIN } else { r - bound > CLAMP_MARGIN };
            // Everything at once fits: no budget bound needed.
            within(push.iter().sum())
                || hulls.iter().any(|(budget, h)| within(knapsack_bound(&push, h, *budget, &mut increments)))
        })
    })
}

fn hull(report: &CandidateReport, shares: &[f64], y: usize) -> ConcaveHull {
    ConcaveHull::of(
        report
            .cost_per_year_per_level_eur
            .iter()
            .zip(shares)
            .map(|(cost, share)| (cost.get(y).copied().unwrap_or(0.0).max(0.0), *share))
            .collect(),
    )
}

/// The linear-programming bound of the largest total push within `budget` in one year, at most one level per
/// candidate (level `l` of candidate `k` pushes `push[k] · share` and costs that year's cost): greedy over the hull
/// increments by push per euro. `increments` is scratch space.
fn knapsack_bound(push: &[f64], hulls: &[ConcaveHull], budget: f64, increments: &mut Vec<(f64, f64)>) -> f64 {
    increments.clear();
    let mut total = 0.0;
    for (p, h) in push.iter().zip(hulls).filter(|(p, _)| **p > 0.0) {
        total += p * h.free;
        increments.extend(h.steps.iter().map(|(cost, share)| (*cost, p * share)));
    }
    increments.sort_by(|a, b| (b.1 / b.0).total_cmp(&(a.1 / a.0)));
    let mut room = budget;
    for &(cost, value) in increments.iter() {
        if cost <= room {
            room -= cost;
            total += value;
        } else {
            total += value * (room / cost).max(0.0);
            break;
        }
    }
    total
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::plan::Verdict;

    fn report(cost_per_year: f64) -> CandidateReport {
        CandidateReport {
            intervention: "x".into(),
            name: String::new(),
            levels_percent: vec![50.0, 100.0],
            area_per_level: vec![1.0, 2.0],
            total_cost_per_level_eur: vec![cost_per_year / 2.0, cost_per_year],
            cost_per_year_per_level_eur: vec![vec![cost_per_year / 2.0], vec![cost_per_year]],
            chosen_reach_percent: None,
            verdict: Verdict::TooExpensive,
            example_values: false,
        }
    }

    #[test]
    fn the_budget_limits_how_far_a_portfolio_can_push() {
        // One cell at 50; three candidates each push it up 20 at full reach for € 100 a year.
        let reference = [50.0];
        let deviations = vec![Some(vec![20.0]); 3];
        let reports = vec![report(100.0); 3];
        let room = Room::Reference(&reference);
        assert!(!adds_up(room, &deviations, &reports, &[f64::INFINITY]), "all three: 110");
        assert!(adds_up(room, &deviations, &reports, &[200.0]), "two at most: 90");
        assert!(!adds_up(room, &deviations, &reports, &[250.0]), "two and a half (LP bound): 100");
        assert!(adds_up(Room::Unlimited, &deviations, &reports, &[f64::INFINITY]));
        assert!(!adds_up(Room::Unknown, &deviations, &reports, &[0.0]));
        assert!(!adds_up(room, &[None, None, None], &reports, &[200.0]));
    }
}
