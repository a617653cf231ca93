//! Tables: column widths from their content (no column narrower than its widest word, so words break only at
//! spaces), a smaller type size when the words alone do not fit, rows taller than what is left of a page split over
//! pages, and the header row repeated on every page the table continues on.

use super::canvas::{Page, Role, TEXT_COLOR};
use super::fonts::{Fonts, Style};
use super::layout::{BOTTOM, CONTENT_WIDTH, Flow, MARGIN_X, TOP};
use super::structure::{Kind, Node};
use crate::export::document::{Rgb, Table};

const SIZES: [f32; 5] = [9.0, 8.5, 8.0, 7.5, 7.0];
const PAD: f32 = 3.5;
const ALERT_COLOR: Rgb = Rgb(176, 42, 30);
const RULE_COLOR: Rgb = Rgb(200, 204, 208);
const HEADER_FILL: Rgb = Rgb(234, 238, 242);

fn leading(size: f32) -> f32 {
    size * 1.3
}

/// Column widths filling the content width: every column at least its widest word (numbers: their whole text), the
/// rest shared in proportion to how much more each column would like. `None` when the widest words alone do not fit.
pub fn column_widths(fonts: &Fonts, table: &Table, columns: usize, size: f32) -> Option<Vec<f32>> {
    let mut natural = vec![2.0 * PAD + 12.0; columns];
    let mut minimum = natural.clone();
    let mut measure = |c: usize, style: Style, text: &str| {
        let right = table.right_aligned.get(c).copied().unwrap_or(false);
        let longest_line = text.split('\n').map(|l| fonts.width(style, size, l)).fold(0.0, f32::max);
        natural[c] = natural[c].max(longest_line + 2.0 * PAD);
        let least = if right { longest_line } else { fonts.widest_word(style, size, text) };
        minimum[c] = minimum[c].max(least + 2.0 * PAD);
    };
    for (c, header) in table.headers.iter().enumerate().take(columns) {
        measure(c, Style::Bold, header);
    }
    for row in &table.rows {
        for (c, cell) in row.iter().enumerate().take(columns) {
            measure(c, Style::Regular, cell);
        }
    }
    let natural_total: f32 = natural.iter().sum();
    if natural_total <= CONTENT_WIDTH {
        let extra = (CONTENT_WIDTH - natural_total) / columns as f32;
        return Some(natural.iter().map(|w| w + extra).collect());
    }
    let minimum_total: f32 = minimum.iter().sum();
    if minimum_total > CONTENT_WIDTH {
        return None;
    }
    let wish_total: f32 = natural.iter().zip(&minimum).map(|(n, m)| n - m).sum();
    let spare = CONTENT_WIDTH - minimum_total;
    Some(natural.iter().zip(&minimum).map(|(n, m)| m + (n - m) / wish_total.max(1e-3) * spare).collect())
}

/// Wraps a cell; a word wider than the column (only when even the smallest type does not fit the words) is cut at
/// the column edge as a last resort, so that no text leaves the page.
fn wrap_cell(fonts: &Fonts, style: Style, size: f32, text: &str, width: f32) -> Vec<String> {
    let mut out = Vec::new();
    for line in fonts.wrap(style, size, text, width) {
        if fonts.width(style, size, &line) <= width + 0.01 {
            out.push(line);
            continue;
        }
        let mut piece = String::new();
        for c in line.chars() {
            piece.push(c);
            if fonts.width(style, size, &piece) > width && piece.chars().count() > 1 {
                piece.pop();
                out.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        out.push(piece);
    }
    out
}

struct Grid {
    size: f32,
    widths: Vec<f32>,
    right: Vec<bool>,
}

impl Grid {
    fn lines(cells: &[Vec<String>]) -> usize {
        cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }

    fn height(&self, lines: usize) -> f32 {
        lines as f32 * leading(self.size) + 2.0 * PAD
    }

    /// Draws lines `from..to` of each cell with its top at `y`; `roles[c]` is cell `c`'s role.
    #[allow(clippy::too_many_arguments)]
    fn draw(
        &self,
        fonts: &Fonts,
        page: &mut Page,
        y: f32,
        cells: &[Vec<String>],
        (from, to): (usize, usize),
        style: Style,
        color: Rgb,
        roles: &[Role],
    ) {
        let mut x = MARGIN_X;
        for (c, lines) in cells.iter().enumerate() {
            let width = self.widths[c];
            page.touch(roles[c]);
            for (i, line) in lines.iter().enumerate().take(to).skip(from) {
                let baseline = y + PAD + leading(self.size) * ((i - from) as f32 + 1.0) - self.size * 0.3;
                let tx = if self.right.get(c).copied().unwrap_or(false) {
                    x + width - PAD - fonts.width(style, self.size, line)
                } else {
                    x + PAD
                };
                page.text(roles[c], style, self.size, (tx, baseline), color, line);
            }
            x += width;
        }
    }
}

/// What `draw_split` draws: the header (on its fill) or a row (text in its colour, a rule under each piece).
#[derive(Clone, Copy)]
enum Piece {
    Header,
    Row(Rgb),
}

/// Draws all lines of `cells` from the flow's position on, continuing on a new page where the page is full;
/// `after_break` runs after each page break (it repeats the header). Returns each cell's leaves, one per piece.
fn draw_split(
    flow: &mut Flow<'_>,
    grid: &Grid,
    cells: &[Vec<String>],
    piece: Piece,
    mut after_break: impl FnMut(&mut Flow<'_>),
) -> Vec<Vec<usize>> {
    let fonts = flow.fonts;
    let lines = Grid::lines(cells);
    let mut cell_leaves: Vec<Vec<usize>> = vec![Vec::new(); cells.len()];
    let mut from = 0;
    while from < lines {
        let room = ((BOTTOM - flow.y - 2.0 * PAD) / leading(grid.size)).floor().max(0.0) as usize;
        if room == 0 {
            flow.new_page();
            after_break(flow);
            continue;
        }
        let to = (from + room).min(lines);
        let roles: Vec<Role> = cell_leaves
            .iter_mut()
            .map(|leaves| {
                let leaf = flow.leaf();
                leaves.push(leaf);
                Role::Leaf(leaf)
            })
            .collect();
        let y = flow.y;
        let height = grid.height(to - from);
        let page = flow.page();
        match piece {
            Piece::Header => {
                page.rect(Role::Layout, (MARGIN_X, y), (CONTENT_WIDTH, height), HEADER_FILL);
                grid.draw(fonts, page, y, cells, (from, to), Style::Bold, TEXT_COLOR, &roles);
            }
            Piece::Row(color) => {
                grid.draw(fonts, page, y, cells, (from, to), Style::Regular, color, &roles);
                let rule_y = y + height;
                page.line(Role::Layout, (MARGIN_X, rule_y), (MARGIN_X + CONTENT_WIDTH, rule_y), 0.5, RULE_COLOR);
            }
        }
        flow.y += height;
        from = to;
    }
    cell_leaves
}

/// Lays out `table` in the flow and returns its structure (header cells, then rows of data cells).
pub fn layout(flow: &mut Flow<'_>, table: &Table) -> Node {
    let fonts = flow.fonts;
    let mut node = Node::new(Kind::Table);
    let columns = table.headers.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return node;
    }
    let (size, widths) = SIZES
        .iter()
        .find_map(|&s| column_widths(fonts, table, columns, s).map(|w| (s, w)))
        .unwrap_or_else(|| (SIZES[SIZES.len() - 1], vec![CONTENT_WIDTH / columns as f32; columns]));
    let grid = Grid { size, widths, right: table.right_aligned.clone() };
    let wrap_row = |cells: &[String], style: Style| -> Vec<Vec<String>> {
        (0..columns)
            .map(|c| wrap_cell(fonts, style, size, cells.get(c).map_or("", String::as_str), grid.widths[c] - 2.0 * PAD))
            .collect()
    };
    // A header is a label: a line break in it (from a name with line breaks, e.g. "Kans dat <plan> beter is") is
    // printed as a space, so that the header stays a few lines high.
    let headers: Vec<String> = table.headers.iter().map(|h| h.replace(['\n', '\r'], " ")).collect();
    let header = wrap_row(&headers, Style::Bold);
    let header_lines = Grid::lines(&header);
    let header_height = grid.height(header_lines);
    // Repeated on every page the table continues on, unless it would take more than a third of the page: then a
    // continuation page has room for the rows (and a row always moves on, however tall the header).
    let repeat_header = header_height <= (BOTTOM - TOP) / 3.0;

    // The header row where it is repeated (an artifact); it fits, being at most a third of a page.
    let draw_header = |flow: &mut Flow<'_>, roles: &[Role]| {
        let y = flow.y;
        let page = flow.page();
        page.rect(Role::Layout, (MARGIN_X, y), (CONTENT_WIDTH, header_height), HEADER_FILL);
        grid.draw(fonts, page, y, &header, (0, header_lines), Style::Bold, TEXT_COLOR, roles);
        flow.y += header_height;
    };
    flow.ensure(header_height + grid.height(2) + 4.0);
    flow.y += 4.0;
    // The first header is tagged, and split over pages like a row when it is taller than one (a very long name).
    let header_leaves = draw_split(flow, &grid, &header, Piece::Header, |_| {});
    let repeat = vec![Role::Layout; columns];
    let after_break = |flow: &mut Flow<'_>| {
        if repeat_header {
            draw_header(flow, &repeat);
        }
    };
    let mut head_row = Node::new(Kind::Row);
    for leaves in header_leaves {
        head_row.push(Node::with_leaves(Kind::HeaderCell, leaves));
    }
    let mut head = Node::new(Kind::TableHead);
    head.push(head_row);
    node.push(head);

    let mut body = Node::new(Kind::TableBody);
    for (r, row) in table.rows.iter().enumerate() {
        let cells = wrap_row(row, Style::Regular);
        let lines = Grid::lines(&cells);
        let color = if table.highlight_rows.contains(&r) { ALERT_COLOR } else { TEXT_COLOR };
        let page_room = BOTTOM - TOP - if repeat_header { header_height } else { 0.0 };
        if flow.y + grid.height(lines) > BOTTOM && grid.height(lines) <= page_room {
            flow.new_page();
            after_break(flow);
        }
        let cell_leaves = draw_split(flow, &grid, &cells, Piece::Row(color), after_break);
        let mut tr = Node::new(Kind::Row);
        for leaves in cell_leaves {
            tr.push(Node::with_leaves(Kind::Cell, leaves));
        }
        body.push(tr);
    }
    node.push(body);
    flow.y += 10.0;
    node
}
