//! The inspector: every property of the selected variable or link, with validated widgets. Each change is one
//! `Edit`, sent at once: text and number fields are live fields (`ui::fields`), so the document always holds what
//! the inspector shows, and the keystrokes of one visit to one field are one undo step.

use eframe::egui;

use crate::edit::Edit;
use crate::model::{
    Confidence, Delay, Direction, Link, Polarity, Project, ResourceKind, ResourceTag, Strength, Variable,
};
use crate::text::model_descriptions::stored_variable_description;
use crate::text::model_names::{stored_variable_name, variable_name, variable_name_in};
use crate::text::source_notes::{source_note, stored_source_note};
use crate::text::{Language, format_number_in};
use crate::ui::command::AppCommand;
use crate::ui::fields::{self, Changed, NumberField, TextField};
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::ViewState;
use egui::{ComboBox, RichText, Ui};

/// `markers`: the plan interventions per variable (`plan::interventions_per_variable`, cached by the caller).
pub fn inspector_panel_ui(
    ui: &mut Ui,
    project: &Project,
    markers: &std::collections::BTreeMap<crate::model::VariableId, Vec<crate::plan::InterventionMarker>>,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    ui.heading(text::INSPECTOR.get(language));
    ui.add_space(4.0);
    if let Some(id) = view.selection.single_variable().cloned() {
        if let Some(variable) = project.variable(&id) {
            variable_ui(ui, variable, view, language, commands);
            interventions_on_variable_ui(ui, markers, &id, language);
        }
    } else if let Some(id) = view.selection.single_link().cloned() {
        if let Some(link) = project.link(&id) {
            link_ui(ui, project, link, view, language, commands);
        }
    } else if view.selection.is_empty() {
        ui.label(text::NOTHING_SELECTED.get(language));
        ui.add_space(12.0);
        ui.label(RichText::new(text::HELP_CANVAS.get(language)).weak());
    } else {
        ui.label(text::n_selected(language, view.selection.variables.len(), view.selection.links.len()));
        if ui
            .button(text::DELETE_SELECTION.get(language))
            .on_hover_text(text::HINT_DELETE_SELECTION.get(language))
            .clicked()
        {
            commands.push(AppCommand::DeleteSelection);
        }
    }
}

/// Sends the variable with one field changed, merged with the other keystrokes in that field.
fn push_variable<T>(
    commands: &mut Vec<AppCommand>,
    variable: &Variable,
    change: Option<Changed<T>>,
    set: impl FnOnce(&mut Variable, T),
) {
    if let Some(Changed { value, merge_key }) = change {
        let mut changed = variable.clone();
        set(&mut changed, value);
        commands.push(AppCommand::MergedEdit { edit: Edit::UpdateVariable(changed), merge_key });
    }
}

fn variable_ui(
    ui: &mut Ui,
    variable: &Variable,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let id = &variable.id;
    let mut changed = variable.clone();
    let mut commit = false;
    egui::Grid::new("variable_grid").num_columns(2).spacing([6.0, 8.0]).show(ui, |ui| {
        let label = ui.label(text::NAME.get(language));
        // A built-in variable's name reads in English; typed back unchanged, the Dutch name stays in the file.
        let shown = variable_name(id, &variable.name, language);
        // As wide as the panel leaves, so that a narrow inspector never pushes the labels out of view.
        let width = ui.available_width().clamp(80.0, 180.0);
        let mut field = TextField::new(("variable_name", id), text::NAME.get(language), shown, language)
            .required()
            .width(width)
            .labelled_by(label.id);
        if shown != variable.name {
            field = field.hover_text(text::HINT_BUILT_IN_TEXT.get(language));
        }
        push_variable(commands, variable, field.show(ui), |v, name| {
            stored_variable_name(id, &name, language).clone_into(&mut v.name);
        });
        ui.end_row();

        let label = ui.label(text::KIND.get(language)).on_hover_text(text::KIND_HINT.get(language));
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

        let label = ui.label(text::BASELINE.get(language)).on_hover_text(text::BASELINE_HINT.get(language));
        ui.horizontal(|ui| {
            // Narrow enough that the longest label, slider and number fit the inspector at 1366 px.
            ui.spacing_mut().slider_width = 52.0;
            let dragged = fields::slider(ui, variable.baseline, 0.0..=100.0, 1.0, label.id);
            push_variable(commands, variable, dragged, |v, b| v.baseline = b);
            let typed =
                NumberField::new(("variable_baseline", id), text::BASELINE.get(language), variable.baseline, language)
                    .range(0.0..=100.0)
                    .width(40.0)
                    .labelled_by(label.id)
                    .show(ui);
            push_variable(commands, variable, typed, |v, b| v.baseline = b);
        });
        ui.end_row();

        let label = ui.label(text::DIRECTION.get(language)).on_hover_text(text::DIRECTION_HINT.get(language));
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

        let label = ui.label(text::RESOURCE_TAG.get(language)).on_hover_text(text::RESOURCE_TAG_HINT.get(language));
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

        let change = source_row_ui(ui, ("variable_source", id), &variable.source, language);
        push_variable(commands, variable, change, |v, source| {
            v.source = stored_source_note(&variable.source, source, language);
        });
    });
    ui.add_space(6.0);
    let label = ui.label(text::DESCRIPTION.get(language));
    // A built-in variable's shipped description reads in English; once edited, the user's text is kept as written.
    let shown = crate::text::model_descriptions::variable_description(&variable.id, &variable.description, language);
    let mut field = TextField::new(("variable_description", id), text::DESCRIPTION.get(language), shown, language)
        .multiline(3)
        .labelled_by(label.id);
    if shown != variable.description {
        field = field.hover_text(text::HINT_BUILT_IN_TEXT.get(language));
    }
    push_variable(commands, variable, field.show(ui), |v, description| {
        stored_variable_description(id, &description, language).clone_into(&mut v.description);
    });
    ui.add_space(6.0);
    ui.checkbox(&mut view.show_advanced, text::ADVANCED.get(language)).on_hover_text(text::HINT_ADVANCED.get(language));
    if view.show_advanced {
        ui.horizontal(|ui| {
            let label = ui.label(text::ADJUSTMENT.get(language)).on_hover_text(text::ADJUSTMENT_HINT.get(language));
            let change = NumberField::new(
                ("variable_adjustment", id),
                text::ADJUSTMENT.get(language),
                variable.adjustment_months,
                language,
            )
            .range(0.1..=120.0)
            .labelled_by(label.id)
            .show(ui);
            push_variable(commands, variable, change, |v, months| v.adjustment_months = months);
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

/// Sends the link with one field changed, merged with the other keystrokes in that field.
fn push_link<T>(
    commands: &mut Vec<AppCommand>,
    link: &Link,
    change: Option<Changed<T>>,
    set: impl FnOnce(&mut Link, T),
) {
    if let Some(Changed { value, merge_key }) = change {
        let mut changed = link.clone();
        set(&mut changed, value);
        commands.push(AppCommand::MergedEdit { edit: Edit::UpdateLink(changed), merge_key });
    }
}

fn link_ui(
    ui: &mut Ui,
    project: &Project,
    link: &Link,
    view: &mut ViewState,
    language: Language,
    commands: &mut Vec<AppCommand>,
) {
    let name = |id| variable_name_in(project, id, language);
    let id = &link.id;
    ui.label(RichText::new(format!("{}  →  {}", name(&link.from), name(&link.to))).strong());
    ui.add_space(6.0);
    let mut changed = link.clone();
    let mut commit = false;
    ui.label(text::POLARITY.get(language)).on_hover_text(text::POLARITY_HINT.get(language));
    for p in [Polarity::Positive, Polarity::Negative] {
        let label = RichText::new(text::polarity_label(p, language)).color(theme::polarity_colour(p));
        commit |= ui.radio_value(&mut changed.polarity, p, label).clicked();
    }
    ui.add_space(4.0);
    egui::Grid::new("link_grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
        let label = ui.label(text::STRENGTH.get(language)).on_hover_text(text::STRENGTH_HINT.get(language));
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

        let label = ui.label(text::DELAY.get(language)).on_hover_text(text::DELAY_HINT.get(language));
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

        let label = ui.label(text::CONFIDENCE.get(language)).on_hover_text(text::CONFIDENCE_HINT.get(language));
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

        let change = source_row_ui(ui, ("link_source", id), &link.source, language);
        push_link(commands, link, change, |l, source| l.source = stored_source_note(&link.source, source, language));
    });
    ui.add_space(6.0);
    ui.checkbox(&mut view.show_advanced, text::ADVANCED.get(language)).on_hover_text(text::HINT_ADVANCED.get(language));
    if view.show_advanced {
        egui::Grid::new("link_advanced").num_columns(2).show(ui, |ui| {
            let label = ui.label(text::GAIN.get(language)).on_hover_text(text::GAIN_HINT.get(language));
            let change = NumberField::new(("link_gain", id), text::GAIN.get(language), link.strength.gain(), language)
                .range(0.0..=10.0)
                .labelled_by(label.id)
                .show(ui);
            push_link(commands, link, change, |l, g| {
                l.strength =
                    Strength::WORDS.into_iter().find(|w| (w.gain() - g).abs() < 1e-9).unwrap_or(Strength::Custom(g));
            });
            ui.end_row();
            let label = ui.label(text::DELAY_MONTHS.get(language)).on_hover_text(text::DELAY_MONTHS_HINT.get(language));
            let change =
                NumberField::new(("link_delay", id), text::DELAY_MONTHS.get(language), link.delay.months(), language)
                    .range(0.0..=240.0)
                    .decimals(1)
                    .labelled_by(label.id)
                    .show(ui);
            push_link(commands, link, change, |l, m| {
                l.delay = Delay::WORDS.into_iter().find(|w| (w.months() - m).abs() < 1e-9).unwrap_or(Delay::Months(m));
            });
            ui.end_row();
        });
    }
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui
            .button(text::CMD_FLIP_POLARITY.get(language))
            .on_hover_text(text::HINT_FLIP_POLARITY.get(language))
            .clicked()
        {
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

/// The "Bron" row of the inspector grid: a live field for the source note.
fn source_row_ui(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    current: &str,
    language: Language,
) -> Option<Changed<String>> {
    let label = ui.label(text::SOURCE.get(language));
    // A shipped note reads in English; the file keeps it as written (see `stored_source_note`).
    let shown = source_note(current, language);
    let mut field = TextField::new(id_salt, text::SOURCE.get(language), &shown, language)
        .width(ui.available_width().clamp(80.0, 180.0))
        .hint(text::SOURCE_HINT.get(language))
        .labelled_by(label.id);
    if shown != current {
        field = field.hover_text(text::HINT_BUILT_IN_TEXT.get(language));
    }
    let change = field.show(ui);
    ui.end_row();
    change
}

/// The plan interventions acting on the selected variable (the canvas shows their number as a badge).
fn interventions_on_variable_ui(
    ui: &mut Ui,
    markers: &std::collections::BTreeMap<crate::model::VariableId, Vec<crate::plan::InterventionMarker>>,
    id: &crate::model::VariableId,
    language: Language,
) {
    let Some(list) = markers.get(id) else { return };
    ui.add_space(12.0);
    ui.label(RichText::new(text::INTERVENTIONS_ON_VARIABLE.get(language)).strong());
    for m in list {
        ui.label(format!(
            "• {}: {} ({}{})",
            m.plan,
            crate::text::catalogue::intervention_name(&m.intervention_id, &m.intervention, language),
            if m.points >= 0.0 { "+" } else { "" },
            format_number_in(m.points, 1, language)
        ));
    }
}
