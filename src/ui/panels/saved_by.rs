//! Bestand → Opgeslagen door…: the organisation and name written into every saved file ("saved by"), both optional.

use crate::text::Language;
use crate::ui::text;
use eframe::egui;

/// The window; edits the two settings in place. `open` becomes false when the user closes it.
pub fn saved_by_window_ui(
    ctx: &egui::Context,
    open: &mut bool,
    organisation: &mut String,
    name: &mut String,
    language: Language,
) {
    let mut close = false;
    egui::Window::new(text::SAVED_BY_TITLE.get(language)).open(open).resizable(false).show(ctx, |ui| {
        ui.label(text::SAVED_BY_BODY.get(language));
        egui::Grid::new("saved_by_grid").num_columns(2).show(ui, |ui| {
            for (label, value) in [(text::SAVED_BY_ORGANISATION, organisation), (text::SAVED_BY_NAME, name)] {
                let label = ui.label(label.get(language));
                ui.text_edit_singleline(value).labelled_by(label.id);
                ui.end_row();
            }
        });
        ui.label(egui::RichText::new(format!("{} {}", text::SAVED_BY_VERSION.get(language), crate::VERSION)).small());
        close = ui.button(text::COMPARE_CLOSE.get(language)).clicked();
    });
    if close {
        *open = false;
    }
}
