//! Step 2, continued: the empty canvas and the links on it: selection, rubber band, panning, a new variable by
//! double click, and the context menu.

use eframe::egui;

use super::geometry;
use super::hit_test;
use super::interaction::{CanvasInteraction, ContextTarget};
use super::state::Frame;
use crate::model::LinkId;
use crate::ui::command::AppCommand;
use crate::ui::text;
use crate::ui::view_state::{Selection, ViewState};
use egui::{PointerButton, Pos2, Rect, Response};

/// Handles clicks and drags on the background (`bg`). Returns the hovered link and the rubber band.
pub fn background(
    bg: &Response,
    frame: &Frame<'_>,
    hovered_node: Option<usize>,
    view: &mut ViewState,
    commands: &mut Vec<AppCommand>,
) -> (Option<usize>, Option<Rect>) {
    let hovered_link = if hovered_node.is_none() && bg.hovered() {
        frame.input.pointer_in.and_then(|p| hit_test::link_at(frame.scene, p, 6.0))
    } else {
        None
    };
    clicks(bg, frame, view, commands);
    let band = drags(bg, frame, view);
    context_menu(bg, frame, view, commands);
    (hovered_link, band)
}

fn link_under(frame: &Frame<'_>, p: Pos2) -> Option<LinkId> {
    hit_test::link_at(frame.scene, p, 6.0).map(|i| frame.project.links[frame.scene.links[i].index].id.clone())
}

fn clicks(bg: &Response, frame: &Frame<'_>, view: &mut ViewState, commands: &mut Vec<AppCommand>) {
    let shift = frame.input.modifiers.shift;
    if bg.double_clicked() {
        if let Some(p) = bg.interact_pointer_pos() {
            let c = view.transform.canvas_from_screen(p);
            commands.push(AppCommand::AddVariableAt(geometry::snap(c)));
        }
    } else if bg.clicked() {
        let on_link = bg.interact_pointer_pos().and_then(|p| link_under(frame, p));
        if matches!(view.interaction, CanvasInteraction::LinkingByClick { .. }) {
            view.interaction = CanvasInteraction::Idle;
        } else if let Some(link) = on_link {
            if shift {
                if !view.selection.links.remove(&link) {
                    view.selection.links.insert(link);
                }
            } else {
                view.selection = Selection::only_link(link);
            }
        } else if !shift {
            view.selection.clear();
        }
    }
}

/// Panning (middle button, or space + drag) and the rubber band. Returns the band while it is drawn.
fn drags(bg: &Response, frame: &Frame<'_>, view: &mut ViewState) -> Option<Rect> {
    let input = &frame.input;
    if bg.drag_started() {
        if input.middle_down || input.space_pan {
            view.interaction = CanvasInteraction::Panning;
        } else if bg.dragged_by(PointerButton::Primary) || input.primary_down {
            let start = input.press_origin.unwrap_or(frame.rect.center());
            view.interaction = CanvasInteraction::RubberBand { start, additive: input.modifiers.shift };
        }
    }
    if bg.dragged() && view.interaction == CanvasInteraction::Panning {
        view.transform.pan += bg.drag_delta();
        view.auto_fit = false;
    }
    let mut band = None;
    if let CanvasInteraction::RubberBand { start, additive } = view.interaction
        && let Some(p) = input.pointer
    {
        let band_rect = Rect::from_two_pos(start, p);
        band = Some(band_rect);
        if bg.drag_stopped() {
            if !additive {
                view.selection.clear();
            }
            for i in hit_test::nodes_in_rect(frame.scene, band_rect) {
                view.selection.variables.insert(frame.project.variables[frame.scene.nodes[i].index].id.clone());
            }
            view.interaction = CanvasInteraction::Idle;
        }
    }
    if bg.drag_stopped() && view.interaction == CanvasInteraction::Panning {
        view.interaction = CanvasInteraction::Idle;
    }
    band
}

fn context_menu(bg: &Response, frame: &Frame<'_>, view: &mut ViewState, commands: &mut Vec<AppCommand>) {
    let language = frame.language;
    if bg.secondary_clicked()
        && let Some(p) = bg.interact_pointer_pos()
    {
        view.context_target = Some(match link_under(frame, p) {
            Some(link) => {
                view.selection = Selection::only_link(link.clone());
                ContextTarget::Link(link)
            }
            None => ContextTarget::Canvas(view.transform.canvas_from_screen(p)),
        });
    }
    let target = view.context_target.clone();
    bg.context_menu(|ui| match &target {
        Some(ContextTarget::Link(link)) => {
            if ui
                .button(text::CMD_FLIP_POLARITY.get(language))
                .on_hover_text(text::HINT_FLIP_POLARITY.get(language))
                .clicked()
            {
                commands.push(AppCommand::FlipPolarity(link.clone()));
            }
            if ui.button(text::CMD_DELETE.get(language)).clicked() {
                commands.push(AppCommand::DeleteSelection);
            }
        }
        Some(ContextTarget::Canvas(c)) => {
            if ui.button(text::CMD_NEW_VARIABLE.get(language)).clicked() {
                commands.push(AppCommand::AddVariableAt(geometry::snap(*c)));
            }
            if ui.button(text::CMD_FIT.get(language)).on_hover_text(text::HINT_FIT.get(language)).clicked() {
                commands.push(AppCommand::FitView);
            }
            if ui
                .button(text::CMD_AUTO_LAYOUT.get(language))
                .on_hover_text(text::HINT_AUTO_LAYOUT.get(language))
                .clicked()
            {
                commands.push(AppCommand::AutoLayout);
            }
        }
        None => {
            ui.close();
        }
    });
}
