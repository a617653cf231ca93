//! The causal diagram as SVG: a pure function of the project, byte-for-byte deterministic.
//!
//! Boxes are coloured by resource kind (see [`super::palette`]); links are curved arrows with their sign at the
//! head, thicker for stronger links, dashed when confidence is low and crossed by ‖ when the delay is at least
//! [`DELAY_MARK_MIN_MONTHS`]. Two opposite links between one pair are drawn as two distinct curves.
//! Every variable box is a `<rect class="variable" data-id="…">`, every link a `<path class="link" data-id="…">`.

use super::diagram::{Curve, SIGN_RADIUS, Scene, Shape};
use super::svg_route::{self, BOX_HALF_HEIGHT, BOX_HALF_WIDTH, Nearby, Pt, Quad, Rect, Route};
use crate::model::{Confidence, Link, Polarity, Project, ResourceKind, VariableId};
use crate::text::Language;
use crate::text::report_words::{self, LinkLegend, Word, link_legend, word};
use std::collections::{BTreeMap, BTreeSet};

/// Links with at least this delay get the ‖ mark (gemiddeld = 6 and traag = 24 months; snel = 1 month does not).
pub const DELAY_MARK_MIN_MONTHS: f64 = 6.0;

const MARGIN: f64 = 40.0;
const TITLE_HEIGHT: f64 = 56.0;
const LEGEND_HEIGHT: f64 = 100.0;
const HEAD_LENGTH: f64 = 12.0;
/// Rounds of re-routing every link against all the others after the first, greedy round.
const IMPROVEMENT_PASSES: usize = 2;
/// The most links that are routed around boxes and crossings (see `layout_links`); more get fixed bends.
const ROUTED_LINKS_MAX: usize = 400;
const HEAD_HALF_WIDTH: f64 = 5.5;
/// The sign's distance from the link's centre line.
const SIGN_OFFSET: f64 = 13.0;

/// The SVG document of the project's causal diagram.
pub fn causal_diagram_svg(project: &Project) -> String {
    super::diagram::to_svg(&causal_diagram(project))
}

/// The project's causal diagram as a scene (SVG units), in Dutch: see [`causal_diagram_in`].
pub fn causal_diagram(project: &Project) -> Scene {
    causal_diagram_in(project, Language::Nl)
}

/// The project's causal diagram as a scene (SVG units): boxes at their canvas positions, routed links, legend; the
/// title, the legend and the built-in model's names in `lang`.
pub fn causal_diagram_in(project: &Project, lang: Language) -> Scene {
    let centres = centres(project);
    let (min, max) = bounds(&centres);
    let width = (max.x - min.x) + 2.0 * MARGIN;
    let width = width.max(860.0);
    let height = (max.y - min.y) + 2.0 * MARGIN + TITLE_HEIGHT + LEGEND_HEIGHT;
    // Canvas → SVG: shift so that the top-left box corner sits at (MARGIN, MARGIN + TITLE_HEIGHT).
    let offset = Pt::new(MARGIN - min.x, MARGIN + TITLE_HEIGHT - min.y);
    let svg_from_canvas = |p: Pt| Pt::new(p.x + offset.x, p.y + offset.y);
    let placed: BTreeMap<&VariableId, Pt> = centres.iter().map(|(id, p)| (*id, svg_from_canvas(*p))).collect();

    let mut out = Vec::new();
    write_title(&mut out, project, lang);
    out.push(Shape::LinksStart);
    write_links(&mut out, project, &placed);
    out.push(Shape::VariablesStart);
    for variable in sorted_variables(project) {
        if let Some(&c) = placed.get(&variable.id) {
            write_box(&mut out, variable, c, lang);
        }
    }
    out.push(Shape::GroupEnd);
    write_legend(&mut out, height - LEGEND_HEIGHT, lang);
    Scene { width, height, shapes: out }
}

fn sorted_variables(project: &Project) -> Vec<&crate::model::Variable> {
    let mut vars: Vec<_> = project.variables.iter().collect();
    vars.sort_by(|a, b| a.id.cmp(&b.id));
    vars
}

/// Box centres in canvas units. Variables without a saved position go in a row below the others.
pub(super) fn centres(project: &Project) -> BTreeMap<&VariableId, Pt> {
    let mut centres = BTreeMap::new();
    let mut missing = Vec::new();
    for v in sorted_variables(project) {
        match project.layout.positions.get(&v.id) {
            Some(p) if p.x.is_finite() && p.y.is_finite() => {
                centres.insert(&v.id, Pt::new(f64::from(p.x), f64::from(p.y)));
            }
            _ => missing.push(&v.id),
        }
    }
    let (min, max) = bounds(&centres);
    let row_y = if centres.is_empty() { 0.0 } else { max.y + 2.0 * BOX_HALF_HEIGHT + 64.0 };
    for (i, id) in missing.into_iter().enumerate() {
        centres.insert(id, Pt::new(min.x + BOX_HALF_WIDTH + i as f64 * (2.0 * BOX_HALF_WIDTH + 40.0), row_y));
    }
    centres
}

/// Extent of all boxes (corners), or a single box's extent for an empty model.
fn bounds(centres: &BTreeMap<&VariableId, Pt>) -> (Pt, Pt) {
    if centres.is_empty() {
        return (Pt::new(-BOX_HALF_WIDTH, -BOX_HALF_HEIGHT), Pt::new(BOX_HALF_WIDTH, BOX_HALF_HEIGHT));
    }
    let mut min = Pt::new(f64::INFINITY, f64::INFINITY);
    let mut max = Pt::new(f64::NEG_INFINITY, f64::NEG_INFINITY);
    for p in centres.values() {
        min = Pt::new(min.x.min(p.x - BOX_HALF_WIDTH), min.y.min(p.y - BOX_HALF_HEIGHT));
        max = Pt::new(max.x.max(p.x + BOX_HALF_WIDTH), max.y.max(p.y + BOX_HALF_HEIGHT));
    }
    (min, max)
}

fn write_title(out: &mut Vec<Shape>, project: &Project, lang: Language) {
    let title =
        if project.meta.title.trim().is_empty() { word(lang, Word::CausalModel) } else { project.meta.title.trim() };
    out.push(Shape::Title { text: title.to_owned(), at: Pt::new(MARGIN, MARGIN) });
    if !project.meta.gemeente.trim().is_empty() {
        let text = report_words::gemeente_line(lang, project.meta.gemeente.trim());
        out.push(Shape::Subtitle { text, at: Pt::new(MARGIN, MARGIN + 22.0) });
    }
}

fn write_links(out: &mut Vec<Shape>, project: &Project, placed: &BTreeMap<&VariableId, Pt>) {
    let mut links: Vec<(&Link, Pt, Pt)> =
        project.links.iter().filter_map(|l| Some((l, *placed.get(&l.from)?, *placed.get(&l.to)?))).collect();
    links.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let pairs: BTreeSet<(&VariableId, &VariableId)> = links.iter().map(|(l, _, _)| (&l.from, &l.to)).collect();
    // Long links have the fewest good routes: route them first, the short ones fit around them.
    let mut order: Vec<usize> = (0..links.len()).collect();
    order.sort_by(|&i, &j| {
        let len = |k: usize| Pt::new(links[k].2.x - links[k].1.x, links[k].2.y - links[k].1.y).len();
        len(j).total_cmp(&len(i)).then(i.cmp(&j))
    });
    let mut routes: Vec<Option<Route>> = vec![None; links.len()];
    let mut lines: Vec<Option<Vec<Pt>>> = vec![None; links.len()];
    // Above this many links the search below (quadratic in the links) is replaced by fixed bends: a gentle curve,
    // and for a pair in both directions the first pair bend, so that the two stay apart. Linear in the links.
    if links.len() > ROUTED_LINKS_MAX {
        for (i, &(link, a, b)) in links.iter().enumerate() {
            let has_opposite = pairs.contains(&(&link.to, &link.from));
            let r = svg_route::fixed_route(a, b, has_opposite);
            lines[i] = Some(r.curve.polyline(r.t0, r.t1, svg_route::ROUTE_SEGMENTS));
            routes[i] = Some(r);
        }
    }
    // First pass: each link sees the links routed before it. Then each link is routed again seeing all others.
    let passes = if links.len() > ROUTED_LINKS_MAX { 0 } else { IMPROVEMENT_PASSES + 1 };
    for _ in 0..passes {
        for &i in &order {
            let (link, a, b) = links[i];
            if link.from == link.to {
                continue;
            }
            let obstacles: Vec<Rect> = placed
                .iter()
                .filter(|(id, _)| **id != &link.from && **id != &link.to)
                .map(|(_, p)| Rect::variable_box(*p))
                .collect();
            let others: Vec<Vec<Pt>> =
                lines.iter().enumerate().filter(|(j, _)| *j != i).filter_map(|(_, l)| l.clone()).collect();
            let has_opposite = pairs.contains(&(&link.to, &link.from));
            let r = svg_route::route(a, b, has_opposite, &obstacles, &others);
            lines[i] = Some(r.curve.polyline(r.t0, r.t1, svg_route::ROUTE_SEGMENTS));
            routes[i] = Some(r);
        }
    }
    let boxes: Vec<Rect> = placed.values().map(|p| Rect::variable_box(*p)).collect();
    let mut near = Nearby::new(&boxes);
    for ((link, a, _), route) in links.iter().zip(&routes) {
        match route {
            Some(r) => write_link(out, link, r, &mut near),
            None => write_self_loop(out, link, *a),
        }
    }
}

fn stroke_width(link: &Link) -> f64 {
    1.0 + 2.0 * link.strength.gain().clamp(0.0, 1.5)
}

fn dashed(link: &Link) -> bool {
    link.confidence == Confidence::Low
}

fn link_shape(link: &Link, curve: Curve) -> Shape {
    Shape::Link {
        id: link.id.as_str().to_owned(),
        from: link.from.as_str().to_owned(),
        to: link.to.as_str().to_owned(),
        polarity: link.polarity,
        curve,
        width: stroke_width(link),
        dashed: dashed(link),
    }
}

fn write_link(out: &mut Vec<Shape>, link: &Link, r: &Route, near: &mut Nearby) {
    let width = stroke_width(link);
    let head_length = HEAD_LENGTH + width;
    let tip = r.curve.at(r.t1);
    // The stroke stops inside the arrowhead so a thick line does not poke through its tip.
    let t_stroke_end = r.curve.back_from(r.t1, head_length * 0.7, r.t0);
    let visible = r.curve.sub_curve(r.t0, t_stroke_end);
    out.push(link_shape(link, Curve::Quad(visible.p0, visible.c, visible.p2)));
    let t_base = r.curve.back_from(r.t1, head_length, r.t0);
    let dir = tip_direction(r.curve, t_base, r.t1);
    write_head(out, tip, dir, HEAD_HALF_WIDTH + 0.5 * width, head_length);
    let sign_at = sign_position(r, head_length, near);
    near.add_point(sign_at);
    write_sign(out, link.polarity, sign_at);
    if link.delay.months() >= DELAY_MARK_MIN_MONTHS {
        let t_mid = 0.5 * (r.t0 + r.t1);
        write_delay_mark(out, r.curve.at(t_mid), r.curve.tangent(t_mid));
    }
}

/// Where the sign goes: beside the head, on the outer side of the bend if there is room, else further back or on
/// the other side; never on a box and not on another sign when avoidable.
fn sign_position(r: &Route, head_length: f64, near: &Nearby) -> Pt {
    let side = if r.bend < 0.0 { -1.0 } else { 1.0 };
    let mut first = None;
    for back in [9.0, 20.0, 32.0, 46.0] {
        let t = r.curve.back_from(r.t1, head_length + back, r.t0);
        let base = r.curve.at(t);
        let n = r.curve.tangent(t).left();
        for s in [side, -side] {
            let at = Pt::new(base.x + n.x * SIGN_OFFSET * s, base.y + n.y * SIGN_OFFSET * s);
            let free = !near.in_box(at, SIGN_RADIUS + 2.0) && !near.point_within(at, 2.0 * SIGN_RADIUS + 2.0);
            if free {
                return at;
            }
            first.get_or_insert(at);
        }
    }
    first.unwrap_or_else(|| r.curve.at(r.t1))
}

/// Direction at the tip, from the head's base to the tip (robust for short links).
fn tip_direction(curve: Quad, t_base: f64, t_tip: f64) -> Pt {
    let base = curve.at(t_base);
    let tip = curve.at(t_tip);
    let d = Pt::new(tip.x - base.x, tip.y - base.y);
    if d.len() > 1e-6 { d.unit() } else { curve.tangent(t_tip) }
}

fn write_head(out: &mut Vec<Shape>, tip: Pt, dir: Pt, half_width: f64, length: f64) {
    let n = dir.left();
    let base = Pt::new(tip.x - dir.x * length, tip.y - dir.y * length);
    let p1 = Pt::new(base.x + n.x * half_width, base.y + n.y * half_width);
    let p2 = Pt::new(base.x - n.x * half_width, base.y - n.y * half_width);
    out.push(Shape::Head { tip, p1, p2 });
}

fn write_sign(out: &mut Vec<Shape>, polarity: Polarity, at: Pt) {
    out.push(Shape::Sign { polarity, at });
}

fn write_delay_mark(out: &mut Vec<Shape>, at: Pt, along: Pt) {
    let n = along.left();
    let stroke = |shift: f64| {
        let c = Pt::new(at.x + along.x * shift, at.y + along.y * shift);
        (Pt::new(c.x + n.x * 8.0, c.y + n.y * 8.0), Pt::new(c.x - n.x * 8.0, c.y - n.y * 8.0))
    };
    out.push(Shape::DelayMark { strokes: [stroke(-2.5), stroke(2.5)] });
}

fn write_self_loop(out: &mut Vec<Shape>, link: &Link, c: Pt) {
    let top = c.y - BOX_HALF_HEIGHT;
    let start = Pt::new(c.x - 24.0, top);
    let tip = Pt::new(c.x + 24.0, top - 1.0);
    let curve = Curve::Cubic(
        start,
        Pt::new(c.x - 60.0, top - 64.0),
        Pt::new(c.x + 60.0, top - 64.0),
        Pt::new(tip.x, tip.y - 8.0),
    );
    out.push(link_shape(link, curve));
    write_head(out, tip, Pt::new(-0.35, 1.0).unit(), HEAD_HALF_WIDTH, HEAD_LENGTH);
    write_sign(out, link.polarity, Pt::new(c.x + 50.0, top - 30.0));
}

fn write_box(out: &mut Vec<Shape>, variable: &crate::model::Variable, c: Pt, lang: Language) {
    let name = crate::text::model_names::variable_name(&variable.id, &variable.name, lang);
    let (size, lines) = fit_name(name);
    let tooltip = if variable.description.is_empty() {
        name.to_owned()
    } else {
        let description =
            crate::text::model_descriptions::variable_description(&variable.id, &variable.description, lang);
        format!("{name}: {description}")
    };
    let line_height = size * 1.2;
    // Centre the block of lines vertically; a line's baseline sits ~0.35 em below its centre.
    let first = c.y - line_height * (lines.len() as f64 - 1.0) / 2.0 + 0.35 * size;
    out.push(Shape::Variable {
        id: variable.id.as_str().to_owned(),
        kind: variable.kind,
        tooltip,
        centre: c,
        size,
        lines,
        first,
    });
}

/// Average glyph width as a share of the font size (DejaVu Sans / Verdana are wide).
const CHAR_WIDTH_EM: f64 = 0.55;
const TEXT_WIDTH: f64 = 2.0 * BOX_HALF_WIDTH - 12.0;
const TEXT_HEIGHT: f64 = 2.0 * BOX_HALF_HEIGHT - 6.0;

/// The largest font size (13 down to 9) at which the wrapped name fits the box; at 9 the last line is cut with "…".
fn fit_name(name: &str) -> (f64, Vec<String>) {
    let name = if name.trim().is_empty() { "?" } else { name.trim() };
    for size in [13.0, 12.0, 11.0, 10.0, 9.0] {
        let max_chars = (TEXT_WIDTH / (size * CHAR_WIDTH_EM)).floor() as usize;
        let max_lines = (TEXT_HEIGHT / (size * 1.2)).floor() as usize;
        let lines = wrap(name, max_chars);
        if lines.len() <= max_lines && lines.iter().all(|l| l.chars().count() <= max_chars) {
            return (size, lines);
        }
        if size <= 9.0 {
            let mut lines: Vec<String> = lines.into_iter().take(max_lines.max(1)).collect();
            if let Some(last) = lines.last_mut() {
                let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
                *last = format!("{kept}…");
            }
            return (size, lines);
        }
    }
    (9.0, vec![name.to_owned()])
}

/// Greedy word wrap at `max_chars` characters; a word longer than a line stays whole.
fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed = current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if !current.is_empty() && needed > max_chars {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn write_legend(out: &mut Vec<Shape>, top: f64, lang: Language) {
    let y = top + 30.0;
    out.push(Shape::LegendStart);
    let mut x = MARGIN;
    for kind in ResourceKind::ALL {
        out.push(Shape::Swatch { at: Pt::new(x, y), kind, label: report_words::kind(lang, kind) });
        x += 175.0;
    }
    let y2 = y + 36.0;
    // (dashed, delayed, sign, label)
    let samples: [(bool, bool, Option<Polarity>, &str); 4] = [
        (false, false, Some(Polarity::Positive), link_legend(lang, LinkLegend::Reinforcing)),
        (false, false, Some(Polarity::Negative), link_legend(lang, LinkLegend::Weakening)),
        (true, false, None, link_legend(lang, LinkLegend::Derived)),
        (false, true, None, link_legend(lang, LinkLegend::Delayed)),
    ];
    let mut x = MARGIN;
    for (dashed, delayed, sign, label) in samples {
        let start = Pt::new(x, y2 - 5.0);
        let tip = Pt::new(x + 56.0, y2 - 5.0);
        out.push(Shape::SampleLine { start, end: Pt::new(tip.x - HEAD_LENGTH, tip.y), dashed });
        write_head(out, tip, Pt::new(1.0, 0.0), HEAD_HALF_WIDTH + 1.0, HEAD_LENGTH + 2.0);
        if let Some(polarity) = sign {
            write_sign(out, polarity, Pt::new(tip.x - 8.0, tip.y - 13.0));
        }
        if delayed {
            write_delay_mark(out, Pt::new(x + 24.0, y2 - 5.0), Pt::new(1.0, 0.0));
        }
        out.push(Shape::LegendText { at: Pt::new(x + 66.0, y2), text: label.to_owned() });
        x += 66.0 + 8.0 * label.chars().count() as f64 + 30.0;
    }
    out.push(Shape::LegendText { at: Pt::new(x, y2), text: link_legend(lang, LinkLegend::Thicker).to_owned() });
    out.push(Shape::LegendEnd);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::diagram::num;
    use crate::model::{Link, LinkId, Position, Variable};

    fn two_boxes(opposite: bool) -> Project {
        let mut p = Project::default();
        p.variables.push(Variable::new("a".into(), "A & <b>", ResourceKind::Individual));
        p.variables.push(Variable::new("b".into(), "B", ResourceKind::Societal));
        p.layout.positions.insert("a".into(), Position::new(0.0, 0.0));
        p.layout.positions.insert("b".into(), Position::new(400.0, 0.0));
        p.links.push(Link::new(LinkId::new("a__b"), "a".into(), "b".into(), Polarity::Positive));
        if opposite {
            p.links.push(Link::new(LinkId::new("b__a"), "b".into(), "a".into(), Polarity::Negative));
        }
        p
    }

    #[test]
    fn escapes_names() {
        let svg = causal_diagram_svg(&two_boxes(false));
        assert!(svg.contains("A &amp; &lt;b&gt;"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn deterministic() {
        let p = two_boxes(true);
        assert_eq!(causal_diagram_svg(&p), causal_diagram_svg(&p));
    }

    #[test]
    fn wrap_respects_width() {
        let lines = wrap("Levensvaardigheden (zelfvertrouwen, zelfbeheersing, emotieregulatie)", 20);
        assert_eq!(lines, ["Levensvaardigheden", "(zelfvertrouwen,", "zelfbeheersing,", "emotieregulatie)"]);
    }

    #[test]
    fn long_names_shrink_to_fit() {
        let (size, lines) = fit_name("Levensvaardigheden (zelfvertrouwen, zelfbeheersing, emotieregulatie)");
        assert!(size < 13.0);
        assert!(lines.len() as f64 * size * 1.2 <= TEXT_HEIGHT);
        let (size, lines) = fit_name("Stress");
        assert_eq!((size, lines.len()), (13.0, 1));
    }

    #[test]
    fn num_has_no_negative_zero() {
        assert_eq!(num(-0.01), "0.0");
        assert_eq!(num(12.345), "12.3");
        assert_eq!(num(f64::NAN), "0.0");
    }

    #[test]
    fn missing_positions_and_empty_projects_render() {
        let mut p = two_boxes(false);
        p.layout.positions.clear();
        let svg = causal_diagram_svg(&p);
        assert_eq!(svg.matches(r#"class="variable""#).count(), 2);
        assert_eq!(svg.matches(r#"class="link""#).count(), 1);
        let empty = causal_diagram_svg(&Project::default());
        assert!(empty.ends_with("</svg>\n"));
    }
}
