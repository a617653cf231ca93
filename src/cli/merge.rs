//! `veerkrachtplanner merge BASIS ONS HUN --out BESTAND [--json]`: three-way merge. Exit 0 when merged and written,
//! 1 when there are conflicts or the result is not valid (nothing is written), 2 on unusable input.

use super::Args;
use crate::diff::{MergeResult, merge};
use crate::io::{save_project_file, stamp_revision};
use crate::model::SavedBy;
use crate::text::Language;
use crate::text::diff as text;
use std::fmt::Write as _;

const USAGE: &str = "veerkrachtplanner merge BASIS ONS HUN --out BESTAND [--json]";

pub fn run(mut args: Args) -> i32 {
    let json = args.flag("--json");
    let out = match args.value("--out") {
        Ok(Some(out)) => out,
        Ok(None) => {
            eprintln!("Geef met --out het bestand op waarin het samengevoegde project komt.\nGebruik: {USAGE}");
            return 2;
        }
        Err(e) => {
            eprintln!("{e}\nGebruik: {USAGE}");
            return 2;
        }
    };
    let paths = match super::positionals(
        &mut args,
        &["gemeenschappelijke basisversie (BASIS)", "eigen versie (ONS)", "andere versie (HUN)"],
        USAGE,
    ) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut projects = Vec::with_capacity(3);
    for path in &paths {
        match super::load_project(path) {
            Ok(p) => projects.push(p),
            Err(code) => return code,
        }
    }
    let result = merge(&projects[0], &projects[1], &projects[2]);
    if !result.base_is_ancestor {
        eprintln!(
            "Let op: volgens de bestandsgeschiedenis is '{}' geen gemeenschappelijke voorganger van '{}' en '{}'. \
             De samenvoeging gaat ervan uit dat het dat wel is.",
            paths[0], paths[1], paths[2]
        );
    }
    let clean = result.is_clean();
    if clean {
        let mut project = result.project.clone();
        stamp_revision(&mut project, &SavedBy::current("", ""));
        if let Err(e) = save_project_file(&project, std::path::Path::new(&out)) {
            eprintln!("{e}");
            return 2;
        }
    }
    if json {
        outln!(
            "{}",
            serde_json::json!({
                "merged": clean,
                "out": if clean { Some(&out) } else { None },
                "taken_from_theirs": result.taken_from_theirs,
                "base_is_ancestor": result.base_is_ancestor,
                "conflicts": result.conflicts,
                "problems": result.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            })
        );
    } else {
        out!("{}", to_text(&result, &out));
    }
    i32::from(!clean)
}

/// The outcome in Dutch: what was taken over, or every conflict.
pub fn to_text(result: &MergeResult, out: &str) -> String {
    let mut text = String::new();
    if result.is_clean() {
        let _ = writeln!(
            text,
            "Samengevoegd zonder conflicten: {} wijziging{} van de andere versie overgenomen. Geschreven naar '{out}'.",
            result.taken_from_theirs,
            if result.taken_from_theirs == 1 { "" } else { "en" }
        );
        return text;
    }
    if !result.conflicts.is_empty() {
        let n = result.conflicts.len();
        let _ = writeln!(
            text,
            "{n} conflict{} gevonden; er is niets geschreven. Los ze op in de app (Bestand → Vergelijken met…) of \
             pas een van de versies aan:",
            if n == 1 { "" } else { "en" }
        );
        for c in &result.conflicts {
            let _ = writeln!(text, "  ! {}", text::describe_conflict(c, Language::Nl));
        }
    }
    if !result.problems.is_empty() {
        let _ = writeln!(text, "Het samengevoegde project is niet geldig; er is niets geschreven:");
        for p in &result.problems {
            let _ = writeln!(text, "  ! {p}");
        }
    }
    text
}
