//! The Kosteneffectiviteit page: the plan's effect on the veerkrachtindex (plan vs reference) and each
//! intervention's contribution per € 1.000, ranked, as a table and a chart.

use super::{EXAMPLE_COLOUR, OVER_BUDGET, ResultsCache, example_badge};
use crate::model::Plan;
use crate::text::{Language, format_eur_in, format_number_in};
use crate::ui::plot_format::{LegendEntry, legend_below_ui, tick_label};
use crate::ui::text as t;
use eframe::egui::{self, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoints};

pub fn effects_ui(ui: &mut egui::Ui, plan: Option<&Plan>, results: &ResultsCache, language: Language) {
    let Some(plan) = plan else {
        ui.label(t::PLAN_NO_VARIANT.get(language));
        return;
    };
    let Some(r) = results.get(&plan.id) else { return };
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.label(RichText::new(t::plan_effect_title(language, &plan.name)).heading());
        match &r.effect {
            Ok(effect) => {
                ui.label(t::plan_effect_summary(
                    language,
                    &format_number_in(effect.area, 1, language),
                    &format_number_in(effect.peak_effect, 2, language),
                    effect.peak_month,
                    &format_number_in(effect.end_effect, 2, language),
                ));
                let to_points =
                    |s: &[f64]| PlotPoints::from(s.iter().enumerate().map(|(t, v)| [t as f64, *v]).collect::<Vec<_>>());
                let chart = Plot::new("plan_effect_chart").height(200.0);
                let reference_name = t::PLAN_REFERENCE.get(language);
                let plan_colour = crate::ui::theme::series_colour(0);
                super::calendar_axis::with_calendar_axis(chart, plan.first_year)
                    .y_axis_formatter(move |mark, _| tick_label(&mark, language))
                    .allow_scroll(false)
                    .x_axis_label(t::PLAN_AXIS_YEAR.get(language))
                    .y_axis_label(t::PLAN_AXIS_INDEX.get(language))
                    .show(ui, |p| {
                        p.line(
                            Line::new(reference_name, to_points(&effect.reference))
                                .color(crate::ui::theme::REFERENCE_RUN)
                                .width(2.5)
                                .style(egui_plot::LineStyle::dashed_loose()),
                        );
                        p.line(Line::new(plan.name.clone(), to_points(&effect.plan)).color(plan_colour));
                    });
                legend_below_ui(
                    ui,
                    &[
                        LegendEntry {
                            name: reference_name.to_owned(),
                            colour: crate::ui::theme::REFERENCE_RUN,
                            dashed: true,
                        },
                        LegendEntry { name: plan.name.clone(), colour: plan_colour, dashed: false },
                    ],
                );
            }
            Err(e) => {
                ui.colored_label(OVER_BUDGET, e);
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new(t::PLAN_CE_TITLE.get(language)).heading());
        ui.label(t::PLAN_CE_EXPLAIN.get(language));
        match &r.cost_effectiveness {
            Ok(rows) if rows.is_empty() => {
                ui.label(t::PLAN_CE_EMPTY.get(language));
            }
            Ok(rows) => {
                egui::Grid::new("plan_ce_table").striped(true).num_columns(5).show(ui, |ui| {
                    ui.label(RichText::new("#").strong());
                    ui.label(RichText::new(t::PLAN_COL_INTERVENTION.get(language)).strong());
                    for (h, hint) in [
                        (t::PLAN_COL_CONTRIBUTION, t::HINT_PLAN_COL_CONTRIBUTION),
                        (t::PLAN_COL_COST, t::HINT_PLAN_COL_COST),
                        (t::PLAN_COL_PER_1000, t::HINT_PLAN_COL_PER_1000),
                    ] {
                        ui.label(RichText::new(h.get(language)).strong()).on_hover_text(hint.get(language));
                    }
                    ui.end_row();
                    for (rank, row) in rows.iter().enumerate() {
                        ui.label(format!("{}", rank + 1));
                        ui.horizontal(|ui| {
                            ui.label(crate::text::catalogue::intervention_name(&row.intervention, &row.name, language));
                            if row.example_values {
                                ui.label(RichText::new("*").color(EXAMPLE_COLOUR))
                                    .on_hover_text(t::PLAN_EXAMPLE.get(language));
                            }
                        });
                        ui.label(format_number_in(row.area_contribution, 1, language));
                        ui.label(format_eur_in(row.total_cost_eur, language));
                        ui.label(row.area_per_1000_eur.map_or_else(
                            || t::PLAN_FREE.get(language).to_owned(),
                            |v| format_number_in(v, 2, language),
                        ));
                        ui.end_row();
                    }
                });
                if rows.iter().any(|r| r.example_values) {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new("*").color(EXAMPLE_COLOUR));
                        ui.label(t::PLAN_CE_FROM_CATALOGUE.get(language));
                        example_badge(ui, language);
                    });
                }
                let n = rows.len();
                let bars: Vec<Bar> = rows
                    .iter()
                    .enumerate()
                    .map(|(k, row)| {
                        Bar::new((n - k) as f64, row.area_per_1000_eur.unwrap_or(0.0))
                            .name(crate::text::catalogue::intervention_name(&row.intervention, &row.name, language))
                            .width(0.7)
                    })
                    .collect();
                let labels: Vec<String> = rows
                    .iter()
                    .map(|r| crate::text::catalogue::intervention_name(&r.intervention, &r.name, language).to_owned())
                    .collect();
                Plot::new("plan_ce_chart")
                    .height(30.0 + 26.0 * n as f32)
                    .allow_scroll(false)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .x_axis_label(t::PLAN_CE_AXIS.get(language))
                    .x_axis_formatter(move |mark, _| tick_label(&mark, language))
                    .y_axis_formatter(move |mark, _| {
                        let k = mark.value.round();
                        if (mark.value - k).abs() < 1e-6 && k >= 1.0 && (k as usize) <= labels.len() {
                            labels[labels.len() - k as usize].chars().take(28).collect()
                        } else {
                            String::new()
                        }
                    })
                    .show(ui, |p| p.bar_chart(BarChart::new(t::PLAN_COL_PER_1000.get(language), bars).horizontal()));
            }
            Err(e) => {
                ui.colored_label(OVER_BUDGET, e);
            }
        }
    });
}
