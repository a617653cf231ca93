//! A broken limit of `model::rules` ([`Violation`]) in words, shared by refused edits (`text::edit_errors`) and
//! load problems (`text::problems`). `Display` is the Dutch text.

use super::Language;
use crate::model::rules::{ListKind, PlanItemAt, Violation};
use std::fmt;

/// A whole number with thousands separators: 30000 → "30.000" (Dutch) or "30,000" (English).
pub fn grouped_in(n: u64, lang: Language) -> String {
    let separator = lang.pick('.', ',');
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// First character upper case (a sentence start).
pub fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn list_name(what: ListKind, lang: Language) -> &'static str {
    let (nl, en) = match what {
        ListKind::Variables => ("variabelen", "variables"),
        ListKind::Links => ("verbanden", "links"),
        ListKind::Scenarios => ("scenario's", "scenarios"),
        ListKind::Shocks => ("schokken", "shocks"),
        ListKind::Interventions => ("interventies", "interventions"),
        ListKind::Effects => ("effecten", "effects"),
        ListKind::Plans => ("plannen", "plans"),
        ListKind::PlanItems => ("planonderdelen", "plan items"),
        ListKind::OutcomeWeights => ("uitkomstgewichten", "outcome weights"),
        ListKind::Tags => ("labels", "labels"),
        ListKind::RetiredIds => ("eerder gebruikte id's", "previously used ids"),
    };
    lang.pick(nl, en)
}

/// The text field a [`Violation::TooLong`] names (the model's field name), as the start of a sentence.
fn field_name(field: &str, lang: Language) -> &str {
    let (nl, en) = match field {
        "name" => ("de naam", "the name"),
        "description" => ("de beschrijving", "the description"),
        "source" => ("de bron", "the source"),
        "notes" => ("de notities", "the notes"),
        "reason" => ("de toelichting", "the explanation"),
        "note" => ("de toelichting bij een schok", "the note on a shock"),
        "title" => ("de titel", "the title"),
        "gemeente" => ("de gemeente", "the municipality"),
        "author" => ("de auteur", "the author"),
        "created" | "modified" => ("de datum", "the date"),
        "target_group" | "target_groups" => ("een doelgroep", "a target group"),
        "databank" => ("de databank", "the database"),
        "owner" => ("de trekker", "the lead"),
        "partners" => ("een partner", "a partner"),
        "wijken" => ("een wijk", "a neighbourhood"),
        other => return other,
    };
    lang.pick(nl, en)
}

/// " in plan 'p'" for a plan item (the same words in Dutch and English), else nothing.
fn in_plan(item: Option<&PlanItemAt>) -> String {
    item.map(|at| format!(" in plan '{}'", at.plan)).unwrap_or_default()
}

/// The violation in `lang`, lower case and without a final full stop: "het project heeft 30.001 verbanden; het
/// maximum is 30.000".
pub fn violation(v: &Violation, lang: Language) -> String {
    let g = |n: u64| grouped_in(n, lang);
    let u = |n: usize| g(n as u64);
    let nl = lang == Language::Nl;
    match v {
        Violation::TooMany { what, owner, item, count, max } => {
            let who = match (owner, nl) {
                (None, true) => "het project".to_owned(),
                (None, false) => "the project".to_owned(),
                (Some(o), _) => format!("'{o}'{}", in_plan(item.as_ref())),
            };
            let list = list_name(*what, lang);
            if nl {
                format!("{who} heeft {} {list}; het maximum is {}", u(*count), u(*max))
            } else {
                format!("{who} has {} {list}; the maximum is {}", u(*count), u(*max))
            }
        }
        Violation::TooLong { field, owner, item, chars, max } => {
            let field = field_name(field, lang);
            let of = if owner.is_empty() {
                String::new()
            } else {
                format!(" {} '{owner}'{}", lang.pick("van", "of"), in_plan(item.as_ref()))
            };
            if nl {
                format!("{field}{of} is {} tekens lang; het maximum is {}", u(*chars), u(*max))
            } else {
                format!("{field}{of} is {} characters long; the maximum is {}", u(*chars), u(*max))
            }
        }
        Violation::TotalTextTooLong { chars, max } if nl => {
            format!("alle teksten samen zijn {} tekens; het maximum is {}", u(*chars), u(*max))
        }
        Violation::TotalTextTooLong { chars, max } => {
            format!("all texts together are {} characters; the maximum is {}", u(*chars), u(*max))
        }
        Violation::PlanTooLong { plan, years, max } if nl => {
            format!("plan '{plan}' beslaat {} jaar; een plan beslaat hoogstens {max} jaar", g(years.unsigned_abs()))
        }
        Violation::PlanTooLong { plan, years, max } => {
            format!("plan '{plan}' covers {} years; a plan covers at most {max} years", g(years.unsigned_abs()))
        }
        Violation::RunTooLarge { steps, per_step, size, max } => {
            let rk4 = if *per_step > 1 { format!(" × {per_step} (RK4)") } else { String::new() };
            let total = g(steps.saturating_mul(*per_step).saturating_mul(*size));
            if nl {
                format!(
                    "één simulatie is te veel rekenwerk: {} tijdstappen{rk4} × {} variabelen, verbanden en invoeren \
                     = {total} (het maximum is {}); vergroot de tijdstap of verkort de horizon",
                    g(*steps),
                    g(*size),
                    g(*max)
                )
            } else {
                format!(
                    "one simulation is too much computation: {} time steps{rk4} × {} variables, links and inputs \
                     = {total} (the maximum is {}); make the time step larger or the horizon shorter",
                    g(*steps),
                    g(*size),
                    g(*max)
                )
            }
        }
        Violation::MonteCarloTooLarge { runs, work, max } if nl => format!(
            "{} doorrekeningen voor de onzekerheidsband zijn te veel rekenwerk ({}; het maximum is {}); kies er minder",
            g(*runs),
            g(*work),
            g(*max)
        ),
        Violation::MonteCarloTooLarge { runs, work, max } => format!(
            "{} runs for the uncertainty band are too much computation ({}; the maximum is {}); choose fewer",
            g(*runs),
            g(*work),
            g(*max)
        ),
        Violation::CommandsTooLarge { simulations, work, max } if nl => format!(
            "het doorrekenen van plannen en de optimalisatie ({} simulaties) is te veel rekenwerk ({}; het \
             maximum is {}); vergroot de tijdstap, verkort de horizon of gebruik minder interventies",
            g(*simulations),
            g(*work),
            g(*max)
        ),
        Violation::CommandsTooLarge { simulations, work, max } => format!(
            "computing the plans and the optimisation ({} simulations) is too much computation ({}; the \
             maximum is {}); make the time step larger, the horizon shorter or use fewer interventions",
            g(*simulations),
            g(*work),
            g(*max)
        ),
    }
}

/// The Dutch text (see [`violation`]).
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&violation(self, Language::Nl))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_in_both_languages() {
        assert_eq!(grouped_in(0, Language::Nl), "0");
        assert_eq!(grouped_in(999, Language::Nl), "999");
        assert_eq!(grouped_in(30_000, Language::Nl), "30.000");
        assert_eq!(grouped_in(1_234_567, Language::Nl), "1.234.567");
        assert_eq!(grouped_in(1_234_567, Language::En), "1,234,567");
    }

    #[test]
    fn sizes_in_a_message_agree() {
        let v = Violation::RunTooLarge { steps: 4800, per_step: 1, size: 40_000, max: 50_000_000 };
        assert!(v.to_string().contains("4.800 tijdstappen × 40.000 variabelen, verbanden en invoeren = 192.000.000"));
        let v = Violation::RunTooLarge { steps: 4800, per_step: 4, size: 40_000, max: 50_000_000 };
        assert!(
            v.to_string()
                .contains("4.800 tijdstappen × 4 (RK4) × 40.000 variabelen, verbanden en invoeren = 768.000.000")
        );
        assert!(violation(&v, Language::En).contains("4,800 time steps × 4 (RK4) × 40,000 variables"));
        let v = Violation::TooMany { what: ListKind::Links, owner: None, item: None, count: 30_001, max: 30_000 };
        assert_eq!(v.to_string(), "het project heeft 30.001 verbanden; het maximum is 30.000");
        assert_eq!(violation(&v, Language::En), "the project has 30,001 links; the maximum is 30,000");
    }

    #[test]
    fn a_plan_item_is_named_with_its_plan() {
        let item = Some(PlanItemAt { plan: "p".to_owned(), index: 2 });
        let v = Violation::TooLong { field: "partners", owner: "i".to_owned(), item, chars: 201, max: 200 };
        assert_eq!(v.to_string(), "een partner van 'i' in plan 'p' is 201 tekens lang; het maximum is 200");
        assert_eq!(
            violation(&v, Language::En),
            "a partner of 'i' in plan 'p' is 201 characters long; the maximum is 200"
        );
        let v = Violation::TooLong { field: "title", owner: String::new(), item: None, chars: 201, max: 200 };
        assert!(v.to_string().ends_with(" is 201 tekens lang; het maximum is 200"), "{v}");
    }
}
