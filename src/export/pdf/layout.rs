//! Flows a [`Document`]'s blocks onto A4 pages (y down, points) and builds the structure tree alongside: every
//! piece of real content becomes a leaf of a heading, paragraph, list, table or figure.

use super::canvas::{MUTED_COLOR, PAGE_HEIGHT, PAGE_WIDTH, Page, Role, TEXT_COLOR};
use super::charts::{self, Area, UpCanvas};
use super::diagram;
use super::fonts::{Fonts, Style};
use super::structure::{Kind, Node};
use super::table;
use crate::export::alt_text;
use crate::export::diagram::Scene;
use crate::export::document::{Block, Rgb};
use crate::text::Language;

pub const MARGIN_X: f32 = 56.0;
pub const TOP: f32 = 60.0;
/// The lowest y content may reach; the footer sits below.
pub const BOTTOM: f32 = PAGE_HEIGHT - 70.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
pub const BODY_SIZE: f32 = 10.5;
/// The top of the content on a page on its side (the diagram's page), which has no running head.
const LANDSCAPE_TOP: f32 = 40.0;

/// A heading as placed: for the outline and the table of contents.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedHeading {
    pub level: u16,
    pub text: String,
    /// Index into [`Flow::pages`].
    pub page: usize,
    pub y: f32,
}

/// The page flow: a cursor `y` moving down the last page.
pub struct Flow<'a> {
    pub fonts: &'a Fonts,
    pub pages: Vec<Page>,
    pub y: f32,
    next_leaf: usize,
    pub headings: Vec<PlacedHeading>,
    /// The structure elements laid out so far, in reading order.
    pub nodes: Vec<Node>,
    /// The document's language (numbers on chart axes, alternative texts).
    pub language: Language,
}

impl<'a> Flow<'a> {
    pub fn new(fonts: &'a Fonts, first_leaf: usize) -> Self {
        Self {
            fonts,
            pages: vec![Page::default()],
            y: TOP,
            next_leaf: first_leaf,
            headings: Vec::new(),
            nodes: Vec::new(),
            language: Language::Nl,
        }
    }

    /// The next free leaf number (to continue numbering in another flow).
    pub fn next_leaf(&self) -> usize {
        self.next_leaf
    }

    pub fn leaf(&mut self) -> usize {
        self.next_leaf += 1;
        self.next_leaf - 1
    }

    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    /// Drops the last page when nothing was drawn on it (the flow opens a new page after the diagram's page).
    pub fn drop_empty_last_page(&mut self) {
        if self.pages.len() > 1 && self.pages.last().is_some_and(|p| p.marks.is_empty()) {
            self.pages.pop();
        }
    }

    pub fn at_page_top(&self) -> bool {
        self.y <= TOP + 0.5
    }

    /// Starts a new page when less than `height` remains (unless the page is still empty).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && !self.at_page_top() {
            self.new_page();
        }
    }

    /// Wrapped text at the content's left edge plus `indent`; one leaf per page the text lands on.
    pub fn lines(&mut self, style: Style, size: f32, color: Rgb, indent: f32, text: &str) -> Vec<usize> {
        let leading = size * 1.4;
        let mut leaves: Vec<(usize, usize)> = Vec::new(); // (page, leaf)
        for line in self.fonts.wrap(style, size, text, CONTENT_WIDTH - indent) {
            self.ensure(leading);
            let page = self.page_index();
            let leaf = match leaves.last() {
                Some(&(p, leaf)) if p == page => leaf,
                _ => {
                    let leaf = self.leaf();
                    leaves.push((page, leaf));
                    leaf
                }
            };
            self.y += leading;
            let baseline = self.y - size * 0.32;
            self.page().text(Role::Leaf(leaf), style, size, (MARGIN_X + indent, baseline), color, &line);
        }
        leaves.into_iter().map(|(_, leaf)| leaf).collect()
    }

    fn heading(&mut self, level: u16, text: &str) {
        let (size, before, keep) = if level == 1 { (15.0, 14.0, 90.0) } else { (12.0, 8.0, 60.0) };
        self.ensure(keep);
        if !self.at_page_top() {
            self.y += before;
        }
        self.headings.push(PlacedHeading { level, text: text.to_owned(), page: self.page_index(), y: self.y });
        let leaves = self.lines(Style::Bold, size, TEXT_COLOR, 0.0, text);
        self.y += 4.0;
        self.nodes.push(Node::with_leaves(Kind::Heading(level, text.to_owned()), leaves));
    }

    pub fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => self.heading(1, text),
            Block::Subheading(text) => self.heading(2, text),
            Block::Paragraph(text) => {
                let leaves = self.lines(Style::Regular, BODY_SIZE, TEXT_COLOR, 0.0, text);
                self.y += 6.0;
                self.nodes.push(Node::with_leaves(Kind::Paragraph, leaves));
            }
            Block::Note(text) => {
                let leaves = self.lines(Style::Italic, 9.5, MUTED_COLOR, 0.0, text);
                self.y += 6.0;
                self.nodes.push(Node::with_leaves(Kind::Note, leaves));
            }
            Block::Bullets(items) => self.bullets(items),
            Block::Table(t) => {
                let node = table::layout(self, t);
                self.nodes.push(node);
            }
            Block::LineChart(chart) => {
                let alt = alt_text::line_chart(chart, self.language);
                let height = charts::height(self.fonts, &chart.series, CONTENT_WIDTH);
                self.figure(alt, height, |canvas, area| charts::line_chart(canvas, chart, area));
            }
            Block::BarChart(chart) => {
                let alt = alt_text::bar_chart(chart, self.language);
                let height = charts::height(self.fonts, &chart.series, CONTENT_WIDTH);
                self.figure(alt, height, |canvas, area| charts::bar_chart(canvas, chart, area));
            }
            Block::Diagram(scene) => self.diagram(scene),
            Block::PageBreak => {
                if !self.at_page_top() {
                    self.new_page();
                }
            }
        }
    }

    fn bullets(&mut self, items: &[String]) {
        let mut list = Node::new(Kind::List);
        for item in items {
            self.ensure(BODY_SIZE * 1.4);
            let label = self.leaf();
            let baseline = self.y + BODY_SIZE * 1.4 - BODY_SIZE * 0.32;
            self.page().text(Role::Leaf(label), Style::Regular, BODY_SIZE, (MARGIN_X + 4.0, baseline), TEXT_COLOR, "•");
            let body = self.lines(Style::Regular, BODY_SIZE, TEXT_COLOR, 16.0, item);
            let mut li = Node::new(Kind::ListItem);
            li.push(Node::with_leaves(Kind::Label, [label]));
            li.push(Node::with_leaves(Kind::ListBody, body));
            list.push(li);
        }
        self.y += 6.0;
        self.nodes.push(list);
    }

    /// The causal diagram on a page of its own, on its side (A4 landscape): the diagram is wide, and on an upright
    /// page its box text would be too small to read. As large as the page allows, centred; the flow continues on a
    /// new upright page.
    fn diagram(&mut self, scene: &Scene) {
        let alt = alt_text::diagram(scene, self.language);
        if self.at_page_top() && self.page().marks.is_empty() {
            *self.page() = Page::landscape();
        } else {
            self.pages.push(Page::landscape());
        }
        let (page_width, page_height) = self.page().size();
        let width = page_width - 2.0 * MARGIN_X;
        let height = page_height - (PAGE_HEIGHT - BOTTOM) - LANDSCAPE_TOP;
        let (scale, drawn_height) = diagram::fit(self.fonts, scene, width, height);
        let drawn_width = scene.width as f32 * scale;
        let left = MARGIN_X + (width - drawn_width) / 2.0;
        let top = LANDSCAPE_TOP + (height - drawn_height) / 2.0;
        let leaf = self.leaf();
        let fonts = self.fonts;
        let page = self.page();
        page.touch(Role::Leaf(leaf));
        let place = diagram::Place { left, top: top - diagram::TITLE_BAND * scale, scale };
        diagram::draw(fonts, page, Role::Leaf(leaf), scene, place);
        let bbox = Some((self.page_index(), [left, top, left + drawn_width, top + drawn_height]));
        self.nodes.push(Node::with_leaves(Kind::Figure { alt, bbox }, [leaf]));
        self.new_page();
    }

    /// A figure of `height` points drawn by `draw` in PDF-style (y up) coordinates, tagged with `alt`.
    pub fn figure(&mut self, alt: String, height: f32, draw: impl FnOnce(&mut UpCanvas<'_>, Area)) {
        let height = height.min(BOTTOM - TOP);
        self.ensure(height);
        let leaf = self.leaf();
        let top = self.y;
        let area = Area { x: MARGIN_X, y: PAGE_HEIGHT - (top + height), w: CONTENT_WIDTH, h: height };
        let fonts = self.fonts;
        let language = self.language;
        let page = self.page();
        page.touch(Role::Leaf(leaf));
        draw(&mut UpCanvas { page, role: Role::Leaf(leaf), fonts, language }, area);
        let bbox = Some((self.page_index(), [MARGIN_X, top, MARGIN_X + CONTENT_WIDTH, top + height]));
        self.nodes.push(Node::with_leaves(Kind::Figure { alt, bbox }, [leaf]));
        self.y += height + 10.0;
    }
}
