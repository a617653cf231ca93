//! The menu bar: Bestand, Bewerken, Beeld, Help. Every item is an [`AppCommand`] with its label and shortcut.

use eframe::egui;

use crate::text::Language;
use crate::ui::command::{AppCommand, ExportKind};
use crate::ui::text;
use egui::{Button, Ui};
use std::path::PathBuf;

/// What the menus need to know to enable their items.
#[allow(clippy::struct_excessive_bools)] // independent menu states, not a mode
pub struct MenuState<'a> {
    pub language: Language,
    pub can_undo: bool,
    pub can_redo: bool,
    pub has_selection: bool,
    pub recent_files: &'a [PathBuf],
    /// The setting "Altijd het eigen bestandsvenster gebruiken".
    pub own_file_dialog: bool,
}

fn item(ui: &mut Ui, command: AppCommand, state: &MenuState<'_>, enabled: bool, commands: &mut Vec<AppCommand>) {
    let mut button = Button::new(command.label(state.language));
    if let Some(shortcut) = command.shortcut() {
        let mac = ui.ctx().os() == egui::os::OperatingSystem::Mac;
        button = button.shortcut_text(crate::ui::panels::help::shortcut_text(&shortcut, mac));
    }
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command);
        ui.close();
    }
}

pub fn menu_bar_ui(ui: &mut Ui, state: &MenuState<'_>, commands: &mut Vec<AppCommand>) {
    let lang = state.language;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(text::MENU_FILE.get(lang), |ui| {
            item(ui, AppCommand::NewProject, state, true, commands);
            item(ui, AppCommand::Open, state, true, commands);
            ui.menu_button(text::MENU_RECENT.get(lang), |ui| {
                if state.recent_files.is_empty() {
                    ui.label(text::NO_RECENT.get(lang));
                }
                for path in state.recent_files {
                    let name = path
                        .file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                    if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                        commands.push(AppCommand::OpenPath(path.clone()));
                        ui.close();
                    }
                }
            });
            ui.separator();
            item(ui, AppCommand::Save, state, true, commands);
            item(ui, AppCommand::SaveAs, state, true, commands);
            item(ui, AppCommand::CompareWith, state, true, commands);
            item(ui, AppCommand::EditSavedBy, state, true, commands);
            ui.separator();
            item(ui, AppCommand::Export(ExportKind::PlanPdf), state, true, commands);
            item(ui, AppCommand::Export(ExportKind::DiagramSvg), state, true, commands);
            item(ui, AppCommand::Export(ExportKind::DiagramPng), state, true, commands);
            item(ui, AppCommand::Export(ExportKind::PlanDocx), state, true, commands);
            item(ui, AppCommand::Export(ExportKind::RunsCsv), state, true, commands);
            item(ui, AppCommand::Export(ExportKind::ModelXmile), state, true, commands);
            ui.separator();
            item(ui, AppCommand::Quit, state, true, commands);
        });
        ui.menu_button(text::MENU_EDIT.get(lang), |ui| {
            item(ui, AppCommand::Undo, state, state.can_undo, commands);
            item(ui, AppCommand::Redo, state, state.can_redo, commands);
            ui.separator();
            item(ui, AppCommand::DeleteSelection, state, state.has_selection, commands);
            item(ui, AppCommand::SelectAll, state, true, commands);
            ui.separator();
            item(ui, AppCommand::AutoLayout, state, true, commands);
        });
        ui.menu_button(text::MENU_VIEW.get(lang), |ui| {
            item(ui, AppCommand::FitView, state, true, commands);
            item(ui, AppCommand::ZoomIn, state, true, commands);
            item(ui, AppCommand::ZoomOut, state, true, commands);
            ui.separator();
            item(ui, AppCommand::ToggleLeftPanel, state, true, commands);
            item(ui, AppCommand::ToggleInspector, state, true, commands);
            ui.separator();
            ui.menu_button(text::MENU_LANGUAGE.get(lang), |ui| {
                for l in [Language::Nl, Language::En] {
                    if ui.radio(lang == l, text::language_label(l)).clicked() {
                        commands.push(AppCommand::SetLanguage(l));
                        ui.close();
                    }
                }
            });
            let mut own = state.own_file_dialog;
            if ui.checkbox(&mut own, text::SETTING_OWN_DIALOG.get(lang)).clicked() {
                commands.push(AppCommand::SetOwnFileDialog(own));
            }
        });
        ui.menu_button(text::MENU_HELP.get(lang), |ui| {
            for page in crate::ui::panels::help::HelpPage::ALL {
                item(ui, AppCommand::ShowHelp(page), state, true, commands);
            }
            ui.separator();
            item(ui, AppCommand::ShowAbout, state, true, commands);
        });
    });
}
