//! Atomic saving: `.bak` of the previous version, Dutch errors, nothing left behind on failure.

use crate::fixture;
use veerkrachtplanner::io::{backup_path, load_project_file, save_project_file, to_ron_string};

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn save_keeps_the_previous_file_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gemeente.veerkracht");
    let mut project = load_project_file(&fixture("klein-geldig.veerkracht")).unwrap();
    save_project_file(&project, &path).unwrap();
    assert_eq!(entries(dir.path()), ["gemeente.veerkracht"]);
    let first = std::fs::read(&path).unwrap();

    project.meta.title = "Tweede versie".into();
    save_project_file(&project, &path).unwrap();
    assert_eq!(entries(dir.path()), ["gemeente.veerkracht", "gemeente.veerkracht.bak"]);
    assert_eq!(backup_path(&path), dir.path().join("gemeente.veerkracht.bak"));
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), first);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), to_ron_string(&project));
    assert_eq!(load_project_file(&path).unwrap().meta.title, "Tweede versie");
}

#[test]
fn saving_into_a_missing_folder_fails_in_dutch_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("bestaat_niet");
    let path = missing.join("plan.veerkracht");
    let project = load_project_file(&fixture("klein-geldig.veerkracht")).unwrap();
    let err = save_project_file(&project, &path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("Kan '{}' niet opslaan: de map '{}' bestaat niet.", path.display(), missing.display())
    );
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn saving_over_a_folder_fails_and_keeps_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.veerkracht");
    std::fs::create_dir(&path).unwrap();
    let project = load_project_file(&fixture("klein-geldig.veerkracht")).unwrap();
    let err = save_project_file(&project, &path).unwrap_err();
    assert_eq!(err.to_string(), format!("Kan '{}' niet opslaan: er staat al een map met die naam.", path.display()));
    assert!(path.is_dir());
    assert_eq!(entries(dir.path()), ["plan.veerkracht"]);
}

#[cfg(unix)]
#[test]
fn a_failed_save_leaves_the_old_file_whole() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.veerkracht");
    let project = load_project_file(&fixture("klein-geldig.veerkracht")).unwrap();
    save_project_file(&project, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    // A read-only folder: the temporary file cannot be created. (Root ignores permissions; then the save simply
    // succeeds, which is fine too: either way the file is never truncated.)
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let mut changed = project.clone();
    changed.meta.title = "Anders".into();
    let result = save_project_file(&changed, &path);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    match result {
        Err(e) => {
            assert_eq!(
                e.to_string(),
                format!("Kan '{}' niet opslaan: geen schrijfrechten in deze map.", path.display())
            );
            assert_eq!(std::fs::read(&path).unwrap(), before);
            assert_eq!(entries(dir.path()), ["plan.veerkracht"]);
        }
        Ok(()) => assert_eq!(load_project_file(&path).unwrap().meta.title, "Anders"),
    }
}
