//! The canvas colours of the compare window: a ring around every variable that differs (added in the other version,
//! only in this version, changed) and, on request, the other version's positions as dashed outlines.

use super::CompareView;
use crate::diff::{Change, Key};
use crate::model::Project;
use crate::ui::canvas::view_transform::ViewTransform;
use eframe::egui;
use egui::{Color32, Pos2, Stroke, Ui, pos2, vec2};

pub const ADDED: Color32 = Color32::from_rgb(30, 150, 70);
pub const REMOVED: Color32 = Color32::from_rgb(200, 40, 40);
pub const CHANGED: Color32 = Color32::from_rgb(230, 140, 0);

/// The colour of a difference in the list and on the canvas.
pub fn colour_of(change: &Change) -> Color32 {
    match change {
        Change::Added(_) => ADDED,
        Change::Removed(_) => REMOVED,
        Change::Changed(_) => CHANGED,
    }
}

const HALF: egui::Vec2 = vec2(70.0, 24.0);

fn position_of(value: &serde_json::Value) -> Option<Pos2> {
    let p = value.get("position")?;
    Some(pos2(p.get("x")?.as_f64()? as f32, p.get("y")?.as_f64()? as f32))
}

/// Paints the compare colours over the canvas (the Model tab), in the canvas' clip rectangle.
pub fn overlay_ui(ui: &Ui, view: &CompareView, project: &Project, transform: &ViewTransform) {
    let painter = ui.painter().with_clip_rect(ui.clip_rect());
    let zoom = transform.zoom;
    let ring = |centre: Pos2, colour: Color32, dashed: bool| {
        let rect = egui::Rect::from_center_size(transform.screen_from_canvas(centre), HALF * 2.0 * zoom);
        if dashed {
            let corners = [rect.left_top(), rect.right_top(), rect.right_bottom(), rect.left_bottom(), rect.left_top()];
            for pair in corners.windows(2) {
                painter.extend(egui::Shape::dashed_line(&[pair[0], pair[1]], Stroke::new(2.0, colour), 6.0, 4.0));
            }
        } else {
            painter.rect_stroke(rect.expand(4.0), 8.0, Stroke::new(3.0, colour), egui::StrokeKind::Outside);
        }
    };
    for d in view.open_differences() {
        let Key::Variable(id) = &d.key else { continue };
        let here = project.layout.positions.get(id).map(|p| pos2(p.x, p.y));
        match &d.change {
            Change::Added(value) => {
                if let Some(p) = position_of(value) {
                    ring(p, ADDED, true);
                }
            }
            Change::Removed(_) | Change::Changed(_) => {
                if let Some(p) = here {
                    ring(p, colour_of(&d.change), false);
                }
            }
        }
    }
    if view.show_other_positions {
        for v in &view.other.variables {
            let (Some(there), here) = (view.other.layout.positions.get(&v.id), project.layout.positions.get(&v.id))
            else {
                continue;
            };
            let there = pos2(there.x, there.y);
            ring(there, Color32::from_rgb(90, 90, 200), true);
            if let Some(here) = here {
                painter.line_segment(
                    [transform.screen_from_canvas(pos2(here.x, here.y)), transform.screen_from_canvas(there)],
                    Stroke::new(1.0, Color32::from_rgb(90, 90, 200)),
                );
            }
        }
    }
}
