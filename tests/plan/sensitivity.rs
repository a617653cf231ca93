//! The tornado against the analytic derivative: on a linear chain the plan's effect is the product of the gains
//! along the chain times the effect, so one link's swing over its range is `∂A/∂g · (g_high − g_low)`.

use veerkrachtplanner::model::{
    Confidence, Effect, Link, LinkId, Plan, PlanId, PlanItem, Polarity, Project, ResourceKind, Strength, Variable,
    VariableId,
};
use veerkrachtplanner::plan::{Assumption, Outcome, SensitivityRequest, plan_effect, sensitivity};
use veerkrachtplanner::sim::monte_carlo::Progress;

fn link(from: &str, to: &str, gain: f64, confidence: Confidence) -> Link {
    let mut l = Link::new(LinkId::new(format!("{from}_{to}")), from.into(), to.into(), Polarity::Positive);
    l.strength = Strength::Custom(gain);
    l.confidence = confidence;
    l
}

fn chain() -> (Project, Plan) {
    let variables = ["a", "b", "c", "d", "e", "f"]
        .iter()
        .map(|id| Variable::new(VariableId::new(*id), id.to_uppercase(), ResourceKind::Individual))
        .collect();
    let links = vec![
        link("a", "b", 0.5, Confidence::High),
        link("b", "c", 0.25, Confidence::Low),
        link("c", "d", 0.75, Confidence::Medium),
        link("e", "f", 1.0, Confidence::Low), // off the chain: no effect
    ];
    let project = Project { variables, links, ..Project::default() };
    let item = PlanItem {
        effects: Some(vec![Effect { target: "a".into(), points: 10.0, confidence: Confidence::High }]),
        ..PlanItem::new(veerkrachtplanner::plan::catalogue()[0].id.clone(), 100.0)
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
    (project, plan)
}

#[test]
fn the_tornado_of_a_linear_chain_follows_the_analytic_derivative() {
    let (project, plan) = chain();
    let outcome = Outcome::Variable(VariableId::new("d"));
    let request =
        SensitivityRequest { outcome: outcome.clone(), scenario: None, variance_runs: 400, seed: 3, threads: 0 };
    let result = sensitivity(&project, &plan, &request, &Progress::new()).unwrap();
    let area = plan_effect(&project, &plan, &outcome).unwrap().area;
    assert!((result.central_effect - area).abs() <= 1e-9 * area);
    // Analytic: A = g_ab · g_bc · g_cd · e · C, so ∂A/∂g = A / g and the swing is A / g · (g_high − g_low).
    let mut expected: Vec<(String, f64)> = project
        .links
        .iter()
        .map(|l| {
            let g = l.strength.gain();
            let w = l.confidence.relative_range();
            let on_chain = l.from.as_str() != "e";
            (l.id.to_string(), if on_chain { area / g * (2.0 * w * g) } else { 0.0 })
        })
        .collect();
    expected.sort_by(|a, b| b.1.total_cmp(&a.1));
    let links: Vec<(String, f64)> = result
        .bars
        .iter()
        .filter_map(|b| match &b.assumption {
            Assumption::Link { id, .. } => Some((id.to_string(), b.swing)),
            Assumption::Effect { .. } => None,
        })
        .collect();
    let order: Vec<&str> = links.iter().map(|l| l.0.as_str()).collect();
    let expected_order: Vec<&str> = expected.iter().map(|l| l.0.as_str()).collect();
    assert_eq!(order, expected_order);
    assert_eq!(order[..3], ["b_c", "c_d", "a_b"]);
    for ((_, swing), (id, analytic)) in links.iter().zip(&expected) {
        assert!((swing - analytic).abs() <= 1e-9 * area, "{id}: {swing} vs {analytic}");
    }
    let effect = result.bars.iter().find(|b| matches!(b.assumption, Assumption::Effect { .. })).unwrap();
    assert!((effect.swing - 0.2 * area).abs() <= 1e-9 * area, "effect ±10 %: swing 0.2 A");
    assert_eq!(result.top(3).count(), 3);
    // Nearly linear in every number: the first-order indices add up to about 1.
    let sum = result.first_order_sum().unwrap();
    assert!((0.75..1.25).contains(&sum), "{sum}");
    assert!(result.bars.iter().all(|b| b.first_order.is_some_and(|s| s >= 0.0)));
}
