//! Alternative texts for the charts of a [`crate::export::document::Document`], for readers who cannot see them:
//! used by every renderer (the PDF's figure tags, the Word document's image descriptions).

use crate::export::diagram::{Scene, Shape};
use crate::export::document::{BarChart, LineChart};
use crate::text::export_words::{bar_chart_alt, diagram_alt, line_chart_alt};
use crate::text::{Language, format_number_in};

fn value(v: Option<&f64>, lang: Language) -> String {
    v.filter(|v| v.is_finite()).map_or_else(|| "–".to_owned(), |v| format_number_in(*v, 1, lang))
}

/// "Lijndiagram 'Veerkrachtindex': index tegen maanden. Referentie van 50,0 naar 50,0; Plan A van 50,0 naar 54,0."
pub fn line_chart(chart: &LineChart, lang: Language) -> String {
    let lines: Vec<(String, String, String)> = chart
        .series
        .iter()
        .map(|s| (s.name.clone(), value(s.values.iter().find(|v| v.is_finite()), lang), value(s.values.last(), lang)))
        .collect();
    line_chart_alt(lang, (&chart.title, &chart.x_label, &chart.y_label), &lines)
}

/// "Staafdiagram 'Kosten per jaar' (euro), gestapeld naar …. Totaal per categorie: 2026: 60.000; …."
pub fn bar_chart(chart: &BarChart, lang: Language) -> String {
    let bars: Vec<(String, String)> = chart
        .categories
        .iter()
        .enumerate()
        .map(|(c, category)| {
            let total: f64 =
                chart.series.iter().map(|s| s.values.get(c).copied().filter(|v| v.is_finite()).unwrap_or(0.0)).sum();
            (category.clone(), format_number_in(total, 0, lang))
        })
        .collect();
    let names: Vec<String> = chart.series.iter().map(|s| s.name.clone()).collect();
    bar_chart_alt(lang, (&chart.title, &chart.y_label), &bars, &names)
}

/// "Causaal diagram met 24 variabelen en 40 verbanden, …": counts of the scene's boxes and links.
pub fn diagram(scene: &Scene, lang: Language) -> String {
    let variables = scene.shapes.iter().filter(|s| matches!(s, Shape::Variable { .. })).count();
    let links = scene.shapes.iter().filter(|s| matches!(s, Shape::Link { .. })).count();
    diagram_alt(lang, variables, links)
}
