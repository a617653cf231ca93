//! The optimiser's result inside its dialog: cost against budget per year, the chosen portfolio as a table
//! (intervention, reach, cost per year, effect), the candidates not chosen folded under a count, the explanation.

use crate::plan::{CandidateReport, OptimizeResult};
use crate::text::optimizer::{explanation, reason};
use crate::text::{Language, format_eur_in, format_number_in, format_percent_in};
use crate::ui::text as t;
use eframe::egui::{self, RichText, Ui};

/// The chosen reach level of a candidate: (reach %, mean cost per year, effect alone).
fn chosen_level(c: &CandidateReport) -> Option<(f64, f64, f64)> {
    let reach = c.chosen_reach_percent?;
    let level = c.levels_percent.iter().position(|l| (l - reach).abs() < 1e-9)?;
    let costs = c.cost_per_year_per_level_eur.get(level)?;
    let mean = if costs.is_empty() { 0.0 } else { costs.iter().sum::<f64>() / costs.len() as f64 };
    Some((reach, mean, *c.area_per_level.get(level)?))
}

/// `outcome` names what was optimised (the index or a variable), as the explanation words it.
pub fn results_ui(ui: &mut Ui, result: &OptimizeResult, outcome: &str, language: Language) {
    egui::Grid::new("plan_optimizer_years").striped(true).show(ui, |ui| {
        ui.label(t::PLAN_OPT_YEAR.get(language));
        for y in &result.years {
            ui.label(y.to_string());
        }
        ui.end_row();
        ui.label(t::PLAN_COL_COST.get(language));
        for c in &result.cost_per_year_eur {
            ui.label(format_eur_in(*c, language));
        }
        ui.end_row();
        ui.label(t::PLAN_ROW_BUDGET.get(language));
        for b in &result.budget_per_year_eur {
            ui.label(b.map_or_else(|| t::PLAN_NO_LIMIT.get(language).to_owned(), |v| format_eur_in(v, language)));
        }
        ui.end_row();
    });
    ui.label(t::plan_opt_effect(
        language,
        &format_number_in(result.verified_area, 1, language),
        &format_number_in(result.predicted_area, 1, language),
        result.simulations,
        // Not proven because the effects may interact: said by the sentence below, not "stopped early".
        result.proven_optimal || result.interaction.is_some(),
    ));
    if let Some(interaction) = &result.interaction {
        ui.label(crate::text::optimizer::interaction_sentence(interaction, result.proven_optimal, language));
    }
    ui.add_space(6.0);
    ui.label(RichText::new(t::OPT_CHOSEN.get(language)).strong());
    let chosen: Vec<(&CandidateReport, (f64, f64, f64))> =
        result.candidates.iter().filter_map(|c| chosen_level(c).map(|l| (c, l))).collect();
    if chosen.is_empty() {
        ui.label(t::OPT_NOTHING_CHOSEN.get(language));
    } else {
        egui::Grid::new("plan_optimizer_chosen").striped(true).num_columns(4).show(ui, |ui| {
            for (h, hint) in [
                (t::OPT_COL_INTERVENTION, None),
                (t::OPT_COL_REACH, Some(t::HINT_OPT_COL_REACH)),
                (t::OPT_COL_COST_YEAR, None),
                (t::OPT_COL_EFFECT, Some(t::HINT_OPT_COL_EFFECT)),
            ] {
                let header = ui.label(RichText::new(h.get(language)).strong());
                if let Some(hint) = hint {
                    header.on_hover_text(hint.get(language));
                }
            }
            ui.end_row();
            for (c, (reach, cost, effect)) in &chosen {
                ui.label(crate::text::catalogue::intervention_name(&c.intervention, &c.name, language))
                    .on_hover_text(reason(&c.verdict, outcome, language));
                ui.label(format_percent_in(*reach, 0, language));
                ui.label(format_eur_in(*cost, language));
                ui.label(format_number_in(*effect, 1, language));
                ui.end_row();
            }
        });
    }
    let not_chosen: Vec<&CandidateReport> =
        result.candidates.iter().filter(|c| c.chosen_reach_percent.is_none()).collect();
    egui::CollapsingHeader::new(t::opt_not_chosen(language, not_chosen.len()))
        .id_salt("plan_optimizer_not_chosen")
        .default_open(false)
        .show(ui, |ui| {
            for c in not_chosen {
                let name = crate::text::catalogue::intervention_name(&c.intervention, &c.name, language);
                ui.label(format!("{name}: {}", reason(&c.verdict, outcome, language)));
            }
        });
    egui::CollapsingHeader::new(t::OPT_EXPLANATION.get(language))
        .id_salt("plan_optimizer_explanation")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(explanation(result, outcome, language));
        });
}
