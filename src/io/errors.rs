//! The two error types of `io`: [`LoadError`] (a list of Dutch problems) and [`SaveError`] (one Dutch sentence).

use super::Problem;
use std::fmt;

/// Which stage of loading failed. The CLI maps `Invalid` to exit code 1 and the others to 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadErrorKind {
    /// The file could not be read: missing, no rights, a folder, too large, not UTF-8 text.
    Unreadable,
    /// The text is not a project: RON syntax, wrong types, missing fields, unknown words, failed migration.
    NotAProject,
    /// Written by a newer Veerkrachtplanner (`format_version` above ours).
    TooNew,
    /// A well-formed project with at least one validation error (see `io::validate`).
    Invalid,
}

/// Why a project could not be loaded: every problem found (errors, and for `Invalid` also the warnings), each with
/// severity, Dutch location and message, and line (and column) where known. Displays one problem per line, in Dutch.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub kind: LoadErrorKind,
    pub problems: Vec<Problem>,
}

impl LoadError {
    pub(crate) fn one(kind: LoadErrorKind, problem: Problem) -> Self {
        Self { kind, problems: vec![problem] }
    }

    /// Number of problems that are errors (not warnings).
    pub fn error_count(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Why a project could not be saved, as one Dutch sentence, e.g.
/// "Kan '/x/plan.veerkracht' niet opslaan: de map '/x' bestaat niet."
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError(pub String);

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SaveError {}
