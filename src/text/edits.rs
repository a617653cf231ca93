//! What an edit does, in words: "variabele verplaatsen", "2 verbanden verwijderen".

use super::Language;
use crate::edit::EditSummary;

/// "variabele" / "variabelen" (or "variable" / "variables"): the noun for `n` variables, without the count.
fn variables(n: usize, lang: Language) -> &'static str {
    match (lang, n == 1) {
        (Language::Nl, true) => "variabele",
        (Language::Nl, false) => "variabelen",
        (Language::En, true) => "variable",
        (Language::En, false) => "variables",
    }
}

fn links(n: usize, lang: Language) -> &'static str {
    match (lang, n == 1) {
        (Language::Nl, true) => "verband",
        (Language::Nl, false) => "verbanden",
        (Language::En, true) => "link",
        (Language::En, false) => "links",
    }
}

/// The things an edit takes away: "variabele", "2 verbanden", "selectie".
fn parts(variable_count: usize, link_count: usize, lang: Language) -> String {
    let counted = |n: usize, noun: &str| if n == 1 { noun.to_owned() } else { format!("{n} {noun}") };
    match (variable_count, link_count) {
        (0, l) => counted(l, links(l, lang)),
        (v, 0) => counted(v, variables(v, lang)),
        _ => lang.pick("selectie", "selection").to_owned(),
    }
}

/// What the edit does, lower case, e.g. "variabele verplaatsen" (Dutch) or "move variable" (English).
pub fn summary(summary: EditSummary, lang: Language) -> String {
    let nl = lang == Language::Nl;
    let fixed = |nl_text: &str, en_text: &str| if nl { nl_text.to_owned() } else { en_text.to_owned() };
    match summary {
        EditSummary::AddVariable => fixed("variabele toevoegen", "add variable"),
        EditSummary::UpdateVariable => fixed("variabele wijzigen", "change variable"),
        EditSummary::AddLink => fixed("verband toevoegen", "add link"),
        EditSummary::UpdateLink => fixed("verband wijzigen", "change link"),
        EditSummary::MoveVariables(n) => {
            let what = parts(n, 0, lang);
            if nl { format!("{what} verplaatsen") } else { format!("move {what}") }
        }
        EditSummary::Delete { variables, links } => {
            let what = parts(variables, links, lang);
            if nl { format!("{what} verwijderen") } else { format!("delete {what}") }
        }
        EditSummary::Remove { variables, links } => {
            let what = parts(variables, links, lang);
            if nl { format!("{what} weghalen") } else { format!("remove {what}") }
        }
        EditSummary::Restore => fixed("verwijderde onderdelen terugzetten", "restore deleted parts"),
        EditSummary::SetMeta => fixed("projectgegevens wijzigen", "change project details"),
        EditSummary::SetLayout => fixed("indeling wijzigen", "change layout"),
        EditSummary::SetOutcome => fixed("veerkrachtindex wijzigen", "change resilience index"),
        EditSummary::SetSettings => fixed("simulatie-instellingen wijzigen", "change simulation settings"),
        EditSummary::SetScenarios => fixed("scenario's wijzigen", "change scenarios"),
        EditSummary::SetInterventions => fixed("interventies wijzigen", "change interventions"),
        EditSummary::SetPlans => fixed("plannen wijzigen", "change plans"),
        EditSummary::SetRetiredIds => fixed("lijst van gebruikte ids bijwerken", "update the list of used ids"),
        EditSummary::Nothing => fixed("niets wijzigen", "change nothing"),
        EditSummary::Several => fixed("meerdere wijzigingen", "several changes"),
    }
}

/// The status line after undo: "Ongedaan gemaakt: verband verwijderen." / "Undone: delete link.".
pub fn undone(step: EditSummary, lang: Language) -> String {
    let what = summary(step, lang);
    match lang {
        Language::Nl => format!("Ongedaan gemaakt: {what}."),
        Language::En => format!("Undone: {what}."),
    }
}

/// The status line after redo: "Opnieuw gedaan: verband verwijderen." / "Redone: delete link.".
pub fn redone(step: EditSummary, lang: Language) -> String {
    let what = summary(step, lang);
    match lang {
        Language::Nl => format!("Opnieuw gedaan: {what}."),
        Language::En => format!("Redone: {what}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_plurals_in_both_languages() {
        assert_eq!(summary(EditSummary::MoveVariables(1), Language::Nl), "variabele verplaatsen");
        assert_eq!(summary(EditSummary::MoveVariables(2), Language::Nl), "2 variabelen verplaatsen");
        assert_eq!(summary(EditSummary::MoveVariables(1), Language::En), "move variable");
        assert_eq!(summary(EditSummary::MoveVariables(3), Language::En), "move 3 variables");
        let links = EditSummary::Delete { variables: 0, links: 2 };
        assert_eq!(summary(links, Language::Nl), "2 verbanden verwijderen");
        assert_eq!(summary(links, Language::En), "delete 2 links");
        let both = EditSummary::Remove { variables: 1, links: 1 };
        assert_eq!(summary(both, Language::Nl), "selectie weghalen");
        assert_eq!(summary(EditSummary::Remove { variables: 0, links: 1 }, Language::Nl), "verband weghalen");
    }

    #[test]
    fn undo_and_redo_say_what_they_did() {
        let one_link = EditSummary::Delete { variables: 0, links: 1 };
        assert_eq!(undone(one_link, Language::Nl), "Ongedaan gemaakt: verband verwijderen.");
        assert_eq!(undone(one_link, Language::En), "Undone: delete link.");
        assert_eq!(redone(EditSummary::MoveVariables(2), Language::Nl), "Opnieuw gedaan: 2 variabelen verplaatsen.");
        assert_eq!(redone(EditSummary::AddLink, Language::En), "Redone: add link.");
    }
}
