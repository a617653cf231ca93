//! The parts of the report around the content: the cover, the table of contents and the page footers.

use super::canvas::{MUTED_COLOR, Page, Role, TEXT_COLOR};
use super::fonts::{Fonts, Style};
use super::layout::{CONTENT_WIDTH, Flow, MARGIN_X, PlacedHeading};
use super::structure::{Kind, Node};
use crate::export::document::{Document, Rgb};
use crate::text::Language;
use crate::text::export_words::{contents, page_of};

const RULE_COLOR: Rgb = Rgb(200, 204, 208);
const FOOTER_SIZE: f32 = 8.0;
/// The width kept for page numbers in the table of contents.
const NUMBER_COLUMN: f32 = 36.0;

/// The cover: title, subtitle and the (label, value) lines of [`Document::cover`].
pub fn cover(flow: &mut Flow<'_>, doc: &Document) {
    flow.y = 200.0;
    let leaves = flow.lines(Style::Bold, 24.0, TEXT_COLOR, 0.0, &doc.title);
    flow.nodes.push(Node::with_leaves(Kind::Heading(1, doc.title.clone()), leaves));
    if !doc.subtitle.trim().is_empty() {
        flow.y += 6.0;
        let leaves = flow.lines(Style::Regular, 14.0, MUTED_COLOR, 0.0, &doc.subtitle);
        flow.nodes.push(Node::with_leaves(Kind::Paragraph, leaves));
    }
    flow.y += 18.0;
    let y = flow.y;
    flow.page().line(Role::Layout, (MARGIN_X, y), (MARGIN_X + CONTENT_WIDTH, y), 1.0, RULE_COLOR);
    flow.y += 14.0;
    for (label, value) in &doc.cover {
        let leaves = flow.lines(Style::Regular, 11.0, TEXT_COLOR, 0.0, &format!("{label}: {value}"));
        flow.y += 4.0;
        flow.nodes.push(Node::with_leaves(Kind::Paragraph, leaves));
    }
}

/// The table of contents: chapters and their sections with the page (1-based, counting the cover) each starts on.
/// `first_page` is the page number of the content's first page.
pub fn table_of_contents(flow: &mut Flow<'_>, language: Language, headings: &[PlacedHeading], first_page: usize) {
    let title = contents(language);
    flow.headings.push(PlacedHeading { level: 1, text: title.to_owned(), page: flow.page_index(), y: flow.y });
    let leaves = flow.lines(Style::Bold, 15.0, TEXT_COLOR, 0.0, title);
    flow.nodes.push(Node::with_leaves(Kind::Heading(1, title.to_owned()), leaves));
    flow.y += 8.0;
    let mut toc = Node::new(Kind::Contents);
    let fonts = flow.fonts;
    for heading in headings.iter().filter(|h| h.level <= 2) {
        let (style, indent, size) =
            if heading.level == 1 { (Style::Bold, 0.0, 10.5) } else { (Style::Regular, 16.0, 10.0) };
        let width = CONTENT_WIDTH - indent - NUMBER_COLUMN;
        let lines = fonts.wrap(style, size, &heading.text, width);
        let leading = size * 1.45;
        flow.ensure(leading * lines.len() as f32);
        let leaf = flow.leaf();
        for line in &lines {
            flow.y += leading;
            let y = flow.y - size * 0.32;
            flow.page().text(Role::Leaf(leaf), style, size, (MARGIN_X + indent, y), TEXT_COLOR, line);
        }
        let number = (first_page + heading.page).to_string();
        let w = fonts.width(style, size, &number);
        let y = flow.y - size * 0.32;
        flow.page().text(Role::Leaf(leaf), style, size, (MARGIN_X + CONTENT_WIDTH - w, y), TEXT_COLOR, &number);
        if heading.level == 1 {
            flow.y += 2.0;
        }
        let mut item = Node::new(Kind::ContentsItem);
        item.push(Node::with_leaves(Kind::Paragraph, [leaf]));
        toc.push(item);
    }
    flow.nodes.push(toc);
}

/// Adds the footer to every page: the document's footer text on the left (wrapped so that it never reaches the page
/// number), "pagina x van y" on the right.
pub fn footers(fonts: &Fonts, pages: &mut [Page], footer: &str, language: Language) {
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let (page_width, page_height) = page.size();
        let rule_y = page_height - 52.0;
        let content_width = page_width - 2.0 * MARGIN_X;
        page.line(Role::Footer, (MARGIN_X, rule_y), (MARGIN_X + content_width, rule_y), 0.5, RULE_COLOR);
        let label = page_of(language, i + 1, count);
        let label_width = fonts.width(Style::Regular, FOOTER_SIZE, &label);
        let x = MARGIN_X + content_width - label_width;
        page.text(Role::Footer, Style::Regular, FOOTER_SIZE, (x, rule_y + 13.0), MUTED_COLOR, &label);
        let room = content_width - label_width - 16.0;
        for (n, line) in fonts.wrap(Style::Regular, FOOTER_SIZE, footer, room).iter().take(3).enumerate() {
            let y = rule_y + 13.0 + n as f32 * FOOTER_SIZE * 1.3;
            page.text(Role::Footer, Style::Regular, FOOTER_SIZE, (MARGIN_X, y), MUTED_COLOR, line);
        }
    }
}
