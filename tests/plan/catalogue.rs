//! The catalogue against the default model and the reference rules.

use std::collections::BTreeSet;
use veerkrachtplanner::plan::{catalogue, has_line_reference};

#[test]
fn every_effect_points_at_a_variable_of_the_default_model() {
    let project = veerkrachtplanner::io::default_project();
    let ids: BTreeSet<&str> = project.variables.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids.len(), 28, "the default model has the 28 variables of marvel-model.md");
    for i in catalogue() {
        for e in &i.effects {
            assert!(ids.contains(e.target.as_str()), "{}: '{}' is not in the default model", i.id, e.target);
        }
    }
}

#[test]
fn every_entry_is_a_labelled_voorbeeldwaarde_with_a_line_source() {
    assert!(catalogue().len() >= 36, "10 levers + at least 25 programmes + Kansrijke Start");
    for i in catalogue() {
        assert!(i.example_values, "{}", i.id);
        assert!(has_line_reference(&i.source), "{}: '{}'", i.id, i.source);
    }
    let levers = catalogue().iter().filter(|i| i.id.as_str().starts_with("tno_advies_")).count();
    assert_eq!(levers, 10);
}
