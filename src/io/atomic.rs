//! Atomic file replacement: temp file in the same folder → `sync_all` → (copy old to `.bak`) → rename over target.
//! A crash or a full disk at any moment leaves either the old or the new file, never a truncated one.

use super::{IoFailure, SaveError, WriteFailure};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The backup of `path`: the same name with `.bak` appended (`plan.veerkracht` → `plan.veerkracht.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: the ONE routine every writer uses (project, recovery, CSV, XMILE, SVG, PDF).
///
/// A temporary file with a short name in the same folder is written and synced, then renamed over the target and
/// the folder synced. The target keeps its permissions (a `0600` file stays `0600`); a symbolic link is kept and
/// its target replaced. With `keep_backup`, an existing file is first copied (atomically, the same way) to
/// [`backup_path`]. Errors are one Dutch sentence naming the file and the cause.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    let shown = path.to_path_buf();
    let fail = |why: WriteFailure| SaveError::Write { path: shown.clone(), why };
    let io = |e: std::io::Error| fail(WriteFailure::Io(IoFailure::from(&e)));
    // Keep a symbolic link: write to what it points at.
    let path = match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).map_err(io)?,
        _ => path.to_path_buf(),
    };
    if path.file_name().is_none() {
        return Err(fail(WriteFailure::NotAFileName));
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(fail(WriteFailure::FolderMissing { folder: parent }));
    }
    if path.is_dir() {
        return Err(fail(WriteFailure::IsAFolder));
    }
    let old = fs::metadata(&path).ok().filter(std::fs::Metadata::is_file);
    if keep_backup && let Some(meta) = &old {
        let previous = fs::read(&path).map_err(io)?;
        replace(&parent, &backup_path(&path), &previous, Some(meta)).map_err(io)?;
    }
    replace(&parent, &path, bytes, old.as_ref()).map_err(io)?;
    Ok(())
}

/// Temp file → sync → permissions of `like` → rename over `target` → sync the folder.
fn replace(parent: &Path, target: &Path, bytes: &[u8], like: Option<&fs::Metadata>) -> std::io::Result<()> {
    let temp = temp_path(parent);
    let result = write_and_sync(&temp, bytes, like).and_then(|()| fs::rename(&temp, target));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_dir(parent);
    Ok(())
}

/// A fresh short hidden name in `parent`: `.vkp-PID-N.tmp` (short, so that a long target name still works).
fn temp_path(parent: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent.join(format!(".vkp-{}-{n}.tmp", std::process::id()))
}

fn write_and_sync(temp: &Path, bytes: &[u8], like: Option<&fs::Metadata>) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if let Some(meta) = like {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        // Created with the old mode at once, so the new content is never readable by more people than the old.
        options.mode(meta.permissions().mode() & 0o7777);
    }
    let mut file: File = options.open(temp)?;
    if let Some(meta) = like {
        // The umask may have narrowed the mode given at creation; set it exactly.
        file.set_permissions(meta.permissions())?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes the rename durable where the platform allows it (best effort: not every system can sync a folder).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.veerkracht");
        write_atomic(&path, b"een", true).unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"twee", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"twee");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"een");
        assert_eq!(backup_path(&path).file_name().unwrap(), "plan.veerkracht.bak");
        // Only the file and its backup: no temp files left.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_symbolic_links() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("geheim.veerkracht");
        write_atomic(&path, b"een", true).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"twee", true).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(backup_path(&path)).unwrap().permissions().mode() & 0o777, 0o600);
        let link = dir.path().join("snelkoppeling.veerkracht");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write_atomic(&link, b"drie", false).unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
        assert_eq!(fs::read(&path).unwrap(), b"drie");
    }

    #[test]
    fn a_long_valid_name_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let name = format!("{}.veerkracht", "a".repeat(255 - ".veerkracht".len() - ".bak".len()));
        let path = dir.path().join(name);
        write_atomic(&path, b"een", true).unwrap();
        write_atomic(&path, b"twee", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"twee");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"een");
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bestaat_niet").join("plan.veerkracht");
        let err = write_atomic(&path, b"x", true).unwrap_err();
        let folder = dir.path().join("bestaat_niet");
        assert_eq!(err, SaveError::Write { path, why: WriteFailure::FolderMissing { folder } });
        let nl = err.to_string();
        assert!(nl.starts_with("Kan '"), "{nl}");
        assert!(nl.contains("niet opslaan: de map"), "{nl}");
        assert!(nl.ends_with("bestaat niet."), "{nl}");
    }
}
