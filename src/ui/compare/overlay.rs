//! The canvas colours of the compare window: a ring around every variable and a coloured line along every link that
//! differs (added in the other version, only in this version, changed). What exists only in the other version is
//! drawn dashed where it is there (a ghost). On request, the other version's positions as dashed outlines. Every
//! mark carries an accessibility label ("Verschil in het model: …").

use super::CompareView;
use crate::diff::{Change, Difference, Key};
use crate::model::{Layout, Project, VariableId};
use crate::text::Language;
use crate::ui::canvas::view_transform::ViewTransform;
use crate::ui::{text, theme};
use eframe::egui;
use egui::{Color32, Pos2, Rect, Role, Sense, Stroke, Ui, Vec2, WidgetInfo, pos2, vec2};

pub const ADDED: Color32 = theme::COMPARE_ADDED;
pub const REMOVED: Color32 = theme::COMPARE_REMOVED;
pub const CHANGED: Color32 = theme::COMPARE_CHANGED;

/// The colour of a difference in the list and on the canvas.
pub fn colour_of(change: &Change) -> Color32 {
    match change {
        Change::Added(_) => ADDED,
        Change::Removed(_) => REMOVED,
        Change::Changed(_) => CHANGED,
    }
}

const HALF: Vec2 = vec2(70.0, 24.0);

/// The shape of one mark, in canvas coordinates.
#[derive(Debug, Clone, PartialEq)]
pub enum MarkShape {
    /// A ring around a variable; `ghost` is the other version's name, drawn when the variable is not here.
    Ring { centre: Pos2, ghost: Option<String> },
    /// A line along a link, from its source to its target variable.
    Line { from: Pos2, to: Pos2 },
}

/// One difference as it is drawn on the canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub key: Key,
    pub colour: Color32,
    /// Only in the other version: drawn dashed where it is there.
    pub dashed: bool,
    pub shape: MarkShape,
}

fn position(layout: &Layout, id: &VariableId) -> Option<Pos2> {
    layout.positions.get(id).map(|p| pos2(p.x, p.y))
}

/// Where a variable is: here if it is here, else where it is in the other version.
fn either_position(project: &Project, other: &Project, id: &VariableId) -> Option<Pos2> {
    position(&project.layout, id).or_else(|| position(&other.layout, id))
}

fn mark_of(d: &Difference, project: &Project, other: &Project) -> Option<Mark> {
    let dashed = matches!(d.change, Change::Added(_));
    let shape = match &d.key {
        Key::Variable(id) => {
            if dashed {
                let name = other.variables.iter().find(|v| &v.id == id).map(|v| v.name.clone());
                MarkShape::Ring { centre: position(&other.layout, id)?, ghost: name }
            } else {
                MarkShape::Ring { centre: position(&project.layout, id)?, ghost: None }
            }
        }
        Key::Link(id) => {
            let source = if dashed { other } else { project };
            let link = source.links.iter().find(|l| &l.id == id)?;
            let (from, to) = if dashed {
                (either_position(project, other, &link.from)?, either_position(project, other, &link.to)?)
            } else {
                (position(&project.layout, &link.from)?, position(&project.layout, &link.to)?)
            };
            MarkShape::Line { from, to }
        }
        _ => return None,
    };
    Some(Mark { key: d.key.clone(), colour: colour_of(&d.change), dashed, shape })
}

/// The marks of every open difference on the canvas (variables and links), in the order of the list.
pub fn marks<'a>(view: &'a CompareView, project: &Project) -> Vec<(Mark, &'a Difference)> {
    view.open_differences().filter_map(|d| mark_of(d, project, &view.other).map(|m| (m, d))).collect()
}

/// The point where the ray from `centre` towards `target` leaves the node box around `centre`.
fn box_exit(centre: Pos2, target: Pos2) -> Pos2 {
    let d = target - centre;
    let tx = if d.x.abs() > f32::EPSILON { HALF.x / d.x.abs() } else { f32::INFINITY };
    let ty = if d.y.abs() > f32::EPSILON { HALF.y / d.y.abs() } else { f32::INFINITY };
    centre + d * tx.min(ty).min(0.5)
}

fn paint_mark(painter: &egui::Painter, mark: &Mark, transform: &ViewTransform) -> Rect {
    let zoom = transform.zoom;
    let stroke = Stroke::new(if mark.dashed { 2.5 } else { 3.0 }, mark.colour);
    match &mark.shape {
        MarkShape::Ring { centre, ghost } => {
            let rect = Rect::from_center_size(transform.screen_from_canvas(*centre), HALF * 2.0 * zoom);
            if mark.dashed {
                dashed_rect(painter, rect, stroke);
                if let Some(name) = ghost {
                    painter.text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        name,
                        egui::FontId::proportional((theme::NODE_FONT_SIZE * zoom).clamp(6.0, 40.0)),
                        mark.colour,
                    );
                }
            } else {
                painter.rect_stroke(rect.expand(4.0), 8.0, stroke, egui::StrokeKind::Outside);
            }
            rect
        }
        MarkShape::Line { from, to } => {
            let a = transform.screen_from_canvas(box_exit(*from, *to));
            let b = transform.screen_from_canvas(box_exit(*to, *from));
            if mark.dashed {
                painter.extend(egui::Shape::dashed_line(&[a, b], stroke, 8.0, 5.0));
            } else {
                painter.line_segment([a, b], stroke);
            }
            let dir = (b - a).normalized();
            if dir.length() > 0.5 {
                let back = b - dir * 12.0;
                let side = vec2(-dir.y, dir.x) * 6.0;
                painter.add(egui::Shape::convex_polygon(vec![b, back + side, back - side], mark.colour, Stroke::NONE));
            }
            Rect::from_center_size(a.lerp(b, 0.5), Vec2::splat(12.0))
        }
    }
}

fn dashed_rect(painter: &egui::Painter, rect: Rect, stroke: Stroke) {
    let corners = [rect.left_top(), rect.right_top(), rect.right_bottom(), rect.left_bottom(), rect.left_top()];
    for pair in corners.windows(2) {
        painter.extend(egui::Shape::dashed_line(&[pair[0], pair[1]], stroke, 6.0, 4.0));
    }
}

/// Paints the compare colours over the canvas (the Model tab), in the canvas' clip rectangle.
pub fn overlay_ui(ui: &Ui, view: &CompareView, project: &Project, transform: &ViewTransform, language: Language) {
    let painter = ui.painter().with_clip_rect(ui.clip_rect());
    for (k, (mark, d)) in marks(view, project).iter().enumerate() {
        let rect = paint_mark(&painter, mark, transform);
        // Not clickable: the canvas below keeps every click and drag; the mark only gets a label for assistive tech.
        let response = ui.interact(rect, ui.scope_id().with(("compare_mark", k)), Sense::hover());
        let label = format!(
            "{} {}",
            text::CANVAS_DIFFERENCE.get(language),
            crate::text::diff_names::describe_in(d, &[project], language)
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
    }
    if view.show_other_positions {
        let stroke = Stroke::new(2.0, theme::COMPARE_OTHER_POSITION);
        for v in &view.other.variables {
            let Some(there) = position(&view.other.layout, &v.id) else { continue };
            dashed_rect(
                &painter,
                Rect::from_center_size(transform.screen_from_canvas(there), HALF * 2.0 * transform.zoom),
                stroke,
            );
            if let Some(here) = position(&project.layout, &v.id) {
                painter.line_segment(
                    [transform.screen_from_canvas(here), transform.screen_from_canvas(there)],
                    Stroke::new(1.0, theme::COMPARE_OTHER_POSITION),
                );
            }
        }
    }
}
