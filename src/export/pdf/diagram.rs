//! The causal diagram in the report: the SVG export's scene ([`crate::export::diagram`]) drawn as vector graphics,
//! scaled to the content width. The legend is re-flowed into rows that fit the page (it wraps instead of running off).

use super::canvas::{Draw, Page, Role, Segment};
use super::fonts::{Fonts, Style};
use crate::export::diagram::{Curve, SIGN_RADIUS, Scene, Shape, sign_color};
use crate::export::palette;
use crate::export::svg_route::{BOX_HALF_HEIGHT, BOX_HALF_WIDTH, Pt};

/// The scene's title band (SVG units), left out in the report, which has its own headings.
pub const TITLE_BAND: f32 = 80.0;
const LEGEND_SIZE: f64 = 13.0;
const LEGEND_ROW: f64 = 36.0;
/// The legend's first row sits this far below the top of its band (as in the SVG).
const LEGEND_FIRST: f64 = 30.0;

/// Where the scene goes on the page: its top-left corner and scale (points per SVG unit).
#[derive(Clone, Copy)]
pub struct Place {
    pub left: f32,
    pub top: f32,
    pub scale: f32,
}

impl Place {
    fn pt(self, p: Pt) -> (f32, f32) {
        (self.left + p.x as f32 * self.scale, self.top + p.y as f32 * self.scale)
    }

    fn len(self, v: f64) -> f32 {
        v as f32 * self.scale
    }
}

/// The legend entries (shapes from a swatch or sample line up to its text), each with its width in SVG units.
fn legend_entries(fonts: &Fonts, scene: &Scene) -> Vec<(f64, Vec<Shape>)> {
    let mut entries = Vec::new();
    let mut current: Vec<Shape> = Vec::new();
    let mut legend = false;
    for shape in &scene.shapes {
        match shape {
            Shape::LegendStart => legend = true,
            Shape::LegendEnd => legend = false,
            Shape::Swatch { at, kind, label } if legend => {
                let w = 38.0 + f64::from(fonts.width(Style::Regular, LEGEND_SIZE as f32, label));
                entries.push((w, vec![Shape::Swatch { at: Pt::new(0.0, at.y), kind: *kind, label }]));
            }
            Shape::LegendText { at, text } if legend => {
                let x0 = current.iter().find_map(|s| match s {
                    Shape::SampleLine { start, .. } => Some(start.x),
                    _ => None,
                });
                let x0 = x0.unwrap_or(at.x);
                current.push(shape.clone());
                let w = at.x - x0 + f64::from(fonts.width(Style::Regular, LEGEND_SIZE as f32, text));
                let shifted = std::mem::take(&mut current).into_iter().map(|s| shift(&s, -x0)).collect();
                entries.push((w, shifted));
            }
            other if legend => current.push(other.clone()),
            _ => {}
        }
    }
    entries
}

fn shift(shape: &Shape, dx: f64) -> Shape {
    let m = |p: &Pt| Pt::new(p.x + dx, p.y);
    match shape {
        Shape::Head { tip, p1, p2 } => Shape::Head { tip: m(tip), p1: m(p1), p2: m(p2) },
        Shape::Sign { polarity, at } => Shape::Sign { polarity: *polarity, at: m(at) },
        Shape::DelayMark { strokes } => {
            Shape::DelayMark { strokes: [(m(&strokes[0].0), m(&strokes[0].1)), (m(&strokes[1].0), m(&strokes[1].1))] }
        }
        Shape::SampleLine { start, end, dashed } => Shape::SampleLine { start: m(start), end: m(end), dashed: *dashed },
        Shape::LegendText { at, text } => Shape::LegendText { at: m(at), text: text.clone() },
        Shape::Swatch { at, kind, label } => Shape::Swatch { at: m(at), kind: *kind, label },
        other => other.clone(),
    }
}

/// Legend rows: (dx, row) per entry for a legend `width` SVG units wide.
fn legend_rows(entries: &[(f64, Vec<Shape>)], width: f64, margin: f64) -> (Vec<(f64, usize)>, usize) {
    let mut x = margin;
    let mut row = 0;
    let mut places = Vec::new();
    for (w, _) in entries {
        if x + w > width - margin && x > margin {
            x = margin;
            row += 1;
        }
        places.push((x, row));
        x += w + 30.0;
    }
    (places, if entries.is_empty() { 0 } else { row + 1 })
}

/// The scene's height in SVG units once the legend is re-flowed into rows of its width, and its scale to fit
/// `width` × `max_height` points.
pub fn size(fonts: &Fonts, scene: &Scene, width: f32, max_height: f32) -> (f32, f32) {
    let (_, rows) = legend_rows(&legend_entries(fonts, scene), scene.width, 40.0);
    let height = legend_top(scene) + LEGEND_FIRST + rows as f64 * LEGEND_ROW;
    let scale = (width / scene.width as f32).min(max_height / height as f32);
    (scale, height as f32 * scale)
}

/// The scale that fits the scene without its title band into `width` × `max_height` points, and the height it then
/// takes (without the band).
pub fn fit(fonts: &Fonts, scene: &Scene, width: f32, max_height: f32) -> (f32, f32) {
    let (_, rows) = legend_rows(&legend_entries(fonts, scene), scene.width, 40.0);
    let height = (legend_top(scene) + LEGEND_FIRST + rows as f64 * LEGEND_ROW) as f32 - TITLE_BAND;
    let scale = (width / scene.width as f32).min(max_height / height);
    (scale, height * scale)
}

fn legend_top(scene: &Scene) -> f64 {
    scene
        .shapes
        .iter()
        .find_map(|s| match s {
            Shape::Swatch { at, .. } => Some(at.y - LEGEND_FIRST),
            _ => None,
        })
        .unwrap_or(scene.height)
}

/// Draws the scene (without its title: the report has headings) under `role`.
pub fn draw(fonts: &Fonts, page: &mut Page, role: Role, scene: &Scene, place: Place) {
    let mut legend = false;
    for shape in &scene.shapes {
        match shape {
            Shape::LegendStart => legend = true,
            Shape::LegendEnd => legend = false,
            _ if legend => {}
            s => draw_shape(fonts, page, role, s, place),
        }
    }
    let entries = legend_entries(fonts, scene);
    let (places, _) = legend_rows(&entries, scene.width, 40.0);
    let first = legend_top(scene) + LEGEND_FIRST;
    for ((_, shapes), (dx, row)) in entries.iter().zip(places) {
        for s in shapes {
            let moved = shift(s, dx);
            let dy = first + row as f64 * LEGEND_ROW;
            draw_shape(fonts, page, role, &lift(&moved, dy), place);
        }
    }
}

/// Draws the whole scene as the SVG shows it, title and subtitle included (the PNG export); the legend is
/// re-flowed as in [`draw`].
pub fn draw_titled(fonts: &Fonts, page: &mut Page, role: Role, scene: &Scene, place: Place) {
    for shape in &scene.shapes {
        let (style, size, at, text) = match shape {
            Shape::Title { text, at } => (Style::Bold, 20.0, at, text),
            Shape::Subtitle { text, at } => (Style::Regular, 14.0, at, text),
            _ => continue,
        };
        page.text(role, style, place.len(size), place.pt(*at), to_rgb(palette::TEXT), text);
    }
    draw(fonts, page, role, scene, place);
}

/// Moves a legend shape from its SVG row (any y) to the row whose baseline is at `y`.
fn lift(shape: &Shape, y: f64) -> Shape {
    let base = match shape {
        Shape::Swatch { at, .. } | Shape::LegendText { at, .. } => at.y,
        Shape::SampleLine { start, .. } => start.y + 5.0,
        Shape::Head { tip, .. } => tip.y + 5.0,
        Shape::Sign { at, .. } => at.y + 18.0,
        Shape::DelayMark { strokes } => f64::midpoint(strokes[0].0.y, strokes[0].1.y) + 5.0,
        _ => y,
    };
    let dy = y - base;
    let m = |p: &Pt| Pt::new(p.x, p.y + dy);
    match shape {
        Shape::Head { tip, p1, p2 } => Shape::Head { tip: m(tip), p1: m(p1), p2: m(p2) },
        Shape::Sign { polarity, at } => Shape::Sign { polarity: *polarity, at: m(at) },
        Shape::DelayMark { strokes } => {
            Shape::DelayMark { strokes: [(m(&strokes[0].0), m(&strokes[0].1)), (m(&strokes[1].0), m(&strokes[1].1))] }
        }
        Shape::SampleLine { start, end, dashed } => Shape::SampleLine { start: m(start), end: m(end), dashed: *dashed },
        Shape::LegendText { at, text } => Shape::LegendText { at: m(at), text: text.clone() },
        Shape::Swatch { at, kind, label } => Shape::Swatch { at: m(at), kind: *kind, label },
        other => other.clone(),
    }
}

fn to_rgb(c: palette::Rgb) -> crate::export::document::Rgb {
    crate::export::document::Rgb(c.0, c.1, c.2)
}

/// A rectangle with rounded corners (radius `r`), top-left at (`x`, `y`), in points.
fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32) -> Vec<Segment> {
    let k = 0.552_284_8 * r;
    vec![
        Segment::Move(x + r, y),
        Segment::Line(x + w - r, y),
        Segment::Cubic(x + w - r + k, y, x + w, y + r - k, x + w, y + r),
        Segment::Line(x + w, y + h - r),
        Segment::Cubic(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h),
        Segment::Line(x + r, y + h),
        Segment::Cubic(x + r - k, y + h, x, y + h - r + k, x, y + h - r),
        Segment::Line(x, y + r),
        Segment::Cubic(x, y + r - k, x + r - k, y, x + r, y),
        Segment::Close,
    ]
}

fn centred(fonts: &Fonts, page: &mut Page, role: Role, (style, size): (Style, f32), (x, y): (f32, f32), text: &str) {
    let w = fonts.width(style, size, text);
    page.text(role, style, size, (x - w / 2.0, y), to_rgb(palette::TEXT), text);
}

fn draw_shape(fonts: &Fonts, page: &mut Page, role: Role, shape: &Shape, at: Place) {
    let link = to_rgb(palette::LINK);
    match shape {
        Shape::Link { curve, width, dashed, .. } => {
            let path = match curve {
                Curve::Quad(p0, c, p2) => {
                    let c1 = Pt::new(p0.x + 2.0 / 3.0 * (c.x - p0.x), p0.y + 2.0 / 3.0 * (c.y - p0.y));
                    let c2 = Pt::new(p2.x + 2.0 / 3.0 * (c.x - p2.x), p2.y + 2.0 / 3.0 * (c.y - p2.y));
                    cubic(at, *p0, c1, c2, *p2)
                }
                Curve::Cubic(p0, c1, c2, p3) => cubic(at, *p0, *c1, *c2, *p3),
            };
            let dash = if *dashed { vec![at.len(7.0), at.len(5.0)] } else { Vec::new() };
            page.push(role, Draw::Stroke { path, width: at.len(*width), color: link, dash });
        }
        Shape::Head { tip, p1, p2 } => page.polygon(role, &[at.pt(*tip), at.pt(*p1), at.pt(*p2)], link),
        Shape::Sign { polarity, at: c } => {
            let (x, y) = at.pt(*c);
            let r = at.len(SIGN_RADIUS);
            page.push(
                role,
                Draw::Fill { path: rounded(x - r, y - r, 2.0 * r, 2.0 * r, r), color: to_rgb(palette::BACKGROUND) },
            );
            let sign = polarity.symbol();
            let (_, ty) = at.pt(Pt::new(c.x, c.y + 5.5));
            let w = fonts.width(Style::Bold, at.len(16.0), sign);
            page.text(role, Style::Bold, at.len(16.0), (x - w / 2.0, ty), to_rgb(sign_color(*polarity)), sign);
        }
        Shape::DelayMark { strokes } => {
            for (a, b) in strokes {
                page.line(role, at.pt(*a), at.pt(*b), at.len(2.0), link);
            }
        }
        Shape::Variable { kind, centre, size, lines, first, .. } => {
            let colors = palette::kind_colors(*kind);
            let (x, y) = at.pt(Pt::new(centre.x - BOX_HALF_WIDTH, centre.y - BOX_HALF_HEIGHT));
            let (w, h) = (at.len(2.0 * BOX_HALF_WIDTH), at.len(2.0 * BOX_HALF_HEIGHT));
            let path = rounded(x, y, w, h, at.len(10.0));
            page.push(role, Draw::Fill { path: path.clone(), color: to_rgb(colors.fill) });
            page.push(role, Draw::Stroke { path, width: at.len(2.5), color: to_rgb(colors.border), dash: Vec::new() });
            let (size, first, lines) = match larger_name(fonts, lines, *size) {
                Some((size, lines)) => {
                    (size, centre.y - size * 1.2 * (lines.len() as f64 - 1.0) / 2.0 + 0.35 * size, lines)
                }
                None => (*size, *first, lines.clone()),
            };
            for (i, line) in lines.iter().enumerate() {
                let p = at.pt(Pt::new(centre.x, first + i as f64 * size * 1.2));
                centred(fonts, page, role, (Style::Regular, at.len(size)), p, line);
            }
        }
        Shape::Swatch { at: p, kind, label } => {
            let colors = palette::kind_colors(*kind);
            let (x, y) = at.pt(Pt::new(p.x, p.y - 13.0));
            let path = rounded(x, y, at.len(30.0), at.len(18.0), at.len(4.0));
            page.push(role, Draw::Fill { path: path.clone(), color: to_rgb(colors.fill) });
            page.push(role, Draw::Stroke { path, width: at.len(2.0), color: to_rgb(colors.border), dash: Vec::new() });
            page.text(
                role,
                Style::Regular,
                at.len(LEGEND_SIZE),
                at.pt(Pt::new(p.x + 38.0, p.y)),
                to_rgb(palette::TEXT),
                label,
            );
        }
        Shape::SampleLine { start, end, dashed } => {
            let dash = if *dashed { vec![at.len(7.0), at.len(5.0)] } else { Vec::new() };
            let path =
                vec![Segment::Move(at.pt(*start).0, at.pt(*start).1), Segment::Line(at.pt(*end).0, at.pt(*end).1)];
            page.push(role, Draw::Stroke { path, width: at.len(2.0), color: link, dash });
        }
        Shape::LegendText { at: p, text } => {
            page.text(role, Style::Regular, at.len(LEGEND_SIZE), at.pt(*p), to_rgb(palette::TEXT), text);
        }
        Shape::Title { .. }
        | Shape::Subtitle { .. }
        | Shape::LinksStart
        | Shape::VariablesStart
        | Shape::GroupEnd
        | Shape::LegendStart
        | Shape::LegendEnd => {}
    }
}

/// The name in a box at the largest size up to [`NAME_SIZE_MAX`] at which it still fits the box when wrapped with the
/// shipped font's real widths (the scene sizes names for the SVG's wider fallback fonts, which leaves room); `None`
/// when no size above the scene's fits or the name was shortened.
fn larger_name(fonts: &Fonts, lines: &[String], size: f64) -> Option<(f64, Vec<String>)> {
    if lines.last().is_some_and(|l| l.ends_with('…')) {
        return None;
    }
    let name = lines.join(" ");
    let (width, height) = (2.0 * BOX_HALF_WIDTH - 14.0, 2.0 * BOX_HALF_HEIGHT - 8.0);
    let mut candidate = NAME_SIZE_MAX;
    while candidate > size {
        let lines = fonts.wrap(Style::Regular, candidate as f32, &name, width as f32);
        let widest = lines.iter().map(|l| fonts.width(Style::Regular, candidate as f32, l)).fold(0.0, f32::max);
        if f64::from(widest) <= width && lines.len() as f64 * candidate * 1.2 <= height {
            return Some((candidate, lines));
        }
        candidate -= 0.5;
    }
    None
}

/// The largest size (SVG units) of a name in a box.
const NAME_SIZE_MAX: f64 = 18.0;

fn cubic(at: Place, p0: Pt, c1: Pt, c2: Pt, p3: Pt) -> Vec<Segment> {
    let (x0, y0) = at.pt(p0);
    let (x1, y1) = at.pt(c1);
    let (x2, y2) = at.pt(c2);
    let (x3, y3) = at.pt(p3);
    vec![Segment::Move(x0, y0), Segment::Cubic(x1, y1, x2, y2, x3, y3)]
}
