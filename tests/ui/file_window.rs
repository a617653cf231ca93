//! The in-app file window (used when no native dialog can be shown, or by setting): Opslaan als, Openen and
//! Exporteren driven as a user does, by typing a name and confirming; the unsaved-changes prompt's "Opslaan" for an
//! untitled project goes through it and the waiting action happens only after a successful save.

use super::*;
use egui::accesskit::Role;
use std::path::PathBuf;
use veerkrachtplanner::app::settings::Settings;
use veerkrachtplanner::app::{ExportKind, UnsavedChoice};

fn name_field<'a>(h: &'a Harness<'static, PlannerApp>) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(Role::TextInput, "Bestandsnaam")
}

/// Selects the name field's text, types `name` over it and presses Enter.
fn type_name_and_enter(h: &mut Harness<'static, PlannerApp>, name: &str) {
    name_field(h).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    name_field(h).type_text(name);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
}

/// The content only: a saved file carries a new revision in its lineage.
fn without_lineage(mut p: Project) -> Project {
    p.lineage = veerkrachtplanner::model::Lineage::default();
    normalized(p)
}

/// An untitled project with one change, whose file window starts in `dir` (a recent folder).
fn untitled_with_change(dir: &Path) -> Harness<'static, PlannerApp> {
    let settings = Settings { recent_folders: vec![dir.to_path_buf()], ..Settings::default() };
    let mut h = harness(AppConfig { settings, ..AppConfig::default() });
    run_command(&mut h, AppCommand::AddVariableAt(Position::new(0.0, 0.0)));
    assert!(h.state().is_dirty());
    h
}

#[test]
fn save_as_through_the_in_app_window_writes_the_typed_name_with_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::RenameVariable { variable: "b".into(), name: "Bèta".into() });
    h.get_by_label("Bestand").click();
    h.run();
    h.get_by_label_contains("Opslaan als").click();
    h.run();
    assert!(h.query_by_label("Project opslaan als").is_some(), "the in-app window is open");
    assert!(h.state().status.text.contains("eigen bestandsvenster"), "says why: {}", h.state().status.text);
    assert!(h.query_by_label("fixture.veerkracht").is_some(), "the folder's project files are listed");
    type_name_and_enter(&mut h, "nieuw plan");

    let target = dir.path().join("nieuw plan.veerkracht");
    assert!(h.state().file_window.picker.is_none(), "the window closed");
    assert!(!h.state().is_dirty(), "{}", h.state().status.text);
    assert_eq!(h.state().document.path.as_deref(), Some(target.as_path()));
    let read_back = veerkrachtplanner::io::load_project_file(&target).unwrap();
    assert_eq!(without_lineage(read_back), without_lineage(h.state().project().clone()));
    assert_eq!(h.state().settings.recent_folders.first().map(PathBuf::as_path), Some(dir.path()));
}

#[test]
fn an_existing_file_is_overwritten_only_after_asking() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::RenameVariable { variable: "a".into(), name: "Nieuw".into() });
    run_command(&mut h, AppCommand::SaveAs);
    type_name_and_enter(&mut h, "fixture");
    assert!(h.query_by_label_contains("bestaat al. Overschrijven?").is_some(), "asks before overwriting");
    assert!(h.state().is_dirty(), "nothing written yet");
    h.get_by_label("Overschrijven").click();
    h.run();
    assert!(!h.state().is_dirty(), "{}", h.state().status.text);
    let read_back = veerkrachtplanner::io::load_project_file(&dir.path().join("fixture.veerkracht")).unwrap();
    assert_eq!(read_back.variable(&"a".into()).unwrap().name, "Nieuw");
}

#[test]
fn open_through_the_in_app_window_goes_into_a_folder_and_opens_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    std::fs::create_dir(dir.path().join("archief")).unwrap();
    let mut other = fixture_project();
    other.variables.retain(|v| v.id.as_str() != "d");
    other.layout.positions.remove(&VariableId::new("d"));
    let other_path = dir.path().join("archief").join("ander.veerkracht");
    veerkrachtplanner::io::save_project_file(&other, &other_path).unwrap();
    std::fs::write(dir.path().join("archief").join("notities.txt"), "geen project").unwrap();

    run_command(&mut h, AppCommand::Open);
    assert!(h.query_by_label("Project openen").is_some());
    h.get_by_label("archief/").click();
    h.run();
    assert!(h.query_by_label("notities.txt").is_none(), "only project files are listed");
    h.get_by_label("ander.veerkracht").click();
    h.run();
    h.get_by_label("Openen").click();
    h.run();
    assert_eq!(h.state().document.path.as_deref(), Some(other_path.as_path()), "{}", h.state().status.text);
    assert_eq!(normalized(h.state().project().clone()), normalized(other));
}

#[test]
fn export_through_the_in_app_window_when_the_setting_asks_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_fixture(dir.path());
    let settings = Settings { own_file_dialog: true, ..Settings::default() };
    let mut h = harness(AppConfig { settings, initial_file: Some(path), native_dialogs: true, ..AppConfig::default() });
    run_command(&mut h, AppCommand::Export(ExportKind::PlanPdf));
    assert!(h.query_by_label("Exporteren naar").is_some(), "the setting forces the in-app window");
    assert!(!h.state().status.text.contains("eigen bestandsvenster"), "no reason to explain: it was asked for");
    assert_eq!(name_field(&h).value().as_deref(), Some("fixture.pdf"), "the name follows the project");
    name_field(&h).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    name_field(&h).type_text("raadsvoorstel");
    h.run();
    h.get_by_label("Opslaan").click();
    settle(&mut h);
    let bytes = std::fs::read(dir.path().join("raadsvoorstel.pdf")).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"), "{}", h.state().status.text);
    assert!(h.state().status.text.contains("Geëxporteerd"));
}

#[test]
fn the_unsaved_prompt_saves_an_untitled_project_and_goes_on_only_after_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = untitled_with_change(dir.path());
    let before = h.state().project().clone();

    // A save that fails (the folder does not exist): the new project does not replace the work.
    run_command(&mut h, AppCommand::NewProject);
    h.get_by_label("Opslaan").click();
    h.run();
    type_name_and_enter(&mut h, "bestaat-niet/plan");
    let reason = h.state().status.text.clone();
    assert!(h.state().status.is_error && reason.contains("bestaat niet"), "the failure is shown: {reason}");
    assert_eq!(h.state().project(), &before, "the work is still there");
    assert!(h.state().is_dirty());
    assert!(h.query_by_label("Project opslaan als").is_some(), "the window is back to try another name");
    assert!(h.query_by_label(&reason).is_some(), "with the reason in it");

    // Cancelling the window cancels the waiting action too.
    h.get_by_label("Annuleren").click();
    h.run();
    assert_eq!(h.state().project(), &before);
    assert!(h.state().dialog.is_none() && h.state().file_window.picker.is_none());

    // A save that succeeds: then the new project comes.
    run_command(&mut h, AppCommand::NewProject);
    h.state_mut().queue(AppCommand::ResolveUnsaved(UnsavedChoice::Save));
    h.run();
    type_name_and_enter(&mut h, "bewaard");
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    let saved = veerkrachtplanner::io::load_project_file(&dir.path().join("bewaard.veerkracht")).unwrap();
    assert_eq!(without_lineage(saved), without_lineage(before.clone()));
    assert_ne!(h.state().project(), &before, "the new project replaced the saved one");
    assert!(h.state().document.path.is_none() && !h.state().is_dirty());
}
