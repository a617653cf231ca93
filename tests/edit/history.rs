//! Undo/redo stacks, labels, merging, groups and the saved point.

use crate::fixture::small_model;
use veerkrachtplanner::edit::{Edit, EditSummary, History, rename_variable_edit};
use veerkrachtplanner::model::{Position, VariableId};

fn mv(id: &str, x: f32) -> Edit {
    Edit::MoveVariables { moves: vec![(VariableId::new(id), Position::new(x, 0.0))] }
}

#[test]
fn labels_follow_the_stacks() {
    let mut p = small_model();
    let mut h = History::new();
    assert!(!h.can_undo() && !h.can_redo());
    assert_eq!(h.undo_description(), None);
    h.apply(&mut p, mv("angst", 1.0)).unwrap();
    assert_eq!(h.undo_description(), Some(EditSummary::MoveVariables(1)));
    assert_eq!(h.redo_description(), None);
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(h.redo_description(), Some(EditSummary::MoveVariables(1)));
    assert_eq!(h.undo_description(), None);
    assert_eq!(p, small_model());
    assert!(h.undo(&mut p).is_none());
}

#[test]
fn saved_point_survives_undo_and_redo_but_not_a_new_branch() {
    let original = small_model();
    let mut p = original.clone();
    let mut h = History::new();
    assert!(h.is_at_saved_point());
    h.apply(&mut p, mv("angst", 1.0)).unwrap();
    assert!(!h.is_at_saved_point());
    h.mark_saved();
    assert!(h.is_at_saved_point());
    h.apply(&mut p, mv("angst", 2.0)).unwrap();
    assert!(!h.is_at_saved_point());
    h.undo(&mut p).unwrap().unwrap();
    assert!(h.is_at_saved_point(), "back at the saved state");
    h.undo(&mut p).unwrap().unwrap();
    assert!(!h.is_at_saved_point());
    h.redo(&mut p).unwrap().unwrap();
    assert!(h.is_at_saved_point());
    // Undo past the save, then branch: the saved state is gone for good.
    h.undo(&mut p).unwrap().unwrap();
    h.apply(&mut p, mv("buurt", 5.0)).unwrap();
    assert!(!h.can_redo());
    assert!(!h.is_at_saved_point());
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, original);
    assert!(!h.is_at_saved_point(), "the saved state had angst at x = 1");
    h.clear();
    assert!(h.is_at_saved_point() && !h.can_undo());
}

#[test]
fn merged_typing_is_one_step_until_broken() {
    let original = small_model();
    let mut p = original.clone();
    let mut h = History::new();
    for name in ["A", "An", "Ang"] {
        let edit = rename_variable_edit(&p, &"angst".into(), name).unwrap();
        h.apply_merged(&mut p, edit, "naam:angst").unwrap();
    }
    assert_eq!(h.undo_len(), 1);
    h.break_merge();
    let edit = rename_variable_edit(&p, &"angst".into(), "Angst!").unwrap();
    h.apply_merged(&mut p, edit, "naam:angst").unwrap();
    assert_eq!(h.undo_len(), 2);
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p.variable(&"angst".into()).unwrap().name, "Ang");
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, original);
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p.variable(&"angst".into()).unwrap().name, "Ang");
}

#[test]
fn typing_in_a_section_field_undoes_and_redoes_in_one_step() {
    let original = small_model();
    let mut p = original.clone();
    let mut h = History::new();
    h.apply(&mut p, mv("angst", 1.0)).unwrap();
    let after_move = p.clone();
    // Each keystroke in a plan field replaces the whole plans section (as the plan editor does).
    for name in ["Plan A ", "Plan A b", "Plan A be", "Plan A bes"] {
        let mut plans = p.plans.clone();
        plans[0].name = name.to_owned();
        h.apply_merged(&mut p, Edit::SetPlans(plans), "field:plan_name:1").unwrap();
    }
    // And one in the description of a variable.
    for description in ["x", "xy"] {
        let mut variable = p.variable(&"angst".into()).unwrap().clone();
        variable.description = description.to_owned();
        h.apply_merged(&mut p, Edit::UpdateVariable(variable), "field:description:2").unwrap();
    }
    let typed = p.clone();
    assert_eq!(h.undo_len(), 3, "the move, the plan name and the description");
    h.undo(&mut p).unwrap().unwrap();
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, after_move, "two undos take back both typed words");
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p.plans[0].name, "Plan A bes");
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p, typed);
    h.undo(&mut p).unwrap().unwrap();
    h.undo(&mut p).unwrap().unwrap();
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, original);
}

#[test]
fn merging_never_swallows_the_saved_point() {
    let mut p = small_model();
    let mut h = History::new();
    h.apply_merged(&mut p, mv("angst", 1.0), "k").unwrap();
    h.mark_saved();
    h.apply_merged(&mut p, mv("angst", 2.0), "k").unwrap();
    assert_eq!(h.undo_len(), 2);
    h.undo(&mut p).unwrap().unwrap();
    assert!(h.is_at_saved_point());
}

#[test]
fn a_group_is_one_step() {
    let original = small_model();
    let mut p = original.clone();
    let mut h = History::new();
    h.begin_group(EditSummary::Several);
    h.apply(&mut p, mv("angst", 1.0)).unwrap();
    h.begin_group(EditSummary::SetLayout);
    h.apply(&mut p, mv("buurt", 2.0)).unwrap();
    h.end_group();
    h.apply(&mut p, mv("angst", 3.0)).unwrap();
    h.end_group();
    assert_eq!(h.undo_len(), 1);
    assert_eq!(h.undo_description(), Some(EditSummary::Several), "the outermost label counts");
    let done = p.clone();
    h.undo(&mut p).unwrap().unwrap();
    assert_eq!(p, original);
    h.redo(&mut p).unwrap().unwrap();
    assert_eq!(p, done);
}
