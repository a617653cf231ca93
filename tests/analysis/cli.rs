//! `veerkrachtplanner loops FILE [--json]`.

use crate::common::basis_model;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn basis_file() -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new().suffix(".veerkracht").tempfile().unwrap();
    veerkrachtplanner::io::save_project_file(&basis_model(), file.path()).unwrap();
    file
}

#[test]
fn json_output_has_the_agreed_shape() {
    let file = basis_file();
    let (code, stdout, _) = run(&["loops", file.path().to_str().unwrap(), "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let obj = value.as_object().unwrap();
    assert_eq!(obj.len(), 2);
    assert_eq!(obj["truncated"], serde_json::Value::Bool(false));
    let loops = obj["loops"].as_array().unwrap();
    assert!(!loops.is_empty());
    for l in loops {
        let o = l.as_object().unwrap();
        assert_eq!(o.len(), 3);
        assert!(o["kind"] == "R" || o["kind"] == "B");
        assert!(o["title"].is_null() || o["title"].is_string());
        let vars: Vec<&str> = o["variables"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(vars[0], *vars.iter().min().unwrap());
    }
    let one = loops.iter().find(|l| l["title"] == "Welbevinden, bestaanszekerheid en stress").unwrap();
    assert_eq!(one["kind"], "R");
    assert_eq!(one["variables"], serde_json::json!(["bestaanszekerheid", "stress", "welbevinden"]));
    let help = loops
        .iter()
        .find(|l| l["variables"] == serde_json::json!(["mentale_problemen", "signalering", "professionele_hulp"]))
        .unwrap();
    assert_eq!(help["kind"], "B");
}

#[test]
fn table_output_in_dutch() {
    let file = basis_file();
    let (code, stdout, _) = run(&["loops", file.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("terugkoppellussen gevonden"));
    assert!(stdout.contains("Welbevinden, bestaanszekerheid en stress (lus 1 uit het rapport)"));
    assert!(stdout.contains("een zichzelf afremmende (balancerende) kringloop."));
}

#[test]
fn unreadable_input_exits_2_with_a_dutch_error() {
    let (code, stdout, stderr) = run(&["loops", "/bestaat/niet.veerkracht"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("niet openen") && stderr.contains("bestaat niet"), "{stderr}");
    let (code, _, stderr) = run(&["loops"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Geef een"));
    let garbage = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(garbage.path(), "dit is geen project").unwrap();
    let (code, _, stderr) = run(&["loops", garbage.path().to_str().unwrap(), "--json"]);
    assert_eq!(code, 2);
    assert!(!stderr.is_empty());
}
