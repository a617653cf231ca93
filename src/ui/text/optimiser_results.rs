//! Strings of the optimiser's results: the chosen portfolio table, the collapsed list of the rest, the short note.

use super::{Txt, texts};
use crate::text::Language;

texts! {
    OPT_CHOSEN = "Gekozen interventies", "Chosen interventions";
    OPT_COL_INTERVENTION = "Interventie", "Intervention";
    OPT_COL_REACH = "Bereik", "Reach";
    OPT_COL_COST_YEAR = "Kosten per jaar", "Cost per year";
    OPT_COL_EFFECT = "Effect (punt-maanden)", "Effect (point-months)";
    OPT_EXPLANATION = "Toelichting", "Explanation";
    OPT_NOTHING_CHOSEN = "Binnen dit budget is geen interventie gekozen.", "No intervention fits this budget.";
}

/// "Niet gekozen (12)".
pub fn opt_not_chosen(language: Language, n: usize) -> String {
    match language {
        Language::Nl => format!("Niet gekozen ({n})"),
        Language::En => format!("Not chosen ({n})"),
    }
}

/// The note of a plan variant made by the optimiser: one short summary, not the whole explanation.
pub fn opt_variant_note(language: Language, items: usize, cost_per_year: &str, budget: &str, effect: &str) -> String {
    match language {
        Language::Nl => format!(
            "Voorgesteld door de optimalisatie: {} binnen een budget van {budget} per jaar (hoogste jaarkosten \
             {cost_per_year}), nagerekend effect {effect} punt-maanden. Effecten en kosten uit de catalogus \
             zijn voorbeeldwaarden.",
            if items == 1 { "1 interventie".to_owned() } else { format!("{items} interventies") }
        ),
        Language::En => format!(
            "Proposed by the optimisation: {} within a budget of {budget} per year (highest yearly cost \
             {cost_per_year}), verified effect {effect} point-months. Effects and costs from the catalogue \
             are example values.",
            if items == 1 { "1 intervention".to_owned() } else { format!("{items} interventions") }
        ),
    }
}
