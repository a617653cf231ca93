//! Every command on any file that loads: what `check` accepts must work in `loops`, `simulate` (Euler, RK4, Monte
//! Carlo, CSV), `plan`, `optimize` (also robust), `compare`, `sensitivity`, every export, `normalize`, `diff` and
//! `merge`, with exit code 0 (`plan` may say 1: a plan over its budget; `diff` and `merge` 1: different, conflicts).
//! Any refusal (exit code 2), a panic or a hang (libFuzzer's -timeout) is a finding: a computation under uncertainty
//! fits its runs to the model (a few are asked for here). A merge that says it wrote a file must have written one that
//! loads. Run with stdout to /dev/null.
#![no_main]

use libfuzzer_sys::fuzz_target;
// The command lines the worst-file tests run too.
#[path = "../../tests/io/command_lines.rs"]
#[allow(dead_code)]
mod command_lines;
// The mirrored version the command lines compare with.
#[path = "../../tests/io/compare_property.rs"]
#[allow(dead_code)]
mod compare_property;

use command_lines::{Effort, every_command_line, merged_file, write_other_versions};
use veerkrachtplanner::cli::{Launch, launch};
use veerkrachtplanner::io::parse_project;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(project) = parse_project(text) else { return };
    let dir = std::env::temp_dir().join(format!("vkp-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let file = dir.join("p.veerkracht");
    std::fs::write(&file, text).expect("write the input");
    write_other_versions(&project, &dir).expect("write the versions to compare with");
    // The Word document paints its charts and diagram at print size (seconds per input under instrumentation): on
    // one input in four, chosen by its length.
    let docx = data.len() % 4 == 0;
    let commands = every_command_line(&project, &file, &dir, Effort::Quick)
        .into_iter()
        .filter(|args| docx || args[0] != "export-docx");
    for args in commands {
        let Launch::Exit(code) = launch(&args) else { panic!("{args:?} asked for the app") };
        let allowed_one = matches!(args[0].as_str(), "plan" | "diff" | "merge");
        assert!(code == 0 || (allowed_one && code == 1), "{:?} on a file that loads gave exit code {code}", args[0]);
        if let Some(out) = merged_file(&args) {
            if code == 0 {
                let merged = std::fs::read_to_string(out).expect("merge said it wrote the file");
                assert!(parse_project(&merged).is_ok(), "merge wrote a file that does not load: {args:?}");
            }
            let _ = std::fs::remove_file(out);
        }
    }
});
