//! Screen-space geometry of one frame: variable boxes and clipped link curves. Built once per frame and used by
//! hit testing and painting. Offscreen items are culled (no text layout, no curve sampling).

use eframe::egui;

use super::view_transform::ViewTransform;
use crate::model::{Position, Project, VariableId};
use crate::text::Language;
use crate::text::model_names::variable_name;
use crate::ui::theme;
use egui::{Align, FontId, Galley, Pos2, Rect, Vec2};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Below this zoom level the box labels are not drawn.
pub const MIN_TEXT_ZOOM: f32 = 0.16;

/// The smallest label height (points) that is comfortably readable on an office laptop.
pub const MIN_LABEL_SIZE: f32 = 11.0;

/// How much larger than the zoom the boxes are drawn when zoomed out. Boxes are laid out at least 220 units apart
/// (the box is 150 wide), so up to this factor they do not overlap.
const BOX_INFLATION: f32 = 1.45;

/// The smallest zoom at which full names are shown at [`MIN_LABEL_SIZE`]. "Fit to window" never goes below it: a
/// larger model then extends beyond the canvas and is panned.
pub const READABLE_ZOOM: f32 = MIN_LABEL_SIZE / theme::NODE_FONT_SIZE / BOX_INFLATION;

/// Below this zoom the intervention badges are hidden (they go before the labels do).
pub const MIN_BADGE_ZOOM: f32 = 0.3;

/// The scale of boxes and their text: follows the zoom, but shrinks less when zoomed out so that names stay
/// readable longer: at [`READABLE_ZOOM`] the label is exactly [`MIN_LABEL_SIZE`].
pub fn box_scale(zoom: f32) -> f32 {
    zoom.max((zoom * BOX_INFLATION).min(MIN_LABEL_SIZE / theme::NODE_FONT_SIZE))
}

/// The label height of a box at `zoom`, in points. Below [`READABLE_ZOOM`] the box shows its short name instead.
pub fn label_size(zoom: f32) -> f32 {
    theme::NODE_FONT_SIZE * box_scale(zoom)
}

/// The name shown when zoomed far out: without the explanation in brackets ("Bestaanszekerheid (werk, …)" →
/// "Bestaanszekerheid"); what does not fit the box is cut off with "…".
pub fn short_name(name: &str) -> &str {
    let short = name.split_once(" (").map_or(name, |(head, _)| head).trim();
    if short.is_empty() { name } else { short }
}
const LINK_SAMPLES: usize = 20;

/// The smallest share of the normal label size a box label shrinks to so that its longest word fits.
const MIN_WORD_SHRINK: f32 = 0.75;

/// The font size at which the widest word of `label` fits in `width` (at least [`MIN_WORD_SHRINK`] of `size`), so
/// that a name breaks only at spaces ("Ingrijpende levensgebeurtenissen", not "levensgebeurtenisse-n").
pub fn size_for_words(
    label: &str,
    size: f32,
    width: f32,
    fonts: &mut dyn FnMut(egui::text::LayoutJob) -> Arc<Galley>,
) -> f32 {
    let widest = label
        .split_whitespace()
        .map(|word| {
            let job =
                egui::text::LayoutJob::simple_singleline(word.to_owned(), FontId::proportional(size), theme::NODE_TEXT);
            fonts(job).size().x
        })
        .fold(0.0_f32, f32::max);
    if widest <= width { size } else { (size * width / widest).max(size * MIN_WORD_SHRINK) }
}

pub struct NodeGeom {
    /// Index into `project.variables`.
    pub index: usize,
    pub rect: Rect,
    pub visible: bool,
    pub galley: Option<Arc<Galley>>,
}

pub struct LinkGeom {
    /// Index into `project.links`.
    pub index: usize,
    /// The curve from the border of the cause's box to just before the effect's box (screen points).
    pub points: Vec<Pos2>,
}

#[derive(Default)]
pub struct SceneGeometry {
    pub nodes: Vec<NodeGeom>,
    pub links: Vec<LinkGeom>,
    pub node_by_id: HashMap<VariableId, usize>,
}

/// Canvas position of a variable: its saved position, or a grid slot below the model when it has none.
pub fn canvas_position(project: &Project, index: usize) -> Pos2 {
    let variable = &project.variables[index];
    if let Some(p) = project.layout.positions.get(&variable.id) {
        return Pos2::new(p.x, p.y);
    }
    let max_y = project.layout.positions.values().map(|p| p.y).fold(0.0_f32, f32::max);
    Pos2::new((index % 6) as f32 * 200.0, max_y + 120.0 + (index / 6) as f32 * 90.0)
}

/// Bounds of every variable box in canvas units (for "fit to window").
pub fn canvas_bounds(project: &Project) -> Option<Rect> {
    let mut bounds: Option<Rect> = None;
    for i in 0..project.variables.len() {
        let c = canvas_position(project, i);
        let r = Rect::from_center_size(c, Vec2::new(theme::NODE_WIDTH, theme::NODE_MIN_HEIGHT * 1.6));
        bounds = Some(bounds.map_or(r, |b| b.union(r)));
    }
    bounds
}

pub fn snap(pos: Pos2) -> Position {
    Position::new(pos.x.round(), pos.y.round())
}

fn quad(p0: Pos2, c: Pos2, p2: Pos2, t: f32) -> Pos2 {
    let u = 1.0 - t;
    (p0.to_vec2() * (u * u) + c.to_vec2() * (2.0 * u * t) + p2.to_vec2() * (t * t)).to_pos2()
}

/// Bisection for the `t` in `[lo, hi]` where `inside(q(t))` flips (`inside(lo) != inside(hi)`).
fn boundary(p0: Pos2, c: Pos2, p2: Pos2, mut lo: f32, mut hi: f32, inside: impl Fn(Pos2) -> bool) -> f32 {
    let lo_inside = inside(quad(p0, c, p2, lo));
    for _ in 0..14 {
        let mid = 0.5 * (lo + hi);
        if inside(quad(p0, c, p2, mid)) == lo_inside {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// The control point of a link's curve. Every link bows to its left, so two opposite links between the same pair
/// become two distinct curves.
pub fn control_point(p0: Pos2, p2: Pos2, has_opposite: bool, zoom: f32) -> Pos2 {
    let d = p2 - p0;
    let len = d.length().max(1e-3);
    let perp = Vec2::new(d.y, -d.x) / len;
    let mut bend = (0.1 * len).min(50.0 * zoom);
    if has_opposite {
        bend = bend.max(32.0 * zoom);
    }
    p0 + d * 0.5 + perp * bend
}

/// Samples the link curve between the two box borders; `None` when the boxes overlap.
pub fn clipped_curve(from: Rect, to: Rect, has_opposite: bool, zoom: f32) -> Option<Vec<Pos2>> {
    let (p0, p2) = (from.center(), to.center());
    let c = control_point(p0, p2, has_opposite, zoom);
    let from_r = from.expand(2.0 * zoom);
    let to_r = to.expand(3.0 * zoom);
    if from_r.contains(p2) || to_r.contains(p0) || from_r.intersects(to_r) {
        return None;
    }
    let t0 = boundary(p0, c, p2, 0.0, 1.0, |p| from_r.contains(p));
    let t1 = boundary(p0, c, p2, t0, 1.0, |p| to_r.contains(p));
    if t1 <= t0 {
        return None;
    }
    Some((0..=LINK_SAMPLES).map(|i| quad(p0, c, p2, t0 + (t1 - t0) * i as f32 / LINK_SAMPLES as f32)).collect())
}

/// Builds the frame's geometry. `moving` are the variables that are shifted by `move_offset` (canvas units) while
/// being dragged; `clip` is the visible canvas rectangle on screen.
pub fn build(
    project: &Project,
    transform: &ViewTransform,
    clip: Rect,
    moving: &BTreeSet<VariableId>,
    move_offset: Vec2,
    language: Language,
    fonts: &mut dyn FnMut(egui::text::LayoutJob) -> Arc<Galley>,
) -> SceneGeometry {
    let zoom = transform.zoom;
    let cull = clip.expand(40.0);
    let mut scene = SceneGeometry::default();
    let scale = box_scale(zoom);
    let text_width = (theme::NODE_WIDTH - 2.0 * theme::NODE_PADDING) * scale;
    for (index, variable) in project.variables.iter().enumerate() {
        let mut c = canvas_position(project, index);
        if moving.contains(&variable.id) {
            c += move_offset;
        }
        let centre = transform.screen_from_canvas(c);
        let estimate = Rect::from_center_size(centre, Vec2::new(theme::NODE_WIDTH, theme::NODE_MIN_HEIGHT) * scale);
        let visible = cull.intersects(estimate.expand(30.0 * scale));
        let mut rect = estimate;
        let mut galley = None;
        if visible && zoom >= MIN_TEXT_ZOOM {
            let full = zoom >= READABLE_ZOOM * 0.999;
            let name = variable_name(&variable.id, &variable.name, language);
            let (label, size) = if full {
                (name.to_owned(), label_size(zoom))
            } else {
                (short_name(name).to_owned(), MIN_LABEL_SIZE.min(label_size(zoom) * 1.5))
            };
            let width = if full { text_width } else { theme::NODE_WIDTH * scale - 4.0 };
            // A full name breaks only at spaces: a word wider than the box gets a smaller font.
            let size = if full { size_for_words(&label, size, width, fonts) } else { size };
            let mut job = egui::text::LayoutJob::simple(label, FontId::proportional(size), theme::NODE_TEXT, width);
            job.halign = Align::Center;
            job.wrap.break_anywhere = false;
            if !full {
                job.wrap.max_rows = 1;
                job.wrap.break_anywhere = true;
            }
            let g = fonts(job);
            let h = (g.size().y + 2.0 * theme::NODE_PADDING * scale).max(theme::NODE_MIN_HEIGHT * scale);
            // Even at the smallest font a very long word still fits: the box grows for it.
            let w = (theme::NODE_WIDTH * scale).max(g.size().x + 2.0 * theme::NODE_PADDING * scale);
            rect = Rect::from_center_size(centre, Vec2::new(w, h));
            galley = Some(g);
        }
        scene.node_by_id.insert(variable.id.clone(), scene.nodes.len());
        scene.nodes.push(NodeGeom { index, rect, visible, galley });
    }
    let pairs: BTreeSet<(&VariableId, &VariableId)> = project.links.iter().map(|l| (&l.from, &l.to)).collect();
    for (index, link) in project.links.iter().enumerate() {
        let (Some(&a), Some(&b)) = (scene.node_by_id.get(&link.from), scene.node_by_id.get(&link.to)) else {
            continue;
        };
        let (ra, rb) = (scene.nodes[a].rect, scene.nodes[b].rect);
        let has_opposite = pairs.contains(&(&link.to, &link.from));
        let ctrl = control_point(ra.center(), rb.center(), has_opposite, zoom);
        let hull = Rect::from_points(&[ra.center(), rb.center(), ctrl]);
        if !cull.intersects(hull) {
            continue;
        }
        if let Some(points) = clipped_curve(ra, rb, has_opposite, zoom) {
            scene.links.push(LinkGeom { index, points });
        }
    }
    scene
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curve_starts_and_ends_outside_both_boxes() {
        let a = Rect::from_center_size(Pos2::new(0.0, 0.0), Vec2::new(150.0, 40.0));
        let b = Rect::from_center_size(Pos2::new(400.0, 120.0), Vec2::new(150.0, 40.0));
        let pts = clipped_curve(a, b, false, 1.0).expect("boxes are apart");
        let (first, last) = (pts[0], pts[pts.len() - 1]);
        assert!(!a.contains(first) && a.expand(3.0).contains(first), "start on the border of a");
        assert!(!b.contains(last) && b.expand(4.0).contains(last), "end just before b");
    }

    #[test]
    fn opposite_links_are_distinct_curves() {
        let a = Rect::from_center_size(Pos2::new(0.0, 0.0), Vec2::new(150.0, 40.0));
        let b = Rect::from_center_size(Pos2::new(400.0, 0.0), Vec2::new(150.0, 40.0));
        let ab = clipped_curve(a, b, true, 1.0).expect("apart");
        let ba = clipped_curve(b, a, true, 1.0).expect("apart");
        let mid_ab = ab[ab.len() / 2];
        let mid_ba = ba[ba.len() / 2];
        assert!(mid_ab.y * mid_ba.y < 0.0, "the two curves bow to opposite sides");
        assert!((mid_ab.y - mid_ba.y).abs() > 30.0, "and are clearly apart");
    }

    #[test]
    fn readable_zoom_gives_the_minimum_label_size() {
        assert!((label_size(READABLE_ZOOM) - MIN_LABEL_SIZE).abs() < 1e-3);
        assert!(label_size(READABLE_ZOOM * 0.9) < MIN_LABEL_SIZE);
        assert!(label_size(1.0) >= theme::NODE_FONT_SIZE - 1e-3);
        // The boxes stay within their layout slots (150 wide, 220 apart) at the readable zoom.
        assert!(theme::NODE_WIDTH * box_scale(READABLE_ZOOM) <= 220.0 * READABLE_ZOOM);
    }

    #[test]
    fn short_names_drop_the_explanation() {
        assert_eq!(short_name("Bestaanszekerheid (werk, inkomen)"), "Bestaanszekerheid");
        assert_eq!(short_name("Stress"), "Stress");
        assert_eq!(short_name("(alleen uitleg)"), "(alleen uitleg)");
    }

    #[test]
    fn overlapping_boxes_give_no_curve() {
        let a = Rect::from_center_size(Pos2::new(0.0, 0.0), Vec2::new(150.0, 40.0));
        let b = Rect::from_center_size(Pos2::new(50.0, 10.0), Vec2::new(150.0, 40.0));
        assert!(clipped_curve(a, b, false, 1.0).is_none());
    }
}
