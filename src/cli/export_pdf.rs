//! `veerkrachtplanner export-pdf BESTAND UIT.pdf`: the printable plan for the council.

use super::{Args, load_project, positionals};
use std::path::Path;

const USAGE: &str = "veerkrachtplanner export-pdf BESTAND UIT.pdf";

pub fn run(mut args: Args) -> i32 {
    let (project, args_file, out) = match positionals(&mut args, &["projectbestand", "uitvoerbestand (.pdf)"], USAGE)
        .and_then(|p| Ok((load_project(&p[0])?, p[0].clone(), p[1].clone())))
    {
        Ok(v) => v,
        Err(code) => return code,
    };
    let options = crate::export::report::ReportOptions {
        date: Some(crate::export::report::report_date(super::report_time(), crate::text::Language::Nl)),
        language: crate::text::Language::Nl,
        file_name: Path::new(&args_file).file_name().map(|n| n.to_string_lossy().into_owned()),
    };
    let export = match crate::export::report::plan_pdf(&project, &options) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("Kan het rapport niet maken: {e}");
            return 1;
        }
    };
    for missing in &export.missing {
        eprintln!("{missing}");
    }
    let bytes = export.bytes;
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
