//! `veerkrachtplanner export-docx BESTAND UIT.docx`: the plan for the council as an editable Word document.

use super::Args;

const USAGE: &str = "veerkrachtplanner export-docx BESTAND UIT.docx [--taal nl|en]";

pub fn run(args: Args) -> i32 {
    super::export_report::run_report(args, "uitvoerbestand (.docx)", USAGE, crate::export::report::plan_docx)
}
