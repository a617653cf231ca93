//! Differences named in the user's language: "Verband 'Stress → Welbevinden' verwijderd" in Dutch, "Link 'Stress →
//! Well-being' removed" in English. The label a [`Difference`] carries is the name as written in the file (Dutch for
//! the built-in model); here built-in variables, the built-in crisis and our catalogue items are named in the user's
//! language through [`super::model_names`] and [`super::catalogue`], while a gemeente's own items keep their own
//! name. A renamed item reads as "Plan 'Basis' hernoemd naar 'Ambitieus'", a moved one as "verplaatst".

use super::Language;
use super::diff::{field_lines_with, kind_name, value_text};
use super::model_names::{lookup_scenario, lookup_variable};
use super::number::format_eur_in;
use crate::diff::{Change, Difference, Key};
use crate::model::{Project, VariableId};
use serde_json::Value;

fn variable_label(project: &Project, id: &VariableId, lang: Language) -> String {
    super::model_names::variable_name_in(project, id, lang).to_owned()
}

fn intervention_label(project: &Project, id: &crate::model::InterventionId, lang: Language) -> String {
    crate::plan::find_intervention(project, id).map_or_else(
        || id.as_str().to_owned(),
        |i| super::catalogue::intervention_name(&i.id, &i.name, lang).to_owned(),
    )
}

/// The item `key` named in `lang` from the first of `projects` that has it ("Stress → Well-being" for a link);
/// `None` when none of them has it or the item has no name (settings, project details).
pub fn item_label(key: &Key, projects: &[&Project], lang: Language) -> Option<String> {
    projects.iter().find_map(|p| label_in(p, key, lang))
}

fn label_in(project: &Project, key: &Key, lang: Language) -> Option<String> {
    match key {
        Key::Variable(id) | Key::OutcomeWeight(id) => project.variable(id).map(|_| variable_label(project, id, lang)),
        Key::Link(id) => project
            .link(id)
            .map(|l| format!("{} → {}", variable_label(project, &l.from, lang), variable_label(project, &l.to, lang))),
        Key::Scenario(id) => {
            project.scenario(id).map(|s| super::model_names::scenario_name(&s.id, &s.name, lang).to_owned())
        }
        Key::Plan(id) => project.plan(id).map(|p| p.name.clone()),
        Key::PlanItem(plan, intervention) => project
            .plan(plan)
            .filter(|p| p.items.iter().any(|i| &i.intervention == intervention))
            .map(|p| format!("{}: {}", p.name, intervention_label(project, intervention, lang))),
        Key::Intervention(id) => project
            .interventions
            .iter()
            .find(|i| &i.id == id)
            .map(|i| super::catalogue::intervention_name(&i.id, &i.name, lang).to_owned()),
        Key::Settings | Key::Meta | Key::RetiredIds => None,
    }
}

/// The label the difference carries, in `lang` where it is the name of a built-in item.
fn stored_label(key: &Key, label: &str, lang: Language) -> String {
    match key {
        Key::Variable(id) | Key::OutcomeWeight(id) => lookup_variable(id.as_str(), label, lang),
        Key::Scenario(id) => lookup_scenario(id.as_str(), label, lang),
        Key::Intervention(id) => super::catalogue::intervention_name(id, label, lang),
        _ => label,
    }
    .to_owned()
}

/// A field's value in words, with the name of a built-in item in `lang`: a variable's or the crisis's old or new
/// name, and the variable or intervention a link, weight or plan item points to.
fn value_in(key: &Key, field: &str, value: &Value, projects: &[&Project], lang: Language) -> String {
    let quoted = |s: &str| format!("'{s}'");
    match (key, field, value) {
        (Key::Variable(id), "name", Value::String(s)) => quoted(lookup_variable(id.as_str(), s, lang)),
        (Key::Scenario(id), "name", Value::String(s)) => quoted(lookup_scenario(id.as_str(), s, lang)),
        (Key::Intervention(id), "name", Value::String(s)) => quoted(super::catalogue::intervention_name(id, s, lang)),
        (Key::Link(_), "from" | "to", Value::String(s)) | (Key::OutcomeWeight(_), "variable", Value::String(s)) => {
            let id = VariableId::new(s);
            projects
                .iter()
                .find(|p| p.variable(&id).is_some())
                .map_or_else(|| quoted(s), |p| quoted(&variable_label(p, &id, lang)))
        }
        (_, "budget_eur", Value::Number(n)) => n.as_f64().map_or_else(|| n.to_string(), |n| format_eur_in(n, lang)),
        _ => value_text(value, lang),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Like [`super::diff::describe`], with the names in `lang` taken from `projects` (the two versions the difference
/// lies between, in any order): "Link 'Stress → Well-being' removed", "Plan 'Basis' renamed to 'Ambitieus'",
/// "Variable 'Stress' moved".
pub fn describe_in(d: &Difference, projects: &[&Project], lang: Language) -> String {
    if let Key::PlanItem(plan, intervention) = &d.key
        && let Some(sentence) = plan_item_sentence(d, plan, intervention, projects, lang)
    {
        return sentence;
    }
    let kind = capitalised(kind_name(&d.key, lang));
    let name = item_label(&d.key, projects, lang).unwrap_or_else(|| stored_label(&d.key, &d.label, lang));
    let what = if name.is_empty() { kind.clone() } else { format!("{kind} '{name}'") };
    match &d.change {
        Change::Added(_) => format!("{what} {}", lang.pick("toegevoegd", "added")),
        Change::Removed(_) => format!("{what} {}", lang.pick("verwijderd", "removed")),
        Change::Changed(fields) => match fields.as_slice() {
            [only] if only.field == "name" => {
                let old = value_in(&d.key, "name", &only.old, projects, lang);
                let new = value_in(&d.key, "name", &only.new, projects, lang);
                format!("{kind} {old} {} {new}", lang.pick("hernoemd naar", "renamed to"))
            }
            [only] if only.field == "position" => format!("{what} {}", lang.pick("verplaatst", "moved")),
            _ => {
                let lines = field_lines_with(d, lang, |field, value| value_in(&d.key, field, value, projects, lang));
                format!("{what} {}: {}", lang.pick("gewijzigd", "changed"), lines.join("; "))
            }
        },
    }
}

/// "Interventie 'X' toegevoegd aan plan 'Basis'" / "Intervention 'X' removed from plan 'Basis'" / "… in plan
/// 'Basis' changed: …"; `None` when no version has the plan.
fn plan_item_sentence(
    d: &Difference,
    plan: &crate::model::PlanId,
    intervention: &crate::model::InterventionId,
    projects: &[&Project],
    lang: Language,
) -> Option<String> {
    let project = projects.iter().find(|p| p.plan(plan).is_some())?;
    let plan = project.plan(plan)?.name.clone();
    let item = intervention_label(project, intervention, lang);
    let kind = lang.pick("Interventie", "Intervention");
    Some(match (&d.change, lang) {
        (Change::Added(_), Language::Nl) => format!("{kind} '{item}' toegevoegd aan plan '{plan}'"),
        (Change::Added(_), Language::En) => format!("{kind} '{item}' added to plan '{plan}'"),
        (Change::Removed(_), Language::Nl) => format!("{kind} '{item}' uit plan '{plan}' gehaald"),
        (Change::Removed(_), Language::En) => format!("{kind} '{item}' removed from plan '{plan}'"),
        (Change::Changed(_), _) => {
            let lines = field_lines_with(d, lang, |field, value| value_in(&d.key, field, value, projects, lang));
            match lang {
                Language::Nl => format!("{kind} '{item}' in plan '{plan}' gewijzigd: {}", lines.join("; ")),
                Language::En => format!("{kind} '{item}' in plan '{plan}' changed: {}", lines.join("; ")),
            }
        }
    })
}

/// True when the difference only moves a variable on the canvas.
pub fn is_move(d: &Difference) -> bool {
    matches!((&d.key, &d.change), (Key::Variable(_), Change::Changed(f)) if f.len() == 1 && f[0].field == "position")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link_stress_welbevinden(project: &Project) -> usize {
        let at = project.links.iter().position(|l| l.from.as_str() == "stress" && l.to.as_str() == "welbevinden");
        at.expect("the base model links stress to welbevinden")
    }

    #[test]
    fn built_in_items_are_named_in_the_users_language() {
        let before = crate::io::default_project();
        let mut after = before.clone();
        after.links.remove(link_stress_welbevinden(&before));
        let changes = crate::diff::diff(&before, &after);
        let removed = changes.differences.iter().find(|d| matches!(d.key, Key::Link(_))).expect("a link");
        let both = [&after, &before];
        assert_eq!(describe_in(removed, &both, Language::Nl), "Verband 'Stress → Welbevinden' verwijderd");
        assert_eq!(describe_in(removed, &both, Language::En), "Link 'Stress → Well-being' removed");
    }

    #[test]
    fn an_intervention_added_to_a_plan_is_named_with_the_plan() {
        let before = crate::io::default_project();
        let mut after = before.clone();
        let item = crate::plan::catalogue().first().expect("a catalogue").id.clone();
        after.plans.push(crate::model::Plan {
            id: "basis".into(),
            name: "Basis".into(),
            first_year: 2026,
            last_year: 2029,
            budget_eur: std::collections::BTreeMap::new(),
            items: vec![crate::model::PlanItem::new(item, 100.0)],
            notes: String::new(),
        });
        let changes = crate::diff::diff(&before, &after);
        let added = changes.differences.iter().find(|d| matches!(d.key, Key::PlanItem(..))).expect("the item");
        let en = describe_in(added, &[&after, &before], Language::En);
        assert_eq!(en, "Intervention 'TNO advice 1: Ease the load on single parents' added to plan 'Basis'");
        let nl = describe_in(added, &[&after, &before], Language::Nl);
        assert!(nl.starts_with("Interventie 'TNO-advies 1") && nl.ends_with("toegevoegd aan plan 'Basis'"), "{nl}");
    }

    #[test]
    fn renames_and_moves_read_as_such_and_own_names_stay() {
        let before = crate::io::default_project();
        let mut after = before.clone();
        after.scenarios[0].name = "Hittegolf".into();
        let changes = crate::diff::diff(&before, &after);
        let [renamed] = changes.differences.as_slice() else { panic!("one difference: {changes:?}") };
        let both = [&after, &before];
        assert_eq!(describe_in(renamed, &both, Language::En), "Scenario 'New crisis' renamed to 'Hittegolf'");
        assert_eq!(describe_in(renamed, &both, Language::Nl), "Scenario 'Nieuwe crisis' hernoemd naar 'Hittegolf'");

        let mut moved = before.clone();
        let id = VariableId::new("welbevinden");
        moved.layout.positions.get_mut(&id).expect("placed").x += 40.0;
        let changes = crate::diff::diff(&before, &moved);
        let [one] = changes.differences.as_slice() else { panic!("one difference: {changes:?}") };
        assert!(is_move(one));
        assert_eq!(describe_in(one, &[&moved], Language::En), "Variable 'Well-being' moved");

        // A gemeente's own name is kept in English.
        let mut own = before.clone();
        own.variables.iter_mut().find(|v| v.id == id).expect("built in").name = "Geluk".into();
        let mut own_after = own.clone();
        own_after.variables.iter_mut().find(|v| v.id == id).expect("built in").baseline += 5.0;
        let changes = crate::diff::diff(&own, &own_after);
        let [changed] = changes.differences.as_slice() else { panic!("one difference: {changes:?}") };
        assert!(describe_in(changed, &[&own_after, &own], Language::En).starts_with("Variable 'Geluk' changed"));
    }
}
