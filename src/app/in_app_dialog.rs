//! Opening the in-app file window (`ui::panels::file_picker`) and acting on its choice. It is used when no native
//! dialog can be shown or when the setting asks for it; the first time for the first reason, the status bar says why.

use super::planner_app::PlannerApp;
use crate::text::Language;
use crate::ui::command::AppCommand;
use crate::ui::panels::file_picker::{FilePicker, PickerOutcome, PickerPurpose, file_picker_ui, with_extension};
use crate::ui::text;
use eframe::egui;
use std::path::{Path, PathBuf};

/// The in-app file window's state in the app.
#[derive(Debug, Default)]
pub struct FileWindow {
    /// The window, while open.
    pub picker: Option<FilePicker>,
    /// Why the in-app window is used was said (once per session).
    pub(crate) reason_shown: bool,
    /// The next `SaveTo` comes from the unsaved-changes prompt: on success the waiting action goes on.
    pub(crate) continue_after_save: bool,
    /// The window whose choice is being written: it comes back when the write fails.
    awaiting_write: Option<FilePicker>,
}

impl FileWindow {
    /// After a `SaveTo`/`ExportTo`: a failed write chosen in the window opens it again, showing `reason`. True
    /// when it was opened again.
    pub(crate) fn written(&mut self, ok: bool, reason: &str) -> bool {
        match self.awaiting_write.take() {
            Some(mut picker) if !ok => {
                picker.show_message(reason.to_owned());
                self.picker = Some(picker);
                true
            }
            _ => false,
        }
    }
}

impl PlannerApp {
    /// True when Openen, Opslaan als and Exporteren use the in-app window.
    pub(crate) fn use_own_dialog(&self) -> bool {
        !self.native_dialogs || self.settings.own_file_dialog
    }

    /// Opens the in-app window for `purpose`, starting in the project's folder (else the most recent folder, the
    /// home folder, the working folder).
    pub(crate) fn open_picker(&mut self, purpose: PickerPurpose, then_continue: bool) {
        let project = self.document.path.as_deref();
        let home = std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from);
        let folder = project
            .and_then(Path::parent)
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| self.settings.recent_folders.iter().find(|f| f.is_dir()).cloned())
            .or(home)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let stem = project.and_then(Path::file_stem).map_or_else(|| "veerkrachtplan".into(), |s| s.to_string_lossy());
        let name = match purpose {
            PickerPurpose::Open | PickerPurpose::Compare | PickerPurpose::MergeBase => String::new(),
            PickerPurpose::SaveAs | PickerPurpose::Export(_) => with_extension(&stem, purpose.extension()),
        };
        let mut picker = FilePicker::new(purpose, folder, name, self.settings.recent_folders.clone());
        picker.then_continue = then_continue;
        if !self.native_dialogs && !self.file_window.reason_shown {
            self.file_window.reason_shown = true;
            self.set_status(text::PICKER_WHY.get(self.language()));
        }
        self.file_window.picker = Some(picker);
    }

    /// A native dialog was not shown ([`super::file_dialog::Picked::Failed`]): from now on the in-app window is
    /// used; says why once and opens it for `purpose`.
    pub(crate) fn native_dialog_failed(&mut self, purpose: PickerPurpose) {
        self.native_dialogs = false;
        self.file_window.reason_shown = true;
        self.open_picker(purpose, false);
        self.set_error(text::PICKER_NATIVE_FAILED.get(self.language()));
    }

    /// Draws the window while open; a chosen path becomes the command that opens, saves or exports.
    pub(crate) fn file_picker_ui(&mut self, ctx: &egui::Context, language: Language, commands: &mut Vec<AppCommand>) {
        let Some(picker) = &mut self.file_window.picker else { return };
        match file_picker_ui(ctx, picker, language) {
            PickerOutcome::StillOpen => {}
            PickerOutcome::Cancelled => {
                if picker.then_continue {
                    // The waiting action (quit, new, open) does not happen without the save.
                    self.pending = None;
                }
                self.file_window.picker = None;
            }
            PickerOutcome::Chosen(path) => {
                let (purpose, then_continue) = (picker.purpose, picker.then_continue);
                let picker = self.file_window.picker.take();
                if !purpose.reads() {
                    self.file_window.awaiting_write = picker;
                }
                // A typed sub-path may name a folder that does not exist (the save then fails with its reason).
                if let Some(folder) = path.parent().filter(|f| f.is_dir()) {
                    self.settings.remember_folder(folder);
                }
                self.file_window.continue_after_save = then_continue;
                commands.push(match purpose {
                    PickerPurpose::Open => AppCommand::OpenPath(path),
                    PickerPurpose::SaveAs => AppCommand::SaveTo(path),
                    PickerPurpose::Export(kind) => AppCommand::ExportTo(kind, path),
                    PickerPurpose::Compare => AppCommand::ComparePath(path),
                    PickerPurpose::MergeBase => AppCommand::MergeWithBase(Some(path)),
                });
            }
        }
    }
}
