//! Everything about the view that is not saved: selection, pan/zoom, drag, highlighted loop, the open tab.

use eframe::egui;

use super::canvas::interaction::{CanvasInteraction, ContextTarget};
use super::canvas::view_transform::ViewTransform;
use crate::model::{LinkId, VariableId};
use std::collections::BTreeSet;

/// The tabs of the central area. Simulation and plan are added by their modules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CentralTab {
    #[default]
    Model,
    Simulation,
    Plan,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub variables: BTreeSet<VariableId>,
    pub links: BTreeSet<LinkId>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.variables.is_empty() && self.links.is_empty()
    }

    pub fn clear(&mut self) {
        self.variables.clear();
        self.links.clear();
    }

    pub fn only_variable(id: VariableId) -> Self {
        Self { variables: BTreeSet::from([id]), links: BTreeSet::new() }
    }

    pub fn only_link(id: LinkId) -> Self {
        Self { variables: BTreeSet::new(), links: BTreeSet::from([id]) }
    }

    /// The single selected variable, if exactly one item is selected and it is a variable.
    pub fn single_variable(&self) -> Option<&VariableId> {
        (self.variables.len() == 1 && self.links.is_empty()).then(|| self.variables.iter().next()).flatten()
    }

    pub fn single_link(&self) -> Option<&LinkId> {
        (self.links.len() == 1 && self.variables.is_empty()).then(|| self.links.iter().next()).flatten()
    }
}

/// A variable whose name is being typed in the canvas.
#[derive(Clone, Debug, PartialEq)]
pub struct InlineRename {
    pub variable: VariableId,
    pub text: String,
    pub focus_requested: bool,
    /// The language the name was shown in (a built-in variable's English name, typed back, stores the Dutch one).
    pub language: crate::text::Language,
}

// Independent on/off view flags (filters, toggles); a state machine would not make them clearer.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    pub tab: CentralTab,
    pub transform: ViewTransform,
    pub selection: Selection,
    pub interaction: CanvasInteraction,
    pub rename: Option<InlineRename>,
    /// The links of the highlighted loop (identifies the loop across re-analysis).
    pub highlighted_loop: Option<Vec<LinkId>>,
    pub loops_only_selected: bool,
    /// Show only the loops the report describes.
    pub loops_only_report: bool,
    pub variable_search: String,
    /// Fit the whole model into the canvas on the next frame.
    pub fit_requested: bool,
    /// Frames in which the fit is repeated (the panels settle their sizes in the first frames).
    pub refit_frames: u8,
    /// True from a fit until the user pans or zooms: a resized window then fits again.
    pub auto_fit: bool,
    /// Centre the canvas on this variable on the next frame.
    pub focus_variable: Option<VariableId>,
    /// True while a modal dialog is open: the canvas then ignores wheel and pinch zoom.
    pub input_blocked: bool,
    pub show_advanced: bool,
    pub context_target: Option<ContextTarget>,
    /// The canvas legend is open (`None`: open on a wide canvas, folded on a narrow one).
    pub legend_open: Option<bool>,
    /// The left panel (variables and loops) is folded away.
    pub left_panel_hidden: bool,
    /// The inspector is folded away.
    pub inspector_hidden: bool,
    /// The canvas rectangle of the last frame (for zoom commands from the menu).
    pub last_canvas_rect: Option<egui::Rect>,
}

impl ViewState {
    /// Forgets everything that refers to items of a previous project.
    pub fn reset_for_new_document(&mut self) {
        let tab = self.tab;
        let advanced = self.show_advanced;
        let (legend_open, left_panel_hidden, inspector_hidden) =
            (self.legend_open, self.left_panel_hidden, self.inspector_hidden);
        *self = Self {
            tab,
            show_advanced: advanced,
            fit_requested: true,
            legend_open,
            left_panel_hidden,
            inspector_hidden,
            ..Self::default()
        };
    }
}
