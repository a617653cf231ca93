//! Painting the model: links under boxes; hover and selection highlights; dimming outside a highlighted loop.

use eframe::egui;

use super::geometry::{MIN_BADGE_ZOOM, SceneGeometry};
use super::state::Overlay;
use crate::model::{Confidence, Delay, LinkId, Project, VariableId};
use crate::text::Language;
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::Selection;
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};
use std::collections::BTreeSet;

pub struct PaintContext<'a> {
    pub selection: &'a Selection,
    pub hovered_node: Option<usize>,
    pub hovered_link: Option<usize>,
    /// When a loop is highlighted: its variables and links; everything else is dimmed.
    pub loop_variables: Option<&'a BTreeSet<VariableId>>,
    pub loop_links: Option<&'a BTreeSet<LinkId>>,
    pub zoom: f32,
    /// Number of plan interventions acting on each variable (badges).
    pub intervention_counts: &'a std::collections::BTreeMap<VariableId, usize>,
}

fn direction_at_end(points: &[Pos2]) -> Vec2 {
    let n = points.len();
    (points[n - 1] - points[n.saturating_sub(3)]).normalized()
}

pub fn paint_links(painter: &Painter, project: &Project, scene: &SceneGeometry, ctx: &PaintContext<'_>) {
    let zoom = ctx.zoom;
    for (geom_index, geom) in scene.links.iter().enumerate() {
        let link = &project.links[geom.index];
        if geom.points.len() < 2 {
            continue;
        }
        let selected = ctx.selection.links.contains(&link.id);
        let hovered = ctx.hovered_link == Some(geom_index);
        let dim = ctx.loop_links.is_some_and(|set| !set.contains(&link.id));
        let in_loop = ctx.loop_links.is_some_and(|set| set.contains(&link.id));
        let gain = link.strength.gain().clamp(0.0, 1.5) as f32;
        let width = ((0.8 + 2.6 * gain) * zoom).clamp(0.6, 7.0) + if in_loop { 1.5 } else { 0.0 };
        let base = if hovered || in_loop { theme::LINK_HOVER } else { theme::LINK };
        let colour = theme::dimmed(base, dim);
        if selected {
            painter.add(Shape::line(geom.points.clone(), Stroke::new(width + 6.0, theme::SELECTION)));
        }
        let stroke = Stroke::new(width, colour);
        if link.confidence == Confidence::Low {
            painter.extend(Shape::dashed_line(&geom.points, stroke, 9.0 * zoom.max(0.5), 6.0 * zoom.max(0.5)));
        } else {
            painter.add(Shape::line(geom.points.clone(), stroke));
        }
        // Arrow head.
        let tip = geom.points[geom.points.len() - 1];
        let dir = direction_at_end(&geom.points);
        let perp = Vec2::new(-dir.y, dir.x);
        let head_len = (11.0 + 1.5 * width) * zoom.clamp(0.5, 1.5);
        let head_half = head_len * 0.45;
        let back = tip - dir * head_len;
        painter.add(Shape::convex_polygon(
            vec![tip, back + perp * head_half, back - perp * head_half],
            colour,
            Stroke::NONE,
        ));
        // Delay mark ‖ halfway.
        if link.delay.months() > 0.0 && !matches!(link.delay, Delay::Months(m) if m <= 0.0) {
            let mid = geom.points.len() / 2;
            let d = (geom.points[mid + 1] - geom.points[mid - 1]).normalized();
            let p = Vec2::new(-d.y, d.x) * 8.0 * zoom;
            for shift in [-3.0, 3.0] {
                let c = geom.points[mid] + d * shift * zoom;
                painter.line_segment([c - p, c + p], Stroke::new((2.0 * zoom).max(1.0), colour));
            }
        }
        // Polarity sign beside the head, on the curve's left.
        if zoom >= 0.25 {
            let anchor = back - dir * (6.0 * zoom) + perp * (13.0 * zoom);
            let radius = 8.5 * zoom.max(0.6);
            painter.circle(
                anchor,
                radius,
                theme::dimmed(Color32::WHITE, dim),
                Stroke::new(1.2, theme::dimmed(theme::polarity_colour(link.polarity), dim)),
            );
            painter.text(
                anchor,
                Align2::CENTER_CENTER,
                link.polarity.symbol(),
                FontId::proportional(15.0 * zoom.max(0.6)),
                theme::dimmed(theme::polarity_colour(link.polarity), dim),
            );
        }
    }
}

pub fn paint_nodes(painter: &Painter, project: &Project, scene: &SceneGeometry, ctx: &PaintContext<'_>) {
    let zoom = ctx.zoom;
    let rounding = theme::NODE_ROUNDING * super::geometry::box_scale(zoom);
    for (geom_index, node) in scene.nodes.iter().enumerate() {
        if !node.visible {
            continue;
        }
        let variable = &project.variables[node.index];
        let dim = ctx.loop_variables.is_some_and(|set| !set.contains(&variable.id));
        let selected = ctx.selection.variables.contains(&variable.id);
        let hovered = ctx.hovered_node == Some(geom_index);
        if selected {
            painter.rect_stroke(node.rect, rounding, Stroke::new(4.0, theme::SELECTION), StrokeKind::Outside);
        }
        let stroke = if hovered { Stroke::new(2.0, theme::HOVER_OUTLINE) } else { Stroke::NONE };
        let fill = theme::dimmed(theme::kind_colour(variable.kind), dim);
        painter.rect(node.rect, rounding, fill, stroke, StrokeKind::Inside);
        if let Some(galley) = &node.galley {
            let pos = Pos2::new(node.rect.center().x, node.rect.center().y - galley.size().y / 2.0);
            let text_colour =
                if dim { theme::kind_colour(variable.kind).gamma_multiply(0.75) } else { theme::NODE_TEXT };
            painter.galley_with_override_text_color(pos, galley.clone(), text_colour);
        }
        if let Some(count) = ctx.intervention_counts.get(&variable.id).filter(|_| zoom >= MIN_BADGE_ZOOM) {
            let radius = 9.0 * super::geometry::box_scale(zoom).max(0.6);
            let centre = node.rect.right_top() + Vec2::new(-radius * 0.3, radius * 0.3);
            let fill = theme::dimmed(theme::INTERVENTION_BADGE, dim);
            painter.circle(centre, radius, fill, Stroke::new(1.5, Color32::WHITE));
            painter.text(
                centre,
                Align2::CENTER_CENTER,
                count.to_string(),
                FontId::proportional(radius * 1.2),
                Color32::WHITE,
            );
        }
    }
}

/// Step 3 of a canvas frame: the background, links, boxes and what the interaction steps found.
pub fn paint_frame(
    painter: &Painter,
    rect: Rect,
    project: &Project,
    scene: &SceneGeometry,
    ctx: &PaintContext<'_>,
    overlay: &Overlay,
) {
    painter.rect_filled(rect, 0.0, theme::CANVAS_BACKGROUND);
    paint_links(painter, project, scene, ctx);
    paint_nodes(painter, project, scene, ctx);
    if let Some((a, b)) = overlay.preview_line {
        painter.line_segment([a, b], Stroke::new(2.5, theme::HANDLE));
        painter.circle_filled(b, 4.0, theme::HANDLE);
    }
    if let Some((centre, radius, active)) = overlay.handle {
        let fill = if active { theme::SELECTION } else { Color32::WHITE };
        painter.circle(centre, radius, fill, Stroke::new(2.0, theme::HANDLE));
        painter.text(centre, Align2::CENTER_CENTER, "→", FontId::proportional(radius * 1.4), theme::HANDLE);
    }
    if let Some(b) = overlay.band {
        painter.rect(b, 2.0, theme::RUBBER_BAND_FILL, Stroke::new(1.0, theme::RUBBER_BAND_STROKE), StrokeKind::Inside);
    }
}

/// The help text on an empty model, or the "choose the effect" hint while a link is made by clicks.
pub fn paint_hints(painter: &Painter, rect: Rect, project: &Project, linking_by_click: bool, language: Language) {
    if project.variables.is_empty() {
        let hint = text::HELP_CANVAS.get(language).to_owned();
        let galley = painter.layout(hint, FontId::proportional(16.0), Color32::DARK_GRAY, 420.0);
        painter.galley(rect.center() - galley.size() / 2.0, galley, Color32::DARK_GRAY);
    }
    if linking_by_click {
        painter.text(
            rect.left_top() + Vec2::new(12.0, 10.0),
            Align2::LEFT_TOP,
            text::SELECT_TO.get(language),
            FontId::proportional(15.0),
            theme::HANDLE,
        );
    }
}
