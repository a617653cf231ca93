//! The `compare` and `sensitivity` subcommands on the example project.

use crate::common::run_cli as run;

const EXAMPLE: &str = "projects/voorbeeld-gemeente.veerkracht";

#[test]
fn compare_says_how_often_b_beats_a_with_and_without_crisis() {
    let args = ["compare", EXAMPLE, "--plans", "plan_a,plan_a", "--scenario", "Nieuwe crisis", "--runs", "30"];
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Zonder crisis:") && out.contains("Met scenario Nieuwe crisis:"), "{out}");
    assert!(out.contains("precies even goed"), "identical plans tie: {out}");

    let (code, json, err) = run(&[
        "compare",
        EXAMPLE,
        "--plans",
        "referentie,Plan A – wijkgericht",
        "--runs",
        "30",
        "--seed",
        "5",
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["runs"], 30);
    assert_eq!(value["runs_lowered"], false, "the example fits every run asked for");
    assert_eq!(value["seed"], 5);
    let situation = &value["situations"][0];
    let p = situation["probability_b_better"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&p));
    let d = &situation["difference"];
    assert!(d["p10"].as_f64().unwrap() <= d["p50"].as_f64().unwrap());
    assert!(situation["sentence"].as_str().unwrap().starts_with("In "));
    // Same seed, same bytes.
    let again = run(&["compare", EXAMPLE, "--plans", "referentie,plan_a", "--runs", "30", "--seed", "5", "--json"]).1;
    assert_eq!(json, again, "plan by name or by id, same seed: same bytes");

    let (code, _, err) = run(&["compare", EXAMPLE, "--plans", "plan_a"]);
    assert_eq!(code, 2);
    assert!(err.contains("--plans"), "{err}");
    let (code, _, err) = run(&["compare", EXAMPLE, "--plans", "plan_a,plan_x"]);
    assert_eq!(code, 2);
    assert!(err.contains("Onbekend plan 'plan_x'") && err.contains("plan_b"), "{err}");
}

#[test]
fn sensitivity_names_the_assumptions_that_matter_most() {
    let (code, out, err) = run(&["sensitivity", EXAMPLE, "--plan", "plan_b", "--runs", "0"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("De aannames die het meest uitmaken"), "{out}");
    assert!(out.contains("1. ") && out.contains("3. "));
    let (code, json, err) = run(&["sensitivity", EXAMPLE, "--plan", "plan_b", "--runs", "20", "--json"]);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let swings: Vec<f64> = value["bars"].as_array().unwrap().iter().map(|b| b["swing"].as_f64().unwrap()).collect();
    assert!(swings.windows(2).all(|w| w[0] >= w[1]), "largest swing first");
    assert!(value["first_order_sum"].as_f64().unwrap() > 0.0);
    assert_eq!(value["variance_runs"], 20);
    assert_eq!(value["screening"], serde_json::Value::Null, "every assumption of the example fits");
    assert!(!out.contains("Elke aanname apart doorrekenen"), "{out}");
    let (code, _, err) = run(&["sensitivity", EXAMPLE]);
    assert_eq!(code, 2);
    assert!(err.contains("--plan"), "{err}");
}

#[test]
fn optimize_robust_says_how_often_the_choice_stays_best() {
    let args = [
        "optimize",
        EXAMPLE,
        "--budget-per-year",
        "200000",
        "--candidates",
        "plan",
        "--plan",
        "plan_a",
        "--robust",
        "p10",
        "--runs",
        "4",
        "--json",
    ];
    let (code, json, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["goal"], "p10");
    let share = value["stays_best_share"].as_f64().unwrap();
    assert!(share > 0.0 && share <= 1.0);
    assert!(value["objective"].as_f64().unwrap() >= value["expected_choice_objective"].as_f64().unwrap() - 1e-9);
    assert!(value["explanation"].as_str().unwrap().contains("doorrekeningen blijft deze combinatie de beste"));
    let (code, _, err) = run(&["optimize", EXAMPLE, "--budget-per-year", "1", "--robust", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("--robust"), "{err}");
    let (code, _, err) = run(&["optimize", EXAMPLE, "--budget-per-year", "1", "--runs", "3"]);
    assert_eq!(code, 2);
    assert!(err.contains("--robust"), "{err}");
}

/// A model under construction (no outcome variables yet, which `check` accepts): `compare`, `sensitivity` and the
/// robust optimiser answer that there is nothing to measure, as the plain optimiser does, instead of refusing.
#[test]
fn without_outcome_variables_the_measuring_commands_answer_instead_of_refusing() {
    let file = "fuzz/crashers/commands-robust-optimize-without-outcome-variables.veerkracht";
    let budget = ["--budget-per-year", "1000"];
    let cases: [(Vec<&str>, &str); 4] = [
        (vec!["compare", file, "--plans", "referentie,plan_a", "--json"], "nothing_to_compare"),
        (vec!["sensitivity", file, "--plan", "plan_a", "--json"], "nothing_to_analyse"),
        ([&["optimize", file][..], &budget, &["--robust", "p10", "--json"]].concat(), "nothing_to_optimise"),
        ([&["optimize", file][..], &budget, &["--json"]].concat(), "nothing_to_optimise"),
    ];
    for (args, key) in cases {
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value[key], true, "{out}");
        assert!(value["reason"].as_str().unwrap().contains("--outcome VARIABELE"), "{out}");
    }
    let (code, out, _) = run(&["compare", file, "--plans", "referentie,plan_a"]);
    assert_eq!(code, 0);
    assert!(out.contains("dus er valt niets te vergelijken"), "{out}");
}
