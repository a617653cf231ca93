//! The loops panel: every loop listed; a click highlights it.

use super::*;
use egui_kittest::kittest::Queryable;

#[test]
fn select_a_loop_highlights_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    assert_eq!(h.state_mut().loop_report().loops.len(), 1, "A → B → C → A is the only loop");
    let row = h.get_by_label("Alpha → Beta → Gamma");
    row.click();
    h.run();
    let highlighted = h.state().view.highlighted_loop.clone().expect("the loop is highlighted");
    let mut links: Vec<String> = highlighted.iter().map(ToString::to_string).collect();
    links.sort();
    assert_eq!(links, ["a__b", "b__c", "c__a"]);
    // The badge says B: one negative link makes a balancing loop.
    assert!(h.query_by_label(" B ").is_some());
    // Filtering on a variable outside the loop hides it.
    h.state_mut().view.selection = veerkrachtplanner::ui::view_state::Selection::only_variable("d".into());
    h.get_by_label("Alleen lussen door de geselecteerde variabele").click();
    h.run();
    assert!(h.query_by_label("Alpha → Beta → Gamma").is_none());
}
