//! The Begroting page: costs per intervention and year against the budget (over-budget years in red) and a stacked
//! bar chart per year.

use super::{EXAMPLE_COLOUR, OVER_BUDGET, ResultsCache, example_badge};
use crate::model::Plan;
use crate::plan::BudgetTable;
use crate::text::{Language, format_eur_in};
use crate::ui::plot_format::{LegendEntry, legend_below_ui};
use crate::ui::text as t;
use eframe::egui::{self, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints};

pub fn budget_ui(ui: &mut egui::Ui, plan: Option<&Plan>, results: &ResultsCache, language: Language) {
    let Some(plan) = plan else {
        ui.label(t::PLAN_NO_VARIANT.get(language));
        return;
    };
    ui.label(RichText::new(t::plan_budget_title(language, &plan.name, plan.first_year, plan.last_year)).heading());
    match results.get(&plan.id).map(|r| &r.budget) {
        Some(Ok(table)) => {
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                budget_table_ui(ui, table, language);
                ui.add_space(8.0);
                budget_chart_ui(ui, table, language);
            });
        }
        Some(Err(e)) => {
            ui.colored_label(OVER_BUDGET, e.text(language));
        }
        None => {}
    }
}

/// The table: one row per item, totals, budget, remaining; over-budget years and negative remainders in red.
pub fn budget_table_ui(ui: &mut egui::Ui, table: &BudgetTable, language: Language) {
    let over = |k: usize| table.over_budget_years.contains(&table.years[k]);
    // Long intervention names are cut short (full name on hover) so that the amounts fit on a 1024 px window.
    let amount_columns = table.years.len() as f32 + 1.0;
    let name_width = (ui.available_width() - amount_columns * 92.0 - 30.0).clamp(120.0, 700.0);
    egui::Grid::new("plan_budget_table").striped(true).num_columns(table.years.len() + 2).show(ui, |ui| {
        ui.label(RichText::new(t::PLAN_COL_INTERVENTION.get(language)).strong());
        for (k, year) in table.years.iter().enumerate() {
            let text = RichText::new(year.to_string()).strong();
            ui.label(if over(k) { text.color(OVER_BUDGET) } else { text });
        }
        ui.label(RichText::new(t::PLAN_COL_TOTAL.get(language)).strong());
        ui.end_row();
        for row in &table.rows {
            ui.horizontal(|ui| {
                ui.set_max_width(name_width);
                if row.example_values {
                    ui.set_max_width(name_width - 12.0);
                }
                ui.add(
                    egui::Label::new(crate::text::catalogue::intervention_name(&row.intervention, &row.name, language))
                        .truncate(),
                );
                if row.example_values {
                    ui.label(RichText::new("*").color(EXAMPLE_COLOUR)).on_hover_text(t::PLAN_EXAMPLE.get(language));
                }
            });
            for c in &row.cost_per_year_eur {
                ui.label(format_eur_in(*c, language));
            }
            ui.label(format_eur_in(row.total_eur, language));
            ui.end_row();
        }
        ui.label(RichText::new(t::PLAN_COL_TOTAL.get(language)).strong());
        for (k, c) in table.total_per_year_eur.iter().enumerate() {
            let text = RichText::new(format_eur_in(*c, language)).strong();
            ui.label(if over(k) { text.color(OVER_BUDGET) } else { text });
        }
        ui.label(RichText::new(format_eur_in(table.total_eur, language)).strong());
        ui.end_row();
        ui.label(t::PLAN_ROW_BUDGET.get(language));
        for b in &table.budget_per_year_eur {
            ui.label(b.map_or_else(|| t::PLAN_NO_LIMIT.get(language).to_owned(), |v| format_eur_in(v, language)));
        }
        // A year without a limit leaves the whole plan without one (not "€ 0").
        if table.budget_per_year_eur.iter().any(Option::is_none) {
            ui.label(t::PLAN_NO_LIMIT.get(language));
        } else {
            ui.label(format_eur_in(table.total_budget_eur, language));
        }
        ui.end_row();
        ui.label(t::PLAN_ROW_REMAINING.get(language)).on_hover_text(t::HINT_BUDGET_REMAINING.get(language));
        for r in &table.remaining_per_year_eur {
            match r {
                Some(r) if *r < 0.0 => ui.colored_label(OVER_BUDGET, format_eur_in(*r, language)),
                Some(r) => ui.label(format_eur_in(*r, language)),
                None => ui.label("–"),
            };
        }
        ui.label("");
        ui.end_row();
    });
    if table.is_over_budget() {
        let years: Vec<String> = table.over_budget_years.iter().map(ToString::to_string).collect();
        ui.colored_label(OVER_BUDGET, t::plan_over_budget_in(language, &years.join(", ")));
    } else {
        ui.label(t::PLAN_WITHIN_BUDGET.get(language));
    }
    if table.rows.iter().any(|r| r.example_values) {
        ui.horizontal(|ui| {
            ui.label(RichText::new("*").color(EXAMPLE_COLOUR));
            ui.label(t::PLAN_COSTS_FROM_CATALOGUE.get(language));
            example_badge(ui, language);
        });
    }
}

/// Stacked bars per year (one colour per intervention) with the budget as a black line per year; the legend under
/// the chart, never over the bars.
pub fn budget_chart_ui(ui: &mut egui::Ui, table: &BudgetTable, language: Language) {
    let mut charts: Vec<BarChart> = Vec::with_capacity(table.rows.len());
    for (k, row) in table.rows.iter().enumerate() {
        let name = crate::text::catalogue::intervention_name(&row.intervention, &row.name, language);
        let bars: Vec<Bar> = table
            .years
            .iter()
            .zip(&row.cost_per_year_eur)
            .map(|(year, c)| Bar::new(f64::from(*year), *c).width(0.6).name(format!("{name} {year}")))
            .collect();
        let refs: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(name.to_owned(), bars).color(crate::ui::theme::series_colour(k)).stack_on(&refs);
        charts.push(chart);
    }
    let budget_lines: Vec<Line> = table
        .years
        .iter()
        .zip(&table.budget_per_year_eur)
        .filter_map(|(year, b)| {
            b.map(|b| {
                let y = f64::from(*year);
                Line::new(t::PLAN_ROW_BUDGET.get(language), PlotPoints::from(vec![[y - 0.4, b], [y + 0.4, b]]))
                    .color(crate::ui::theme::BUDGET_LINE)
                    .width(2.5)
            })
        })
        .collect();
    Plot::new("plan_budget_chart")
        .height(260.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .include_y(0.0)
        .x_axis_formatter(
            |mark, _| if mark.value.fract() == 0.0 { format!("{}", mark.value as i64) } else { String::new() },
        )
        .y_axis_formatter(|mark, _| format_eur_in(mark.value, language))
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
            for line in budget_lines {
                plot.line(line);
            }
        });
    let mut legend: Vec<LegendEntry> = table
        .rows
        .iter()
        .enumerate()
        .map(|(k, row)| LegendEntry {
            name: crate::text::catalogue::intervention_name(&row.intervention, &row.name, language).to_owned(),
            colour: crate::ui::theme::series_colour(k),
            dashed: false,
        })
        .collect();
    if table.budget_per_year_eur.iter().any(Option::is_some) {
        let name = t::PLAN_ROW_BUDGET.get(language).to_owned();
        legend.push(LegendEntry { name, colour: crate::ui::theme::BUDGET_LINE, dashed: false });
    }
    legend_below_ui(ui, &legend);
}
