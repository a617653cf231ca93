//! A small normalized model with every section filled, a seeded PRNG and model invariants.

use veerkrachtplanner::model::{
    Confidence, Cost, Effect, InputShape, Intervention, Link, OutcomeIndex, OutcomeWeight, Plan, PlanItem, Polarity,
    Position, Project, ResourceKind, Scenario, Shock, Variable, VariableId,
};

/// splitmix64: small, seeded, good enough to pick edits.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

pub fn link(from: &str, to: &str, polarity: Polarity) -> Link {
    Link::new(format!("{from}__{to}").as_str().into(), from.into(), to.into(), polarity)
}

/// Five variables, six links (one loop), positions for four of them, outcome weights, a scenario shocking `angst`,
/// an own intervention acting on `buurt`, a plan overriding an effect on `contact`, one retired id.
pub fn small_model() -> Project {
    let mut p = Project::default();
    p.meta.title = "Testmodel".into();
    for (id, name, kind) in [
        ("angst", "Angst", ResourceKind::Individual),
        ("buurt", "Buurt", ResourceKind::Societal),
        ("contact", "Sociaal contact", ResourceKind::Societal),
        ("draagkracht", "Draagkracht", ResourceKind::Individual),
        ("loket", "Loket", ResourceKind::Organisational),
    ] {
        p.variables.push(Variable::new(id.into(), name, kind));
    }
    p.links = vec![
        link("angst", "contact", Polarity::Negative),
        link("buurt", "contact", Polarity::Positive),
        link("contact", "draagkracht", Polarity::Positive),
        link("draagkracht", "angst", Polarity::Negative),
        link("loket", "buurt", Polarity::Positive),
        link("loket", "draagkracht", Polarity::Positive),
    ];
    for (i, id) in ["angst", "buurt", "contact", "draagkracht"].iter().enumerate() {
        p.layout.positions.insert(VariableId::new(*id), Position::new(100.0 * i as f32, 50.0));
    }
    p.outcome = OutcomeIndex {
        weights: vec![
            OutcomeWeight { variable: "contact".into(), weight: 1.0, reason: "kern".into() },
            OutcomeWeight { variable: "draagkracht".into(), weight: 2.0, reason: String::new() },
        ],
    };
    p.scenarios.push(Scenario {
        id: "crisis".into(),
        name: "Nieuwe crisis".into(),
        description: String::new(),
        shocks: vec![Shock { target: "angst".into(), effect: 10.0, shape: InputShape::default(), note: String::new() }],
    });
    p.interventions.push(Intervention {
        id: "buurtkamer".into(),
        name: "Buurtkamer".into(),
        description: String::new(),
        target_group: String::new(),
        settings: Vec::new(),
        source: String::new(),
        databank: None,
        effects: vec![Effect { target: "buurt".into(), points: 3.0, confidence: Confidence::default() }],
        cost: Cost { one_off_eur: 1000.0, per_year_eur: 500.0 },
        example_values: true,
    });
    p.plans.push(Plan {
        id: "plan_a".into(),
        name: "Plan A".into(),
        first_year: 2026,
        last_year: 2030,
        budget_eur: [(2026, 10_000.0)].into_iter().collect(),
        items: vec![PlanItem {
            ramp_up_months: 3.0,
            effects: Some(vec![Effect { target: "contact".into(), points: 2.0, confidence: Confidence::default() }]),
            ..PlanItem::new("buurtkamer".into(), 50.0)
        }],
        notes: String::new(),
    });
    p.retired_ids = vec!["oud".into()];
    let mut normalized = p.clone();
    normalized.normalize();
    assert_eq!(normalized, p, "the fixture is in id order");
    p
}

/// Invariants every successful edit keeps.
pub fn assert_consistent(p: &Project) {
    let has = |id: &VariableId| p.variable(id).is_some();
    for l in &p.links {
        assert!(has(&l.from) && has(&l.to) && l.from != l.to, "link {} dangles", l.id);
    }
    for id in p.layout.positions.keys() {
        assert!(has(id), "position for missing {id}");
    }
    for w in &p.outcome.weights {
        assert!(has(&w.variable), "weight for missing {}", w.variable);
    }
    for v in &p.variables {
        assert!(p.retired_ids.binary_search(&v.id.0).is_err(), "live id {} is retired", v.id);
    }
    for l in &p.links {
        assert!(p.retired_ids.binary_search(&l.id.0).is_err(), "live id {} is retired", l.id);
    }
    let mut normalized = p.clone();
    normalized.normalize();
    assert_eq!(&normalized, p, "edits keep id order");
}
