//! The feedback loops: R/B badge, the report's title when it has one, the length. Clicking highlights the loop on
//! the canvas and dims the rest.

use eframe::egui;

use crate::analysis::loops::{FeedbackLoop, LoopKind, LoopReport};
use crate::model::Project;
use crate::text::{Language, describe_loop};
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::ViewState;
use egui::{Color32, RichText, Ui};

fn loop_name(project: &Project, feedback: &FeedbackLoop) -> String {
    if let Some(title) = &feedback.title {
        return title.clone();
    }
    let names: Vec<&str> =
        feedback.variables.iter().map(|id| project.variable(id).map_or(id.as_str(), |v| v.name.as_str())).collect();
    let mut s = names.join(" → ");
    if s.chars().count() > 60 {
        s = s.chars().take(58).collect::<String>() + "…";
    }
    s
}

fn badge(kind: LoopKind) -> RichText {
    let (letter, colour) = match kind {
        LoopKind::Reinforcing => ("R", theme::LOOP_REINFORCING),
        LoopKind::Balancing => ("B", theme::LOOP_BALANCING),
    };
    RichText::new(format!(" {letter} ")).strong().color(Color32::WHITE).background_color(colour)
}

pub fn loops_panel_ui(ui: &mut Ui, project: &Project, report: &LoopReport, view: &mut ViewState, language: Language) {
    ui.horizontal(|ui| {
        ui.heading(text::LOOPS.get(language));
        ui.label(RichText::new(format!("({})", report.loops.len())).weak())
            .on_hover_text(text::LOOP_BADGE_HINT.get(language));
    });
    ui.checkbox(&mut view.loops_only_selected, text::LOOPS_ONLY_SELECTED.get(language));
    let through = view.selection.single_variable().cloned();
    let visible: Vec<&FeedbackLoop> = report
        .loops
        .iter()
        .filter(|l| !view.loops_only_selected || through.as_ref().is_none_or(|v| l.variables.contains(v)))
        .collect();
    if report.loops.is_empty() {
        ui.weak(text::NO_LOOPS.get(language));
    }
    if report.truncated {
        ui.colored_label(theme::ERROR_TEXT, text::LOOPS_TRUNCATED.get(language));
    }
    let highlighted = view.highlighted_loop.clone();
    if let Some(feedback) = report.loops.iter().find(|l| Some(&l.links) == highlighted.as_ref()) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(describe_loop(project, feedback, language));
            if ui.button(text::LOOP_CLEAR.get(language)).clicked() {
                view.highlighted_loop = None;
            }
        });
    }
    // Only the rows in view are laid out: a large model can have thousands of loops.
    let row_height = ui.spacing().interact_size.y.max(ui.text_style_height(&egui::TextStyle::Button) + 8.0);
    egui::ScrollArea::vertical().id_salt("loops_scroll").auto_shrink([false, true]).show_rows(
        ui,
        row_height,
        visible.len(),
        |ui, range| {
            for feedback in &visible[range] {
                let selected = view.highlighted_loop.as_ref() == Some(&feedback.links);
                ui.horizontal(|ui| {
                    ui.label(badge(feedback.kind)).on_hover_text(text::LOOP_BADGE_HINT.get(language));
                    let length = text::loop_length(language, feedback.links.len());
                    let name = loop_name(project, feedback);
                    let width = (ui.available_width() - 44.0).max(40.0);
                    let size = egui::vec2(width, ui.spacing().interact_size.y);
                    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let response = ui
                            .add(egui::Button::selectable(selected, name.as_str()).truncate())
                            .on_hover_text(format!("{name} ({length})"));
                        if response.clicked() {
                            view.highlighted_loop = if selected { None } else { Some(feedback.links.clone()) };
                        }
                    });
                    ui.label(RichText::new(&length).weak().small());
                });
            }
        },
    );
}
