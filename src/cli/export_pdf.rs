//! `veerkrachtplanner export-pdf BESTAND UIT.pdf`: the printable plan for the council. Characters no shipped font
//! covers are reported on standard error, with where they occur.

use super::Args;

const USAGE: &str = "veerkrachtplanner export-pdf BESTAND UIT.pdf [--taal nl|en]";

pub fn run(args: Args) -> i32 {
    super::export_report::run_report(args, "uitvoerbestand (.pdf)", USAGE, |project, options| {
        crate::export::report::plan_pdf(project, options).map(|export| {
            for missing in &export.missing {
                eprintln!("{missing}");
            }
            export.bytes
        })
    })
}
