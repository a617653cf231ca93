//! The scenario editor: a window in which a gemeente models its own crisis. New, rename, duplicate and delete
//! scenarios; per shock the variable, size, start, duration and shape (ramp-up and after-effect). Every change is
//! an edit; what is typed or dragged applies at once, and one visit to one field is one undo step (merge key).

use eframe::egui;

use crate::edit::{Edit, delete_scenario_edit, duplicate_scenario_edit, new_scenario_edit, new_shock};
use crate::model::{Project, Scenario, ScenarioId, Shock};
use crate::text::Language;
use crate::ui::canvas::geometry::short_name;
use crate::ui::plan::example_badge;
use crate::ui::text as t;
use egui::{DragValue, Id, Response, RichText, TextEdit, Ui};

/// A change for the app: with a merge key it joins the previous undo step made with the same key.
pub type ScenarioEdit = (Edit, Option<String>);

/// The editor's view state (never saved).
#[derive(Default)]
pub struct ScenarioEditor {
    pub open: bool,
    selected: Option<ScenarioId>,
    /// The text of the focused text field while it differs from the model (e.g. a name typed empty).
    draft: Option<(Id, String)>,
    /// Counts visits to fields: the keystrokes and drags of one visit merge into one undo step.
    visit: u64,
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
            .default_size([1040.0_f32.min(room.x), 440.0_f32.min(room.y)])
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos([ctx.content_rect().center().x, ctx.content_rect().top() + 60.0])
            .max_size(room)
            .scroll([true, true])
            .show(ctx, |ui| self.contents_ui(ui, project, language, &mut edits));
        self.open = open;
        edits
    }

    fn merge_key(&mut self, response: &Response, field: &str) -> String {
        if response.gained_focus() || response.drag_started() {
            self.visit += 1;
        }
        format!("scenario:{field}:{}", self.visit)
    }

    fn contents_ui(&mut self, ui: &mut Ui, project: &Project, language: Language, edits: &mut Vec<ScenarioEdit>) {
        let current = self
            .selected
            .as_ref()
            .and_then(|id| project.scenarios.iter().find(|s| &s.id == id))
            .or_else(|| project.scenarios.first());
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t::SCENARIO.get(language));
            let shown = current.map_or("—", |s| s.name.as_str());
            egui::ComboBox::from_id_salt("scenario_editor_pick")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for s in &project.scenarios {
                        if ui.selectable_label(current.is_some_and(|c| c.id == s.id), &s.name).clicked() {
                            self.selected = Some(s.id.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            if ui.button(t::SCENARIO_NEW.get(language)).clicked() {
                let (edit, id) = new_scenario_edit(project, t::SCENARIO_NEW_NAME.get(language));
                edits.push((edit, None));
                self.selected = Some(id);
            }
            if let Some(s) = current {
                if ui.button(t::SCENARIO_DUPLICATE.get(language)).clicked() {
                    let name = format!("{} ({})", s.name, t::SCENARIO_COPY_SUFFIX.get(language));
                    if let Some((edit, id)) = duplicate_scenario_edit(project, &s.id, &name) {
                        edits.push((edit, None));
                        self.selected = Some(id);
                    }
                }
                if ui.button(t::SCENARIO_DELETE.get(language)).clicked()
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
        self.names_ui(ui, scenario, language, edits);
        ui.add_space(6.0);
        ui.label(RichText::new(t::SCENARIO_SHOCKS.get(language)).strong())
            .on_hover_text(t::SHOCK_SHAPE_HINT.get(language));
        self.shocks_ui(ui, project, scenario, language, edits);
    }

    /// A text field that applies as you type; `required` text is trimmed and never sent empty.
    fn text_field(
        &mut self,
        ui: &mut Ui,
        salt: &str,
        value: &str,
        multiline: bool,
        required: bool,
    ) -> (Response, Option<String>) {
        let id = ui.make_persistent_id(salt);
        let mut text = match &self.draft {
            Some((draft_id, text)) if *draft_id == id => text.clone(),
            _ => value.to_owned(),
        };
        let edit =
            if multiline { TextEdit::multiline(&mut text).desired_rows(2) } else { TextEdit::singleline(&mut text) };
        let response = ui.add(edit.id(id).desired_width(520.0));
        let mut changed = None;
        if response.changed() {
            let value_new = if required { text.trim().to_owned() } else { text.clone() };
            if !(required && value_new.is_empty()) && value_new != value {
                changed = Some(value_new);
            }
            self.draft = Some((id, text));
        }
        if response.lost_focus() && self.draft.as_ref().is_some_and(|(d, _)| *d == id) {
            self.draft = None;
        }
        (response, changed)
    }

    fn names_ui(&mut self, ui: &mut Ui, scenario: &Scenario, language: Language, edits: &mut Vec<ScenarioEdit>) {
        egui::Grid::new("scenario_editor_names").num_columns(2).show(ui, |ui| {
            let label = ui.label(t::SCENARIO_NAME.get(language));
            ui.horizontal(|ui| {
                let salt = format!("scenario_name:{}", scenario.id);
                let (response, changed) = self.text_field(ui, &salt, &scenario.name, false, true);
                let response = response.labelled_by(label.id);
                let key = self.merge_key(&response, &salt);
                if let Some(name) = changed {
                    let mut s = scenario.clone();
                    s.name = name;
                    edits.push((Edit::UpdateScenario(s), Some(key)));
                }
                if scenario.shocks.iter().any(is_example) {
                    example_badge(ui, language);
                }
            });
            ui.end_row();
            let label = ui.label(t::SCENARIO_DESCRIPTION.get(language));
            let salt = format!("scenario_description:{}", scenario.id);
            let (response, changed) = self.text_field(ui, &salt, &scenario.description, true, false);
            let response = response.labelled_by(label.id);
            let key = self.merge_key(&response, &salt);
            if let Some(description) = changed {
                let mut s = scenario.clone();
                s.description = description;
                edits.push((Edit::UpdateScenario(s), Some(key)));
            }
            ui.end_row();
        });
    }
}

/// A number as the language writes it, with at most two decimals ("12,5" in Dutch, "12.5" in English).
pub fn format_decimal(value: f64, language: Language) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    match language {
        Language::Nl => text.replace('.', ","),
        Language::En => text.to_owned(),
    }
}

/// Reads a number typed in the language's way; a Dutch user may type either "12,5" or "12.5".
pub fn parse_decimal(text: &str, language: Language) -> Option<f64> {
    let text = text.trim().replace(['−', '–'], "-").replace(' ', "");
    let text = match language {
        Language::Nl => text.replace(',', "."),
        Language::En => text.replace(',', ""),
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn number(ui: &mut Ui, value: &mut f64, range: std::ops::RangeInclusive<f64>, language: Language) -> Response {
    ui.add(
        DragValue::new(value)
            .range(range)
            .speed(0.25)
            .max_decimals(2)
            .custom_formatter(move |v, _| format_decimal(v, language))
            .custom_parser(move |s| parse_decimal(s, language)),
    )
}

impl ScenarioEditor {
    fn shocks_ui(
        &mut self,
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
                let headers = [
                    t::SHOCK_VARIABLE,
                    t::SHOCK_SIZE,
                    t::SHOCK_START,
                    t::SHOCK_DURATION,
                    t::SHOCK_RAMP,
                    t::SHOCK_AFTER,
                ]
                .map(|h| ui.label(RichText::new(h.get(language)).strong()).id);
                ui.end_row();
                for index in 0..scenario.shocks.len() {
                    self.shock_row(ui, project, scenario, index, &headers, horizon, language, edits);
                    ui.end_row();
                }
            });
        }
        if ui.button(t::SHOCK_ADD.get(language)).clicked()
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
        &mut self,
        ui: &mut Ui,
        project: &Project,
        scenario: &Scenario,
        index: usize,
        headers: &[Id; 6],
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
        let target_name = project.variable(&old.target).map_or(old.target.as_str(), |v| short_name(&v.name));
        egui::ComboBox::from_id_salt(("shock_target", &scenario.id, index))
            .selected_text(target_name)
            .width(160.0)
            .show_ui(ui, |ui| {
                for v in &project.variables {
                    ui.selectable_value(&mut shock.target, v.id.clone(), &v.name);
                }
            })
            .response
            .labelled_by(headers[0]);
        ui.horizontal(|ui| {
            let r = number(ui, &mut shock.effect, -100.0..=100.0, language).labelled_by(headers[1]);
            let key = self.merge_key(&r, &format!("{}:{index}:effect", scenario.id));
            if r.changed() {
                merge = Some(key);
            }
            if is_example(old) {
                example_badge(ui, language);
            }
        });
        let duration = old.shape.end_month.map(|end| (end - old.shape.start_month).max(0.0));
        let r = number(ui, &mut shock.shape.start_month, 0.0..=horizon, language).labelled_by(headers[2]);
        let key = self.merge_key(&r, &format!("{}:{index}:start", scenario.id));
        if r.changed() {
            shock.shape.end_month = duration.map(|d| shock.shape.start_month + d);
            merge = Some(key);
        }
        ui.horizontal(|ui| {
            let mut lasting = duration.is_none();
            if ui
                .checkbox(&mut lasting, t::SHOCK_LASTING.get(language))
                .on_hover_text(t::SHOCK_LASTING_HINT.get(language))
                .changed()
            {
                shock.shape.end_month = if lasting { None } else { Some(shock.shape.start_month + 12.0) };
            }
            if let Some(mut d) = duration {
                let r = number(ui, &mut d, 0.0..=horizon, language).labelled_by(headers[3]);
                let key = self.merge_key(&r, &format!("{}:{index}:duration", scenario.id));
                if r.changed() {
                    shock.shape.end_month = Some(shock.shape.start_month + d);
                    merge = Some(key);
                }
            }
        });
        for (field, value, header) in [
            ("ramp", &mut shock.shape.ramp_up_months, headers[4]),
            ("after", &mut shock.shape.after_effect_months, headers[5]),
        ] {
            let r = number(ui, value, 0.0..=horizon, language).labelled_by(header);
            let key = self.merge_key(&r, &format!("{}:{index}:{field}", scenario.id));
            if r.changed() {
                merge = Some(key);
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language_both_ways() {
        assert_eq!(format_decimal(12.5, Language::Nl), "12,5");
        assert_eq!(format_decimal(12.5, Language::En), "12.5");
        assert_eq!(format_decimal(-15.0, Language::Nl), "-15");
        assert_eq!(parse_decimal("12,5", Language::Nl), Some(12.5));
        assert_eq!(parse_decimal("−7,25", Language::Nl), Some(-7.25));
        assert_eq!(parse_decimal("1,500.5", Language::En), Some(1500.5));
        assert_eq!(parse_decimal("abc", Language::Nl), None);
    }
}
