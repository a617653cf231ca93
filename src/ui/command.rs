//! Everything the user can ask the app to do. One enum drives the menus, the keyboard shortcuts and the buttons:
//! panels push `AppCommand`s, `command_handling` runs them at the end of the frame.

use eframe::egui;

use crate::edit::Edit;
use crate::model::{LinkId, Polarity, Position, VariableId};
use crate::text::Language;
use crate::ui::fields::EditRequest;
use crate::ui::text::{self, Txt};
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The printable plan for the council (`export::plan_report`).
    PlanPdf,
    /// The causal diagram (`export::svg`).
    DiagramSvg,
    /// The causal diagram as a picture for slides (`export::raster`).
    DiagramPng,
    /// The plan as an editable Word document (`export::docx`).
    PlanDocx,
    /// The reference and every plan variant in one CSV for Excel (`export::run_csv`).
    RunsCsv,
    /// The model as XMILE (`export::xmile`).
    ModelXmile,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            Self::PlanPdf => "pdf",
            Self::DiagramSvg => "svg",
            Self::DiagramPng => "png",
            Self::PlanDocx => "docx",
            Self::RunsCsv => "csv",
            Self::ModelXmile => "xmile",
        }
    }
}

/// The answer to "save the changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    DontSave,
    Cancel,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    NewProject,
    /// Shows the open dialog.
    Open,
    /// Opens this file (CLI, recent files, dropped file, tests).
    OpenPath(PathBuf),
    Save,
    /// Shows the save dialog.
    SaveAs,
    /// Saves to this path and makes it the document's path (tests, save dialog result).
    SaveTo(PathBuf),
    /// Asks where to export, then exports.
    Export(ExportKind),
    /// Exports to this path (tests, export dialog result).
    ExportTo(ExportKind, PathBuf),
    Quit,
    Undo,
    Redo,
    DeleteSelection,
    SelectAll,
    AutoLayout,
    FitView,
    ZoomIn,
    ZoomOut,
    /// Folds the left panel (variables and loops) away or back.
    ToggleLeftPanel,
    /// Folds the inspector away or back.
    ToggleInspector,
    SetLanguage(Language),
    /// Beeld → "Altijd het eigen bestandsvenster gebruiken" (persisted).
    SetOwnFileDialog(bool),
    /// Any change to the project (from the inspector, the canvas, …).
    Edit(Edit),
    /// A change typed or dragged into a live field (`ui::fields`): it joins the previous undo step made with the
    /// same merge key.
    MergedEdit {
        edit: Edit,
        merge_key: String,
    },
    /// A new variable at this canvas position, with its name in edit.
    AddVariableAt(Position),
    AddLink {
        from: VariableId,
        to: VariableId,
        polarity: Polarity,
    },
    FlipPolarity(LinkId),
    StartRename(VariableId),
    RenameVariable {
        variable: VariableId,
        name: String,
    },
    ResolveUnsaved(UnsavedChoice),
    CloseLoadProblems,
    RestoreRecovery,
    DiscardRecovery,
    /// Bestand → Vergelijken met…: pick another version of the project and compare.
    CompareWith,
    /// Compare the open project with the file at this path (tests use this instead of the dialog).
    ComparePath(PathBuf),
    /// Take over these differences of the compare window as one undo step.
    AcceptDifferences(Vec<crate::diff::Key>),
    /// Three-way merge with this base version (`None`: ask for it).
    MergeWithBase(Option<PathBuf>),
    /// Apply the three-way merge with the chosen resolutions (one undo step).
    AcceptMerge,
    CloseCompare,
    /// Bestand → Opgeslagen door…: edit the organisation and name written into saved files.
    EditSavedBy,
    /// Help → Aan de slag (F1), Begrippenlijst, Sneltoetsen: the Help window at this page.
    ShowHelp(crate::ui::panels::help::HelpPage),
    CloseHelp,
    /// Help → Over Veerkrachtplanner.
    ShowAbout,
    CloseAbout,
}

impl From<EditRequest> for AppCommand {
    fn from(request: EditRequest) -> Self {
        match request.merge_key {
            Some(merge_key) => Self::MergedEdit { edit: request.edit, merge_key },
            None => Self::Edit(request.edit),
        }
    }
}

impl AppCommand {
    /// True for commands that write or replace the document (save, export, new, open, quit). The app runs them
    /// after the frame's widgets, so that a key typed in the same frame is in what they write.
    pub fn acts_on_whole_document(&self) -> bool {
        matches!(
            self,
            Self::NewProject
                | Self::Open
                | Self::OpenPath(_)
                | Self::Save
                | Self::SaveAs
                | Self::SaveTo(_)
                | Self::Export(_)
                | Self::ExportTo(..)
                | Self::Quit
        )
    }

    /// The commands that have a keyboard shortcut, most specific (most modifiers) first.
    pub fn with_shortcuts() -> Vec<Self> {
        vec![
            Self::Redo,
            Self::SaveAs,
            Self::NewProject,
            Self::Open,
            Self::Save,
            Self::Quit,
            Self::Undo,
            Self::SelectAll,
            Self::FitView,
            Self::ZoomIn,
            Self::ZoomOut,
            Self::ToggleLeftPanel,
            Self::ToggleInspector,
            Self::DeleteSelection,
            Self::ShowHelp(crate::ui::panels::help::HelpPage::GettingStarted),
        ]
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            Self::NewProject => KeyboardShortcut::new(cmd, Key::N),
            Self::Open => KeyboardShortcut::new(cmd, Key::O),
            Self::Save => KeyboardShortcut::new(cmd, Key::S),
            Self::SaveAs => KeyboardShortcut::new(cmd_shift, Key::S),
            Self::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Self::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Self::Redo => KeyboardShortcut::new(cmd_shift, Key::Z),
            Self::SelectAll => KeyboardShortcut::new(cmd, Key::A),
            Self::FitView => KeyboardShortcut::new(cmd, Key::Num0),
            Self::ZoomIn => KeyboardShortcut::new(cmd, Key::Plus),
            Self::ZoomOut => KeyboardShortcut::new(cmd, Key::Minus),
            Self::ToggleLeftPanel => KeyboardShortcut::new(cmd, Key::OpenBracket),
            Self::ToggleInspector => KeyboardShortcut::new(cmd, Key::CloseBracket),
            Self::DeleteSelection => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Self::ShowHelp(crate::ui::panels::help::HelpPage::GettingStarted) => {
                KeyboardShortcut::new(Modifiers::NONE, Key::F1)
            }
            _ => return None,
        })
    }

    /// Second shortcuts (Ctrl+Y for redo, Ctrl+= for zoom in, Backspace for delete).
    pub fn alternative_shortcut(&self) -> Option<KeyboardShortcut> {
        match self {
            Self::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)),
            Self::ZoomIn => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)),
            Self::DeleteSelection => Some(KeyboardShortcut::new(Modifiers::NONE, Key::Backspace)),
            _ => None,
        }
    }

    /// True for shortcuts that must not fire while the user types in a text field.
    pub fn yields_to_text_input(&self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::SelectAll
                | Self::DeleteSelection
                | Self::ToggleLeftPanel
                | Self::ToggleInspector
        )
    }

    fn txt(&self) -> Option<Txt> {
        Some(match self {
            Self::NewProject => text::CMD_NEW,
            Self::Open => text::CMD_OPEN,
            Self::Save => text::CMD_SAVE,
            Self::SaveAs => text::CMD_SAVE_AS,
            Self::Export(ExportKind::PlanPdf) => text::CMD_EXPORT_PDF,
            Self::Export(ExportKind::DiagramSvg) => text::CMD_EXPORT_SVG,
            Self::Export(ExportKind::DiagramPng) => text::CMD_EXPORT_PNG,
            Self::Export(ExportKind::PlanDocx) => text::CMD_EXPORT_DOCX,
            Self::Export(ExportKind::RunsCsv) => text::CMD_EXPORT_CSV,
            Self::Export(ExportKind::ModelXmile) => text::CMD_EXPORT_XMILE,
            Self::Quit => text::CMD_QUIT,
            Self::Undo => text::CMD_UNDO,
            Self::Redo => text::CMD_REDO,
            Self::DeleteSelection => text::CMD_DELETE,
            Self::SelectAll => text::CMD_SELECT_ALL,
            Self::AutoLayout => text::CMD_AUTO_LAYOUT,
            Self::FitView => text::CMD_FIT,
            Self::ZoomIn => text::CMD_ZOOM_IN,
            Self::ZoomOut => text::CMD_ZOOM_OUT,
            Self::ToggleLeftPanel => text::CMD_TOGGLE_LEFT_PANEL,
            Self::ToggleInspector => text::CMD_TOGGLE_INSPECTOR,
            Self::AddVariableAt(_) => text::CMD_NEW_VARIABLE,
            Self::StartRename(_) => text::CMD_RENAME,
            Self::FlipPolarity(_) => text::CMD_FLIP_POLARITY,
            Self::CompareWith => text::CMD_COMPARE,
            Self::EditSavedBy => text::CMD_SAVED_BY,
            Self::ShowAbout => text::CMD_ABOUT,
            Self::ShowHelp(page) => page.title(),
            _ => return None,
        })
    }

    /// The label in menus and on buttons.
    pub fn label(&self, language: Language) -> String {
        match self {
            Self::SetLanguage(l) => text::language_label(*l).to_owned(),
            Self::OpenPath(p) | Self::SaveTo(p) | Self::ComparePath(p) => p.display().to_string(),
            other => other.txt().map_or_else(|| format!("{other:?}"), |t| t.get(language).to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_commands_have_both_languages_and_distinct_shortcuts() {
        let cmds = AppCommand::with_shortcuts();
        let mut seen = std::collections::HashSet::new();
        for c in &cmds {
            assert!(!c.label(Language::Nl).contains("::"), "{c:?} has a Dutch label");
            assert!(!c.label(Language::En).is_empty());
            let s = c.shortcut().expect("listed commands have a shortcut");
            assert!(seen.insert((s.modifiers.ctrl, s.modifiers.command, s.modifiers.shift, s.logical_key)));
        }
        // Most specific first: Ctrl+Shift+Z must be checked before Ctrl+Z.
        let redo = cmds.iter().position(|c| *c == AppCommand::Redo);
        let undo = cmds.iter().position(|c| *c == AppCommand::Undo);
        assert!(redo < undo);
    }
}
