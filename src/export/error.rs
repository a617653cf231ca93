//! Why an export failed.

/// An export failed; `Display` is Dutch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The report could not be built from the project (e.g. the model cannot be simulated).
    Report(String),
    /// The file could not be produced; `format` is e.g. "PDF".
    Render { format: &'static str, detail: String },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Report(reason) => f.write_str(reason),
            Self::Render { format, detail } => f.write_str(&crate::text::export_words::export_failed(format, detail)),
        }
    }
}

impl std::error::Error for ExportError {}
