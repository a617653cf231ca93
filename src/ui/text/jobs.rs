//! Strings of background work: what is being computed, and a failure inside it.

use super::{Txt, texts};
use crate::text::Language;

texts! {
    JOB_LOOPS = "lussen zoeken", "finding loops";
    JOB_LOOPS_BUSY = "Lussen worden gezocht…", "Finding loops…";
    JOB_PLAN_RESULTS = "planresultaten berekenen", "computing plan results";
    JOB_PLAN_RESULTS_BUSY = "Resultaten worden berekend…", "Computing results…";
    JOB_SIMULATION = "simuleren", "simulating";
    JOB_STABILITY_BUSY = "Traagste herstel na een verstoring: wordt berekend…", "Slowest recovery after a disturbance: being calculated…";
    JOB_UNCERTAINTY = "onzekerheid berekenen", "computing the uncertainty";
    JOB_OPTIMISER = "optimaliseren", "optimising";
    JOB_EXPORT = "exporteren", "exporting";
    JOB_EXPORT_BUSY = "Bezig met exporteren…", "Exporting…";
    JOB_EXPORT_STOPPED = "het exporteren is afgebroken; het bestand is niet geschreven", "the export was stopped; the file was not written";
}

/// A failure inside background work, for the user: what failed and the program's own reason.
pub fn job_failed(language: Language, what: Txt, reason: &str) -> String {
    let what = what.get(language);
    match (language, reason.is_empty()) {
        (Language::Nl, false) => format!("Interne fout bij {what}: {reason}. Uw project is niet gewijzigd."),
        (Language::Nl, true) => format!("Interne fout bij {what}. Uw project is niet gewijzigd."),
        (Language::En, false) => format!("Internal error while {what}: {reason}. Your project was not changed."),
        (Language::En, true) => format!("Internal error while {what}. Your project was not changed."),
    }
}
