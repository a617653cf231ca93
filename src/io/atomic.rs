//! Atomic file replacement: temp file in the same folder → `sync_all` → (copy old to `.bak`) → rename over target.
//! A crash or a full disk at any moment leaves either the old or the new file, never a truncated one.

use super::SaveError;
use std::fs::{self, File, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The backup of `path`: the same name with `.bak` appended (`plan.veerkracht` → `plan.veerkracht.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically. With `keep_backup`, an existing `path` is first copied to
/// [`backup_path`]. Errors are one Dutch sentence naming the file and the cause.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), SaveError> {
    let shown = path.display();
    let fail = |why: String| SaveError(format!("Kan '{shown}' niet opslaan: {why}."));
    let Some(file_name) = path.file_name() else {
        return Err(fail("dit is geen bestandsnaam".to_owned()));
    };
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(fail(format!("de map '{}' bestaat niet", parent.display())));
    }
    if path.is_dir() {
        return Err(fail("er staat al een map met die naam".to_owned()));
    }

    let temp = temp_path(&parent, file_name);
    let result = write_and_sync(&temp, bytes)
        .and_then(
            |()| if keep_backup && path.is_file() { fs::copy(path, backup_path(path)).map(|_| ()) } else { Ok(()) },
        )
        .and_then(|()| fs::rename(&temp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(fail(describe_write_error(&e)));
    }
    sync_dir(&parent);
    Ok(())
}

/// A fresh hidden name next to the target: `.NAME.PID-N.tmp`.
fn temp_path(parent: &Path, file_name: &std::ffi::OsStr) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(file_name);
    name.push(format!(".{}-{n}.tmp", std::process::id()));
    parent.join(name)
}

fn write_and_sync(temp: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file: File = OpenOptions::new().write(true).create_new(true).open(temp)?;
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

pub(crate) fn describe_write_error(e: &std::io::Error) -> String {
    match e.kind() {
        ErrorKind::NotFound => "de map bestaat niet (meer)".to_owned(),
        ErrorKind::PermissionDenied => "geen schrijfrechten in deze map".to_owned(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "de schijf is vol".to_owned(),
        ErrorKind::ReadOnlyFilesystem => "de schijf is alleen-lezen".to_owned(),
        ErrorKind::FileTooLarge => "het bestand is te groot voor deze schijf".to_owned(),
        _ => format!("schrijffout ({e})"),
    }
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

    #[test]
    fn missing_folder_is_a_dutch_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bestaat_niet").join("plan.veerkracht");
        let err = write_atomic(&path, b"x", true).unwrap_err();
        assert!(err.0.starts_with("Kan '"), "{err}");
        assert!(err.0.contains("niet opslaan: de map"), "{err}");
        assert!(err.0.ends_with("bestaat niet."), "{err}");
    }

    #[test]
    fn disk_errors_in_dutch() {
        let full = std::io::Error::from(ErrorKind::StorageFull);
        assert_eq!(describe_write_error(&full), "de schijf is vol");
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(describe_write_error(&denied), "geen schrijfrechten in deze map");
    }
}
