//! The words of the core: the one place where data from `edit`, `analysis`, `sim` and `plan` becomes Dutch (or
//! English) text. The CLI and the PDF report use the Dutch rendering; the app (`ui::text`) the user's language.
//! Nothing here knows about egui.
//!
//! - [`number`]: numbers and amounts, Dutch (`1.234,5`, `€ 12.500`) or in the user's language.
//! - [`catalogue`]: the names of our own catalogue items (the TNO recommendations) in the user's language.
//! - [`catalogue_texts`]: the English descriptions and target groups of the built-in catalogue items.
//! - [`diff`]: differences and merge conflicts between two versions of a project.
//! - [`diff_names`]: a difference with the built-in items named in the user's language (undo, redo, status).
//! - [`edits`]: what an edit does (the undo menu, the status line).
//! - [`errors`], [`edit_errors`]: the errors of `sim`, `plan` and `edit` (their `Display` is Dutch).
//! - [`limits`]: a broken limit of `model::rules` (too many items, too long a text, too much work).
//! - [`loops`]: a feedback loop as a sentence.
//! - [`model_descriptions`]: the English descriptions of the built-in model's variables and scenario.
//! - [`model_names`]: the English names of the built-in model's variables and scenario.
//! - [`optimizer`]: the optimiser's verdicts, explanation, progress and the outcome's label.
//! - [`problems`] (with [`syntax`]): problems with a project file and the errors of loading and saving.
//! - [`sources`]: a catalogue source reference (`tno:1116-1120 (88)`) as a reader can follow it.
//! - [`uncertainty`]: plan A against B under uncertainty and the assumptions that matter most.

pub mod catalogue;
pub mod catalogue_texts;
pub mod diff;
pub mod diff_names;
pub mod edit_errors;
pub mod edits;
pub mod errors;
pub mod export_words;
pub mod limits;
pub mod loops;
pub mod model_descriptions;
pub mod model_names;
pub mod number;
pub mod optimizer;
pub mod picture_words;
pub mod plan_csv_words;
mod problem_messages;
pub mod problems;
pub mod report_words;
pub mod source_notes;
pub mod sources;
pub mod syntax;
pub mod uncertainty;

pub use loops::{describe_loop, loop_sentence};
pub use number::{format_eur, format_eur_in, format_number, format_number_in, format_percent_in};

/// The language of everything a user sees. Dutch is the default; English is an option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[default]
    Nl,
    En,
}

impl Language {
    /// `nl` or `en`, whichever this language is.
    pub fn pick<T>(self, nl: T, en: T) -> T {
        match self {
            Self::Nl => nl,
            Self::En => en,
        }
    }
}

/// "1 variabele", "2 variabelen": the count with the singular or plural noun.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_the_singular_only_for_one() {
        assert_eq!(count(1, "variabele", "variabelen"), "1 variabele");
        assert_eq!(count(2, "variabele", "variabelen"), "2 variabelen");
        assert_eq!(count(0, "loop", "loops"), "0 loops");
        assert_eq!(Language::En.pick("nl", "en"), "en");
    }
}
