//! The optimiser when effects do not add up: large effects drive a variable to 0 or 100, so the sum of single-item
//! areas overestimates the joint area. The answer must equal brute force over all reach levels by full simulation.

use crate::common::{affordable_plans, item, with_effect};
use std::sync::atomic::AtomicBool;
use veerkrachtplanner::model::{PlanItem, Project};
use veerkrachtplanner::plan::{
    Evaluator, ImproveMethod, OptimizeRequest, Outcome, OutcomeModel, catalogue, optimize, plan_inputs,
};

/// Every combination of reach levels {0, 25, 50, 75, 100 %} within budget, each simulated in full.
fn brute_force(project: &Project, request: &OptimizeRequest) -> f64 {
    let model =
        Evaluator::new(project, &Outcome::Index, 12.0 * f64::from(request.last_year - request.first_year + 1)).unwrap();
    affordable_plans(request)
        .iter()
        .map(|chosen| model.area(&plan_inputs(project, chosen).unwrap()).unwrap())
        .fold(0.0_f64, f64::max)
}

/// The default model over one year (keeps the brute force short in a debug build).
fn short_project() -> Project {
    let mut project = veerkrachtplanner::io::default_project();
    project.settings.horizon_months = 12;
    project
}

/// Four items that each lower stress by 45 points and one that raises welbevinden (the case of issue 15).
fn clamp_case(budget: f64) -> OptimizeRequest {
    let ids: Vec<&str> = catalogue().iter().take(5).map(|i| i.id.as_str()).collect();
    let mut candidates: Vec<PlanItem> = ids[..4]
        .iter()
        .enumerate()
        .map(|(k, id)| with_effect(item(id, 100.0, 0.0, 40_000.0 + 10_000.0 * k as f64), "stress", -45.0))
        .collect();
    candidates.push(with_effect(item(ids[4], 100.0, 0.0, 60_000.0), "welbevinden", 20.0));
    for c in &mut candidates {
        c.ramp_up_months = 0.0;
    }
    OptimizeRequest::new(2026, 2026, [(2026, budget)].into_iter().collect(), candidates)
}

#[test]
fn where_the_clamp_binds_the_optimiser_equals_brute_force_and_says_the_effects_interact() {
    let project = short_project();
    let budget = 150_000.0;
    let request = clamp_case(budget);
    let result = optimize(&project, &request, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    let expected = brute_force(&project, &request);
    assert!(
        (result.verified_area - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "budget {budget}: {} vs brute force {expected}",
        result.verified_area
    );
    let interaction = result.interaction.as_ref().expect("stress −45 × 4 reaches 0: not additive");
    assert!(interaction.effects_interact, "budget {budget}");
    assert_eq!(interaction.method, ImproveMethod::Exhaustive);
    assert!(result.proven_optimal, "every combination was simulated");
    assert!(interaction.search_verified_area <= result.verified_area + 1e-9);
    assert!(result.cost_per_year_eur.iter().all(|c| *c <= budget + 0.005));
    let text = veerkrachtplanner::text::optimizer::explanation(
        &result,
        "veerkrachtindex",
        veerkrachtplanner::text::Language::Nl,
    );
    assert!(text.contains("de effecten beïnvloeden elkaar"), "{text}");
    assert!(
        interaction.search_verified_area < result.verified_area - 1e-6,
        "here the search on the summed areas alone chose a worse portfolio"
    );
}

#[test]
fn small_effects_add_up_and_need_no_extra_simulations() {
    let project = short_project();
    let mut request = clamp_case(150_000.0);
    for c in &mut request.candidates {
        for e in c.effects.as_mut().unwrap() {
            e.points /= 15.0;
        }
    }
    let result = optimize(&project, &request, &mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(result.interaction, None, "3 points per item cannot reach 0 or 100");
    assert!(result.proven_optimal);
    assert!((result.predicted_area - result.verified_area).abs() <= 1e-6 * result.verified_area.abs());
    assert!((result.verified_area - brute_force(&project, &request)).abs() <= 1e-6 * result.verified_area.abs());
}
