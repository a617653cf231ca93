//! Problems with a project file and the errors of loading and saving (`io::Problem`, `io::LoadError`,
//! `io::SaveError`) in words: the one place where they become Dutch (the CLI, `Display`) or English (the app in
//! English). What is wrong is worded per language in `problem_messages`, syntax errors of the parser in
//! [`super::syntax`], broken limits in [`super::limits`].

use super::Language;
use super::limits::capitalize_first;
use super::syntax::syntax;
use crate::io::{
    IoFailure, LoadError, Location, Place, Problem, ProblemKind, Quantity, SaveError, Severity, WriteFailure,
};
use crate::model::rules::Range;
use std::fmt;
use std::io::ErrorKind;

/// The problem as one line: `Regel 12, kolom 5: het bestand is afgebroken (onvolledig)`, `Regel 40, verband 'a__b':
/// de oorzaak 'x' bestaat niet als variabele`, `Waarschuwing: regel 7, opmaak 'y': …` (or the English).
pub fn problem(p: &Problem, lang: Language) -> String {
    let mut head = Vec::new();
    match (p.line, p.column) {
        (Some(l), Some(c)) => {
            head.push(format!("{} {l}, {} {c}", lang.pick("regel", "line"), lang.pick("kolom", "column")));
        }
        (Some(l), None) => head.push(format!("{} {l}", lang.pick("regel", "line"))),
        _ => {}
    }
    if let Some(location) = &p.location {
        head.push(location_text(location, lang));
    }
    let message = message(&p.kind, lang);
    let text = if head.is_empty() { message } else { format!("{}: {message}", head.join(", ")) };
    match p.severity {
        Severity::Warning => format!("{}: {text}", lang.pick("Waarschuwing", "Warning")),
        Severity::Error => capitalize_first(&text),
    }
}

/// [`problem`] followed by its technical detail (if any) in brackets: for `--verbose` and the app's details.
pub fn verbose(p: &Problem, lang: Language) -> String {
    match &p.detail {
        Some(detail) => format!("{} [{}: {detail}]", problem(p, lang), lang.pick("technisch", "technical")),
        None => problem(p, lang),
    }
}

/// Every problem of a load error, one per line.
pub fn load_error(e: &LoadError, lang: Language) -> String {
    e.problems.iter().map(|p| problem(p, lang)).collect::<Vec<_>>().join("\n")
}

/// "variabele" / "variable", …: the name of one item of a place.
pub fn place_name(place: Place, lang: Language) -> &'static str {
    let (nl, en) = match place {
        Place::Variable => ("variabele", "variable"),
        Place::Link => ("verband", "link"),
        Place::Scenario => ("scenario", "scenario"),
        Place::Intervention => ("interventie", "intervention"),
        Place::Plan => ("plan", "plan"),
        Place::Layout => ("opmaak", "layout"),
        Place::OutcomeWeight => ("uitkomstgewicht", "outcome weight"),
        Place::Settings => ("simulatie-instellingen", "simulation settings"),
        Place::Shock => ("schok op", "shock on"),
        Place::Effect => ("effect op", "effect on"),
        Place::PlanItem => ("planonderdeel", "plan item"),
        Place::Field => ("veld", "field"),
    };
    lang.pick(nl, en)
}

/// "variabelen" / "variables", …: the items of a list.
pub(super) fn list_name(place: Place, lang: Language) -> &'static str {
    let (nl, en) = match place {
        Place::Variable => ("variabelen", "variables"),
        Place::Link => ("verbanden", "links"),
        Place::Scenario => ("scenario's", "scenarios"),
        Place::Intervention => ("interventies", "interventions"),
        Place::Plan => ("plannen", "plans"),
        Place::Layout => ("posities", "positions"),
        Place::OutcomeWeight => ("uitkomstgewichten", "outcome weights"),
        Place::Settings => ("simulatie-instellingen", "simulation settings"),
        Place::Shock => ("schokken", "shocks"),
        Place::Effect => ("effecten", "effects"),
        Place::PlanItem => ("planonderdelen", "plan items"),
        Place::Field => ("velden", "fields"),
    };
    lang.pick(nl, en)
}

/// `kind 'name'` (` in parent`), e.g. "planonderdeel 'x' in plan 'a'".
pub fn location_text(location: &Location, lang: Language) -> String {
    let place = place_name(location.place, lang);
    let mut text = if location.name.is_empty() { place.to_owned() } else { format!("{place} '{}'", location.name) };
    if let Some(parent) = &location.parent {
        text.push_str(" in ");
        text.push_str(&location_text(parent, lang));
    }
    text
}

/// The number a range problem is about, e.g. "de uitgangswaarde (baseline)" / "the starting value (baseline)".
pub(super) fn quantity(q: Quantity, lang: Language) -> String {
    let (nl, en) = match q {
        Quantity::Baseline => ("de uitgangswaarde (baseline)", "the starting value (baseline)"),
        Quantity::AdjustmentMonths => ("de reactietijd (adjustment_months)", "the response time (adjustment_months)"),
        Quantity::CustomGain => ("de eigen sterkte", "the custom strength"),
        Quantity::DelayMonths => ("de vertraging in maanden", "the delay in months"),
        Quantity::PositionX => ("de x-positie", "the x position"),
        Quantity::PositionY => ("de y-positie", "the y position"),
        Quantity::OutcomeWeight => ("het gewicht", "the weight"),
        Quantity::HorizonMonths => ("de horizon in maanden (horizon_months)", "the horizon in months (horizon_months)"),
        Quantity::DtMonths => ("de tijdstap in maanden (dt_months)", "the time step in months (dt_months)"),
        Quantity::MonteCarloRuns => {
            ("het aantal doorrekeningen voor de onzekerheidsband", "the number of runs for the uncertainty band")
        }
        Quantity::StartMonth => ("de startmaand", "the start month"),
        Quantity::RampUpMonths => ("de opbouwtijd", "the build-up time"),
        Quantity::AfterEffectMonths => ("de nawerking", "the after-effect"),
        Quantity::EndMonth => ("de eindmaand", "the end month"),
        Quantity::DurationMonths => ("de looptijd", "the duration"),
        Quantity::Effect => ("het effect", "the effect"),
        Quantity::OneOffEur => ("de eenmalige kosten in euro", "the one-off costs in euros"),
        Quantity::PerYearEur => ("de kosten per jaar in euro", "the costs per year in euros"),
        Quantity::FirstYear => ("het eerste jaar", "the first year"),
        Quantity::LastYear => ("het laatste jaar", "the last year"),
        Quantity::ReachPercent => ("het bereik in procent (reach_percent)", "the reach in percent (reach_percent)"),
        Quantity::Budget(year) => return format!("{} {year}", lang.pick("het budget voor", "the budget for")),
    };
    lang.pick(nl, en).to_owned()
}

/// A number in a message: as written in the file, with an exponent only for huge or tiny values (1e308).
pub(super) fn number(x: f64) -> String {
    if x != 0.0 && !(1e-6..1e15).contains(&x.abs()) { format!("{x:e}") } else { format!("{x}") }
}

/// "ligt buiten 0–100" / "moet groter dan 0 en hoogstens 600 zijn" (or the English).
pub(super) fn range_text(range: Range, lang: Language) -> String {
    let (min, max) = (number(range.min), number(range.max));
    match (range.min_exclusive, lang) {
        (true, Language::Nl) => format!("moet groter dan {min} en hoogstens {max} zijn"),
        (true, Language::En) => format!("must be more than {min} and at most {max}"),
        (false, Language::Nl) => format!("ligt buiten {min}–{max}"),
        (false, Language::En) => format!("is outside {min}–{max}"),
    }
}

/// "25,3 MB" (Dutch decimal comma) or "25.3 MB"; "512 kB", "12 bytes" (1 MB = 1024 × 1024 bytes).
pub fn file_size(bytes: u64, lang: Language) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let scaled = |unit: u64, name: &str| {
        let tenths = (bytes * 10 + unit / 2) / unit;
        if tenths.is_multiple_of(10) {
            format!("{} {name}", tenths / 10)
        } else {
            format!("{}{}{} {name}", tenths / 10, lang.pick(",", "."), tenths % 10)
        }
    };
    if bytes >= MB {
        scaled(MB, "MB")
    } else if bytes >= KB {
        scaled(KB, "kB")
    } else {
        format!("{bytes} bytes")
    }
}

/// Why a file could not be read.
pub(super) fn read_reason(io: &IoFailure, lang: Language) -> String {
    match io.kind {
        ErrorKind::NotFound => lang.pick("het bestand bestaat niet", "the file does not exist").to_owned(),
        ErrorKind::PermissionDenied => lang.pick("geen leesrechten", "no permission to read it").to_owned(),
        _ => format!("{} ({})", lang.pick("leesfout", "read error"), io.text),
    }
}

/// Why a file could not be written.
fn write_reason(io: &IoFailure, lang: Language) -> String {
    let (nl, en) = match io.kind {
        ErrorKind::NotFound => ("de map bestaat niet (meer)", "the folder does not exist (any more)"),
        ErrorKind::PermissionDenied => ("geen schrijfrechten in deze map", "no permission to write in this folder"),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => ("de schijf is vol", "the disk is full"),
        ErrorKind::ReadOnlyFilesystem => ("de schijf is alleen-lezen", "the disk is read-only"),
        ErrorKind::FileTooLarge => ("het bestand is te groot voor deze schijf", "the file is too large for this disk"),
        _ => return format!("{} ({})", lang.pick("schrijffout", "write error"), io.text),
    };
    lang.pick(nl, en).to_owned()
}

/// What is wrong, lower case (except where a sentence of its own starts), without a final full stop.
pub fn message(kind: &ProblemKind, lang: Language) -> String {
    match lang {
        Language::Nl => super::problem_messages::dutch(kind),
        Language::En => super::problem_messages::english(kind),
    }
}

/// Why saving failed, as one sentence: "Kan '/x/plan.veerkracht' niet opslaan: de map '/x' bestaat niet."
pub fn save_error(e: &SaveError, lang: Language) -> String {
    let nl = lang == Language::Nl;
    match e {
        SaveError::Write { path, why } => {
            let why = match why {
                WriteFailure::NotAFileName => {
                    lang.pick("dit is geen bestandsnaam", "this is not a file name").to_owned()
                }
                WriteFailure::FolderMissing { folder } if nl => format!("de map '{}' bestaat niet", folder.display()),
                WriteFailure::FolderMissing { folder } => format!("the folder '{}' does not exist", folder.display()),
                WriteFailure::IsAFolder => {
                    lang.pick("er staat al een map met die naam", "there is a folder with that name").to_owned()
                }
                WriteFailure::Io(io) => write_reason(io, lang),
            };
            if nl {
                format!("Kan '{}' niet opslaan: {why}.", path.display())
            } else {
                format!("Cannot save '{}': {why}.", path.display())
            }
        }
        SaveError::RecoveryFolder { dir, io } if nl => {
            format!("Kan de herstelmap '{}' niet maken: {}.", dir.display(), write_reason(io, lang))
        }
        SaveError::RecoveryFolder { dir, io } => {
            format!("Cannot make the recovery folder '{}': {}.", dir.display(), write_reason(io, lang))
        }
        SaveError::RecoveryText { detail } if nl => format!("Kan het herstelbestand niet maken: {detail}."),
        SaveError::RecoveryText { detail } => format!("Cannot make the recovery file: {detail}."),
        SaveError::RecoveryDiscard { dir, io } if nl => {
            format!("Kan het herstelbestand in '{}' niet verwijderen: {}.", dir.display(), write_reason(io, lang))
        }
        SaveError::RecoveryDiscard { dir, io } => {
            format!("Cannot remove the recovery file in '{}': {}.", dir.display(), write_reason(io, lang))
        }
        SaveError::ToText { code } if nl => {
            format!("Kan het project niet omzetten naar tekst: {}.", syntax(code, lang))
        }
        SaveError::ToText { code } => format!("Cannot turn the project into text: {}.", syntax(code, lang)),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem(self, Language::Nl))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&load_error(self, Language::Nl))
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&save_error(self, Language::Nl))
    }
}

#[cfg(test)]
#[path = "problems_tests.rs"]
mod tests;
