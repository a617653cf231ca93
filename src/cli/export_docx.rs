//! `veerkrachtplanner export-docx BESTAND UIT.docx`: the plan for the council as an editable Word document.

use super::{Args, load_project, positionals};
use std::path::Path;

const USAGE: &str = "veerkrachtplanner export-docx BESTAND UIT.docx";

pub fn run(mut args: Args) -> i32 {
    let (project, file, out) = match positionals(&mut args, &["projectbestand", "uitvoerbestand (.docx)"], USAGE)
        .and_then(|p| Ok((load_project(&p[0])?, p[0].clone(), p[1].clone())))
    {
        Ok(v) => v,
        Err(code) => return code,
    };
    let options = crate::export::report::ReportOptions {
        date: Some(crate::export::report::report_date(super::report_time(), crate::text::Language::Nl)),
        language: crate::text::Language::Nl,
        file_name: Path::new(&file).file_name().map(|n| n.to_string_lossy().into_owned()),
    };
    let bytes = match crate::export::report::plan_docx(&project, &options) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("Kan het rapport niet maken: {e}");
            return 1;
        }
    };
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
