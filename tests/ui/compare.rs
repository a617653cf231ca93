//! Bestand → Vergelijken met…: compare with another version, accept one difference, undo; three-way merge.

use super::*;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::diff::Key;

/// The fixture with Beta renamed and Delta removed: two differences in two kinds of change.
fn other_version(dir: &Path) -> std::path::PathBuf {
    let mut other = fixture_project();
    other.variables[1].name = "Beta (GGD)".into();
    other.variables.retain(|v| v.id.as_str() != "d");
    other.layout.positions.remove(&VariableId::new("d"));
    other.retired_ids.push("d".into());
    let path = dir.join("terug-van-de-ggd.veerkracht");
    veerkrachtplanner::io::save_project_file(&other, &path).unwrap();
    path
}

#[test]
fn compare_accept_one_difference_then_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let before = h.state().project().clone();
    run_command(&mut h, AppCommand::ComparePath(other_version(dir.path())));
    assert!(h.state().compare.is_some(), "{}", h.state().status.text);
    // The window lists the rename as a change, with the field old → new in words.
    assert!(h.query_by_label_contains("Variabele 'Beta (GGD)' gewijzigd").is_some());
    assert!(h.query_by_label_contains("naam: 'Beta' → 'Beta (GGD)'").is_some());
    assert!(h.query_by_label_contains("Variabele 'Delta' verwijderd").is_some());
    assert_eq!(h.state().project(), &before, "comparing changes nothing");

    // Accept only the rename (the first "Overnemen" row button belongs to the first variable difference).
    let accept = h.get_all_by_label("Overnemen").next().unwrap();
    accept.click();
    h.run();
    let project = h.state().project();
    assert_eq!(project.variable(&VariableId::new("b")).unwrap().name, "Beta (GGD)");
    assert!(project.variable(&VariableId::new("d")).is_some(), "the other difference was not taken");
    assert!(h.state().is_dirty());
    // The window now lists only what is still different.
    let left: Vec<Key> = h.state().compare.as_ref().unwrap().diff.differences.iter().map(|d| d.key.clone()).collect();
    assert!(!left.contains(&Key::Variable(VariableId::new("b"))));
    assert!(left.contains(&Key::Variable(VariableId::new("d"))));

    // One undo takes the accepted difference back.
    run_command(&mut h, AppCommand::Undo);
    assert_eq!(h.state().project(), &before);
}

#[test]
fn a_three_way_merge_with_the_saved_file_as_base_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let own = dir.path().join("fixture.veerkracht");
    // Save once (stamps a revision), the other version starts from that file.
    run_command(&mut h, AppCommand::RenameVariable { variable: "a".into(), name: "Alpha 2".into() });
    run_command(&mut h, AppCommand::SaveTo(own.clone()));
    let base = veerkrachtplanner::io::load_project_file(&own).unwrap();
    assert!(!base.lineage.revision.is_empty(), "saving records a revision");
    let mut theirs = base.clone();
    theirs.variables[2].baseline = 70.0;
    veerkrachtplanner::io::stamp_revision(&mut theirs, &veerkrachtplanner::model::SavedBy::current("GGD", "Fatima"));
    let theirs_path = dir.path().join("hun.veerkracht");
    veerkrachtplanner::io::save_project_file(&theirs, &theirs_path).unwrap();
    // Our own change after the save.
    run_command(&mut h, AppCommand::RenameVariable { variable: "d".into(), name: "Delta 2".into() });
    run_command(&mut h, AppCommand::ComparePath(theirs_path));
    let compare = h.state().compare.as_ref().unwrap();
    assert_eq!(compare.base_candidate.as_deref(), Some(own.as_path()), "the file on disk is the common base");
    run_command(&mut h, AppCommand::MergeWithBase(Some(own)));
    let merge = h.state().compare.as_ref().unwrap().merge.as_ref().unwrap();
    assert!(merge.result.conflicts.is_empty());
    h.get_by_label("Samenvoeging overnemen").click();
    h.run();
    let p = h.state().project();
    assert_eq!(p.variable(&VariableId::new("c")).unwrap().baseline, 70.0, "their change is taken");
    assert_eq!(p.variable(&VariableId::new("d")).unwrap().name, "Delta 2", "our change stays");
    assert_eq!(h.state().document.lineage.parents.len(), 2, "both versions are parents of the merge");
    run_command(&mut h, AppCommand::Undo);
    assert_eq!(h.state().project().variable(&VariableId::new("c")).unwrap().baseline, 50.0);
}

#[test]
fn a_saved_file_records_who_saved_it_and_the_program_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::EditSavedBy);
    assert!(h.query_by_label("Organisatie").is_some(), "the window asks for the organisation");
    h.state_mut().settings.organisation = "GGD Hollands Midden".into();
    h.state_mut().settings.user_name = "Fatima".into();
    run_command(&mut h, AppCommand::RenameVariable { variable: "a".into(), name: "Alpha 2".into() });
    let target = dir.path().join("door-ggd.veerkracht");
    run_command(&mut h, AppCommand::SaveTo(target.clone()));
    let saved = veerkrachtplanner::io::load_project_file(&target).unwrap();
    let by = &saved.lineage.saved_by;
    assert_eq!((by.organisation.as_str(), by.name.as_str()), ("GGD Hollands Midden", "Fatima"));
    assert_eq!(by.program_version, env!("CARGO_PKG_VERSION"));
    assert_eq!(saved.lineage.revision, veerkrachtplanner::io::content_revision(&saved));
}
