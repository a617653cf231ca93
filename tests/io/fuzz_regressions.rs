//! The fuzz targets' properties (see `fuzz/`) on the seed corpus and on every input a fuzzer found a problem with
//! (`fuzz/crashers/`): any bytes load or give a load error with at least one problem; a project that loads has no
//! errors, saves and reloads identically, and every command works on it.

use std::path::Path;
use veerkrachtplanner::io::{parse_project_with_warnings, to_ron_string, validate};

fn inputs(folder: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(folder);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            (path.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&path).unwrap())
        })
        .filter(|(name, _)| name != ".gitkeep")
        .collect();
    out.sort();
    out
}

/// The `load` target's property; returns the project text when it loads.
fn load_property(name: &str, bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    match parse_project_with_warnings(text) {
        Ok(loaded) => {
            assert!(validate(&loaded.project).iter().all(|p| !p.is_error()), "{name}: a loaded project has errors");
            let again = parse_project_with_warnings(&to_ron_string(&loaded.project)).unwrap();
            assert_eq!(again.project, loaded.project, "{name}: save and reload changed the project");
            Some(text.to_owned())
        }
        Err(e) => {
            assert!(!e.problems.is_empty() && e.problems.iter().all(|p| !p.to_string().is_empty()), "{name}");
            None
        }
    }
}

#[test]
fn the_seed_corpus_loads_or_is_refused_with_problems() {
    let seeds = inputs("corpus/load");
    assert!(seeds.len() >= 10);
    let loaded = seeds.iter().filter(|(name, bytes)| load_property(name, bytes).is_some()).count();
    assert!(loaded >= 3, "the seeds include valid projects");
}

/// The `compare` target's property on every seed that loads and on every example project.
#[test]
fn every_difference_of_the_seeds_can_be_taken_over() {
    let examples = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("projects")).unwrap();
    let mut projects: Vec<_> = examples
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "veerkracht"))
        .map(|p| veerkrachtplanner::io::load_project_file(&p).unwrap())
        .collect();
    assert!(!projects.is_empty());
    for (_, bytes) in inputs("corpus/load").iter().chain(&inputs("crashers")) {
        if let Some(project) =
            std::str::from_utf8(bytes).ok().and_then(|t| veerkrachtplanner::io::parse_project(t).ok())
        {
            projects.push(project);
        }
    }
    for project in &projects {
        crate::compare_property::compare_every_way(project);
    }
}

#[test]
fn every_input_a_fuzzer_found_works_now() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in inputs("crashers") {
        if let Some(text) = load_property(&name, &bytes) {
            let file = dir.path().join("p.veerkracht");
            std::fs::write(&file, text).unwrap();
            crate::worst_file::run_every_command(&file, dir.path());
        }
    }
}
