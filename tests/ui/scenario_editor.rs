//! The scenario editor: a new scenario and a shock typed into every field apply as you type, Ctrl+S in the field
//! saves them, the saved file reads back; one visit to one field is one undo step; the window fits a laptop.

use super::laptop::{LAPTOP, SMALLEST, app_at, assert_inside_and_apart};
use super::*;
use egui::{Key, Modifiers};
use veerkrachtplanner::model::Scenario;

fn open_editor(harness: &mut Harness<'static, PlannerApp>) {
    harness.get_all_by_label("Simulatie").next().unwrap().click();
    harness.run();
    harness.get_by_label("Scenario's bewerken…").click();
    harness.run();
}

/// Focuses the field labelled `label`, selects what it holds and types `text` (no Enter, no Tab).
pub(super) fn type_into(harness: &mut Harness<'static, PlannerApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn scenario_named<'a>(project: &'a Project, name: &str) -> &'a Scenario {
    project.scenarios.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no scenario {name:?}"))
}

#[test]
fn every_scenario_field_applies_as_typed_and_ctrl_s_saves_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crisis.veerkracht");
    let mut harness = app_at(LAPTOP, None);
    run_command(&mut harness, AppCommand::SaveTo(path.clone()));
    open_editor(&mut harness);
    assert!(harness.query_all_by_label("voorbeeldwaarde").next().is_some(), "Nieuwe crisis is a voorbeeldwaarde");
    harness.get_by_label("Nieuw").click();
    harness.run();
    harness.get_by_label("Schok toevoegen").click();
    harness.run();
    let undo_before = harness.state().project().clone();
    type_into(&mut harness, "Naam", "Hittegolf");
    type_into(&mut harness, "Beschrijving", "Drie hete zomers");
    type_into(&mut harness, "Grootte (punten op de schaal 0–100)", "-12,5");
    type_into(&mut harness, "Start (maand)", "6");
    type_into(&mut harness, "Duur (maanden)", "9");
    type_into(&mut harness, "Maanden tot volle sterkte", "1,5");
    type_into(&mut harness, "Maanden dat het nog nawerkt", "4");
    // Ctrl+S while the last field still has the keyboard.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty(), "saved");
    let saved = veerkrachtplanner::io::load_project_file(&path).unwrap();
    let s = scenario_named(&saved, "Hittegolf");
    assert_eq!(s.description, "Drie hete zomers");
    let shock = &s.shocks[0];
    assert!((shock.effect + 12.5).abs() < 1e-9, "size {}", shock.effect);
    assert!((shock.shape.start_month - 6.0).abs() < 1e-9);
    assert_eq!(shock.shape.end_month, Some(15.0), "start 6 + 9 months");
    assert!((shock.shape.ramp_up_months - 1.5).abs() < 1e-9);
    assert!((shock.shape.after_effect_months - 4.0).abs() < 1e-9);
    // Seven fields were visited: seven undo steps give back the scenario as it was before the typing.
    for _ in 0..7 {
        run_command(&mut harness, AppCommand::Undo);
    }
    assert_eq!(harness.state().project(), &undo_before);
    for _ in 0..7 {
        run_command(&mut harness, AppCommand::Redo);
    }
    let mut redone = harness.state().project().clone();
    redone.normalize();
    let mut saved = saved;
    saved.normalize();
    assert_eq!(redone.scenarios, saved.scenarios, "redo gives exactly what was saved");
}

#[test]
fn the_scenario_editor_fits_a_laptop() {
    for size in [LAPTOP, SMALLEST] {
        let mut harness = app_at(size, None);
        open_editor(&mut harness);
        assert_inside_and_apart(
            &harness,
            size,
            &["Scenario", "Nieuw", "Dupliceren", "Verwijderen", "Naam", "Beschrijving", "Schok toevoegen"],
        );
        assert_inside_and_apart(
            &harness,
            size,
            &["Grootte (punten op de schaal 0–100)", "Start (maand)", "Maanden tot volle sterkte"],
        );
    }
}
