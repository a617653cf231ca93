//! The two error types of `io`, as data: [`LoadError`] (every problem found) and [`SaveError`] (why a file could
//! not be written). `text::problems` words them (their `Display` is Dutch).

use super::Problem;
use std::path::PathBuf;

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
/// severity, location, and line (and column) where known.
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

impl std::error::Error for LoadError {}

/// An operating-system error while reading or writing: its kind, and the system's own text (for the detail).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoFailure {
    pub kind: std::io::ErrorKind,
    pub text: String,
}

impl From<&std::io::Error> for IoFailure {
    fn from(e: &std::io::Error) -> Self {
        Self { kind: e.kind(), text: e.to_string() }
    }
}

/// Why a file could not be written at `path` (a project, an export).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteFailure {
    /// The path does not end in a file name.
    NotAFileName,
    /// The folder to write in does not exist.
    FolderMissing { folder: PathBuf },
    /// There is a folder with that name.
    IsAFolder,
    /// The system refused (no rights, disk full, …).
    Io(IoFailure),
}

/// Why a project, export or recovery copy could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Writing `path` failed.
    Write { path: PathBuf, why: WriteFailure },
    /// The folder for the recovery copy could not be made.
    RecoveryFolder { dir: PathBuf, io: IoFailure },
    /// The recovery copy could not be turned into text (`detail`: the serialiser's own text).
    RecoveryText { detail: String },
    /// The recovery copy in `dir` could not be removed.
    RecoveryDiscard { dir: PathBuf, io: IoFailure },
    /// The project could not be turned into text.
    ToText { code: ron::error::Error },
}

impl std::error::Error for SaveError {}
