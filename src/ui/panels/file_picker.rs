//! The in-app file window for Openen, Opslaan als and Exporteren: used when no native file dialog can be shown
//! (Linux without a desktop portal, zenity or kdialog) or when the setting asks for it. It lists the current
//! folder (folders first, marked with a trailing "/", then the files with the action's extension), has a path with "omhoog", a name field for
//! writing actions (the extension is added when missing), the recent folders, and asks before overwriting.

use crate::text::Language;
use crate::ui::command::ExportKind;
use crate::ui::text;
use eframe::egui;
use std::path::{Path, PathBuf};

/// The project file extension.
pub const PROJECT_EXTENSION: &str = "veerkracht";

/// What the chosen file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerPurpose {
    Open,
    SaveAs,
    Export(ExportKind),
    /// Bestand → Vergelijken met…: the other version of the project.
    Compare,
    /// The common base version for a three-way merge.
    MergeBase,
}

impl PickerPurpose {
    /// The extension of the files listed and of the file written.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Open | Self::SaveAs | Self::Compare | Self::MergeBase => PROJECT_EXTENSION,
            Self::Export(kind) => kind.extension(),
        }
    }

    /// True when the window picks an existing file to read (no name to type, nothing is overwritten).
    pub fn reads(self) -> bool {
        matches!(self, Self::Open | Self::Compare | Self::MergeBase)
    }

    fn title(self) -> text::Txt {
        match self {
            Self::Open => text::PICKER_OPEN_TITLE,
            Self::SaveAs => text::PICKER_SAVE_TITLE,
            Self::Export(_) => text::PICKER_EXPORT_TITLE,
            Self::Compare => text::PICKER_COMPARE_TITLE,
            Self::MergeBase => text::PICKER_BASE_TITLE,
        }
    }
}

/// One row of the folder list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderEntry {
    pub name: String,
    pub is_dir: bool,
}

/// The folders and the files with `extension` (any case) in `folder`: folders first, each group by name; hidden
/// entries (starting with a dot) are left out.
pub fn list_folder(folder: &Path, extension: &str) -> std::io::Result<Vec<FolderEntry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let is_dir = entry.path().is_dir();
        let matches = Path::new(&name).extension().is_some_and(|e| e.eq_ignore_ascii_case(extension));
        if is_dir || matches {
            entries.push(FolderEntry { name, is_dir });
        }
    }
    entries.sort_by(|a, b| b.is_dir.cmp(&a.is_dir).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok(entries)
}

/// `name` with `.extension` added when it does not end with it (any case).
pub fn with_extension(name: &str, extension: &str) -> String {
    if Path::new(name).extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
        name.to_owned()
    } else {
        format!("{name}.{extension}")
    }
}

/// The system's reason in the user's language for the common cases.
fn reason(language: Language, error: &std::io::Error) -> String {
    let known = match error.kind() {
        std::io::ErrorKind::PermissionDenied => Some(("geen leesrechten", "no permission to read")),
        std::io::ErrorKind::NotFound => Some(("de map bestaat niet", "the folder does not exist")),
        std::io::ErrorKind::NotADirectory => Some(("dit is geen map", "this is not a folder")),
        _ => None,
    };
    match (known, language) {
        (Some((nl, _)), Language::Nl) => nl.to_owned(),
        (Some((_, en)), Language::En) => en.to_owned(),
        (None, _) => error.to_string(),
    }
}

/// The state of the open window.
#[derive(Clone, Debug)]
pub struct FilePicker {
    pub purpose: PickerPurpose,
    pub folder: PathBuf,
    /// The name field (for Openen: the file chosen in the list).
    pub name: String,
    pub recent_folders: Vec<PathBuf>,
    /// After a successful Opslaan als, the action that waited for the unsaved-changes answer goes on.
    pub then_continue: bool,
    entries: Vec<FolderEntry>,
    message: Option<String>,
    overwrite: Option<PathBuf>,
}

/// What happened in the window this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickerOutcome {
    StillOpen,
    Cancelled,
    Chosen(PathBuf),
}

impl FilePicker {
    pub fn new(purpose: PickerPurpose, folder: PathBuf, name: String, recent_folders: Vec<PathBuf>) -> Self {
        let mut picker = Self {
            purpose,
            folder: folder.clone(),
            name,
            recent_folders,
            then_continue: false,
            entries: Vec::new(),
            message: None,
            overwrite: None,
        };
        picker.enter(folder, Language::default());
        picker
    }

    /// Shows `folder`; when it cannot be read, stays where it is and says why.
    pub fn enter(&mut self, folder: PathBuf, language: Language) {
        match list_folder(&folder, self.purpose.extension()) {
            Ok(entries) => {
                self.folder = folder;
                self.entries = entries;
                self.message = None;
                self.overwrite = None;
            }
            Err(e) => self.message = Some(text::folder_unreadable(language, &folder, &reason(language, &e))),
        }
    }

    pub fn entries(&self) -> &[FolderEntry] {
        &self.entries
    }

    /// Shows `message` (e.g. why the last write failed) under the name field.
    pub fn show_message(&mut self, message: String) {
        self.message = Some(message);
        self.overwrite = None;
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The path for the name field, or why there is none yet. A folder name opens that folder; an existing file
    /// for a writing action asks first.
    pub fn confirm(&mut self, language: Language) -> Option<PathBuf> {
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            let why = if self.purpose.reads() { text::PICKER_CHOOSE_FILE } else { text::PICKER_NO_NAME };
            self.message = Some(why.get(language).to_owned());
            return None;
        }
        let typed = self.folder.join(&name);
        if typed.is_dir() {
            self.name.clear();
            self.enter(typed, language);
            return None;
        }
        if self.purpose.reads() {
            if typed.is_file() {
                return Some(typed);
            }
            self.message = Some(text::with_path(language, text::PICKER_NOT_FOUND, &typed));
            return None;
        }
        let path = self.folder.join(with_extension(&name, self.purpose.extension()));
        if path.exists() {
            self.overwrite = Some(path);
            return None;
        }
        Some(path)
    }
}

/// Draws the window; the caller acts on [`PickerOutcome::Chosen`] and closes it on anything but `StillOpen`.
pub fn file_picker_ui(ctx: &egui::Context, picker: &mut FilePicker, language: Language) -> PickerOutcome {
    let mut outcome = PickerOutcome::StillOpen;
    let mut go_to: Option<PathBuf> = None;
    let mut confirm = false;
    let mut open = true;
    egui::Window::new(picker.purpose.title().get(language))
        .open(&mut open)
        .collapsible(false)
        .default_size([560.0, 440.0])
        .show(ctx, |ui| {
            ui.horizontal_wrapped(|ui| {
                if ui.button(text::PICKER_UP.get(language)).on_hover_text(text::HINT_PICKER_UP.get(language)).clicked()
                {
                    go_to = picker.folder.parent().map(Path::to_path_buf);
                }
                ui.label(text::PICKER_FOLDER.get(language));
                let mut ancestors: Vec<&Path> = picker.folder.ancestors().collect();
                ancestors.reverse();
                for ancestor in ancestors {
                    let label = ancestor
                        .file_name()
                        .map_or_else(|| ancestor.display().to_string(), |n| n.to_string_lossy().into());
                    if ui.small_button(label).clicked() {
                        go_to = Some(ancestor.to_path_buf());
                    }
                }
            });
            if !picker.recent_folders.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(text::PICKER_RECENT.get(language));
                    for folder in &picker.recent_folders {
                        if ui.small_button(folder.display().to_string()).clicked() {
                            go_to = Some(folder.clone());
                        }
                    }
                });
            }
            ui.separator();
            egui::ScrollArea::vertical().max_height(240.0).auto_shrink([false, true]).show(ui, |ui| {
                if picker.entries.is_empty() {
                    ui.weak(text::PICKER_EMPTY.get(language));
                }
                for entry in &picker.entries {
                    if entry.is_dir {
                        if ui.selectable_label(false, format!("{}/", entry.name)).clicked() {
                            go_to = Some(picker.folder.join(&entry.name));
                        }
                    } else {
                        let row = ui.selectable_label(picker.name == entry.name, entry.name.as_str());
                        if row.clicked() {
                            picker.name.clone_from(&entry.name);
                            picker.overwrite = None;
                        }
                        if row.double_clicked() {
                            confirm = true;
                        }
                    }
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label(text::PICKER_NAME.get(language));
                let field = ui.text_edit_singleline(&mut picker.name).labelled_by(label.id);
                if field.changed() {
                    picker.overwrite = None;
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    confirm = true;
                }
            });
            if let Some(message) = &picker.message {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
            if let Some(target) = picker.overwrite.clone() {
                ui.colored_label(ui.visuals().warn_fg_color, text::file_exists(language, &target));
                ui.horizontal(|ui| {
                    if ui.button(text::PICKER_OVERWRITE.get(language)).clicked() {
                        outcome = PickerOutcome::Chosen(target);
                    }
                    if ui.button(text::PICKER_CANCEL.get(language)).clicked() {
                        picker.overwrite = None;
                    }
                });
            } else {
                ui.horizontal(|ui| {
                    let action = if picker.purpose.reads() { text::PICKER_OPEN } else { text::PICKER_SAVE };
                    if ui.button(action.get(language)).clicked() {
                        confirm = true;
                    }
                    if ui.button(text::PICKER_CANCEL.get(language)).clicked() {
                        outcome = PickerOutcome::Cancelled;
                    }
                });
            }
        });
    if !open {
        return PickerOutcome::Cancelled;
    }
    if let Some(folder) = go_to {
        picker.enter(folder, language);
    }
    if confirm && let Some(path) = picker.confirm(language) {
        outcome = PickerOutcome::Chosen(path);
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_come_first_and_only_matching_files_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("zomer")).unwrap();
        std::fs::create_dir(dir.path().join(".verborgen")).unwrap();
        for name in ["b.veerkracht", "A.VEERKRACHT", "notities.txt", "plan.pdf"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let names: Vec<_> =
            list_folder(dir.path(), "veerkracht").unwrap().into_iter().map(|e| (e.name, e.is_dir)).collect();
        assert_eq!(names, vec![("zomer".into(), true), ("A.VEERKRACHT".into(), false), ("b.veerkracht".into(), false)]);
    }

    #[test]
    fn the_extension_is_added_only_when_missing() {
        assert_eq!(with_extension("plan", "pdf"), "plan.pdf");
        assert_eq!(with_extension("plan.PDF", "pdf"), "plan.PDF");
        assert_eq!(with_extension("v1.2", "veerkracht"), "v1.2.veerkracht");
    }

    #[test]
    fn an_unreadable_folder_is_named_and_an_existing_file_asks_first() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan.veerkracht"), "x").unwrap();
        let mut picker = FilePicker::new(PickerPurpose::SaveAs, dir.path().to_path_buf(), "plan".into(), Vec::new());
        let missing = dir.path().join("bestaat-niet");
        picker.enter(missing, Language::Nl);
        assert_eq!(picker.folder, dir.path());
        assert!(picker.message().unwrap().contains("bestaat-niet"), "{:?}", picker.message());
        assert!(picker.message().unwrap().contains("de map bestaat niet"));
        assert_eq!(picker.confirm(Language::Nl), None, "an existing file is not overwritten without asking");
        assert_eq!(picker.overwrite.as_deref(), Some(dir.path().join("plan.veerkracht").as_path()));
        picker.name = "nieuw".into();
        assert_eq!(picker.confirm(Language::Nl), Some(dir.path().join("nieuw.veerkracht")));
    }
}
