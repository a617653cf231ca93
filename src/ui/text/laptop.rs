//! Strings of the canvas legend, the collapsible side panels and the scenario editor.

use super::{Txt, texts};

texts! {
    LEGEND = "Legenda", "Legend";
    LEGEND_POSITIVE = "+ meer leidt tot meer", "+ more leads to more";
    LEGEND_NEGATIVE = "− meer leidt tot minder", "− more leads to less";
    LEGEND_DELAY = "‖ werkt met vertraging", "‖ acts with a delay";
    LEGEND_LOW_CONFIDENCE = "gestreept: weinig zekerheid", "dashed: low confidence";
    LEGEND_BADGE = "aantal maatregelen in het plan", "number of plan interventions";
    SHOW_LEGEND = "Legenda tonen", "Show legend";
    HIDE_LEGEND = "Legenda verbergen", "Hide legend";
    CMD_TOGGLE_LEFT_PANEL = "Variabelen en lussen tonen/verbergen", "Show/hide variables and loops";
    CMD_TOGGLE_INSPECTOR = "Eigenschappen tonen/verbergen", "Show/hide properties";
}
