//! The small legend in the canvas corner: box colours, +/−, ‖ (delay), dashed (low confidence), badges.

use eframe::egui;

use crate::model::ResourceKind;
use crate::text::Language;
use crate::ui::text;
use crate::ui::theme;
use crate::ui::view_state::ViewState;
use egui::{Align, Align2, Color32, FontId, Layout, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, UiBuilder, Vec2};

/// Paints a row's symbol into its rectangle.
type Symbol<'a> = Box<dyn FnOnce(&egui::Painter, Rect) + 'a>;

const SYMBOL: Vec2 = Vec2::new(28.0, 14.0);
const TEXT_SIZE: f32 = 12.0;

/// Below this canvas width the legend starts folded (it would cover too much of the model).
const AUTO_OPEN_WIDTH: f32 = 1000.0;

/// Shows the legend (or only its "Legenda" button when folded) in the bottom-left corner of `canvas`.
pub fn legend_ui(ui: &mut Ui, canvas: Rect, view: &mut ViewState, language: Language) {
    let open = view.legend_open.unwrap_or(canvas.width() >= AUTO_OPEN_WIDTH);
    let area = Rect::from_min_max(
        Pos2::new(canvas.left() + 8.0, canvas.top() + 8.0),
        Pos2::new((canvas.left() + 260.0).min(canvas.right()), canvas.bottom() - 8.0),
    );
    let builder = UiBuilder::new().max_rect(area).layout(Layout::bottom_up(Align::Min));
    ui.scope_builder(builder, |ui| {
        egui::Frame::new()
            .fill(Color32::from_white_alpha(235))
            .stroke(Stroke::new(1.0, theme::CANVAS_GRID))
            .corner_radius(6.0)
            .inner_margin(egui::Margin::same(6))
            .show(ui, |ui| {
                // The layout grows upwards from the corner: the rows first (bottom), the fold button last (top).
                ui.spacing_mut().item_spacing.y = 1.0;
                if open {
                    legend_rows(ui, language);
                }
                let (label, hint) = if open {
                    (format!("▾ {}", text::LEGEND.get(language)), text::HIDE_LEGEND)
                } else {
                    (format!("▸ {}", text::LEGEND.get(language)), text::SHOW_LEGEND)
                };
                let toggle = ui.small_button(label).on_hover_text(hint.get(language));
                if toggle.clicked() {
                    view.legend_open = Some(!open);
                }
            });
    });
}

/// The rows, bottom first.
fn legend_rows(ui: &mut Ui, language: Language) {
    let mut rows: Vec<(&str, Symbol<'_>)> = Vec::with_capacity(8);
    for kind in [ResourceKind::Individual, ResourceKind::Societal, ResourceKind::Organisational] {
        rows.push((
            text::kind_label(kind, language),
            Box::new(move |p, r| {
                p.rect_filled(r.shrink2(Vec2::new(2.0, 1.0)), 3.0, theme::kind_colour(kind));
            }),
        ));
    }
    rows.push((text::LEGEND_POSITIVE.get(language), Box::new(|p, r| sign(p, r, "+", theme::POSITIVE))));
    rows.push((text::LEGEND_NEGATIVE.get(language), Box::new(|p, r| sign(p, r, "−", theme::NEGATIVE))));
    rows.push((
        text::LEGEND_DELAY.get(language),
        Box::new(|p, r| {
            p.line_segment([r.left_center(), r.right_center()], Stroke::new(1.5, theme::LINK));
            for dx in [-3.0, 3.0] {
                let c = r.center() + Vec2::new(dx, 0.0);
                p.line_segment([c - Vec2::new(0.0, 6.0), c + Vec2::new(0.0, 6.0)], Stroke::new(1.5, theme::LINK));
            }
        }),
    ));
    rows.push((
        text::LEGEND_LOW_CONFIDENCE.get(language),
        Box::new(|p, r| {
            let stroke = Stroke::new(1.5, theme::LINK);
            p.extend(Shape::dashed_line(&[r.left_center(), r.right_center()], stroke, 5.0, 3.0));
        }),
    ));
    rows.push((
        text::LEGEND_BADGE.get(language),
        Box::new(|p, r| {
            p.circle(r.center(), 7.0, theme::INTERVENTION_BADGE, Stroke::new(1.0, Color32::WHITE));
            p.text(r.center(), Align2::CENTER_CENTER, "2", FontId::proportional(9.0), Color32::WHITE);
        }),
    ));
    for (label, symbol) in rows.into_iter().rev() {
        row(ui, label, symbol);
    }
}

fn sign(painter: &egui::Painter, r: Rect, symbol: &str, colour: Color32) {
    painter.line_segment([r.left_center(), r.right_center()], Stroke::new(1.5, theme::LINK));
    painter.circle(r.center(), 6.5, Color32::WHITE, Stroke::new(1.0, colour));
    painter.text(r.center(), Align2::CENTER_CENTER, symbol, FontId::proportional(11.0), colour);
}

fn row(ui: &mut Ui, label: &str, symbol: Symbol<'_>) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(SYMBOL, Sense::hover());
        symbol(ui.painter(), rect);
        ui.label(RichText::new(label).size(TEXT_SIZE));
    });
}
