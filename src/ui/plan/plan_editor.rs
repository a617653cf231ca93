//! The Plan page: variant picker, years, budget per year, and the items with their timing, reach, effects, cost and
//! tags. Works on a copy of the plans: every change, typed or clicked, is returned at once as one `SetPlans` edit;
//! the keystrokes of one visit to one field carry that field's merge key, so they are one undo step.

use super::catalogue_panel::intervention_details_ui;
use super::{OVER_BUDGET, PlanView, example_badge, new_plan};
use crate::edit::Edit;
use crate::model::{Confidence, Cost, Effect, Intervention, Plan, PlanId, PlanItem, Project};
use crate::plan::{find_intervention, plan_months};
use crate::text::{Language, format_eur_in, format_number_in, format_percent_in};
use crate::ui::fields::{self, Changed, EditRequest, NumberField, TextField};
use crate::ui::text as tx;
use eframe::egui::{self, RichText};
use std::borrow::Cow;

/// Editor view state.
#[derive(Default)]
pub struct EditorState {
    /// Text typed for a new tag: partners, wijken, target groups (not yet part of the plan; added with Enter or +).
    new_tag: [String; 3],
}

/// The merge key of the live field changed in this frame, if any.
#[derive(Default)]
struct Typed {
    merge_key: Option<String>,
}

impl Typed {
    /// The new value of a live field, noting its merge key.
    fn take<T>(&mut self, change: Option<Changed<T>>) -> Option<T> {
        change.map(|c| {
            self.merge_key = Some(c.merge_key);
            c.value
        })
    }
}

/// "mrt 2027" for month `m` from January of `first_year`.
fn month_label(first_year: i32, m: f64, language: Language) -> String {
    let m = if m.is_finite() { m.clamp(0.0, 12_000.0).floor() as i32 } else { 0 };
    format!("{} {}", tx::month_names(language)[(m % 12) as usize], first_year + m / 12)
}

/// The plan editor. Nothing is copied while the user only looks: a change to the list (new, copy, delete) copies the
/// list once; a change inside the selected plan copies that plan (and its selected item) only when it happens.
pub fn editor_ui(ui: &mut egui::Ui, view: &mut PlanView, project: &Project) -> Option<EditRequest> {
    let language = view.language;
    let plans = &project.plans;
    let mut t = Typed::default();
    let mut new_list: Option<Vec<Plan>> = None;
    let mut index = view.selected_plan.as_ref().and_then(|id| plans.iter().position(|p| &p.id == id)).unwrap_or(0);

    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tx::PLAN_ED_VARIANT.get(language));
        let selected_name = plans.get(index).map_or(tx::PLAN_ED_NONE.get(language), |p| p.name.as_str()).to_owned();
        egui::ComboBox::from_id_salt("plan_variant_picker")
            .selected_text(selected_name)
            .show_ui(ui, |ui| {
                for (i, p) in plans.iter().enumerate() {
                    if ui.selectable_label(i == index, &p.name).clicked() {
                        index = i;
                        view.selected_item = None;
                    }
                }
            })
            .response
            .labelled_by(l.id);
        if ui.button(tx::PLAN_ED_NEW.get(language)).clicked() {
            let mut list = plans.clone();
            list.push(new_plan(project, plans, plans.get(index)));
            index = list.len() - 1;
            view.selected_item = None;
            new_list = Some(list);
        }
        if !plans.is_empty() && ui.button(tx::PLAN_ED_COPY.get(language)).clicked() {
            let mut copy = new_plan(project, plans, plans.get(index));
            copy.name = tx::plan_ed_copy_name(language, &plans[index].name);
            copy.items.clone_from(&plans[index].items);
            copy.notes.clone_from(&plans[index].notes);
            let mut list = plans.clone();
            list.push(copy);
            index = list.len() - 1;
            new_list = Some(list);
        }
        if !plans.is_empty() && ui.button(tx::PLAN_ED_DELETE.get(language)).clicked() {
            let mut list = plans.clone();
            list.remove(index);
            index = 0;
            view.selected_item = None;
            new_list = Some(list);
        }
    });
    if let Some(list) = new_list {
        view.selected_plan = list.get(index).map(|p| p.id.clone());
        return Some(EditRequest { edit: Edit::SetPlans(list), merge_key: t.merge_key });
    }
    view.selected_plan = plans.get(index).map(|p| p.id.clone());

    let Some(original) = plans.get(index) else {
        ui.label(tx::PLAN_ED_EMPTY.get(language));
        return None;
    };
    let mut plan = Cow::Borrowed(original);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.heading(format!("{} ({}–{})", plan.name, plan.first_year, plan.last_year));
        plan_header_ui(ui, &mut plan, &mut t, language);
        ui.separator();
        items_ui(ui, view, project, &mut plan, &mut t);
    });
    match plan {
        Cow::Owned(changed) if changed != *original => {
            let mut list = plans.clone();
            list[index] = changed;
            Some(EditRequest { edit: Edit::SetPlans(list), merge_key: t.merge_key })
        }
        _ => None,
    }
}

fn plan_header_ui(ui: &mut egui::Ui, plan: &mut Cow<'_, Plan>, t: &mut Typed, language: Language) {
    let id = plan.id.clone();
    egui::Grid::new("plan_header").num_columns(2).show(ui, |ui| {
        let l = ui.label(tx::PLAN_ED_NAME.get(language));
        let field = TextField::new(("plan_name", &id), tx::PLAN_ED_NAME.get(language), &plan.name, language);
        if let Some(name) = t.take(field.required().labelled_by(l.id).show(ui)) {
            plan.to_mut().name = name;
        }
        ui.end_row();
        let l = ui.label(tx::PLAN_ED_YEARS.get(language));
        ui.horizontal(|ui| {
            let what = tx::PLAN_ED_YEARS.get(language);
            let field = NumberField::new(("plan_first_year", &id), what, f64::from(plan.first_year), language);
            if let Some(year) = t.take(field.whole().range(2000.0..=2100.0).labelled_by(l.id).show(ui)) {
                plan.to_mut().first_year = year_of(year);
            }
            let l = ui.label(tx::PLAN_ED_UNTIL.get(language));
            let field = NumberField::new(("plan_last_year", &id), what, f64::from(plan.last_year), language);
            let range = f64::from(plan.first_year)..=2100.0;
            if let Some(year) = t.take(field.whole().range(range).labelled_by(l.id).show(ui)) {
                plan.to_mut().last_year = year_of(year);
            }
        });
        ui.end_row();
        let l = ui.label(tx::PLAN_ED_NOTES.get(language));
        let field = TextField::new(("plan_notes", &id), tx::PLAN_ED_NOTES.get(language), &plan.notes, language);
        if let Some(notes) = t.take(field.multiline(2).labelled_by(l.id).show(ui)) {
            plan.to_mut().notes = notes;
        }
        ui.end_row();
    });
    if plan.last_year < plan.first_year {
        plan.to_mut().last_year = plan.first_year;
    }
    ui.label(RichText::new(tx::PLAN_ED_BUDGET_PER_YEAR.get(language)).strong());
    egui::Grid::new("plan_budget").num_columns(3).show(ui, |ui| {
        for year in plan.first_year..=plan.last_year {
            let l = ui.label(year.to_string());
            let mut limited = plan.budget_eur.contains_key(&year);
            if ui
                .checkbox(&mut limited, tx::PLAN_ED_BUDGET.get(language))
                .on_hover_text(tx::PLAN_ED_BUDGET_HINT.get(language))
                .changed()
            {
                if limited {
                    let previous = plan.budget_eur.range(..year).next_back().map_or(0.0, |(_, b)| *b);
                    plan.to_mut().budget_eur.insert(year, previous);
                } else {
                    plan.to_mut().budget_eur.remove(&year);
                }
            }
            if let Some(&budget) = plan.budget_eur.get(&year) {
                ui.horizontal(|ui| {
                    ui.label("€");
                    let what = tx::fields::budget_of(language, year);
                    let field = NumberField::new(("plan_budget", &id, year), &what, budget, language);
                    if let Some(amount) =
                        t.take(field.range(0.0..=1e10).grouped().width(100.0).labelled_by(l.id).show(ui))
                    {
                        plan.to_mut().budget_eur.insert(year, amount);
                    }
                });
            } else {
                ui.label(RichText::new(tx::PLAN_NO_LIMIT.get(language)).weak());
            }
            ui.end_row();
        }
    });
}

/// A whole year typed in a field (checked to lie in 2000–2100).
fn year_of(value: f64) -> i32 {
    // The field accepts only whole numbers from 2000 to 2100, so the conversion is exact.
    #[allow(clippy::cast_possible_truncation)]
    let year = value.round().clamp(f64::from(i32::MIN), f64::from(i32::MAX)) as i32;
    year
}

fn items_ui(ui: &mut egui::Ui, view: &mut PlanView, project: &Project, plan: &mut Cow<'_, Plan>, t: &mut Typed) {
    let language = view.language;
    ui.label(RichText::new(tx::PLAN_ED_ITEMS.get(language)).strong());
    if plan.items.is_empty() {
        ui.label(tx::PLAN_ED_NO_ITEMS.get(language));
        return;
    }
    let mut remove = None;
    // Long intervention names are cut short (full name on hover) so that the costs and buttons fit at 1024 px.
    let name_width = (ui.available_width() - 520.0).clamp(140.0, 700.0);
    egui::Grid::new("plan_items").striped(true).num_columns(6).show(ui, |ui| {
        for (h, hint) in [
            (tx::PLAN_COL_INTERVENTION, tx::HINT_PLAN_ED_COL_INTERVENTION),
            (tx::PLAN_ED_COL_START, tx::HINT_PLAN_ED_COL_START),
            (tx::PLAN_ED_COL_DURATION, tx::HINT_PLAN_ED_COL_DURATION),
            (tx::PLAN_ED_COL_REACH, tx::PLAN_IT_REACH_HINT),
            (tx::PLAN_ED_COL_COST, tx::HINT_PLAN_ED_COL_COST),
        ] {
            ui.label(RichText::new(h.get(language)).strong()).on_hover_text(hint.get(language));
        }
        ui.label("");
        ui.end_row();
        for (i, item) in plan.items.iter().enumerate() {
            let intervention = find_intervention(project, &item.intervention);
            let name = intervention.map_or_else(
                || tx::plan_ed_unknown(language, item.intervention.as_str()),
                |x| crate::text::catalogue::intervention_name(&x.id, &x.name, language).to_owned(),
            );
            let clicked = ui
                .scope(|ui| {
                    ui.set_max_width(name_width);
                    ui.add(egui::Button::selectable(view.selected_item == Some(i), name.as_str()).truncate())
                        .on_hover_text(name.as_str())
                        .clicked()
                })
                .inner;
            if clicked {
                view.selected_item = Some(i);
            }
            ui.label(month_label(plan.first_year, item.start_month, language));
            ui.label(item.duration_months.map_or_else(
                || tx::PLAN_ED_TO_END.get(language).to_owned(),
                |d| tx::plan_ed_months(language, &format_number_in(d, 0, language)),
            ));
            ui.label(format_percent_in(item.reach_percent, 0, language));
            let cost = item.cost.or(intervention.map(|x| x.cost)).unwrap_or_default();
            ui.horizontal(|ui| {
                ui.label(format_eur_in(cost.per_year_eur, language));
                if item.cost.is_none() && intervention.is_some_and(|x| x.example_values) {
                    example_badge(ui, language);
                }
            });
            if ui.small_button(tx::PLAN_ED_REMOVE.get(language)).clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.to_mut().items.remove(i);
        view.selected_item = None;
    }
    let Some(i) = view.selected_item.filter(|i| *i < plan.items.len()) else {
        ui.label(RichText::new(tx::PLAN_ED_PICK.get(language)).weak());
        return;
    };
    ui.separator();
    let item_view = ItemView {
        project,
        intervention: find_intervention(project, &plan.items[i].intervention),
        salt: (plan.id.clone(), i),
        months: plan_months(plan.as_ref()),
        first_year: plan.first_year,
        language,
    };
    // The selected item only (a few numbers and short texts), written back when it changed.
    let mut item = plan.items[i].clone();
    item_view.header_ui(ui, &item);
    item_view.timing_ui(ui, &mut item, t);
    item_view.effects_ui(ui, &mut item, t);
    item_view.costs_ui(ui, &mut item, t);
    item_view.organisation_ui(ui, &mut item, &mut view.editor, t);
    if item != plan.items[i] {
        plan.to_mut().items[i] = item;
    }
}

/// What the details of one plan item are drawn with.
struct ItemView<'a> {
    project: &'a Project,
    intervention: Option<&'a Intervention>,
    /// The plan and the item's place in it: part of every field's identity.
    salt: (PlanId, usize),
    months: f64,
    first_year: i32,
    language: Language,
}

impl ItemView<'_> {
    /// A live number field of this item, in months.
    fn months_field(
        &self,
        ui: &mut egui::Ui,
        (field, what): (&str, &str),
        current: f64,
        range: std::ops::RangeInclusive<f64>,
        label: egui::Id,
    ) -> Option<Changed<f64>> {
        let changed = NumberField::new((field, &self.salt), what, current, self.language)
            .range(range)
            .decimals(1)
            .labelled_by(label)
            .show(ui);
        ui.label(tx::PLAN_IT_MONTHS_SUFFIX.get(self.language).trim());
        changed
    }

    fn header_ui(&self, ui: &mut egui::Ui, item: &PlanItem) {
        let language = self.language;
        let title = self.intervention.map_or_else(
            || item.intervention.to_string(),
            |x| crate::text::catalogue::intervention_name(&x.id, &x.name, language).to_owned(),
        );
        ui.label(RichText::new(title).heading());
        if let Some(x) = self.intervention {
            egui::CollapsingHeader::new(tx::PLAN_IT_ABOUT.get(language)).id_salt("plan_item_about").show(ui, |ui| {
                intervention_details_ui(ui, self.project, x, language);
            });
        } else {
            ui.colored_label(OVER_BUDGET, tx::PLAN_IT_MISSING.get(language));
        }
    }

    fn timing_ui(&self, ui: &mut egui::Ui, item: &mut PlanItem, t: &mut Typed) {
        let language = self.language;
        egui::Grid::new("plan_item_timing").num_columns(2).show(ui, |ui| {
            let l = ui.label(tx::PLAN_IT_START.get(language));
            ui.horizontal(|ui| {
                let what = ("plan_item_start", tx::PLAN_IT_START.get(language));
                let range = 0.0..=(self.months - 1.0).max(0.0);
                if let Some(m) = t.take(self.months_field(ui, what, item.start_month, range, l.id)) {
                    item.start_month = m;
                }
                let start = month_label(self.first_year, item.start_month, language);
                ui.label(RichText::new(format!("= {start}")).weak());
            });
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_DURATION.get(language));
            ui.horizontal(|ui| {
                let mut open_end = item.duration_months.is_none();
                if ui.checkbox(&mut open_end, tx::PLAN_IT_TO_END.get(language)).changed() {
                    item.duration_months =
                        if open_end { None } else { Some((self.months - item.start_month).max(1.0)) };
                }
                if let Some(d) = item.duration_months {
                    let what = ("plan_item_duration", tx::PLAN_IT_DURATION.get(language));
                    if let Some(m) = t.take(self.months_field(ui, what, d, 1.0..=600.0, l.id)) {
                        item.duration_months = Some(m);
                    }
                }
            });
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_REACH.get(language));
            ui.horizontal(|ui| {
                if let Some(r) = t.take(fields::slider(ui, item.reach_percent, 0.0..=100.0, 5.0, l.id)) {
                    item.reach_percent = r;
                }
                let field = NumberField::new(
                    ("plan_item_reach", &self.salt),
                    tx::PLAN_IT_REACH.get(language),
                    item.reach_percent,
                    language,
                );
                if let Some(r) = t.take(field.range(0.0..=100.0).width(50.0).labelled_by(l.id).show(ui)) {
                    item.reach_percent = r;
                }
                ui.label("%").on_hover_text(tx::PLAN_IT_REACH_HINT.get(language));
            });
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_RAMP_UP.get(language)).on_hover_text(tx::PLAN_IT_RAMP_UP_HINT.get(language));
            ui.horizontal(|ui| {
                let what = ("plan_item_ramp_up", tx::PLAN_IT_RAMP_UP.get(language));
                if let Some(m) = t.take(self.months_field(ui, what, item.ramp_up_months, 0.0..=60.0, l.id)) {
                    item.ramp_up_months = m;
                }
            });
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_AFTER.get(language)).on_hover_text(tx::PLAN_IT_AFTER_HINT.get(language));
            ui.horizontal(|ui| {
                let what = ("plan_item_after_effect", tx::PLAN_IT_AFTER.get(language));
                if let Some(m) = t.take(self.months_field(ui, what, item.after_effect_months, 0.0..=120.0, l.id)) {
                    item.after_effect_months = m;
                }
            });
            ui.end_row();
        });
    }

    fn effects_ui(&self, ui: &mut egui::Ui, item: &mut PlanItem, t: &mut Typed) {
        let language = self.language;
        ui.label(RichText::new(tx::PLAN_IT_EFFECTS.get(language)).strong());
        match &mut item.effects {
            None => {
                ui.horizontal_wrapped(|ui| {
                    for e in self.intervention.map(|x| x.effects.as_slice()).unwrap_or_default() {
                        let name =
                            self.project.variable(&e.target).map_or_else(|| e.target.to_string(), |v| v.name.clone());
                        let sign = if e.points > 0.0 { "+" } else { "" };
                        ui.label(format!("{name} {sign}{}", format_number_in(e.points, 1, language)));
                    }
                    if self.intervention.is_some_and(|x| x.example_values) {
                        example_badge(ui, language);
                    }
                });
                if ui.button(tx::PLAN_IT_EDIT_EFFECTS.get(language)).clicked() {
                    item.effects = Some(self.intervention.map(|x| x.effects.clone()).unwrap_or_default());
                }
            }
            Some(effects) => {
                self.effects_editor_ui(ui, effects, t);
                if self.intervention.is_some() && ui.button(tx::PLAN_IT_RESET_EFFECTS.get(language)).clicked() {
                    item.effects = None;
                }
            }
        }
    }

    fn effects_editor_ui(&self, ui: &mut egui::Ui, effects: &mut Vec<Effect>, t: &mut Typed) {
        let (project, language) = (self.project, self.language);
        let mut remove = None;
        egui::Grid::new("plan_item_effects").num_columns(5).show(ui, |ui| {
            for (k, e) in effects.iter_mut().enumerate() {
                let name = project.variable(&e.target).map_or_else(|| e.target.to_string(), |v| v.name.clone());
                let l = ui.label(tx::plan_ef_label(language, k + 1));
                egui::ComboBox::from_id_salt(("plan_effect_target", k))
                    .selected_text(name)
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        for v in &project.variables {
                            ui.selectable_value(&mut e.target, v.id.clone(), &v.name);
                        }
                    })
                    .response
                    .labelled_by(l.id);
                let what = tx::plan_ef_label(language, k + 1);
                let field = NumberField::new(("plan_effect_points", &self.salt, k), &what, e.points, language);
                if let Some(points) = t.take(field.range(-50.0..=50.0).decimals(1).labelled_by(l.id).show(ui)) {
                    e.points = points;
                }
                egui::ComboBox::from_id_salt(("plan_effect_confidence", k))
                    .selected_text(tx::plan_ef_confidence(language, tx::confidence_label(e.confidence, language)))
                    .show_ui(ui, |ui| {
                        for c in Confidence::ALL {
                            ui.selectable_value(&mut e.confidence, c, tx::confidence_label(c, language));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if ui.small_button("×").on_hover_text(tx::PLAN_EF_REMOVE.get(language)).clicked() {
                    remove = Some(k);
                }
                ui.end_row();
            }
        });
        if let Some(k) = remove {
            effects.remove(k);
        }
        if let Some(first) = project.variables.first()
            && ui.button(tx::PLAN_EF_ADD.get(language)).clicked()
        {
            effects.push(Effect { target: first.id.clone(), points: 1.0, confidence: Confidence::Low });
        }
    }

    fn costs_ui(&self, ui: &mut egui::Ui, item: &mut PlanItem, t: &mut Typed) {
        let language = self.language;
        ui.label(RichText::new(tx::PLAN_IT_COSTS.get(language)).strong());
        match &mut item.cost {
            None => {
                let cost = self.intervention.map(|x| x.cost).unwrap_or_default();
                ui.horizontal(|ui| {
                    ui.label(tx::plan_it_cost(
                        language,
                        &format_eur_in(cost.one_off_eur, language),
                        &format_eur_in(cost.per_year_eur, language),
                    ));
                    if self.intervention.is_some_and(|x| x.example_values) {
                        example_badge(ui, language);
                    }
                });
                if ui.button(tx::PLAN_IT_EDIT_COSTS.get(language)).clicked() {
                    item.cost = Some(cost);
                }
            }
            Some(cost) => {
                ui.horizontal(|ui| {
                    for (field, txt, amount) in [
                        ("plan_item_one_off", tx::PLAN_IT_ONE_OFF, &mut cost.one_off_eur),
                        ("plan_item_per_year", tx::PLAN_IT_PER_YEAR, &mut cost.per_year_eur),
                    ] {
                        let l = ui.label(txt.get(language));
                        ui.label("€");
                        let field = NumberField::new((field, &self.salt), txt.get(language), *amount, language);
                        if let Some(eur) =
                            t.take(field.range(0.0..=1e9).grouped().width(90.0).labelled_by(l.id).show(ui))
                        {
                            *amount = eur;
                        }
                    }
                });
                if self.intervention.is_some() && ui.button(tx::PLAN_IT_RESET_COSTS.get(language)).clicked() {
                    item.cost = None::<Cost>;
                }
            }
        }
    }

    fn organisation_ui(&self, ui: &mut egui::Ui, item: &mut PlanItem, state: &mut EditorState, t: &mut Typed) {
        let language = self.language;
        ui.label(RichText::new(tx::PLAN_IT_ORGANISATION.get(language)).strong());
        egui::Grid::new("plan_item_tags").num_columns(2).show(ui, |ui| {
            let l = ui.label(tx::PLAN_IT_OWNER.get(language));
            let field =
                TextField::new(("plan_item_owner", &self.salt), tx::PLAN_IT_OWNER.get(language), &item.owner, language);
            if let Some(owner) = t.take(field.width(300.0).labelled_by(l.id).show(ui)) {
                item.owner = owner;
            }
            ui.end_row();
            let [partners, wijken, groups] = &mut state.new_tag;
            let l = ui.label(tx::PLAN_IT_PARTNERS.get(language));
            tags_ui(ui, (l.id, "partners"), &mut item.partners, partners, language);
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_WIJKEN.get(language));
            tags_ui(ui, (l.id, "wijken"), &mut item.wijken, wijken, language);
            ui.end_row();
            let l = ui.label(tx::PLAN_IT_GROUPS.get(language));
            tags_ui(ui, (l.id, "doelgroepen"), &mut item.target_groups, groups, language);
            ui.end_row();
        });
    }
}

/// The tags of one kind as buttons (click removes) and a field to add one (Enter or +). The text in that field is
/// not a value of the plan until it is added.
fn tags_ui(
    ui: &mut egui::Ui,
    (label, id): (egui::Id, &str),
    tags: &mut Vec<String>,
    new_tag: &mut String,
    language: Language,
) {
    ui.horizontal_wrapped(|ui| {
        let mut remove = None;
        for (k, tag) in tags.iter().enumerate() {
            if ui.small_button(format!("{tag} ×")).on_hover_text(tx::PLAN_ED_REMOVE.get(language)).clicked() {
                remove = Some(k);
            }
        }
        if let Some(k) = remove {
            tags.remove(k);
        }
        let response = ui
            .push_id(id, |ui| {
                ui.add(
                    egui::TextEdit::singleline(new_tag)
                        .hint_text(tx::PLAN_TAG_ADD_HINT.get(language))
                        .desired_width(120.0),
                )
                .labelled_by(label)
            })
            .inner;
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (submitted || ui.small_button("+").clicked()) && !new_tag.trim().is_empty() {
            tags.push(new_tag.trim().to_owned());
            new_tag.clear();
        }
    });
}
