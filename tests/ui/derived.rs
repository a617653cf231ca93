//! Derived data (loop report, plan results, interventions per variable) is computed once per project generation:
//! frames without an edit compute nothing, an edit computes each once more.

use super::*;
use veerkrachtplanner::edit::Edit;
use veerkrachtplanner::ui::view_state::CentralTab;

#[test]
fn a_frame_without_an_edit_recomputes_nothing_and_an_edit_recomputes_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    // On the Plan tab every kind of derived data is in use (the loops panel stays visible on the left).
    h.state_mut().view.tab = CentralTab::Plan;
    settle(&mut h);
    let (loops, plans, markers) = h.state().derived_computations();
    assert!(loops >= 1 && plans >= 1 && markers >= 1, "all were computed: {:?}", h.state().derived_computations());
    for _ in 0..5 {
        h.step();
    }
    settle(&mut h);
    assert_eq!(h.state().derived_computations(), (loops, plans, markers), "a frame without an edit computes nothing");

    let mut renamed = h.state().project().variables[0].clone();
    renamed.name = "Alfa".to_owned();
    run_command(&mut h, AppCommand::Edit(Edit::UpdateVariable(renamed)));
    assert_eq!(h.state().derived_computations(), (loops + 1, plans + 1, markers + 1), "an edit computes each once");
    assert!(h.query_by_label("Alfa → Beta → Gamma").is_some(), "the new loop report is shown");
}
