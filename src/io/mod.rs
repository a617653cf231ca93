//! Project files (`*.veerkracht`, RON text): load with a size cap and errors that say what and where (as data,
//! worded by `text::problems`), save deterministically and atomically with a `.bak` of the previous version,
//! migrate older format versions, validate, autosave for recovery.
//!
//! Contract used by the rest of the crate:
//! - [`load_project_file`], [`parse_project`] → `Result<Project, LoadError>`; `LoadError` holds every [`Problem`]
//!   (displayed in Dutch, one per line, by `text::problems`). The `_with_warnings` variants return [`Loaded`]
//!   (project + warnings + migrated version).
//! - [`save_project_file`] (= [`to_ron_string`] + [`save_project_text`]), [`to_ron_string`] (deterministic, ends
//!   with a newline).
//! - [`validate`] / [`validate_source`]: every [`Problem`] of a project.
//! - [`default_project`]: the embedded `projects/veerkracht-basis.veerkracht`.
//! - [`write_recovery`], [`find_recovery`], [`discard_recovery`]: crash-recovery autosave.
//! - [`today_iso`]: today as `YYYY-MM-DD`.
//! - [`stamp_revision`], [`content_revision`]: the revision id of the lineage (deterministic, see `lineage`).

mod atomic;
#[cfg(test)]
mod canonical_tests;
mod date;
mod errors;
mod lineage;
mod migrate;
mod problem;
mod project_file;
mod recovery;
mod ron_error;
mod ron_fast;
mod ron_repair;
mod ron_text;
mod ron_write;
mod unknown_fields;
mod validate;

pub use atomic::backup_path;
pub use date::{civil_from_days, iso_date, iso_date_time, today_iso, unix_seconds};
pub use errors::{IoFailure, LoadError, LoadErrorKind, SaveError, WriteFailure};
pub use lineage::{content_revision, stamp_revision};
pub use problem::{Location, MigrationFailure, Place, Problem, ProblemKind, Quantity, Severity};
pub use project_file::{
    Loaded, MAX_FILE_BYTES, load_project_file, load_project_file_with_warnings, parse_project,
    parse_project_with_warnings, pretty_config, save_project_file, save_project_text, to_ron_string, try_to_ron_string,
};
pub use recovery::{RECOVERY_FILE_NAME, Recovery, discard_recovery, find_recovery, write_recovery};
pub use validate::{validate, validate_source};

use crate::model::Project;

/// Writes an export (PDF, SVG, CSV, …) atomically: a temporary file in the same folder, fsync, rename. No `.bak`.
pub fn write_export_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), SaveError> {
    atomic::write_atomic(path, bytes, false)
}

/// The text of the built-in default project (the TNO model), embedded at compile time.
pub const DEFAULT_PROJECT_RON: &str = include_str!("../../projects/veerkracht-basis.veerkracht");

/// The built-in default project (the TNO model). Falls back to an empty project if the embedded file is broken,
/// which a test forbids.
pub fn default_project() -> Project {
    parse_project(DEFAULT_PROJECT_RON).unwrap_or_default()
}

/// Both read paths and the serde writer side by side, for the fuzz targets (`fuzz/`) to compare; not part of the
/// program (feature `fuzzing`).
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    use crate::model::Project;

    /// The fast reader's project, when the text is within its subset.
    pub fn fast_read(text: &str) -> Option<Project> {
        super::ron_fast::from_str(text)
    }

    /// `ron`'s project, or `None` when `ron` refuses the text.
    pub fn ron_read(text: &str) -> Option<Project> {
        ron::from_str(text).ok()
    }

    /// The file text by serde and `ron`'s pretty serialiser: what the canonical writer must write.
    pub fn serde_text(project: &Project) -> String {
        super::project_file::serde_ron_string(project)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_default_project_is_clean() {
        let loaded = parse_project_with_warnings(DEFAULT_PROJECT_RON);
        let loaded = match loaded {
            Ok(l) => l,
            Err(e) => panic!("projects/veerkracht-basis.veerkracht does not load:\n{e}"),
        };
        assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
        assert!(!loaded.project.variables.is_empty());
        assert_eq!(default_project(), loaded.project);
    }
}
