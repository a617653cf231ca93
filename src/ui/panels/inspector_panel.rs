//! The inspector: every property of the selected variable or link, with validated widgets. Each change is one
//! `Edit`; text fields and drags are committed when they end, so one action is one undo step.

use eframe::egui;

use crate::edit::Edit;
use crate::model::{
    Confidence, Delay, Direction, Link, Polarity, Project, ResourceKind, ResourceTag, Strength, Variable,
};
use crate::text::Language;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::{InspectorBuffers, ViewState};
use egui::{ComboBox, Response, RichText, TextEdit, Ui};
use std::collections::BTreeMap;

/// Drag buffers of numeric widgets, so that one drag is one edit.
type NumberBuffers = BTreeMap<&'static str, f64>;

fn numbers(ui: &Ui) -> NumberBuffers {
    ui.data(|d| d.get_temp::<NumberBuffers>(egui::Id::unique("inspector_numbers"))).unwrap_or_default()
}

fn store_numbers(ui: &Ui, buffers: NumberBuffers) {
    ui.data_mut(|d| d.insert_temp(egui::Id::unique("inspector_numbers"), buffers));
}

/// Shows a numeric widget over a buffered value; returns the new value once the interaction ends.
fn number_field(
    ui: &mut Ui,
    key: &'static str,
    current: f64,
    add: impl FnOnce(&mut Ui, &mut f64) -> Response,
) -> Option<f64> {
    let mut buffers = numbers(ui);
    let mut value = buffers.get(key).copied().unwrap_or(current);
    let response = add(ui, &mut value);
    let busy = response.dragged() || response.has_focus();
    let result = if busy {
        buffers.insert(key, value);
        None
    } else {
        buffers.remove(key);
        ((value - current).abs() > f64::EPSILON).then_some(value)
    };
    store_numbers(ui, buffers);
    result
}

fn refresh_buffers(
    buffers: &mut InspectorBuffers,
    key: &str,
    generation: u64,
    name: &str,
    description: &str,
    note: &str,
) {
    if buffers.source.as_ref() != Some(&(key.to_owned(), generation)) {
        *buffers = InspectorBuffers {
            source: Some((key.to_owned(), generation)),
            name: name.to_owned(),
            description: description.to_owned(),
            note: note.to_owned(),
        };
    }
}

pub fn inspector_panel_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut ViewState,
    generation: u64,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    ui.heading(text::INSPECTOR.get(language));
    ui.add_space(4.0);
    if let Some(id) = view.selection.single_variable().cloned() {
        if let Some(variable) = project.variable(&id) {
            variable_ui(ui, variable, view, generation, language, commands);
            interventions_on_variable_ui(ui, project, &id, language);
        }
    } else if let Some(id) = view.selection.single_link().cloned() {
        if let Some(link) = project.link(&id) {
            link_ui(ui, project, link, view, generation, language, commands);
        }
    } else if view.selection.is_empty() {
        ui.label(text::NOTHING_SELECTED.get(language));
        ui.add_space(12.0);
        ui.label(RichText::new(text::HELP_CANVAS.get(language)).weak());
    } else {
        ui.label(text::n_selected(language, view.selection.variables.len(), view.selection.links.len()));
        if ui.button(text::DELETE_SELECTION.get(language)).clicked() {
            commands.push(AppCommand::DeleteSelection);
        }
    }
}

fn variable_ui(
    ui: &mut Ui,
    variable: &Variable,
    view: &mut ViewState,
    generation: u64,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let buffers = &mut view.inspector;
    refresh_buffers(buffers, variable.id.as_str(), generation, &variable.name, &variable.description, &variable.source);
    let mut changed = variable.clone();
    let mut commit = false;
    egui::Grid::new("variable_grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
        let label = ui.label(text::NAME.get(language));
        let r = ui.add(TextEdit::singleline(&mut buffers.name).desired_width(180.0)).labelled_by(label.id);
        if r.lost_focus() {
            let name = buffers.name.trim();
            if !name.is_empty() && name != variable.name {
                commands.push(AppCommand::RenameVariable { variable: variable.id.clone(), name: name.to_owned() });
            } else {
                buffers.name.clone_from(&variable.name);
            }
        }
        ui.end_row();

        let label = ui.label(text::KIND.get(language));
        ComboBox::from_id_salt("kind")
            .selected_text(text::kind_label(variable.kind, language))
            .show_ui(ui, |ui| {
                for kind in ResourceKind::ALL {
                    commit |= ui.selectable_value(&mut changed.kind, kind, text::kind_label(kind, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text::BASELINE.get(language));
        if let Some(v) = number_field(ui, "baseline", variable.baseline, |ui, value| {
            ui.add(egui::Slider::new(value, 0.0..=100.0).step_by(1.0)).labelled_by(label.id)
        }) {
            changed.baseline = v;
            commit = true;
        }
        ui.end_row();

        let label = ui.label(text::DIRECTION.get(language));
        ComboBox::from_id_salt("direction")
            .selected_text(text::direction_label(variable.direction, language))
            .show_ui(ui, |ui| {
                for d in [Direction::HigherIsBetter, Direction::LowerIsBetter] {
                    commit |=
                        ui.selectable_value(&mut changed.direction, d, text::direction_label(d, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text::RESOURCE_TAG.get(language));
        let current = variable.resource.map_or(text::NONE.get(language), |t| text::tag_label(t, language));
        ComboBox::from_id_salt("resource_tag")
            .selected_text(current)
            .show_ui(ui, |ui| {
                commit |= ui.selectable_value(&mut changed.resource, None, text::NONE.get(language)).clicked();
                for tag in ResourceTag::ALL {
                    commit |=
                        ui.selectable_value(&mut changed.resource, Some(tag), text::tag_label(tag, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        if let Some(source) = source_row_ui(ui, &mut buffers.note, &variable.source, language) {
            changed.source = source;
            commit = true;
        }
    });
    ui.add_space(6.0);
    let label = ui.label(text::DESCRIPTION.get(language));
    let r = ui
        .add(TextEdit::multiline(&mut buffers.description).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if r.lost_focus() && buffers.description != variable.description {
        changed.description.clone_from(&buffers.description);
        commit = true;
    }
    ui.add_space(6.0);
    ui.checkbox(&mut view.show_advanced, text::ADVANCED.get(language));
    if view.show_advanced {
        ui.horizontal(|ui| {
            let label = ui.label(text::ADJUSTMENT.get(language));
            if let Some(v) = number_field(ui, "adjustment", variable.adjustment_months, |ui, value| {
                ui.add(egui::DragValue::new(value).range(0.1..=120.0).speed(0.1)).labelled_by(label.id)
            }) {
                changed.adjustment_months = v;
                commit = true;
            }
        });
    }
    ui.add_space(10.0);
    if ui.button(text::CMD_DELETE.get(language)).clicked() {
        commands.push(AppCommand::DeleteSelection);
    }
    if commit && changed != *variable {
        commands.push(AppCommand::Edit(Edit::UpdateVariable(changed)));
    }
}

fn link_ui(
    ui: &mut Ui,
    project: &Project,
    link: &Link,
    view: &mut ViewState,
    generation: u64,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let name = |id| project.variable(id).map_or_else(|| format!("{id}"), |v| v.name.clone());
    let buffers = &mut view.inspector;
    refresh_buffers(buffers, link.id.as_str(), generation, "", "", &link.source);
    ui.label(RichText::new(format!("{}  →  {}", name(&link.from), name(&link.to))).strong());
    ui.add_space(6.0);
    let mut changed = link.clone();
    let mut commit = false;
    ui.label(text::POLARITY.get(language));
    for p in [Polarity::Positive, Polarity::Negative] {
        let label = RichText::new(text::polarity_label(p, language)).color(theme::polarity_colour(p));
        commit |= ui.radio_value(&mut changed.polarity, p, label).clicked();
    }
    ui.add_space(4.0);
    egui::Grid::new("link_grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
        let label = ui.label(text::STRENGTH.get(language));
        ComboBox::from_id_salt("strength")
            .selected_text(text::strength_label(link.strength, language))
            .show_ui(ui, |ui| {
                for s in Strength::WORDS {
                    commit |=
                        ui.selectable_value(&mut changed.strength, s, text::strength_label(s, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text::DELAY.get(language));
        ComboBox::from_id_salt("delay")
            .selected_text(text::delay_label(link.delay, language))
            .show_ui(ui, |ui| {
                for d in Delay::WORDS {
                    commit |= ui.selectable_value(&mut changed.delay, d, text::delay_label(d, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        let label = ui.label(text::CONFIDENCE.get(language));
        ComboBox::from_id_salt("confidence")
            .selected_text(text::confidence_label(link.confidence, language))
            .show_ui(ui, |ui| {
                for c in Confidence::ALL {
                    commit |=
                        ui.selectable_value(&mut changed.confidence, c, text::confidence_label(c, language)).clicked();
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();

        if let Some(source) = source_row_ui(ui, &mut buffers.note, &link.source, language) {
            changed.source = source;
            commit = true;
        }
    });
    ui.add_space(6.0);
    ui.checkbox(&mut view.show_advanced, text::ADVANCED.get(language));
    if view.show_advanced {
        egui::Grid::new("link_advanced").num_columns(2).show(ui, |ui| {
            let label = ui.label(text::GAIN.get(language));
            if let Some(g) = number_field(ui, "gain", link.strength.gain(), |ui, value| {
                ui.add(egui::DragValue::new(value).range(0.0..=10.0).speed(0.01).max_decimals(2)).labelled_by(label.id)
            }) {
                changed.strength =
                    Strength::WORDS.into_iter().find(|w| (w.gain() - g).abs() < 1e-9).unwrap_or(Strength::Custom(g));
                commit = true;
            }
            ui.end_row();
            let label = ui.label(text::DELAY_MONTHS.get(language));
            if let Some(m) = number_field(ui, "delay_months", link.delay.months(), |ui, value| {
                ui.add(egui::DragValue::new(value).range(0.0..=240.0).speed(0.1).max_decimals(1)).labelled_by(label.id)
            }) {
                changed.delay =
                    Delay::WORDS.into_iter().find(|w| (w.months() - m).abs() < 1e-9).unwrap_or(Delay::Months(m));
                commit = true;
            }
            ui.end_row();
        });
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(text::CMD_FLIP_POLARITY.get(language)).clicked() {
            commands.push(AppCommand::FlipPolarity(link.id.clone()));
        }
    });
    if ui.button(text::CMD_DELETE.get(language)).clicked() {
        commands.push(AppCommand::DeleteSelection);
    }
    if commit && changed != *link {
        commands.push(AppCommand::Edit(Edit::UpdateLink(changed)));
    }
}

/// The "Bron" row of the inspector grid: returns the new source note when the user finished editing a changed one.
fn source_row_ui(ui: &mut Ui, buffer: &mut String, current: &str, language: Language) -> Option<String> {
    let label = ui.label(text::SOURCE.get(language));
    let r = ui
        .add(TextEdit::singleline(buffer).hint_text(text::SOURCE_HINT.get(language)).desired_width(180.0))
        .labelled_by(label.id);
    ui.end_row();
    (r.lost_focus() && buffer != current).then(|| buffer.clone())
}

/// The plan interventions acting on the selected variable (the canvas shows their number as a badge).
fn interventions_on_variable_ui(ui: &mut Ui, project: &Project, id: &crate::model::VariableId, language: Language) {
    let markers = crate::plan::interventions_per_variable(project);
    let Some(list) = markers.get(id) else { return };
    ui.add_space(12.0);
    ui.label(RichText::new(text::INTERVENTIONS_ON_VARIABLE.get(language)).strong());
    for m in list {
        ui.label(format!(
            "• {}: {} ({}{})",
            m.plan,
            m.intervention,
            if m.points >= 0.0 { "+" } else { "" },
            crate::text::format_number(m.points, 1)
        ));
    }
}
