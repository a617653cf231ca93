//! Scenario edits (new, duplicate, delete, change): exact undo and redo, merged typing, refused bad values, and
//! the result survives save and load.

use crate::fixture::small_model;
use veerkrachtplanner::edit::{
    Edit, History, apply, delete_scenario_edit, duplicate_scenario_edit, new_scenario_edit, new_shock,
};
use veerkrachtplanner::model::{Project, Scenario, ScenarioId, VariableId};

fn with_scenario() -> (Project, ScenarioId) {
    let mut p = small_model();
    let (edit, id) = new_scenario_edit(&p, "Hittegolf");
    apply(&mut p, edit).unwrap();
    let mut s = p.scenarios.iter().find(|s| s.id == id).unwrap().clone();
    s.shocks.push(new_shock(VariableId::new("angst")));
    apply(&mut p, Edit::UpdateScenario(s)).unwrap();
    p.normalize();
    (p, id)
}

fn scenario<'a>(p: &'a Project, id: &ScenarioId) -> &'a Scenario {
    p.scenarios.iter().find(|s| &s.id == id).unwrap()
}

#[test]
fn new_duplicate_delete_undo_and_redo_exactly() {
    let (mut p, id) = with_scenario();
    let start = p.clone();
    let mut h = History::new();
    let (edit, copy) = duplicate_scenario_edit(&p, &id, "Hittegolf (kopie)").unwrap();
    h.apply(&mut p, edit).unwrap();
    assert_eq!(scenario(&p, &copy).shocks, scenario(&p, &id).shocks, "the copy has the same shocks");
    assert_ne!(copy, id);
    let after_copy = p.clone();
    let delete = delete_scenario_edit(&p, &id).unwrap();
    h.apply(&mut p, delete).unwrap();
    assert!(p.scenarios.iter().all(|s| s.id != id));
    assert!(p.id_taken(id.as_str()), "a deleted scenario's id is retired");
    let (edit, fresh) = new_scenario_edit(&p, "Hittegolf");
    assert_ne!(fresh, id, "a new scenario does not reuse a retired id");
    h.apply(&mut p, edit).unwrap();
    let end = p.clone();
    for _ in 0..3 {
        h.undo(&mut p).unwrap().unwrap();
    }
    assert_eq!(p, start, "three undos give the exact project back");
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p, after_copy);
    h.redo(&mut p).unwrap().unwrap();
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p, end, "redo gives the exact later project");
}

#[test]
fn typed_changes_merge_into_one_step_and_undo_exactly() {
    let (mut p, id) = with_scenario();
    let start = p.clone();
    let mut h = History::new();
    for name in ["H", "Hi", "Hit", "Hitte"] {
        let mut s = scenario(&p, &id).clone();
        name.clone_into(&mut s.name);
        h.apply_merged(&mut p, Edit::UpdateScenario(s), "scenario:name:1").unwrap();
    }
    for size in [1.0, 12.0, 12.5] {
        let mut s = scenario(&p, &id).clone();
        s.shocks[0].effect = size;
        s.shocks[0].shape.start_month = 6.0;
        s.shocks[0].shape.end_month = None;
        h.apply_merged(&mut p, Edit::UpdateScenario(s), "scenario:effect:2").unwrap();
    }
    assert_eq!(scenario(&p, &id).name, "Hitte");
    assert!((scenario(&p, &id).shocks[0].effect - 12.5).abs() < 1e-12);
    let end = p.clone();
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(scenario(&p, &id).name, "Hitte", "the size is one step");
    assert!((scenario(&p, &id).shocks[0].effect - 10.0).abs() < 1e-12);
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, start, "the name is one step");
    assert!(h.undo(&mut p).is_none());
    h.redo(&mut p).unwrap().unwrap();
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p, end);
}

#[test]
fn bad_scenario_changes_are_refused_and_change_nothing() {
    let (mut p, id) = with_scenario();
    let before = p.clone();
    let mut s = scenario(&p, &id).clone();
    s.shocks[0].target = VariableId::new("bestaat_niet");
    assert!(apply(&mut p, Edit::UpdateScenario(s)).is_err());
    let mut s = scenario(&p, &id).clone();
    s.shocks[0].effect = f64::NAN;
    assert!(apply(&mut p, Edit::UpdateScenario(s)).is_err());
    let mut s = scenario(&p, &id).clone();
    s.id = ScenarioId::new("onbekend");
    assert!(apply(&mut p, Edit::UpdateScenario(s)).is_err());
    assert_eq!(p, before);
    assert!(delete_scenario_edit(&p, &ScenarioId::new("onbekend")).is_none());
    assert!(duplicate_scenario_edit(&p, &ScenarioId::new("onbekend"), "x").is_none());
}

#[test]
fn edited_scenarios_survive_save_and_load() {
    let (mut p, id) = with_scenario();
    let mut s = scenario(&p, &id).clone();
    "Hittegolf 2027".clone_into(&mut s.name);
    s.shocks[0].effect = -7.25;
    s.shocks[0].shape.ramp_up_months = 3.0;
    s.shocks[0].shape.after_effect_months = 4.5;
    apply(&mut p, Edit::UpdateScenario(s)).unwrap();
    let (edit, _) = duplicate_scenario_edit(&p, &id, "Hittegolf 2028").unwrap();
    apply(&mut p, edit).unwrap();
    p.normalize();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scenario.veerkracht");
    veerkrachtplanner::io::save_project_file(&p, &path).unwrap();
    let mut back = veerkrachtplanner::io::load_project_file(&path).unwrap();
    back.normalize();
    assert_eq!(back, p);
}
