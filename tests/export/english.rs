//! The report in English: every word we write is English, and the built-in model's names are the English ones.

use super::example;
use veerkrachtplanner::export::alt_text;
use veerkrachtplanner::export::diagram::Shape;
use veerkrachtplanner::export::document::{Block, Document};
use veerkrachtplanner::export::plan_report::plan_document;
use veerkrachtplanner::export::report::{ReportOptions, plan_docx, plan_pdf};
use veerkrachtplanner::text::Language;

/// Dutch words and phrases of the report's own text (none occurs in the example project's file outside its notes).
const DUTCH: [&str; 52] = [
    "Samenvatting",
    "Planvariant",
    "Kosten",
    "Begroting",
    "Totaal",
    "Resterend",
    "Interventie",
    "Eigenaar",
    "Bereik",
    "Referentie",
    "Veerkrachtindex",
    "Verantwoording",
    "Aannames",
    "Gebruikt in",
    "kosteloos",
    "Zonder",
    "Verlies",
    "versterkend",
    "verzwakkend",
    "Individueel",
    "Organisatorisch",
    "punt-maanden",
    "Periode",
    "Rang",
    "Bijdrage",
    "Situatie",
    "Mediaan",
    "Verschil",
    "uitslag",
    "Lussen",
    "Structurele",
    "Werkt op",
    "Duur",
    "hele plan",
    " mnd",
    "Causaal",
    "Dikkere",
    "vertraging",
    "Lijndiagram",
    "Staafdiagram",
    "eenmalig",
    "per jaar",
    "punten",
    "effect op",
    "niet hersteld",
    "Boven budget",
    "Niveau",
    "Diepste",
    "Kans dat",
    "(gewicht",
    "Gemaakt met",
    "terugkoppellussen",
];

/// Every text of the document a reader sees: headings, paragraphs, tables, charts (with their alternative texts)
/// and the diagram's boxes and legend.
fn texts(doc: &Document) -> Vec<String> {
    let mut out = vec![doc.title.clone(), doc.footer.clone()];
    out.extend(doc.cover.iter().map(|(label, _)| label.clone()));
    for block in &doc.blocks {
        match block {
            Block::Heading(t) | Block::Subheading(t) | Block::Paragraph(t) | Block::Note(t) => out.push(t.clone()),
            Block::Bullets(items) => out.extend(items.iter().cloned()),
            Block::Table(t) => {
                out.extend(t.headers.iter().cloned());
                out.extend(t.rows.iter().flatten().cloned());
            }
            Block::LineChart(c) => {
                out.extend([c.title.clone(), c.x_label.clone(), c.y_label.clone()]);
                out.extend(c.series.iter().map(|s| s.name.clone()));
                out.push(alt_text::line_chart(c, doc.language));
            }
            Block::BarChart(c) => {
                out.extend([c.title.clone(), c.y_label.clone()]);
                out.extend(c.series.iter().map(|s| s.name.clone()));
                out.push(alt_text::bar_chart(c, doc.language));
            }
            Block::Diagram(scene) => {
                out.push(alt_text::diagram(scene, doc.language));
                for shape in &scene.shapes {
                    match shape {
                        Shape::Variable { lines, .. } => out.push(lines.join(" ")),
                        Shape::LegendText { text, .. } => out.push(text.clone()),
                        Shape::Swatch { label, .. } => out.push((*label).to_owned()),
                        _ => {}
                    }
                }
            }
            Block::PageBreak => {}
        }
    }
    out
}

#[test]
fn the_english_report_has_none_of_our_dutch_words_and_the_english_model_names() {
    let project = example();
    let doc = plan_document(&project, Language::En).expect("report");
    assert_eq!(doc.language, Language::En);
    let all = texts(&doc);
    // The project's own notes are the gemeente's text and stay as written.
    for text in all.iter().filter(|t| **t != project.meta.notes) {
        for dutch in DUTCH {
            assert!(!text.contains(dutch), "Dutch '{dutch}' in the English report: {text}");
        }
    }
    let joined = all.join("\n");
    for english in ["1. Summary", "Resilience index", "Cost per year", "Livelihood security", "Social network"] {
        assert!(joined.contains(english), "'{english}' missing from the English report");
    }
    // Numbers in English notation: "€2,505,000", not "€ 2.505.000".
    assert!(all.iter().any(|t| t.starts_with("€2,")), "English amounts");
    // The Dutch report still has its Dutch words.
    let dutch = texts(&plan_document(&project, Language::Nl).expect("report")).join("\n");
    for word in ["1. Samenvatting", "Kosten per jaar", "Veerkrachtindex", "Bestaanszekerheid"] {
        assert!(dutch.contains(word), "{word}");
    }
}

#[test]
fn the_english_pdf_and_word_files_say_they_are_english() {
    let project = example();
    let options = ReportOptions { date: None, file_name: None, language: Language::En };
    let pdf = plan_pdf(&project, &options).expect("pdf").bytes;
    assert!(pdf.windows(9).any(|w| w == b"/Lang(en)"), "the PDF's document language");
    let docx = plan_docx(&project, &options).expect("docx");
    assert!(!docx.is_empty());
}

#[test]
fn the_built_in_models_own_texts_read_in_english_in_the_english_report() {
    let project = veerkrachtplanner::io::default_project();
    let english = texts(&plan_document(&project, Language::En).expect("report")).join("\n");
    for dutch in ["gewicht is een voorbeeldwaarde", "Dit is het basismodel", "Participatie is de belangrijkste"] {
        assert!(!english.contains(dutch), "Dutch '{dutch}' in the English report");
    }
    assert!(english.contains("This is the base model of Veerkrachtplanner."), "the English project notes");
    assert!(english.contains("the weight is an example value"), "the English index reasons");
    let dutch = texts(&plan_document(&project, Language::Nl).expect("report")).join("\n");
    assert!(dutch.contains("Dit is het basismodel van Veerkrachtplanner."), "the Dutch report keeps the file's notes");
    assert!(dutch.contains("gewicht is een voorbeeldwaarde"));
}
