//! A small, dependency-free PDF renderer for [`Document`]: A4 pages, the PDF base-14 Helvetica fonts (no font
//! embedding, WinAnsi text so Dutch accents and € print), tables and charts as vector graphics.
//! The output is deterministic (no timestamps) and plain ASCII.

mod canvas;
mod charts;
mod fonts;
mod page_builder;
mod writer;

use crate::export::document::Document;

pub use charts::nice_ticks;
pub use fonts::{Font, text_width, wrap};

/// Renders the document to the bytes of a PDF file.
pub fn render_pdf(doc: &Document) -> Vec<u8> {
    let pages = page_builder::build_pages(doc);
    writer::assemble(&doc.title, &pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::document::{BarChart, Block, LineChart, Rgb, Series, Table};

    fn sample() -> Document {
        let months: Vec<f64> = (0..=60).map(f64::from).collect();
        let plan: Vec<f64> = months.iter().map(|m| 50.0 + 4.0 * (1.0 - (-m / 12.0).exp())).collect();
        let mut blocks = vec![
            Block::Heading("1. Samenvatting".into()),
            Block::Paragraph("Meer stress → minder welbevinden → minder bestaanszekerheid → meer stress. ".repeat(8)),
            Block::Note("Alle bedragen zijn voorbeeldwaarden (€).".into()),
            Block::Bullets(vec!["Kansrijke Start".into(), "Lotgenotencontact (ervaringscafé)".into()]),
            Block::LineChart(LineChart {
                title: "Veerkrachtindex".into(),
                x_label: "maand".into(),
                y_label: "index (0–100)".into(),
                x: months.clone(),
                series: vec![
                    Series { name: "Referentie".into(), color: Rgb(120, 120, 120), values: vec![50.0; 61] },
                    Series { name: "Plan A".into(), color: Rgb(46, 109, 164), values: plan.clone() },
                ],
                band: Some((
                    plan.iter().map(|v| v - 1.0).collect(),
                    plan.iter().map(|v| v + 1.0).collect(),
                    Rgb(200, 220, 240),
                )),
            }),
            Block::BarChart(BarChart {
                title: "Kosten per jaar".into(),
                y_label: "euro".into(),
                categories: vec!["2026".into(), "2027".into()],
                series: vec![
                    Series {
                        name: "Kansrijke Start".into(),
                        color: Rgb(192, 57, 43),
                        values: vec![40_000.0, 50_000.0],
                    },
                    Series {
                        name: "Ervaringscafé".into(), color: Rgb(46, 109, 164), values: vec![20_000.0, 25_000.0]
                    },
                ],
                limits: Some(vec![70_000.0, 70_000.0]),
            }),
        ];
        let rows: Vec<Vec<String>> =
            (0..80).map(|i| vec![format!("Interventie {i}"), "wijk".into(), format!("€ {}", i * 1000)]).collect();
        blocks.push(Block::Table(Table {
            headers: vec!["Interventie".into(), "Setting".into(), "Kosten".into()],
            rows,
            right_aligned: vec![false, false, true],
            highlight_rows: vec![3],
        }));
        Document {
            title: "Veerkrachtplan".into(),
            subtitle: "Gemeente Veerdam".into(),
            footer: "Voorbeeld".into(),
            blocks,
        }
    }

    #[test]
    fn renders_a_valid_multi_page_pdf() {
        let bytes = render_pdf(&sample());
        let text = String::from_utf8(bytes.clone()).expect("the PDF is plain ASCII");
        assert!(text.starts_with("%PDF-1.4\n"));
        assert!(text.ends_with("%%EOF\n"));
        let pages = text.matches("/Type /Page ").count();
        assert!(pages >= 3, "80 table rows + charts need several pages, got {pages}");
        assert!(text.contains(&format!("/Count {pages}")));
        assert!(text.contains("(pagina 1 van "));
        assert!(text.contains("\\200")); // the euro sign in WinAnsi
        // Deterministic.
        assert_eq!(bytes, render_pdf(&sample()));
        if let Ok(path) = std::env::var("VKP_PDF_SAMPLE") {
            std::fs::write(path, &bytes).expect("write sample");
        }
    }
}
