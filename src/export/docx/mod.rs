//! The Word renderer of a [`Document`]: an editable .docx (Office Open XML) with real heading styles (so Word's
//! navigation pane and table of contents work), paragraphs, bulleted lists and tables with a repeating header row,
//! so that the text can go into a raadsvoorstel. Charts and the diagram appear as pictures (PNG, drawn like the PDF's
//! figures; see [`crate::export::raster`]) under their title, with their alternative text as the picture's
//! description. Deterministic.

mod package;
mod picture;
mod zip;

use crate::export::alt_text;
use crate::export::document::{Block, Document, Table};
use crate::export::error::ExportError;
use crate::export::pdf::fonts::Fonts;
use crate::export::raster;
use crate::export::xml::escape;
use std::fmt::Write as _;

/// Renders the document to the bytes of a .docx file.
pub fn render_docx(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let language = doc.language.pick("nl-NL", "en-GB");
    let mut pictures = Vec::new();
    let body = document_xml(doc, &mut pictures)?;
    let names: Vec<String> = (1..=pictures.len()).map(picture::file_name).collect();
    let mut files = vec![
        ("[Content_Types].xml", package::CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", package::ROOT_RELS.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", package::document_rels(pictures.len()).into_bytes()),
        ("word/styles.xml", package::styles(language).into_bytes()),
        ("word/numbering.xml", package::NUMBERING.as_bytes().to_vec()),
        ("docProps/core.xml", package::core(&doc.title, &doc.subtitle, language).into_bytes()),
        ("word/document.xml", body.into_bytes()),
    ];
    files.extend(names.iter().map(String::as_str).zip(pictures));
    zip::zip(&files).map_err(|detail| ExportError::Render { format: "Word", detail })
}

fn run(text: &str, bold: bool, italic: bool) -> String {
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/>");
    }
    if italic {
        props.push_str("<w:i/>");
    }
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!(r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#, escape(text))
}

fn paragraph(out: &mut String, style: Option<&str>, runs: &str) {
    let props = style.map_or_else(String::new, |s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#));
    let _ = write!(out, "<w:p>{props}{runs}</w:p>");
}

fn table(out: &mut String, table: &Table) {
    let columns = table.headers.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return;
    }
    out.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>"#);
    out.push_str("<w:tblGrid>");
    for _ in 0..columns {
        out.push_str("<w:gridCol/>");
    }
    out.push_str("</w:tblGrid>");
    let cell = |out: &mut String, text: &str, bold: bool, right: bool| {
        let align = if right { r#"<w:pPr><w:jc w:val="right"/></w:pPr>"# } else { "" };
        let _ = write!(out, "<w:tc><w:p>{align}{}</w:p></w:tc>", run(text, bold, false));
    };
    out.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for c in 0..columns {
        cell(out, table.headers.get(c).map_or("", String::as_str), true, false);
    }
    out.push_str("</w:tr>");
    for row in &table.rows {
        out.push_str("<w:tr>");
        for c in 0..columns {
            let right = table.right_aligned.get(c).copied().unwrap_or(false);
            cell(out, row.get(c).map_or("", String::as_str), false, right);
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    paragraph(out, None, "");
}

/// A figure: its title as a caption, then its picture described by `alt` (the picture's PNG goes to `pictures`).
fn figure(
    out: &mut String,
    pictures: &mut Vec<Vec<u8>>,
    (fonts, language): (&Fonts, crate::text::Language),
    (block, title, alt): (&Block, &str, &str),
) -> Result<(), ExportError> {
    paragraph(out, Some("Bijschrift"), &run(title, true, false));
    if let Some(made) = raster::figure_png(fonts, block, language) {
        let (png, width, height) = made?;
        pictures.push(png.png);
        let text_width =
            if matches!(block, Block::Diagram(_)) { picture::LANDSCAPE_TEXT_WIDTH } else { picture::TEXT_WIDTH };
        paragraph(out, None, &picture::inline(pictures.len(), (width, height), text_width, title, alt));
    }
    Ok(())
}

fn document_xml(doc: &Document, pictures: &mut Vec<Vec<u8>>) -> Result<String, ExportError> {
    let fonts = (Fonts::shared(), doc.language);
    let lang = doc.language;
    let mut body = String::new();
    paragraph(&mut body, Some("Titel"), &run(&doc.title, false, false));
    if !doc.subtitle.trim().is_empty() {
        paragraph(&mut body, Some("Ondertitel"), &run(&doc.subtitle, false, false));
    }
    for (label, value) in &doc.cover {
        paragraph(&mut body, None, &run(&format!("{label}: {value}"), false, false));
    }
    for block in &doc.blocks {
        match block {
            Block::Heading(t) => paragraph(&mut body, Some("Kop1"), &run(t, false, false)),
            Block::Subheading(t) => paragraph(&mut body, Some("Kop2"), &run(t, false, false)),
            Block::Paragraph(t) => paragraph(&mut body, None, &run(t, false, false)),
            Block::Note(t) => paragraph(&mut body, None, &run(t, false, true)),
            Block::Bullets(items) => {
                for item in items {
                    paragraph(&mut body, Some("Lijstopsommingsteken"), &run(item, false, false));
                }
            }
            Block::Table(t) => table(&mut body, t),
            Block::LineChart(chart) => {
                figure(&mut body, pictures, fonts, (block, &chart.title, &alt_text::line_chart(chart, lang)))?;
            }
            Block::BarChart(chart) => {
                figure(&mut body, pictures, fonts, (block, &chart.title, &alt_text::bar_chart(chart, lang)))?;
            }
            Block::Diagram(scene) => {
                // In a section of its own on a page on its side, as in the PDF: the diagram is wide.
                let title = crate::text::report_words::word(lang, crate::text::report_words::Word::CausalDiagram);
                let _ = write!(body, "<w:p><w:pPr>{}</w:pPr></w:p>", section(false));
                figure(&mut body, pictures, fonts, (block, title, &alt_text::diagram(scene, lang)))?;
                let _ = write!(body, "<w:p><w:pPr>{}</w:pPr></w:p>", section(true));
            }
            Block::PageBreak => body.push_str(r#"<w:p><w:r><w:br w:type="page"/></w:r></w:p>"#),
        }
    }
    Ok(format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>{body}{}</w:body></w:document>
"#,
        section(false)
    ))
}

/// The properties of a section of A4 pages, upright or on their side; in a paragraph they end the section before.
fn section(landscape: bool) -> &'static str {
    if landscape {
        r#"<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
    } else {
        r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::document::{BarChart, Rgb, Series, Table};
    use std::io::Read as _;

    /// The files of a ZIP archive written by [`zip::zip`] (name, inflated bytes as text; pictures as their size).
    fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
        let mut files = Vec::new();
        let mut at = 0;
        while bytes[at..].starts_with(&0x0403_4b50_u32.to_le_bytes()) {
            let field =
                |o: usize, n: usize| bytes[at + o..at + o + n].iter().rev().fold(0usize, |a, b| a * 256 + *b as usize);
            let (compressed, name_len) = (field(18, 4), field(26, 2));
            let name = String::from_utf8_lossy(&bytes[at + 30..at + 30 + name_len]).into_owned();
            let data = &bytes[at + 30 + name_len..at + 30 + name_len + compressed];
            if field(8, 2) == 0 {
                assert!(
                    data.starts_with(b"\x89PNG") && name.starts_with("word/media/"),
                    "only pictures are stored: {name}"
                );
                assert_eq!(crc32fast::hash(data), field(14, 4) as u32, "crc of {name}");
                files.push((name, format!("{} bytes", data.len())));
            } else {
                let mut text = String::new();
                flate2::read::DeflateDecoder::new(data).read_to_string(&mut text).expect("inflates");
                assert_eq!(crc32fast::hash(text.as_bytes()), field(14, 4) as u32, "crc of {name}");
                files.push((name, text));
            }
            at += 30 + name_len + compressed;
        }
        assert!(bytes[at..].starts_with(&0x0201_4b50_u32.to_le_bytes()), "central directory follows");
        files
    }

    #[test]
    fn headings_tables_and_lists_are_real_word_structures() {
        let doc = Document {
            title: "Veerkrachtplan Łódź".into(),
            blocks: vec![
                Block::Heading("1. Samenvatting".into()),
                Block::Paragraph("Meer stress → minder welbevinden & <meer> zorgen".into()),
                Block::Bullets(vec!["Kansrijke Start".into()]),
                Block::Table(Table {
                    headers: vec!["Planvariant".into(), "Kosten".into()],
                    rows: vec![vec!["Plan A".into(), "€ 410.000".into()]],
                    right_aligned: vec![false, true],
                    highlight_rows: vec![],
                }),
            ],
            ..Document::default()
        };
        let bytes = render_docx(&doc).expect("docx");
        let files = unzip(&bytes);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"[Content_Types].xml") && names.contains(&"word/styles.xml"));
        let body = &files.iter().find(|(n, _)| n == "word/document.xml").expect("document").1;
        assert!(body.contains(r#"<w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t xml:space="preserve">1. Samenvatting"#));
        assert!(body.contains("welbevinden &amp; &lt;meer&gt;"));
        assert!(body.contains("<w:tblHeader/>") && body.contains("€ 410.000") && body.contains("Lijstopsommingsteken"));
        let styles = &files.iter().find(|(n, _)| n == "word/styles.xml").expect("styles").1;
        assert!(styles.contains(r#"<w:name w:val="heading 1"/>"#) && styles.contains(r#"w:lang w:val="nl-NL""#));
        assert_eq!(bytes, render_docx(&doc).expect("docx"), "deterministic");
    }

    #[test]
    fn the_diagram_has_a_section_on_its_side() {
        let scene = crate::export::svg::causal_diagram(&crate::io::default_project());
        let doc =
            Document { blocks: vec![Block::Paragraph("voor".into()), Block::Diagram(scene)], ..Document::default() };
        let files = unzip(&render_docx(&doc).expect("docx"));
        let body = &files.iter().find(|(n, _)| n == "word/document.xml").expect("document").1;
        let landscape = body.find(r#"w:orient="landscape""#).expect("a section on its side");
        let picture = body.find("<w:drawing>").expect("the diagram's picture");
        let upright_before = body[..picture].rfind("<w:sectPr>").expect("the section before ends before the picture");
        assert!(upright_before < picture && picture < landscape, "the picture sits in the section on its side");
        assert!(
            body.ends_with("</w:sectPr></w:body></w:document>\n") && !body[landscape..].ends_with(r#"landscape"/>"#)
        );
    }

    #[test]
    fn charts_are_pictures_with_their_alternative_text() {
        let chart = BarChart {
            title: "Kosten per jaar".into(),
            y_label: "euro".into(),
            categories: vec!["2026".into(), "2027".into()],
            series: vec![Series { name: "Plan A".into(), color: Rgb(40, 90, 160), values: vec![10.0, 20.0] }],
            limits: None,
        };
        let alt = alt_text::bar_chart(&chart, crate::text::Language::Nl);
        let doc =
            Document { blocks: vec![Block::BarChart(chart.clone()), Block::BarChart(chart)], ..Document::default() };
        let files = unzip(&render_docx(&doc).expect("docx"));
        let file = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("{name}")).1;
        assert!(
            file("word/media/figuur1.png").ends_with(" bytes") && file("word/media/figuur2.png").ends_with(" bytes")
        );
        assert!(file("[Content_Types].xml").contains(r#"Extension="png" ContentType="image/png""#));
        let rels = file("word/_rels/document.xml.rels");
        assert!(rels.contains(r#"Id="rIdFiguur2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/figuur2.png""#));
        let body = file("word/document.xml");
        assert!(
            body.contains(r#"<a:blip r:embed="rIdFiguur1"/>"#) && body.contains(r#"<a:blip r:embed="rIdFiguur2"/>"#)
        );
        assert!(body.contains(&format!(r#"descr="{}""#, escape(&alt))));
        assert_eq!(body.matches(r#"<wp:extent cx="6108700""#).count(), 2, "pictures are the text width (481 pt)");
    }
}
