//! Creating, renaming, linking, changing polarity, deleting — and undoing and redoing each step.

use super::*;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::model::Polarity;

#[test]
fn create_a_variable_and_rename_it_then_undo_and_redo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let before = h.state().project().variables.len();

    h.get_by_label("Nieuwe variabele").click();
    h.run();
    assert_eq!(h.state().project().variables.len(), before + 1, "the + button adds a variable");
    assert!(variable_named(h.state().project(), "Nieuwe variabele").is_some());

    let field = h.get_by_label("Naam van de variabele");
    assert!(field.is_focused(), "the name of a new variable is in edit at once");
    // The default name is selected: typing replaces it.
    field.type_text("Eenzaamheid");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    let renamed = variable_named(h.state().project(), "Eenzaamheid").expect("renamed in place");
    let id = renamed.id.clone();
    assert!(h.state().is_dirty());
    assert!(h.state().window_title().contains('•'), "the title marks unsaved changes");

    // Undo the rename, then the creation; redo both.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().project().variable(&id).unwrap().name, "Nieuwe variabele");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().project().variable(&id).is_none());
    assert_eq!(h.state().project().variables.len(), before);
    assert!(!h.state().is_dirty(), "back at the saved state");
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(h.state().project().variable(&id).unwrap().name, "Nieuwe variabele");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().project().variable(&id).unwrap().name, "Eenzaamheid");
}

#[test]
fn link_two_variables_and_flip_the_polarity() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let links_before = h.state().project().links.len();

    canvas_node(&h, "Gamma").click_secondary();
    h.run();
    h.get_by_label("Verband toevoegen vanaf hier").click();
    h.run();
    canvas_node(&h, "Delta").click();
    h.run();
    let project = h.state().project();
    assert_eq!(project.links.len(), links_before + 1);
    let link = project.links.iter().find(|l| l.from.as_str() == "c" && l.to.as_str() == "d").expect("link c → d");
    assert_eq!(link.polarity, Polarity::Positive, "a new link is + by default");
    let link_id = link.id.clone();

    // The new link is selected: the inspector shows its polarity.
    h.get_by_label("−  meer leidt tot minder").click();
    h.run();
    assert_eq!(h.state().project().link(&link_id).unwrap().polarity, Polarity::Negative);

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().project().link(&link_id).unwrap().polarity, Polarity::Positive);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.state().project().link(&link_id).is_none(), "undo removes the link");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().project().link(&link_id).unwrap().polarity, Polarity::Negative);
}

#[test]
fn delete_a_variable_with_its_links_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let original = normalized(h.state().project().clone());

    canvas_node(&h, "Alpha").click();
    h.run();
    assert!(h.state().view.selection.variables.contains(&"a".into()));
    h.key_press(egui::Key::Delete);
    h.run();
    let p = h.state().project();
    assert!(p.variable(&"a".into()).is_none());
    assert!(p.links.iter().all(|l| l.from.as_str() != "a" && l.to.as_str() != "a"), "links to Alpha are gone");
    assert_eq!(p.links.len(), 1);

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let mut restored = h.state().project().clone();
    restored.retired_ids.clear();
    let mut expected = original.clone();
    expected.retired_ids.clear();
    assert_eq!(normalized(restored), expected, "undo puts everything back");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert!(h.state().project().variable(&"a".into()).is_none());
}

#[test]
fn inspector_changes_strength_in_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    h.state_mut().view.selection = veerkrachtplanner::ui::view_state::Selection::only_link("a__b".into());
    h.run();
    h.get_by_label("Sterkte").click();
    h.run();
    h.get_by_label("zeer sterk").click();
    h.run();
    let link = h.state().project().link(&"a__b".into()).unwrap();
    assert_eq!(link.strength, veerkrachtplanner::model::Strength::VeryStrong);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let link = h.state().project().link(&"a__b".into()).unwrap();
    assert_eq!(link.strength, veerkrachtplanner::model::Strength::Medium);
}

#[test]
fn language_switch_changes_the_menus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    h.get_by_label("Beeld").click();
    h.run();
    h.get_by_label("Taal").hover();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("Bestand").is_none());
}

/// A name still being typed on the canvas (the cursor in the field, no Enter yet) is in the file that Ctrl+S writes.
#[test]
fn a_name_typed_on_the_canvas_is_saved_by_ctrl_s_before_enter() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    h.get_by_label("Nieuwe variabele").click();
    h.run();
    let field = h.get_by_label("Naam van de variabele");
    assert!(field.is_focused(), "the name of a new variable is in edit at once");
    field.type_text("Eenzaamheid");
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.run();
    let on_disk = veerkrachtplanner::io::load_project_file(&path).unwrap();
    assert!(variable_named(&on_disk, "Eenzaamheid").is_some(), "the typed name is in the saved file");
    assert!(!h.state().is_dirty(), "saved: {}", h.state().status.text);
    // The rename is one undo step, like a rename ended with Enter.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(variable_named(h.state().project(), "Nieuwe variabele").is_some());
}
