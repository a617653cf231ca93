//! Native open/save dialogs (rfd), filtered on `*.veerkracht`.

use crate::text::Language;
use crate::ui::command::ExportKind;
use crate::ui::text;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a native dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog was shown: rfd answers "nothing chosen" at once when the portal or zenity fails. The app then says
    /// so and uses its own file window instead of doing nothing.
    Failed,
}

/// A "nothing chosen" faster than this is a dialog that was never shown: no person opens a file dialog, reads it
/// and closes it within a quarter of a second.
pub const NOT_SHOWN_WITHIN: Duration = Duration::from_millis(250);

/// The answer of a dialog opened at `started`.
pub fn answer(started: Instant, chosen: Option<PathBuf>, now: Instant) -> Picked {
    match chosen {
        Some(path) => Picked::Chosen(path),
        None if now.saturating_duration_since(started) < NOT_SHOWN_WITHIN => Picked::Failed,
        None => Picked::Cancelled,
    }
}

/// Shows `dialog` with `show` and classifies its answer (see [`Picked`]).
fn shown(dialog: rfd::FileDialog, show: impl FnOnce(rfd::FileDialog) -> Option<PathBuf>) -> Picked {
    let started = Instant::now();
    let chosen = show(dialog);
    answer(started, chosen, Instant::now())
}

pub const EXTENSION: &str = "veerkracht";

/// Whether a native file dialog can be shown. On Linux the dialogs need the desktop portal (D-Bus service
/// `org.freedesktop.portal.Desktop`) or `zenity`/`kdialog`; without them the dialog call returns "cancelled" at
/// once and nothing happens, so the app says why instead. Other systems always have one.
pub fn native_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let portal = ["/usr/share/dbus-1/services", "/usr/local/share/dbus-1/services"]
        .iter()
        .any(|dir| Path::new(dir).join("org.freedesktop.portal.Desktop.service").is_file());
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    (portal && std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()) || on_path("zenity") || on_path("kdialog")
}

pub fn pick_open(language: Language, start: Option<&Path>) -> Picked {
    let mut dialog = rfd::FileDialog::new().add_filter(text::FILE_FILTER.get(language), &[EXTENSION]);
    if let Some(dir) = start.and_then(Path::parent) {
        dialog = dialog.set_directory(dir);
    }
    shown(dialog, rfd::FileDialog::pick_file)
}

pub fn pick_save(language: Language, current: Option<&Path>) -> Picked {
    let mut dialog = rfd::FileDialog::new().add_filter(text::FILE_FILTER.get(language), &[EXTENSION]);
    if let Some(p) = current {
        if let Some(dir) = p.parent() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = p.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
    } else {
        dialog = dialog.set_file_name(format!("veerkrachtplan.{EXTENSION}"));
    }
    match shown(dialog, rfd::FileDialog::save_file) {
        Picked::Chosen(p) => Picked::Chosen(with_extension(&p)),
        other => other,
    }
}

/// Where to write an export; the default name follows the project file's name.
pub fn pick_export(language: Language, kind: ExportKind, project_path: Option<&Path>) -> Picked {
    let filter = match kind {
        ExportKind::PlanPdf => text::PDF_FILTER,
        ExportKind::DiagramSvg => text::SVG_FILTER,
        ExportKind::DiagramPng => text::PNG_FILTER,
        ExportKind::PlanDocx => text::DOCX_FILTER,
        ExportKind::RunsCsv => text::CSV_FILTER,
        ExportKind::ModelXmile => text::XMILE_FILTER,
    };
    let extension = kind.extension();
    let mut dialog = rfd::FileDialog::new().add_filter(filter.get(language), &[extension]);
    let stem = project_path.and_then(Path::file_stem).map_or_else(|| "veerkrachtplan".into(), |s| s.to_string_lossy());
    dialog = dialog.set_file_name(format!("{stem}.{extension}"));
    if let Some(dir) = project_path.and_then(Path::parent) {
        dialog = dialog.set_directory(dir);
    }
    shown(dialog, rfd::FileDialog::save_file)
}

/// Adds `.veerkracht` when the user typed a name without it.
pub fn with_extension(path: &Path) -> PathBuf {
    if path.extension().is_some_and(|e| e == EXTENSION) {
        path.to_path_buf()
    } else {
        let mut s = path.as_os_str().to_owned();
        s.push(".");
        s.push(EXTENSION);
        PathBuf::from(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_chosen_at_once_is_a_failed_dialog_not_a_cancel() {
        let start = Instant::now();
        let path = PathBuf::from("/tmp/a.veerkracht");
        assert_eq!(answer(start, Some(path.clone()), start), Picked::Chosen(path));
        assert_eq!(answer(start, None, start + Duration::from_millis(20)), Picked::Failed);
        assert_eq!(answer(start, None, start + Duration::from_secs(3)), Picked::Cancelled);
    }
}
