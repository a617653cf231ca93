//! Fills a page's drawing list (see `pdf::canvas`) into a pixmap with tiny-skia: paths as they are, text as the
//! shipped fonts' glyph outlines (the same faces, glyphs and advances as the PDF, so a picture looks like the page).

use crate::export::document::Rgb;
use crate::export::pdf::canvas::{Draw, Page, Segment};
use crate::export::pdf::fonts::{Fonts, Style};
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlineGlyphCollection, OutlinePen};
use tiny_skia::{Color, FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Stroke, StrokeDash, Transform};

/// A dash pattern shorter than this many pixels in all is painted as a solid line: its dashes could not be told
/// apart, and dashing a long path at that scale cuts it into more pieces than it has pixels (a diagram of 10 000
/// variables took minutes).
const MIN_DASH_PERIOD_PX: f32 = 2.0;

/// The dash pattern to paint `dash` (points) with at `px_per_point`: none for a solid line, and none when the whole
/// pattern is shorter than [`MIN_DASH_PERIOD_PX`].
pub(super) fn stroke_dash(dash: &[f32], px_per_point: f32) -> Option<StrokeDash> {
    let period_px = dash.iter().sum::<f32>() * px_per_point;
    if dash.is_empty() || period_px < MIN_DASH_PERIOD_PX {
        return None;
    }
    StrokeDash::new(dash.to_vec(), 0.0)
}

/// Paints drawing lists onto one pixmap.
pub struct Painter<'a> {
    fonts: &'a Fonts,
    outlines: Vec<Option<OutlineGlyphCollection<'static>>>,
    pixmap: Pixmap,
    /// Page coordinates (points, y down) → pixels.
    transform: Transform,
}

fn paint(c: Rgb) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.0, c.1, c.2, 255);
    p.anti_alias = true;
    p
}

fn path(segments: &[Segment]) -> Option<tiny_skia::Path> {
    let mut pb = PathBuilder::new();
    for s in segments {
        match *s {
            Segment::Move(x, y) => pb.move_to(x, y),
            Segment::Line(x, y) => pb.line_to(x, y),
            Segment::Cubic(x1, y1, x2, y2, x, y) => pb.cubic_to(x1, y1, x2, y2, x, y),
            Segment::Close => pb.close(),
        }
    }
    pb.finish()
}

/// A glyph outline in page coordinates: the font's y-up outline at `size`, moved to the pen position.
struct GlyphPen<'p> {
    builder: &'p mut PathBuilder,
    x: f32,
    y: f32,
}

impl OutlinePen for GlyphPen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder.move_to(self.x + x, self.y - y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.builder.line_to(self.x + x, self.y - y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.builder.quad_to(self.x + cx0, self.y - cy0, self.x + x, self.y - y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.builder.cubic_to(self.x + cx0, self.y - cy0, self.x + cx1, self.y - cy1, self.x + x, self.y - y);
    }

    fn close(&mut self) {
        self.builder.close();
    }
}

impl<'a> Painter<'a> {
    /// A pixmap of `width` × `height` pixels filled with `background`; `transform` maps page points to pixels.
    /// `None` when the size is zero or too large for memory.
    pub fn new(fonts: &'a Fonts, (width, height): (u32, u32), background: Rgb, transform: Transform) -> Option<Self> {
        let mut pixmap = Pixmap::new(width, height)?;
        pixmap.fill(Color::from_rgba8(background.0, background.1, background.2, 255));
        let outlines = (0..crate::export::pdf::fonts::FACE_DATA.len())
            .map(|i| fonts.face(crate::export::pdf::fonts::Face(i)).map(MetadataProvider::outline_glyphs))
            .collect();
        Some(Self { fonts, outlines, pixmap, transform })
    }

    /// Paints every drawing of `page`, in order.
    pub fn page(&mut self, page: &Page) {
        for mark in &page.marks {
            for draw in &mark.draws {
                self.draw(draw);
            }
        }
    }

    fn draw(&mut self, draw: &Draw) {
        match draw {
            Draw::Fill { path: p, color } => {
                if let Some(p) = path(p) {
                    self.pixmap.fill_path(&p, &paint(*color), FillRule::Winding, self.transform, None);
                }
            }
            Draw::Stroke { path: p, width, color, dash } => {
                if let Some(p) = path(p) {
                    let px_per_point = self.transform.sx.abs().max(self.transform.sy.abs());
                    let stroke = Stroke {
                        width: *width,
                        line_cap: LineCap::Round,
                        line_join: LineJoin::Round,
                        dash: stroke_dash(dash, px_per_point),
                        ..Stroke::default()
                    };
                    self.pixmap.stroke_path(&p, &paint(*color), &stroke, self.transform, None);
                }
            }
            Draw::Text { style, size, x, y, color, text } => self.text((*style, *size), (*x, *y), *color, text),
        }
    }

    /// One line of text: each character's glyph from the face the PDF uses for it ('?' when no face has it).
    fn text(&mut self, (style, size): (Style, f32), (x, y): (f32, f32), color: Rgb, text: &str) {
        let mut builder = PathBuilder::new();
        let mut pen_x = x;
        for c in text.chars() {
            let Some(placed) = self.fonts.place(style, c).or_else(|| self.fonts.replacement(style)) else {
                continue;
            };
            let glyph = self
                .outlines
                .get(placed.face.0)
                .and_then(Option::as_ref)
                .and_then(|o| o.get(skrifa::GlyphId::new(placed.glyph)));
            if let Some(glyph) = glyph {
                let mut pen = GlyphPen { builder: &mut builder, x: pen_x, y };
                // A glyph that cannot be drawn (a broken outline) is left blank; the shipped fonts are tested.
                let _ = glyph.draw(DrawSettings::unhinted(Size::new(size), LocationRef::default()), &mut pen);
            }
            pen_x += placed.advance * size;
        }
        if let Some(p) = builder.finish() {
            self.pixmap.fill_path(&p, &paint(color), FillRule::Winding, self.transform, None);
        }
    }

    /// The painted pixels (premultiplied RGBA, row by row).
    #[cfg(test)]
    pub fn pixels(&self) -> &[u8] {
        self.pixmap.data()
    }

    /// The pixmap as PNG bytes: RGB without alpha (every picture is painted on an opaque background, so its
    /// premultiplied pixels are its colours) and fast compression (the default's was most of a Word export's time).
    pub fn png(&self) -> Result<Vec<u8>, String> {
        let rgb: Vec<u8> = self.pixmap.data().chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, self.pixmap.width(), self.pixmap.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}
