//! Command handling of the compare window: open the other version, accept differences as one undoable batch,
//! three-way merge with a base version.

use super::file_dialog::{self, Picked};
use super::planner_app::PlannerApp;
use crate::diff::{Key, Side, diff, edits_for, merge};
use crate::edit::Edit;
use crate::io::{backup_path, load_project_file};
use crate::model::Project;
use crate::ui::compare::{CompareView, MergeView};
use crate::ui::panels::file_picker::PickerPurpose;
use crate::ui::text;
use std::path::{Path, PathBuf};

impl PlannerApp {
    /// Bestand → Vergelijken met…: asks for the other file (native dialog) and compares.
    pub(crate) fn compare_with_dialog(&mut self) {
        let language = self.language();
        if self.use_own_dialog() {
            self.open_picker(PickerPurpose::Compare, false);
            return;
        }
        match file_dialog::pick_open(language, self.document.path.as_deref()) {
            Picked::Chosen(path) => self.compare_path(&path),
            Picked::Failed => self.native_dialog_failed(PickerPurpose::Compare),
            Picked::Cancelled => {}
        }
    }

    /// Opens `path` as the other version and shows the compare window. The open project is not changed.
    pub(crate) fn compare_path(&mut self, path: &Path) {
        let language = self.language();
        match load_project_file(path) {
            Ok(other) => {
                let mut view =
                    CompareView::new(&self.document.project, self.document.generation, path.to_path_buf(), other);
                view.base_candidate = self.find_base(&view.other);
                self.compare = Some(view);
                self.set_status(text::with_path(language, text::STATUS_COMPARE_OPENED, path));
            }
            Err(e) => self.set_error(format!(
                "{}: {}\n{}",
                text::DIALOG_LOAD_TITLE.get(language),
                path.display(),
                crate::text::problems::load_error(&e, language)
            )),
        }
    }

    /// A common ancestor next to the open file: its `.bak` or the file on disk, whichever both versions descend from
    /// (the newest when both do).
    fn find_base(&self, other: &Project) -> Option<PathBuf> {
        let path = self.document.path.as_ref()?;
        let ours = &self.document.lineage;
        let mut found: Option<(PathBuf, Project)> = None;
        for candidate in [path.clone(), backup_path(path)] {
            let Ok(base) = load_project_file(&candidate) else { continue };
            let revision = &base.lineage.revision;
            if !(ours.descends_from(revision) && other.lineage.descends_from(revision)) {
                continue;
            }
            let newer = found.as_ref().is_none_or(|(_, f)| base.lineage.descends_from(&f.lineage.revision));
            if newer {
                found = Some((candidate, base));
            }
        }
        found.map(|(p, _)| p)
    }

    /// Applies the differences with these keys to the open project as one undo step.
    pub(crate) fn accept_differences(&mut self, keys: &[Key]) {
        let Some(view) = &mut self.compare else { return };
        view.refresh(&self.document.project, self.document.generation);
        let chosen: Vec<_> = view.diff.differences.iter().filter(|d| keys.contains(&d.key)).collect();
        match edits_for(&self.document.project, &chosen) {
            Ok(edits) if edits.is_empty() => {}
            Ok(edits) => {
                self.apply_edit(Edit::Batch(edits));
            }
            Err(e) => self.set_error(crate::text::edit_errors::edit_error(&e, self.language())),
        }
    }

    /// Starts a three-way merge with the base version at `path` (or one the user picks).
    pub(crate) fn merge_with_base(&mut self, path: Option<PathBuf>) {
        let language = self.language();
        let path = match path {
            Some(p) => p,
            None if self.use_own_dialog() => {
                self.open_picker(PickerPurpose::MergeBase, false);
                return;
            }
            None => match file_dialog::pick_open(language, self.document.path.as_deref()) {
                Picked::Chosen(p) => p,
                Picked::Failed => {
                    self.native_dialog_failed(PickerPurpose::MergeBase);
                    return;
                }
                Picked::Cancelled => return,
            },
        };
        let base = match load_project_file(&path) {
            Ok(b) => b,
            Err(e) => {
                let problems = crate::text::problems::load_error(&e, language);
                self.set_error(format!("{}: {}\n{problems}", text::DIALOG_LOAD_TITLE.get(language), path.display()));
                return;
            }
        };
        let Some(view) = &mut self.compare else { return };
        let ours = Project { lineage: self.document.lineage.clone(), ..self.document.project.clone() };
        let result = merge(&base, &ours, &view.other);
        let choices = vec![Side::Ours; result.conflicts.len()];
        view.merge = Some(MergeView { base_path: path, result, choices, problems: Vec::new() });
    }

    /// Applies the merge with the chosen resolutions to the open project as one undo step, if it validates.
    pub(crate) fn accept_merge(&mut self) {
        let language = self.language();
        let Some(view) = &mut self.compare else { return };
        let Some(merge_view) = &mut view.merge else { return };
        let merged = match merge_view.result.resolve(&merge_view.choices) {
            Ok(p) => p,
            Err(crate::diff::ResolveError::Invalid(problems)) => {
                merge_view.problems = problems;
                return;
            }
            Err(crate::diff::ResolveError::Unusable(e)) => {
                self.set_error(crate::text::edit_errors::edit_error(&e, language));
                return;
            }
        };
        let lineage = merged.lineage.clone();
        let d = diff(&self.document.project, &merged);
        let chosen: Vec<_> = d.differences.iter().collect();
        match edits_for(&self.document.project, &chosen) {
            Ok(edits) => {
                if !edits.is_empty() && !self.apply_edit(Edit::Batch(edits)) {
                    return;
                }
                // The merged version descends from both files: saving records both as parents.
                self.document.lineage = lineage;
                if let Some(view) = &mut self.compare {
                    view.merge = None;
                }
                self.set_status(text::STATUS_MERGED.get(language));
            }
            Err(e) => self.set_error(crate::text::edit_errors::edit_error(&e, self.language())),
        }
    }
}
