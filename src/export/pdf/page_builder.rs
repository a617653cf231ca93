//! Flows a [`Document`]'s blocks onto A4 pages: text wrapping, page breaks, tables, footers.

use super::canvas::{Canvas, MUTED_COLOR, TEXT_COLOR};
use super::charts;
use super::fonts::{Font, text_width, wrap};
use super::writer::{PAGE_HEIGHT, PAGE_WIDTH};
use crate::export::document::{Block, Document, Rgb, Table};

pub const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 60.0;
const MARGIN_BOTTOM: f32 = 64.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const ALERT_COLOR: Rgb = Rgb(192, 57, 43);
const RULE_COLOR: Rgb = Rgb(200, 204, 208);
const HEADER_FILL: Rgb = Rgb(234, 238, 242);

/// The page flow: a cursor `y` (from the bottom, PDF style) moving down the current page.
struct Flow<'a> {
    doc: &'a Document,
    pages: Vec<String>,
    canvas: Canvas,
    y: f32,
}

impl Flow<'_> {
    fn top() -> f32 {
        PAGE_HEIGHT - MARGIN_TOP
    }

    fn new_page(&mut self) {
        let finished = std::mem::take(&mut self.canvas);
        self.pages.push(finished.ops);
        self.y = Self::top();
    }

    /// Starts a new page when less than `height` remains (unless the page is still empty).
    fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && self.y < Self::top() - 1.0 {
            self.new_page();
        }
    }

    fn lines(&mut self, font: Font, size: f32, color: Rgb, indent: f32, text: &str) {
        let leading = size * 1.35;
        for line in wrap(font, size, text, CONTENT_WIDTH - indent) {
            self.ensure(leading);
            self.y -= leading;
            self.canvas.text(font, size, MARGIN_X + indent, self.y + size * 0.25, color, &line);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => {
                self.ensure(60.0);
                self.y -= 14.0;
                self.lines(Font::Bold, 15.0, TEXT_COLOR, 0.0, text);
                self.y -= 4.0;
            }
            Block::Subheading(text) => {
                self.ensure(44.0);
                self.y -= 8.0;
                self.lines(Font::Bold, 12.0, TEXT_COLOR, 0.0, text);
                self.y -= 2.0;
            }
            Block::Paragraph(text) => {
                self.lines(Font::Regular, 10.5, TEXT_COLOR, 0.0, text);
                self.y -= 6.0;
            }
            Block::Note(text) => {
                self.lines(Font::Italic, 9.5, MUTED_COLOR, 0.0, text);
                self.y -= 6.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    self.ensure(14.0);
                    self.canvas.text(Font::Regular, 10.5, MARGIN_X + 4.0, self.y - 14.0 + 2.6, TEXT_COLOR, "•");
                    self.lines(Font::Regular, 10.5, TEXT_COLOR, 16.0, item);
                }
                self.y -= 6.0;
            }
            Block::Table(table) => self.table(table),
            Block::LineChart(chart) => {
                let height = charts::LINE_CHART_HEIGHT;
                self.ensure(height);
                charts::line_chart(
                    &mut self.canvas,
                    chart,
                    charts::Area { x: MARGIN_X, y: self.y - height, w: CONTENT_WIDTH, h: height },
                );
                self.y -= height + 8.0;
            }
            Block::BarChart(chart) => {
                let height = charts::BAR_CHART_HEIGHT;
                self.ensure(height);
                charts::bar_chart(
                    &mut self.canvas,
                    chart,
                    charts::Area { x: MARGIN_X, y: self.y - height, w: CONTENT_WIDTH, h: height },
                );
                self.y -= height + 8.0;
            }
            Block::PageBreak => {
                if self.y < Self::top() - 1.0 {
                    self.new_page();
                }
            }
        }
    }

    fn table(&mut self, table: &Table) {
        const SIZE: f32 = 9.0;
        const PAD: f32 = 3.5;
        let leading = SIZE * 1.3;
        let columns = table.headers.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        let widths = column_widths(table, columns, SIZE, PAD);
        let wrap_row = |cells: &[String], font: Font| -> Vec<Vec<String>> {
            (0..columns)
                .map(|c| {
                    let text = cells.get(c).map_or("", String::as_str);
                    wrap(font, SIZE, text, widths[c] - 2.0 * PAD)
                })
                .collect()
        };
        let header = wrap_row(&table.headers, Font::Bold);
        let row_height =
            |cells: &[Vec<String>]| cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * leading + 2.0 * PAD;
        let header_height = row_height(&header);

        let draw_header = |flow: &mut Self| {
            flow.canvas.rect_fill(MARGIN_X, flow.y - header_height, CONTENT_WIDTH, header_height, HEADER_FILL);
            flow.draw_row(&header, &widths, &table.right_aligned, Font::Bold, TEXT_COLOR, SIZE, PAD);
        };
        self.ensure(header_height + leading * 2.0 + 2.0 * PAD);
        self.y -= 4.0;
        draw_header(self);
        for (r, row) in table.rows.iter().enumerate() {
            let cells = wrap_row(row, Font::Regular);
            let height = row_height(&cells);
            if self.y - height < MARGIN_BOTTOM {
                self.new_page();
                draw_header(self);
            }
            let color = if table.highlight_rows.contains(&r) { ALERT_COLOR } else { TEXT_COLOR };
            self.draw_row(&cells, &widths, &table.right_aligned, Font::Regular, color, SIZE, PAD);
            self.canvas.line(MARGIN_X, self.y, MARGIN_X + CONTENT_WIDTH, self.y, 0.5, RULE_COLOR);
        }
        self.y -= 10.0;
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_row(
        &mut self,
        cells: &[Vec<String>],
        widths: &[f32],
        right: &[bool],
        font: Font,
        color: Rgb,
        size: f32,
        pad: f32,
    ) {
        let leading = size * 1.3;
        let height = cells.iter().map(Vec::len).max().unwrap_or(1) as f32 * leading + 2.0 * pad;
        let mut x = MARGIN_X;
        for (c, lines) in cells.iter().enumerate() {
            let width = widths[c];
            for (i, line) in lines.iter().enumerate() {
                let baseline = self.y - pad - leading * (i as f32 + 1.0) + size * 0.3;
                let tx = if right.get(c).copied().unwrap_or(false) {
                    x + width - pad - text_width(font, size, line)
                } else {
                    x + pad
                };
                self.canvas.text(font, size, tx, baseline, color, line);
            }
            x += width;
        }
        self.y -= height;
    }
}

/// Column widths: no column narrower than its longest word (so words never break), the rest of the page width
/// shared in proportion to how much more each column would like (its natural, unwrapped width).
fn column_widths(table: &Table, columns: usize, size: f32, pad: f32) -> Vec<f32> {
    let mut natural = vec![24.0_f32; columns];
    let mut minimum = vec![24.0_f32; columns];
    let mut measure = |c: usize, font: Font, text: &str| {
        natural[c] = natural[c].max(text_width(font, size, text) + 2.0 * pad);
        let longest_word = text.split_whitespace().map(|w| text_width(font, size, w)).fold(0.0, f32::max);
        minimum[c] = minimum[c].max(longest_word + 2.0 * pad);
    };
    for (c, header) in table.headers.iter().enumerate().take(columns) {
        measure(c, Font::Bold, header);
    }
    for row in &table.rows {
        for (c, cell) in row.iter().enumerate().take(columns) {
            measure(c, Font::Regular, cell);
        }
    }
    // Numbers and amounts (right-aligned columns) never wrap.
    let minimum: Vec<f32> = minimum
        .iter()
        .zip(&natural)
        .enumerate()
        .map(|(c, (m, n))| if table.right_aligned.get(c).copied().unwrap_or(false) { *n } else { m.min(*n) })
        .collect();
    let natural_total: f32 = natural.iter().sum();
    if natural_total <= CONTENT_WIDTH {
        let extra = (CONTENT_WIDTH - natural_total) / columns as f32;
        return natural.iter().map(|w| w + extra).collect();
    }
    let minimum_total: f32 = minimum.iter().sum();
    if minimum_total >= CONTENT_WIDTH {
        return minimum.iter().map(|w| w * CONTENT_WIDTH / minimum_total).collect();
    }
    let wish_total: f32 = natural.iter().zip(&minimum).map(|(n, m)| n - m).sum();
    let spare = CONTENT_WIDTH - minimum_total;
    natural.iter().zip(&minimum).map(|(n, m)| m + (n - m) / wish_total.max(1e-3) * spare).collect()
}

/// Lays the document out on A4 pages and returns one content stream per page (with title and footers).
pub fn build_pages(doc: &Document) -> Vec<String> {
    let mut flow = Flow { doc, pages: Vec::new(), canvas: Canvas::default(), y: Flow::top() };
    if !doc.title.is_empty() {
        flow.lines(Font::Bold, 20.0, TEXT_COLOR, 0.0, &doc.title);
        if !doc.subtitle.is_empty() {
            flow.y -= 2.0;
            flow.lines(Font::Regular, 12.0, MUTED_COLOR, 0.0, &doc.subtitle);
        }
        flow.y -= 6.0;
        flow.canvas.line(MARGIN_X, flow.y, MARGIN_X + CONTENT_WIDTH, flow.y, 1.0, RULE_COLOR);
        flow.y -= 6.0;
    }
    for block in &doc.blocks {
        flow.block(block);
    }
    let last = std::mem::take(&mut flow.canvas);
    flow.pages.push(last.ops);

    let count = flow.pages.len();
    let footer = &flow.doc.footer;
    flow.pages
        .into_iter()
        .enumerate()
        .map(|(i, mut ops)| {
            let mut canvas = Canvas::default();
            canvas.line(MARGIN_X, 44.0, MARGIN_X + CONTENT_WIDTH, 44.0, 0.5, RULE_COLOR);
            canvas.text(Font::Regular, 8.0, MARGIN_X, 32.0, MUTED_COLOR, footer);
            let label = format!("pagina {} van {count}", i + 1);
            let w = text_width(Font::Regular, 8.0, &label);
            canvas.text(Font::Regular, 8.0, MARGIN_X + CONTENT_WIDTH - w, 32.0, MUTED_COLOR, &label);
            ops.push_str(&canvas.ops);
            ops
        })
        .collect()
}
