//! The Vergelijken page: every plan variant side by side (costs, budget, effect, effect per € 1.000) and their
//! effects in one chart.

use super::{OVER_BUDGET, ResultsCache};
use crate::model::Project;
use crate::plan::{format_eur, format_number};
use eframe::egui::{self, RichText};
use egui_plot::{Legend, Line, Plot, PlotPoints};

pub fn compare_ui(ui: &mut egui::Ui, project: &Project, results: &ResultsCache) {
    if project.plans.is_empty() {
        ui.label("Er is nog geen planvariant om te vergelijken.");
        return;
    }
    ui.label(RichText::new("Planvarianten vergelijken").heading());
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
        row(ui, "Jaren", &|p| (format!("{}–{}", p.first_year, p.last_year), false));
        row(ui, "Interventies", &|p| (p.items.len().to_string(), false));
        row(ui, "Totale kosten", &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) => (format_eur(b.total_eur), false),
            _ => ("–".to_owned(), true),
        });
        row(ui, "Totaal budget", &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) => (format_eur(b.total_budget_eur), false),
            _ => ("–".to_owned(), false),
        });
        row(ui, "Boven budget in", &|p| match results.get(&p.id).map(|r| &r.budget) {
            Some(Ok(b)) if b.is_over_budget() => {
                (b.over_budget_years.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "), true)
            }
            Some(Ok(_)) => ("geen jaar".to_owned(), false),
            _ => ("–".to_owned(), true),
        });
        row(ui, "Effect (indexpunt-maanden)", &|p| match results.get(&p.id).map(|r| &r.effect) {
            Some(Ok(e)) => (format_number(e.area, 1), false),
            Some(Err(e)) => (e.clone(), true),
            None => ("–".to_owned(), false),
        });
        row(ui, "Effect aan het eind", &|p| match results.get(&p.id).map(|r| &r.effect) {
            Some(Ok(e)) => (format_number(e.end_effect, 2), false),
            _ => ("–".to_owned(), false),
        });
        row(ui, "Effect per € 1.000", &|p| {
            let r = results.get(&p.id);
            match (r.map(|r| &r.effect), r.map(|r| &r.budget)) {
                (Some(Ok(e)), Some(Ok(b))) if b.total_eur > 0.0 => {
                    (format_number(e.area / b.total_eur * 1000.0, 3), false)
                }
                _ => ("–".to_owned(), false),
            }
        });
    });
    ui.label(RichText::new("Alle bedragen en effecten uit de catalogus zijn voorbeeldwaarden.").weak());
    Plot::new("plan_compare_chart")
        .height(220.0)
        .legend(Legend::default())
        .allow_scroll(false)
        .x_axis_label("maand")
        .y_axis_label("effect op de veerkrachtindex")
        .show(ui, |plot| {
            for p in &project.plans {
                if let Some(Ok(e)) = results.get(&p.id).map(|r| &r.effect) {
                    let points: Vec<[f64; 2]> = e.effect.iter().enumerate().map(|(t, v)| [t as f64, *v]).collect();
                    plot.line(Line::new(p.name.clone(), PlotPoints::from(points)));
                }
            }
        });
}
