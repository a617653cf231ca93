//! The Dutch wording of a broken limit ([`Violation`]), shared by `edit` (refused edits) and `io` (load problems).

use super::rules::{ListKind, Violation};
use std::fmt;

/// Dutch number with thousands separators: 30000 → "30.000".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

fn list_name(what: ListKind) -> &'static str {
    match what {
        ListKind::Variables => "variabelen",
        ListKind::Links => "verbanden",
        ListKind::Scenarios => "scenario's",
        ListKind::Shocks => "schokken",
        ListKind::Interventions => "interventies",
        ListKind::Effects => "effecten",
        ListKind::Plans => "plannen",
        ListKind::PlanItems => "planonderdelen",
        ListKind::OutcomeWeights => "uitkomstgewichten",
        ListKind::Tags => "labels",
        ListKind::RetiredIds => "eerder gebruikte id's",
    }
}

fn field_name(field: &str) -> &str {
    match field {
        "name" => "de naam",
        "description" => "de beschrijving",
        "source" => "de bron",
        "notes" => "de notities",
        "reason" => "de toelichting",
        "note" => "de toelichting bij een schok",
        "title" => "de titel",
        "gemeente" => "de gemeente",
        "author" => "de auteur",
        "created" | "modified" => "de datum",
        "target_group" | "target_groups" => "een doelgroep",
        "databank" => "de databank",
        "owner" => "de trekker",
        "partners" => "een partner",
        "wijken" => "een wijk",
        other => other,
    }
}

/// "het project …" → "Het project …".
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Where the violation is: the item's id (empty for the project as a whole).
pub fn owner(v: &Violation) -> &str {
    match v {
        Violation::TooMany { owner, .. } => owner.as_deref().unwrap_or_default(),
        Violation::TooLong { owner, .. } => owner,
        Violation::PlanTooLong { plan, .. } => plan,
        _ => "",
    }
}

/// "het project heeft 30.001 verbanden; het maximum is 30.000", … (lower case, no final full stop).
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = |n: usize| grouped(n as u64);
        match self {
            Self::TooMany { what, owner: None, count, max } => {
                write!(f, "het project heeft {} {}; het maximum is {}", g(*count), list_name(*what), g(*max))
            }
            Self::TooMany { what, owner: Some(o), count, max } => {
                write!(f, "'{o}' heeft {} {}; het maximum is {}", g(*count), list_name(*what), g(*max))
            }
            Self::TooLong { field, owner, chars, max } => {
                let at = if owner.is_empty() { String::new() } else { format!(" van '{owner}'") };
                write!(f, "{}{at} is {} tekens lang; het maximum is {}", field_name(field), g(*chars), g(*max))
            }
            Self::TotalTextTooLong { chars, max } => {
                write!(f, "alle teksten samen zijn {} tekens; het maximum is {}", g(*chars), g(*max))
            }
            Self::PlanTooLong { plan, years, max } => write!(
                f,
                "plan '{plan}' beslaat {} jaar; een plan beslaat hoogstens {max} jaar",
                grouped(years.unsigned_abs())
            ),
            Self::RunTooLarge { steps, size, max } => write!(
                f,
                "één simulatie is te veel rekenwerk: {} tijdstappen × {} variabelen en verbanden = {} (het maximum \
                 is {}); vergroot de tijdstap of verkort de horizon",
                grouped(*steps),
                grouped(*size),
                grouped(steps.saturating_mul(*size)),
                grouped(*max)
            ),
            Self::MonteCarloTooLarge { runs, work, max } => write!(
                f,
                "{} Monte Carlo-runs zijn te veel rekenwerk ({}; het maximum is {}); kies minder runs",
                grouped(*runs),
                grouped(*work),
                grouped(*max)
            ),
            Self::CommandsTooLarge { simulations, work, max } => write!(
                f,
                "het doorrekenen van plannen en de optimalisatie ({} simulaties) is te veel rekenwerk ({}; het \
                 maximum is {}); vergroot de tijdstap, verkort de horizon of gebruik minder interventies",
                grouped(*simulations),
                grouped(*work),
                grouped(*max)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_the_dutch_way() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(30_000), "30.000");
        assert_eq!(grouped(1_234_567), "1.234.567");
    }

    #[test]
    fn sizes_in_a_message_agree() {
        let v = Violation::RunTooLarge { steps: 4800, size: 40_000, max: 50_000_000 };
        assert!(v.to_string().contains("4.800 tijdstappen × 40.000 variabelen en verbanden = 192.000.000"));
        let v = Violation::TooMany { what: ListKind::Links, owner: None, count: 30_001, max: 30_000 };
        assert_eq!(v.to_string(), "het project heeft 30.001 verbanden; het maximum is 30.000");
    }
}
