//! Warns about field names the program does not know (a typo such as `baselin: 70` would otherwise be ignored in
//! silence, and the value would vanish on the next save).
//!
//! The known names are not listed by hand: they are read from a sample project in which every struct of the model
//! occurs at least once, serialised with the real serde code, so a field added to the model is known at once. A new
//! *nested struct* type must be added to [`sample`] (the round-trip tests fail loudly on shipped files otherwise).

use super::ron_text::field_names;
use super::{Location, Place, Problem, ProblemKind};
use crate::model::{
    Cost, Effect, InputShape, Intervention, Lineage, Link, OutcomeWeight, Plan, PlanItem, Polarity, Position, Project,
    ResourceKind, ResourceTag, SavedBy, Scenario, Setting, Shock, Variable,
};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// A project in which every struct type of the model appears, with every `Option` set.
fn sample() -> Project {
    // A lineage that is not empty, so that it is written (an empty one is left out of the file).
    let lineage = Lineage {
        revision: "r".into(),
        parents: vec![String::new()],
        history: vec![String::new()],
        saved_by: SavedBy::default(),
    };
    let mut p = Project { lineage, ..Project::default() };
    let mut v = Variable::new("a".into(), "A", ResourceKind::Individual);
    v.resource = Some(ResourceTag::Social);
    p.variables.push(v);
    p.links.push(Link::new("a__a".into(), "a".into(), "a".into(), Polarity::Positive));
    p.layout.positions.insert("a".into(), Position::new(0.0, 0.0));
    p.outcome.weights.push(OutcomeWeight { variable: "a".into(), weight: 1.0, reason: String::new() });
    let effect = Effect { target: "a".into(), points: 1.0, confidence: crate::model::Confidence::Medium };
    p.scenarios.push(Scenario {
        id: "s".into(),
        name: "S".into(),
        description: String::new(),
        shocks: vec![Shock {
            target: "a".into(),
            effect: 1.0,
            shape: InputShape { end_month: Some(1.0), ..InputShape::default() },
            note: String::new(),
        }],
    });
    p.interventions.push(Intervention {
        id: "i".into(),
        name: "I".into(),
        description: String::new(),
        target_group: String::new(),
        settings: vec![Setting::Neighbourhood],
        source: String::new(),
        databank: Some(String::new()),
        effects: vec![effect.clone()],
        cost: Cost::default(),
        example_values: false,
    });
    p.plans.push(Plan {
        id: "p".into(),
        name: "P".into(),
        first_year: 2026,
        last_year: 2026,
        budget_eur: BTreeMap::from([(2026, 1.0)]),
        items: vec![PlanItem {
            intervention: "i".into(),
            start_month: 0.0,
            duration_months: Some(1.0),
            reach_percent: 1.0,
            ramp_up_months: 0.0,
            after_effect_months: 0.0,
            effects: Some(vec![effect]),
            cost: Some(Cost::default()),
            owner: String::new(),
            partners: vec![String::new()],
            wijken: vec![String::new()],
            target_groups: vec![String::new()],
        }],
        notes: String::new(),
    });
    p
}

/// Every field name the model writes.
fn known() -> &'static HashSet<String> {
    static KNOWN: OnceLock<HashSet<String>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let text = ron::to_string(&sample()).unwrap_or_default();
        field_names(&text).into_iter().map(|(name, _)| name.to_owned()).collect()
    })
}

/// A warning for every use of an unknown field name in `text`, with its line.
pub(crate) fn unknown_fields(text: &str) -> Vec<Problem> {
    let known = known();
    field_names(text)
        .into_iter()
        .filter(|(name, _)| !known.contains(*name))
        .map(|(name, line)| {
            Problem::warning(ProblemKind::UnknownField).in_item(Location::new(Place::Field, name)).at(Some(line), None)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_the_model_is_known() {
        let known = known();
        for field in ["format_version", "baseline", "adjustment_months", "polarity", "positions", "x", "weights"] {
            assert!(known.contains(field), "{field}");
        }
        for field in
            ["end_month", "after_effect_months", "databank", "one_off_eur", "target_groups", "monte_carlo_seed"]
        {
            assert!(known.contains(field), "{field}");
        }
        // The lineage every saved file carries.
        for field in ["lineage", "revision", "parents", "history", "saved_by", "organisation", "program_version"] {
            assert!(known.contains(field), "{field}");
        }
        // The sample's own text has nothing unknown, and a typo is found with its line.
        assert!(unknown_fields(&ron::to_string(&sample()).unwrap()).is_empty());
        let found = unknown_fields("(format_version: 1,\n variables: [(id: \"a\", name: \"A\", baselin: 70.0)])");
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0],
            Problem::warning(ProblemKind::UnknownField)
                .in_item(Location::new(Place::Field, "baselin"))
                .at(Some(2), None)
        );
    }
}
