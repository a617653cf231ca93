//! The English names of the built-in model's own items (the TNO model's variables and its crisis scenario).
//!
//! The name in the project file stays as written (Dutch, it is the user's data). In English an item is shown under
//! its English name only while it still has the built-in id and the built-in Dutch name: once a gemeente renames it,
//! its own name is shown as written, in both languages.

use super::Language;
use crate::model::{Project, ScenarioId, VariableId};

/// `(id, [built-in Dutch name, English name])` of the variables of `projects/veerkracht-basis.veerkracht`.
const VARIABLES: [(&str, [&str; 2]); 28] = [
    (
        "bestaanszekerheid",
        [
            "Bestaanszekerheid (werk, inkomen, woning, veilige plek)",
            "Livelihood security (work, income, housing, a safe place)",
        ],
    ),
    ("collectieve_agency", ["Collectieve agency", "Collective agency"]),
    (
        "community_support",
        [
            "Community support (gesteund voelen door de buurt)",
            "Community support (feeling supported by the neighbourhood)",
        ],
    ),
    ("complexiteit_hulpsysteem", ["Complexiteit van het hulpsysteem", "Complexity of the care system"]),
    ("fysieke_ontmoetingen", ["Fysieke ontmoetingen in de buurt", "Meeting in person in the neighbourhood"]),
    ("gedeelde_idealen", ["Gedeelde idealen of geloof", "Shared ideals or faith"]),
    ("individuele_agency", ["Individuele agency", "Individual agency"]),
    ("ingrijpende_gebeurtenissen", ["Ingrijpende levensgebeurtenissen", "Major life events"]),
    (
        "levensvaardigheden",
        [
            "Levensvaardigheden (zelfvertrouwen, zelfbeheersing, emotieregulatie)",
            "Life skills (self-confidence, self-control, handling emotions)",
        ],
    ),
    ("lichamelijke_problemen", ["Lichamelijke problemen", "Physical health problems"]),
    ("maatschappelijke_participatie", ["Maatschappelijke participatie", "Taking part in society"]),
    ("mentale_problemen", ["Mentale problemen", "Mental health problems"]),
    ("opleiding_werk", ["Functioneren in opleiding en werk", "Functioning in education and work"]),
    ("opvoedgedrag", ["Adequaat opvoedgedrag", "Good parenting"]),
    ("ouder_kind_relatie", ["Ouder-kind relatie", "Parent-child relationship"]),
    ("prestatiedruk", ["Ervaren prestatiedruk", "Felt pressure to perform"]),
    ("professionele_hulp", ["Ontvangen professionele hulp", "Professional help received"]),
    ("schaamte", ["Schaamte", "Shame"]),
    ("signalering", ["Signalering van problemen", "Spotting problems early"]),
    ("sociaal_netwerk", ["Sociaal netwerk", "Social network"]),
    ("stress", ["Stress", "Stress"]),
    ("succeservaringen", ["Succeservaringen", "Experiences of success"]),
    ("toekomstperspectief", ["Toekomstperspectief", "Outlook on the future"]),
    ("vertrouwen_buurt", ["Vertrouwen in de buurt", "Trust in the neighbourhood"]),
    ("wachttijden_ggz", ["Wachttijden GGZ", "Waiting times for mental health care"]),
    ("weg_naar_hulp", ["De weg naar hulp kunnen vinden", "Knowing where to find help"]),
    ("welbevinden", ["Welbevinden", "Well-being"]),
    ("zelfvertrouwen", ["Zelfvertrouwen", "Self-confidence"]),
];

/// `(id, [built-in Dutch name, English name])` of the built-in model's scenarios.
const SCENARIOS: [(&str, [&str; 2]); 1] = [("nieuwe_crisis", ["Nieuwe crisis", "New crisis"])];

/// In English, the English text of the row of `table` with this `id` whose Dutch text is `name`; otherwise `name`.
/// (Shared with the descriptions in [`super::model_descriptions`].)
pub(super) fn lookup<'a>(table: &[(&str, [&'static str; 2])], id: &str, name: &'a str, lang: Language) -> &'a str {
    if lang == Language::En
        && let Some((_, [_, english])) = table.iter().find(|(i, [nl, _])| *i == id && *nl == name)
    {
        return english;
    }
    name
}

/// The text to store for row `id` of `table` when the user typed `typed` in a box that showed the English text:
/// the shipped Dutch text when `typed` is the English text (left as shown, or typed back), so that the file keeps
/// the Dutch and both languages keep showing their own; any other text as typed.
pub(super) fn stored<'a>(table: &[(&str, [&'static str; 2])], id: &str, typed: &'a str, lang: Language) -> &'a str {
    if lang == Language::En
        && let Some((_, [dutch, _])) = table.iter().find(|(i, [_, en])| *i == id && *en == typed)
    {
        return dutch;
    }
    typed
}

/// The name to store for variable `id` after the user typed `typed` in its name box (see [`stored`]): "Well-being"
/// typed in English stores "Welbevinden"; "Geluk" stores "Geluk".
pub fn stored_variable_name<'a>(id: &VariableId, typed: &'a str, lang: Language) -> &'a str {
    stored(&VARIABLES, id.as_str(), typed, lang)
}

/// The name to store for scenario `id` after the user typed `typed` (see [`stored_variable_name`]).
pub fn stored_scenario_name<'a>(id: &ScenarioId, typed: &'a str, lang: Language) -> &'a str {
    stored(&SCENARIOS, id.as_str(), typed, lang)
}

/// [`variable_name`] by the id as text.
pub(super) fn lookup_variable<'a>(id: &str, name: &'a str, lang: Language) -> &'a str {
    lookup(&VARIABLES, id, name, lang)
}

/// [`scenario_name`] by the id as text.
pub(super) fn lookup_scenario<'a>(id: &str, name: &'a str, lang: Language) -> &'a str {
    lookup(&SCENARIOS, id, name, lang)
}

/// The name to show for variable `id` called `name`: the English name of a built-in variable that still has its
/// built-in name in English, otherwise `name` as written.
pub fn variable_name<'a>(id: &VariableId, name: &'a str, lang: Language) -> &'a str {
    lookup(&VARIABLES, id.as_str(), name, lang)
}

/// The name to show for scenario `id` called `name` (see [`variable_name`]).
pub fn scenario_name<'a>(id: &ScenarioId, name: &'a str, lang: Language) -> &'a str {
    lookup(&SCENARIOS, id.as_str(), name, lang)
}

/// The name to show for the variable with id `id` in `project`; the id itself when the project has no such variable.
pub fn variable_name_in<'a>(project: &'a Project, id: &'a VariableId, lang: Language) -> &'a str {
    project.variable(id).map_or(id.as_str(), |v| variable_name(&v.id, &v.name, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcome_and_assumption_labels_use_the_english_names() {
        use crate::plan::{Assumption, Outcome};
        let project = crate::io::default_project();
        let stress = VariableId::new("stress");
        let welbevinden = VariableId::new("welbevinden");
        let outcome = Outcome::Variable(stress.clone());
        assert_eq!(super::super::optimizer::outcome_label(&outcome, &project, Language::Nl), "Stress");
        let link = project.links.iter().find(|l| l.from == stress && l.to == welbevinden).unwrap();
        let assumption = Assumption::Link { id: link.id.clone(), from: stress, to: welbevinden };
        let en = super::super::uncertainty::assumption_label(&assumption, &project, Language::En);
        assert!(en.ends_with("Stress → Well-being"), "{en}");
        let nl = super::super::uncertainty::assumption_label(&assumption, &project, Language::Nl);
        assert!(nl.ends_with("Stress → Welbevinden"), "{nl}");
    }

    #[test]
    fn built_in_names_are_english_until_renamed() {
        let id = VariableId::new("ingrijpende_gebeurtenissen");
        assert_eq!(variable_name(&id, "Ingrijpende levensgebeurtenissen", Language::En), "Major life events");
        assert_eq!(
            variable_name(&id, "Ingrijpende levensgebeurtenissen", Language::Nl),
            "Ingrijpende levensgebeurtenissen"
        );
        assert_eq!(variable_name(&id, "Rouw en verlies", Language::En), "Rouw en verlies");
        // A gemeente's own variable that happens to have a built-in name keeps it.
        assert_eq!(variable_name(&VariableId::new("eigen"), "Schaamte", Language::En), "Schaamte");
        let crisis = ScenarioId::new("nieuwe_crisis");
        assert_eq!(scenario_name(&crisis, "Nieuwe crisis", Language::En), "New crisis");
        assert_eq!(scenario_name(&crisis, "Hittegolf", Language::En), "Hittegolf");
    }

    #[test]
    fn typing_back_the_english_name_stores_the_dutch_one() {
        let id = VariableId::new("welbevinden");
        assert_eq!(stored_variable_name(&id, "Well-being", Language::En), "Welbevinden");
        assert_eq!(stored_variable_name(&id, "Well-being", Language::Nl), "Well-being");
        assert_eq!(stored_variable_name(&id, "Geluk", Language::En), "Geluk");
        assert_eq!(stored_variable_name(&VariableId::new("eigen"), "Well-being", Language::En), "Well-being");
        assert_eq!(
            stored_scenario_name(&ScenarioId::new("nieuwe_crisis"), "New crisis", Language::En),
            "Nieuwe crisis"
        );
    }

    #[test]
    fn the_tables_match_the_built_in_model() {
        let project = crate::io::default_project();
        assert_eq!(project.variables.len(), VARIABLES.len(), "every built-in variable has an English name");
        for v in &project.variables {
            let known = VARIABLES.iter().any(|(id, [nl, _])| *id == v.id.as_str() && *nl == v.name);
            assert!(known, "{} has no English name", v.id);
        }
        for (id, [nl, _]) in VARIABLES {
            let v = project.variable(&VariableId::new(id)).expect("in the built-in model");
            assert_eq!(v.name, nl, "{id}");
        }
        for s in &project.scenarios {
            assert_ne!(scenario_name(&s.id, &s.name, Language::En), s.name.as_str(), "{}", s.id);
        }
    }
}
