//! The core's errors in words. `Display` of every core error is its Dutch text (the CLI and the PDF); the app
//! asks for the user's language with [`sim_error`] and [`plan_error`].

use super::Language;
use crate::plan::{ItemProblem, PlanError};
use crate::sim::SimError;
use std::fmt;

/// The simulation error in `lang`, saying what is wrong and where.
pub fn sim_error(error: &SimError, lang: Language) -> String {
    match lang {
        Language::Nl => sim_nl(error),
        Language::En => sim_en(error),
    }
}

fn sim_nl(error: &SimError) -> String {
    match error {
        SimError::NoOutcomeVariables => "De veerkrachtindex heeft nog geen uitkomstvariabelen.".to_owned(),
        SimError::UnknownOutcomeVariable { variable } => {
            format!("De veerkrachtindex gebruikt '{variable}', maar die variabele bestaat niet.")
        }
        SimError::InvalidOutcomeWeight { variable, weight } => {
            format!("De veerkrachtindex: het gewicht van '{variable}' moet 0 of groter zijn (nu {weight}).")
        }
        SimError::AllOutcomeWeightsZero => "De veerkrachtindex: alle gewichten zijn 0.".to_owned(),
        SimError::DuplicateVariable { id } => format!("Variabele '{id}' komt twee keer voor."),
        SimError::BaselineOutOfRange { name, baseline } => {
            format!("Variabele '{name}': de uitgangswaarde {baseline} ligt niet tussen 0 en 100.")
        }
        SimError::InvalidAdjustmentTime { name, months } => {
            format!("Variabele '{name}': de reactietijd moet groter dan 0 maanden zijn (nu {months}).")
        }
        SimError::UnknownCause { link, variable } => format!("Verband '{link}': de oorzaak '{variable}' bestaat niet."),
        SimError::UnknownEffect { link, variable } => {
            format!("Verband '{link}': het gevolg '{variable}' bestaat niet.")
        }
        SimError::NegativeGain { link, gain } => format!("Verband '{link}': de sterkte {gain} moet 0 of groter zijn."),
        SimError::NegativeDelay { link, months } => {
            format!("Verband '{link}': de vertraging {months} moet 0 of groter zijn.")
        }
        SimError::UnknownInputTarget { target } => {
            format!("Een invloed werkt op '{target}', maar die variabele bestaat niet.")
        }
        SimError::InvalidInputNumber { target } => format!("De invloed op '{target}' bevat een ongeldig getal."),
        SimError::InputTooLarge { target, effect, max } => format!(
            "De invloed op '{target}' is {effect} indexpunten; meer dan {max} is niet zinvol op een schaal van 0–100."
        ),
        SimError::InputReachOutOfRange { target, reach } => {
            format!("De invloed op '{target}': het bereik {reach} moet tussen 0 en 1 liggen.")
        }
    }
}

fn sim_en(error: &SimError) -> String {
    match error {
        SimError::NoOutcomeVariables => "The resilience index has no outcome variables yet.".to_owned(),
        SimError::UnknownOutcomeVariable { variable } => {
            format!("The resilience index uses '{variable}', but that variable does not exist.")
        }
        SimError::InvalidOutcomeWeight { variable, weight } => {
            format!("The resilience index: the weight of '{variable}' must be 0 or more (now {weight}).")
        }
        SimError::AllOutcomeWeightsZero => "The resilience index: all weights are 0.".to_owned(),
        SimError::DuplicateVariable { id } => format!("Variable '{id}' occurs twice."),
        SimError::BaselineOutOfRange { name, baseline } => {
            format!("Variable '{name}': the starting value {baseline} is not between 0 and 100.")
        }
        SimError::InvalidAdjustmentTime { name, months } => {
            format!("Variable '{name}': the response time must be more than 0 months (now {months}).")
        }
        SimError::UnknownCause { link, variable } => format!("Link '{link}': the cause '{variable}' does not exist."),
        SimError::UnknownEffect { link, variable } => format!("Link '{link}': the effect '{variable}' does not exist."),
        SimError::NegativeGain { link, gain } => format!("Link '{link}': the strength {gain} must be 0 or more."),
        SimError::NegativeDelay { link, months } => format!("Link '{link}': the delay {months} must be 0 or more."),
        SimError::UnknownInputTarget { target } => {
            format!("An influence acts on '{target}', but that variable does not exist.")
        }
        SimError::InvalidInputNumber { target } => format!("The influence on '{target}' contains an invalid number."),
        SimError::InputTooLarge { target, effect, max } => format!(
            "The influence on '{target}' is {effect} index points; more than {max} makes no sense on a 0–100 scale."
        ),
        SimError::InputReachOutOfRange { target, reach } => {
            format!("The influence on '{target}': the reach {reach} must be between 0 and 1.")
        }
    }
}

/// What is wrong with a plan item's number, as the end of a sentence.
fn item_problem(problem: ItemProblem, lang: Language) -> &'static str {
    match problem {
        ItemProblem::Reach => {
            lang.pick("het bereik moet tussen 0 en 100 % liggen", "the reach must be between 0 and 100%")
        }
        ItemProblem::StartMonth => lang.pick("de startmaand moet 0 of meer zijn", "the start month must be 0 or more"),
        ItemProblem::Duration => {
            lang.pick("de looptijd moet meer dan 0 maanden zijn", "the duration must be more than 0 months")
        }
        ItemProblem::RampUp => {
            lang.pick("de opbouwtijd moet 0 of meer maanden zijn", "the build-up time must be 0 or more months")
        }
        ItemProblem::AfterEffect => {
            lang.pick("de nawerking moet 0 of meer maanden zijn", "the after-effect must be 0 or more months")
        }
        ItemProblem::Effect => lang.pick("elk effect moet een getal zijn", "every effect must be a number"),
        ItemProblem::Cost => lang.pick("kosten moeten 0 of meer euro zijn", "costs must be 0 or more euros"),
    }
}

/// The plan error in `lang`, saying what is wrong and where (several problems: one line each).
pub fn plan_error(error: &PlanError, lang: Language) -> String {
    let nl = lang == Language::Nl;
    match error {
        PlanError::Sim(e) => sim_error(e, lang),
        PlanError::UnknownOutcomeVariable { variable } if nl => {
            format!("De uitkomstvariabele '{variable}' bestaat niet in het model.")
        }
        PlanError::UnknownOutcomeVariable { variable } => {
            format!("The outcome variable '{variable}' does not exist in the model.")
        }
        PlanError::YearsReversed { plan, first_year, last_year } if nl => {
            format!("Plan '{plan}': het laatste jaar ({last_year}) ligt voor het eerste jaar ({first_year}).")
        }
        PlanError::YearsReversed { plan, first_year, last_year } => {
            format!("Plan '{plan}': the last year ({last_year}) lies before the first year ({first_year}).")
        }
        PlanError::UnknownIntervention { plan, intervention } if nl => format!(
            "In plan '{plan}': interventie '{intervention}' bestaat niet (niet in het project en niet in de catalogus)."
        ),
        PlanError::UnknownIntervention { plan, intervention } => format!(
            "In plan '{plan}': intervention '{intervention}' does not exist (not in the project, not in the catalogue)."
        ),
        PlanError::InvalidItem { plan, intervention, problem } if nl => {
            format!("In plan '{plan}', interventie '{intervention}': {}.", item_problem(*problem, lang))
        }
        PlanError::InvalidItem { plan, intervention, problem } => {
            format!("In plan '{plan}', intervention '{intervention}': {}.", item_problem(*problem, lang))
        }
        PlanError::Several(errors) => errors.iter().map(|e| plan_error(e, lang)).collect::<Vec<_>>().join("\n"),
        PlanError::Cancelled => {
            lang.pick("De optimalisatie is afgebroken.", "The optimisation was cancelled.").to_owned()
        }
        PlanError::OptimizerYearsReversed => lang
            .pick(
                "De optimalisatie: het laatste jaar ligt voor het eerste jaar.",
                "The optimisation: the last year lies before the first year.",
            )
            .to_owned(),
        PlanError::OptimizerLevelOutOfRange => lang
            .pick(
                "De optimalisatie: elk bereikniveau moet tussen 0 en 100 % liggen.",
                "The optimisation: every reach level must be between 0 and 100 %.",
            )
            .to_owned(),
        PlanError::OptimizerInvalidBudget { year, budget } if nl => {
            format!("De optimalisatie: het budget voor {year} ({budget}) is geen bedrag van 0 of meer.")
        }
        PlanError::OptimizerInvalidBudget { year, budget } => {
            format!("The optimisation: the budget for {year} ({budget}) is not an amount of 0 or more.")
        }
        PlanError::UnknownCandidate { intervention } if nl => {
            format!("Kandidaat '{intervention}' bestaat niet (niet in het project en niet in de catalogus).")
        }
        PlanError::UnknownCandidate { intervention } => {
            format!("Candidate '{intervention}' does not exist (not in the project, not in the catalogue).")
        }
        PlanError::TooManyRuns { runs, max_runs } => {
            let (runs, max_runs) =
                (super::format_number_in(*runs as f64, 0, lang), super::format_number_in(*max_runs as f64, 0, lang));
            if nl {
                format!(
                    "Deze berekening vraagt {runs} doorrekeningen van het model; voor een model van deze grootte \
                     kunnen er hoogstens {max_runs} binnen enkele seconden. Kies minder berekeningen of een kleiner \
                     model."
                )
            } else {
                format!(
                    "This computation needs {runs} runs of the model; for a model of this size at most {max_runs} \
                     fit within a few seconds. Choose fewer runs or a smaller model."
                )
            }
        }
        PlanError::UnknownCandidateSet { name } if nl => {
            format!("Onbekende kandidatenset '{name}': kies all, catalogue of plan.")
        }
        PlanError::UnknownCandidateSet { name } => {
            format!("Unknown candidate set '{name}': choose all, catalogue or plan.")
        }
    }
}

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sim_nl(self))
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&plan_error(self, Language::Nl))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_and_where_in_both_languages() {
        let e = SimError::UnknownCause { link: "a__b".into(), variable: "a".into() };
        assert_eq!(e.to_string(), "Verband 'a__b': de oorzaak 'a' bestaat niet.");
        assert_eq!(sim_error(&e, Language::En), "Link 'a__b': the cause 'a' does not exist.");
        let item = |problem| PlanError::InvalidItem { plan: "A".into(), intervention: "x".into(), problem };
        let several = PlanError::Several(vec![item(ItemProblem::Reach), item(ItemProblem::Cost)]);
        assert_eq!(
            several.to_string(),
            "In plan 'A', interventie 'x': het bereik moet tussen 0 en 100 % liggen.\n\
             In plan 'A', interventie 'x': kosten moeten 0 of meer euro zijn."
        );
        let wrapped = PlanError::from(SimError::NoOutcomeVariables);
        assert_eq!(plan_error(&wrapped, Language::En), "The resilience index has no outcome variables yet.");
        assert!(std::error::Error::source(&wrapped).is_some());
    }
}
