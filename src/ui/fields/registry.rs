//! Which live fields hold text that is not valid (and so is not in the document), kept in egui's memory for the
//! frames in which those fields are shown.

use eframe::egui;

/// Text in a field that is not in the document, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidInput {
    /// The field's label, e.g. "Beginwaarde".
    pub what: String,
    /// The text as typed.
    pub text: String,
    /// Why it is not valid, e.g. "geen getal".
    pub reason: String,
}

impl InvalidInput {
    pub fn new(what: &str, text: &str, reason: &str) -> Self {
        Self { what: what.trim().trim_end_matches(':').to_owned(), text: text.to_owned(), reason: reason.to_owned() }
    }
}

#[derive(Clone, Debug, Default)]
struct Registry {
    /// Field id, what is wrong, and the pass in which the field was last shown.
    entries: Vec<(egui::Id, InvalidInput, u64)>,
}

fn registry_id() -> egui::Id {
    egui::Id::unique("live_field_invalid_inputs")
}

fn with_registry<R>(ctx: &egui::Context, f: impl FnOnce(&mut Registry) -> R) -> R {
    ctx.data_mut(|d| f(d.get_temp_mut_or_default::<Registry>(registry_id())))
}

pub(super) fn report(ctx: &egui::Context, id: egui::Id, input: InvalidInput) {
    let pass = ctx.cumulative_pass_nr();
    with_registry(ctx, |r| match r.entries.iter_mut().find(|(i, ..)| *i == id) {
        Some(entry) => *entry = (id, input, pass),
        None => r.entries.push((id, input, pass)),
    });
}

pub(super) fn clear(ctx: &egui::Context, id: egui::Id) {
    with_registry(ctx, |r| r.entries.retain(|(i, ..)| *i != id));
}

/// The fields on screen that hold invalid text (shown in this pass or the one before).
pub fn invalid_inputs(ctx: &egui::Context) -> Vec<InvalidInput> {
    let pass = ctx.cumulative_pass_nr();
    with_registry(ctx, |r| {
        r.entries.iter().filter(|(_, _, seen)| seen + 1 >= pass).map(|(_, input, _)| input.clone()).collect()
    })
}

/// Removes and returns the invalid texts whose fields were not shown in this pass (the user switched tab or
/// selection): they are gone from the screen and were never in the document, so the app says so.
pub fn take_abandoned(ctx: &egui::Context) -> Vec<InvalidInput> {
    let pass = ctx.cumulative_pass_nr();
    with_registry(ctx, |r| {
        let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut r.entries).into_iter().partition(|e| e.2 < pass);
        r.entries = kept;
        gone.into_iter().map(|(_, input, _)| input).collect()
    })
}
