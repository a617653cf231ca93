//! Refused edits: an error that says what and where, and an untouched project.

use crate::fixture::{link, small_model};
use veerkrachtplanner::edit::{Edit, EditError, Usage, apply, new_variable_edit};
use veerkrachtplanner::model::{Polarity, Position, Project, ResourceKind, Variable};

fn refused(p: &Project, edit: Edit) -> EditError {
    let mut q = p.clone();
    let error: EditError = apply(&mut q, edit).unwrap_err();
    assert_eq!(&q, p, "a refused edit leaves the project unchanged");
    error
}

fn id(s: &str) -> String {
    s.to_owned()
}

#[test]
fn messages_name_what_is_wrong() {
    let p = small_model();
    assert_eq!(
        refused(&p, Edit::MoveVariables { moves: vec![("x".into(), Position::default())] }),
        EditError::UnknownVariable { id: id("x") }
    );
    let mut v = Variable::new("angst".into(), "Angst 2", ResourceKind::Individual);
    assert_eq!(
        refused(&p, Edit::AddVariable { variable: v.clone(), position: Position::default() }),
        EditError::IdTaken { id: id("angst") }
    );
    v.id = "oud".into();
    assert_eq!(
        refused(&p, Edit::AddVariable { variable: v.clone(), position: Position::default() }),
        EditError::IdTaken { id: id("oud") }
    );
    v.id = "Hoofdletter".into();
    assert_eq!(
        refused(&p, Edit::AddVariable { variable: v, position: Position::default() }),
        EditError::InvalidId { id: id("Hoofdletter") }
    );
    assert_eq!(refused(&p, Edit::AddLink(link("angst", "angst", Polarity::Positive))), EditError::SelfLink);
    assert_eq!(
        refused(&p, Edit::AddLink(link("angst", "nergens", Polarity::Positive))),
        EditError::UnknownVariable { id: id("nergens") }
    );
    assert_eq!(
        refused(&p, Edit::UpdateLink(link("buurt", "angst", Polarity::Positive))),
        EditError::UnknownLink { id: id("buurt__angst") }
    );
    let mut l = p.links[0].clone();
    l.to = l.from.clone();
    assert_eq!(refused(&p, Edit::UpdateLink(l)), EditError::SelfLink);
}

#[test]
fn bad_numbers_are_refused() {
    let p = small_model();
    let base = p.variables[0].clone();
    for (baseline, months, name) in [
        (f64::NAN, 3.0, "A"),
        (101.0, 3.0, "A"),
        (-0.5, 3.0, "A"),
        (50.0, 0.0, "A"),
        (50.0, f64::INFINITY, "A"),
        (50.0, 3.0, "  "),
    ] {
        let mut v = base.clone();
        v.baseline = baseline;
        v.adjustment_months = months;
        v.name = name.into();
        let error = refused(&p, Edit::UpdateVariable(v));
        let named = match &error {
            EditError::BaselineOutOfRange { name, .. } | EditError::InvalidAdjustmentTime { name, .. } => name,
            EditError::EmptyName { variable } => variable,
            other => panic!("unexpected {other:?}"),
        };
        assert!(named == "A" || named == "angst", "{error:?}");
    }
    let mut v = base;
    v.baseline = 100.0;
    let mut q = p.clone();
    apply(&mut q, Edit::UpdateVariable(v)).unwrap();
    assert_eq!(
        refused(&p, Edit::MoveVariables { moves: vec![("angst".into(), Position::new(f32::NAN, 0.0))] }),
        EditError::InvalidPosition { id: id("angst") }
    );
}

#[test]
fn delete_refuses_variables_still_in_use_and_names_the_user() {
    let p = small_model();
    let in_use = |variable: &str| match refused(&p, Edit::Delete { variables: vec![variable.into()], links: vec![] }) {
        EditError::VariableInUse { name, by } => (name, by),
        other => panic!("unexpected {other:?}"),
    };
    let (name, by) = in_use("angst");
    assert!(name.starts_with("Angst"), "{name}");
    assert_eq!(by, Usage::Shock { scenario: id("Nieuwe crisis") });
    assert_eq!(in_use("buurt").1, Usage::Intervention { name: id("Buurtkamer") });
    assert!(matches!(in_use("contact").1, Usage::PlanItem { plan, .. } if plan == "Plan A"));
    assert_eq!(
        refused(&p, Edit::Delete { variables: vec![], links: vec!["weg".into()] }),
        EditError::UnknownLink { id: id("weg") }
    );
}

#[test]
fn delete_takes_links_positions_and_weights_along_and_retires_ids() {
    let mut p = small_model();
    apply(&mut p, Edit::Delete { variables: vec!["draagkracht".into()], links: vec![] }).unwrap();
    assert!(p.variable(&"draagkracht".into()).is_none());
    assert!(p.links.iter().all(|l| l.from.as_str() != "draagkracht" && l.to.as_str() != "draagkracht"));
    assert_eq!(p.links.len(), 3, "contact→draagkracht, draagkracht→angst and loket→draagkracht went");
    assert!(!p.layout.positions.contains_key(&"draagkracht".into()));
    assert_eq!(p.outcome.weights.len(), 1);
    for id in ["draagkracht", "contact__draagkracht", "draagkracht__angst", "loket__draagkracht", "oud"] {
        assert!(p.retired_ids.contains(&id.to_owned()), "{id} retired");
    }
}

#[test]
fn ids_are_never_reused_after_delete_and_add_with_the_same_name() {
    let mut p = small_model();
    let edit = new_variable_edit(&p, "Stress", ResourceKind::Individual, Position::default());
    apply(&mut p, edit).unwrap();
    apply(&mut p, Edit::Delete { variables: vec!["stress".into()], links: vec![] }).unwrap();
    let again = new_variable_edit(&p, "Stress", ResourceKind::Individual, Position::default());
    let Edit::AddVariable { variable, .. } = &again else { panic!("not an add") };
    assert_eq!(variable.id.as_str(), "stress_2");
    apply(&mut p, again).unwrap();
    let mut stale = Variable::new("stress".into(), "Stress", ResourceKind::Individual);
    stale.baseline = 10.0;
    assert_eq!(
        refused(&p, Edit::AddVariable { variable: stale, position: Position::default() }),
        EditError::IdTaken { id: id("stress") }
    );
}

#[test]
fn failing_batch_rolls_back_what_it_already_did() {
    let p = small_model();
    let first = new_variable_edit(&p, "Nieuw", ResourceKind::Individual, Position::default());
    let edit = Edit::Batch(vec![
        first,
        Edit::MoveVariables { moves: vec![("angst".into(), Position::new(-1.0, -1.0))] },
        Edit::Delete { variables: vec!["loket".into()], links: vec![] },
        Edit::AddLink(link("nieuw", "angst", Polarity::Positive)),
        Edit::AddLink(link("nieuw", "loket", Polarity::Positive)),
    ]);
    assert_eq!(refused(&p, edit), EditError::UnknownVariable { id: id("loket") });
}

#[test]
fn restore_is_refused_when_its_ids_are_live() {
    let mut p = small_model();
    let restore = apply(&mut p, Edit::Delete { variables: vec!["loket".into()], links: vec![] }).unwrap();
    let q = small_model();
    assert_eq!(refused(&q, restore.clone()), EditError::IdInUse { id: id("loket") });
    apply(&mut p, restore).unwrap();
    assert_eq!(p, q);
}

#[test]
fn section_edits_retire_ids_that_go_and_refuse_ids_in_use() {
    let mut p = small_model();
    let undo = apply(&mut p, Edit::SetScenarios(Vec::new())).unwrap();
    assert!(p.id_taken("crisis"), "a removed scenario's id is retired");
    let edit = new_variable_edit(&p, "Crisis", ResourceKind::Individual, Position::default());
    let Edit::AddVariable { variable, .. } = &edit else { panic!("not an add") };
    assert_eq!(variable.id.as_str(), "crisis_2");
    apply(&mut p, undo).unwrap();
    assert_eq!(p, small_model());
    let mut plans = p.plans.clone();
    plans[0].id = "angst".into();
    assert_eq!(refused(&p, Edit::SetPlans(plans)), EditError::IdInUse { id: id("angst") });
}

/// What a file may contain with a warning (a shock that ends before it starts, an effect on a variable the model does
/// not have) does not block editing its section: the editors cannot make either, but a file can bring them, and then
/// renaming a scenario or taking over a colleague's interventions must still work.
#[test]
fn what_a_file_may_bring_with_a_warning_does_not_block_editing_its_section() {
    let mut p = small_model();
    p.scenarios[0].shocks[0].shape.start_month = 12.0;
    p.scenarios[0].shocks[0].shape.end_month = Some(6.0);
    p.interventions[0].effects[0].target = "elders".into();
    let warnings = veerkrachtplanner::io::validate(&p);
    assert!(warnings.len() == 2 && warnings.iter().all(|w| !w.is_error()), "{warnings:?}");
    let mut scenarios = p.scenarios.clone();
    scenarios[0].name = "Crisis, hernoemd".into();
    let undo = apply(&mut p, Edit::SetScenarios(scenarios)).unwrap();
    let mut interventions = p.interventions.clone();
    interventions[0].cost.per_year_eur = 750.0;
    apply(&mut p, Edit::SetInterventions(interventions)).unwrap();
    assert_eq!(p.scenarios[0].name, "Crisis, hernoemd");
    apply(&mut p, undo).unwrap();
    assert_eq!(p.scenarios[0].name, "Nieuwe crisis");
    // An end month out of its range (0 to 1200 months) stays refused.
    let mut scenarios = p.scenarios.clone();
    scenarios[0].shocks[0].shape.end_month = Some(5000.0);
    assert!(matches!(
        refused(&p, Edit::SetScenarios(scenarios)),
        EditError::OutOfRange { field: veerkrachtplanner::edit::Field::EndMonth, .. }
    ));
}
