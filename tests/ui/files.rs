//! Saving, reopening, damaged files, unsaved changes, recovery.

use super::*;
use egui_kittest::kittest::Queryable;
use std::time::Duration;
use veerkrachtplanner::app::UnsavedChoice;

#[test]
fn save_to_a_file_and_reopen_gives_the_identical_project() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::RenameVariable { variable: "b".into(), name: "Béta ‘quoted’".into() });
    assert!(h.state().is_dirty());
    let target = dir.path().join("opgeslagen.veerkracht");
    run_command(&mut h, AppCommand::SaveTo(target.clone()));
    assert!(!h.state().is_dirty(), "saved: {}", h.state().status.text);
    assert!(!h.state().window_title().contains('•'));
    let saved = normalized(h.state().project().clone());

    let h2 = harness(AppConfig { initial_file: Some(target.clone()), ..AppConfig::default() });
    assert_eq!(normalized(h2.state().project().clone()), saved);
    assert_eq!(h2.state().document.path.as_deref(), Some(target.as_path()));
    assert_eq!(h2.state().settings.recent_files.first(), Some(&target));
}

#[test]
fn a_damaged_file_shows_every_problem_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let before = h.state().project().clone();
    let damaged = dir.path().join("kapot.veerkracht");
    std::fs::write(&damaged, "(format_version: 1, variables: [ (id: \"x\", name: ").unwrap();
    run_command(&mut h, AppCommand::OpenPath(damaged));
    assert!(h.query_by_label("Het bestand kan niet worden geopend").is_some(), "the problem dialog is shown");
    assert!(h.state().status.is_error);
    assert_eq!(h.state().project(), &before, "the open project is untouched");
    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().dialog.is_none());
}

#[test]
fn unsaved_changes_prompt_on_new() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::RenameVariable { variable: "a".into(), name: "Anders".into() });
    run_command(&mut h, AppCommand::NewProject);
    assert!(h.query_by_label("Niet-opgeslagen wijzigingen").is_some());
    h.get_by_label("Annuleren").click();
    h.run();
    assert!(h.state().dialog.is_none());
    assert_eq!(h.state().project().variable(&"a".into()).unwrap().name, "Anders", "cancel keeps the work");

    run_command(&mut h, AppCommand::NewProject);
    h.get_by_label("Niet opslaan").click();
    h.run();
    assert!(h.state().project().variable(&"a".into()).is_none(), "the new project replaced the old one");
    assert!(!h.state().is_dirty());
    assert!(h.state().document.path.is_none());
}

#[test]
fn unsaved_changes_prompt_save_then_continue() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    run_command(&mut h, AppCommand::RenameVariable { variable: "a".into(), name: "Bewaard".into() });
    run_command(&mut h, AppCommand::NewProject);
    run_command(&mut h, AppCommand::ResolveUnsaved(UnsavedChoice::Save));
    let on_disk = veerkrachtplanner::io::load_project_file(&path).unwrap();
    assert_eq!(on_disk.variable(&"a".into()).unwrap().name, "Bewaard");
    assert!(h.state().document.path.is_none(), "after saving, the new project was started");
}

#[test]
fn autosave_writes_a_recovery_copy_that_is_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("herstel");
    let path = write_fixture(dir.path());
    let config = AppConfig {
        initial_file: Some(path),
        recovery_dir: Some(recovery.clone()),
        autosave_interval: Duration::ZERO,
        ..AppConfig::default()
    };
    let mut h = harness(config.clone());
    // Several kinds of edit: a rename, a new variable, a link, new settings.
    run_command(&mut h, AppCommand::RenameVariable { variable: "c".into(), name: "Hersteld".into() });
    run_command(&mut h, AppCommand::AddVariableAt(veerkrachtplanner::model::Position::new(300.0, 120.0)));
    let mut settings = h.state().project().settings.clone();
    settings.horizon_months = 84;
    settings.method = veerkrachtplanner::model::SimMethod::Rk4;
    run_command(&mut h, AppCommand::Edit(veerkrachtplanner::edit::Edit::SetSettings(settings)));
    h.run();
    let edited = h.state().project().clone();
    // The app ends without saving or closing (as when it is killed): nothing but the autosave is on disk.
    drop(h);

    let mut h2 = harness(AppConfig { initial_file: None, ..config });
    assert!(h2.query_by_label("Niet-opgeslagen werk gevonden").is_some());
    h2.get_by_label("Terugzetten").click();
    h2.run();
    assert_eq!(h2.state().project().variable(&"c".into()).unwrap().name, "Hersteld");
    assert_eq!(normalized(h2.state().project().clone()), normalized(edited), "the restored project is the edited one");
    assert!(h2.state().is_dirty(), "restored work is not saved yet");
}
