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
    assert!(h.query_by_label("Variabele 'Beta' hernoemd naar 'Beta (GGD)'").is_some());
    assert!(h.get_all_by_label_contains("naam: 'Beta' → 'Beta (GGD)'").count() >= 1);
    assert!(h.query_by_label("Variabele 'Delta' verwijderd").is_some());
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

/// The fixture with link A → B turned negative, link B → C removed and a new variable Epsilon with a link Epsilon → A.
fn other_version_with_links(dir: &Path) -> std::path::PathBuf {
    let mut other = fixture_project();
    other.links[0].polarity = veerkrachtplanner::model::Polarity::Negative;
    other.links.retain(|l| l.id.as_str() != "b__c");
    other.retired_ids.push("b__c".into());
    other.variables.push(veerkrachtplanner::model::Variable::new(
        VariableId::new("e"),
        "Epsilon",
        veerkrachtplanner::model::ResourceKind::Societal,
    ));
    other.layout.positions.insert(VariableId::new("e"), veerkrachtplanner::model::Position::new(-300.0, 200.0));
    other.links.push(veerkrachtplanner::model::Link::new(
        veerkrachtplanner::model::LinkId::new("e__a"),
        "e".into(),
        "a".into(),
        veerkrachtplanner::model::Polarity::Positive,
    ));
    let path = dir.join("met-verbanden.veerkracht");
    veerkrachtplanner::io::save_project_file(&other, &path).unwrap();
    path
}

#[test]
fn the_canvas_shows_changed_removed_and_added_links_in_the_legend_colours() {
    use veerkrachtplanner::model::LinkId;
    use veerkrachtplanner::ui::compare::{MarkShape, marks};
    use veerkrachtplanner::ui::theme;
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::ComparePath(other_version_with_links(dir.path())));
    assert!(h.state().compare.is_some(), "{}", h.state().status.text);
    h.run();
    // Every link difference is on the canvas, with a label naming it.
    assert!(h.query_by_label_contains("Verschil in het model: Verband 'Alpha → Beta' gewijzigd").is_some());
    assert!(h.query_by_label_contains("Verschil in het model: Verband 'Beta → Gamma' verwijderd").is_some());
    assert!(h.query_by_label_contains("Verschil in het model: Verband 'Epsilon → Alpha' toegevoegd").is_some());
    assert!(h.query_by_label_contains("Verschil in het model: Variabele 'Epsilon' toegevoegd").is_some());

    // In the colours of the legend; what exists only in the other version is dashed where it is there.
    let state = h.state();
    let view = state.compare.as_ref().unwrap();
    let marks = marks(view, state.project());
    let of = |key: Key| marks.iter().find(|(m, _)| m.key == key).map(|(m, _)| m.clone()).unwrap();
    let changed = of(Key::Link(LinkId::new("a__b")));
    assert_eq!((changed.colour, changed.dashed), (theme::COMPARE_CHANGED, false));
    let removed = of(Key::Link(LinkId::new("b__c")));
    assert_eq!((removed.colour, removed.dashed), (theme::COMPARE_REMOVED, false));
    assert_eq!(removed.shape, MarkShape::Line { from: egui::pos2(360.0, 0.0), to: egui::pos2(180.0, 260.0) });
    let added = of(Key::Link(LinkId::new("e__a")));
    assert_eq!((added.colour, added.dashed), (theme::COMPARE_ADDED, true));
    // From Epsilon where it is in the other version to Alpha here.
    assert_eq!(added.shape, MarkShape::Line { from: egui::pos2(-300.0, 200.0), to: egui::pos2(0.0, 0.0) });
    let ghost = of(Key::Variable(VariableId::new("e")));
    assert_eq!(ghost.shape, MarkShape::Ring { centre: egui::pos2(-300.0, 200.0), ghost: Some("Epsilon".into()) });
    assert!(ghost.dashed);
}

#[test]
fn an_item_conflict_shows_both_versions_of_the_item_side_by_side() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let own = dir.path().join("fixture.veerkracht");
    run_command(&mut h, AppCommand::SaveTo(own.clone()));
    // They remove Delta; we rename it: one item conflict.
    let mut theirs = veerkrachtplanner::io::load_project_file(&own).unwrap();
    theirs.variables.retain(|v| v.id.as_str() != "d");
    theirs.layout.positions.remove(&VariableId::new("d"));
    theirs.retired_ids.push("d".into());
    veerkrachtplanner::io::stamp_revision(&mut theirs, &veerkrachtplanner::model::SavedBy::current("GGD", "Fatima"));
    let theirs_path = dir.path().join("hun.veerkracht");
    veerkrachtplanner::io::save_project_file(&theirs, &theirs_path).unwrap();
    run_command(&mut h, AppCommand::RenameVariable { variable: "d".into(), name: "Delta 2".into() });
    run_command(&mut h, AppCommand::ComparePath(theirs_path));
    run_command(&mut h, AppCommand::MergeWithBase(Some(own)));
    let merge = h.state().compare.as_ref().unwrap().merge.as_ref().unwrap();
    assert_eq!(merge.result.conflicts.len(), 1);
    h.run();
    // This version's column shows the item with its changed name, the other one that it was removed.
    assert!(h.query_by_label_contains("naam: 'Delta' → 'Delta 2'").is_some());
    assert!(h.query_by_label("verwijderd").is_some());
}

#[test]
fn a_restored_recovery_copy_keeps_the_lineage_of_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("herstel");
    let path = write_fixture(dir.path());
    let config = AppConfig {
        initial_file: Some(path.clone()),
        recovery_dir: Some(recovery),
        autosave_interval: std::time::Duration::ZERO,
        ..AppConfig::default()
    };
    let mut h = harness(config.clone());
    // Save once so the file has a revision, then change it without saving: the autosave writes a recovery copy.
    run_command(&mut h, AppCommand::SaveTo(path.clone()));
    let saved = veerkrachtplanner::io::load_project_file(&path).unwrap().lineage;
    assert!(!saved.revision.is_empty());
    run_command(&mut h, AppCommand::RenameVariable { variable: "c".into(), name: "Hersteld".into() });
    h.run();
    drop(h);

    let mut h2 = harness(AppConfig { initial_file: None, ..config });
    h2.get_by_label("Terugzetten").click();
    h2.run();
    assert_eq!(h2.state().project().variable(&"c".into()).unwrap().name, "Hersteld");
    assert_eq!(h2.state().document.lineage, saved, "the restored work still descends from the saved file");
    // Saving it makes a new revision whose parent is the file it was edited from.
    run_command(&mut h2, AppCommand::SaveTo(path.clone()));
    let after = veerkrachtplanner::io::load_project_file(&path).unwrap().lineage;
    assert_ne!(after.revision, saved.revision);
    assert_eq!(after.parents, vec![saved.revision.clone()]);
}

/// Without a native dialog, Bestand → Vergelijken met… picks the other version in the in-app file window.
#[test]
fn compare_with_picks_the_other_version_in_the_in_app_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let other = other_version(dir.path());
    h.get_by_label("Bestand").click();
    h.run();
    h.get_by_label_contains("Vergelijken met").click();
    h.run();
    assert!(h.query_by_label("Vergelijken met").is_some(), "the in-app window is open");
    assert!(h.query_by_label("terug-van-de-ggd.veerkracht").is_some(), "the folder's project files are listed");
    let name = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Bestandsnaam");
    name.focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Bestandsnaam").type_text("terug-van-de-ggd.veerkracht");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.run();
    let compare = h.state().compare.as_ref().expect("the compare window is open");
    assert_eq!(compare.other_path, other);
    assert!(h.query_by_label("Variabele 'Beta' hernoemd naar 'Beta (GGD)'").is_some());
}
