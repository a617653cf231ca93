//! Every command on any file that loads: what `check` accepts must work in `loops`, `simulate` (Euler, RK4, Monte
//! Carlo, CSV), `plan`, `optimize` (also robust), `compare`, `sensitivity`, every export, `normalize`, `diff` and
//! `merge`, with exit code 0 (`plan` may say 1: a plan over its budget; `diff` and `merge` 1: different, conflicts).
//! Any refusal (exit code 2), a panic or a hang (libFuzzer's -timeout) is a finding: a computation under uncertainty
//! fits its runs to the model (a few are asked for here). Run with stdout to /dev/null.
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
    let (csv, svg, xmile, pdf, docx, png) =
        (out("s.csv"), out("m.svg"), out("m.xmile"), out("m.pdf"), out("m.docx"), out("m.png"));
    let (normal, merged) = (out("n.veerkracht"), out("g.veerkracht"));
    let scenario = project.scenarios.first().map_or_else(|| "referentie".to_owned(), |s| s.id.to_string());
    let budget = ["--budget-per-year", "1000000"];
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["check", &f],
        vec!["loops", &f, "--json"],
        vec!["simulate", &f, "--json"],
        vec!["simulate", &f, "--scenario", &scenario, "--csv", &csv],
        vec!["simulate", &f, "--method", "rk4", "--runs", "3", "--json"],
        vec!["plan", &f, "--json"],
        [&["optimize", &f][..], &budget, &["--json"]].concat(),
        [&["optimize", &f][..], &budget, &["--robust", "p10", "--runs", "3"]].concat(),
        vec!["export-svg", &f, &svg],
        vec!["export-xmile", &f, &xmile],
        vec!["export-pdf", &f, &pdf],
        // The narrowest picture: painting is slow under the fuzzer's instrumentation, and the size does not matter.
        vec!["export-png", &f, &png, "--width", "200"],
        vec!["normalize", &f, "--out", &normal],
        vec!["diff", &f, &normal],
        vec!["merge", &f, &f, &normal, "--out", &merged],
    ];
    // The Word document paints its charts and diagram at print size (seconds per input under instrumentation): on
    // one input in four, chosen by its length.
    if data.len() % 4 == 0 {
        commands.push(vec!["export-docx", &f, &docx]);
    }
    // A plan to compare with the reference and to analyse (a project without plans has nothing to compare).
    let plan = project.plans.first().map(|p| (format!("referentie,{}", p.id), p.id.to_string()));
    if let Some((pair, plan)) = &plan {
        commands.push(vec!["compare", &f, "--plans", pair, "--runs", "3"]);
        commands.push(vec!["sensitivity", &f, "--plan", plan, "--runs", "3"]);
    }
    for args in commands {
        let args: Vec<String> = args.into_iter().map(str::to_owned).collect();
        let Launch::Exit(code) = launch(&args) else { panic!("{args:?} asked for the app") };
        let allowed_one = matches!(args[0].as_str(), "plan" | "diff" | "merge");
        assert!(code == 0 || (allowed_one && code == 1), "{:?} on a file that loads gave exit code {code}", args[0]);
    }
});
