//! Strings of the Plan view (Dutch and English).

use super::{Txt, texts};
use crate::text::Language;

// Plan view.
texts! {
    PLAN_TAB_INTERVENTIONS = "Interventies", "Interventions";
    PLAN_TAB_PLAN = "Plan", "Plan";
    PLAN_TAB_BUDGET = "Begroting", "Budget";
    PLAN_TAB_COST_EFFECTIVENESS = "Kosteneffectiviteit", "Cost-effectiveness";
    PLAN_TAB_COMPARE = "Varianten vergelijken", "Compare variants";
    PLAN_OPTIMISE = "Optimaliseren…", "Optimise…";
    PLAN_OPTIMISE_HINT = "Zoek de beste combinatie binnen het budget van elk jaar", "Find the best combination within each year's budget";
    PLAN_COMPARE_NONE = "Er is nog geen planvariant om te vergelijken.", "There is no plan variant to compare yet.";
    PLAN_COMPARE_TITLE = "Planvarianten vergelijken", "Compare plan variants";
    PLAN_ROW_YEARS = "Jaren", "Years";
    PLAN_ROW_INTERVENTIONS = "Interventies", "Interventions";
    PLAN_ROW_TOTAL_COST = "Totale kosten", "Total cost";
    PLAN_ROW_TOTAL_BUDGET = "Totaal budget", "Total budget";
    PLAN_ROW_OVER_BUDGET = "Boven budget in", "Over budget in";
    PLAN_NO_YEAR = "geen jaar", "no year";
    PLAN_ROW_EFFECT = "Effect (punt-maanden)", "Effect (point-months)";
    PLAN_ROW_END_EFFECT = "Effect aan het eind", "Effect at the end";
    PLAN_ROW_PER_1000 = "Effect per € 1.000", "Effect per €1,000";
    PLAN_COMPARE_EXAMPLES = "Alle bedragen en effecten uit de catalogus zijn voorbeeldwaarden.", "All amounts and effects from the catalogue are example values.";
    PLAN_AXIS_MONTH = "maand", "month";
    PLAN_AXIS_EFFECT = "effect op de veerkrachtindex", "effect on the resilience index";
}

// Plan view: Kosteneffectiviteit page.
texts! {
    PLAN_NO_VARIANT = "Er is nog geen planvariant.", "There is no plan variant yet.";
    PLAN_AXIS_INDEX = "veerkrachtindex", "resilience index";
    PLAN_REFERENCE = "Referentie", "Reference";
    PLAN_CE_TITLE = "Kosteneffectiviteit per interventie", "Cost-effectiveness per intervention";
    PLAN_CE_EXPLAIN = "Bijdrage = het effect van het plan met de interventie min zonder, in punt-maanden; gedeeld door de kosten over de hele looptijd per € 1.000. Hoog naar laag.", "Contribution = the effect of the plan with the intervention minus without, in point-months; divided by the costs over the whole period per €1,000. High to low.";
    PLAN_CE_EMPTY = "Het plan heeft nog geen interventies.", "The plan has no interventions yet.";
    PLAN_COL_INTERVENTION = "Interventie", "Intervention";
    PLAN_COL_CONTRIBUTION = "Bijdrage", "Contribution";
    PLAN_COL_COST = "Kosten", "Cost";
    PLAN_COL_PER_1000 = "Per € 1.000", "Per €1,000";
    PLAN_EXAMPLE = "voorbeeldwaarde", "example value";
    PLAN_FREE = "kosteloos", "free of cost";
    PLAN_CE_FROM_CATALOGUE = "effecten en/of kosten uit de catalogus:", "effects and/or costs from the catalogue:";
    PLAN_CE_AXIS = "punt-maanden per € 1.000", "point-months per €1,000";
}

pub fn plan_effect_title(language: Language, plan: &str) -> String {
    match language {
        Language::Nl => format!("Effect van {plan} op de veerkrachtindex"),
        Language::En => format!("Effect of {plan} on the resilience index"),
    }
}

pub fn plan_effect_summary(language: Language, area: &str, peak: &str, peak_month: usize, end: &str) -> String {
    match language {
        Language::Nl => format!(
            "Over de hele looptijd {area} punt-maanden ten opzichte van de referentie (geen interventies); \
             grootste effect {peak} in maand {peak_month}, aan het eind {end}."
        ),
        Language::En => format!(
            "Over the whole period {area} point-months compared with the reference (no interventions); \
             largest effect {peak} in month {peak_month}, at the end {end}."
        ),
    }
}

// Plan view: Begroting page.
texts! {
    PLAN_COL_TOTAL = "Totaal", "Total";
    PLAN_ROW_BUDGET = "Budget", "Budget";
    PLAN_NO_LIMIT = "geen grens", "no limit";
    PLAN_ROW_REMAINING = "Resterend", "Remaining";
    PLAN_WITHIN_BUDGET = "Binnen budget in elk jaar.", "Within budget in every year.";
    PLAN_COSTS_FROM_CATALOGUE = "kosten uit de catalogus:", "costs from the catalogue:";
}

pub fn plan_budget_title(language: Language, plan: &str, first_year: i32, last_year: i32) -> String {
    match language {
        Language::Nl => format!("Begroting van {plan} ({first_year}–{last_year})"),
        Language::En => format!("Budget of {plan} ({first_year}–{last_year})"),
    }
}

pub fn plan_over_budget_in(language: Language, years: &str) -> String {
    match language {
        Language::Nl => format!("Boven budget in {years}."),
        Language::En => format!("Over budget in {years}."),
    }
}

// Plan view: optimiser dialog.
texts! {
    PLAN_OPT_ALL = "alles: plan, eigen interventies en catalogus", "everything: plan, own interventions and catalogue";
    PLAN_OPT_CATALOGUE = "alleen de catalogus", "only the catalogue";
    PLAN_OPT_PLAN = "alleen de interventies in het plan", "only the interventions in the plan";
    PLAN_OPT_TITLE = "Beste combinatie binnen budget", "Best combination within budget";
    PLAN_OPT_BUDGET = "Budget per jaar:", "Budget per year:";
    PLAN_OPT_CANDIDATES = "Kiezen uit:", "Choose from:";
    PLAN_OPT_OUTCOME = "Uitkomst:", "Outcome:";
    PLAN_OPT_START = "Optimalisatie starten", "Start optimisation";
    PLAN_OPT_CANCEL = "Afbreken", "Stop";
    PLAN_OPT_CRASHED = "De optimalisatie is onverwacht gestopt.", "The optimisation stopped unexpectedly.";
    PLAN_OPT_STARTING = "Starten…", "Starting…";
    PLAN_OPT_RESULT = "Resultaat", "Result";
    PLAN_OPT_YEAR = "Jaar", "Year";
    PLAN_OPT_ADD = "Toevoegen als nieuwe planvariant", "Add as a new plan variant";
}

pub fn plan_opt_cannot_start(language: Language, error: &str) -> String {
    match language {
        Language::Nl => format!("Kan de optimalisatie niet starten: {error}"),
        Language::En => format!("Cannot start the optimisation: {error}"),
    }
}

pub fn plan_opt_intro(language: Language, years: &str) -> String {
    match language {
        Language::Nl => format!(
            "Kiest per interventie een bereik (0, 25, 50, 75 of 100 %) zodat het effect op de uitkomst over {years} zo \
             groot mogelijk is, zonder het budget van enig jaar te overschrijden."
        ),
        Language::En => format!(
            "Chooses a reach per intervention (0, 25, 50, 75 or 100%) so that the effect on the outcome over {years} is \
             as large as possible, without exceeding the budget of any year."
        ),
    }
}

pub fn plan_opt_effect(
    language: Language,
    verified: &str,
    predicted: &str,
    simulations: usize,
    proven: bool,
) -> String {
    match language {
        Language::Nl => format!(
            "Effect: {verified} punt-maanden (nagerekend met een volledige simulatie; voorspeld {predicted}). \
             {simulations} simulaties.{}",
            if proven { "" } else { " Niet bewezen de beste: de zoektocht is vroegtijdig gestopt." }
        ),
        Language::En => format!(
            "Effect: {verified} point-months (checked with a full simulation; predicted {predicted}). \
             {simulations} simulations.{}",
            if proven { "" } else { " Not proven the best: the search stopped early." }
        ),
    }
}

// Plan view: Interventies page (catalogue).
texts! {
    PLAN_CAT_SEARCH = "Zoeken:", "Search:";
    PLAN_CAT_SEARCH_HINT = "naam, thema, doel of woord: eenzaamheid…", "name, theme, target or word: loneliness…";
    PLAN_CAT_GROUP = "Doelgroep:", "Target group:";
    PLAN_CAT_GROUP_HINT = "bv. jongeren", "e.g. young people";
    PLAN_CAT_SETTING = "Omgeving:", "Setting:";
    PLAN_CAT_ALL = "alle", "all";
    PLAN_CAT_NEW_PLAN = "een nieuw plan", "a new plan";
    PLAN_CAT_IN_PLAN = "(staat in het plan)", "(in the plan)";
    PLAN_CAT_ADD = "Toevoegen aan plan", "Add to plan";
    PLAN_CAT_EFFECTS = "Effecten (punten op de schaal 0–100, bij 100 % bereik):", "Effects (points on the 0–100 scale, at 100% reach):";
    SETTING_WIJK = "wijk", "neighbourhood";
    SETTING_SCHOOL = "school", "school";
    SETTING_ZORG = "zorg", "care";
    SETTING_WERK = "werk", "work";
    SETTING_GEZIN = "gezin", "family";
    SETTING_ONLINE = "online", "online";
    SETTING_LOKET = "loket (gemeente)", "service desk (municipality)";
}

pub fn plan_cat_count(language: Language, shown: usize, all: usize) -> String {
    match language {
        Language::Nl => format!(
            "{shown} van {all} interventies. Effecten en kosten uit de catalogus zijn voorbeeldwaarden; de richting \
             (+/−) komt uit de bron."
        ),
        Language::En => format!(
            "{shown} of {all} interventions. Effects and costs from the catalogue are example values; the direction \
             (+/−) comes from the source."
        ),
    }
}

pub fn plan_cat_add_to(language: Language, target: &str) -> String {
    match language {
        Language::Nl => format!("Voeg toe aan {target}"),
        Language::En => format!("Add to {target}"),
    }
}

pub fn plan_cat_group_setting(language: Language, group: &str, settings: &str) -> String {
    match language {
        Language::Nl => format!("Doelgroep: {group} · Omgeving: {settings}"),
        Language::En => format!("Target group: {group} · Setting: {settings}"),
    }
}

pub fn plan_cat_source(language: Language, source: &str, databank: Option<&str>) -> String {
    match (language, databank) {
        (Language::Nl, Some(db)) => format!("Bron: {source} · Te vinden bij: {db}"),
        (Language::Nl, None) => format!("Bron: {source}"),
        (Language::En, Some(db)) => format!("Source: {source} · Listed at: {db}"),
        (Language::En, None) => format!("Source: {source}"),
    }
}

pub fn plan_cat_effect(language: Language, name: &str, points: &str, confidence: &str) -> String {
    match language {
        Language::Nl => format!("{name} {points} (zekerheid {confidence})"),
        Language::En => format!("{name} {points} (confidence {confidence})"),
    }
}

pub fn plan_cat_cost(language: Language, one_off: &str, per_year: &str) -> String {
    match language {
        Language::Nl => format!("Kosten: {one_off} eenmalig + {per_year} per jaar bij 100 % bereik"),
        Language::En => format!("Cost: {one_off} one-off + {per_year} per year at 100% reach"),
    }
}

// Plan view: Plan page (editor).
texts! {
    PLAN_ED_VARIANT = "Planvariant:", "Plan variant:";
    PLAN_ED_NONE = "(geen)", "(none)";
    PLAN_ED_NEW = "Nieuwe variant", "New variant";
    PLAN_ED_COPY = "Variant kopiëren", "Copy variant";
    PLAN_ED_DELETE = "Variant verwijderen", "Delete variant";
    PLAN_ED_EMPTY = "Dit project heeft nog geen planvariant. Maak er een met 'Nieuwe variant' of voeg een interventie toe.", "This project has no plan variant yet. Make one with 'New variant' or add an intervention.";
    PLAN_ED_NAME = "Naam:", "Name:";
    PLAN_ED_YEARS = "Jaren:", "Years:";
    PLAN_ED_UNTIL = "t/m", "to";
    PLAN_ED_NOTES = "Toelichting:", "Notes:";
    PLAN_ED_BUDGET_PER_YEAR = "Budget per jaar", "Budget per year";
    PLAN_ED_BUDGET = "budget", "budget";
    PLAN_ED_BUDGET_HINT = "Zonder budget heeft dit jaar geen grens", "Without a budget this year has no limit";
    PLAN_ED_ITEMS = "Interventies in dit plan", "Interventions in this plan";
    PLAN_ED_NO_ITEMS = "Nog geen interventies. Voeg ze toe op de pagina Interventies.", "No interventions yet. Add them on the Interventions page.";
    PLAN_ED_COL_START = "Start", "Start";
    PLAN_ED_COL_DURATION = "Looptijd", "Duration";
    PLAN_ED_COL_REACH = "Bereik", "Reach";
    PLAN_ED_COL_COST = "Kosten per jaar (100 %)", "Cost per year (100%)";
    PLAN_ED_TO_END = "tot einde plan", "until end of plan";
    PLAN_ED_REMOVE = "Verwijderen", "Remove";
    PLAN_ED_PICK = "Kies een interventie om de details te bewerken.", "Choose an intervention to edit its details.";
}

pub fn plan_ed_copy_name(language: Language, name: &str) -> String {
    match language {
        Language::Nl => format!("{name} (kopie)"),
        Language::En => format!("{name} (copy)"),
    }
}

pub fn plan_ed_unknown(language: Language, id: &str) -> String {
    match language {
        Language::Nl => format!("{id} (onbekend!)"),
        Language::En => format!("{id} (unknown!)"),
    }
}

pub fn plan_ed_months(language: Language, months: &str) -> String {
    match language {
        Language::Nl => format!("{months} mnd"),
        Language::En => format!("{months} mo"),
    }
}

// Plan view: details of a plan item.
texts! {
    PLAN_IT_ABOUT = "Over deze interventie", "About this intervention";
    PLAN_IT_MISSING = "Deze interventie bestaat niet in het project of de catalogus.", "This intervention does not exist in the project or the catalogue.";
    PLAN_IT_START = "Start:", "Start:";
    PLAN_IT_MONTHS_SUFFIX = " mnd", " mo";
    PLAN_IT_DURATION = "Looptijd:", "Duration:";
    PLAN_IT_TO_END = "tot het einde van het plan", "until the end of the plan";
    PLAN_IT_REACH = "Bereik:", "Reach:";
    PLAN_IT_REACH_HINT = "Deel van de doelgroep dat bereikt wordt; kosten per jaar en effect schalen mee", "Share of the target group that is reached; cost per year and effect scale with it";
    PLAN_IT_RAMP_UP = "Tijd tot vol effect:", "Time to full effect:";
    PLAN_IT_RAMP_UP_HINT = "Opbouwtijd: zoveel maanden groeit het effect na de start tot zijn volle grootte", "Build-up time: for this many months after the start the effect grows to its full size";
    PLAN_IT_AFTER = "Werkt nog na:", "Keeps working for:";
    PLAN_IT_AFTER_HINT = "Nawerking: zoveel maanden werkt het effect na het einde nog door en verdwijnt het langzaam", "After-effect: for this many months after the end the effect still works and slowly fades";
    PLAN_IT_EFFECTS = "Effecten (punten op de schaal 0–100, bij 100 % bereik)", "Effects (points on the 0–100 scale, at 100% reach)";
    PLAN_IT_EDIT_EFFECTS = "Effecten aanpassen", "Adjust effects";
    PLAN_IT_RESET_EFFECTS = "Terug naar de effecten uit de catalogus", "Back to the effects from the catalogue";
    PLAN_IT_COSTS = "Kosten (bij 100 % bereik)", "Cost (at 100% reach)";
    PLAN_IT_EDIT_COSTS = "Kosten aanpassen", "Adjust cost";
    PLAN_IT_ONE_OFF = "Eenmalig:", "One-off:";
    PLAN_IT_PER_YEAR = "Per jaar:", "Per year:";
    PLAN_IT_RESET_COSTS = "Terug naar de kosten uit de catalogus", "Back to the cost from the catalogue";
    PLAN_IT_ORGANISATION = "Organisatie", "Organisation";
    PLAN_IT_OWNER = "Eigenaar:", "Owner:";
    PLAN_IT_PARTNERS = "Partners:", "Partners:";
    PLAN_IT_WIJKEN = "Wijken:", "Neighbourhoods:";
    PLAN_IT_GROUPS = "Doelgroepen:", "Target groups:";
}

pub fn plan_it_cost(language: Language, one_off: &str, per_year: &str) -> String {
    match language {
        Language::Nl => format!("{one_off} eenmalig + {per_year} per jaar"),
        Language::En => format!("{one_off} one-off + {per_year} per year"),
    }
}

// Plan view: effect and tag editors, example-value badge.
texts! {
    PLAN_EF_REMOVE = "Effect verwijderen", "Remove effect";
    PLAN_EF_ADD = "Effect toevoegen", "Add effect";
    PLAN_TAG_ADD_HINT = "toevoegen…", "add…";
    PLAN_EXAMPLE_HINT = "Een illustratief getal, geen gemeten effect of begroot bedrag. De bronnen noemen geen bedragen of effectgroottes: vervang het door een eigen schatting.", "An illustrative number, not a measured effect or budgeted amount. The sources give no amounts or effect sizes: replace it with your own estimate.";
}

/// Short month names, January first.
pub fn month_names(language: Language) -> [&'static str; 12] {
    match language {
        Language::Nl => ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        Language::En => ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    }
}

pub fn plan_ef_label(language: Language, k: usize) -> String {
    match language {
        Language::Nl => format!("Effect {k}:"),
        Language::En => format!("Effect {k}:"),
    }
}

pub fn plan_ef_confidence(language: Language, confidence: &str) -> String {
    match language {
        Language::Nl => format!("zekerheid {confidence}"),
        Language::En => format!("confidence {confidence}"),
    }
}
