//! Strings of the live fields (`ui::fields`) and of the save messages about them.

use super::{Txt, texts};
use crate::text::Language;
use crate::ui::fields::InvalidInput;

texts! {
    FIELD_EMPTY_TEXT = "mag niet leeg zijn", "may not be empty";
    FIELD_EMPTY_NUMBER = "vul een getal in", "enter a number";
    FIELD_NOT_WHOLE = "moet een geheel getal zijn", "must be a whole number";
    FIELD_NOT_A_NUMBER = "geen getal", "not a number";
}

/// "moet tussen 0 en 100 liggen".
pub fn field_out_of_range(language: Language, lo: &str, hi: &str) -> String {
    match language {
        Language::Nl => format!("moet tussen {lo} en {hi} liggen"),
        Language::En => format!("must be between {lo} and {hi}"),
    }
}

/// "Uitgangswaarde „1,5e” (…)" in Dutch, "Starting value “1,5e” (…)" in English, one per field, joined.
fn list(language: Language, inputs: &[InvalidInput]) -> String {
    let (open, close) = language.pick(("„", "”"), ("“", "”"));
    inputs.iter().map(|i| format!("{} {open}{}{close} ({})", i.what, i.text, i.reason)).collect::<Vec<_>>().join("; ")
}

/// The status after a save while fields hold invalid text: what was saved and what was not, and why.
pub fn saved_except(language: Language, path: &std::path::Path, inputs: &[InvalidInput]) -> String {
    match language {
        Language::Nl => {
            format!("Opgeslagen: {}, maar zonder de ongeldige invoer: {}.", path.display(), list(language, inputs))
        }
        Language::En => {
            format!("Saved: {}, but without the invalid input: {}.", path.display(), list(language, inputs))
        }
    }
}

/// The status after an export or a recovery copy while fields hold invalid text.
pub fn written_except(language: Language, inputs: &[InvalidInput]) -> String {
    match language {
        Language::Nl => format!("Niet meegenomen (ongeldige invoer): {}.", list(language, inputs)),
        Language::En => format!("Not included (invalid input): {}.", list(language, inputs)),
    }
}

/// The status when invalid text left the screen (tab or selection switched) without reaching the document.
pub fn abandoned(language: Language, inputs: &[InvalidInput]) -> String {
    match language {
        Language::Nl => format!("Niet overgenomen (ongeldige invoer): {}.", list(language, inputs)),
        Language::En => format!("Not applied (invalid input): {}.", list(language, inputs)),
    }
}

/// The status when the project changed while it was being written: the file holds the state at the start.
pub fn saved_older(language: Language, path: &std::path::Path) -> String {
    match language {
        Language::Nl => format!(
            "Opgeslagen: {}, maar het project is tijdens het opslaan gewijzigd; sla opnieuw op.",
            path.display()
        ),
        Language::En => format!("Saved: {}, but the project changed while saving; save again.", path.display()),
    }
}

/// The name of the budget field of one year in messages: "Budget 2027".
pub fn budget_of(language: Language, year: i32) -> String {
    match language {
        Language::Nl => format!("Budget {year}"),
        Language::En => format!("Budget {year}"),
    }
}
