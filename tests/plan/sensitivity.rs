//! The tornado against the analytic derivative: on a linear chain the plan's effect is the product of the gains
//! along the chain times the effect, so one link's swing over its range is `∂A/∂g · (g_high − g_low)`.

use veerkrachtplanner::model::{
    Confidence, Effect, Link, LinkId, Plan, PlanId, PlanItem, Polarity, Project, ResourceKind, Strength, Variable,
    VariableId,
};
use veerkrachtplanner::plan::{
    Assumption, Outcome, PlanError, Screening, Sensitivity, SensitivityRequest, Tally, plan_effect, sensitivity,
    sensitivity_within,
};
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
    let links = link_swings(&result);
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

/// (link id, swing) of the tornado's link bars, in its order.
fn link_swings(s: &Sensitivity) -> Vec<(String, f64)> {
    s.bars
        .iter()
        .filter_map(|b| match &b.assumption {
            Assumption::Link { id, .. } => Some((id.to_string(), b.swing)),
            Assumption::Effect { .. } => None,
        })
        .collect()
}

/// The same, by link id.
fn swings(s: &Sensitivity) -> Vec<(String, f64)> {
    let mut out = link_swings(s);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn when_not_every_assumption_fits_those_that_can_move_the_outcome_come_first_then_the_widest() {
    let (project, plan) = chain();
    let request = SensitivityRequest {
        outcome: Outcome::Variable(VariableId::new("d")),
        scenario: None,
        variance_runs: 50,
        seed: 1,
        threads: 1,
    };
    let tally = |analysed, can_move, total| Tally { analysed, can_move, total };
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
    let compiled = veerkrachtplanner::sim::compile(&project).unwrap();
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
