//! The robust optimiser equals brute force over every combination of reach levels, scored with the same draws by
//! the comparison of plans, also where the clamp binds (items that lower stress by 45 points).

use crate::common::{item, plan, with_effect};
use std::sync::atomic::AtomicBool;
use veerkrachtplanner::model::{Plan, PlanItem, Project};
use veerkrachtplanner::plan::{
    CompareRequest, OptimizeRequest, Outcome, RobustGoal, RobustRequest, budget_table, catalogue, compare,
    optimize_robust,
};
use veerkrachtplanner::sim::monte_carlo::{Progress, percentile_sorted};

fn project() -> Project {
    let mut project = veerkrachtplanner::io::default_project();
    project.settings.horizon_months = 12;
    project
}

fn request(points: f64) -> OptimizeRequest {
    let ids: Vec<&str> = catalogue().iter().take(3).map(|i| i.id.as_str()).collect();
    let mut candidates: Vec<PlanItem> = vec![
        with_effect(item(ids[0], 100.0, 0.0, 40_000.0), "stress", -points),
        with_effect(item(ids[1], 100.0, 0.0, 50_000.0), "stress", -points),
        with_effect(item(ids[2], 100.0, 0.0, 30_000.0), "welbevinden", points / 3.0),
    ];
    for c in &mut candidates {
        c.ramp_up_months = 0.0;
    }
    let mut r = OptimizeRequest::new(2026, 2026, [(2026, 80_000.0)].into_iter().collect(), candidates);
    r.levels_percent = vec![50.0, 100.0];
    r
}

/// Every combination within budget, scored by `score(plan)`; the best score.
fn brute_force(project: &Project, request: &OptimizeRequest, score: &dyn Fn(&Plan) -> f64) -> f64 {
    let base = plan(2026, 2026, vec![], &[(2026, 80_000.0)]);
    let mut best = f64::NEG_INFINITY;
    for mut code in 0..27usize {
        let mut p = base.clone();
        for c in &request.candidates {
            let level = [0.0, 50.0, 100.0][code % 3];
            code /= 3;
            if level > 0.0 {
                p.items.push(PlanItem { reach_percent: level, ..c.clone() });
            }
        }
        if budget_table(project, &p).unwrap().over_budget_years.is_empty() {
            best = best.max(score(&p));
        }
    }
    best
}

fn compare_with(project: &Project, a: &Plan, b: &Plan) -> veerkrachtplanner::plan::Comparison {
    let request = CompareRequest { outcome: Outcome::Index, scenario: None, runs: 16, seed: 9, threads: 0 };
    compare(project, a, b, &request, &Progress::new()).unwrap()
}

#[test]
fn robust_optimiser_equals_brute_force_with_and_without_the_clamp() {
    let project = project();
    let reference = plan(2026, 2026, vec![], &[(2026, 80_000.0)]);
    for points in [45.0, 3.0] {
        let base = request(points);
        let current = {
            let mut p = reference.clone();
            p.items.push(PlanItem { reach_percent: 100.0, ..base.candidates[2].clone() });
            p
        };
        for goal in [RobustGoal::P10, RobustGoal::BeatCurrent] {
            let robust = RobustRequest {
                base: base.clone(),
                goal,
                current: Some(current.clone()),
                runs: 16,
                seed: 9,
                threads: 0,
            };
            let result = optimize_robust(&project, &robust, &AtomicBool::new(false)).unwrap();
            let score = |p: &Plan| -> f64 {
                match goal {
                    RobustGoal::P10 => {
                        let mut e = compare_with(&project, &reference, p).effect_b;
                        e.sort_by(f64::total_cmp);
                        percentile_sorted(&e, 0.1)
                    }
                    RobustGoal::BeatCurrent => compare_with(&project, &current, p).probability_b_better,
                }
            };
            let expected = brute_force(&project, &base, &score);
            assert!(
                (result.objective - expected).abs() <= 1e-9 * expected.abs().max(1.0),
                "{points} {goal:?}: {} vs brute force {expected}",
                result.objective
            );
            assert!((score(&result.plan) - result.objective).abs() <= 1e-9 * expected.abs().max(1.0));
            assert!(result.proven_optimal);
            assert!(result.objective >= result.expected_choice_objective - 1e-12);
            assert!((0.0..=1.0).contains(&result.stays_best_share) && result.stays_best_share > 0.0);
            assert!(budget_table(&project, &result.plan).unwrap().over_budget_years.is_empty());
        }
    }
}
