//! [`NumberField`]: a number typed as text, checked as it is typed, sent to the document when valid.

use super::number_text::{NumberProblem, format_for_edit, format_grouped_for_edit, parse_number};
use super::{Changed, Draft, finish_draft, load_draft, merge_key, note_focus};
use crate::text::Language;
use crate::ui::text::fields as tx;
use eframe::egui;
use std::ops::RangeInclusive;

/// A live number field (see the module documentation for how to use it).
pub struct NumberField<'a> {
    id_salt: egui::IdSalt,
    what: &'a str,
    current: f64,
    range: RangeInclusive<f64>,
    decimals: usize,
    whole: bool,
    grouped: bool,
    width: f32,
    label: Option<egui::Id>,
    language: Language,
}

impl<'a> NumberField<'a> {
    /// A field for `current`; `what` names it in messages (its visible label, e.g. "Beginwaarde").
    pub fn new(id_salt: impl egui::AsIdSalt, what: &'a str, current: f64, language: Language) -> Self {
        Self {
            id_salt: egui::IdSalt::new(id_salt),
            what,
            current,
            range: f64::MIN..=f64::MAX,
            decimals: 2,
            whole: false,
            grouped: false,
            width: 70.0,
            label: None,
            language,
        }
    }

    /// Values outside `range` are shown as invalid and not sent.
    #[must_use]
    pub fn range(mut self, range: RangeInclusive<f64>) -> Self {
        self.range = range;
        self
    }

    /// At most this many decimals are shown (typed values keep theirs).
    #[must_use]
    pub fn decimals(mut self, decimals: usize) -> Self {
        self.decimals = decimals;
        self
    }

    /// Only whole numbers (years).
    #[must_use]
    pub fn whole(mut self) -> Self {
        self.whole = true;
        self.decimals = 0;
        self
    }

    /// Thousands are separated in the shown value (amounts in euros: `900.000`); typing may use them or not.
    #[must_use]
    pub fn grouped(mut self) -> Self {
        self.grouped = true;
        self
    }

    #[must_use]
    pub fn width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    #[must_use]
    pub fn labelled_by(mut self, label: egui::Id) -> Self {
        self.label = Some(label);
        self
    }

    fn check(&self, text: &str) -> Result<f64, String> {
        let language = self.language;
        let value = parse_number(text, language).map_err(|problem| match problem {
            NumberProblem::Empty => tx::FIELD_EMPTY_NUMBER.get(language).to_owned(),
            NumberProblem::NotANumber => tx::FIELD_NOT_A_NUMBER.get(language).to_owned(),
        })?;
        if self.whole && value.fract() != 0.0 {
            return Err(tx::FIELD_NOT_WHOLE.get(language).to_owned());
        }
        if !self.range.contains(&value) {
            let (lo, hi) = (*self.range.start(), *self.range.end());
            return Err(tx::field_out_of_range(
                language,
                &format_for_edit(lo, self.decimals.max(2), language),
                &format_for_edit(hi, self.decimals.max(2), language),
            ));
        }
        Ok(value)
    }

    /// Draws the field; returns the new value when the user typed a valid one that differs from `current`.
    pub fn show(self, ui: &mut egui::Ui) -> Option<Changed<f64>> {
        let id = ui.make_persistent_id(self.id_salt);
        let current = self.current;
        let mut draft = load_draft::<f64>(ui, id, &current);
        let format = if self.grouped { format_grouped_for_edit } else { format_for_edit };
        let mut text = draft.as_ref().map_or_else(|| format(current, self.decimals, self.language), |d| d.text.clone());
        let mut edit = egui::TextEdit::singleline(&mut text).id(id).desired_width(self.width);
        if self.whole {
            edit = edit.char_limit(12);
        }
        let mut response = ui.add(edit);
        if let Some(label) = self.label {
            response = response.labelled_by(label);
        }
        let key = merge_key(ui, id, response.gained_focus());
        note_focus(ui, &response);
        let pass = ui.ctx().cumulative_pass_nr();
        let mut out = None;
        if response.changed() {
            draft = Some(match self.check(&text) {
                Ok(value) => {
                    if value.to_bits() != current.to_bits() {
                        out = Some(Changed { value, merge_key: key });
                    }
                    Draft { text, base: value, error: None, seen: pass }
                }
                Err(reason) => Draft { text, base: current, error: Some(reason), seen: pass },
            });
        }
        finish_draft(ui, id, response, self.what, draft, pass);
        out
    }
}
