//! Live fields: text and number fields bound to a model value, so that what the screen shows is what the document
//! holds. Every change is handed back at once as a [`Changed`] value; the caller turns it into an [`Edit`] and sends
//! it with the field's merge key, so that the keystrokes of one visit to one field become ONE undo step (the
//! history merges successive edits with the same key; leaving the field or typing in another one starts a new step).
//!
//! How to use a field in an editor (the inspector and the plan editor do exactly this):
//!
//! ```ignore
//! let what = text::NAME.get(language);                  // the visible label; also names the field in messages
//! let label = ui.label(what);
//! // The salt names the field AND the item; `current` is the value in the document now.
//! if let Some(change) = TextField::new(("scenario_name", &scenario.id), what, &scenario.name, language)
//!     .required()                                     // trimmed, not empty; an empty field is shown as invalid
//!     .labelled_by(label.id)
//!     .show(ui)
//! {
//!     // Build the edit from the CURRENT document plus the change, and send it with the field's merge key
//!     // (`EditRequest` → `AppCommand::MergedEdit`; a view that returns edits returns the `EditRequest`).
//!     let mut scenarios = project.scenarios.clone();
//!     scenarios[i].name = change.value.clone();
//!     commands.push(change.edit(Edit::SetScenarios(scenarios)).into());
//! }
//! // Numbers the same way: NumberField::new(salt, what, value, language).range(0.0..=100.0).show(ui)
//! // gives Some(Changed<f64>) only for a valid number in range; `fields::slider` pairs with it.
//! ```
//!
//! Do not keep a copy of the value in the panel, and do not wait for focus loss: send every change.
//!
//! Rules the fields keep:
//! - the field shows the model value, except while the user's text differs from it: a text that normalises to the
//!   model value (a trailing space in a name, `2,` in a number) or a text that is not valid (`1,5e`, an empty name);
//! - invalid text is never sent: the field gets a red frame and a tooltip with the reason, and [`invalid_inputs`]
//!   lists it, so a save can say what was not saved and why;
//! - the salt passed to `new` must name the item (e.g. its id) as well as the field, so that two items never share
//!   a field identity.

mod number_field;
mod number_text;
mod registry;
mod text_field;

pub use number_field::NumberField;
pub use number_text::{format_for_edit, format_grouped_for_edit, parse_number};
pub use registry::{InvalidInput, invalid_inputs, take_abandoned};
pub use text_field::TextField;

use crate::edit::Edit;
use eframe::egui;

/// A change typed or dragged into a live field.
#[derive(Clone, Debug, PartialEq)]
pub struct Changed<T> {
    /// The new, valid value.
    pub value: T,
    /// Identifies this field and this visit to it; edits with the same key merge into one undo step.
    pub merge_key: String,
}

impl<T> Changed<T> {
    /// The edit that applies this change, with this field's merge key.
    pub fn edit(&self, edit: Edit) -> EditRequest {
        EditRequest { edit, merge_key: Some(self.merge_key.clone()) }
    }
}

/// An edit a view asks the app to apply; with a merge key it joins the previous undo step made with the same key.
#[derive(Clone, Debug, PartialEq)]
pub struct EditRequest {
    pub edit: Edit,
    pub merge_key: Option<String>,
}

impl From<Edit> for EditRequest {
    fn from(edit: Edit) -> Self {
        Self { edit, merge_key: None }
    }
}

/// The text of the field as the user sees it, when it differs from the model value.
#[derive(Clone, Debug)]
struct Draft<T> {
    text: String,
    /// The model value this text belongs to; when the model changes otherwise (undo), the draft is dropped.
    base: T,
    /// Why the text is not valid (`None`: valid, it only normalises to `base`).
    error: Option<String>,
    /// The pass in which the field was last shown: a draft of a field that left the screen is dropped.
    seen: u64,
}

/// The merge key of the field `id`: it changes every time the field gains focus or a drag on it starts.
fn merge_key(ui: &egui::Ui, id: egui::Id, new_visit: bool) -> String {
    let counter_id = egui::Id::unique("live_field_visit_counter");
    let visit = ui.data_mut(|d| {
        let known = d.get_temp::<u64>(id.with("visit"));
        match known {
            Some(v) if !new_visit => v,
            _ => {
                let next = d.get_temp::<u64>(counter_id).unwrap_or(0) + 1;
                d.insert_temp(counter_id, next);
                d.insert_temp(id.with("visit"), next);
                next
            }
        }
    });
    format!("field:{:x}:{visit}", id.value())
}

/// The draft of field `id`, if it is still current: shown in the previous pass and made for the model value `base`.
fn load_draft<T: Clone + PartialEq + Send + Sync + 'static>(ui: &egui::Ui, id: egui::Id, base: &T) -> Option<Draft<T>> {
    let pass = ui.ctx().cumulative_pass_nr();
    ui.data(|d| d.get_temp::<Draft<T>>(id.with("draft"))).filter(|d| d.seen + 1 >= pass && d.base == *base)
}

fn store_draft<T: Clone + Send + Sync + 'static>(ui: &egui::Ui, id: egui::Id, draft: Option<Draft<T>>) {
    ui.data_mut(|d| match draft {
        Some(draft) => {
            d.insert_temp(id.with("draft"), draft);
        }
        None => d.remove::<Draft<T>>(id.with("draft")),
    });
}

/// The end of a live field's pass: a valid draft is dropped once the field loses focus (the model's own formatting
/// shows again), the draft is kept for the next pass, and the field is marked valid or invalid.
fn finish_draft<T: Clone + Send + Sync + 'static>(
    ui: &egui::Ui,
    id: egui::Id,
    response: egui::Response,
    what: &str,
    mut draft: Option<Draft<T>>,
    pass: u64,
) {
    if !response.has_focus() && draft.as_ref().is_some_and(|d| d.error.is_none()) {
        draft = None;
    }
    if let Some(d) = &mut draft {
        d.seen = pass;
    }
    let invalid = draft.as_ref().and_then(|d| d.error.as_deref().map(|e| (d.text.clone(), e.to_owned())));
    store_draft(ui, id, draft);
    show_validity(ui, id, response, what, invalid.as_ref().map(|(t, e)| (t.as_str(), e.as_str())));
}

/// Notes that the live field `response` has the keyboard focus (see [`live_field_has_focus`]).
fn note_focus(ui: &egui::Ui, response: &egui::Response) {
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(focus_id(), response.id));
    }
}

fn focus_id() -> egui::Id {
    egui::Id::unique("live_field_with_focus")
}

/// True when the widget with the keyboard focus is a live field: its text is the document's, so the app's undo
/// and redo apply to it.
pub fn live_field_has_focus(ctx: &egui::Context) -> bool {
    let live = ctx.data(|d| d.get_temp::<egui::Id>(focus_id()));
    live.is_some() && ctx.memory(egui::Memory::focused) == live
}

/// Marks `response` as invalid (red frame, the reason on hover) or valid, and keeps the registry up to date.
fn show_validity(
    ui: &egui::Ui,
    id: egui::Id,
    response: egui::Response,
    what: &str,
    draft: Option<(&str, &str)>,
) -> egui::Response {
    if let Some((text, reason)) = draft {
        let stroke = egui::Stroke::new(1.5, crate::ui::theme::ERROR_TEXT);
        ui.painter().rect_stroke(response.rect.expand(1.0), 3.0, stroke, egui::StrokeKind::Outside);
        registry::report(ui.ctx(), id, InvalidInput::new(what, text, reason));
        response.on_hover_text(reason)
    } else {
        registry::clear(ui.ctx(), id);
        response
    }
}

/// A slider bound to a model value (no text of its own: put a [`NumberField`] next to it). One drag, or the arrow
/// keys during one visit, is one undo step.
pub fn slider(
    ui: &mut egui::Ui,
    current: f64,
    range: std::ops::RangeInclusive<f64>,
    step: f64,
    label: egui::Id,
) -> Option<Changed<f64>> {
    let mut value = current;
    // `Edits`: a value that is off the step (typed 42,5) is shown as it is, not rounded (which would edit it).
    let slider = egui::Slider::new(&mut value, range).step_by(step).show_value(false);
    let response = ui.add(slider.clamping(egui::SliderClamping::Edits)).labelled_by(label);
    let key = merge_key(ui, response.id, response.drag_started() || response.gained_focus());
    let by_user = response.dragged() || response.drag_stopped() || response.clicked() || response.has_focus();
    (by_user && value.to_bits() != current.to_bits()).then_some(Changed { value, merge_key: key })
}
