//! One page's drawing as data: primitives in page coordinates (points, y down), grouped into marked runs that the
//! renderer tags (a leaf of the structure tree) or marks as an artifact (rules, fills, page footers).

use super::fonts::Style;
use crate::export::document::Rgb;

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const TEXT_COLOR: Rgb = Rgb(33, 37, 41);
pub const MUTED_COLOR: Rgb = Rgb(90, 96, 102);

/// One path segment (absolute coordinates).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    Move(f32, f32),
    Line(f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// A drawing primitive.
#[derive(Clone, Debug, PartialEq)]
pub enum Draw {
    /// Text on one line; `y` is the baseline.
    Text { style: Style, size: f32, x: f32, y: f32, color: Rgb, text: String },
    /// A stroked path; `dash` is the dash pattern (empty for solid).
    Stroke { path: Vec<Segment>, width: f32, color: Rgb, dash: Vec<f32> },
    /// A filled path.
    Fill { path: Vec<Segment>, color: Rgb },
}

/// What a run of drawing is to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Real content: leaf `n` of the structure tree.
    Leaf(usize),
    /// Decoration (rules, fills, repeated table headers).
    Layout,
    /// Running footer and page numbers.
    Footer,
}

/// A run of primitives with one role.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub role: Role,
    pub draws: Vec<Draw>,
}

/// A laid-out page: A4 upright, or A4 on its side (the causal diagram, which is wide).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub marks: Vec<Mark>,
    pub landscape: bool,
}

impl Page {
    /// An empty A4 page on its side.
    pub fn landscape() -> Self {
        Self { marks: Vec::new(), landscape: true }
    }

    /// Width and height in points.
    pub fn size(&self) -> (f32, f32) {
        if self.landscape { (PAGE_HEIGHT, PAGE_WIDTH) } else { (PAGE_WIDTH, PAGE_HEIGHT) }
    }

    /// Appends `draw` with `role`, continuing the last run when it has the same role.
    pub fn push(&mut self, role: Role, draw: Draw) {
        match self.marks.last_mut() {
            Some(mark) if mark.role == role => mark.draws.push(draw),
            _ => self.marks.push(Mark { role, draws: vec![draw] }),
        }
    }

    /// Opens an (empty) run for `role`, e.g. an empty table cell, so that its structure element has content.
    pub fn touch(&mut self, role: Role) {
        if self.marks.iter().all(|m| m.role != role) {
            self.marks.push(Mark { role, draws: Vec::new() });
        }
    }

    pub fn text(&mut self, role: Role, style: Style, size: f32, (x, y): (f32, f32), color: Rgb, text: &str) {
        self.push(role, Draw::Text { style, size, x, y, color, text: text.to_owned() });
    }

    pub fn line(&mut self, role: Role, (x0, y0): (f32, f32), (x1, y1): (f32, f32), width: f32, color: Rgb) {
        self.push(
            role,
            Draw::Stroke { path: vec![Segment::Move(x0, y0), Segment::Line(x1, y1)], width, color, dash: Vec::new() },
        );
    }

    /// A filled rectangle with its top-left corner at (`x`, `y`).
    pub fn rect(&mut self, role: Role, (x, y): (f32, f32), (w, h): (f32, f32), color: Rgb) {
        self.push(role, Draw::Fill { path: polygon_path(&[(x, y), (x + w, y), (x + w, y + h), (x, y + h)]), color });
    }

    pub fn polyline(&mut self, role: Role, points: &[(f32, f32)], width: f32, color: Rgb) {
        if points.len() < 2 {
            return;
        }
        let mut path = polygon_path(points);
        path.pop(); // open
        self.push(role, Draw::Stroke { path, width, color, dash: Vec::new() });
    }

    pub fn polygon(&mut self, role: Role, points: &[(f32, f32)], color: Rgb) {
        if points.len() >= 3 {
            self.push(role, Draw::Fill { path: polygon_path(points), color });
        }
    }
}

/// A closed path through `points`.
pub fn polygon_path(points: &[(f32, f32)]) -> Vec<Segment> {
    let mut path: Vec<Segment> = points
        .iter()
        .enumerate()
        .map(|(i, &(x, y))| if i == 0 { Segment::Move(x, y) } else { Segment::Line(x, y) })
        .collect();
    path.push(Segment::Close);
    path
}
