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
    assert!(h.query_all_by_label_contains(titled[0]).count() >= 1, "the loops panel lists the title '{}'", titled[0]);
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

#[test]
fn the_reports_six_loops_stand_out_and_can_be_shown_alone() {
    use egui_kittest::kittest::NodeT;
    let mut h = harness(AppConfig::default());
    h.get_by_label("Alleen de lussen uit het rapport").click();
    h.run();
    for n in 1..=6 {
        assert!(h.query_all_by_label(&format!("rapport {n}")).next().is_some(), "loop {n} of the report is marked");
    }
    // Only the report's loops are listed: no row is a bare path, and no two rows have the same name.
    let rows: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| {
            l.contains(" → ")
                || [
                    "Welbevinden, bestaanszekerheid en stress",
                    "Bestaanszekerheid en toekomstperspectief",
                    "Intergenerationeel effect van stress",
                    "Je weg kunnen vinden in het systeem",
                ]
                .contains(&l.as_str())
        })
        .collect();
    assert!(rows.len() >= 6, "the report's loops are listed: {rows:?}");
    let unique: std::collections::BTreeSet<&String> = rows.iter().collect();
    assert_eq!(unique.len(), rows.len(), "duplicate loop names: {rows:?}");
    assert!(h.query_by_label("Schaamtespiraal").is_none(), "a loop the report does not name is not titled");
}
