//! The Vergelijken page: every plan variant side by side (costs, budget, effect, effect per € 1.000) and their
//! effects in one chart.

use super::{OVER_BUDGET, ResultsCache};
use crate::model::Project;
use crate::text::{Language, format_eur_in, format_number_in};
use crate::ui::plot_format::{LegendEntry, legend_below_ui, tick_label};
use crate::ui::text as t;
use eframe::egui::{self, RichText};
use egui_plot::{Line, Plot, PlotPoints};

pub fn compare_ui(ui: &mut egui::Ui, project: &Project, results: &ResultsCache, language: Language) {
    if project.plans.is_empty() {
        ui.label(t::PLAN_COMPARE_NONE.get(language));
        return;
    }
    ui.label(RichText::new(t::PLAN_COMPARE_TITLE.get(language)).heading());
    egui::Grid::new("plan_compare").striped(true).num_columns(project.plans.len() + 1).show(ui, |ui| {
        ui.label("");
        for p in &project.plans {
            ui.label(RichText::new(&p.name).strong());
        }
        ui.end_row();
        let row = |ui: &mut egui::Ui, label: &str, cell: &dyn Fn(&crate::model::Plan) -> (String, bool)| {
            ui.label(label);
            for p in &project.plans {
                let (text, bad) = cell(p);
                if bad {
                    ui.colored_label(OVER_BUDGET, text);
                } else {
                    ui.label(text);
                }
            }
            ui.end_row();
        };
        row(ui, t::PLAN_ROW_YEARS.get(language), &|p| (format!("{}–{}", p.first_year, p.last_year), false));
        row(ui, t::PLAN_ROW_INTERVENTIONS.get(language), &|p| (p.items.len().to_string(), false));
        row(ui, t::PLAN_ROW_TOTAL_COST.get(language), &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) => (format_eur_in(b.total_eur, language), false),
            _ => ("–".to_owned(), true),
        });
        row(ui, t::PLAN_ROW_TOTAL_BUDGET.get(language), &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) => (format_eur_in(b.total_budget_eur, language), false),
            _ => ("–".to_owned(), false),
        });
        row(ui, t::PLAN_ROW_OVER_BUDGET.get(language), &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) if b.is_over_budget() => {
                (b.over_budget_years.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "), true)
            }
            Some(Ok(_)) => (t::PLAN_NO_YEAR.get(language).to_owned(), false),
            _ => ("–".to_owned(), true),
        });
        row(ui, t::PLAN_ROW_EFFECT.get(language), &|p| match results.get(&p.id).map(|r| &r.effect) {
            Some(Ok(e)) => (format_number_in(e.area, 1, language), false),
            Some(Err(e)) => (e.text(language), true),
            None => ("–".to_owned(), false),
        });
        row(ui, t::PLAN_ROW_END_EFFECT.get(language), &|p| match results.get(&p.id).map(|r| &r.effect) {
            Some(Ok(e)) => (format_number_in(e.end_effect, 2, language), false),
            _ => ("–".to_owned(), false),
        });
        row(ui, t::PLAN_ROW_PER_1000.get(language), &|p| {
            let r = results.get(&p.id);
            match (r.map(|r| &r.effect), r.map(|r| &r.budget)) {
                (Some(Ok(e)), Some(Ok(b))) if b.total_eur > 0.0 => {
                    (format_number_in(e.area / b.total_eur * 1000.0, 3, language), false)
                }
                _ => ("–".to_owned(), false),
            }
        });
    });
    ui.label(RichText::new(t::PLAN_COMPARE_EXAMPLES.get(language)).weak());
    // The variants are compared over the months from their start; the axis counts in the first variant's years.
    let first_year = project.plans.first().map_or(2026, |p| p.first_year);
    let chart = Plot::new("plan_compare_chart").height(220.0);
    let mut legend = Vec::new();
    super::calendar_axis::with_calendar_axis(chart, first_year)
        .y_axis_formatter(move |mark, _| tick_label(&mark, language))
        .allow_scroll(false)
        .x_axis_label(t::PLAN_AXIS_YEAR.get(language))
        .y_axis_label(t::PLAN_AXIS_EFFECT.get(language))
        .show(ui, |plot| {
            // Each variant keeps its colour by its place in the project, whichever variants have results.
            for (k, p) in project.plans.iter().enumerate() {
                if let Some(Ok(e)) = results.get(&p.id).map(|r| &r.effect) {
                    let points: Vec<[f64; 2]> = e.effect.iter().enumerate().map(|(t, v)| [t as f64, *v]).collect();
                    let colour = crate::ui::theme::series_colour(k);
                    legend.push(LegendEntry { name: p.name.clone(), colour, dashed: false });
                    plot.line(Line::new(p.name.clone(), PlotPoints::from(points)).color(colour));
                }
            }
        });
    legend_below_ui(ui, &legend);
}
