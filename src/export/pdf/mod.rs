//! The PDF renderer of a [`Document`]: an accessible PDF (PDF/UA-1) written with krilla. A4 pages with a cover,
//! a table of contents and "pagina x van y" footers; fonts from assets/fonts embedded and subset; a structure tree of
//! headings, paragraphs, lists, tables (with header cells) and figures (with alternative text); bookmarks for every
//! section; the document language and title. Characters no shipped font has are reported, not hidden.
//! Deterministic: the same document gives the same bytes.

pub(super) mod canvas;
pub(super) mod charts;
mod coverage;
pub(super) mod diagram;
pub(super) mod fonts;
mod front;
pub(super) mod layout;
mod render;
mod structure;
mod table;

use crate::export::document::Document;
use crate::export::error::ExportError;

pub use charts::nice_ticks;
pub use coverage::MissingCharacter;

/// A rendered PDF and the characters it could not print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfExport {
    pub bytes: Vec<u8>,
    /// Characters no shipped font covers (printed as '?'), with where they occur. Show these to the user.
    pub missing: Vec<MissingCharacter>,
}

/// The characters of `doc` that the PDF cannot print (without rendering it).
pub fn missing_characters(doc: &Document) -> Vec<MissingCharacter> {
    coverage::missing_characters(fonts::Fonts::shared(), doc)
}

/// Renders the document to a PDF/UA-1 file.
pub fn render_pdf(doc: &Document) -> Result<PdfExport, ExportError> {
    let fonts = fonts::Fonts::shared();
    let missing = coverage::missing_characters(fonts, doc);
    let mut content = layout::Flow::new(fonts, 0);
    content.language = doc.language;
    for block in &doc.blocks {
        content.block(block);
    }
    content.drop_empty_last_page();
    // The table of contents' length does not depend on the page numbers in it: lay it out once to count its pages.
    let mut dry = layout::Flow::new(fonts, content.next_leaf());
    front::table_of_contents(&mut dry, doc.language, &content.headings, 0);
    let first_content_page = 2 + dry.pages.len();
    let mut toc = layout::Flow::new(fonts, dry.next_leaf());
    front::table_of_contents(&mut toc, doc.language, &content.headings, first_content_page);
    let mut cover = layout::Flow::new(fonts, toc.next_leaf());
    front::cover(&mut cover, doc);

    let toc_offset = cover.pages.len();
    let content_offset = toc_offset + toc.pages.len();
    let mut headings: Vec<layout::PlacedHeading> = toc.headings.clone();
    for h in &mut headings {
        h.page += toc_offset;
    }
    headings.extend(content.headings.iter().cloned().map(|mut h| {
        h.page += content_offset;
        h
    }));
    let mut nodes = cover.nodes;
    nodes.extend(toc.nodes);
    nodes.extend(content.nodes.into_iter().map(|mut n| {
        structure::shift_pages(&mut n, content_offset);
        n
    }));
    let mut pages = cover.pages;
    pages.extend(toc.pages);
    pages.extend(content.pages);
    front::footers(fonts, &mut pages, &doc.footer, doc.language);
    let meta = render::Meta {
        title: &doc.title,
        subject: &doc.subtitle,
        language: doc.language.pick("nl-NL", "en"),
        creator: format!("Veerkrachtplanner {}", crate::VERSION),
    };
    let bytes = render::write(&pages, &nodes, &headings, &meta)
        .map_err(|detail| ExportError::Render { format: "PDF", detail })?;
    Ok(PdfExport { bytes, missing })
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
            cover: vec![("Gemeente".into(), "Veerdam".into())],
            language: crate::text::Language::Nl,
            blocks,
        }
    }

    /// The file's bytes with every Flate stream inflated in place, as text: what a reader of the objects sees.
    fn text_of(bytes: &[u8]) -> String {
        use std::io::Read as _;
        let mut out = String::from_utf8_lossy(bytes).into_owned();
        let mut rest = bytes;
        while let Some(start) = rest.windows(7).position(|w| w == b"stream\n") {
            let body = &rest[start + 7..];
            let Some(end) = body.windows(9).position(|w| w == b"endstream") else { break };
            let mut inflated = Vec::new();
            if flate2::read::ZlibDecoder::new(&body[..end]).read_to_end(&mut inflated).is_ok() {
                out.push_str(&String::from_utf8_lossy(&inflated));
            }
            rest = &body[end + 9..];
        }
        out
    }

    #[test]
    fn renders_a_tagged_multi_page_pdf_ua() {
        let out = render_pdf(&sample()).expect("renders");
        if let Ok(path) = std::env::var("VKP_PDF_SAMPLE") {
            std::fs::write(path, &out.bytes).expect("write sample");
        }
        let text = text_of(&out.bytes);
        assert!(text.starts_with("%PDF-1.7"));
        assert!(out.missing.is_empty(), "{:?}", out.missing);
        let pages = text.matches("/Type /Page\n").count() + text.matches("/Type /Page/").count();
        let _ = pages;
        for needle in [
            "/StructTreeRoot",
            "/MarkInfo<</Marked true",
            "/Lang(nl-NL)",
            "/Type/Outlines",
            "/FontFile2",
            "/ToUnicode",
            "/Alt<FEFF",
            "pdfuaid:part>1<",
            "/DisplayDocTitle true",
            "/S/TH",
            "/S/TD",
            "/S/LBody",
            "/S/H1",
            "/S/Figure",
            "/Artifact",
        ] {
            assert!(text.contains(needle), "missing {needle}");
        }
        // Deterministic.
        assert_eq!(out.bytes, render_pdf(&sample()).expect("renders").bytes);
    }

    /// A document with one table (headers, rows, right-aligned columns) under a heading, and its laid-out pages.
    fn one_table(
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        right_aligned: Vec<bool>,
    ) -> (Document, Vec<canvas::Page>) {
        let mut doc = sample();
        let table = Table { headers, rows, right_aligned, highlight_rows: vec![] };
        doc.blocks = vec![Block::Heading("1. Lang".into()), Block::Table(table)];
        let fonts = fonts::Fonts::new();
        let mut flow = layout::Flow::new(&fonts, 0);
        for block in &doc.blocks {
            flow.block(block);
        }
        (doc, flow.pages)
    }

    /// Every page's texts, after checking that none is left of the page or below the content area.
    fn texts_per_page(pages: &[canvas::Page]) -> Vec<Vec<&str>> {
        let mut texts = Vec::new();
        for page in pages {
            let mut on_page = Vec::new();
            for draw in page.marks.iter().flat_map(|m| &m.draws) {
                if let canvas::Draw::Text { y, x, text, .. } = draw {
                    assert!(*y <= layout::BOTTOM + 1.0 && *x >= 0.0, "text outside the content area at ({x}, {y})");
                    on_page.push(text.as_str());
                }
            }
            texts.push(on_page);
        }
        texts
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_and_the_header_repeated() {
        let long = "woord ".repeat(4000);
        let (doc, pages) =
            one_table(vec!["Kop A".into(), "Kop B".into()], vec![vec!["kort".into(), long]], vec![false, false]);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        for texts in texts_per_page(&pages) {
            let headers = texts.iter().filter(|t| **t == "Kop B").count();
            assert_eq!(headers, 1, "every page of the table shows its header once");
        }
        assert!(render_pdf(&doc).is_ok());
    }

    #[test]
    fn a_header_taller_than_a_page_is_split_over_pages_and_not_repeated() {
        let headers = vec![format!("Kans dat {} beter is", "plan\n".repeat(1500)), "Kop B".into()];
        let rows = vec![vec!["een".into(), "twee".into()], vec!["drie".into(), "vier".into()]];
        let (doc, pages) = one_table(headers, rows, vec![false, true]);
        assert!(pages.len() >= 2, "{} pages", pages.len());
        let texts: Vec<&str> = texts_per_page(&pages).into_iter().flatten().collect();
        assert_eq!(texts.iter().filter(|t| **t == "Kop B").count(), 1, "a header this tall is not repeated");
        let plans = texts.iter().map(|t| t.matches("plan").count()).sum::<usize>();
        assert_eq!(plans, 1500, "every line of the header is printed");
        assert!(texts.contains(&"vier"), "the rows follow the header");
        assert!(render_pdf(&doc).is_ok());
    }

    #[test]
    fn the_diagram_gets_a_page_on_its_side_with_readable_box_text() {
        let project = crate::io::default_project();
        let fonts = fonts::Fonts::shared();
        let mut flow = layout::Flow::new(fonts, 0);
        flow.block(&Block::Paragraph("Het model.".into()));
        flow.block(&Block::Diagram(crate::export::svg::causal_diagram(&project)));
        flow.drop_empty_last_page();
        let sides: Vec<bool> = flow.pages.iter().map(|p| p.landscape).collect();
        assert_eq!(sides, [false, true], "the diagram alone on a page on its side, nothing after it");
        let page = &flow.pages[1];
        let (width, height) = page.size();
        assert!(width > height);
        let mut sizes = Vec::new();
        let (mut left, mut right) = (f32::INFINITY, 0.0_f32);
        for draw in page.marks.iter().flat_map(|m| &m.draws) {
            if let canvas::Draw::Text { size, x, y, .. } = draw {
                assert!(*x >= 0.0 && *x < width && *y > 0.0 && *y < height, "text outside the page at ({x}, {y})");
                sizes.push(*size);
            }
            if let canvas::Draw::Fill { path, .. } = draw {
                for s in path {
                    if let canvas::Segment::Move(x, _) | canvas::Segment::Line(x, _) = s {
                        left = left.min(*x);
                        right = right.max(*x);
                    }
                }
            }
        }
        sizes.sort_by(f32::total_cmp);
        let median = sizes[sizes.len() / 2];
        // On an upright page the same diagram's names were about 2.8 pt.
        assert!(median >= 4.5, "median text size {median} pt");
        assert!(right - left > 0.9 * (width - 2.0 * layout::MARGIN_X), "the diagram spans the page: {left}..{right}");
    }

    #[test]
    fn characters_no_font_has_are_reported_with_their_place() {
        let mut doc = sample();
        doc.blocks.push(Block::Heading("4. Bijlage".into()));
        doc.blocks.push(Block::Paragraph("Ω → ≥ Ł İ Ж en een emoji 😀 en 漢".into()));
        let out = render_pdf(&doc).expect("still renders");
        let chars: Vec<char> = out.missing.iter().map(|m| m.character).collect();
        assert_eq!(chars, vec!['漢', '😀']);
        assert_eq!(out.missing[0].places, vec!["4. Bijlage, tekst".to_owned()]);
        assert!(out.missing[1].to_string().contains("U+1F600"));
        assert_eq!(missing_characters(&doc), out.missing);
        doc.language = crate::text::Language::En;
        let english = missing_characters(&doc);
        assert_eq!(english[0].places, vec!["4. Bijlage, text".to_owned()]);
        assert!(english[0].to_string().starts_with("The character '漢' (U+6F22) is in none of the shipped fonts"));
    }
}
