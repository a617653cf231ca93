//! The chart of the Simulatie view: reference dashed, compared runs solid/dotted, the 10–90 % band filled.

use super::compute::{Computed, RunSet};
use crate::sim::McResult;
use crate::text::Language;
use crate::ui::plot_format::{LegendEntry, legend_below_ui, tick_label};
use crate::ui::theme;
use eframe::egui::{self, Color32};
use egui_plot::{FilledArea, Line, LineStyle, Plot, PlotPoints};

/// A plotted quantity: the veerkrachtindex or one variable (column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Index,
    Variable(usize),
}

pub fn series_color(k: usize) -> Color32 {
    crate::ui::theme::series_colour(k)
}

fn series_name(c: &Computed, s: Series, language: Language) -> String {
    match s {
        Series::Index => crate::ui::text::SIM_INDEX.get(language).to_owned(),
        Series::Variable(v) => c.names[v].clone(),
    }
}

fn values(run: &super::compute::RunSet, s: Series) -> Option<Vec<f64>> {
    match s {
        Series::Index => run.index.clone(),
        Series::Variable(v) => Some(run.traj.series(v)),
    }
}

fn band(c: &Computed, mc: &McResult, s: Series) -> Option<(Vec<f64>, Vec<f64>)> {
    match s {
        Series::Index => mc.index.as_ref().map(|b| (b.p10.clone(), b.p90.clone())),
        Series::Variable(v) if v < c.compiled.n_variables() && mc.has_band(v) => {
            let b = mc.band(v);
            Some((b.p10, b.p90))
        }
        Series::Variable(_) => None,
    }
}

/// The colour of run `run` when one series is plotted: the reference grey, every other run the palette colour of its
/// place among the offered runs (stable when other runs are ticked or unticked).
fn run_colour(c: &Computed, run: &RunSet) -> Color32 {
    if std::ptr::eq(run, std::ptr::from_ref(&c.reference)) { theme::REFERENCE_RUN } else { series_color(run.slot) }
}

pub fn plot_ui(
    ui: &mut egui::Ui,
    c: &Computed,
    series: &[Series],
    mc: &[(String, McResult)],
    height: f32,
    language: Language,
) {
    let months: Vec<f64> = (0..c.reference.traj.n_months()).map(|m| m as f64).collect();
    // The legend goes under the chart, never over the curves.
    let mut legend: Vec<LegendEntry> = Vec::new();
    Plot::new("simulatie_grafiek")
        .height(height)
        .x_axis_formatter(move |mark, _| tick_label(&mark, language))
        .y_axis_formatter(move |mark, _| tick_label(&mark, language))
        .x_axis_label(crate::ui::text::SIM_MONTHS_AXIS.get(language))
        .y_axis_label(crate::ui::text::SIM_VALUE_AXIS.get(language))
        .allow_scroll(false)
        .show(ui, |plot_ui| {
            for (k, &s) in series.iter().enumerate() {
                let name = series_name(c, s, language);
                // One plotted series: every run its own colour (the reference grey and dashed), so any number of
                // runs stays distinguishable. Several series: colour per series, line style per run.
                let colour_of = |run: &RunSet| if series.len() == 1 { run_colour(c, run) } else { series_color(k) };
                // Bands first, under every line: one per run with a Monte Carlo result, in that run's colour.
                for run in c.all_runs() {
                    let Some((label, result)) = mc.iter().find(|(label, _)| *label == run.label) else { continue };
                    let Some((lo, hi)) = band(c, result, s) else { continue };
                    if lo.len() != months.len() {
                        continue;
                    }
                    let colour = colour_of(run);
                    let band_name = format!("{name} – {label}: 10–90{}", language.pick(" %", "%"));
                    legend.push(LegendEntry {
                        name: band_name.clone(),
                        colour: colour.gamma_multiply(0.5),
                        dashed: false,
                    });
                    plot_ui.add(FilledArea::new(band_name, &months, &lo, &hi).fill_color(colour.gamma_multiply(0.2)));
                }
                for (r, run) in c.all_runs().enumerate() {
                    let Some(ys) = values(run, s) else { continue };
                    let points: PlotPoints = months.iter().zip(&ys).map(|(&x, &y)| [x, y]).collect();
                    let style = match (series.len(), r) {
                        (_, 0) => LineStyle::dashed_loose(),
                        (1, _) | (_, 1) => LineStyle::Solid,
                        _ => LineStyle::dotted_dense(),
                    };
                    let run_color = colour_of(run);
                    let line_name = format!("{name} – {}", run.label);
                    legend.push(LegendEntry { name: line_name.clone(), colour: run_color, dashed: r == 0 });
                    // The reference is drawn as wide as the main run so that it stands out above the grid.
                    let width = match r {
                        0 => 2.5,
                        1 => 2.0,
                        _ => 1.5,
                    };
                    plot_ui.line(Line::new(line_name, points).color(run_color).style(style).width(width));
                }
            }
        });
    legend_below_ui(ui, &legend);
}
