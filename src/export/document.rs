//! A pure document model for printable reports: what to say, not how to draw it. Renderers (PDF, Word) turn it
//! into a file.

/// An RGB colour, 0–255 per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// One series of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub color: Rgb,
    pub values: Vec<f64>,
}

/// A table. `right_aligned[c]` aligns column `c` to the right (numbers); `highlight_rows` are printed in red
/// (e.g. years over budget).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub right_aligned: Vec<bool>,
    pub highlight_rows: Vec<usize>,
}

/// A line chart over a shared x axis (e.g. months); an optional band (low, high) is shaded behind the lines.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub x: Vec<f64>,
    pub series: Vec<Series>,
    pub band: Option<(Vec<f64>, Vec<f64>, Rgb)>,
}

/// A bar chart: one bar per category; with several series the bars are stacked.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub y_label: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Optional horizontal limit per category (e.g. the budget of each year), drawn as a dark tick.
    pub limits: Option<Vec<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// A remark in italics, e.g. "Alle bedragen zijn voorbeeldwaarden."
    Note(String),
    Bullets(Vec<String>),
    Table(Table),
    LineChart(LineChart),
    BarChart(BarChart),
    /// The causal diagram (the SVG export's scene), drawn as vector graphics with its legend.
    Diagram(crate::export::diagram::Scene),
    PageBreak,
}

/// A whole printable document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub title: String,
    pub subtitle: String,
    /// Printed in every page footer, e.g. "Gemeente Veerdam — Veerkrachtplan 2026–2029".
    pub footer: String,
    /// The lines of the cover under the title, as (label, value): gemeente, date, program version, file name.
    pub cover: Vec<(String, String)>,
    /// The language the document is written in (the PDF's /Lang).
    pub language: crate::text::Language,
    pub blocks: Vec<Block>,
}
