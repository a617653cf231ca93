//! The chart of the Simulatie view: reference dashed, compared runs solid/dotted, the 10–90 % band filled.

use super::compute::Computed;
use crate::sim::McResult;
use crate::text::Language;
use crate::ui::plot_format::{LegendEntry, legend_below_ui, tick_label};
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
        Series::Variable(v) if v < c.compiled.n_variables() => {
            let b = mc.band(v);
            Some((b.p10, b.p90))
        }
        Series::Variable(_) => None,
    }
}

pub fn plot_ui(
    ui: &mut egui::Ui,
    c: &Computed,
    series: &[Series],
    mc: Option<&(String, McResult)>,
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
                let color = series_color(k);
                let name = series_name(c, s, language);
                if let Some((label, result)) = mc
                    && let Some((lo, hi)) = band(c, result, s)
                    && lo.len() == months.len()
                {
                    let band_name = format!("{name} – {label}: 10–90 %");
                    legend.push(LegendEntry {
                        name: band_name.clone(),
                        colour: color.gamma_multiply(0.5),
                        dashed: false,
                    });
                    plot_ui.add(FilledArea::new(band_name, &months, &lo, &hi).fill_color(color.gamma_multiply(0.25)));
                }
                for (r, run) in c.all_runs().enumerate() {
                    let Some(ys) = values(run, s) else { continue };
                    let points: PlotPoints = months.iter().zip(&ys).map(|(&x, &y)| [x, y]).collect();
                    // One plotted series: every run its own colour (the reference grey and dashed), so any number
                    // of runs stays distinguishable. Several series: colour per series, line style per run.
                    let (run_color, style) = if series.len() == 1 {
                        if r == 0 {
                            (crate::ui::theme::REFERENCE_RUN, LineStyle::dashed_loose())
                        } else {
                            (series_color(r - 1), LineStyle::Solid)
                        }
                    } else {
                        let style = match r {
                            0 => LineStyle::dashed_loose(),
                            1 => LineStyle::Solid,
                            _ => LineStyle::dotted_dense(),
                        };
                        (color, style)
                    };
                    let line_name = format!("{name} – {}", run.label);
                    legend.push(LegendEntry { name: line_name.clone(), colour: run_color, dashed: r == 0 });
                    plot_ui.line(Line::new(line_name, points).color(run_color).style(style).width(if r == 1 {
                        2.0
                    } else {
                        1.5
                    }));
                }
            }
        });
    legend_below_ui(ui, &legend);
}
