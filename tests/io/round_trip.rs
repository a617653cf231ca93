//! Every shipped project (and the valid fixtures) survives load → save → load unchanged, and saving is
//! byte-for-byte deterministic.

use crate::fixture;
use std::path::{Path, PathBuf};
use veerkrachtplanner::io::{
    load_project_file, load_project_file_with_warnings, parse_project, save_project_file, to_ron_string,
};

fn shipped_projects() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "veerkracht"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no *.veerkracht files in {}", dir.display());
    files
}

fn round_trip(path: &Path) {
    let shown = path.display();
    let loaded = load_project_file_with_warnings(path).unwrap_or_else(|e| panic!("{shown} does not load:\n{e}"));
    assert!(loaded.warnings.is_empty(), "{shown} has warnings: {:#?}", loaded.warnings);
    let first = to_ron_string(&loaded.project);
    assert!(first.ends_with(")\n"), "{shown}: saved text must end with ')' and a newline");
    let again = parse_project(&first).unwrap_or_else(|e| panic!("{shown} saved text does not load:\n{e}"));
    let mut normalized = loaded.project.clone();
    normalized.normalize();
    assert_eq!(again, normalized, "{shown}: load → save → load changed the project");
    let second = to_ron_string(&again);
    assert_eq!(first, second, "{shown}: second save differs from the first");

    // Through the file system too: same bytes.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(path.file_name().unwrap());
    save_project_file(&again, &out).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first, "{shown}: file differs from to_ron_string");
    assert_eq!(load_project_file(&out).unwrap(), normalized);
}

#[test]
fn every_shipped_project_round_trips() {
    for path in shipped_projects() {
        round_trip(&path);
    }
}

#[test]
fn valid_fixtures_round_trip() {
    round_trip(&fixture("klein-geldig.veerkracht"));
    round_trip(&fixture("versie-0.veerkracht"));
}

#[test]
fn awkward_values_round_trip() {
    use veerkrachtplanner::model::{Delay, Project, ResourceKind, Strength, Variable};
    let mut p = parse_project(&std::fs::read_to_string(fixture("klein-geldig.veerkracht")).unwrap()).unwrap();
    p.meta.notes = "Regel één\nmet \"aanhalingstekens\", \\ en een tab\t, emoji 🙂 en // geen commentaar".into();
    p.variable_mut(&"stress".into()).unwrap().baseline = 0.1 + 0.2; // not exactly representable: must come back bit for bit
    p.variables[1].adjustment_months = 1e-7;
    p.variables.push(Variable::new("a_eerste".into(), "Árbeid — ‘werk’", ResourceKind::Organisational));
    p.links[0].strength = Strength::Custom(1.0 / 3.0);
    p.links[0].delay = Delay::Months(599.999_999_999);
    p.layout.positions.values_mut().for_each(|pos| pos.x = -0.0);
    let text = to_ron_string(&p);
    let back = parse_project(&text).unwrap();
    let mut expected: Project = p.clone();
    expected.normalize();
    assert_eq!(back, expected);
    assert_eq!(
        back.variables.iter().find(|v| v.id.as_str() == "stress").unwrap().baseline.to_bits(),
        (0.1f64 + 0.2).to_bits()
    );
    assert_eq!(to_ron_string(&back), text);
}

#[test]
fn a_large_project_round_trips() {
    use veerkrachtplanner::model::{Link, Polarity, Position, Project, ResourceKind, Variable};
    let mut p = Project::default();
    for i in 0..1000 {
        p.variables.push(Variable::new(
            format!("v{i}").as_str().into(),
            format!("Variabele {i}"),
            ResourceKind::ALL[i % 3],
        ));
        p.layout.positions.insert(format!("v{i}").as_str().into(), Position::new(i as f32 * 1.5, (i % 37) as f32));
    }
    for i in 0..3000 {
        let (from, to) = (i % 1000, (i % 1000 + 1 + (i / 1000) * 17) % 1000);
        p.links.push(Link::new(
            format!("l{i}").as_str().into(),
            format!("v{from}").as_str().into(),
            format!("v{to}").as_str().into(),
            Polarity::Positive,
        ));
    }
    let text = to_ron_string(&p);
    let loaded = veerkrachtplanner::io::parse_project_with_warnings(&text).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.project.variables.len(), 1000);
    assert_eq!(loaded.project.links.len(), 3000);
    assert_eq!(to_ron_string(&loaded.project), text);
}
