//! What `export-pdf` and `export-docx` share: the two file arguments, the report options of the command line
//! (`--taal nl|en`, Dutch by default; today's date or `SOURCE_DATE_EPOCH`; the project's file name) and writing the
//! file atomically.

use super::{Args, load_project, positionals};
use crate::export::report::{ReportOptions, report_date};
use crate::model::Project;
use std::fmt::Display;
use std::path::Path;

/// Runs a report export: `make` turns the project into the file's bytes (it may print notes on standard error).
/// Exit codes: 0 written, 1 the report cannot be made, 2 bad arguments, unreadable project or failed write.
pub(crate) fn run_report<E: Display>(
    mut args: Args,
    out_label: &str,
    usage: &str,
    make: impl FnOnce(&Project, &ReportOptions) -> Result<Vec<u8>, E>,
) -> i32 {
    let language =
        match args.value("--taal").and_then(|v| crate::export::run_csv::CsvOptions::parse(v.as_deref(), false)) {
            Ok(options) => options.language,
            Err(e) => {
                eprintln!("{e}\nGebruik: {usage}");
                return 2;
            }
        };
    let (project, file, out) = match positionals(&mut args, &["projectbestand", out_label], usage)
        .and_then(|p| Ok((load_project(&p[0])?, p[0].clone(), p[1].clone())))
    {
        Ok(v) => v,
        Err(code) => return code,
    };
    let options = ReportOptions {
        date: Some(report_date(super::report_time(), language)),
        language,
        file_name: Path::new(&file).file_name().map(|n| n.to_string_lossy().into_owned()),
    };
    let bytes = match make(&project, &options) {
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
