//! What an edit does, in words: "variabele verplaatsen", "2 verbanden verwijderen".

use super::Language;
use super::diff_names::{describe_in, is_move};
use crate::diff::{Diff, Difference, Key};
use crate::edit::EditSummary;
use crate::model::Project;

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

fn interventions(n: usize, lang: Language) -> &'static str {
    match (lang, n == 1) {
        (Language::Nl, true) => "interventie",
        (Language::Nl, false) => "interventies",
        (Language::En, true) => "intervention",
        (Language::En, false) => "interventions",
    }
}

/// "nog 1 wijziging" / "nog 3 wijzigingen" ("1 more change" / "3 more changes").
fn more_changes(n: usize, lang: Language) -> String {
    match (lang, n == 1) {
        (Language::Nl, true) => "nog 1 wijziging".to_owned(),
        (Language::Nl, false) => format!("nog {n} wijzigingen"),
        (Language::En, true) => "1 more change".to_owned(),
        (Language::En, false) => format!("{n} more changes"),
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

/// What a step did, in words, from `changes` (what it changed), naming items in `lang` from `projects` (the versions
/// before and after): the one difference it made ("verband 'Stress → Welbevinden' verwijderd"); "3 variabelen
/// verplaatst"; the first difference and how many more ("variabele 'Stress' verwijderd, met 4 verbanden"); or,
/// when nothing the user sees changed, the step's summary ("variabele verwijderen"). Lower case.
pub fn step_words(step: EditSummary, changes: &Diff, projects: &[&Project], lang: Language) -> String {
    // The list of retired ids is bookkeeping, not something the user did.
    let made: Vec<&Difference> = changes.differences.iter().filter(|d| d.key != Key::RetiredIds).collect();
    let sentence = match made.as_slice() {
        [] => return summary(step, lang),
        [one] => describe_in(one, projects, lang),
        many if many.iter().all(|d| is_move(d)) => {
            let n = many.len();
            match lang {
                Language::Nl => format!("{n} variabelen verplaatst"),
                Language::En => format!("{n} variables moved"),
            }
        }
        [first, rest @ ..] => {
            // The links of a deleted variable, the interventions of a new plan: counted by kind.
            let link_count = rest.iter().filter(|d| matches!(d.key, Key::Link(_))).count();
            let item_count = rest.iter().filter(|d| matches!(d.key, Key::PlanItem(..))).count();
            let mut counted = Vec::new();
            if link_count > 0 {
                counted.push(format!("{link_count} {}", links(link_count, lang)));
            }
            if item_count > 0 {
                counted.push(format!("{item_count} {}", interventions(item_count, lang)));
            }
            let others = rest.len() - link_count - item_count;
            let and = lang.pick("en", "and");
            let with = if counted.is_empty() {
                String::new()
            } else {
                format!("{} {}", lang.pick("met", "with"), counted.join(&format!(" {and} ")))
            };
            let more = match (with.is_empty(), others) {
                (_, 0) => with,
                (true, n) => format!("{and} {}", more_changes(n, lang)),
                (false, n) => format!("{with} {and} {}", more_changes(n, lang)),
            };
            format!("{}, {more}", describe_in(first, projects, lang))
        }
    };
    let mut chars = sentence.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// The status line after an edit: "Verband 'Stress → Welbevinden' verwijderd (Ctrl+Z maakt het ongedaan)." /
/// "Plan 'Basis' renamed to 'Ambitieus' (Ctrl+Z undoes it)."; `changes` is before → after, `undo_keys` as the
/// platform writes them.
pub fn done(step: EditSummary, changes: &Diff, projects: &[&Project], undo_keys: &str, lang: Language) -> String {
    let words = step_words(step, changes, projects, lang);
    let mut chars = words.chars();
    let words: String = chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
    match lang {
        Language::Nl => format!("{words} ({undo_keys} maakt het ongedaan)."),
        Language::En => format!("{words} ({undo_keys} undoes it)."),
    }
}

/// The status line after undo: "Ongedaan gemaakt: verband 'Stress → Welbevinden' verwijderd." / "Undone: link
/// 'Stress → Well-being' removed."; `changes` is what the undone step had changed.
pub fn undone(step: EditSummary, changes: &Diff, projects: &[&Project], lang: Language) -> String {
    let what = step_words(step, changes, projects, lang);
    match lang {
        Language::Nl => format!("Ongedaan gemaakt: {what}."),
        Language::En => format!("Undone: {what}."),
    }
}

/// The status line after redo: "Opnieuw gedaan: verband 'Stress → Welbevinden' verwijderd." / "Redone: …".
pub fn redone(step: EditSummary, changes: &Diff, projects: &[&Project], lang: Language) -> String {
    let what = step_words(step, changes, projects, lang);
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
        let before = crate::io::default_project();
        let link = before.links.iter().position(|l| l.from.as_str() == "stress" && l.to.as_str() == "welbevinden");
        let link = link.expect("the base model links stress to welbevinden");
        let mut after = before.clone();
        after.links.remove(link);
        // The step deleted one link: named with its variables, in the user's language.
        let one_link = EditSummary::Delete { variables: 0, links: 1 };
        let changes = crate::diff::diff(&before, &after);
        let both = [&after, &before];
        assert_eq!(
            undone(one_link, &changes, &both, Language::Nl),
            "Ongedaan gemaakt: verband 'Stress → Welbevinden' verwijderd."
        );
        assert_eq!(redone(one_link, &changes, &both, Language::En), "Redone: link 'Stress → Well-being' removed.");
        assert_eq!(
            done(one_link, &changes, &both, "Ctrl+Z", Language::Nl),
            "Verband 'Stress → Welbevinden' verwijderd (Ctrl+Z maakt het ongedaan)."
        );
        // Nothing the user sees: the step's summary.
        let nothing = crate::diff::diff(&before, &before);
        assert_eq!(undone(EditSummary::AddLink, &nothing, &[&before], Language::En), "Undone: add link.");
    }

    #[test]
    fn a_step_with_many_changes_names_the_first_and_counts_the_rest() {
        let before = crate::io::default_project();
        let delete = |id: &str| {
            let id = crate::model::VariableId::new(id);
            let mut after = before.clone();
            let edit = crate::edit::Edit::Delete { variables: vec![id.clone()], links: Vec::new() };
            crate::edit::apply(&mut after, edit).expect("can be deleted");
            let links = before.links.iter().filter(|l| l.from == id || l.to == id).count();
            (after, links)
        };
        let step = EditSummary::Delete { variables: 1, links: 0 };
        // Shame has links only.
        let (after, links) = delete("schaamte");
        let changes = crate::diff::diff(&before, &after);
        let words = step_words(step, &changes, &[&after, &before], Language::En);
        assert_eq!(words, format!("variable 'Shame' removed, with {links} links"));
        // Well-being also has a weight in the resilience index, which goes with it.
        let (after, links) = delete("welbevinden");
        let changes = crate::diff::diff(&before, &after);
        let words = step_words(step, &changes, &[&after, &before], Language::En);
        assert_eq!(words, format!("variable 'Well-being' removed, with {links} links and 1 more change"));
        let words = step_words(step, &changes, &[&after, &before], Language::Nl);
        assert_eq!(words, format!("variabele 'Welbevinden' verwijderd, met {links} verbanden en nog 1 wijziging"));
        // A new plan with one intervention.
        let mut planned = before.clone();
        let mut plan = crate::model::Plan {
            id: "basis".into(),
            name: "Basis".into(),
            first_year: 2026,
            last_year: 2029,
            budget_eur: std::collections::BTreeMap::new(),
            items: Vec::new(),
            notes: String::new(),
        };
        plan.items.push(crate::model::PlanItem::new(crate::plan::catalogue()[0].id.clone(), 100.0));
        planned.plans.push(plan);
        let changes = crate::diff::diff(&before, &planned);
        let words = step_words(EditSummary::SetPlans, &changes, &[&planned, &before], Language::En);
        assert_eq!(words, "plan 'Basis' added, with 1 intervention");
        // Moving three variables.
        let mut moved = before.clone();
        for p in moved.layout.positions.values_mut().take(3) {
            p.y += 10.0;
        }
        let changes = crate::diff::diff(&before, &moved);
        let words = step_words(EditSummary::MoveVariables(3), &changes, &[&moved], Language::Nl);
        assert_eq!(words, "3 variabelen verplaatst");
    }
}
