//! Which characters of a document no shipped font can print, and where they occur: reported to the user (CLI and
//! app) instead of being replaced silently.

use super::fonts::Fonts;
use crate::export::document::{Block, Document};
use crate::text::Language;
use crate::text::export_words::{Place, missing_character, place};
use std::collections::BTreeMap;

/// A character the PDF cannot print, with the places it occurs ("Hoofdstuk › tabel, rij 3", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingCharacter {
    pub character: char,
    pub places: Vec<String>,
    /// The language of the places and of the message (the document's).
    pub language: Language,
}

impl std::fmt::Display for MissingCharacter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&missing_character(self.language, self.character, &self.places))
    }
}

/// The most places listed per character.
const PLACES_MAX: usize = 5;

/// Every character of `doc` that no shipped font covers, in code point order, with up to five places each.
pub fn missing_characters(fonts: &Fonts, doc: &Document) -> Vec<MissingCharacter> {
    let lang = doc.language;
    let word = |p: Place| place(lang, p);
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
    check(&doc.title, &|| word(Place::Title).to_owned());
    check(&doc.subtitle, &|| word(Place::Subtitle).to_owned());
    check(&doc.footer, &|| word(Place::Footer).to_owned());
    for (label, value) in &doc.cover {
        check(value, &|| format!("{}, {label}", word(Place::Cover)));
    }
    for block in &doc.blocks {
        match block {
            Block::Heading(t) | Block::Subheading(t) => {
                section.clone_from(t);
                check(t, &|| format!("{} '{t}'", word(Place::Heading)));
            }
            Block::Paragraph(t) | Block::Note(t) => check(t, &|| format!("{section}, {}", word(Place::Text))),
            Block::Bullets(items) => {
                for (i, item) in items.iter().enumerate() {
                    check(item, &|| format!("{section}, {} {}", word(Place::ListItem), i + 1));
                }
            }
            Block::Table(table) => {
                for h in &table.headers {
                    check(h, &|| format!("{section}, {}", word(Place::TableHeader)));
                }
                for (r, row) in table.rows.iter().enumerate() {
                    for cell in row {
                        check(cell, &|| format!("{section}, {} {}", word(Place::TableRow), r + 1));
                    }
                }
            }
            Block::LineChart(chart) => {
                for text in [&chart.title, &chart.x_label, &chart.y_label]
                    .into_iter()
                    .chain(chart.series.iter().map(|s| &s.name))
                {
                    check(text, &|| format!("{section}, {} '{}'", word(Place::Chart), chart.title));
                }
            }
            Block::BarChart(chart) => {
                let texts = [&chart.title, &chart.y_label].into_iter().chain(chart.categories.iter());
                for text in texts.chain(chart.series.iter().map(|s| &s.name)) {
                    check(text, &|| format!("{section}, {} '{}'", word(Place::Chart), chart.title));
                }
            }
            Block::Diagram(scene) => {
                for shape in &scene.shapes {
                    if let crate::export::diagram::Shape::Variable { lines, .. } = shape {
                        for line in lines {
                            check(line, &|| format!("{section}, {}", word(Place::Diagram)));
                        }
                    }
                }
            }
            Block::PageBreak => {}
        }
    }
    found.into_iter().map(|(character, places)| MissingCharacter { character, places, language: lang }).collect()
}
