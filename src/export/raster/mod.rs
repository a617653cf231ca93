//! Pictures (PNG) of the report's drawings: the causal diagram for slides (`export-png`), and the charts and the
//! diagram as pictures in the Word document. Each is drawn by the PDF's own drawing code into a drawing list, which
//! tiny-skia fills into pixels ([`paint`]), so a picture looks like the PDF page and the SVG (same scene, same
//! fonts, same colours). Pure and deterministic.

mod paint;

use crate::export::diagram::Scene;
use crate::export::document::{Block, Rgb};
use crate::export::error::ExportError;
use crate::export::palette;
use crate::export::pdf::canvas::{PAGE_HEIGHT, Page, Role};
use crate::export::pdf::charts::{self, Area, UpCanvas};
use crate::export::pdf::diagram::{self, Place};
use crate::export::pdf::fonts::Fonts;
use crate::export::pdf::layout::CONTENT_WIDTH;
use crate::text::{Language, picture_words};
use paint::Painter;
use tiny_skia::Transform;

/// The diagram picture's width when none is asked for (a full-HD slide).
pub const DEFAULT_WIDTH: u32 = 1920;
/// The narrowest and widest diagram picture, in pixels.
pub const MIN_WIDTH: u32 = 200;
pub const MAX_WIDTH: u32 = 16_000;
/// The most pixels a picture may have (a tall diagram at a large width): 4 bytes each in memory.
pub const MAX_PIXELS: u64 = 100_000_000;
/// Pixels per point of the pictures in the Word document (about 180 dpi).
const FIGURE_SCALE: f32 = 2.5;
const WHITE: Rgb = Rgb(255, 255, 255);
/// The room for the diagram on a page on its side in the Word document (A4 less 2 cm margins, a caption line), in
/// points.
const LANDSCAPE_TEXT: (f32, f32) = (728.5, 440.0);

/// A PNG picture and its size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

fn to_rgb(c: palette::Rgb) -> Rgb {
    Rgb(c.0, c.1, c.2)
}

/// Fills `page` (points, y down; the picture shows `0..width` × `0..height`) into a PNG at `scale` pixels per point.
fn picture(
    fonts: &Fonts,
    page: &Page,
    (width, height): (f32, f32),
    scale: f32,
    background: Rgb,
) -> Result<Picture, ExportError> {
    let error = |detail: String| ExportError::Render { format: "PNG", detail };
    let width_px = (width * scale).round().max(1.0) as u64;
    let height_px = (height * scale).ceil().max(1.0) as u64;
    if width_px.saturating_mul(height_px) > MAX_PIXELS {
        return Err(error(picture_words::picture_too_large(width_px, height_px, MAX_PIXELS)));
    }
    let size = (width_px as u32, height_px as u32);
    let mut painter = Painter::new(fonts, size, background, Transform::from_scale(scale, scale))
        .ok_or_else(|| error(picture_words::picture_too_large(width_px, height_px, MAX_PIXELS)))?;
    painter.page(page);
    let png = painter.png().map_err(|e| error(picture_words::picture_not_encoded(&e)))?;
    Ok(Picture { png, width_px: size.0, height_px: size.1 })
}

/// The causal diagram as a PNG `width_px` pixels wide: the SVG export's scene with its title, boxes, links and
/// legend (re-flowed into rows that fit, as in the report).
pub fn diagram_png(scene: &Scene, width_px: u32) -> Result<Picture, ExportError> {
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&width_px) {
        let detail = picture_words::picture_width_out_of_range(width_px, MIN_WIDTH, MAX_WIDTH);
        return Err(ExportError::Render { format: "PNG", detail });
    }
    let fonts = Fonts::shared();
    let width = scene.width as f32;
    // At one point per SVG unit; the height includes the re-flowed legend.
    let (_, height) = diagram::size(fonts, scene, width, f32::INFINITY);
    let mut page = Page::default();
    diagram::draw_titled(fonts, &mut page, Role::Layout, scene, Place { left: 0.0, top: 0.0, scale: 1.0 });
    picture(fonts, &page, (width, height), width_px as f32 / width, to_rgb(palette::BACKGROUND))
}

/// Pixels per diagram unit below which the names in the boxes (9–13 units high) are smaller than about 5 pixels.
pub const READABLE_SCALE: f64 = 0.5;

/// Whether the names in the diagram's boxes can be read in a picture `width_px` wide; when not, a width at which
/// they can (one pixel per unit), or `None` when that is wider or larger than a picture may be.
pub fn diagram_readability(scene: &Scene, width_px: u32) -> Result<(), Option<u32>> {
    if f64::from(width_px) >= scene.width * READABLE_SCALE {
        return Ok(());
    }
    let readable = scene.width.ceil().max(f64::from(MIN_WIDTH));
    let pixels = readable * scene.height.max(1.0);
    let fits = readable <= f64::from(MAX_WIDTH) && pixels <= MAX_PIXELS as f64;
    Err(fits.then_some(readable as u32))
}

/// A chart or the diagram of the report as a picture the width of a page's text (for the Word document), with its
/// size in points; `None` for blocks that are not figures.
pub fn figure_png(
    fonts: &Fonts,
    block: &Block,
    language: Language,
) -> Option<Result<(Picture, f32, f32), ExportError>> {
    let width = CONTENT_WIDTH;
    let mut page = Page::default();
    let chart_area = |h: f32| Area { x: 0.0, y: PAGE_HEIGHT - h, w: width, h };
    let (height, background) = match block {
        Block::LineChart(chart) => {
            let h = charts::height(fonts, &chart.series, width);
            charts::line_chart(
                &mut UpCanvas { page: &mut page, role: Role::Layout, fonts, language },
                chart,
                chart_area(h),
            );
            (h, WHITE)
        }
        Block::BarChart(chart) => {
            let h = charts::height(fonts, &chart.series, width);
            charts::bar_chart(
                &mut UpCanvas { page: &mut page, role: Role::Layout, fonts, language },
                chart,
                chart_area(h),
            );
            (h, WHITE)
        }
        Block::Diagram(scene) => {
            // As in the report: without the title band, at most the text width and height of a page on its side.
            let (width, height) = LANDSCAPE_TEXT;
            let (scale, h) = diagram::fit(fonts, scene, width, height);
            let top = -diagram::TITLE_BAND * scale;
            diagram::draw(fonts, &mut page, Role::Layout, scene, Place { left: 0.0, top, scale });
            let w = scene.width as f32 * scale;
            return Some(picture(fonts, &page, (w, h), FIGURE_SCALE, to_rgb(palette::BACKGROUND)).map(|p| (p, w, h)));
        }
        _ => return None,
    };
    Some(picture(fonts, &page, (width, height), FIGURE_SCALE, background).map(|p| (p, width, height)))
}

#[cfg(test)]
mod tests;
