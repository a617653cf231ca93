//! `veerkrachtplanner simulate` end to end: deterministic output, scenario lookup, CSV columns.

use super::{link, project, var};
use veerkrachtplanner::model::{
    InputShape, OutcomeIndex, OutcomeWeight, Polarity, Scenario, ScenarioId, Shock, VariableId,
};

fn write_project(dir: &std::path::Path) -> std::path::PathBuf {
    let mut p = project(
        vec![var("steun", 3.0), var("stress", 3.0)],
        vec![
            link("steun", "stress", Polarity::Negative, 0.5, 1.0),
            link("stress", "steun", Polarity::Negative, 0.5, 0.0),
        ],
    );
    p.variables[1].direction = veerkrachtplanner::model::Direction::LowerIsBetter;
    p.outcome = OutcomeIndex {
        weights: vec![OutcomeWeight { variable: VariableId::new("stress"), weight: 1.0, reason: String::new() }],
    };
    p.scenarios.push(Scenario {
        id: ScenarioId::new("crisis"),
        name: "Nieuwe crisis".to_owned(),
        description: String::new(),
        shocks: vec![Shock {
            target: VariableId::new("stress"),
            effect: 20.0,
            shape: InputShape {
                start_month: 6.0,
                ramp_up_months: 0.0,
                end_month: Some(18.0),
                after_effect_months: 0.0,
            },
            note: String::new(),
        }],
    });
    let path = dir.join("model.veerkracht");
    std::fs::write(&path, veerkrachtplanner::io::to_ron_string(&p)).unwrap();
    path
}

fn simulate(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).arg("simulate").args(args).output().unwrap()
}

#[test]
fn json_is_deterministic_and_has_outcomes() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let f = file.to_str().unwrap();
    let a = simulate(&[f, "--scenario", "Nieuwe crisis", "--runs", "50", "--seed", "3", "--json"]);
    let b = simulate(&[f, "--scenario", "crisis", "--runs", "50", "--seed", "3", "--json"]);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, b.stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["series"]["stress"].as_array().unwrap().len(), 61);
    let r = &v["outcomes"]["resilience"];
    // Index = 100 − stress: 50 before the shock at month 6, lower during it.
    assert_eq!(r["pre_shock"], serde_json::json!(50.0));
    assert!(r["depth"].as_f64().unwrap() < 50.0);
    assert!(v["outcomes"]["structural"]["return_time_months"].as_f64().unwrap() > 0.0);
}

#[test]
fn csv_has_month_variable_and_band_columns() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let csv = dir.path().join("uit.csv");
    let out =
        simulate(&[file.to_str().unwrap(), "--runs", "10", "--csv", csv.to_str().unwrap(), "--ids", "--taal", "en"]);
    assert!(out.status.success());
    let text = std::fs::read_to_string(csv).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark for Excel");
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "month,steun,stress,veerkrachtindex,steun_p10,steun_p50,steun_p90,stress_p10,stress_p50,stress_p90,\
         veerkrachtindex_p10,veerkrachtindex_p50,veerkrachtindex_p90"
    );
    assert!(lines.next().unwrap().starts_with("0,50.000000,50.000000,50.000000,"));
    assert_eq!(text.lines().count(), 62);
}

#[test]
fn dutch_csv_has_names_semicolons_decimal_commas_and_all_runs_in_long_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let csv = dir.path().join("nl.csv");
    let out = simulate(&[file.to_str().unwrap(), "--csv", csv.to_str().unwrap(), "--alle-runs"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&csv).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark for Excel");
    let header = text.lines().next().unwrap();
    assert!(header.starts_with("run;maand;"), "{header}");
    assert_eq!(header, "run;maand;STEUN;STRESS;Veerkrachtindex", "names, not ids");
    let first = text.lines().nth(1).unwrap();
    assert!(first.starts_with("Referentie;0;50,000000;"), "{first}");
    let bad = simulate(&[file.to_str().unwrap(), "--csv", csv.to_str().unwrap(), "--taal", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--taal"));
}

#[test]
fn unknown_scenario_exits_2_listing_the_scenarios() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let out = simulate(&[file.to_str().unwrap(), "--scenario", "oorlog"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("referentie") && err.contains("crisis"), "{err}");
}
