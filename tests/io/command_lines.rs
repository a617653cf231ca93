//! The command lines of every command on one project file, writing into a folder. Shared by the worst-file tests
//! (`worst_file.rs`) and the `commands` fuzz target (`fuzz/fuzz_targets/commands.rs` includes this file and
//! `compare_property.rs`), so both run the same commands; a test checks that they are all the commands
//! `veerkrachtplanner help` lists.

use std::path::Path;
use veerkrachtplanner::io::{DEFAULT_PROJECT_RON, to_ron_string};
use veerkrachtplanner::model::Project;

/// The files `diff` and `merge` compare the project with, in `dir`: the built-in TNO model, and the project with every
/// baseline mirrored and every link's polarity flipped ([`super::compare_property::mirrored`]). Comparing a file only
/// with its own normalised version finds no differences, so the code that reports and merges them would never run.
pub fn write_other_versions(project: &Project, dir: &Path) -> std::io::Result<()> {
    std::fs::write(dir.join(TNO_FILE), DEFAULT_PROJECT_RON)?;
    std::fs::write(dir.join(THEIRS_FILE), to_ron_string(&super::compare_property::mirrored(project)))
}

/// The names `write_other_versions` writes and the command lines read.
const TNO_FILE: &str = "d.veerkracht";
const THEIRS_FILE: &str = "t.veerkracht";

/// The file a `merge` line writes (its `--out`); `None` for other commands. The callers check that a merge that says
/// it wrote one wrote a file that loads.
pub fn merged_file<S: AsRef<str>>(args: &[S]) -> Option<&str> {
    if args.first()?.as_ref() != "merge" {
        return None;
    }
    let at = args.iter().position(|a| a.as_ref() == "--out")?;
    args.get(at + 1).map(AsRef::as_ref)
}

/// How much each command line asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    /// As a user would: the project's own Monte Carlo runs, the computations under uncertainty with their default
    /// runs (lowered to what fits), the picture at full-HD width.
    Full,
    /// For a fuzzer, which runs every line on every input: three runs each, the narrowest picture.
    Quick,
}

/// One or more lines per command (program name left out).
pub fn every_command_line(project: &Project, file: &Path, dir: &Path, effort: Effort) -> Vec<Vec<String>> {
    let f = file.to_string_lossy().into_owned();
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let mc_runs = match effort {
        Effort::Full => project.settings.monte_carlo_runs.to_string(),
        Effort::Quick => "3".to_owned(),
    };
    let few_runs: &[&str] = match effort {
        Effort::Full => &[],
        Effort::Quick => &["--runs", "3"],
    };
    let narrow: &[&str] = match effort {
        Effort::Full => &[],
        Effort::Quick => &["--width", "200"],
    };
    let scenario = project.scenarios.first().map_or_else(|| "referentie".to_owned(), |s| s.id.to_string());
    let (csv, svg, xmile, pdf, docx, png) =
        (out("s.csv"), out("m.svg"), out("m.xmile"), out("m.pdf"), out("m.docx"), out("m.png"));
    let normal = out("n.veerkracht");
    let (merged, merged_onto_tno, merged_with_conflicts) =
        (out("g.veerkracht"), out("g2.veerkracht"), out("g3.veerkracht"));
    let (tno, theirs) = (out(TNO_FILE), out(THEIRS_FILE));
    let budget = ["--budget-per-year", "1000000"];
    let mut lines: Vec<Vec<&str>> = vec![
        vec!["check", &f],
        vec!["loops", &f, "--json"],
        vec!["simulate", &f, "--json"],
        vec!["simulate", &f, "--scenario", &scenario, "--csv", &csv],
        vec!["simulate", &f, "--method", "rk4", "--runs", &mc_runs, "--json"],
        vec!["plan", &f, "--json"],
        [&["optimize", &f][..], &budget, &["--json"]].concat(),
        [&["optimize", &f][..], &budget, &["--robust", "p10"], few_runs].concat(),
        vec!["export-svg", &f, &svg],
        vec!["export-xmile", &f, &xmile],
        vec!["export-pdf", &f, &pdf],
        vec!["export-docx", &f, &docx],
        [&["export-png", &f, &png][..], narrow].concat(),
        vec!["normalize", &f, "--out", &normal],
        vec!["diff", &f, &normal],
        vec!["merge", &f, &f, &normal, "--out", &merged],
        vec!["diff", &tno, &f],
        vec!["diff", &f, &theirs, "--json"],
        // The other version's changes on top of the TNO model, and both versions changing the same values.
        vec!["merge", &f, &tno, &theirs, "--out", &merged_onto_tno],
        vec!["merge", &tno, &f, &theirs, "--out", &merged_with_conflicts, "--json"],
    ];
    // A plan to compare with the reference and to analyse (a project without plans has nothing to compare).
    let plan = project.plans.first().map(|p| (format!("referentie,{}", p.id), p.id.to_string()));
    if let Some((pair, plan)) = &plan {
        lines.push([&["compare", &f, "--plans", pair][..], few_runs].concat());
        lines.push([&["sensitivity", &f, "--plan", plan][..], few_runs].concat());
    }
    lines.into_iter().map(|args| args.into_iter().map(str::to_owned).collect()).collect()
}
