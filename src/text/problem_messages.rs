//! What is wrong with a project file ([`ProblemKind`]), one table per language; `text::problems` adds where
//! (line, column, item) and how bad.

use super::Language;
use super::limits::{capitalize_first, violation};
use super::problems::{file_size, list_name, number, place_name, quantity, range_text, read_reason};
use super::syntax::{syntax, truncated};
use crate::io::{MigrationFailure, ProblemKind};

const NL: Language = Language::Nl;
const EN: Language = Language::En;

/// The Dutch text of `kind` (lower case, no final full stop, except for the sentences about the file itself).
pub(super) fn dutch(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotANumber { quantity: q, value } => {
            format!("{} is geen geldig getal ({value})", quantity(*q, NL))
        }
        ProblemKind::OutOfRange { quantity: q, value, range } => {
            format!("{} {} {}", quantity(*q, NL), number(*value), range_text(*range, NL))
        }
        ProblemKind::EmptyName => "de naam is leeg".to_owned(),
        ProblemKind::InvalidId { id } => format!(
            "ongeldige id '{id}': gebruik alleen kleine letters a–z, cijfers en '_' (niet beginnend met '_', \
             hoogstens 64 tekens)"
        ),
        ProblemKind::DuplicateId { id, list } => {
            format!("de id '{id}' komt meer dan eens voor bij de {}", list_name(*list, NL))
        }
        ProblemKind::IdUsedElsewhere { id, other } => {
            format!("de id '{id}' wordt ook gebruikt door {} '{id}'", place_name(*other, NL))
        }
        ProblemKind::UnknownLinkStart { variable } => format!("de oorzaak '{variable}' bestaat niet als variabele"),
        ProblemKind::UnknownLinkEnd { variable } => format!("het gevolg '{variable}' bestaat niet als variabele"),
        ProblemKind::SelfLink { variable } => {
            format!("een verband van '{variable}' naar zichzelf is niet toegestaan")
        }
        ProblemKind::DuplicateLink { from, to, other } => {
            format!("er is al een verband van '{from}' naar '{to}' ('{other}')")
        }
        ProblemKind::PositionWithoutVariable => {
            "positie van een variabele die niet bestaat (wordt bij opslaan weggelaten)".to_owned()
        }
        ProblemKind::UnknownVariable { variable } => format!("de variabele '{variable}' bestaat niet"),
        ProblemKind::DuplicateOutcomeWeight => "deze variabele staat meer dan eens in de veerkrachtindex".to_owned(),
        ProblemKind::EndBeforeStart { end, start } => format!("de eindmaand {end} ligt vóór de startmaand {start}"),
        ProblemKind::EffectOnUnknownVariable { variable } => {
            format!("de variabele '{variable}' bestaat niet; dit effect telt niet mee")
        }
        ProblemKind::UnknownIntervention { id } => {
            format!("de interventie '{id}' bestaat niet (niet in het project en niet in de catalogus)")
        }
        ProblemKind::YearsReversed { first, last } => {
            format!("het laatste jaar {last} ligt vóór het eerste jaar {first}")
        }
        ProblemKind::BudgetYearOutOfRange { year, range } => {
            format!("het budgetjaar {year} {}", range_text(*range, NL))
        }
        ProblemKind::BudgetOutsidePlanYears { year, first, last } => {
            format!("er is een budget voor {year}, buiten de planjaren {first}–{last}")
        }
        ProblemKind::UnknownField => {
            "onbekende veldnaam (tikfout?); deze waarde wordt genegeerd en verdwijnt bij opslaan".to_owned()
        }
        ProblemKind::EmptyFile => "het bestand is leeg".to_owned(),
        ProblemKind::TooNew { version, known } => format!(
            "Dit bestand heeft formaatversie {version}; deze versie van Veerkrachtplanner kent versie {known} en \
             ouder. Werk het programma bij."
        ),
        ProblemKind::NoFormatVersion => {
            "het veld 'format_version' ontbreekt; is dit wel een projectbestand van Veerkrachtplanner?".to_owned()
        }
        ProblemKind::CannotMigrate { version, current } => format!(
            "dit bestand heeft formaatversie {version}; deze versie van Veerkrachtplanner kan versie {version} \
             niet omzetten naar versie {current}"
        ),
        ProblemKind::MigrationLostVersion => "het veld 'format_version' ontbreekt".to_owned(),
        ProblemKind::CannotOpen { path, io } => {
            format!("Kan '{}' niet openen: {}.", path.display(), read_reason(io, NL))
        }
        ProblemKind::IsFolder { path } => format!("'{}' is een map, geen projectbestand.", path.display()),
        ProblemKind::TooLarge { path, bytes, max } => {
            let what =
                path.as_ref().map_or_else(|| "De tekst".to_owned(), |p| format!("Het bestand '{}'", p.display()));
            format!(
                "{what} is {} groot; Veerkrachtplanner opent projectbestanden tot {}. Is dit wel een \
                 projectbestand?",
                file_size(*bytes, NL),
                file_size(*max, NL)
            )
        }
        ProblemKind::NotText { path, line } => format!(
            "'{}' is geen tekstbestand: op regel {line} staan tekens die geen UTF-8 zijn. Een projectbestand van \
             Veerkrachtplanner is platte tekst; is dit wel het goede bestand?",
            path.display()
        ),
        ProblemKind::Limit(v) => capitalize_first(&violation(v, NL)),
        ProblemKind::Truncated => truncated(NL).to_owned(),
        ProblemKind::Syntax(code) => syntax(code, NL),
        ProblemKind::MigrationFailed { from, why: MigrationFailure::UnknownSign { value } } => format!(
            "omzetten van formaatversie {from} naar {} mislukt: onbekend teken {value} bij 'sign' (verwacht \"+\" \
             of \"-\")",
            from + 1
        ),
    }
}

/// The English text of `kind` (see [`dutch`]).
pub(super) fn english(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::NotANumber { quantity: q, value } => {
            format!("{} is not a valid number ({value})", quantity(*q, EN))
        }
        ProblemKind::OutOfRange { quantity: q, value, range } => {
            format!("{} {} {}", quantity(*q, EN), number(*value), range_text(*range, EN))
        }
        ProblemKind::EmptyName => "the name is empty".to_owned(),
        ProblemKind::InvalidId { id } => format!(
            "invalid id '{id}': use only lower-case letters a–z, digits and '_' (not starting with '_', at most 64 \
             characters)"
        ),
        ProblemKind::DuplicateId { id, list } => {
            format!("the id '{id}' occurs more than once among the {}", list_name(*list, EN))
        }
        ProblemKind::IdUsedElsewhere { id, other } => {
            format!("the id '{id}' is also used by {} '{id}'", place_name(*other, EN))
        }
        ProblemKind::UnknownLinkStart { variable } => format!("the cause '{variable}' does not exist as a variable"),
        ProblemKind::UnknownLinkEnd { variable } => format!("the effect '{variable}' does not exist as a variable"),
        ProblemKind::SelfLink { variable } => format!("a link from '{variable}' to itself is not allowed"),
        ProblemKind::DuplicateLink { from, to, other } => {
            format!("there is already a link from '{from}' to '{to}' ('{other}')")
        }
        ProblemKind::PositionWithoutVariable => {
            "position of a variable that does not exist (left out when saving)".to_owned()
        }
        ProblemKind::UnknownVariable { variable } => format!("the variable '{variable}' does not exist"),
        ProblemKind::DuplicateOutcomeWeight => "this variable is in the resilience index more than once".to_owned(),
        ProblemKind::EndBeforeStart { end, start } => {
            format!("the end month {end} lies before the start month {start}")
        }
        ProblemKind::EffectOnUnknownVariable { variable } => {
            format!("the variable '{variable}' does not exist; this effect does not count")
        }
        ProblemKind::UnknownIntervention { id } => {
            format!("the intervention '{id}' does not exist (not in the project, not in the catalogue)")
        }
        ProblemKind::YearsReversed { first, last } => {
            format!("the last year {last} lies before the first year {first}")
        }
        ProblemKind::BudgetYearOutOfRange { year, range } => {
            format!("the budget year {year} {}", range_text(*range, EN))
        }
        ProblemKind::BudgetOutsidePlanYears { year, first, last } => {
            format!("there is a budget for {year}, outside the plan years {first}–{last}")
        }
        ProblemKind::UnknownField => {
            "unknown field name (typo?); this value is ignored and disappears when saving".to_owned()
        }
        ProblemKind::EmptyFile => "the file is empty".to_owned(),
        ProblemKind::TooNew { version, known } => format!(
            "This file has format version {version}; this version of Veerkrachtplanner knows version {known} and \
             older. Please update the program."
        ),
        ProblemKind::NoFormatVersion => {
            "the field 'format_version' is missing; is this really a Veerkrachtplanner project file?".to_owned()
        }
        ProblemKind::CannotMigrate { version, current } => format!(
            "this file has format version {version}; this version of Veerkrachtplanner cannot convert version \
             {version} to version {current}"
        ),
        ProblemKind::MigrationLostVersion => "the field 'format_version' is missing".to_owned(),
        ProblemKind::CannotOpen { path, io } => format!("Cannot open '{}': {}.", path.display(), read_reason(io, EN)),
        ProblemKind::IsFolder { path } => format!("'{}' is a folder, not a project file.", path.display()),
        ProblemKind::TooLarge { path, bytes, max } => {
            let what = path.as_ref().map_or_else(|| "The text".to_owned(), |p| format!("The file '{}'", p.display()));
            format!(
                "{what} is {} in size; Veerkrachtplanner opens project files up to {}. Is this really a project \
                 file?",
                file_size(*bytes, EN),
                file_size(*max, EN)
            )
        }
        ProblemKind::NotText { path, line } => format!(
            "'{}' is not a text file: line {line} has characters that are not UTF-8. A Veerkrachtplanner project \
             file is plain text; is this the right file?",
            path.display()
        ),
        ProblemKind::Limit(v) => capitalize_first(&violation(v, EN)),
        ProblemKind::Truncated => truncated(EN).to_owned(),
        ProblemKind::Syntax(code) => syntax(code, EN),
        ProblemKind::MigrationFailed { from, why: MigrationFailure::UnknownSign { value } } => format!(
            "converting format version {from} to {} failed: unknown sign {value} at 'sign' (expected \"+\" or \
             \"-\")",
            from + 1
        ),
    }
}
