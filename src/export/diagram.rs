//! The causal diagram as a scene: the shapes the SVG export places (boxes, routed links, heads, signs, delay marks,
//! title, legend) in SVG units. The SVG text is one rendering of it ([`to_svg`]); the report's PDF draws the same
//! scene as vector graphics.

use super::palette::{self, Rgb};
use super::svg_route::{BOX_HALF_HEIGHT, BOX_HALF_WIDTH, Pt};
use super::xml::escape;
use crate::model::{Polarity, ResourceKind};
use std::fmt::Write;

const FONT: &str = "DejaVu Sans, Verdana, Arial, sans-serif";
/// The sign's circle radius.
pub const SIGN_RADIUS: f64 = 8.0;

/// A link's centre line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Curve {
    Quad(Pt, Pt, Pt),
    Cubic(Pt, Pt, Pt, Pt),
}

/// One shape of the diagram, in drawing order.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Title {
        text: String,
        at: Pt,
    },
    Subtitle {
        text: String,
        at: Pt,
    },
    /// Starts the group of links (SVG structure only).
    LinksStart,
    /// Ends the links and starts the variables (SVG structure only).
    VariablesStart,
    GroupEnd,
    Link {
        id: String,
        from: String,
        to: String,
        polarity: Polarity,
        curve: Curve,
        width: f64,
        dashed: bool,
    },
    Head {
        tip: Pt,
        p1: Pt,
        p2: Pt,
    },
    Sign {
        polarity: Polarity,
        at: Pt,
    },
    /// The ‖ mark: two strokes.
    DelayMark {
        strokes: [(Pt, Pt); 2],
    },
    /// A variable's box around `centre`, its name in `lines` at font `size` with the first baseline at `first`.
    Variable {
        id: String,
        kind: ResourceKind,
        tooltip: String,
        centre: Pt,
        size: f64,
        lines: Vec<String>,
        first: f64,
    },
    LegendStart,
    LegendEnd,
    Swatch {
        at: Pt,
        kind: ResourceKind,
        /// The kind's name as the legend shows it.
        label: &'static str,
    },
    /// A legend sample line (followed by its head).
    SampleLine {
        start: Pt,
        end: Pt,
        dashed: bool,
    },
    LegendText {
        at: Pt,
        text: String,
    },
}

/// The whole diagram: its size and shapes.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// The colour of a sign.
pub fn sign_color(polarity: Polarity) -> Rgb {
    match polarity {
        Polarity::Positive => palette::SIGN_POSITIVE,
        Polarity::Negative => palette::SIGN_NEGATIVE,
    }
}

/// A coordinate with one decimal; never "-0.0".
pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 || !r.is_finite() { 0.0 } else { r };
    format!("{r:.1}")
}

fn dash(dashed: bool) -> &'static str {
    if dashed { r#" stroke-dasharray="7 5""# } else { "" }
}

/// The SVG document of a scene.
pub fn to_svg(scene: &Scene) -> String {
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT}">"#,
        w = num(scene.width),
        h = num(scene.height)
    );
    let _ = writeln!(
        out,
        r#"<rect class="background" x="0" y="0" width="{}" height="{}" fill="{}"/>"#,
        num(scene.width),
        num(scene.height),
        palette::BACKGROUND.hex()
    );
    for shape in &scene.shapes {
        write_shape(&mut out, shape);
    }
    out.push_str("</svg>\n");
    out
}

fn write_shape(out: &mut String, shape: &Shape) {
    let link = palette::LINK.hex();
    match shape {
        Shape::Title { text, at } => {
            let _ = writeln!(
                out,
                r#"<text class="title" x="{}" y="{}" font-size="20" font-weight="bold" fill="{}">{}</text>"#,
                num(at.x),
                num(at.y),
                palette::TEXT.hex(),
                escape(text)
            );
        }
        Shape::Subtitle { text, at } => {
            let _ = writeln!(
                out,
                r#"<text class="subtitle" x="{}" y="{}" font-size="14" fill="{}">{}</text>"#,
                num(at.x),
                num(at.y),
                palette::TEXT.hex(),
                escape(text)
            );
        }
        Shape::LinksStart => out.push_str("<g class=\"links\">\n"),
        Shape::VariablesStart => out.push_str("</g>\n<g class=\"variables\">\n"),
        Shape::GroupEnd => out.push_str("</g>\n"),
        Shape::Link { id, from, to, polarity, curve, width, dashed } => {
            let d = match curve {
                Curve::Quad(p0, c, p2) => {
                    format!("M {} {} Q {} {} {} {}", num(p0.x), num(p0.y), num(c.x), num(c.y), num(p2.x), num(p2.y))
                }
                Curve::Cubic(p0, c1, c2, p3) => format!(
                    "M {} {} C {} {} {} {} {} {}",
                    num(p0.x),
                    num(p0.y),
                    num(c1.x),
                    num(c1.y),
                    num(c2.x),
                    num(c2.y),
                    num(p3.x),
                    num(p3.y)
                ),
            };
            let _ = writeln!(
                out,
                r#"<path class="link" data-id="{id}" data-from="{from}" data-to="{to}" data-polarity="{pol}" d="{d}" fill="none" stroke="{link}" stroke-width="{w}"{dash}/>"#,
                id = escape(id),
                from = escape(from),
                to = escape(to),
                pol = polarity.symbol(),
                w = num(*width),
                dash = dash(*dashed),
            );
        }
        Shape::Head { tip, p1, p2 } => {
            let _ = writeln!(
                out,
                r#"<polygon class="head" points="{},{} {},{} {},{}" fill="{link}"/>"#,
                num(tip.x),
                num(tip.y),
                num(p1.x),
                num(p1.y),
                num(p2.x),
                num(p2.y),
            );
        }
        Shape::Sign { polarity, at } => {
            let _ = writeln!(
                out,
                r#"<circle class="sign-bg" cx="{x}" cy="{y}" r="{r}" fill="{bg}" fill-opacity="0.85"/><text class="sign" x="{x}" y="{ty}" font-size="16" font-weight="bold" text-anchor="middle" fill="{c}">{s}</text>"#,
                x = num(at.x),
                y = num(at.y),
                ty = num(at.y + 5.5),
                r = num(SIGN_RADIUS),
                bg = palette::BACKGROUND.hex(),
                c = sign_color(*polarity).hex(),
                s = polarity.symbol()
            );
        }
        Shape::DelayMark { strokes } => {
            let mut d = String::new();
            for (a, b) in strokes {
                let _ = write!(d, "M {} {} L {} {} ", num(a.x), num(a.y), num(b.x), num(b.y));
            }
            let _ = writeln!(
                out,
                r#"<path class="delay" d="{}" stroke="{link}" stroke-width="2" fill="none"/>"#,
                d.trim_end()
            );
        }
        Shape::Variable { id, kind, tooltip, centre, size, lines, first } => {
            write_variable(out, (id, *kind, tooltip), *centre, *size, lines, *first);
        }
        Shape::LegendStart => {
            let _ = writeln!(out, r#"<g class="legend" font-size="13" fill="{}">"#, palette::TEXT.hex());
        }
        Shape::LegendEnd => out.push_str("</g>\n"),
        Shape::Swatch { at, kind, label } => {
            let c = palette::kind_colors(*kind);
            let _ = writeln!(
                out,
                r#"<rect class="legend-swatch" x="{}" y="{}" width="30" height="18" rx="4" fill="{}" stroke="{}" stroke-width="2"/><text x="{}" y="{}">{}</text>"#,
                num(at.x),
                num(at.y - 13.0),
                c.fill.hex(),
                c.border.hex(),
                num(at.x + 38.0),
                num(at.y),
                escape(label)
            );
        }
        Shape::SampleLine { start, end, dashed } => {
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{link}" stroke-width="2"{}/>"#,
                num(start.x),
                num(start.y),
                num(end.x),
                num(end.y),
                dash(*dashed)
            );
        }
        Shape::LegendText { at, text } => {
            let _ = writeln!(out, r#"<text x="{}" y="{}">{}</text>"#, num(at.x), num(at.y), escape(text));
        }
    }
}

fn write_variable(
    out: &mut String,
    (id, kind, tooltip): (&str, ResourceKind, &str),
    c: Pt,
    size: f64,
    lines: &[String],
    first: f64,
) {
    let colors = palette::kind_colors(kind);
    let _ = writeln!(out, r#"<g class="variable-group">"#);
    let _ = writeln!(out, "<title>{}</title>", escape(tooltip));
    let _ = writeln!(
        out,
        r#"<rect class="variable" data-id="{}" data-kind="{}" x="{}" y="{}" width="{}" height="{}" rx="10" ry="10" fill="{}" stroke="{}" stroke-width="2.5"/>"#,
        escape(id),
        palette::kind_label(kind),
        num(c.x - BOX_HALF_WIDTH),
        num(c.y - BOX_HALF_HEIGHT),
        num(2.0 * BOX_HALF_WIDTH),
        num(2.0 * BOX_HALF_HEIGHT),
        colors.fill.hex(),
        colors.border.hex()
    );
    let _ = write!(
        out,
        r#"<text class="name" x="{}" y="{}" font-size="{}" text-anchor="middle" fill="{}">"#,
        num(c.x),
        num(first),
        num(size),
        palette::TEXT.hex()
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { size * 1.2 };
        let _ = write!(out, r#"<tspan x="{}" dy="{}">{}</tspan>"#, num(c.x), num(dy), escape(line));
    }
    out.push_str("</text>\n</g>\n");
}
