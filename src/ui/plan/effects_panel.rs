//! The Kosteneffectiviteit page: the plan's effect on the veerkrachtindex (plan vs reference) and each
//! intervention's contribution per € 1.000, ranked, as a table and a chart.

use super::{EXAMPLE_COLOUR, OVER_BUDGET, ResultsCache, example_badge};
use crate::model::{Plan, Project};
use crate::plan::{format_eur, format_number};
use eframe::egui::{self, Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

pub fn effects_ui(ui: &mut egui::Ui, _project: &Project, plan: Option<&Plan>, results: &ResultsCache) {
    let Some(plan) = plan else {
        ui.label("Er is nog geen planvariant.");
        return;
    };
    let Some(r) = results.get(&plan.id) else { return };
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.label(RichText::new(format!("Effect van {} op de veerkrachtindex", plan.name)).heading());
        match &r.effect {
            Ok(effect) => {
                ui.label(format!(
                    "Over de hele looptijd {} indexpunt-maanden ten opzichte van de referentie (geen interventies); \
                     grootste effect {} in maand {}, aan het eind {}.",
                    format_number(effect.area, 1),
                    format_number(effect.peak_effect, 2),
                    effect.peak_month,
                    format_number(effect.end_effect, 2)
                ));
                let to_points =
                    |s: &[f64]| PlotPoints::from(s.iter().enumerate().map(|(t, v)| [t as f64, *v]).collect::<Vec<_>>());
                Plot::new("plan_effect_chart")
                    .height(200.0)
                    .legend(Legend::default())
                    .allow_scroll(false)
                    .x_axis_label("maand")
                    .y_axis_label("veerkrachtindex")
                    .show(ui, |p| {
                        p.line(Line::new("Referentie", to_points(&effect.reference)).color(Color32::GRAY));
                        p.line(Line::new(plan.name.clone(), to_points(&effect.plan)));
                    });
            }
            Err(e) => {
                ui.colored_label(OVER_BUDGET, e);
            }
        }
        ui.add_space(8.0);
        ui.label(RichText::new("Kosteneffectiviteit per interventie").heading());
        ui.label(
            "Bijdrage = het effect van het plan met de interventie min zonder, in indexpunt-maanden; gedeeld door de \
             kosten over de hele looptijd per € 1.000. Hoog naar laag.",
        );
        match &r.cost_effectiveness {
            Ok(rows) if rows.is_empty() => {
                ui.label("Het plan heeft nog geen interventies.");
            }
            Ok(rows) => {
                egui::Grid::new("plan_ce_table").striped(true).num_columns(5).show(ui, |ui| {
                    for h in ["#", "Interventie", "Bijdrage", "Kosten", "Per € 1.000"] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (rank, row) in rows.iter().enumerate() {
                        ui.label(format!("{}", rank + 1));
                        ui.horizontal(|ui| {
                            ui.label(&row.name);
                            if row.example_values {
                                ui.label(RichText::new("*").color(EXAMPLE_COLOUR)).on_hover_text("voorbeeldwaarde");
                            }
                        });
                        ui.label(format_number(row.area_contribution, 1));
                        ui.label(format_eur(row.total_cost_eur));
                        ui.label(row.area_per_1000_eur.map_or_else(|| "kosteloos".to_owned(), |v| format_number(v, 2)));
                        ui.end_row();
                    }
                });
                if rows.iter().any(|r| r.example_values) {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new("*").color(EXAMPLE_COLOUR));
                        ui.label("effecten en/of kosten uit de catalogus:");
                        example_badge(ui);
                    });
                }
                let n = rows.len();
                let bars: Vec<Bar> = rows
                    .iter()
                    .enumerate()
                    .map(|(k, row)| {
                        Bar::new((n - k) as f64, row.area_per_1000_eur.unwrap_or(0.0)).name(row.name.clone()).width(0.7)
                    })
                    .collect();
                let labels: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
                Plot::new("plan_ce_chart")
                    .height(30.0 + 26.0 * n as f32)
                    .allow_scroll(false)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .x_axis_label("indexpunt-maanden per € 1.000")
                    .y_axis_formatter(move |mark, _| {
                        let k = mark.value.round();
                        if (mark.value - k).abs() < 1e-6 && k >= 1.0 && (k as usize) <= labels.len() {
                            labels[labels.len() - k as usize].chars().take(28).collect()
                        } else {
                            String::new()
                        }
                    })
                    .show(ui, |p| p.bar_chart(BarChart::new("Per € 1.000", bars).horizontal()));
            }
            Err(e) => {
                ui.colored_label(OVER_BUDGET, e);
            }
        }
    });
}
