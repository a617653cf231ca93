//! The optimiser: equal to brute force on small random cases, never over any year's budget.

use crate::common::{Linear, affordable_plans, item, with_effect};
use std::sync::atomic::AtomicBool;
use veerkrachtplanner::model::{PlanItem, Project};
use veerkrachtplanner::plan::{OptimizeRequest, OutcomeModel, Progress, budget_table, optimize_with, plan_inputs};

/// A reproducible generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn random_candidates(rng: &mut Rng, n: usize) -> Vec<PlanItem> {
    (0..n)
        .map(|k| {
            let mut it = with_effect(
                item(
                    veerkrachtplanner::plan::catalogue()[k].id.as_str(),
                    100.0,
                    (rng.unit() * 10.0).round() * 1000.0,
                    (rng.unit() * 80.0).round() * 1000.0 + 1000.0,
                ),
                "welbevinden",
                (rng.unit() * 6.0 - 1.0).round(),
            );
            it.start_month = (rng.unit() * 24.0).round();
            it.ramp_up_months = (rng.unit() * 6.0).round();
            it
        })
        .collect()
}

/// Every combination of reach levels {0, 25, 50, 75, 100 %}: the best area within budget in every year.
fn brute_force(model: &Linear, request: &OptimizeRequest) -> f64 {
    affordable_plans(request)
        .iter()
        .map(|chosen| model.area(&plan_inputs(&Project::default(), chosen).unwrap()).unwrap())
        .fold(0.0_f64, f64::max)
}

#[test]
fn optimiser_equals_brute_force_and_keeps_every_budget() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let model = Linear::new(36);
    let project = Project::default();
    for case in 0..40 {
        let n = 1 + case % 4;
        let budgets = [(2026, (rng.unit() * 60.0).round() * 1000.0), (2027, (rng.unit() * 90.0).round() * 1000.0)];
        let request = OptimizeRequest::new(2026, 2027, budgets.into_iter().collect(), random_candidates(&mut rng, n));
        let mut last = 0.0_f32;
        let result = optimize_with(
            &model,
            &project,
            &request,
            &mut |p: Progress| {
                assert!(p.fraction >= last, "progress never goes back");
                last = p.fraction;
            },
            &AtomicBool::new(false),
        )
        .unwrap();
        let expected = brute_force(&model, &request);
        assert!((result.verified_area - expected).abs() < 1e-6, "case {case}: {} vs {expected}", result.verified_area);
        let table = budget_table(&project, &result.plan).unwrap();
        assert!(table.over_budget_years.is_empty(), "case {case}: over budget in {:?}", table.over_budget_years);
        for (k, cost) in result.cost_per_year_eur.iter().enumerate() {
            assert!((cost - table.total_per_year_eur[k]).abs() < 1e-6);
        }
        assert!(result.proven_optimal);
    }
}

#[test]
fn thirty_candidates_are_solved_exactly_and_quickly() {
    let mut rng = Rng(7);
    let model = Linear::new(48);
    let request = OptimizeRequest::new(
        2026,
        2029,
        (2026..=2029).map(|y| (y, 250_000.0)).collect(),
        random_candidates(&mut rng, 30),
    );
    let started = std::time::Instant::now();
    let result = optimize_with(&model, &Project::default(), &request, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert!(result.proven_optimal);
    assert!(started.elapsed().as_secs_f64() < 10.0, "debug build; the release benchmark is benches/plan.rs");
    assert!(result.cost_per_year_eur.iter().all(|c| *c <= 250_000.0 + 0.005));
    assert!(!result.plan.items.is_empty());
}

#[test]
fn on_the_default_model_the_choice_keeps_every_budget_and_beats_any_single_candidate() {
    use veerkrachtplanner::plan::{catalogue, default_item, optimize};
    let project = veerkrachtplanner::io::default_project();
    let budget = 250_000.0;
    let candidates: Vec<PlanItem> = catalogue().iter().take(20).map(|i| default_item(i.id.clone())).collect();
    let request = OptimizeRequest::new(2026, 2029, (2026..=2029).map(|y| (y, budget)).collect(), candidates);
    let result = optimize(&project, &request, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    let table = budget_table(&project, &result.plan).unwrap();
    assert!(table.over_budget_years.is_empty());
    assert!(table.total_per_year_eur.iter().all(|t| *t <= budget + 0.005));
    // Any candidate alone at any level that fits is no better than the chosen portfolio.
    for c in &result.candidates {
        for (l, area) in c.area_per_level.iter().enumerate() {
            if c.cost_per_year_per_level_eur[l].iter().all(|x| *x <= budget) {
                assert!(*area <= result.verified_area + 1e-9, "{} alone beats the portfolio", c.name);
            }
        }
    }
    // Near-linearity: the sum of separate areas predicts the full simulation within a few percent.
    assert!((result.predicted_area - result.verified_area).abs() <= 0.05 * result.verified_area.abs());
    assert!(result.candidates.iter().any(|c| c.verdict.is_chosen()));
}

#[test]
fn contributions_on_the_default_model_add_up_to_about_the_plan_effect() {
    use veerkrachtplanner::plan::{Outcome, cost_effectiveness, plan_effect};
    let project = crate::example::example_project();
    for plan in &project.plans {
        let effect = plan_effect(&project, plan, &Outcome::Index).unwrap();
        assert!(effect.area > 0.0);
        assert_eq!(effect.effect[0], 0.0, "nothing happens before the first month");
        let rows = cost_effectiveness(&project, plan, &Outcome::Index).unwrap();
        assert_eq!(rows.len(), plan.items.len());
        let sum: f64 = rows.iter().map(|r| r.area_contribution).sum();
        assert!((sum - effect.area).abs() <= 0.05 * effect.area, "{sum} vs {}", effect.area);
        let ratios: Vec<f64> = rows.iter().filter_map(|r| r.area_per_1000_eur).collect();
        assert!(ratios.windows(2).all(|w| w[0] >= w[1]), "ranked best first");
    }
}
