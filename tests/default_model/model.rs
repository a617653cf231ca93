//! Variables, links, outcomes and settings against `marvel-model.md` and `simulation.md`.

use crate::canonical::load_default;
use crate::reference::{LINKS, VARIABLES};
use veerkrachtplanner::model::{
    Confidence, Direction, LinkId, Polarity, Project, ResourceKind, SimMethod, Strength, VariableId,
};

fn kind_word(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Individual => "individueel",
        ResourceKind::Societal => "maatschappelijk",
        ResourceKind::Organisational => "organisatorisch",
    }
}

#[test]
fn every_reference_variable_is_present_with_name_and_kind() {
    let p = load_default();
    assert_eq!(p.variables.len(), VARIABLES.len(), "exactly the variables of marvel-model.md");
    for (id, name, kind) in VARIABLES {
        let v = p.variable(&VariableId::new(id)).unwrap_or_else(|| panic!("variable {id} missing"));
        assert_eq!(v.name, name, "{id}");
        assert_eq!(kind_word(v.kind), kind, "{id}");
        assert!(!v.description.trim().is_empty(), "{id} has no description");
        assert!(v.source.contains("TNO 2023"), "{id}: source {:?}", v.source);
        assert!(v.source.contains("voorbeeldwaarde"), "{id}: adjustment time not marked as voorbeeldwaarde");
        assert_eq!(v.baseline, 50.0, "{id}");
        assert!(v.adjustment_months > 0.0, "{id}");
    }
}

#[test]
fn lower_is_better_exactly_for_the_burdens() {
    let burdens = [
        "stress",
        "mentale_problemen",
        "lichamelijke_problemen",
        "complexiteit_hulpsysteem",
        "wachttijden_ggz",
        "ingrijpende_gebeurtenissen",
        "prestatiedruk",
        "schaamte",
    ];
    for v in &load_default().variables {
        let expected =
            if burdens.contains(&v.id.as_str()) { Direction::LowerIsBetter } else { Direction::HigherIsBetter };
        assert_eq!(v.direction, expected, "{}", v.id);
    }
}

#[test]
fn every_reference_link_is_present_with_its_sign_and_source() {
    let p = load_default();
    assert_eq!(p.links.len(), LINKS.len(), "exactly the links of marvel-model.md");
    for (from, to, sign, inferred) in LINKS {
        let id = format!("{from}__{to}");
        let l = p.link(&LinkId::new(id.as_str())).unwrap_or_else(|| panic!("link {id} missing"));
        assert_eq!((l.from.as_str(), l.to.as_str()), (from, to), "{id}");
        let polarity = if sign == '+' { Polarity::Positive } else { Polarity::Negative };
        assert_eq!(l.polarity, polarity, "{id}");
        assert!(l.source.contains("TNO 2023, "), "{id}: source {:?}", l.source);
        assert!(l.source.chars().any(|c| c.is_ascii_digit()), "{id}: source names no line");
        // The seeds give no strengths.
        assert_eq!(l.strength, Strength::Medium, "{id}");
        if inferred {
            assert_eq!(l.confidence, Confidence::Low, "{id} is inferred");
            assert!(l.source.contains("afgeleid"), "{id}: inferred link must say 'afgeleid'");
        } else {
            assert_ne!(l.confidence, Confidence::Low, "{id} is stated in the text");
            assert!(!l.source.contains("afgeleid"), "{id}");
        }
    }
    assert!(p.meta.notes.contains("gemiddeld"), "meta.notes must say why all strengths are gemiddeld");
}

/// The product of the polarities along a cycle: +1 reinforcing, −1 balancing (TNO 2023, r. 908-911).
fn loop_sign(p: &Project, cycle: &[&str]) -> f64 {
    let mut sign = 1.0;
    for (i, from) in cycle.iter().enumerate() {
        let to = cycle[(i + 1) % cycle.len()];
        let id = format!("{from}__{to}");
        let link = p.link(&LinkId::new(id.as_str())).unwrap_or_else(|| panic!("loop link {id} missing"));
        sign *= link.polarity.sign();
    }
    sign
}

#[test]
fn the_report_loops_close_with_the_right_type() {
    let p = load_default();
    let reinforcing: [&[&str]; 9] = [
        &["stress", "welbevinden", "bestaanszekerheid"],
        &["stress", "opleiding_werk", "bestaanszekerheid", "toekomstperspectief"],
        &["stress", "opvoedgedrag", "ouder_kind_relatie", "levensvaardigheden"],
        &["weg_naar_hulp", "professionele_hulp", "levensvaardigheden"],
        &["sociaal_netwerk", "maatschappelijke_participatie"],
        &["individuele_agency", "maatschappelijke_participatie", "succeservaringen"],
        &["maatschappelijke_participatie", "collectieve_agency"],
        &["bestaanszekerheid", "schaamte", "stress", "welbevinden"],
        &["sociaal_netwerk", "zelfvertrouwen", "individuele_agency", "maatschappelijke_participatie"],
    ];
    for cycle in reinforcing {
        assert_eq!(loop_sign(&p, cycle), 1.0, "{cycle:?} should be reinforcing");
    }
    assert_eq!(loop_sign(&p, &["mentale_problemen", "signalering", "professionele_hulp"]), -1.0);
}

#[test]
fn outcome_weights_are_explained_example_values() {
    let p = load_default();
    let weights = &p.outcome.weights;
    assert!((5..=8).contains(&weights.len()), "{} outcome variables", weights.len());
    for w in weights {
        assert!(p.variable(&w.variable).is_some(), "{} is not a variable", w.variable);
        assert!(w.weight > 0.0 && w.weight.is_finite(), "{}", w.variable);
        assert!(w.reason.contains("voorbeeldwaarde"), "{}: {:?}", w.variable, w.reason);
    }
    let total: f64 = weights.iter().map(|w| w.weight).sum();
    assert!((total - 1.0).abs() < 1e-9, "weights sum to {total}");
}

#[test]
fn settings_are_the_simulation_defaults() {
    let s = load_default().settings;
    assert_eq!((s.dt_months, s.horizon_months, s.method), (0.25, 60, SimMethod::Euler));
}

#[test]
fn meta_describes_the_model() {
    let m = load_default().meta;
    assert_eq!(m.title, "Veerkracht basismodel (TNO Metaonderzoek veerkracht 2023)");
    assert!(m.gemeente.is_empty());
    assert!(m.notes.contains("MARVEL") && m.notes.contains("voorbeeldwaarde"));
}
