//! The open document: the project, where it lives, its undo history and a generation counter that changes with
//! every change of the project (caches such as the loop analysis key on it).

use crate::edit::History;
use crate::model::Project;
use crate::text::Language;
use crate::ui::{text, theme};
use std::path::PathBuf;

pub struct Document {
    pub project: Project,
    pub path: Option<PathBuf>,
    pub history: History,
    /// Increases with every change of `project`; never repeats within a session.
    pub generation: u64,
    /// True when the project came from a recovery copy and has not been saved since.
    pub restored_unsaved: bool,
    /// The lineage of the file as last read or written (revision id, parents, saved by). It is file metadata, not
    /// part of the edit history: saving stamps a copy of the project with it, so undo after a save still gives back
    /// exactly the project as it was.
    pub lineage: crate::model::Lineage,
}

impl Document {
    /// The project's lineage moves into [`Document::lineage`]; the open project itself carries none.
    pub fn new(mut project: Project, path: Option<PathBuf>, generation: u64) -> Self {
        let lineage = std::mem::take(&mut project.lineage);
        Self { project, path, history: History::default(), generation, restored_unsaved: false, lineage }
    }

    pub fn is_dirty(&self) -> bool {
        self.restored_unsaved || !self.history.is_at_saved_point()
    }

    /// The file name, or "Naamloos".
    pub fn display_name(&self, language: Language) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| text::UNTITLED.get(language).to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// The window title: file name, the dirty marker, the app name.
    pub fn window_title(&self, language: Language) -> String {
        let marker = if self.is_dirty() { format!(" {}", theme::DIRTY_MARKER) } else { String::new() };
        format!("{}{marker} — {}", self.display_name(language), text::APP_NAME.get(language))
    }
}
