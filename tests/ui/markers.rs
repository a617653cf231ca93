//! Plan interventions show on the variables they act on: a badge on the canvas and a list in the inspector.

use super::*;
use veerkrachtplanner::ui::view_state::Selection;

#[test]
fn the_inspector_lists_the_plan_interventions_acting_on_a_variable() {
    let example = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht");
    let mut h = harness(AppConfig { initial_file: Some(example), ..AppConfig::default() });
    let markers = veerkrachtplanner::plan::interventions_per_variable(h.state().project());
    let (id, list) = markers.iter().next().expect("the example's plans act on some variable");
    h.state_mut().view.selection = Selection::only_variable(id.clone());
    h.run();
    assert!(h.query_by_label("Interventies in de plannen die hierop werken").is_some());
    let first = &list[0];
    assert!(
        h.query_by_label_contains(&format!("{}: {}", first.plan, first.intervention)).is_some(),
        "the inspector names {} in {}",
        first.intervention,
        first.plan
    );
}
