//! The built-in model's source notes in English ("TNO 2023, lus 4, r. 1027; reactietijd 6 maanden is een
//! voorbeeldwaarde" reads "TNO 2023, loop 4, l. 1027; response time 6 months is an example value").
//!
//! As with the names in [`super::model_names`], the file keeps what is written: only a note that is exactly one of the
//! shipped model's notes is shown in English, a gemeente's own note always as written. Quotations from the report
//! (between quotation marks) and the source titles stay as they are.

use super::Language;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The Dutch words of the shipped notes and their English, replaced in this order.
const PHRASES: [(&str, &str); 12] = [
    (" maanden is een voorbeeldwaarde", " months is an example value"),
    ("reactietijd ", "response time "),
    ("afgeleid: een hulpbehoefte die opgemerkt kan worden", "derived: a need for help that others can notice"),
    ("afgeleid: collectieve effectiviteit (collective efficacy)", "derived: collective efficacy"),
    (
        "afgeleid: wie vaardigheden mist, zoekt minder goed hulp",
        "derived: who lacks skills is less good at finding help",
    ),
    (
        "afgeleid: richting van participatie naar succeservaringen",
        "derived: from taking part to experiences of success",
    ),
    ("lussen ", "loops "),
    ("lus ", "loop "),
    ("advies ", "recommendation "),
    (", r. ", ", l. "),
    ("; r. ", "; l. "),
    ("; afgeleid: ", "; derived: "),
];

/// Every source note of the shipped model (its variables and links).
fn shipped_notes() -> &'static BTreeSet<String> {
    static NOTES: OnceLock<BTreeSet<String>> = OnceLock::new();
    NOTES.get_or_init(|| {
        let project = crate::io::default_project();
        project
            .variables
            .iter()
            .map(|v| v.source.clone())
            .chain(project.links.iter().map(|l| l.source.clone()))
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// The source note to show: in English the English wording of a shipped note, otherwise `note` as written.
pub fn source_note(note: &str, lang: Language) -> Cow<'_, str> {
    if lang != Language::En || !shipped_notes().contains(note) {
        return Cow::Borrowed(note);
    }
    Cow::Owned(PHRASES.iter().fold(note.to_owned(), |text, (nl, en)| text.replace(nl, en)))
}

/// The note to store after the user typed `typed` in a box that showed [`source_note`] of `stored`: the stored
/// (Dutch) note when `typed` is still the English wording, else `typed`.
pub fn stored_source_note(stored: &str, typed: String, lang: Language) -> String {
    if lang == Language::En && typed != stored && source_note(stored, lang) == typed.as_str() {
        stored.to_owned()
    } else {
        typed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_notes_read_in_english_without_dutch_words() {
        let notes = shipped_notes();
        assert!(notes.len() > 40, "{}", notes.len());
        for note in notes {
            let english = source_note(note, Language::En);
            // A quotation from the report stays as written.
            let outside_quotes = english.split('"').step_by(2).collect::<String>();
            for dutch in ["maanden", "voorbeeldwaarde", "reactietijd", "afgeleid", "lus ", "lussen", "advies", "r. "] {
                assert!(!outside_quotes.contains(dutch), "'{dutch}' in '{english}'");
            }
            assert_eq!(source_note(note, Language::Nl), note.as_str());
            assert_eq!(stored_source_note(note, english.into_owned(), Language::En), *note, "the file keeps the Dutch");
        }
        assert_eq!(
            source_note(
                "TNO 2023, lus 4, r. 1027; afgeleid: wie vaardigheden mist, zoekt minder goed hulp",
                Language::En
            ),
            "TNO 2023, loop 4, l. 1027; derived: who lacks skills is less good at finding help"
        );
    }

    #[test]
    fn a_gemeentes_own_note_stays_as_written() {
        assert_eq!(source_note("Eigen onderzoek, lus 2, r. 5", Language::En), "Eigen onderzoek, lus 2, r. 5");
        assert_eq!(stored_source_note("oud", "Nieuw, lus 3".to_owned(), Language::En), "Nieuw, lus 3");
    }
}
