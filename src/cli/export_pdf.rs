//! `veerkrachtplanner export-pdf BESTAND UIT.pdf`: the printable plan for the council.

use super::{Args, load_project, positionals};
use std::path::Path;

const USAGE: &str = "veerkrachtplanner export-pdf BESTAND UIT.pdf";

pub fn run(mut args: Args) -> i32 {
    let (project, out) = match positionals(&mut args, &["projectbestand", "uitvoerbestand (.pdf)"], USAGE)
        .and_then(|p| Ok((load_project(&p[0])?, p[1].clone())))
    {
        Ok(v) => v,
        Err(code) => return code,
    };
    let document = match crate::export::plan_report::plan_document(&project) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("Kan het rapport niet maken: {e}");
            return 1;
        }
    };
    let bytes = crate::export::pdf::render_pdf(&document);
    match crate::io::write_export_file(Path::new(&out), &bytes) {
        Ok(()) => {
            outln!("Plan geschreven naar '{out}' ({} kB).", bytes.len().div_ceil(1024));
            0
        }
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}
