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

#[test]
fn first_start_shows_the_default_model_and_its_named_loops() {
    let mut h = harness(AppConfig::default());
    let expected = veerkrachtplanner::io::default_project();
    assert!(!expected.variables.is_empty(), "the embedded default project has variables");
    assert_eq!(h.state().project(), &expected, "first start = io::default_project()");
    assert!(!h.state().is_dirty());
    let report = h.state_mut().loop_report().clone();
    let titled: Vec<&String> = report.loops.iter().filter_map(|l| l.title.as_ref()).collect();
    assert!(!titled.is_empty(), "the report's loops carry their titles");
    assert!(h.query_all_by_label(titled[0]).count() >= 1, "the loops panel lists the title '{}'", titled[0]);
    // The model opens at a readable zoom; with both side panels folded away the whole model fits this window and
    // every variable has an accessible box on the canvas.
    run_command(&mut h, AppCommand::ToggleLeftPanel);
    run_command(&mut h, AppCommand::ToggleInspector);
    let canvas = h.state().view.last_canvas_rect.unwrap();
    for v in &expected.variables {
        assert!(
            h.query_all_by_label(&v.name).any(|n| canvas.contains(n.rect().center())),
            "{} has a box on the canvas",
            v.name
        );
    }
}
