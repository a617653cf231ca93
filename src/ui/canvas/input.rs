//! Step 1 of a canvas frame: read the pointer, wheel and keys once, and apply wheel zoom and horizontal scrolling.

use eframe::egui;

use crate::ui::view_state::ViewState;
use egui::{Key, Modifiers, Pos2, Rect, Ui};

/// What the user does with pointer and keyboard in this frame, read once.
// Independent button and key states of one frame; a state machine would not make them clearer.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Copy, Debug)]
pub struct CanvasInput {
    /// The pointer anywhere in the window.
    pub pointer: Option<Pos2>,
    /// The pointer when it is over the canvas (not over a panel or a window on top).
    pub pointer_in: Option<Pos2>,
    pub modifiers: Modifiers,
    /// Space is held (space + drag pans) and no text field has the keyboard.
    pub space_pan: bool,
    pub primary_down: bool,
    pub middle_down: bool,
    pub press_origin: Option<Pos2>,
    pub escape: bool,
    zoom_delta: f32,
    scroll: egui::Vec2,
}

impl CanvasInput {
    pub fn read(ui: &Ui, rect: Rect) -> Self {
        let typing = ui.ctx().egui_wants_keyboard_input();
        let over = ui.ui_contains_pointer();
        ui.input(|i| {
            let pointer = i.pointer.latest_pos();
            Self {
                pointer,
                pointer_in: pointer.filter(|p| rect.contains(*p) && over),
                modifiers: i.modifiers,
                space_pan: i.key_down(Key::Space) && !typing,
                primary_down: i.pointer.primary_down(),
                middle_down: i.pointer.button_down(egui::PointerButton::Middle),
                press_origin: i.pointer.press_origin(),
                escape: i.key_pressed(Key::Escape),
                zoom_delta: i.zoom_delta(),
                scroll: i.smooth_scroll_delta,
            }
        })
    }

    /// The wheel zooms around the pointer; a sideways scroll (Shift + wheel, touchpad) pans.
    pub fn apply_wheel(&self, view: &mut ViewState) {
        let Some(p) = self.pointer_in.filter(|_| !view.input_blocked) else { return };
        let factor = self.zoom_delta * (self.scroll.y * 0.0015).exp();
        if (factor - 1.0).abs() > 1e-4 {
            view.transform.zoom_around(p, factor);
            view.auto_fit = false;
        }
        if self.scroll.x.abs() > 0.0 {
            view.transform.pan.x += self.scroll.x;
            view.auto_fit = false;
        }
    }
}
