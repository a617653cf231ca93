//! The default project parses and is stored in its canonical (load → save) form.

use std::path::PathBuf;
use veerkrachtplanner::io::{parse_project, to_ron_string};
use veerkrachtplanner::model::Project;

pub fn default_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("projects/veerkracht-basis.veerkracht")
}

pub fn load_default() -> Project {
    let text = std::fs::read_to_string(default_path()).unwrap();
    parse_project(&text).unwrap_or_else(|e| panic!("standaardproject laadt niet: {e}"))
}

#[test]
fn default_project_parses() {
    let project = load_default();
    assert_eq!(project.format_version, veerkrachtplanner::model::FORMAT_VERSION);
    assert!(!project.variables.is_empty());
}

#[test]
fn default_project_is_canonical() {
    let text = std::fs::read_to_string(default_path()).unwrap();
    let project = parse_project(&text).unwrap();
    assert!(
        to_ron_string(&project) == text,
        "projects/veerkracht-basis.veerkracht is not in canonical form; run \
         `cargo test --no-default-features --test default_model -- --ignored rewrite_canonical`"
    );
}

/// Rewrites the default project in canonical form (load, normalize, save). Run by hand after editing the file.
#[test]
#[ignore = "rewrites projects/veerkracht-basis.veerkracht"]
fn rewrite_canonical() {
    let project = load_default();
    std::fs::write(default_path(), to_ron_string(&project)).unwrap();
}
