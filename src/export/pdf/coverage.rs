//! Which characters of a document no shipped font can print, and where they occur: reported to the user (CLI and
//! app) instead of being replaced silently.

use super::fonts::Fonts;
use crate::export::document::{Block, Document};
use std::collections::BTreeMap;

/// A character the PDF cannot print, with the places it occurs ("Hoofdstuk › tabel, rij 3", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingCharacter {
    pub character: char,
    pub places: Vec<String>,
}

impl std::fmt::Display for MissingCharacter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::export_words::missing_character(self.character, &self.places))
    }
}

/// The most places listed per character.
const PLACES_MAX: usize = 5;

/// Every character of `doc` that no shipped font covers, in code point order, with up to five places each.
pub fn missing_characters(fonts: &Fonts, doc: &Document) -> Vec<MissingCharacter> {
    let mut found: BTreeMap<char, Vec<String>> = BTreeMap::new();
    let mut section = doc.title.clone();
    let mut check = |text: &str, place: &dyn Fn() -> String| {
        for c in text.chars().filter(|c| !fonts.covers(*c)) {
            let places = found.entry(c).or_default();
            let here = place();
            if places.len() < PLACES_MAX && !places.contains(&here) {
                places.push(here);
            }
        }
    };
    check(&doc.title, &|| "titel".to_owned());
    check(&doc.subtitle, &|| "ondertitel".to_owned());
    check(&doc.footer, &|| "voettekst".to_owned());
    for (label, value) in &doc.cover {
        check(value, &|| format!("voorblad, {label}"));
    }
    for block in &doc.blocks {
        match block {
            Block::Heading(t) | Block::Subheading(t) => {
                section.clone_from(t);
                check(t, &|| format!("kop '{t}'"));
            }
            Block::Paragraph(t) | Block::Note(t) => check(t, &|| format!("{section}, tekst")),
            Block::Bullets(items) => {
                for (i, item) in items.iter().enumerate() {
                    check(item, &|| format!("{section}, opsomming punt {}", i + 1));
                }
            }
            Block::Table(table) => {
                for h in &table.headers {
                    check(h, &|| format!("{section}, tabelkop"));
                }
                for (r, row) in table.rows.iter().enumerate() {
                    for cell in row {
                        check(cell, &|| format!("{section}, tabel rij {}", r + 1));
                    }
                }
            }
            Block::LineChart(chart) => {
                for text in [&chart.title, &chart.x_label, &chart.y_label]
                    .into_iter()
                    .chain(chart.series.iter().map(|s| &s.name))
                {
                    check(text, &|| format!("{section}, grafiek '{}'", chart.title));
                }
            }
            Block::BarChart(chart) => {
                let texts = [&chart.title, &chart.y_label].into_iter().chain(chart.categories.iter());
                for text in texts.chain(chart.series.iter().map(|s| &s.name)) {
                    check(text, &|| format!("{section}, grafiek '{}'", chart.title));
                }
            }
            Block::Diagram(scene) => {
                for shape in &scene.shapes {
                    if let crate::export::diagram::Shape::Variable { lines, .. } = shape {
                        for line in lines {
                            check(line, &|| format!("{section}, causaal diagram"));
                        }
                    }
                }
            }
            Block::PageBreak => {}
        }
    }
    found.into_iter().map(|(character, places)| MissingCharacter { character, places }).collect()
}
