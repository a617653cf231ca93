//! The shipped default project (`projects/veerkracht-basis.veerkracht`) against the tables of marvel-model.md.

use crate::common::basis_model;
use crate::loops::check_basis_report;
use std::process::Command;
use veerkrachtplanner::analysis::loops::{DEFAULT_LOOP_CAP, LoopKind, describe_loop, find_loops};
use veerkrachtplanner::model::Project;

const BASIS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/veerkracht-basis.veerkracht");

fn loop_signature(p: &Project) -> Vec<(Vec<String>, LoopKind)> {
    let report = find_loops(p, DEFAULT_LOOP_CAP);
    assert!(!report.truncated);
    report.loops.iter().map(|l| (l.variables.iter().map(|v| v.0.clone()).collect(), l.kind)).collect()
}

#[test]
fn default_project_has_the_report_loops() {
    let p = veerkrachtplanner::io::default_project();
    assert_eq!(p.variables.len(), 28);
    assert_eq!(p.links.len(), 47);
    check_basis_report(&p);
    // Same cycles with the same kinds as the model built from the tables.
    assert_eq!(loop_signature(&p), loop_signature(&basis_model()));
}

#[test]
fn describe_loop_one_on_the_default_project() {
    let p = veerkrachtplanner::io::default_project();
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    let one = report.loops.iter().find(|l| l.report_number == Some(1)).unwrap();
    let description = describe_loop(&p, one);
    let steps: Vec<(bool, &str)> = description.steps.iter().map(|s| (s.more, s.name.as_str())).collect();
    assert_eq!(steps, [(true, "stress"), (false, "welbevinden"), (false, "bestaanszekerheid"), (true, "stress")]);
}

#[test]
fn cli_json_on_the_default_project_file() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).args(["loops", BASIS_FILE, "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["truncated"], false);
    let loops = value["loops"].as_array().unwrap();
    let expected = loop_signature(&basis_model());
    assert_eq!(loops.len(), expected.len());
    for (json, (vars, kind)) in loops.iter().zip(&expected) {
        assert_eq!(json["variables"], serde_json::json!(vars));
        assert_eq!(json["kind"], kind_letter(*kind));
    }
    let titled: Vec<&str> = loops.iter().filter_map(|l| l["title"].as_str()).collect();
    for n in 1..=6 {
        let named =
            veerkrachtplanner::analysis::named_loops::NAMED_LOOPS.iter().find(|l| l.report_number == Some(n)).unwrap();
        assert!(titled.contains(&named.title_nl), "loop {n}");
    }
}

fn kind_letter(kind: LoopKind) -> &'static str {
    match kind {
        LoopKind::Reinforcing => "R",
        LoopKind::Balancing => "B",
    }
}
