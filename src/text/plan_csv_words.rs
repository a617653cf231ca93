//! The words of `plan --csv`: column headers and the kind of each row, in Dutch and English.

use super::Language;

/// The columns of the plan CSV, in order.
pub fn headers(language: Language) -> [&'static str; 9] {
    language.pick(
        [
            "Planvariant",
            "Soort",
            "Interventie",
            "Jaar",
            "Bedrag (€)",
            "Effect (punt-maanden)",
            "Punt-maanden per € 1.000",
            "Rangorde",
            "Voorbeeldwaarde",
        ],
        [
            "Plan variant",
            "Kind",
            "Intervention",
            "Year",
            "Amount (€)",
            "Effect (point-months)",
            "Point-months per € 1,000",
            "Rank",
            "Example value",
        ],
    )
}

/// The columns with `--ids`: short technical names.
pub const ID_HEADERS: [&str; 9] =
    ["plan", "kind", "intervention", "year", "amount_eur", "effect", "per_1000_eur", "rank", "example_values"];

/// What a row of the plan CSV holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// An intervention's cost in one year.
    Cost,
    /// All interventions' costs in one year.
    Total,
    /// The year's budget.
    Budget,
    /// Budget minus costs in one year.
    Remaining,
    /// An intervention's effect per euro over the whole plan period.
    CostEffectiveness,
}

/// The row kind as written (its technical name with `--ids`).
pub fn row_kind(language: Language, ids: bool, kind: RowKind) -> &'static str {
    let (nl, en, id) = match kind {
        RowKind::Cost => ("kosten", "cost", "cost"),
        RowKind::Total => ("totaal", "total", "total"),
        RowKind::Budget => ("budget", "budget", "budget"),
        RowKind::Remaining => ("resterend", "remaining", "remaining"),
        RowKind::CostEffectiveness => ("kosteneffectiviteit", "cost-effectiveness", "cost_effectiveness"),
    };
    if ids { id } else { language.pick(nl, en) }
}

/// "ja"/"yes" for an example value; empty otherwise.
pub fn example(language: Language, ids: bool, example: bool) -> &'static str {
    match (example, ids) {
        (false, _) => "",
        (true, true) => "true",
        (true, false) => language.pick("ja", "yes"),
    }
}
