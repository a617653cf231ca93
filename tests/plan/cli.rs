//! The `plan` and `optimize` subcommands on the example project.

use crate::common::run_cli as run;

const EXAMPLE: &str = "projects/voorbeeld-gemeente.veerkracht";

#[test]
fn plan_prints_budgets_and_outcomes_per_variant() {
    let (code, out, err) = run(&["plan", EXAMPLE]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Plan A – wijkgericht (2026–2029)") && out.contains("Plan B – hulp dichtbij"));
    assert!(out.contains("€ 900.000"), "Dutch amounts");
    assert!(out.contains("Binnen budget in elk jaar."));
    assert!(out.contains("voorbeeldwaarde"));

    let (code, json, _) = run(&["plan", EXAMPLE, "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let plans = value.as_array().unwrap();
    assert_eq!(plans.len(), 2);
    for p in plans {
        let budget = &p["budget"];
        let totals: Vec<f64> =
            budget["total_per_year_eur"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let rows = budget["rows"].as_array().unwrap();
        for (k, total) in totals.iter().enumerate() {
            let sum: f64 = rows.iter().map(|r| r["cost_per_year_eur"][k].as_f64().unwrap()).sum();
            assert!((sum - total).abs() < 1e-6);
        }
        assert!(p["effect"]["area"].as_f64().unwrap() > 0.0, "the plans improve the index");
        assert_eq!(p["cost_effectiveness"].as_array().unwrap().len(), rows.len());
    }
}

#[test]
fn optimize_keeps_the_budget_and_explains() {
    let (code, out, err) = run(&["optimize", EXAMPLE, "--budget-per-year", "€ 300.000", "--candidates", "plan"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Gekozen:"), "{out}");
    let (code, json, _) =
        run(&["optimize", EXAMPLE, "--budget-per-year", "300000", "--candidates", "catalogue", "--json"]);
    assert_eq!(code, 0);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    for c in value["cost_per_year_eur"].as_array().unwrap() {
        assert!(c.as_f64().unwrap() <= 300_000.0 + 0.01);
    }
    assert!(value["verified_area"].as_f64().unwrap() > 0.0);
}

#[test]
fn bad_arguments_exit_2_in_dutch() {
    let (code, _, err) = run(&["optimize", EXAMPLE]);
    assert_eq!(code, 2);
    assert!(err.contains("--budget-per-year"));
    let (code, _, err) = run(&["optimize", EXAMPLE, "--budget-per-year", "veel"]);
    assert_eq!(code, 2);
    assert!(err.contains("geen bedrag"));
    let (code, _, err) = run(&["optimize", EXAMPLE, "--budget-per-year", "1", "--candidates", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("kandidatenset"));
    let (code, _, err) = run(&["plan", "bestaat-niet.veerkracht"]);
    assert_eq!(code, 2);
    assert!(!err.is_empty());
}
