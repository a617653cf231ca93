//! The words of the printable plan (PDF and Word) in Dutch or English: headings, sentences, table headers, chart
//! titles and axis labels, the diagram's legend. `export::plan_report` and its sections build the document from
//! these; names the gemeente wrote (plans, owners, notes) stay as written.

use super::{Language, format_eur_in, format_number_in};

/// A fixed word or phrase of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    GemeenteNotGiven,
    SourcesNote,
    NoPlanYet,
    PlanVariant,
    Period,
    TotalCost,
    EffectOnIndex,
    EffectLastMonth,
    WithinBudget,
    Reference,
    Yes,
    IndexChartTitle,
    MonthsFromStart,
    IndexAxisHigherBetter,
    IndexNote,
    LoopsFromReport,
    WhatIndexMeasures,
    StructuralResilience,
    RecoveryNotComputed,
    NoReturn,
    NoneFound,
    Intervention,
    StartMonth,
    Duration,
    Reach,
    ActsOn,
    Owner,
    WholePlan,
    Interventions,
    CostPerYear,
    Total,
    Budget,
    Remaining,
    BudgetHeading,
    CostChartTitle,
    Euro,
    Rank,
    Contribution,
    CostInPeriod,
    ContributionPer1000,
    FreeOfCost,
    CostEffectiveness,
    CostEffectivenessExplained,
    NoCrisisScenario,
    Run,
    LevelBeforeShock,
    LowestPoint,
    Recovery,
    Loss,
    WithoutPlan,
    NotRecovered,
    Months,
    IndexAxis,
    RecoveryNote,
    SourcesParagraph,
    NoPlanVariant,
    TheReference,
    Situation,
    Difference10,
    Median,
    Difference90,
    WithoutCrisis,
    DifferenceNote,
    WhichAssumptions,
    Swing,
    SwingNote,
    NoExampleValues,
    ExampleValuesIntro,
    ExampleValue,
    Value,
    UsedIn,
    Cost,
    CausalDiagram,
    CausalModel,
}

/// The word in `lang`.
#[allow(clippy::too_many_lines)]
pub fn word(lang: Language, w: Word) -> &'static str {
    #[allow(clippy::enum_glob_use)]
    use Word::*;
    let (nl, en) = match w {
        GemeenteNotGiven => ("niet ingevuld", "not filled in"),
        SourcesNote => (
            "De bronnen (TNO Metaonderzoek veerkracht 2023 en verwante rapporten) noemen geen bedragen en geen \
             gemeten effectgroottes. Bedragen, effecten en sterktes in dit plan zijn door de gemeente ingevuld of \
             zijn voorbeeldwaarden; voorbeeldwaarden staan in de tabellen gemarkeerd met *.",
            "The sources (TNO Metaonderzoek veerkracht 2023 and related reports) give no amounts and no measured \
             effect sizes. Amounts, effects and strengths in this plan were filled in by the municipality or are \
             example values; example values are marked with * in the tables.",
        ),
        NoPlanYet => (
            "Dit project bevat nog geen planvariant. Het rapport beschrijft het model, de terugkoppellussen en de \
             crisis-stresstest zonder plan.",
            "This project has no plan variant yet. The report describes the model, the feedback loops and the \
             crisis stress test without a plan.",
        ),
        PlanVariant => ("Planvariant", "Plan variant"),
        Period => ("Periode", "Period"),
        TotalCost => ("Kosten totaal", "Total cost"),
        EffectOnIndex => ("Effect op de index (punt-maanden)", "Effect on the index (point-months)"),
        EffectLastMonth => ("Effect in de laatste maand", "Effect in the last month"),
        WithinBudget => ("Binnen budget", "Within budget"),
        Reference => ("Referentie", "Reference"),
        Yes => ("ja", "yes"),
        IndexChartTitle => {
            ("Veerkrachtindex: referentie en planvarianten", "Resilience index: reference and plan variants")
        }
        MonthsFromStart => ("maanden vanaf de start van het plan", "months from the start of the plan"),
        IndexAxisHigherBetter => ("index (0–100, hoger is beter)", "index (0–100, higher is better)"),
        IndexNote => (
            "De veerkrachtindex is een gewogen samenvatting van uitkomstvariabelen, elk in de gewenste richting \
             geteld; hij is geen variabele van het model.",
            "The resilience index is a weighted summary of outcome variables, each counted in the desired \
             direction; it is not a variable of the model.",
        ),
        LoopsFromReport => ("Lussen uit het rapport", "Loops from the report"),
        WhatIndexMeasures => ("Wat de veerkrachtindex meet", "What the resilience index measures"),
        StructuralResilience => ("Structurele veerkracht", "Structural resilience"),
        RecoveryNotComputed => (
            "Het traagste herstel na een verstoring kon niet worden berekend.",
            "The slowest recovery after a disturbance could not be computed.",
        ),
        NoReturn => (
            "Het model keert na een verstoring niet vanzelf terug naar zijn evenwicht.",
            "After a disturbance the model does not return to its equilibrium by itself.",
        ),
        NoneFound => ("geen gevonden", "none found"),
        Intervention => ("Interventie", "Intervention"),
        StartMonth => ("Start (maand)", "Start (month)"),
        Duration => ("Duur", "Duration"),
        Reach => ("Bereik", "Reach"),
        ActsOn => ("Werkt op", "Acts on"),
        Owner => ("Eigenaar", "Owner"),
        WholePlan => ("hele plan", "whole plan"),
        Interventions => ("Interventies", "Interventions"),
        CostPerYear => ("Kosten per jaar", "Cost per year"),
        Total => ("Totaal", "Total"),
        Budget => ("Budget", "Budget"),
        Remaining => ("Resterend", "Remaining"),
        BudgetHeading => ("Begroting", "Budget"),
        CostChartTitle => ("Kosten per jaar en budget", "Cost per year and budget"),
        Euro => ("euro", "euro"),
        Rank => ("Rang", "Rank"),
        Contribution => ("Bijdrage (punt-maanden)", "Contribution (point-months)"),
        CostInPeriod => ("Kosten in de planperiode", "Cost in the plan period"),
        ContributionPer1000 => ("Bijdrage per € 1.000", "Contribution per € 1,000"),
        FreeOfCost => ("kosteloos", "free of cost"),
        CostEffectiveness => ("Kosteneffectiviteit", "Cost-effectiveness"),
        CostEffectivenessExplained => (
            "Per interventie: de oppervlakte onder de veerkrachtindex van het plan mét de interventie min die \
             zonder, gedeeld door de kosten in de planperiode.",
            "Per intervention: the area under the resilience index of the plan with the intervention minus that \
             without it, divided by the cost in the plan period.",
        ),
        NoCrisisScenario => ("Het project bevat geen crisisscenario.", "The project has no crisis scenario."),
        Run => ("Run", "Run"),
        LevelBeforeShock => ("Niveau vóór de schok", "Level before the shock"),
        LowestPoint => ("Diepste punt (maand)", "Lowest point (month)"),
        Recovery => ("Herstel", "Recovery"),
        Loss => ("Verlies (punt-maanden)", "Loss (point-months)"),
        WithoutPlan => ("Zonder plan", "Without a plan"),
        NotRecovered => ("niet hersteld", "not recovered"),
        Months => ("maanden", "months"),
        IndexAxis => ("index (0–100)", "index (0–100)"),
        RecoveryNote => (
            "Herstel: het aantal maanden vanaf de schok tot de index weer binnen 5 % van de daling bij het niveau \
             van vóór de schok is. Verlies: de oppervlakte onder dat niveau (de veerkrachtdriehoek).",
            "Recovery: the number of months from the shock until the index is back within 5 % of the drop from the \
             level before the shock. Loss: the area below that level (the resilience triangle).",
        ),
        SourcesParagraph => (
            "Bron van het basismodel: TNO (2023), Metaonderzoek veerkracht, R10055 — het MARVEL-model en zijn zes \
             terugkoppellussen. Interventies komen uit de tien TNO-beleidsadviezen en uit programma's die in de \
             Nederlandse praktijk genoemd worden (Trimbos, Movisie, NJi, Herstelopgave).",
            "Source of the base model: TNO (2023), Metaonderzoek veerkracht, R10055 — the MARVEL model and its six \
             feedback loops. Interventions come from TNO's ten policy recommendations and from programmes named in \
             Dutch practice (Trimbos, Movisie, NJi, Herstelopgave).",
        ),
        NoPlanVariant => ("Het project bevat geen planvariant.", "The project has no plan variant."),
        TheReference => ("de referentie", "the reference"),
        Situation => ("Situatie", "Situation"),
        Difference10 => ("Verschil 10 %", "Difference 10 %"),
        Median => ("Mediaan", "Median"),
        Difference90 => ("Verschil 90 %", "Difference 90 %"),
        WithoutCrisis => ("Zonder crisis", "Without a crisis"),
        DifferenceNote => (
            "Verschil: het effect van B min dat van A op de veerkrachtindex, in punt-maanden, bij 10 %, 50 % en \
             90 % van de doorrekeningen. Een doorrekening zonder verschil telt voor beide plannen half.",
            "Difference: the effect of B minus that of A on the resilience index, in point-months, at 10 %, 50 % \
             and 90 % of the runs. A run without a difference counts half for each plan.",
        ),
        WhichAssumptions => ("Welke aannames het meest uitmaken", "Which assumptions matter most"),
        Swing => ("uitslag", "swing"),
        SwingNote => (
            "Uitslag: hoeveel het effect van het plan verandert als één aanname van de zwakste naar de sterkste \
             waarde binnen haar onzekerheid gaat en de rest in het midden blijft. Zoek de bovenste aannames eerst \
             uit of volg ze.",
            "Swing: how much the plan's effect changes when one assumption goes from its weakest to its strongest \
             value within its uncertainty while the rest stay in the middle. Look into the top assumptions first, \
             or keep track of them.",
        ),
        NoExampleValues => (
            "De planvarianten gebruiken geen voorbeeldwaarden: alle bedragen en effecten zijn door de gemeente \
             ingevuld.",
            "The plan variants use no example values: every amount and effect was filled in by the municipality.",
        ),
        ExampleValuesIntro => (
            "De volgende bedragen en effecten zijn voorbeeldwaarden uit de catalogus, geen gemeten of begrote \
             waarden. Vervang ze door eigen cijfers voordat het plan wordt vastgesteld.",
            "The following amounts and effects are example values from the catalogue, not measured or budgeted \
             values. Replace them with your own figures before the plan is adopted.",
        ),
        ExampleValue => ("Voorbeeldwaarde", "Example value"),
        Value => ("Waarde", "Value"),
        UsedIn => ("Gebruikt in", "Used in"),
        Cost => ("kosten", "cost"),
        CausalDiagram => ("Causaal diagram", "Causal diagram"),
        CausalModel => ("Causaal model", "Causal model"),
    };
    lang.pick(nl, en)
}

/// "Veerkrachtplan Veerdam 2026–2029"; a part that is empty (no gemeente, no years) is left out.
pub fn title(lang: Language, gemeente: &str, years: &str) -> String {
    let plan = lang.pick("Veerkrachtplan", "Resilience plan");
    [plan, gemeente, years].iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

/// The running footer.
pub fn footer(lang: Language, gemeente: &str) -> String {
    let plan = title(lang, gemeente, "");
    lang.pick(format!("{plan} — gemaakt met Veerkrachtplanner"), format!("{plan} — made with Veerkrachtplanner"))
}

/// "Gemaakt met Veerkrachtplanner 0.1.0."
pub fn made_with(lang: Language, version: &str) -> String {
    lang.pick(format!("Gemaakt met Veerkrachtplanner {version}."), format!("Made with Veerkrachtplanner {version}."))
}

/// Why the report has no effects (`reason` says what is missing in the model).
pub fn no_index(lang: Language, reason: &str) -> String {
    lang.pick(
        format!(
            "{reason} Kies in het model de uitkomstvariabelen van de veerkrachtindex; tot dan bevat dit rapport geen \
             effecten, geen kosteneffectiviteit en geen crisis-stresstest."
        ),
        format!(
            "{reason} Choose the outcome variables of the resilience index in the model; until then this report has \
             no effects, no cost-effectiveness and no crisis stress test."
        ),
    )
}

/// A numbered section heading: "1. Samenvatting".
pub fn section(lang: Language, number: usize, section: Section) -> String {
    let name = match section {
        Section::Summary => lang.pick("Samenvatting", "Summary"),
        Section::Model => lang.pick("Het model", "The model"),
        Section::Crisis => lang.pick("Crisis-stresstest", "Crisis stress test"),
        Section::Uncertainty => lang.pick("Hoe zeker is dit?", "How certain is this?"),
        Section::Assumptions => lang.pick("Aannames", "Assumptions"),
        Section::Method => lang.pick("Verantwoording", "Method"),
    };
    format!("{number}. {name}")
}

/// The report's numbered sections (plan variants are numbered sections under their own name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Summary,
    Model,
    Crisis,
    Uncertainty,
    Assumptions,
    Method,
}

/// "Plan A (2026–2029): € 80.000 in totaal".
pub fn plan_total(lang: Language, name: &str, years: (i32, i32), total_eur: f64) -> String {
    let total = format_eur_in(total_eur, lang);
    let (a, b) = years;
    lang.pick(format!("{name} ({a}–{b}): {total} in totaal"), format!("{name} ({a}–{b}): {total} in total"))
}

/// "nee: 2027, 2028".
pub fn over_budget_cell(lang: Language, years: &[String]) -> String {
    format!("{}: {}", lang.pick("nee", "no"), years.join(", "))
}

/// The model's size and loops.
pub fn model_counts(lang: Language, counts: [usize; 5], stopped_at: Option<usize>) -> String {
    let [variables, links, loops, reinforcing, balancing] = counts;
    match lang {
        Language::Nl => format!(
            "Het model telt {variables} variabelen en {links} verbanden. Het bevat {loops} terugkoppellussen: \
             {reinforcing} versterkend (R) en {balancing} balancerend (B){}.",
            stopped_at.map_or_else(String::new, |cap| format!("; de zoektocht stopte bij {cap} lussen"))
        ),
        Language::En => format!(
            "The model has {variables} variables and {links} links. It has {loops} feedback loops: {reinforcing} \
             reinforcing (R) and {balancing} balancing (B){}.",
            stopped_at.map_or_else(String::new, |cap| format!("; the search stopped at {cap} loops"))
        ),
    }
}

/// "Stress (gewicht 0,2): reason".
pub fn weight_item(lang: Language, name: &str, weight: f64, reason: &str) -> String {
    let w = format_number_in(weight, 1, lang);
    lang.pick(format!("{name} (gewicht {w}): {reason}"), format!("{name} (weight {w}): {reason}"))
}

/// The slowest recovery after a disturbance, in months.
pub fn slowest_recovery(lang: Language, months: f64) -> String {
    let m = format_number_in(months, 1, lang);
    lang.pick(
        format!(
            "Na een verstoring duurt het traagste herstel ongeveer {m} maanden (berekend uit de traagste beweging van \
             het model)."
        ),
        format!(
            "After a disturbance the slowest recovery takes about {m} months (computed from the slowest movement of \
             the model)."
        ),
    )
}

/// The warning that the slowest recovery outlasts the plan, with the loops that drive it.
pub fn lock_in(lang: Language, drivers: &str) -> String {
    lang.pick(
        format!(
            "Waarschuwing: het traagste herstel duurt langer dan de planperiode: een verandering is aan het eind van \
             het plan nog niet uitgewerkt. Versterkende lussen die dit aandrijven: {drivers}."
        ),
        format!(
            "Warning: the slowest recovery takes longer than the plan period: a change has not yet worked through \
             by the end of the plan. Reinforcing loops that drive this: {drivers}."
        ),
    )
}

/// "12 mnd": a number of months in a table cell.
pub fn months_cell(lang: Language, months: f64, decimals: usize) -> String {
    format!("{} {}", format_number_in(months, decimals, lang), lang.pick("mnd", "mo."))
}

/// "Boven budget in: 2027, 2028."
pub fn over_budget_in(lang: Language, years: &[String]) -> String {
    format!("{}: {}.", lang.pick("Boven budget in", "Over budget in"), years.join(", "))
}

/// "Met Plan A" / "Met Nieuwe crisis".
pub fn with(lang: Language, name: &str) -> String {
    format!("{} {name}", lang.pick("Met", "With"))
}

/// "Veerkrachtindex onder 'Nieuwe crisis'".
pub fn index_under(lang: Language, scenario: &str) -> String {
    lang.pick(format!("Veerkrachtindex onder '{scenario}'"), format!("Resilience index under '{scenario}'"))
}

/// The method paragraph: how the model is computed.
pub fn method(lang: Language, method: &str, dt: f64, horizon_months: u32) -> String {
    let dt = format_number_in(dt, 2, lang);
    match lang {
        Language::Nl => format!(
            "Het model is een causaal lussendiagram dat als klein systeemdynamisch model wordt doorgerekend: elke \
             variabele is een voorraad op een schaal van 0 tot 100 die met haar reactietijd beweegt naar wat haar \
             oorzaken haar opleggen; sterktes (zwak 0,25 – zeer sterk 1,0) worden als aandeel verdeeld wanneer ze \
             samen boven 1 komen; vertraagde verbanden zijn eerste-ordevertragingen. Zonder interventies blijft alles \
             op de uitgangswaarde. Rekenmethode: {method}, stap {dt} maand, horizon {horizon_months} maanden."
        ),
        Language::En => format!(
            "The model is a causal loop diagram computed as a small system dynamics model: every variable is a stock \
             on a scale from 0 to 100 that moves, with its response time, towards what its causes impose; strengths \
             (weak 0.25 – very strong 1.0) are shared out as proportions when together they exceed 1; delayed links \
             are first-order delays. Without interventions everything stays at its starting value. Method: \
             {method}, step {dt} month, horizon {horizon_months} months."
        ),
    }
}

/// The uncertainty section's opening: how the plans were run.
pub fn uncertainty_intro(lang: Language, runs: usize, seed: u64) -> String {
    match lang {
        Language::Nl => format!(
            "Elke sterkte van een verband en elk effect van een interventie is een schatting met een onzekerheid \
             (±10 %, ±25 % of ±50 % bij betrouwbaarheid hoog, gemiddeld of laag). Daarom zijn de plannen {runs} \
             keer doorgerekend, elke keer met andere waarden binnen die grenzen, maar voor beide plannen dezelfde: \
             zo komt een verschil alleen door het plan (startwaarde {seed})."
        ),
        Language::En => format!(
            "Every strength of a link and every effect of an intervention is an estimate with an uncertainty \
             (±10 %, ±25 % or ±50 % at confidence high, medium or low). So the plans were run {runs} times, each \
             time with other values within those bounds, but the same for both plans: a difference then comes from \
             the plan alone (seed {seed})."
        ),
    }
}

/// The uncertainty section is left out for a model this large (`why` says how much work it would be).
pub fn uncertainty_too_large(lang: Language, why: &str) -> String {
    lang.pick(
        format!(
            "Voor een model van deze grootte rekent het rapport dit deel niet door. {why} Met de opdrachten \
             'veerkrachtplanner compare' en 'veerkrachtplanner sensitivity' kunt u twee plannen apart vergelijken."
        ),
        format!(
            "For a model this large the report does not compute this part. {why} With the commands \
             'veerkrachtplanner compare' and 'veerkrachtplanner sensitivity' you can compare two plans separately."
        ),
    )
}

/// "Kans dat Plan B beter is".
pub fn chance_better(lang: Language, name: &str) -> String {
    lang.pick(format!("Kans dat {name} beter is"), format!("Chance that {name} is better"))
}

/// "Plan A tegen Plan B".
pub fn against(lang: Language, a: &str, b: &str) -> String {
    lang.pick(format!("{a} tegen {b}"), format!("{a} against {b}"))
}

/// The tornado chart's title.
pub fn swing_title(lang: Language, plan: &str) -> String {
    lang.pick(
        format!("Uitslag van het effect van {plan} per aanname (punt-maanden)"),
        format!("Swing of the effect of {plan} per assumption (point-months)"),
    )
}

/// "1. label: effect 3,1 bij de zwakste en 5,2 bij de sterkste waarde".
pub fn swing_item(lang: Language, n: usize, label: &str, low: f64, high: f64) -> String {
    let (low, high) = (format_number_in(low, 1, lang), format_number_in(high, 1, lang));
    lang.pick(
        format!("{n}. {label}: effect {low} bij de zwakste en {high} bij de sterkste waarde"),
        format!("{n}. {label}: effect {low} at the weakest and {high} at the strongest value"),
    )
}

/// "€ 5.000 eenmalig, € 20.000 per jaar bij 100 % bereik".
pub fn example_cost(lang: Language, one_off_eur: f64, per_year_eur: f64) -> String {
    let (once, year) = (format_eur_in(one_off_eur, lang), format_eur_in(per_year_eur, lang));
    lang.pick(
        format!("{once} eenmalig, {year} per jaar bij 100 % bereik"),
        format!("{once} one-off, {year} per year at 100 % reach"),
    )
}

/// "effect op Stress".
pub fn effect_on(lang: Language, target: &str) -> String {
    lang.pick(format!("effect op {target}"), format!("effect on {target}"))
}

/// "+2,0 punten".
pub fn points(lang: Language, sign: &str, points: f64) -> String {
    format!("{sign}{} {}", format_number_in(points, 1, lang), lang.pick("punten", "points"))
}

/// The legend's words for the kinds of links.
pub fn link_legend(lang: Language, entry: LinkLegend) -> &'static str {
    match entry {
        LinkLegend::Reinforcing => lang.pick("versterkend verband", "reinforcing link"),
        LinkLegend::Weakening => lang.pick("verzwakkend verband", "weakening link"),
        LinkLegend::Derived => lang.pick("afgeleid (betrouwbaarheid laag)", "derived (low confidence)"),
        LinkLegend::Delayed => lang.pick("vertraging van 6 maanden of meer", "delay of 6 months or more"),
        LinkLegend::Thicker => lang.pick("Dikkere pijl = sterker verband.", "Thicker arrow = stronger link."),
    }
}

/// An entry of the diagram's legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkLegend {
    Reinforcing,
    Weakening,
    Derived,
    Delayed,
    Thicker,
}

/// A resource kind as the diagram's legend names it.
pub fn kind(lang: Language, kind: crate::model::ResourceKind) -> &'static str {
    use crate::model::ResourceKind;
    match kind {
        ResourceKind::Individual => lang.pick("Individueel", "Individual"),
        ResourceKind::Societal => lang.pick("Maatschappelijk", "Societal"),
        ResourceKind::Organisational => lang.pick("Organisatorisch", "Organisational"),
    }
}

/// "Gemeente Veerdam" under the diagram's title.
pub fn gemeente_line(lang: Language, gemeente: &str) -> String {
    format!("{} {gemeente}", lang.pick("Gemeente", "Municipality"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers_and_english_numbers() {
        assert_eq!(plan_total(Language::Nl, "A", (2026, 2029), 80_000.0), "A (2026–2029): € 80.000 in totaal");
        assert_eq!(weight_item(Language::En, "Stress", 0.2, "why"), "Stress (weight 0.2): why");
        assert_eq!(points(Language::Nl, "−", 2.0), "−2,0 punten");
        assert_eq!(section(Language::En, 3, Section::Crisis), "3. Crisis stress test");
    }
}
