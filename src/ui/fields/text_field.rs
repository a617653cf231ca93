//! [`TextField`]: a single- or multi-line text field whose every change goes to the document at once.

use super::{Changed, Draft, finish_draft, load_draft, merge_key, note_focus};
use crate::text::Language;
use crate::ui::text::fields as tx;
use eframe::egui;

/// A live text field (see the module documentation for how to use it).
pub struct TextField<'a> {
    id_salt: egui::IdSalt,
    current: &'a str,
    what: &'a str,
    required: bool,
    rows: Option<usize>,
    width: f32,
    hint: Option<&'a str>,
    label: Option<egui::Id>,
    hover: Option<&'a str>,
    language: Language,
}

impl<'a> TextField<'a> {
    /// A single-line field for `current`; `what` names it in messages (its visible label, e.g. "Naam").
    pub fn new(id_salt: impl egui::AsIdSalt, what: &'a str, current: &'a str, language: Language) -> Self {
        Self {
            id_salt: egui::IdSalt::new(id_salt),
            current,
            what,
            required: false,
            rows: None,
            width: 180.0,
            hint: None,
            label: None,
            hover: None,
            language,
        }
    }

    /// The value is the trimmed text, and it may not be empty (names). An empty field is shown as invalid.
    #[must_use]
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// A multi-line field of `rows` rows, as wide as the panel.
    #[must_use]
    pub fn multiline(mut self, rows: usize) -> Self {
        self.rows = Some(rows);
        self.width = f32::INFINITY;
        self
    }

    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    #[must_use]
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }

    /// A tooltip on the field.
    #[must_use]
    pub fn hover_text(mut self, text: &'a str) -> Self {
        self.hover = Some(text);
        self
    }

    #[must_use]
    pub fn labelled_by(mut self, label: egui::Id) -> Self {
        self.label = Some(label);
        self
    }

    fn check(&self, text: &str) -> Result<String, String> {
        if !self.required {
            return Ok(text.to_owned());
        }
        let trimmed = text.trim();
        if trimmed.is_empty() {
            Err(tx::FIELD_EMPTY_TEXT.get(self.language).to_owned())
        } else {
            Ok(trimmed.to_owned())
        }
    }

    /// Draws the field; returns the new value when the user's text gives a valid value that differs from `current`.
    pub fn show(self, ui: &mut egui::Ui) -> Option<Changed<String>> {
        let id = ui.make_persistent_id(self.id_salt);
        let current = self.current.to_owned();
        let mut draft = load_draft::<String>(ui, id, &current);
        let mut text = draft.as_ref().map_or_else(|| current.clone(), |d| d.text.clone());
        let mut edit = match self.rows {
            Some(rows) => egui::TextEdit::multiline(&mut text).desired_rows(rows),
            None => egui::TextEdit::singleline(&mut text),
        }
        .id(id)
        .desired_width(self.width);
        if let Some(hint) = self.hint {
            edit = edit.hint_text(hint.to_owned());
        }
        let mut response = ui.add(edit);
        if let Some(label) = self.label {
            response = response.labelled_by(label);
        }
        if let Some(hover) = self.hover {
            response = response.on_hover_text(hover);
        }
        let key = merge_key(ui, id, response.gained_focus());
        note_focus(ui, &response);
        let pass = ui.ctx().cumulative_pass_nr();
        let mut out = None;
        if response.changed() {
            draft = match self.check(&text) {
                Ok(value) => {
                    if value != current {
                        out = Some(Changed { value: value.clone(), merge_key: key });
                    }
                    (text != value).then_some(Draft { text, base: value, error: None, seen: pass })
                }
                Err(reason) => Some(Draft { text, base: current, error: Some(reason), seen: pass }),
            };
        }
        finish_draft(ui, id, response, self.what, draft, pass);
        out
    }
}
