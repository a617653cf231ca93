//! The feedback loops: R/B badge, the report's title when it has one, the length. Clicking highlights the loop on
//! the canvas and dims the rest.

use eframe::egui;

use crate::analysis::loops::{FeedbackLoop, LoopKind, LoopReport};
use crate::analysis::named_loops::recognise;
use crate::model::Project;
use crate::text::model_names::variable_name_in;
use crate::text::{Language, describe_loop};
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::ViewState;
use egui::{Color32, RichText, Ui};

/// The report's number and title of a loop, when it is one of the report's loops.
fn report_loop(feedback: &FeedbackLoop, language: Language) -> Option<(u8, &'static str)> {
    let named = recognise(&feedback.variables)?;
    let title = match language {
        Language::Nl => named.title_nl,
        Language::En => named.title_en,
    };
    named.report_number.map(|n| (n, title))
}

/// The loop as its path of variable names ("Stress → Welbevinden → …").
fn loop_path(project: &Project, feedback: &FeedbackLoop, language: Language) -> String {
    let names: Vec<&str> = feedback.variables.iter().map(|id| variable_name_in(project, id, language)).collect();
    names.join(" → ")
}

/// The name in the list: the report's title for the report's loops (with the path when the report gives two loops
/// the same title), the path for every other loop.
fn loop_name(project: &Project, feedback: &FeedbackLoop, report: &LoopReport, language: Language) -> String {
    let Some((number, title)) = report_loop(feedback, language) else { return loop_path(project, feedback, language) };
    let shared = report.loops.iter().filter(|l| report_loop(l, language).is_some_and(|(n, _)| n == number)).count();
    if shared > 1 { format!("{title}: {}", loop_path(project, feedback, language)) } else { title.to_owned() }
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
    ui.checkbox(&mut view.loops_only_selected, text::LOOPS_ONLY_SELECTED.get(language))
        .on_hover_text(text::HINT_LOOPS_ONLY_SELECTED.get(language));
    ui.checkbox(&mut view.loops_only_report, text::LOOPS_ONLY_REPORT.get(language))
        .on_hover_text(text::LOOPS_FROM_REPORT_HINT.get(language));
    let through = view.selection.single_variable().cloned();
    let visible: Vec<&FeedbackLoop> = report
        .loops
        .iter()
        .filter(|l| !view.loops_only_selected || through.as_ref().is_none_or(|v| l.variables.contains(v)))
        .filter(|l| !view.loops_only_report || report_loop(l, language).is_some())
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
            if ui.button(text::LOOP_CLEAR.get(language)).on_hover_text(text::HINT_LOOP_CLEAR.get(language)).clicked() {
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
                    let name = loop_name(project, feedback, report, language);
                    let width = (ui.available_width() - 60.0).max(40.0);
                    let size = egui::vec2(width, ui.spacing().interact_size.y);
                    ui.allocate_ui_with_layout(size, egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let response = ui
                            .add(egui::Button::selectable(selected, name.as_str()).truncate())
                            .on_hover_text(match report_loop(feedback, language) {
                                Some((n, _)) => format!("{name} ({length}) – {}", text::loop_from_report(language, n)),
                                None => format!("{name} ({length})"),
                            });
                        if response.clicked() {
                            view.highlighted_loop = if selected { None } else { Some(feedback.links.clone()) };
                        }
                    });
                    match report_loop(feedback, language) {
                        Some((n, _)) => ui.label(RichText::new(text::loop_report_mark(language, n)).small().strong()),
                        None => ui.label(RichText::new(&length).weak().small()),
                    };
                });
            }
        },
    );
}
