//! Every command on any file that loads: what `check` accepts must work in `loops`, `simulate` (Euler, RK4, Monte
//! Carlo, CSV), `plan`, `optimize` (also robust), `compare`, `sensitivity`, every export, `normalize`, `diff` and
//! `merge`, with exit code 0 (`plan` may say 1: a plan over its budget; `diff` and `merge` 1: different, conflicts).
//! A computation under uncertainty may refuse a model too large for its runs (its message says so). Any other
//! refusal (exit code 2), a panic or a hang (libFuzzer's -timeout) is a finding. Run with stdout to /dev/null.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veerkrachtplanner::cli::{Launch, launch};
use veerkrachtplanner::io::parse_project;
use veerkrachtplanner::model::Project;
use veerkrachtplanner::plan::{Outcome, PlanError, SensitivityRequest, sensitivity};
use veerkrachtplanner::sim::monte_carlo::Progress;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(project) = parse_project(text) else { return };
    let dir = std::env::temp_dir().join(format!("vkp-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let file = dir.join("p.veerkracht");
    std::fs::write(&file, text).expect("write the input");
    let f = file.to_string_lossy().into_owned();
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let scenario = project.scenarios.first().map_or_else(|| "referentie".to_owned(), |s| s.id.to_string());
    let robust: Vec<String> = ["optimize", &f, "--budget-per-year", "1000000", "--robust", "p10", "--runs", "3"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut commands: Vec<Vec<String>> = vec![
        vec!["check".into(), f.clone()],
        vec!["loops".into(), f.clone(), "--json".into()],
        vec!["simulate".into(), f.clone(), "--json".into()],
        vec!["simulate".into(), f.clone(), "--scenario".into(), scenario, "--csv".into(), out("s.csv")],
        vec!["simulate".into(), f.clone(), "--method".into(), "rk4".into(), "--runs".into(), "3".into(), "--json".into()],
        vec!["plan".into(), f.clone(), "--json".into()],
        vec!["optimize".into(), f.clone(), "--budget-per-year".into(), "1000000".into(), "--json".into()],
        vec!["export-svg".into(), f.clone(), out("m.svg")],
        vec!["export-xmile".into(), f.clone(), out("m.xmile")],
        vec!["export-pdf".into(), f.clone(), out("m.pdf")],
        vec!["export-docx".into(), f.clone(), out("m.docx")],
        vec!["export-png".into(), f.clone(), out("m.png")],
        robust,
        vec!["normalize".into(), f.clone(), "--out".into(), out("n.veerkracht")],
        vec!["diff".into(), f.clone(), out("n.veerkracht")],
        vec!["merge".into(), f.clone(), f.clone(), out("n.veerkracht"), "--out".into(), out("g.veerkracht")],
    ];
    // A plan to compare with the reference and to analyse (a project without plans has nothing to compare).
    if let Some(plan) = project.plans.first() {
        let runs = || ["--runs".to_owned(), "3".to_owned()];
        commands.push([vec!["compare".into(), f.clone(), "--plans".into(), format!("referentie,{}", plan.id)], runs().into()].concat());
        commands.push([vec!["sensitivity".into(), f.clone(), "--plan".into(), plan.id.to_string()], runs().into()].concat());
    }
    for args in commands {
        let Launch::Exit(code) = launch(&args) else { panic!("{args:?} asked for the app") };
        let allowed_one = matches!(args[0].as_str(), "plan" | "diff" | "merge");
        let refused_as_too_large = code == 2 && too_large(&project, &args);
        assert!(
            code == 0 || (allowed_one && code == 1) || refused_as_too_large,
            "{:?} on a file that loads gave exit code {code}",
            args[0]
        );
    }
});

/// Whether a computation under uncertainty with 3 runs needs more runs of this model than a command may do: the one
/// refusal such a command may give on a file that loads (the message says to choose fewer runs or a smaller model).
fn too_large(project: &Project, args: &[String]) -> bool {
    match args[0].as_str() {
        // Both plans per draw (compare), or the current plan and the choice per draw (robust).
        "compare" => PlanError::check_runs(project, 6).is_err(),
        "optimize" => args.iter().any(|a| a == "--robust") && PlanError::check_runs(project, 6).is_err(),
        "sensitivity" => {
            let request = SensitivityRequest {
                outcome: Outcome::Index,
                scenario: None,
                variance_runs: 3,
                seed: project.settings.monte_carlo_seed,
                threads: 1,
            };
            matches!(sensitivity(project, &project.plans[0], &request, &Progress::new()), Err(PlanError::TooManyRuns { .. }))
        }
        _ => false,
    }
}
});
