//! One page's content stream: the PDF drawing operators for text, lines, rectangles and polygons.

use super::fonts::Font;
use super::writer::{num, pdf_string};
use crate::export::document::Rgb;
use std::fmt::Write as _;

pub const TEXT_COLOR: Rgb = Rgb(33, 37, 41);
pub const MUTED_COLOR: Rgb = Rgb(100, 106, 112);

/// Appends PDF drawing operators to one page's content stream.
#[derive(Default)]
pub struct Canvas {
    pub ops: String,
}

impl Canvas {
    pub fn fill_color(&mut self, c: Rgb) {
        let _ = writeln!(self.ops, "{} {} {} rg", channel(c.0), channel(c.1), channel(c.2));
    }

    pub fn stroke_color(&mut self, c: Rgb) {
        let _ = writeln!(self.ops, "{} {} {} RG", channel(c.0), channel(c.1), channel(c.2));
    }

    pub fn text(&mut self, font: Font, size: f32, x: f32, y: f32, color: Rgb, text: &str) {
        self.fill_color(color);
        let _ = writeln!(
            self.ops,
            "BT {} {} Tf 1 0 0 1 {} {} Tm {} Tj ET",
            font.resource(),
            num(size),
            num(x),
            num(y),
            pdf_string(text)
        );
    }

    pub fn line(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, width: f32, color: Rgb) {
        self.stroke_color(color);
        let _ = writeln!(self.ops, "{} w {} {} m {} {} l S", num(width), num(x0), num(y0), num(x1), num(y1));
    }

    pub fn rect_fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.fill_color(color);
        let _ = writeln!(self.ops, "{} {} {} {} re f", num(x), num(y), num(w), num(h));
    }

    /// A polyline through `points` (page coordinates).
    pub fn polyline(&mut self, points: &[(f32, f32)], width: f32, color: Rgb) {
        let Some(((x0, y0), rest)) = points.split_first() else {
            return;
        };
        self.stroke_color(color);
        let _ = write!(self.ops, "{} w 1 J 1 j {} {} m", num(width), num(*x0), num(*y0));
        for (x, y) in rest {
            let _ = write!(self.ops, " {} {} l", num(*x), num(*y));
        }
        self.ops.push_str(" S\n");
    }

    /// A filled polygon.
    pub fn polygon(&mut self, points: &[(f32, f32)], color: Rgb) {
        let Some(((x0, y0), rest)) = points.split_first() else {
            return;
        };
        self.fill_color(color);
        let _ = write!(self.ops, "{} {} m", num(*x0), num(*y0));
        for (x, y) in rest {
            let _ = write!(self.ops, " {} {} l", num(*x), num(*y));
        }
        self.ops.push_str(" h f\n");
    }
}

fn channel(v: u8) -> String {
    num(f32::from(v) / 255.0)
}
