//! The hover text of a menu command whose label alone does not say what it does.

use crate::ui::command::{AppCommand, ExportKind};
use crate::ui::text::{self, Txt};

/// The hover text of `command` in the menus, if its label needs one.
pub fn command_hint(command: &AppCommand) -> Option<Txt> {
    Some(match command {
        AppCommand::CompareWith => text::HINT_MENU_COMPARE,
        AppCommand::EditSavedBy => text::HINT_MENU_SAVED_BY,
        AppCommand::Export(ExportKind::PlanPdf) => text::HINT_MENU_PDF,
        AppCommand::Export(ExportKind::DiagramSvg) => text::HINT_MENU_SVG,
        AppCommand::Export(ExportKind::PlanDocx) => text::HINT_MENU_DOCX,
        AppCommand::Export(ExportKind::RunsCsv) => text::HINT_MENU_CSV,
        AppCommand::Export(ExportKind::ModelXmile) => text::HINT_MENU_XMILE,
        AppCommand::AutoLayout => text::HINT_AUTO_LAYOUT,
        AppCommand::FitView => text::HINT_FIT,
        AppCommand::ToggleLeftPanel => text::HINT_MENU_LEFT_PANEL,
        AppCommand::ToggleInspector => text::HINT_MENU_INSPECTOR,
        AppCommand::DeleteSelection => text::HINT_DELETE_SELECTION,
        _ => return None,
    })
}
