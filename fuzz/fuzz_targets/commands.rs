//! Every command on any file that loads: what `check` accepts must work in `loops`, `simulate` (Euler, RK4, Monte
//! Carlo, CSV), `plan`, `optimize` and every export, with exit code 0 (`plan` may say 1: a plan over its budget).
//! A panic, a refusal (exit code 2) or a hang (libFuzzer's -timeout) is a finding. Run with stdout to /dev/null.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veerkrachtplanner::cli::{Launch, launch};
use veerkrachtplanner::io::parse_project;

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
    let commands: Vec<Vec<String>> = vec![
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
    ];
    for args in commands {
        let Launch::Exit(code) = launch(&args) else { panic!("{args:?} asked for the app") };
        let over_budget = args[0] == "plan" && code == 1;
        assert!(code == 0 || over_budget, "{:?} on a file that loads gave exit code {code}", args[0]);
    }
});
