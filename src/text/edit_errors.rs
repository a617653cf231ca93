//! Why an edit was refused, in words. `Display` of [`EditError`] is the Dutch text.

use super::Language;
use crate::edit::{EditError, Field, Place, Section, Usage};
use std::fmt;

fn place(place: &Place, lang: Language) -> String {
    match (place, lang) {
        (Place::Outcome { variable }, Language::Nl) => format!("uitkomst '{variable}'"),
        (Place::Outcome { variable }, Language::En) => format!("outcome '{variable}'"),
        (Place::Scenario { name }, _) => format!("scenario '{name}'"),
        (Place::Intervention { name }, Language::Nl) => format!("interventie '{name}'"),
        (Place::Intervention { name }, Language::En) => format!("intervention '{name}'"),
        (Place::Plan { name }, _) => format!("plan '{name}'"),
        (Place::PlanItem { intervention, plan }, _) => format!("{intervention} in plan '{plan}'"),
        (Place::Settings, Language::Nl) => "de simulatie-instellingen".to_owned(),
        (Place::Settings, Language::En) => "the simulation settings".to_owned(),
    }
}

fn field(field: Field, lang: Language) -> String {
    let nl = lang == Language::Nl;
    match field {
        Field::Weight => lang.pick("Het gewicht", "The weight").to_owned(),
        Field::StartMonth => lang.pick("De startmaand", "The start month").to_owned(),
        Field::RampUp => lang.pick("De opbouwtijd", "The build-up time").to_owned(),
        Field::AfterEffect => lang.pick("De nawerking", "The after-effect").to_owned(),
        Field::Duration => lang.pick("De looptijd", "The duration").to_owned(),
        Field::EndMonth => lang.pick("De eindmaand", "The end month").to_owned(),
        Field::OneOffCost => lang.pick("De startkosten", "The one-off cost").to_owned(),
        Field::YearlyCost => lang.pick("De jaarlijkse kosten", "The yearly cost").to_owned(),
        Field::Budget(year) if nl => format!("Het budget voor {year}"),
        Field::Budget(year) => format!("The budget for {year}"),
        Field::Year => lang.pick("Het jaar", "The year").to_owned(),
        Field::Horizon => lang.pick("De horizon in maanden", "The horizon in months").to_owned(),
        Field::MonteCarloRuns => lang
            .pick("Het aantal doorrekeningen voor de onzekerheidsband", "The number of runs for the uncertainty band")
            .to_owned(),
    }
}

fn section(section: Section, lang: Language) -> &'static str {
    match section {
        Section::Ids => "Id",
        Section::OutcomeVariables => lang.pick("Uitkomstvariabele", "Outcome variable"),
        Section::Scenarios => "Scenario",
        Section::Interventions => lang.pick("Interventie", "Intervention"),
        Section::Plans => "Plan",
    }
}

/// The refused edit in `lang`: what is wrong and where.
pub fn edit_error(error: &EditError, lang: Language) -> String {
    match lang {
        Language::Nl => nl(error),
        Language::En => en(error),
    }
}

fn nl(error: &EditError) -> String {
    let lang = Language::Nl;
    match error {
        EditError::UnknownVariable { id } => format!("Variabele '{id}' bestaat niet"),
        EditError::UnknownLink { id } => format!("Verband '{id}' bestaat niet"),
        EditError::UnknownScenario { id } => format!("Scenario '{id}' bestaat niet"),
        EditError::IdTaken { id } => format!("Id '{id}' is al in gebruik of was eerder in gebruik"),
        EditError::IdInUse { id } => format!("Id '{id}' is al in gebruik"),
        EditError::InvalidId { id } => format!(
            "Id '{id}' is ongeldig: gebruik alleen kleine letters, cijfers en '_' (hoogstens 64 tekens, niet beginnend \
             met '_')"
        ),
        EditError::SelfLink => "Een verband van een variabele naar zichzelf kan niet".to_owned(),
        EditError::Duplicate { section: s, id } => format!("{} '{id}' komt twee keer voor", section(*s, lang)),
        EditError::EmptyName { variable } => format!("De naam van variabele '{variable}' mag niet leeg zijn"),
        EditError::BaselineOutOfRange { name, value } => {
            format!("De uitgangswaarde van variabele '{name}' moet tussen 0 en 100 liggen (nu {value})")
        }
        EditError::InvalidAdjustmentTime { name, value } => {
            format!("De reactietijd van variabele '{name}' moet meer dan 0 maanden zijn (nu {value})")
        }
        EditError::StrengthOutOfRange { link, value, max } => {
            format!("De sterkte van verband '{link}' moet tussen 0 en {max} liggen (nu {value})")
        }
        EditError::NegativeDelay { link, value } => {
            format!("De vertraging van verband '{link}' moet 0 maanden of meer zijn (nu {value})")
        }
        EditError::InvalidPosition { id } => format!("Ongeldige positie voor variabele '{id}'"),
        EditError::BelowMinimum { field: f, place: p, min, value } => {
            format!("{} bij {} moet een getal van {min} of meer zijn (nu {value})", field(*f, lang), place(p, lang))
        }
        EditError::OutOfRange { field: f, place: p, value, min, max } => {
            format!("{} bij {} moet tussen {min} en {max} liggen (nu {value})", field(*f, lang), place(p, lang))
        }
        EditError::EmptyItemName { place: p } => format!("De naam van {} mag niet leeg zijn", place(p, lang)),
        EditError::Limit(v) => super::limits::capitalize_first(&super::limits::violation(v, lang)),
        EditError::InvalidTimeStep { value } => format!("De tijdstap moet meer dan 0 maanden zijn (nu {value})"),
        EditError::HorizonTooShort { horizon_months, dt_months } => {
            format!("De horizon ({horizon_months} maanden) moet minstens één tijdstap ({dt_months} maanden) lang zijn")
        }
        EditError::NoMonteCarloRuns => {
            "Het aantal doorrekeningen voor de onzekerheidsband moet minstens 1 zijn".to_owned()
        }
        EditError::InvalidEffect { place: p } => format!("Ongeldig effect bij {}", place(p, lang)),
        EditError::UnknownShockTarget { scenario, target } => {
            format!("Een schok in scenario '{scenario}' raakt variabele '{target}', die niet bestaat")
        }
        EditError::InvalidShockSize { scenario } => format!("Ongeldige schokgrootte in scenario '{scenario}'"),
        EditError::YearsReversed { plan } => format!("Het eerste jaar van plan '{plan}' ligt na het laatste jaar"),
        EditError::ReachOutOfRange { place: p } => {
            format!("Het bereik van {} moet tussen 0 en 100 % liggen", place(p, lang))
        }
        EditError::VariableInUse { name, by } => match by {
            Usage::Shock { scenario } => format!(
                "Variabele '{name}' wordt nog gebruikt door een schok in scenario '{scenario}'; haal die schok eerst weg"
            ),
            Usage::Intervention { name: i } => {
                format!("Variabele '{name}' wordt nog gebruikt door interventie '{i}'; haal dat effect eerst weg")
            }
            Usage::PlanItem { intervention, plan } => format!(
                "Variabele '{name}' wordt nog gebruikt door {intervention} in plan '{plan}'; haal dat effect eerst weg"
            ),
        },
        EditError::InvalidOutcomeWeight { variable } => format!("Ongeldig gewicht voor uitkomst '{variable}'"),
        EditError::ItemGone { item } => format!("'{item}' bestaat niet (meer) in dit project"),
        EditError::UnusableDifference { item, reason } => {
            format!("De gegevens van '{item}' in de andere versie zijn onbruikbaar: {reason}")
        }
    }
}

fn en(error: &EditError) -> String {
    let lang = Language::En;
    match error {
        EditError::UnknownVariable { id } => format!("Variable '{id}' does not exist"),
        EditError::UnknownLink { id } => format!("Link '{id}' does not exist"),
        EditError::UnknownScenario { id } => format!("Scenario '{id}' does not exist"),
        EditError::IdTaken { id } => format!("Id '{id}' is in use or was used before"),
        EditError::IdInUse { id } => format!("Id '{id}' is in use"),
        EditError::InvalidId { id } => format!(
            "Id '{id}' is invalid: use only lower case letters, digits and '_' (at most 64 characters, not starting \
             with '_')"
        ),
        EditError::SelfLink => "A link from a variable to itself is not possible".to_owned(),
        EditError::Duplicate { section: s, id } => format!("{} '{id}' occurs twice", section(*s, lang)),
        EditError::EmptyName { variable } => format!("The name of variable '{variable}' must not be empty"),
        EditError::BaselineOutOfRange { name, value } => {
            format!("The starting value of variable '{name}' must be between 0 and 100 (now {value})")
        }
        EditError::InvalidAdjustmentTime { name, value } => {
            format!("The response time of variable '{name}' must be more than 0 months (now {value})")
        }
        EditError::StrengthOutOfRange { link, value, max } => {
            format!("The strength of link '{link}' must be between 0 and {max} (now {value})")
        }
        EditError::NegativeDelay { link, value } => {
            format!("The delay of link '{link}' must be 0 months or more (now {value})")
        }
        EditError::InvalidPosition { id } => format!("Invalid position for variable '{id}'"),
        EditError::BelowMinimum { field: f, place: p, min, value } => {
            format!("{} of {} must be a number of {min} or more (now {value})", field(*f, lang), place(p, lang))
        }
        EditError::OutOfRange { field: f, place: p, value, min, max } => {
            format!("{} of {} must be between {min} and {max} (now {value})", field(*f, lang), place(p, lang))
        }
        EditError::EmptyItemName { place: p } => format!("The name of {} must not be empty", place(p, lang)),
        EditError::Limit(v) => super::limits::capitalize_first(&super::limits::violation(v, lang)),
        EditError::InvalidTimeStep { value } => format!("The time step must be more than 0 months (now {value})"),
        EditError::HorizonTooShort { horizon_months, dt_months } => {
            format!("The horizon ({horizon_months} months) must be at least one time step ({dt_months} months) long")
        }
        EditError::NoMonteCarloRuns => "The number of runs for the uncertainty band must be at least 1".to_owned(),
        EditError::InvalidEffect { place: p } => format!("Invalid effect in {}", place(p, lang)),
        EditError::UnknownShockTarget { scenario, target } => {
            format!("A shock in scenario '{scenario}' hits variable '{target}', which does not exist")
        }
        EditError::InvalidShockSize { scenario } => format!("Invalid shock size in scenario '{scenario}'"),
        EditError::YearsReversed { plan } => format!("The first year of plan '{plan}' lies after the last year"),
        EditError::ReachOutOfRange { place: p } => {
            format!("The reach of {} must be between 0 and 100%", place(p, lang))
        }
        EditError::VariableInUse { name, by } => match by {
            Usage::Shock { scenario } => {
                format!("Variable '{name}' is still used by a shock in scenario '{scenario}'; remove that shock first")
            }
            Usage::Intervention { name: i } => {
                format!("Variable '{name}' is still used by intervention '{i}'; remove that effect first")
            }
            Usage::PlanItem { intervention, plan } => {
                format!("Variable '{name}' is still used by {intervention} in plan '{plan}'; remove that effect first")
            }
        },
        EditError::InvalidOutcomeWeight { variable } => format!("Invalid weight for outcome '{variable}'"),
        EditError::ItemGone { item } => format!("'{item}' does not exist (any more) in this project"),
        EditError::UnusableDifference { item, reason } => {
            format!("The data of '{item}' in the other version cannot be used: {reason}")
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&nl(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_say_what_and_where_in_both_languages() {
        let e = EditError::BelowMinimum {
            field: Field::Budget(2027),
            place: Place::Plan { name: "A".into() },
            min: 0.0,
            value: -1.0,
        };
        assert_eq!(e.to_string(), "Het budget voor 2027 bij plan 'A' moet een getal van 0 of meer zijn (nu -1)");
        assert_eq!(
            edit_error(&e, Language::En),
            "The budget for 2027 of plan 'A' must be a number of 0 or more (now -1)"
        );
        let used = EditError::VariableInUse { name: "Stress".into(), by: Usage::Shock { scenario: "Crisis".into() } };
        assert!(edit_error(&used, Language::En).contains("scenario 'Crisis'"));
    }
}
