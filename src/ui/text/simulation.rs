//! Strings of the Simulatie view (Dutch and English).

use super::{Txt, texts};
use crate::text::Language;

// Simulatie view.
texts! {
    SIM_RUNS = "Wat wilt u zien?", "What do you want to see?";
    SIM_REFERENCE_CHECK = "Referentie (geen crisis, geen interventies)", "Reference (no crisis, no interventions)";
    SIM_REFERENCE = "Referentie", "Reference";
    SIM_NO_RUNS = "Nog geen scenario's of planvarianten.", "No scenarios or plan variants yet.";
    SIM_CHART = "Lijnen in de grafiek", "Lines in the chart";
    SIM_INDEX = "Veerkrachtindex", "Resilience index";
    SIM_UNCERTAINTY = "Onzekerheid", "Uncertainty";
    SIM_UNCERTAINTY_HINT = "Het programma rekent vaak opnieuw, elke keer met iets andere sterktes van de verbanden en effecten van de interventies. De band toont waar 8 van de 10 uitkomsten liggen.", "The program calculates many times, each time with slightly different link strengths and intervention effects. The band shows where 8 out of 10 outcomes lie.";
    SIM_MC_STOPPED = "De onzekerheidsberekening is afgebroken.", "The uncertainty calculation was stopped.";
    SIM_CANCEL = "Afbreken", "Stop";
    SIM_RECALCULATE = "Opnieuw berekenen", "Calculate again";
    SIM_NO_DRIVER = "Geen versterkende lus gevonden die dit verklaart.", "No reinforcing loop found that explains this.";
    SIM_DRIVEN_BY = "Aangedreven door de versterkende lus(sen):", "Driven by the reinforcing loop(s):";
    SIM_RETURN_NOT_COMPUTED = "Traagste herstel na een verstoring: niet berekend (het model is te groot of leeg).", "Slowest recovery after a disturbance: not calculated (the model is too large or empty).";
    SIM_RETURN_INFINITE = "Traagste herstel na een verstoring: nooit (een lus houdt elke verandering vast).", "Slowest recovery after a disturbance: never (a loop holds on to every change).";
    SIM_INDEX_HINT = "Een gewogen samenvatting van de gekozen uitkomsten, geen variabele van het model.", "A weighted summary of the chosen outcomes, not a variable of the model.";
    SIM_TABLE_TITLE = "Wat de crisis doet met de veerkrachtindex", "What the crisis does to the resilience index";
    SIM_COL_RUN = "Berekening", "Calculation";
    SIM_COL_EFFECT = "Verschil met referentie", "Difference from reference";
    SIM_COL_PRE_SHOCK = "Vóór de crisis", "Before the crisis";
    SIM_COL_DEPTH = "Diepste punt", "Lowest point";
    SIM_COL_RECOVERY = "Hersteltijd", "Recovery time";
    SIM_COL_LOSS = "Verlies", "Loss";
    SIM_NOT_RECOVERED = "niet hersteld", "not recovered";
    SIM_MONTHS_AXIS = "maanden", "months";
    SIM_VALUE_AXIS = "waarde (0–100)", "value (0–100)";
}

/// Label of a plan variant run in the Simulatie view (also the key of the user's choice).
pub fn sim_plan_run(language: Language, plan: &str) -> String {
    match language {
        Language::Nl => format!("Plan: {plan}"),
        Language::En => format!("Plan: {plan}"),
    }
}

pub fn sim_not_simulable(language: Language, problem: &str) -> String {
    match language {
        Language::Nl => format!("Niet te simuleren: {problem}"),
        Language::En => format!("Cannot be simulated: {problem}"),
    }
}

pub fn sim_band_checkbox(language: Language, runs: usize) -> String {
    match language {
        Language::Nl => format!("Onzekerheidsband tonen (10–90 %, {runs} doorrekeningen)"),
        Language::En => format!("Show uncertainty band (10–90%, {runs} runs)"),
    }
}

pub fn sim_busy(language: Language, label: &str) -> String {
    match language {
        Language::Nl => format!("Bezig: {label}"),
        Language::En => format!("Running: {label}"),
    }
}

pub fn sim_band_for(language: Language, label: &str) -> String {
    match language {
        Language::Nl => format!("Band voor: {label}"),
        Language::En => format!("Band for: {label}"),
    }
}

pub fn sim_cannot_run(language: Language, error: &str) -> String {
    match language {
        Language::Nl => format!("De simulatie kan niet draaien: {error}"),
        Language::En => format!("The simulation cannot run: {error}"),
    }
}

pub fn sim_lock_in(language: Language, horizon_months: impl std::fmt::Display) -> String {
    match language {
        Language::Nl => {
            format!(
                "Vastgezet: een verandering is na {horizon_months} maanden (het einde van de berekening) nog niet uitgewerkt."
            )
        }
        Language::En => {
            format!("Locked in: a change has not worked itself out after {horizon_months} months (the end of the run).")
        }
    }
}

pub fn sim_driver(language: Language, title: &str, gain: &str) -> String {
    match language {
        Language::Nl => format!("• {title} (versterking in de lus {gain})"),
        Language::En => format!("• {title} (loop gain {gain})"),
    }
}

pub fn sim_return_time(language: Language, months: &str) -> String {
    match language {
        Language::Nl => {
            format!("Traagste herstel na een verstoring: ongeveer {months} maanden.")
        }
        Language::En => format!("Slowest recovery after a disturbance: about {months} months."),
    }
}

pub fn sim_pinned(language: Language, names: &str) -> String {
    match language {
        Language::Nl => format!("Raakt de grens 0 of 100 (de uitkomst is daar afgekapt): {names}."),
        Language::En => format!("Reaches the limit 0 or 100 (the outcome is cut off there): {names}."),
    }
}

pub fn sim_index_unavailable(language: Language, error: &str) -> String {
    match language {
        Language::Nl => format!("Veerkrachtindex: niet beschikbaar. {error}"),
        Language::En => format!("Resilience index: not available. {error}"),
    }
}

pub fn sim_index_after(language: Language, horizon_months: impl std::fmt::Display, parts: &str) -> String {
    match language {
        Language::Nl => format!("Veerkrachtindex na {horizon_months} maanden: {parts}"),
        Language::En => format!("Resilience index after {horizon_months} months: {parts}"),
    }
}

pub fn sim_index_point_months(language: Language, value: &str) -> String {
    match language {
        Language::Nl => format!("{value} punt-maanden"),
        Language::En => format!("{value} point-months"),
    }
}

pub fn sim_at_month(language: Language, value: &str, month: usize) -> String {
    match language {
        Language::Nl => format!("{value} (maand {month})"),
        Language::En => format!("{value} (month {month})"),
    }
}

pub fn months(language: Language, value: &str) -> String {
    match language {
        Language::Nl => format!("{value} maanden"),
        Language::En => format!("{value} months"),
    }
}
