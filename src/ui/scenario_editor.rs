//! The scenario editor: a window in which a gemeente models its own crisis. New, rename, duplicate and delete
//! scenarios; per shock the variable, size, start, duration and shape (ramp-up and after-effect). Every change is
//! an edit; what is typed or dragged applies at once, and one visit to one field is one undo step (merge key).

use eframe::egui;

use crate::edit::{Edit, delete_scenario_edit, duplicate_scenario_edit, new_scenario_edit, new_shock};
use crate::model::{Project, Scenario, ScenarioId, Shock};
use crate::text::Language;
use crate::text::model_names::{scenario_name, stored_scenario_name, variable_name, variable_name_in};
use crate::ui::canvas::geometry::short_name;
use crate::ui::fields::{Changed, NumberField, TextField};
use crate::ui::plan::example_badge;
use crate::ui::text as t;
use egui::{Id, RichText, Ui};

/// A change for the app: with a merge key it joins the previous undo step made with the same key.
pub type ScenarioEdit = (Edit, Option<String>);

/// The editor's view state (never saved).
#[derive(Default)]
pub struct ScenarioEditor {
    pub open: bool,
    selected: Option<ScenarioId>,
}

/// True for shipped example numbers (their note says so).
fn is_example(shock: &Shock) -> bool {
    shock.note.to_lowercase().contains("voorbeeldwaarde")
}

impl ScenarioEditor {
    /// The button that opens the editor.
    pub fn open_button_ui(&mut self, ui: &mut Ui, language: Language) {
        if ui.button(t::SCENARIO_EDIT.get(language)).on_hover_text(t::SCENARIO_EDIT_HINT.get(language)).clicked() {
            self.open = true;
        }
    }

    /// Draws the window when open and returns the edits made in it.
    pub fn window_ui(&mut self, ctx: &egui::Context, project: &Project, language: Language) -> Vec<ScenarioEdit> {
        let mut edits = Vec::new();
        if !self.open {
            return edits;
        }
        let mut open = self.open;
        let room = ctx.content_rect().size() - egui::vec2(40.0, 80.0);
        egui::Window::new(t::SCENARIO_EDITOR_TITLE.get(language))
            .open(&mut open)
            .default_size([1240.0_f32.min(room.x), 440.0_f32.min(room.y)])
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos([ctx.content_rect().center().x, ctx.content_rect().top() + 60.0])
            .max_size(room)
            .scroll([true, true])
            .show(ctx, |ui| self.contents_ui(ui, project, language, &mut edits));
        self.open = open;
        edits
    }

    fn contents_ui(&mut self, ui: &mut Ui, project: &Project, language: Language, edits: &mut Vec<ScenarioEdit>) {
        let current = self
            .selected
            .as_ref()
            .and_then(|id| project.scenarios.iter().find(|s| &s.id == id))
            .or_else(|| project.scenarios.first());
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t::SCENARIO.get(language));
            let shown = current.map_or("—", |s| scenario_name(&s.id, &s.name, language));
            egui::ComboBox::from_id_salt("scenario_editor_pick")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for s in &project.scenarios {
                        let name = scenario_name(&s.id, &s.name, language);
                        if ui.selectable_label(current.is_some_and(|c| c.id == s.id), name).clicked() {
                            self.selected = Some(s.id.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(t::HINT_SCENARIO_PICK.get(language));
            if ui.button(t::SCENARIO_NEW.get(language)).on_hover_text(t::HINT_SCENARIO_NEW.get(language)).clicked() {
                let (edit, id) = new_scenario_edit(project, t::SCENARIO_NEW_NAME.get(language));
                edits.push((edit, None));
                self.selected = Some(id);
            }
            if let Some(s) = current {
                let duplicate = ui.button(t::SCENARIO_DUPLICATE.get(language));
                if duplicate.on_hover_text(t::HINT_SCENARIO_DUPLICATE.get(language)).clicked() {
                    let name = format!("{} ({})", s.name, t::SCENARIO_COPY_SUFFIX.get(language));
                    if let Some((edit, id)) = duplicate_scenario_edit(project, &s.id, &name) {
                        edits.push((edit, None));
                        self.selected = Some(id);
                    }
                }
                if ui
                    .button(t::SCENARIO_DELETE.get(language))
                    .on_hover_text(t::HINT_SCENARIO_DELETE.get(language))
                    .clicked()
                    && let Some(edit) = delete_scenario_edit(project, &s.id)
                {
                    edits.push((edit, None));
                    self.selected = None;
                }
            }
        });
        ui.separator();
        let Some(scenario) = current else {
            ui.label(t::SCENARIO_NONE.get(language));
            return;
        };
        Self::names_ui(ui, scenario, language, edits);
        ui.add_space(6.0);
        ui.label(RichText::new(t::SCENARIO_SHOCKS.get(language)).strong())
            .on_hover_text(t::SHOCK_SHAPE_HINT.get(language));
        Self::shocks_ui(ui, project, scenario, language, edits);
    }

    fn names_ui(ui: &mut Ui, scenario: &Scenario, language: Language, edits: &mut Vec<ScenarioEdit>) {
        egui::Grid::new("scenario_editor_names").num_columns(2).show(ui, |ui| {
            let name = t::SCENARIO_NAME.get(language);
            let label = ui.label(name);
            ui.horizontal(|ui| {
                // The built-in crisis reads in English; typed back unchanged, the Dutch name stays in the file.
                let shown = scenario_name(&scenario.id, &scenario.name, language);
                let mut field = TextField::new(("scenario_name", &scenario.id), name, shown, language)
                    .required()
                    .width(520.0)
                    .labelled_by(label.id);
                if shown != scenario.name {
                    field = field.hover_text(t::HINT_BUILT_IN_TEXT.get(language));
                }
                if let Some(change) = field.show(ui) {
                    let mut s = scenario.clone();
                    stored_scenario_name(&scenario.id, &change.value, language).clone_into(&mut s.name);
                    edits.push((Edit::UpdateScenario(s), Some(change.merge_key)));
                }
                if scenario.shocks.iter().any(is_example) {
                    example_badge(ui, language);
                }
            });
            ui.end_row();
            let what = t::SCENARIO_DESCRIPTION.get(language);
            let label = ui.label(what);
            let shown =
                crate::text::model_descriptions::scenario_description(&scenario.id, &scenario.description, language);
            let mut field = TextField::new(("scenario_description", &scenario.id), what, shown, language)
                .multiline(2)
                .width(520.0)
                .labelled_by(label.id);
            if shown != scenario.description {
                field = field.hover_text(t::HINT_BUILT_IN_TEXT.get(language));
            }
            if let Some(change) = field.show(ui) {
                let mut s = scenario.clone();
                crate::text::model_descriptions::stored_scenario_description(&scenario.id, &change.value, language)
                    .clone_into(&mut s.description);
                edits.push((Edit::UpdateScenario(s), Some(change.merge_key)));
            }
            ui.end_row();
        });
    }
}

/// A live number field for one value of a shock, labelled by its column header.
fn number(
    ui: &mut Ui,
    salt: (&ScenarioId, usize, &str),
    (what, header): (&str, Id),
    value: f64,
    range: std::ops::RangeInclusive<f64>,
    language: Language,
) -> Option<Changed<f64>> {
    NumberField::new(salt, what, value, language).range(range).decimals(2).width(56.0).labelled_by(header).show(ui)
}

impl ScenarioEditor {
    fn shocks_ui(
        ui: &mut Ui,
        project: &Project,
        scenario: &Scenario,
        language: Language,
        edits: &mut Vec<ScenarioEdit>,
    ) {
        let horizon = f64::from(project.settings.horizon_months);
        if scenario.shocks.is_empty() {
            ui.label(t::SCENARIO_NO_SHOCKS.get(language));
        } else {
            egui::Grid::new(("scenario_editor_shocks", &scenario.id)).striped(true).num_columns(7).show(ui, |ui| {
                ui.label("");
                let header_texts = [
                    t::SHOCK_VARIABLE,
                    t::SHOCK_SIZE,
                    t::SHOCK_START,
                    t::SHOCK_DURATION,
                    t::SHOCK_RAMP,
                    t::SHOCK_AFTER,
                ]
                .map(|h| h.get(language));
                let hints = [
                    t::HINT_SHOCK_COL_VARIABLE,
                    t::HINT_SHOCK_COL_SIZE,
                    t::HINT_SHOCK_COL_START,
                    t::HINT_SHOCK_COL_DURATION,
                    t::HINT_SHOCK_COL_RAMP,
                    t::HINT_SHOCK_COL_AFTER,
                ];
                let headers: [Id; 6] = std::array::from_fn(|k| {
                    ui.label(RichText::new(header_texts[k]).strong()).on_hover_text(hints[k].get(language)).id
                });
                ui.end_row();
                for index in 0..scenario.shocks.len() {
                    Self::shock_row(ui, project, scenario, index, (&header_texts, &headers), horizon, language, edits);
                    ui.end_row();
                }
            });
        }
        if ui.button(t::SHOCK_ADD.get(language)).on_hover_text(t::HINT_SHOCK_ADD.get(language)).clicked()
            && let Some(target) = project
                .variables
                .iter()
                .find(|v| scenario.shocks.iter().all(|s| s.target != v.id))
                .or_else(|| project.variables.first())
        {
            let mut s = scenario.clone();
            s.shocks.push(new_shock(target.id.clone()));
            edits.push((Edit::UpdateScenario(s), None));
        }
    }

    #[allow(clippy::too_many_arguments)] // one row of one grid: its place, its labels and its context
    fn shock_row(
        ui: &mut Ui,
        project: &Project,
        scenario: &Scenario,
        index: usize,
        (header_texts, headers): (&[&str; 6], &[Id; 6]),
        horizon: f64,
        language: Language,
        edits: &mut Vec<ScenarioEdit>,
    ) {
        let old = &scenario.shocks[index];
        let mut shock = old.clone();
        // First, so that it is in view however narrow the window.
        let remove = ui.small_button("×").on_hover_text(t::SHOCK_REMOVE.get(language));
        let mut merge = None;
        // The short name keeps the column narrow; the list shows the full names.
        let target_name = short_name(variable_name_in(project, &old.target, language));
        egui::ComboBox::from_id_salt(("shock_target", &scenario.id, index))
            .selected_text(target_name)
            .width(160.0)
            .show_ui(ui, |ui| {
                for v in &project.variables {
                    ui.selectable_value(&mut shock.target, v.id.clone(), variable_name(&v.id, &v.name, language));
                }
            })
            .response
            .labelled_by(headers[0])
            .on_hover_text(t::HINT_SHOCK_TARGET.get(language));
        let id = &scenario.id;
        let col = |k: usize| (header_texts[k], headers[k]);
        ui.horizontal(|ui| {
            if let Some(c) = number(ui, (id, index, "effect"), col(1), old.effect, -100.0..=100.0, language) {
                shock.effect = c.value;
                merge = Some(c.merge_key);
            }
            if is_example(old) {
                example_badge(ui, language);
            }
        });
        let duration = old.shape.end_month.map(|end| (end - old.shape.start_month).max(0.0));
        if let Some(c) = number(ui, (id, index, "start"), col(2), old.shape.start_month, 0.0..=horizon, language) {
            shock.shape.start_month = c.value;
            shock.shape.end_month = duration.map(|d| c.value + d);
            merge = Some(c.merge_key);
        }
        ui.horizontal(|ui| {
            let mut lasting = duration.is_none();
            let hint = t::SHOCK_LASTING_HINT.get(language);
            if ui.checkbox(&mut lasting, t::SHOCK_LASTING.get(language)).on_hover_text(hint).changed() {
                shock.shape.end_month = if lasting { None } else { Some(shock.shape.start_month + 12.0) };
            }
            if let Some(d) = duration
                && let Some(c) = number(ui, (id, index, "duration"), col(3), d, 0.0..=horizon, language)
            {
                shock.shape.end_month = Some(shock.shape.start_month + c.value);
                merge = Some(c.merge_key);
            }
        });
        if let Some(c) = number(ui, (id, index, "ramp"), col(4), old.shape.ramp_up_months, 0.0..=horizon, language) {
            shock.shape.ramp_up_months = c.value;
            merge = Some(c.merge_key);
        }
        let after = old.shape.after_effect_months;
        if let Some(c) = number(ui, (id, index, "after"), col(5), after, 0.0..=horizon, language) {
            shock.shape.after_effect_months = c.value;
            merge = Some(c.merge_key);
        }
        let mut s = scenario.clone();
        if remove.clicked() {
            s.shocks.remove(index);
            edits.push((Edit::UpdateScenario(s), None));
        } else if shock != *old {
            s.shocks[index] = shock;
            edits.push((Edit::UpdateScenario(s), merge));
        }
    }
}
