//! Autosave for crash recovery: one file per recovery folder holding the unsaved project, which file it belongs to
//! and when it was written. The app writes it every few minutes while there are unsaved changes, looks for it at
//! start-up, and discards it after a normal save or close.

use super::atomic::write_atomic;
use super::date::{iso_date_time, unix_seconds};
use super::project_file::{MAX_FILE_BYTES, read_text_capped};
use super::{IoFailure, SaveError};
use crate::model::{FORMAT_VERSION, Lineage, Project};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The name of the recovery file inside the recovery folder.
pub const RECOVERY_FILE_NAME: &str = "herstel.veerkracht-herstel";

/// What is stored (RON). Paths are stored as text; a path that is not valid Unicode is stored lossily.
#[derive(Serialize, Deserialize)]
struct RecoveryFile {
    original_path: Option<String>,
    saved_at: String,
    saved_at_unix_seconds: i64,
    project: Project,
}

/// A recovery file found at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    pub project: Project,
    /// The project file these changes belong to; `None` for a project that was never saved.
    pub original_path: Option<PathBuf>,
    /// When it was written, `YYYY-MM-DDTHH:MM:SSZ` (UTC).
    pub saved_at: String,
    pub saved_at_unix_seconds: i64,
    /// The recovery file itself.
    pub file: PathBuf,
}

/// Writes (atomically, replacing any earlier one) the recovery file for `project` into `dir`, creating `dir` if
/// needed. The copy carries `lineage` (the open file's revision and parents), so a restored project saves as a
/// descendant of the file it was edited from and compares and merges with it like the unsaved original would.
pub fn write_recovery(
    dir: &Path,
    project: &Project,
    lineage: &Lineage,
    original_path: Option<&Path>,
) -> Result<(), SaveError> {
    std::fs::create_dir_all(dir)
        .map_err(|e| SaveError::RecoveryFolder { dir: dir.to_path_buf(), io: IoFailure::from(&e) })?;
    let now = SystemTime::now();
    let mut project = project.clone();
    project.normalize();
    lineage.clone_into(&mut project.lineage);
    let file = RecoveryFile {
        original_path: original_path.map(|p| p.to_string_lossy().into_owned()),
        saved_at: iso_date_time(now),
        saved_at_unix_seconds: unix_seconds(now),
        project,
    };
    let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::new())
        .map_err(|e| SaveError::RecoveryText { detail: e.to_string() })?;
    write_atomic(&dir.join(RECOVERY_FILE_NAME), text.as_bytes(), false)
}

/// The recovery file in `dir`, if there is a readable one (a damaged or too new one counts as none).
pub fn find_recovery(dir: &Path) -> Option<Recovery> {
    let path = dir.join(RECOVERY_FILE_NAME);
    if !path.is_file() {
        return None;
    }
    let text = read_text_capped(&path, MAX_FILE_BYTES).ok()?;
    let file: RecoveryFile = ron::from_str(&text).ok()?;
    // Validated like a project file: a recovery that the program could not use counts as none.
    if file.project.format_version != FORMAT_VERSION
        || super::validate(&file.project).iter().any(super::Problem::is_error)
    {
        return None;
    }
    Some(Recovery {
        project: file.project,
        original_path: file.original_path.map(PathBuf::from),
        saved_at: file.saved_at,
        saved_at_unix_seconds: file.saved_at_unix_seconds,
        file: path,
    })
}

/// Removes the recovery file from `dir`; no recovery file is fine.
pub fn discard_recovery(dir: &Path) -> Result<(), SaveError> {
    match std::fs::remove_file(dir.join(RECOVERY_FILE_NAME)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SaveError::RecoveryDiscard { dir: dir.to_path_buf(), io: IoFailure::from(&e) }),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{ResourceKind, Variable};

    fn project() -> Project {
        let mut p = Project::default();
        p.meta.title = "Niet opgeslagen \"plan\"".into();
        p.variables.push(Variable::new("stress".into(), "Stress", ResourceKind::Individual));
        p
    }

    #[test]
    fn write_find_discard() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("nog").join("niet");
        assert_eq!(find_recovery(&sub), None);
        let before = unix_seconds(SystemTime::now());
        write_recovery(&sub, &project(), &Lineage::default(), Some(Path::new("/tmp/gemeente plan.veerkracht")))
            .unwrap();
        let found = find_recovery(&sub).unwrap();
        assert_eq!(found.project, project());
        assert_eq!(found.original_path.as_deref(), Some(Path::new("/tmp/gemeente plan.veerkracht")));
        assert!(found.saved_at_unix_seconds >= before && found.saved_at_unix_seconds <= before + 60);
        assert_eq!(found.saved_at.len(), "2026-11-23T17:03:38Z".len());
        assert!(found.saved_at.ends_with('Z'));
        assert_eq!(found.file, sub.join(RECOVERY_FILE_NAME));

        // A second write replaces the first; an unsaved project has no path.
        write_recovery(&sub, &Project::default(), &Lineage::default(), None).unwrap();
        let found = find_recovery(&sub).unwrap();
        assert_eq!(found.original_path, None);
        assert!(found.project.variables.is_empty());
        assert_eq!(std::fs::read_dir(&sub).unwrap().count(), 1);

        discard_recovery(&sub).unwrap();
        assert_eq!(find_recovery(&sub), None);
        discard_recovery(&sub).unwrap();
    }

    #[test]
    fn damaged_recovery_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(RECOVERY_FILE_NAME), "(original_path: None, saved_at: ").unwrap();
        assert_eq!(find_recovery(dir.path()), None);
    }

    #[test]
    fn the_recovery_copy_keeps_the_lineage() {
        let dir = tempfile::tempdir().unwrap();
        let mut lineage = Lineage {
            revision: "0123456789abcdef".into(),
            parents: vec!["fedcba9876543210".into()],
            ..Lineage::default()
        };
        lineage.saved_by.organisation = "GGD".into();
        write_recovery(dir.path(), &project(), &lineage, None).unwrap();
        let found = find_recovery(dir.path()).unwrap();
        assert_eq!(found.project.lineage, lineage);
        assert_eq!(Project { lineage: Lineage::default(), ..found.project }, project());
    }
}
