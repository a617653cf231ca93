//! The Interventies page: the catalogue and the project's own interventions, with search and filters, and
//! "Toevoegen aan plan".

use super::{example_badge, new_plan};
use crate::edit::Edit;
use crate::model::{Intervention, Plan, Project, Setting};
use crate::plan::{all_interventions, default_item};
use crate::text::model_names::variable_name_in;
use crate::text::{Language, format_eur_in, format_number_in};
use crate::ui::text as t;
use eframe::egui::{self, RichText};

/// Search text and filters of the catalogue page.
#[derive(Default)]
pub struct CatalogueFilter {
    pub search: String,
    pub target_group: String,
    pub setting: Option<Setting>,
}

/// Name of a setting in `language`.
pub fn setting_label(s: Setting, language: Language) -> &'static str {
    match s {
        Setting::Neighbourhood => t::SETTING_WIJK,
        Setting::School => t::SETTING_SCHOOL,
        Setting::Care => t::SETTING_ZORG,
        Setting::Work => t::SETTING_WERK,
        Setting::Family => t::SETTING_GEZIN,
        Setting::Online => t::SETTING_ONLINE,
        Setting::MunicipalServices => t::SETTING_LOKET,
    }
    .get(language)
}

impl CatalogueFilter {
    /// True when the intervention matches every word of the search text (name, description, target group,
    /// databank, settings, the variables it acts on, everyday words: see `catalogue_search`) and the filters.
    pub fn matches(&self, project: &Project, i: &Intervention) -> bool {
        let has = |hay: &str, needle: &str| hay.to_lowercase().contains(&needle.trim().to_lowercase());
        let text_ok = self.search.trim().is_empty()
            || super::catalogue_search::matches_words(&super::catalogue_search::haystack(project, i), &self.search);
        let english_group =
            crate::text::catalogue_texts::intervention_target_group(&i.id, &i.target_group, Language::En);
        let group_ok = self.target_group.trim().is_empty()
            || has(&i.target_group, &self.target_group)
            || has(english_group, &self.target_group);
        let setting_ok = self.setting.is_none_or(|s| i.settings.contains(&s));
        text_ok && group_ok && setting_ok
    }
}

/// Draws the catalogue; returns `SetPlans` when an intervention was added to the current plan.
pub fn catalogue_ui(
    ui: &mut egui::Ui,
    filter: &mut CatalogueFilter,
    project: &Project,
    current: Option<&Plan>,
    language: Language,
) -> Option<Edit> {
    let mut edit = None;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t::PLAN_CAT_SEARCH.get(language));
        ui.add(
            egui::TextEdit::singleline(&mut filter.search)
                .hint_text(t::PLAN_CAT_SEARCH_HINT.get(language))
                .desired_width(180.0),
        )
        .labelled_by(l.id);
        let l = ui.label(t::PLAN_CAT_GROUP.get(language)).on_hover_text(t::HINT_CAT_GROUP.get(language));
        ui.add(
            egui::TextEdit::singleline(&mut filter.target_group)
                .hint_text(t::PLAN_CAT_GROUP_HINT.get(language))
                .desired_width(120.0),
        )
        .labelled_by(l.id);
        let l = ui.label(t::PLAN_CAT_SETTING.get(language)).on_hover_text(t::HINT_CAT_SETTING.get(language));
        egui::ComboBox::from_id_salt("plan_catalogue_setting")
            .selected_text(filter.setting.map_or(t::PLAN_CAT_ALL.get(language), |s| setting_label(s, language)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.setting, None, t::PLAN_CAT_ALL.get(language));
                for s in Setting::ALL {
                    ui.selectable_value(&mut filter.setting, Some(s), setting_label(s, language));
                }
            })
            .response
            .labelled_by(l.id);
    });
    let all = all_interventions(project);
    let shown: Vec<&Intervention> = all.iter().copied().filter(|i| filter.matches(project, i)).collect();
    ui.label(RichText::new(t::plan_cat_count(language, shown.len(), all.len())).weak());
    if shown.is_empty() && !filter.search.trim().is_empty() {
        nothing_found_ui(ui, project, &all, filter, language);
    }
    let target = current.map_or_else(|| t::PLAN_CAT_NEW_PLAN.get(language).to_owned(), |p| format!("'{}'", p.name));
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for intervention in shown {
            ui.push_id(intervention.id.as_str(), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(crate::text::catalogue::intervention_name(
                                &intervention.id,
                                &intervention.name,
                                language,
                            ))
                            .strong(),
                        );
                        let in_plan =
                            current.is_some_and(|p| p.items.iter().any(|it| it.intervention == intervention.id));
                        if in_plan {
                            ui.label(RichText::new(t::PLAN_CAT_IN_PLAN.get(language)).weak());
                        } else if ui
                            .button(t::PLAN_CAT_ADD.get(language))
                            .on_hover_text(t::plan_cat_add_to(language, &target))
                            .clicked()
                        {
                            edit = Some(add_to_plan(project, current, intervention));
                        }
                    });
                    intervention_details_ui(ui, project, intervention, language);
                });
            });
        }
    });
    edit
}

/// Description, target group, settings, source, effects and cost of an intervention.
pub fn intervention_details_ui(ui: &mut egui::Ui, project: &Project, i: &Intervention, language: Language) {
    if !i.description.is_empty() {
        ui.label(crate::text::catalogue_texts::intervention_description(&i.id, &i.description, language));
    }
    let settings: Vec<&str> = i.settings.iter().map(|s| setting_label(*s, language)).collect();
    let group = crate::text::catalogue_texts::intervention_target_group(&i.id, &i.target_group, language);
    ui.label(RichText::new(t::plan_cat_group_setting(language, group, &settings.join(", "))).small());
    let readable = crate::text::sources::readable_source(&i.source, language);
    let source = t::plan_cat_source(language, &readable, i.databank.as_deref());
    ui.label(RichText::new(source).small().weak());
    ui.horizontal_wrapped(|ui| {
        ui.label(t::PLAN_CAT_EFFECTS.get(language));
        for e in &i.effects {
            let name = variable_name_in(project, &e.target, language);
            let sign = if e.points > 0.0 { "+" } else { "" };
            ui.label(t::plan_cat_effect(
                language,
                name,
                &format!("{sign}{}", format_number_in(e.points, 1, language)),
                t::confidence_label(e.confidence, language),
            ));
        }
        if i.example_values {
            example_badge(ui, language);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t::plan_cat_cost(
            language,
            &format_eur_in(i.cost.one_off_eur, language),
            &format_eur_in(i.cost.per_year_eur, language),
        ));
        if i.example_values {
            example_badge(ui, language);
        }
    });
}

/// `SetPlans` with the intervention added to `current` (or to a new plan when there is none).
fn add_to_plan(project: &Project, current: Option<&Plan>, intervention: &Intervention) -> Edit {
    let mut plans = project.plans.clone();
    let existing = current.and_then(|c| plans.iter().position(|p| p.id == c.id));
    let index = existing.unwrap_or_else(|| {
        let plan = new_plan(project, &plans, None);
        plans.push(plan);
        plans.len() - 1
    });
    plans[index].items.push(default_item(intervention.id.clone()));
    Edit::SetPlans(plans)
}

/// An empty result says so and offers the closest interventions; a click searches for that one.
fn nothing_found_ui(
    ui: &mut egui::Ui,
    project: &Project,
    all: &[&Intervention],
    filter: &mut CatalogueFilter,
    language: Language,
) {
    ui.label(t::cat_nothing_found(language, filter.search.trim()));
    let near = super::catalogue_search::closest(project, all, filter.search.trim(), 5);
    if near.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t::CAT_CLOSEST.get(language));
        for i in near {
            if ui.link(crate::text::catalogue::intervention_name(&i.id, &i.name, language)).clicked() {
                filter.search.clone_from(&i.name);
                filter.target_group.clear();
                filter.setting = None;
            }
        }
    });
}
