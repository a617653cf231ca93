//! The Plan page: variant picker, years, budget per year, and the items with their timing, reach, effects, cost and
//! tags. Works on a copy of the plans; while a value is being dragged or typed the copy is kept here, and when the
//! user lets go one `SetPlans` edit is returned (one undo step per change).

use super::catalogue_panel::intervention_details_ui;
use super::{OVER_BUDGET, PlanView, example_badge, new_plan};
use crate::edit::Edit;
use crate::model::{Confidence, Cost, Effect, Plan, PlanItem, Project};
use crate::plan::{find_intervention, plan_months};
use crate::text::{Language, format_eur, format_number};
use crate::ui::text as tx;
use eframe::egui::{self, RichText};

/// Editor view state.
#[derive(Default)]
pub struct EditorState {
    /// The plans being edited while a drag or text entry is in progress.
    pending: Option<Vec<Plan>>,
    /// Text typed for a new tag: partners, wijken, target groups.
    new_tag: [String; 3],
}

impl EditorState {
    /// The plans still being edited (a drag or text entry that did not end in the editor), if any.
    pub fn take_pending(&mut self) -> Option<Vec<Plan>> {
        self.pending.take()
    }
}

/// Notes whether a widget is still being dragged or typed in.
#[derive(Default)]
struct Tracker {
    busy: bool,
}

impl Tracker {
    fn watch(&mut self, response: egui::Response) -> egui::Response {
        if response.dragged() || response.has_focus() {
            self.busy = true;
        }
        response
    }
}

/// "mrt 2027" for month `m` from January of `first_year`.
fn month_label(first_year: i32, m: f64, language: Language) -> String {
    let m = if m.is_finite() { m.clamp(0.0, 12_000.0).floor() as i32 } else { 0 };
    format!("{} {}", tx::month_names(language)[(m % 12) as usize], first_year + m / 12)
}

pub fn editor_ui(ui: &mut egui::Ui, view: &mut PlanView, project: &Project) -> Option<Edit> {
    let language = view.language;
    let mut plans = view.editor.pending.take().unwrap_or_else(|| project.plans.clone());
    let mut t = Tracker::default();
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
            let plan = new_plan(project, &plans, plans.get(index));
            plans.push(plan);
            index = plans.len() - 1;
            view.selected_item = None;
        }
        if !plans.is_empty() && ui.button(tx::PLAN_ED_COPY.get(language)).clicked() {
            let mut copy = new_plan(project, &plans, plans.get(index));
            copy.name = tx::plan_ed_copy_name(language, &plans[index].name);
            copy.items.clone_from(&plans[index].items);
            copy.notes.clone_from(&plans[index].notes);
            plans.push(copy);
            index = plans.len() - 1;
        }
        if !plans.is_empty() && ui.button(tx::PLAN_ED_DELETE.get(language)).clicked() {
            plans.remove(index);
            index = 0;
            view.selected_item = None;
        }
    });
    view.selected_plan = plans.get(index).map(|p| p.id.clone());

    if let Some(plan) = plans.get_mut(index) {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.heading(format!("{} ({}–{})", plan.name, plan.first_year, plan.last_year));
            plan_header_ui(ui, plan, &mut t, language);
            ui.separator();
            items_ui(ui, view, project, plan, &mut t);
        });
    } else {
        ui.label(tx::PLAN_ED_EMPTY.get(language));
    }

    if plans == project.plans {
        return None;
    }
    if t.busy {
        view.editor.pending = Some(plans);
        None
    } else {
        Some(Edit::SetPlans(plans))
    }
}

fn plan_header_ui(ui: &mut egui::Ui, plan: &mut Plan, t: &mut Tracker, language: Language) {
    egui::Grid::new("plan_header").num_columns(2).show(ui, |ui| {
        let l = ui.label(tx::PLAN_ED_NAME.get(language));
        t.watch(ui.text_edit_singleline(&mut plan.name).labelled_by(l.id));
        ui.end_row();
        let l = ui.label(tx::PLAN_ED_YEARS.get(language));
        ui.horizontal(|ui| {
            t.watch(ui.add(egui::DragValue::new(&mut plan.first_year).range(2000..=2100)).labelled_by(l.id));
            let l = ui.label(tx::PLAN_ED_UNTIL.get(language));
            t.watch(ui.add(egui::DragValue::new(&mut plan.last_year).range(plan.first_year..=2100)).labelled_by(l.id));
        });
        ui.end_row();
        let l = ui.label(tx::PLAN_ED_NOTES.get(language));
        t.watch(ui.add(egui::TextEdit::multiline(&mut plan.notes).desired_rows(2)).labelled_by(l.id));
        ui.end_row();
    });
    plan.last_year = plan.last_year.max(plan.first_year);
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
                    plan.budget_eur.insert(year, previous);
                } else {
                    plan.budget_eur.remove(&year);
                }
            }
            if let Some(budget) = plan.budget_eur.get_mut(&year) {
                t.watch(
                    ui.add(egui::DragValue::new(budget).range(0.0..=1e10).speed(1000.0).prefix("€ ")).labelled_by(l.id),
                );
            } else {
                ui.label(RichText::new(tx::PLAN_NO_LIMIT.get(language)).weak());
            }
            ui.end_row();
        }
    });
}

fn items_ui(ui: &mut egui::Ui, view: &mut PlanView, project: &Project, plan: &mut Plan, t: &mut Tracker) {
    let language = view.language;
    ui.label(RichText::new(tx::PLAN_ED_ITEMS.get(language)).strong());
    if plan.items.is_empty() {
        ui.label(tx::PLAN_ED_NO_ITEMS.get(language));
        return;
    }
    let mut remove = None;
    egui::Grid::new("plan_items").striped(true).num_columns(6).show(ui, |ui| {
        for h in [
            tx::PLAN_COL_INTERVENTION.get(language),
            tx::PLAN_ED_COL_START.get(language),
            tx::PLAN_ED_COL_DURATION.get(language),
            tx::PLAN_ED_COL_REACH.get(language),
            tx::PLAN_ED_COL_COST.get(language),
            "",
        ] {
            ui.label(RichText::new(h).strong());
        }
        ui.end_row();
        for (i, item) in plan.items.iter().enumerate() {
            let intervention = find_intervention(project, &item.intervention);
            let name = intervention
                .map_or_else(|| tx::plan_ed_unknown(language, item.intervention.as_str()), |x| x.name.clone());
            if ui.selectable_label(view.selected_item == Some(i), name).clicked() {
                view.selected_item = Some(i);
            }
            ui.label(month_label(plan.first_year, item.start_month, language));
            ui.label(item.duration_months.map_or_else(
                || tx::PLAN_ED_TO_END.get(language).to_owned(),
                |d| tx::plan_ed_months(language, &format_number(d, 0)),
            ));
            ui.label(format!("{} %", format_number(item.reach_percent, 0)));
            let cost = item.cost.or(intervention.map(|x| x.cost)).unwrap_or_default();
            ui.horizontal(|ui| {
                ui.label(format_eur(cost.per_year_eur));
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
        plan.items.remove(i);
        view.selected_item = None;
    }
    let Some(i) = view.selected_item.filter(|i| *i < plan.items.len()) else {
        ui.label(RichText::new(tx::PLAN_ED_PICK.get(language)).weak());
        return;
    };
    ui.separator();
    let months = plan_months(plan);
    let first_year = plan.first_year;
    let item = &mut plan.items[i];
    item_ui(ui, &mut view.editor, project, item, (months, first_year), t, language);
}

fn item_ui(
    ui: &mut egui::Ui,
    state: &mut EditorState,
    project: &Project,
    item: &mut PlanItem,
    (months, first_year): (f64, i32),
    t: &mut Tracker,
    language: Language,
) {
    let intervention = find_intervention(project, &item.intervention);
    ui.label(RichText::new(intervention.map_or_else(|| item.intervention.to_string(), |x| x.name.clone())).heading());
    if let Some(x) = intervention {
        egui::CollapsingHeader::new(tx::PLAN_IT_ABOUT.get(language)).id_salt("plan_item_about").show(ui, |ui| {
            intervention_details_ui(ui, project, x, language);
        });
    } else {
        ui.colored_label(OVER_BUDGET, tx::PLAN_IT_MISSING.get(language));
    }
    egui::Grid::new("plan_item_timing").num_columns(2).show(ui, |ui| {
        let l = ui.label(tx::PLAN_IT_START.get(language));
        ui.horizontal(|ui| {
            t.watch(
                ui.add(
                    egui::DragValue::new(&mut item.start_month)
                        .range(0.0..=(months - 1.0).max(0.0))
                        .suffix(tx::PLAN_IT_MONTHS_SUFFIX.get(language)),
                )
                .labelled_by(l.id),
            );
            let start = month_label(first_year, item.start_month, language);
            ui.label(RichText::new(format!("= {start}")).weak());
        });
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_DURATION.get(language));
        ui.horizontal(|ui| {
            let mut open_end = item.duration_months.is_none();
            if ui.checkbox(&mut open_end, tx::PLAN_IT_TO_END.get(language)).changed() {
                item.duration_months = if open_end { None } else { Some((months - item.start_month).max(1.0)) };
            }
            if let Some(d) = &mut item.duration_months {
                t.watch(
                    ui.add(egui::DragValue::new(d).range(1.0..=600.0).suffix(tx::PLAN_IT_MONTHS_SUFFIX.get(language)))
                        .labelled_by(l.id),
                );
            }
        });
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_REACH.get(language));
        t.watch(
            ui.add(egui::Slider::new(&mut item.reach_percent, 0.0..=100.0).suffix(" %").step_by(5.0)).labelled_by(l.id),
        )
        .on_hover_text(tx::PLAN_IT_REACH_HINT.get(language));
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_RAMP_UP.get(language));
        t.watch(
            ui.add(
                egui::DragValue::new(&mut item.ramp_up_months)
                    .range(0.0..=60.0)
                    .suffix(tx::PLAN_IT_MONTHS_SUFFIX.get(language)),
            )
            .labelled_by(l.id),
        );
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_AFTER.get(language));
        t.watch(
            ui.add(
                egui::DragValue::new(&mut item.after_effect_months)
                    .range(0.0..=120.0)
                    .suffix(tx::PLAN_IT_MONTHS_SUFFIX.get(language)),
            )
            .labelled_by(l.id),
        )
        .on_hover_text(tx::PLAN_IT_AFTER_HINT.get(language));
        ui.end_row();
    });

    ui.label(RichText::new(tx::PLAN_IT_EFFECTS.get(language)).strong());
    match &mut item.effects {
        None => {
            ui.horizontal_wrapped(|ui| {
                for e in intervention.map(|x| x.effects.as_slice()).unwrap_or_default() {
                    let name = project.variable(&e.target).map_or_else(|| e.target.to_string(), |v| v.name.clone());
                    ui.label(format!("{name} {}{}", if e.points > 0.0 { "+" } else { "" }, format_number(e.points, 1)));
                }
                if intervention.is_some_and(|x| x.example_values) {
                    example_badge(ui, language);
                }
            });
            if ui.button(tx::PLAN_IT_EDIT_EFFECTS.get(language)).clicked() {
                item.effects = Some(intervention.map(|x| x.effects.clone()).unwrap_or_default());
            }
        }
        Some(effects) => {
            effects_editor_ui(ui, project, effects, t, language);
            if intervention.is_some() && ui.button(tx::PLAN_IT_RESET_EFFECTS.get(language)).clicked() {
                item.effects = None;
            }
        }
    }

    ui.label(RichText::new(tx::PLAN_IT_COSTS.get(language)).strong());
    match &mut item.cost {
        None => {
            let cost = intervention.map(|x| x.cost).unwrap_or_default();
            ui.horizontal(|ui| {
                ui.label(tx::plan_it_cost(language, &format_eur(cost.one_off_eur), &format_eur(cost.per_year_eur)));
                if intervention.is_some_and(|x| x.example_values) {
                    example_badge(ui, language);
                }
            });
            if ui.button(tx::PLAN_IT_EDIT_COSTS.get(language)).clicked() {
                item.cost = Some(cost);
            }
        }
        Some(cost) => {
            ui.horizontal(|ui| {
                let l = ui.label(tx::PLAN_IT_ONE_OFF.get(language));
                t.watch(
                    ui.add(egui::DragValue::new(&mut cost.one_off_eur).range(0.0..=1e9).speed(500.0).prefix("€ "))
                        .labelled_by(l.id),
                );
                let l = ui.label(tx::PLAN_IT_PER_YEAR.get(language));
                t.watch(
                    ui.add(egui::DragValue::new(&mut cost.per_year_eur).range(0.0..=1e9).speed(1000.0).prefix("€ "))
                        .labelled_by(l.id),
                );
            });
            if intervention.is_some() && ui.button(tx::PLAN_IT_RESET_COSTS.get(language)).clicked() {
                item.cost = None::<Cost>;
            }
        }
    }

    ui.label(RichText::new(tx::PLAN_IT_ORGANISATION.get(language)).strong());
    egui::Grid::new("plan_item_tags").num_columns(2).show(ui, |ui| {
        let l = ui.label(tx::PLAN_IT_OWNER.get(language));
        t.watch(ui.text_edit_singleline(&mut item.owner).labelled_by(l.id));
        ui.end_row();
        let [partners, wijken, groups] = &mut state.new_tag;
        let l = ui.label(tx::PLAN_IT_PARTNERS.get(language));
        tags_ui(ui, (l.id, "partners"), &mut item.partners, partners, t, language);
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_WIJKEN.get(language));
        tags_ui(ui, (l.id, "wijken"), &mut item.wijken, wijken, t, language);
        ui.end_row();
        let l = ui.label(tx::PLAN_IT_GROUPS.get(language));
        tags_ui(ui, (l.id, "doelgroepen"), &mut item.target_groups, groups, t, language);
        ui.end_row();
    });
}

fn effects_editor_ui(
    ui: &mut egui::Ui,
    project: &Project,
    effects: &mut Vec<Effect>,
    t: &mut Tracker,
    language: Language,
) {
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
            t.watch(
                ui.add(egui::DragValue::new(&mut e.points).range(-50.0..=50.0).speed(0.1).fixed_decimals(1))
                    .labelled_by(l.id),
            );
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
        effects.push(Effect { target: first.id.clone(), points: 1.0, confidence: Confidence::Laag });
    }
}

fn tags_ui(
    ui: &mut egui::Ui,
    (label, id): (egui::Id, &str),
    tags: &mut Vec<String>,
    new_tag: &mut String,
    t: &mut Tracker,
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
        t.watch(response);
        if (submitted || ui.small_button("+").clicked()) && !new_tag.trim().is_empty() {
            tags.push(new_tag.trim().to_owned());
            new_tag.clear();
        }
    });
}
