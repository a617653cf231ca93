//! `veerkrachtplanner normalize BESTAND [--out UIT]`: loads a project file (with the same checks as every command)
//! and writes it back in the canonical form (sorted by id, fixed layout), atomically; in place keeps a `.bak` of the
//! previous version. Useful for clean diffs. Exit codes: 0 written, 1 the project has errors, 2 unreadable or
//! cannot be written.

use super::Args;
use crate::io::{LoadErrorKind, load_project_file, save_project_file, write_export_file};
use std::path::Path;

const USAGE: &str = "veerkrachtplanner normalize BESTAND [--out UIT]";

pub fn run(mut args: Args) -> i32 {
    let parsed = args.value("--out").and_then(|out| {
        let file = args.positional("projectbestand")?;
        args.finish()?;
        Ok((file, out))
    });
    let (file, out) = match parsed {
        Ok(v) => v,
        Err(e) => {
            eprintln!("{e}\nGebruik: {USAGE}");
            return 2;
        }
    };
    let project = match load_project_file(Path::new(&file)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", super::load_error_text(&e));
            return if e.kind == LoadErrorKind::Invalid { 1 } else { 2 };
        }
    };
    let result = match &out {
        // A new file gets no `.bak`; an existing one is replaced like a save from the app.
        Some(out) if !Path::new(out).exists() => {
            crate::io::try_to_ron_string(&project).and_then(|text| write_export_file(Path::new(out), text.as_bytes()))
        }
        Some(out) => save_project_file(&project, Path::new(out)),
        None => save_project_file(&project, Path::new(&file)),
    };
    match result {
        Ok(()) => {
            outln!("{}: opgeslagen in de vaste vorm.", out.as_deref().unwrap_or(&file));
            0
        }
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}
