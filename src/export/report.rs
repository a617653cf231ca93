//! The export entry points for the app and the command line: pure functions of a project and options returning the
//! file's bytes (and what the user must be told), so that they can run on any thread.

use crate::export::error::ExportError;
use crate::export::pdf::{PdfExport, render_pdf};
use crate::export::plan_report::{add_cover_details, plan_document};
use crate::model::Project;

/// What the cover shows beyond the project itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// The report's date as printed, e.g. "30 november 2026".
    pub date: Option<String>,
    /// The project's file name, e.g. "veerdam.vkp".
    pub file_name: Option<String>,
    /// The report's language: its words, the numbers' notation, the built-in model's names.
    pub language: crate::text::Language,
}

/// The plan for the council as an accessible PDF.
pub fn plan_pdf(project: &Project, options: &ReportOptions) -> Result<PdfExport, ExportError> {
    let mut doc = plan_document(project, options.language).map_err(ExportError::Report)?;
    add_cover_details(&mut doc, options.date.as_deref(), options.file_name.as_deref());
    render_pdf(&doc)
}

/// The plan for the council as an editable Word document (.docx).
pub fn plan_docx(project: &Project, options: &ReportOptions) -> Result<Vec<u8>, ExportError> {
    let mut doc = plan_document(project, options.language).map_err(ExportError::Report)?;
    add_cover_details(&mut doc, options.date.as_deref(), options.file_name.as_deref());
    crate::export::docx::render_docx(&doc)
}

/// The date of `unix_seconds` (UTC) as the cover prints it, e.g. "30 november 2026". `SOURCE_DATE_EPOCH` is the
/// usual way for a caller to make it reproducible.
pub fn report_date(unix_seconds: u64, language: crate::text::Language) -> String {
    let days = (unix_seconds / 86_400) as i64;
    // Civil date from days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    crate::text::export_words::date(language, year, month as usize, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    #[test]
    fn dates_are_civil_dates() {
        assert_eq!(report_date(0, Language::Nl), "1 januari 1970");
        assert_eq!(report_date(1_795_996_800, Language::Nl), "30 november 2026");
        assert_eq!(report_date(951_782_400, Language::En), "29 February 2000");
    }
}
