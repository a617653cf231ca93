//! The row above the central area: the fold buttons of both side panels, the tabs, and (on the model) fit and zoom.
//! Everything flows left to right, so nothing is ever drawn over the tabs however narrow the window.

use eframe::egui;

use crate::text::Language;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::view_state::{CentralTab, ViewState};
use egui::{Align, Layout, RichText, Ui};

pub fn tab_bar_ui(ui: &mut Ui, view: &mut ViewState, language: Language, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        let left = if view.left_panel_hidden { "»" } else { "«" };
        command_button(ui, left, AppCommand::ToggleLeftPanel, language, commands);
        ui.separator();
        for (tab, label) in [
            (CentralTab::Model, text::TAB_MODEL),
            (CentralTab::Simulation, text::TAB_SIMULATION),
            (CentralTab::Plan, text::TAB_PLAN),
        ] {
            ui.selectable_value(&mut view.tab, tab, RichText::new(label.get(language)).strong());
        }
        if view.tab != CentralTab::Model {
            return;
        }
        ui.separator();
        command_button(ui, &AppCommand::FitView.label(language), AppCommand::FitView, language, commands);
        command_button(ui, "−", AppCommand::ZoomOut, language, commands);
        command_button(ui, "+", AppCommand::ZoomIn, language, commands);
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let right = if view.inspector_hidden { "«" } else { "»" };
            command_button(ui, right, AppCommand::ToggleInspector, language, commands);
        });
    });
}

fn command_button(ui: &mut Ui, label: &str, command: AppCommand, language: Language, commands: &mut Vec<AppCommand>) {
    let name = command.label(language);
    let hint = command.shortcut().map_or_else(
        || name.clone(),
        |s| {
            let mac = ui.ctx().os() == egui::os::OperatingSystem::Mac;
            format!("{name} ({})", crate::ui::panels::help::shortcut_text(&s, mac))
        },
    );
    let response = ui.button(label).on_hover_text(hint);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if response.clicked() {
        commands.push(command);
    }
}
