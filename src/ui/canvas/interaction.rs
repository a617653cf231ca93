//! The canvas drag/select state machine. One drag of variables becomes one `MoveVariables` edit when it ends.

use eframe::egui;

use crate::model::{LinkId, VariableId};
use egui::{Pos2, Vec2};

#[derive(Clone, Debug, Default, PartialEq)]
pub enum CanvasInteraction {
    #[default]
    Idle,
    /// The selected variables follow the pointer; `offset` is in canvas units and is only a preview.
    MovingSelection { offset: Vec2 },
    /// Rubber-band selection from `start` (screen); `additive` keeps the earlier selection (Shift).
    RubberBand { start: Pos2, additive: bool },
    /// Panning with the middle mouse button or space + drag.
    Panning,
    /// A new link is being drawn from `from`; `alt_negative` is true when it will be a − link.
    Linking { from: VariableId },
    /// "Add link from here" from the context menu: the next click on a variable completes the link.
    LinkingByClick { from: VariableId },
}

impl CanvasInteraction {
    /// The preview offset of the selection in canvas units (zero unless a move is under way).
    pub fn move_offset(&self) -> Vec2 {
        match self {
            Self::MovingSelection { offset } => *offset,
            _ => Vec2::ZERO,
        }
    }

    pub fn link_source(&self) -> Option<&VariableId> {
        match self {
            Self::Linking { from } | Self::LinkingByClick { from } => Some(from),
            _ => None,
        }
    }
}

/// What a right-click on the canvas background was on (kept while its menu is open).
#[derive(Clone, Debug, PartialEq)]
pub enum ContextTarget {
    Link(LinkId),
    /// The empty canvas at this canvas position.
    Canvas(egui::Pos2),
}
