//! Runs [`AppCommand`]s. This is the only place that calls `edit::apply` (through `apply_edit`) and the only place
//! that replaces the document.

use eframe::egui;

use super::document::Document;
use super::file_dialog::{self, Picked};
use super::planner_app::{PendingAction, PlannerApp};
use crate::analysis::auto_layout::auto_layout;
use crate::edit::Edit;
use crate::edit::{new_link_edit, new_variable_edit, rename_variable_edit};
use crate::io::find_recovery;
use crate::model::{LinkId, Project, ResourceKind, VariableId};
use crate::ui::canvas;
use crate::ui::command::{AppCommand, UnsavedChoice};
use crate::ui::panels::dialogs::Dialog;
use crate::ui::panels::file_picker::PickerPurpose;
use crate::ui::text;
use crate::ui::view_state::Selection;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

impl PlannerApp {
    pub(crate) fn execute(&mut self, ctx: &egui::Context, command: AppCommand) {
        match command {
            AppCommand::NewProject => {
                if self.guard(PendingAction::New) {
                    self.perform(ctx, PendingAction::New);
                }
            }
            // The in-app window asks about unsaved changes when a file was chosen (through `OpenPath`).
            AppCommand::Open if self.use_own_dialog() => self.open_picker(PickerPurpose::Open, false),
            AppCommand::Open => {
                if self.guard(PendingAction::OpenDialog) {
                    self.perform(ctx, PendingAction::OpenDialog);
                }
            }
            AppCommand::OpenPath(path) => {
                if self.guard(PendingAction::OpenPath(path.clone())) {
                    self.perform(ctx, PendingAction::OpenPath(path));
                }
            }
            AppCommand::Save => {
                self.save_or_ask();
            }
            AppCommand::SaveAs => {
                if let Some(path) = self.ask_save_path() {
                    self.save_to(&path);
                }
            }
            AppCommand::SaveTo(path) => {
                let saved = self.save_to(&path);
                // A failed write from the in-app window opens it again with the reason; the waiting action of
                // the unsaved-changes prompt goes on only when the work is on disk.
                let reopened = self.file_window.written(saved, &self.status.text);
                if std::mem::take(&mut self.file_window.continue_after_save) && !reopened {
                    match self.pending.take() {
                        Some(action) if saved => self.perform(ctx, action),
                        _ => {}
                    }
                }
            }
            AppCommand::Export(kind) => self.export_dialog(ctx, kind),
            AppCommand::ExportTo(kind, path) => self.start_export(ctx, kind, &path, true),
            AppCommand::CompareWith => self.compare_with_dialog(),
            AppCommand::ComparePath(path) => self.compare_path(&path),
            AppCommand::AcceptDifferences(keys) => self.accept_differences(&keys),
            AppCommand::MergeWithBase(path) => self.merge_with_base(path),
            AppCommand::AcceptMerge => self.accept_merge(),
            AppCommand::CloseCompare => self.compare = None,
            AppCommand::EditSavedBy => self.saved_by_open = true,
            AppCommand::Quit => {
                if self.guard(PendingAction::Quit) {
                    self.perform(ctx, PendingAction::Quit);
                }
            }
            AppCommand::Undo => self.undo_redo(true),
            AppCommand::Redo => self.undo_redo(false),
            AppCommand::DeleteSelection => {
                let selection = std::mem::take(&mut self.view.selection);
                if !selection.is_empty() {
                    let edit = Edit::Delete {
                        variables: selection.variables.into_iter().collect(),
                        links: selection.links.into_iter().collect(),
                    };
                    self.apply_edit(edit);
                }
            }
            AppCommand::SelectAll => {
                let p = &self.document.project;
                self.view.selection = Selection {
                    variables: p.variables.iter().map(|v| v.id.clone()).collect(),
                    links: p.links.iter().map(|l| l.id.clone()).collect(),
                };
            }
            AppCommand::AutoLayout => {
                let layout = auto_layout(&self.document.project);
                if self.apply_edit(Edit::SetLayout(layout)) {
                    self.view.fit_requested = true;
                }
            }
            AppCommand::FitView => self.view.fit_requested = true,
            AppCommand::ToggleLeftPanel => self.view.left_panel_hidden = !self.view.left_panel_hidden,
            AppCommand::ToggleInspector => self.view.inspector_hidden = !self.view.inspector_hidden,
            AppCommand::ZoomIn | AppCommand::ZoomOut => {
                let factor = if command == AppCommand::ZoomIn { 1.25 } else { 0.8 };
                let anchor = self.view.last_canvas_rect.map_or(egui::Pos2::ZERO, |r| r.center());
                self.view.transform.zoom_around(anchor, factor);
                self.view.auto_fit = false;
            }
            AppCommand::SetLanguage(l) => {
                self.settings.language = l;
                // What the status bar said is in the old language; start fresh in the new one.
                self.set_status(text::STATUS_READY.get(l));
            }
            AppCommand::SetOwnFileDialog(own) => self.settings.own_file_dialog = own,
            AppCommand::Edit(edit) => {
                self.apply_edit(edit);
            }
            AppCommand::MergedEdit { edit, merge_key } => {
                self.apply_edit_merged(edit, Some(&merge_key));
            }
            AppCommand::AddVariableAt(position) => self.add_variable_at(position),
            AppCommand::AddLink { from, to, polarity } => self.add_link(&from, &to, polarity),
            AppCommand::FlipPolarity(id) => {
                if let Some(link) = self.document.project.link(&id) {
                    let mut link = link.clone();
                    link.polarity = link.polarity.flipped();
                    self.apply_edit(Edit::UpdateLink(link));
                }
            }
            AppCommand::StartRename(id) => {
                self.view.selection = Selection::only_variable(id.clone());
                canvas::start_rename(&mut self.view, &self.document.project, &id, self.settings.language);
            }
            AppCommand::RenameVariable { variable, name } => {
                match rename_variable_edit(&self.document.project, &variable, &name) {
                    Ok(edit) => {
                        self.apply_edit(edit);
                    }
                    Err(e) => self.set_error(crate::text::edit_errors::edit_error(&e, self.language())),
                }
            }
            AppCommand::ResolveUnsaved(choice) => self.resolve_unsaved(ctx, choice),
            AppCommand::CloseLoadProblems => {
                if matches!(self.dialog, Some(Dialog::LoadProblems { .. })) {
                    self.dialog = None;
                }
            }
            AppCommand::RestoreRecovery => self.restore_recovery(),
            AppCommand::DiscardRecovery => {
                self.dialog = None;
                self.discard_recovery();
            }
            AppCommand::ShowHelp(page) => self.help = Some(page),
            AppCommand::CloseHelp => self.help = None,
            AppCommand::ShowAbout => {
                // Never on top of a question that waits for an answer (unsaved changes, recovery).
                if self.dialog.is_none() {
                    self.dialog = Some(Dialog::About);
                }
            }
            AppCommand::CloseAbout => {
                if self.dialog == Some(Dialog::About) {
                    self.dialog = None;
                }
            }
        }
    }

    /// A new variable with the default name at `position`, selected and in rename mode.
    fn add_variable_at(&mut self, position: crate::model::Position) {
        let name = text::VAR_NAME_DEFAULT.get(self.language());
        let edit = new_variable_edit(&self.document.project, name, ResourceKind::default(), position);
        let id = match &edit {
            Edit::AddVariable { variable, .. } => Some(variable.id.clone()),
            _ => None,
        };
        if self.apply_edit(edit)
            && let Some(id) = id
        {
            self.view.selection = Selection::only_variable(id.clone());
            canvas::start_rename(&mut self.view, &self.document.project, &id, self.settings.language);
        }
    }

    /// A new link from `from` to `to`, selected.
    fn add_link(&mut self, from: &VariableId, to: &VariableId, polarity: crate::model::Polarity) {
        match new_link_edit(&self.document.project, from, to, polarity) {
            Ok(edit) => {
                let id = match &edit {
                    Edit::AddLink(link) => Some(link.id.clone()),
                    _ => None,
                };
                if self.apply_edit(edit)
                    && let Some(id) = id
                {
                    self.view.selection = Selection::only_link(id);
                }
            }
            Err(e) => self.set_error(crate::text::edit_errors::edit_error(&e, self.language())),
        }
    }

    /// Applies one edit, records its inverse and bumps the generation. Errors go to the status bar.
    pub(crate) fn apply_edit(&mut self, edit: Edit) -> bool {
        self.apply_edit_merged(edit, None)
    }

    /// Like [`Self::apply_edit`]; with a merge key the edit joins the previous undo step made with that key.
    fn apply_edit_merged(&mut self, edit: Edit, merge_key: Option<&str>) -> bool {
        let history = &mut self.document.history;
        let result = match merge_key {
            Some(key) => history.apply_merged(&mut self.document.project, edit, key),
            None => history.apply(&mut self.document.project, edit),
        };
        match result {
            Ok(()) => {
                self.document.generation = self.fresh_generation();
                self.prune_view();
                if let Some(done) = self.document.history.undo_description() {
                    // What the whole step did, typing merged into it included ("Plan 'Basis' hernoemd naar
                    // 'Ambitieus'"): the state before it is the project with the step undone, on a copy.
                    let project = &self.document.project;
                    let before = self.document.history.undo_edit().and_then(|inverse| {
                        let mut before = project.clone();
                        crate::edit::apply(&mut before, inverse.clone()).ok().map(|_| before)
                    });
                    let before = before.as_ref().unwrap_or(project);
                    let changes = crate::diff::diff(before, project);
                    let (keys, language) = (self.undo_keys(), self.language());
                    let message = crate::text::edits::done(done, &changes, &[project, before], &keys, language);
                    self.set_status(message);
                }
                true
            }
            Err(e) => {
                self.set_error(crate::text::edit_errors::edit_error(&e, self.language()));
                false
            }
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let language = self.language();
        let history = &mut self.document.history;
        let possible = if undo { history.can_undo() } else { history.can_redo() };
        if !possible {
            let t = if undo { text::STATUS_NOTHING_UNDO } else { text::STATUS_NOTHING_REDO };
            self.set_status(t.get(language));
            return;
        }
        let step = if undo { history.undo_description() } else { history.redo_description() };
        // To name what the step changed ("verband 'Stress → Welbevinden' verwijderd").
        let before = self.document.project.clone();
        let history = &mut self.document.history;
        let result =
            if undo { history.undo(&mut self.document.project) } else { history.redo(&mut self.document.project) };
        self.document.generation = self.fresh_generation();
        self.prune_view();
        match result.unwrap_or(Ok(())) {
            Ok(()) => {
                let project = &self.document.project;
                let message = match (step, undo) {
                    (Some(step), true) => crate::text::edits::undone(
                        step,
                        &crate::diff::diff(project, &before),
                        &[project, &before],
                        language,
                    ),
                    (Some(step), false) => crate::text::edits::redone(
                        step,
                        &crate::diff::diff(&before, project),
                        &[project, &before],
                        language,
                    ),
                    (None, true) => text::STATUS_UNDONE.get(language).to_owned(),
                    (None, false) => text::STATUS_REDONE.get(language).to_owned(),
                };
                self.set_status(message);
            }
            Err(e) => self.set_error(crate::text::edit_errors::edit_error(&e, self.language())),
        }
    }

    /// Drops selected or highlighted items that no longer exist.
    fn prune_view(&mut self) {
        let p = &self.document.project;
        let vars: BTreeSet<&VariableId> = p.variables.iter().map(|v| &v.id).collect();
        let links: BTreeSet<&LinkId> = p.links.iter().map(|l| &l.id).collect();
        self.view.selection.variables.retain(|id| vars.contains(id));
        self.view.selection.links.retain(|id| links.contains(id));
        if self.view.highlighted_loop.as_ref().is_some_and(|l| l.iter().any(|id| !links.contains(id))) {
            self.view.highlighted_loop = None;
        }
        if self.view.rename.as_ref().is_some_and(|r| !vars.contains(&r.variable)) {
            self.view.rename = None;
        }
    }

    /// True when `action` may run now; otherwise asks about unsaved changes first.
    fn guard(&mut self, action: PendingAction) -> bool {
        if !self.is_dirty() {
            return true;
        }
        self.pending = Some(action);
        self.dialog = Some(Dialog::Unsaved);
        false
    }

    fn perform(&mut self, ctx: &egui::Context, action: PendingAction) {
        let language = self.language();
        match action {
            PendingAction::New => {
                self.replace_document(crate::io::default_project(), None);
                self.set_status(text::STATUS_NEW.get(language));
            }
            PendingAction::OpenDialog => {
                if self.use_own_dialog() {
                    self.open_picker(PickerPurpose::Open, false);
                } else {
                    match file_dialog::pick_open(language, self.document.path.as_deref()) {
                        Picked::Chosen(path) => self.open_path_now(&path),
                        Picked::Failed => self.native_dialog_failed(PickerPurpose::Open),
                        Picked::Cancelled => {}
                    }
                }
            }
            PendingAction::OpenPath(path) => self.open_path_now(&path),
            PendingAction::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                ctx.request_repaint();
            }
        }
    }

    fn resolve_unsaved(&mut self, ctx: &egui::Context, choice: UnsavedChoice) {
        if self.dialog == Some(Dialog::Unsaved) {
            self.dialog = None;
        }
        let Some(action) = self.pending.take() else { return };
        match choice {
            UnsavedChoice::Cancel => {}
            UnsavedChoice::DontSave => {
                self.discard_recovery();
                self.perform(ctx, action);
            }
            UnsavedChoice::Save if self.document.path.is_none() && self.use_own_dialog() => {
                // Opslaan als in the in-app window; the action goes on after a successful save (`SaveTo`).
                self.pending = Some(action);
                self.open_picker(PickerPurpose::SaveAs, true);
            }
            UnsavedChoice::Save => {
                if self.save_or_ask() {
                    self.perform(ctx, action);
                } else if let Some(picker) = &mut self.file_window.picker {
                    // The native dialog failed and the in-app window took over: go on after its save.
                    picker.then_continue = true;
                    self.pending = Some(action);
                }
            }
        }
    }

    fn replace_document(&mut self, project: Project, path: Option<PathBuf>) {
        let generation = self.fresh_generation();
        self.document = Document::new(project, path, generation);
        self.view.reset_for_new_document();
        self.compare = None;
    }

    /// Loads `path` (no unsaved-changes check). A file that fails to load leaves the document as it is and shows
    /// every problem.
    pub(crate) fn open_path_now(&mut self, path: &Path) {
        let language = self.language();
        match crate::io::load_project_file(path) {
            Ok(project) => {
                self.replace_document(project, Some(path.to_path_buf()));
                self.settings.remember_file(path);
                self.set_status(text::with_path(language, text::STATUS_OPENED, path));
            }
            Err(e) => {
                self.set_error(format!("{}: {}", text::DIALOG_LOAD_TITLE.get(language), path.display()));
                self.dialog = Some(Dialog::LoadProblems { path: path.to_path_buf(), problems: e.problems });
            }
        }
    }

    /// Bestand → Exporteren: asks where (native dialog or the in-app window), then starts the export.
    fn export_dialog(&mut self, ctx: &egui::Context, kind: crate::ui::command::ExportKind) {
        if self.use_own_dialog() {
            self.open_picker(PickerPurpose::Export(kind), false);
            return;
        }
        match file_dialog::pick_export(self.language(), kind, self.document.path.as_deref()) {
            Picked::Chosen(path) => self.start_export(ctx, kind, &path, false),
            Picked::Failed => self.native_dialog_failed(PickerPurpose::Export(kind)),
            Picked::Cancelled => {}
        }
    }

    /// The native Opslaan als dialog's answer; with the in-app window, opens it and returns `None` (its choice
    /// comes back as `SaveTo`).
    fn ask_save_path(&mut self) -> Option<PathBuf> {
        if self.use_own_dialog() {
            self.open_picker(PickerPurpose::SaveAs, false);
            return None;
        }
        match file_dialog::pick_save(self.language(), self.document.path.as_deref()) {
            Picked::Chosen(path) => Some(path),
            Picked::Failed => {
                self.native_dialog_failed(PickerPurpose::SaveAs);
                None
            }
            Picked::Cancelled => None,
        }
    }

    /// Saves to the document's path, or asks for one. True when the project was saved.
    fn save_or_ask(&mut self) -> bool {
        let path = match self.document.path.clone() {
            Some(p) => Some(p),
            None => self.ask_save_path(),
        };
        path.is_some_and(|p| self.save_to(&p))
    }

    /// Saves the project to `path`. "Opgeslagen" is shown only when the file on disk holds the current document:
    /// the generation written is compared with the generation after writing. Text that a field shows but that is
    /// not valid (so not in the document) is named in the status bar.
    pub(crate) fn save_to(&mut self, path: &Path) -> bool {
        let language = self.language();
        // The file gets the lineage of the document, stamped as a new revision when the content changed.
        let mut written = self.document.project.clone();
        written.lineage = self.document.lineage.clone();
        crate::io::stamp_revision(&mut written, &self.settings.saved_by());
        let written_generation = self.document.generation;
        match crate::io::save_project_file(&written, path) {
            Ok(()) => {
                self.document.lineage = written.lineage;
                self.document.path = Some(path.to_path_buf());
                self.settings.remember_file(path);
                if written_generation != self.document.generation {
                    self.set_error(text::fields::saved_older(language, path));
                    return false;
                }
                self.document.history.mark_saved();
                self.document.restored_unsaved = false;
                self.set_status(text::with_path(language, text::STATUS_SAVED, path));
                self.discard_recovery();
                if !self.invalid_inputs.is_empty() {
                    self.set_error(text::fields::saved_except(language, path, &self.invalid_inputs));
                }
                true
            }
            Err(e) => {
                self.set_error(crate::text::problems::save_error(&e, language));
                false
            }
        }
    }

    /// Removes the recovery copy; a failure is reported, not hidden.
    fn discard_recovery(&mut self) {
        if let Err(e) = self.autosave.discard() {
            self.set_error(crate::text::problems::save_error(&e, self.language()));
        }
    }

    fn restore_recovery(&mut self) {
        self.dialog = None;
        let Some(found) = self.autosave.dir.as_deref().and_then(find_recovery) else {
            return;
        };
        self.replace_document(found.project, found.original_path);
        self.document.restored_unsaved = true;
        self.set_status(text::STATUS_RESTORED.get(self.language()));
    }
}
