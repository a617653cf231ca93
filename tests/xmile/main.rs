//! Integration tests of the XMILE export: the document is well formed and complete, and an independent engine
//! (PySD) running the exported file gives the numbers of `sim::Compiled::run` (Euler, dt 0.25) every month.
#![allow(clippy::unwrap_used)]

mod cli;
mod pysd;
mod structure;

use std::collections::BTreeMap;
use veerkrachtplanner::model::{
    Confidence, Cost, Delay, Effect, Intervention, Link, LinkId, Plan, PlanId, PlanItem, Polarity, Project,
    ResourceKind, Strength, Variable, VariableId,
};

pub fn var(id: &str, baseline: f64, adjustment_months: f64) -> Variable {
    let mut v = Variable::new(VariableId::new(id), id.to_uppercase(), ResourceKind::Individual);
    v.baseline = baseline;
    v.adjustment_months = adjustment_months;
    v
}

pub fn link(id: &str, from: &str, to: &str, polarity: Polarity, strength: Strength, delay: Delay) -> Link {
    let mut l = Link::new(LinkId::new(id), VariableId::new(from), VariableId::new(to), polarity);
    l.strength = strength;
    l.delay = delay;
    l
}

fn item(intervention: &str, start: f64, duration: f64, reach: f64, ramp_up: f64, after: f64) -> PlanItem {
    PlanItem {
        start_month: start,
        duration_months: Some(duration),
        ramp_up_months: ramp_up,
        after_effect_months: after,
        ..PlanItem::new(intervention.into(), reach)
    }
}

/// A small model with every feature of the equations: a delayed and an undelayed link, `G > 1` (two strong causes
/// into `steun`), a negative feedback loop, a variable pushed into the clamp at 100, awkward ids (double
/// underscores, capitals, a hyphen), and a plan with ramp-up, an after-effect and an item that ends during its
/// ramp-up (after-effect level L = 0.4).
pub fn small_project() -> Project {
    let intervention = |id: &str, effects: Vec<(&str, f64)>| Intervention {
        id: id.into(),
        name: format!("Interventie {id}"),
        description: String::new(),
        target_group: String::new(),
        settings: Vec::new(),
        source: String::new(),
        databank: None,
        effects: effects
            .into_iter()
            .map(|(t, p)| Effect { target: t.into(), points: p, confidence: Confidence::default() })
            .collect(),
        cost: Cost::default(),
        example_values: true,
    };
    Project {
        variables: vec![
            var("stress", 50.0, 3.0),
            var("steun", 40.0, 2.0),
            var("Buurt-Huis", 60.0, 4.5),
            var("hoog", 90.0, 1.0),
        ],
        links: vec![
            link("steun__stress", "steun", "stress", Polarity::Negative, Strength::Strong, Delay::Medium),
            link("stress__steun", "stress", "steun", Polarity::Negative, Strength::VeryStrong, Delay::Direct),
            link("Buurt-Huis__steun", "Buurt-Huis", "steun", Polarity::Positive, Strength::Strong, Delay::Fast),
            link("steun_stress", "steun", "hoog", Polarity::Positive, Strength::Custom(0.3), Delay::Months(2.5)),
        ],
        interventions: vec![
            intervention("buurtwerk", vec![("Buurt-Huis", 12.0), ("stress", -6.0)]),
            intervention("kort", vec![("steun", 10.0)]),
            intervention("groot", vec![("hoog", 30.0)]),
        ],
        plans: vec![Plan {
            id: PlanId::new("plan_a"),
            name: "Plan A".to_owned(),
            first_year: 2026,
            last_year: 2028,
            budget_eur: BTreeMap::default(),
            items: vec![
                item("buurtwerk", 2.5, 12.0, 80.0, 3.0, 6.0),
                item("kort", 5.0, 4.0, 100.0, 10.0, 8.0),
                item("groot", 10.0, 6.0, 100.0, 0.0, 0.0),
            ],
            notes: String::new(),
        }],
        ..Project::default()
    }
}
