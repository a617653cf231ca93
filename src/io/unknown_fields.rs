//! Warns about field names the program does not know (a typo such as `baselin: 70` would otherwise be ignored in
//! silence, and the value would vanish on the next save), and about known names in the wrong place (`weight: 2`
//! inside a variable: a name of the index weights, which a variable does not have).
//!
//! The known names are not listed by hand: they are read, per struct (by the path of fields that leads to it,
//! see [`field_paths`]), from a sample project in which every struct of the model occurs at least once in every
//! place it can be, serialised with the real serde code, so a field added to the model is known at once. A new
//! *nested struct* must be added to [`sample`] (the round-trip tests fail loudly on shipped files otherwise).

use super::ron_text::field_paths;
use super::{Location, Place, Problem, ProblemKind};
use crate::model::{
    Cost, Effect, InputShape, Intervention, Lineage, Link, OutcomeWeight, Plan, PlanItem, Polarity, Position, Project,
    ResourceKind, ResourceTag, SavedBy, Scenario, Setting, Shock, Variable,
};
use std::collections::{BTreeMap, HashMap, HashSet};
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

/// The field names of every struct the model writes, by the path of the struct (see [`field_paths`]).
fn known() -> &'static HashMap<String, HashSet<String>> {
    static KNOWN: OnceLock<HashMap<String, HashSet<String>>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let text = ron::to_string(&sample()).unwrap_or_default();
        let mut known: HashMap<String, HashSet<String>> = HashMap::from([(String::new(), HashSet::new())]);
        for u in field_paths(&text) {
            known.entry(u.path).or_default().insert(u.name.to_owned());
        }
        known
    })
}

/// A warning for every use of a field name in `text` that its struct does not have, with its line. Inside a struct
/// that is itself unknown (the value of an unknown field) nothing more is reported: the unknown field says it.
pub(crate) fn unknown_fields(text: &str) -> Vec<Problem> {
    let known = known();
    field_paths(text)
        .into_iter()
        .filter(|u| known.get(&u.path).is_some_and(|names| !names.contains(u.name)))
        .map(|u| {
            Problem::warning(ProblemKind::UnknownField)
                .in_item(Location::new(Place::Field, u.name))
                .at(Some(u.line), None)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_name_in_the_wrong_struct_is_reported() {
        let text = "(format_version: 1,\n variables: [(id: \"a\", name: \"A\",\n weight: 2.0)],\n \
                    outcome: (weights: [(variable: \"a\", weight: 1.0, extra: (baseline: 1))]))";
        let found = unknown_fields(text);
        let names: Vec<(String, Option<usize>)> =
            found.iter().map(|p| (p.location.as_ref().map(|l| l.name.clone()).unwrap_or_default(), p.line)).collect();
        // `weight` in a variable, and `extra` (but not the `baseline` inside the unknown `extra`).
        assert_eq!(names, [("weight".to_owned(), Some(3)), ("extra".to_owned(), Some(4))]);
    }

    #[test]
    fn struct_names_options_and_the_shipped_model_give_no_warning() {
        let named = ron::ser::PrettyConfig::new().struct_names(true);
        assert_eq!(unknown_fields(&ron::ser::to_string_pretty(&sample(), named).unwrap()), []);
        let implicit = ron::ser::PrettyConfig::new().extensions(ron::extensions::Extensions::IMPLICIT_SOME);
        assert_eq!(unknown_fields(&ron::ser::to_string_pretty(&sample(), implicit).unwrap()), []);
        assert_eq!(unknown_fields(crate::io::DEFAULT_PROJECT_RON), []);
    }

    #[test]
    fn every_field_of_the_model_is_known() {
        let known: HashSet<&str> = known().values().flatten().map(String::as_str).collect();
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
