//! `veerkrachtplanner check BESTAND`: loads a project file and lists every problem in Dutch, with line numbers.
//!
//! Exit codes: 0 no errors (warnings are printed but allowed), 1 the project has errors, 2 the file cannot be read
//! or is not a project (syntax, types, newer version) or the arguments are wrong.

use super::Args;
use crate::io::{LoadErrorKind, Problem, load_project_file_with_warnings};
use std::path::Path;

pub fn run(mut args: Args) -> i32 {
    let file = match args.positional("projectbestand").and_then(|f| args.finish().map(|()| f)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}\nGebruik: veerkrachtplanner check BESTAND");
            return 2;
        }
    };
    let path = Path::new(&file);
    match load_project_file_with_warnings(path) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                outln!("{w}");
            }
            let p = &loaded.project;
            outln!(
                "{file}: in orde{} ({}, {}, {}, {}).",
                match loaded.warnings.len() {
                    0 => String::new(),
                    n => format!(", met {}", count(n, "waarschuwing", "waarschuwingen")),
                },
                count(p.variables.len(), "variabele", "variabelen"),
                count(p.links.len(), "verband", "verbanden"),
                count(p.scenarios.len(), "scenario", "scenario's"),
                count(p.plans.len(), "plan", "plannen"),
            );
            if let Some(old) = loaded.migrated_from {
                outln!(
                    "Let op: dit bestand heeft de oude formaatversie {old}; bij opslaan wordt het versie {}.",
                    crate::model::FORMAT_VERSION
                );
            }
            0
        }
        Err(e) if e.kind == LoadErrorKind::Invalid => {
            for p in &e.problems {
                outln!("{p}");
            }
            let errors = e.error_count();
            let warnings = e.problems.len() - errors;
            let summary = match warnings {
                0 => count(errors, "fout", "fouten"),
                _ => format!(
                    "{} en {}",
                    count(errors, "fout", "fouten"),
                    count(warnings, "waarschuwing", "waarschuwingen")
                ),
            };
            outln!("{file}: {summary}; dit project kan zo niet worden geopend.");
            1
        }
        Err(e) => {
            eprintln!("Kan '{file}' niet controleren:");
            for p in &e.problems {
                eprintln!("{}", indent(p));
            }
            2
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

fn indent(p: &Problem) -> String {
    format!("  {p}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_plurals() {
        assert_eq!(count(1, "fout", "fouten"), "1 fout");
        assert_eq!(count(0, "fout", "fouten"), "0 fouten");
        assert_eq!(count(3, "waarschuwing", "waarschuwingen"), "3 waarschuwingen");
    }
}
