//! Cross-check with PySD, an independent system-dynamics engine: it runs the exported XMILE file and must give the
//! values of `Compiled::run` (Euler, dt 0.25) for every variable at every month, within 1e-6.
//!
//! Needs `python3` with PySD (`pip install pysd`). Without it the test FAILS on purpose: a silent skip would let
//! the export drift away from the engine unnoticed.

use super::small_project;
use std::path::Path;
use std::process::Command;
use veerkrachtplanner::export::xmile::{project_to_xmile, xmile_names};
use veerkrachtplanner::model::{Project, SimMethod, SimSettings};
use veerkrachtplanner::sim::{Input, RunOptions, compile, scenario_inputs};

const TOLERANCE: f64 = 1e-6;

fn require_pysd() {
    let ok = Command::new("python3").args(["-c", "import pysd"]).output().is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "PySD is not available: this test needs `python3` with PySD. Install it with `pip install pysd` \
         (about 2 minutes; the CI script should do this before `cargo test`)."
    );
}

/// Exports, runs PySD and compares with our engine; returns the largest difference seen.
fn compare(project: &Project, inputs: &[Input], settings: &SimSettings) -> f64 {
    require_pysd();
    let compiled = compile(project).unwrap();
    let ours = compiled.run(&compiled.compile_inputs(inputs).unwrap(), &RunOptions::from(settings));
    let names = xmile_names(project);
    let columns: Vec<String> = compiled.variable_ids().iter().map(|id| names.x(id).unwrap()).collect();

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.xmile");
    std::fs::write(&file, project_to_xmile(project, inputs, settings)).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/xmile/pysd_check.py");
    let output = Command::new("python3")
        .arg(&script)
        .arg(&file)
        .arg(settings.horizon_months.to_string())
        .args(&columns)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "pysd_check.py failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let csv = String::from_utf8(output.stdout).unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[1..], columns.iter().map(String::as_str).collect::<Vec<_>>()[..]);
    let rows: Vec<Vec<f64>> = lines.map(|l| l.split(',').map(|v| v.parse().unwrap()).collect()).collect();
    assert_eq!(rows.len(), ours.n_months(), "PySD gave {} months", rows.len());
    let mut worst = (0.0, 0, String::new());
    for (month, row) in rows.iter().enumerate() {
        assert_eq!(row[0], month as f64);
        for (v, id) in compiled.variable_ids().iter().enumerate() {
            let diff = (row[v + 1] - ours.value(month, v)).abs();
            assert!(
                diff < TOLERANCE,
                "{id} in month {month}: PySD {} but Compiled::run {} (difference {diff:e})",
                row[v + 1],
                ours.value(month, v)
            );
            if diff > worst.0 {
                worst = (diff, month, id.to_string());
            }
        }
    }
    eprintln!("largest difference {:e} ({} in month {})", worst.0, worst.2, worst.1);
    worst.0
}

fn euler() -> SimSettings {
    SimSettings { dt_months: 0.25, horizon_months: 60, method: SimMethod::Euler, ..SimSettings::default() }
}

#[test]
#[ignore = "needs PySD (pip install pysd==3.14.3); run with: cargo test --test xmile -- --ignored (CI does)"]
fn pysd_reproduces_the_default_project_in_the_crisis_scenario() {
    let project = veerkrachtplanner::io::default_project();
    let scenario = project.scenario(&"nieuwe_crisis".into()).unwrap();
    let inputs = scenario_inputs(scenario);
    compare(&project, &inputs, &euler());
    // Not a trivial agreement: the crisis really moves the model.
    let compiled = compile(&project).unwrap();
    let run = compiled.run(&compiled.compile_inputs(&inputs).unwrap(), &RunOptions::from(&euler()));
    let stress = compiled.variable_index(&"stress".into()).unwrap();
    assert!(run.series(stress).iter().any(|&x| x > 55.0));
}

#[test]
#[ignore = "needs PySD (pip install pysd==3.14.3); run with: cargo test --test xmile -- --ignored (CI does)"]
fn pysd_reproduces_a_plan_with_delays_ramps_after_effects_and_the_clamp() {
    let project = small_project();
    let inputs = veerkrachtplanner::plan::plan_inputs(&project, &project.plans[0]).unwrap();
    compare(&project, &inputs, &euler());
    let compiled = compile(&project).unwrap();
    let run = compiled.run(&compiled.compile_inputs(&inputs).unwrap(), &RunOptions::from(&euler()));
    let hoog = compiled.variable_index(&"hoog".into()).unwrap();
    assert!(run.series(hoog).contains(&100.0), "the clamp at 100 is exercised");
}

#[test]
#[ignore = "needs PySD (pip install pysd==3.14.3); run with: cargo test --test xmile -- --ignored (CI does)"]
fn pysd_follows_other_steps_and_horizons() {
    let project = small_project();
    let inputs = veerkrachtplanner::plan::plan_inputs(&project, &project.plans[0]).unwrap();
    let settings = SimSettings { dt_months: 0.5, horizon_months: 30, ..euler() };
    compare(&project, &inputs, &settings);
}
