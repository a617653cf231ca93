//! Strings of the canvas legend, the collapsible side panels and the scenario editor.

use super::{Txt, texts};

texts! {
    LEGEND = "Legenda", "Legend";
    LEGEND_POSITIVE = "+ meer leidt tot meer", "+ more leads to more";
    LEGEND_NEGATIVE = "− meer leidt tot minder", "− more leads to less";
    LEGEND_DELAY = "‖ werkt met vertraging", "‖ acts with a delay";
    LEGEND_LOW_CONFIDENCE = "gestreept: weinig zekerheid", "dashed: low confidence";
    LEGEND_BADGE = "aantal interventies in het plan", "number of interventions in the plan";
    SHOW_LEGEND = "Legenda tonen", "Show legend";
    HIDE_LEGEND = "Legenda verbergen", "Hide legend";
    CMD_TOGGLE_LEFT_PANEL = "Variabelen en lussen tonen/verbergen", "Show/hide variables and loops";
    CMD_TOGGLE_INSPECTOR = "Eigenschappen tonen/verbergen", "Show/hide properties";
}

texts! {
    SCENARIO_EDIT = "Scenario's bewerken…", "Edit scenarios…";
    SCENARIO_EDIT_HINT = "Maak een eigen crisis: nieuwe scenario's, schokken op variabelen, grootte en verloop in de tijd",
        "Model your own crisis: new scenarios, shocks on variables, size and course over time";
    SCENARIO_EDITOR_TITLE = "Scenario's", "Scenarios";
    SCENARIO = "Scenario", "Scenario";
    SCENARIO_NONE = "Dit project heeft nog geen scenario's.", "This project has no scenarios yet.";
    SCENARIO_NEW = "Nieuw", "New";
    SCENARIO_NEW_NAME = "Nieuw scenario", "New scenario";
    SCENARIO_DUPLICATE = "Dupliceren", "Duplicate";
    SCENARIO_COPY_SUFFIX = "kopie", "copy";
    SCENARIO_DELETE = "Verwijderen", "Delete";
    SCENARIO_NAME = "Naam", "Name";
    SCENARIO_DESCRIPTION = "Beschrijving", "Description";
    SCENARIO_SHOCKS = "Schokken", "Shocks";
    SCENARIO_NO_SHOCKS = "Nog geen schokken: voeg er een toe.", "No shocks yet: add one.";
    SHOCK_ADD = "Schok toevoegen", "Add shock";
    SHOCK_REMOVE = "Schok verwijderen", "Remove shock";
    SHOCK_VARIABLE = "Variabele", "Variable";
    SHOCK_SIZE = "Grootte (punten op de schaal 0–100)", "Size (points on the 0–100 scale)";
    SHOCK_START = "Start (maand)", "Start (month)";
    SHOCK_DURATION = "Duur (maanden)", "Duration (months)";
    SHOCK_LASTING = "blijvend", "lasting";
    SHOCK_LASTING_HINT = "De schok duurt tot het einde van de simulatie", "The shock lasts until the end of the simulation";
    SHOCK_RAMP = "Maanden tot volle sterkte", "Months to full strength";
    SHOCK_AFTER = "Maanden dat het nog nawerkt", "Months of after-effect";
    SHOCK_SHAPE_HINT = "Verloop: de schok groeit in de opbouwtijd naar zijn volle grootte en ebt na het einde in de tijd van de nawerking weg.",
        "Course: the shock grows to full size over the build-up time and fades out over the after-effect once it ends.";
}

texts! {
    LOOPS_ONLY_REPORT = "Alleen de lussen uit het rapport", "Only the report's loops";
    LOOPS_FROM_REPORT_HINT = "De zes kernlussen die het TNO-rapport beschrijft, met hun nummer uit het rapport",
        "The six key loops described in the TNO report, with their number in the report";
}

/// "uit het rapport, lus 5".
pub fn loop_from_report(language: crate::text::Language, number: u8) -> String {
    match language {
        crate::text::Language::Nl => format!("uit het rapport, lus {number}"),
        crate::text::Language::En => format!("from the report, loop {number}"),
    }
}

/// The short mark in a loop's row: "rapport 5".
pub fn loop_report_mark(language: crate::text::Language, number: u8) -> String {
    match language {
        crate::text::Language::Nl => format!("rapport {number}"),
        crate::text::Language::En => format!("report {number}"),
    }
}

texts! {
    PLAN_AXIS_YEAR = "jaar", "year";
}

texts! {
    CAT_CLOSEST = "Het dichtst in de buurt:", "Closest:";
}

/// "Geen interventie gevonden voor 'x'."
pub fn cat_nothing_found(language: crate::text::Language, search: &str) -> String {
    match language {
        crate::text::Language::Nl => format!("Geen interventie gevonden voor '{search}'."),
        crate::text::Language::En => format!("No intervention found for '{search}'."),
    }
}
