//! Native open/save dialogs (rfd), filtered on `*.veerkracht`.

use crate::text::Language;
use crate::ui::command::ExportKind;
use crate::ui::text;
use std::path::{Path, PathBuf};

pub const EXTENSION: &str = "veerkracht";

pub fn pick_open(language: Language, start: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().add_filter(text::FILE_FILTER.get(language), &[EXTENSION]);
    if let Some(dir) = start.and_then(Path::parent) {
        dialog = dialog.set_directory(dir);
    }
    dialog.pick_file()
}

pub fn pick_save(language: Language, current: Option<&Path>) -> Option<PathBuf> {
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
    dialog.save_file().map(|p| with_extension(&p))
}

/// Where to write an export; the default name follows the project file's name.
pub fn pick_export(language: Language, kind: ExportKind, project_path: Option<&Path>) -> Option<PathBuf> {
    let filter = match kind {
        ExportKind::PlanPdf => text::PDF_FILTER,
        ExportKind::DiagramSvg => text::SVG_FILTER,
    };
    let extension = kind.extension();
    let mut dialog = rfd::FileDialog::new().add_filter(filter.get(language), &[extension]);
    let stem = project_path.and_then(Path::file_stem).map_or_else(|| "veerkrachtplan".into(), |s| s.to_string_lossy());
    dialog = dialog.set_file_name(format!("{stem}.{extension}"));
    if let Some(dir) = project_path.and_then(Path::parent) {
        dialog = dialog.set_directory(dir);
    }
    dialog.save_file()
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
