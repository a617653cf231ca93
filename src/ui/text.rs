//! Every string a user sees, in Dutch and English. Use [`Txt::get`] with the current [`Language`].

use crate::model::{Confidence, Delay, Direction, Language, Polarity, ResourceKind, ResourceTag, Strength};

/// One user-visible string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Txt {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Txt {
    pub const fn new(nl: &'static str, en: &'static str) -> Self {
        Self { nl, en }
    }

    pub fn get(self, language: Language) -> &'static str {
        match language {
            Language::Nl => self.nl,
            Language::En => self.en,
        }
    }
}

macro_rules! texts {
    ($($name:ident = $nl:literal, $en:literal;)*) => {
        $(pub const $name: Txt = Txt::new($nl, $en);)*
    };
}

texts! {
    APP_NAME = "Veerkrachtplanner", "Veerkrachtplanner";
    UNTITLED = "Naamloos", "Untitled";
    MENU_FILE = "Bestand", "File";
    MENU_EDIT = "Bewerken", "Edit";
    MENU_VIEW = "Beeld", "View";
    MENU_RECENT = "Recente bestanden", "Recent files";
    MENU_LANGUAGE = "Taal", "Language";
    NO_RECENT = "(nog geen recente bestanden)", "(no recent files yet)";
    CMD_NEW = "Nieuw", "New";
    CMD_OPEN = "Openen…", "Open…";
    CMD_SAVE = "Opslaan", "Save";
    CMD_SAVE_AS = "Opslaan als…", "Save as…";
    CMD_QUIT = "Afsluiten", "Quit";
    CMD_UNDO = "Ongedaan maken", "Undo";
    CMD_REDO = "Opnieuw", "Redo";
    CMD_DELETE = "Verwijderen", "Delete";
    CMD_SELECT_ALL = "Alles selecteren", "Select all";
    CMD_AUTO_LAYOUT = "Automatisch schikken", "Arrange automatically";
    CMD_FIT = "Passend maken", "Fit to window";
    CMD_ZOOM_IN = "Inzoomen", "Zoom in";
    CMD_ZOOM_OUT = "Uitzoomen", "Zoom out";
    CMD_NEW_VARIABLE = "Nieuwe variabele", "New variable";
    CMD_RENAME = "Naam wijzigen", "Rename";
    CMD_ADD_LINK = "Verband toevoegen vanaf hier", "Add link from here";
    CMD_FLIP_POLARITY = "Richting van het effect omdraaien (+/−)", "Flip polarity (+/−)";
    LANG_NL = "Nederlands", "Nederlands";
    LANG_EN = "English", "English";
    TAB_MODEL = "Model", "Model";
    TAB_SIMULATION = "Simulatie", "Simulation";
    TAB_PLAN = "Plan", "Plan";
    VARIABLES = "Variabelen", "Variables";
    SEARCH = "Zoeken…", "Search…";
    SEARCH_HINT = "Zoek een variabele op naam", "Search a variable by name";
    NO_MATCH = "Geen variabele gevonden.", "No variable found.";
    LOOPS = "Terugkoppellussen", "Feedback loops";
    LOOPS_ONLY_SELECTED = "Alleen lussen door de geselecteerde variabele", "Only loops through the selected variable";
    NO_LOOPS = "Dit model heeft geen terugkoppellussen.", "This model has no feedback loops.";
    LOOPS_TRUNCATED = "Er zijn meer lussen; alleen de eerste worden getoond.", "There are more loops; only the first are shown.";
    LOOP_BADGE_HINT = "R = versterkende lus, B = balancerende lus", "R = reinforcing loop, B = balancing loop";
    LOOP_CLEAR = "Markering opheffen", "Clear highlight";
    INSPECTOR = "Eigenschappen", "Properties";
    NOTHING_SELECTED = "Klik op een variabele of verband om de eigenschappen te zien.", "Click a variable or link to see its properties.";
    HELP_CANVAS = "Dubbelklik op een lege plek: nieuwe variabele. Sleep vanaf het bolletje rechts van een variabele naar een andere: nieuw verband (Alt ingedrukt: −). Middelste muisknop of spatie + slepen: verschuiven. Scrollwiel: zoomen.", "Double-click an empty spot: new variable. Drag from the dot at the right of a variable to another: new link (hold Alt: −). Middle mouse or space + drag: pan. Wheel: zoom.";
    NAME = "Naam", "Name";
    DESCRIPTION = "Omschrijving", "Description";
    KIND = "Soort hulpbron", "Kind of resource";
    RESOURCE_TAG = "Hulpbron (oude indeling)", "Resource (earlier view)";
    NONE = "geen", "none";
    BASELINE = "Uitgangswaarde (0–100)", "Baseline (0–100)";
    DIRECTION = "Wat is beter?", "Which way is better?";
    ADJUSTMENT = "Reactietijd (maanden)", "Adjustment time (months)";
    SOURCE = "Bron", "Source";
    SOURCE_HINT = "bijv. TNO 2023, r. 950", "e.g. TNO 2023, l. 950";
    ADVANCED = "Geavanceerd", "Advanced";
    POLARITY = "Effect", "Effect";
    STRENGTH = "Sterkte", "Strength";
    DELAY = "Snelheid", "Speed";
    CONFIDENCE = "Zekerheid", "Confidence";
    GAIN = "Versterkingsfactor (0–1)", "Gain (0–1)";
    DELAY_MONTHS = "Vertraging (maanden)", "Delay (months)";
    CUSTOM = "eigen waarde", "custom value";
    LINK_FROM_TO = "Verband", "Link";
    SELECT_FROM = "Selecteer oorzaak", "Select cause";
    SELECT_TO = "Selecteer gevolg", "Select effect";
    DELETE_SELECTION = "Selectie verwijderen", "Delete selection";
    DIALOG_UNSAVED_TITLE = "Niet-opgeslagen wijzigingen", "Unsaved changes";
    DIALOG_UNSAVED_BODY = "Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?", "There are changes that have not been saved. Do you want to save them?";
    SAVE = "Opslaan", "Save";
    DONT_SAVE = "Niet opslaan", "Don't save";
    CANCEL = "Annuleren", "Cancel";
    OK = "OK", "OK";
    DIALOG_LOAD_TITLE = "Het bestand kan niet worden geopend", "The file cannot be opened";
    DIALOG_LOAD_BODY = "Het project is niet geopend; er is niets veranderd. Dit zijn de problemen:", "The project was not opened; nothing changed. These are the problems:";
    DIALOG_RECOVERY_TITLE = "Niet-opgeslagen werk gevonden", "Unsaved work found";
    DIALOG_RECOVERY_BODY = "De vorige keer is de Veerkrachtplanner afgesloten voordat alles was opgeslagen. Wilt u dat werk terugzetten?", "Last time Veerkrachtplanner closed before everything was saved. Do you want to restore that work?";
    RESTORE = "Terugzetten", "Restore";
    DISCARD = "Weggooien", "Discard";
    FILE_FILTER = "Veerkrachtplanner-project", "Veerkrachtplanner project";
    INTERVENTIONS_ON_VARIABLE = "Interventies in de plannen die hierop werken", "Plan interventions acting on this";
    CMD_EXPORT_PDF = "Plan exporteren als PDF…", "Export plan as PDF…";
    CMD_EXPORT_SVG = "Diagram exporteren als SVG…", "Export diagram as SVG…";
    PDF_FILTER = "PDF-document", "PDF document";
    SVG_FILTER = "SVG-afbeelding", "SVG image";
    STATUS_READY = "Klaar.", "Ready.";
    STATUS_SAVED = "Opgeslagen", "Saved";
    STATUS_OPENED = "Geopend", "Opened";
    STATUS_NEW = "Nieuw project gestart met het basismodel.", "New project started from the base model.";
    STATUS_UNDONE = "Ongedaan gemaakt.", "Undone.";
    STATUS_REDONE = "Opnieuw uitgevoerd.", "Redone.";
    STATUS_NOTHING_UNDO = "Er is niets om ongedaan te maken.", "There is nothing to undo.";
    STATUS_NOTHING_REDO = "Er is niets om opnieuw uit te voeren.", "There is nothing to redo.";
    STATUS_RESTORED = "Niet-opgeslagen werk is teruggezet.", "Unsaved work has been restored.";
    STATUS_AUTOSAVED = "Herstelkopie bijgewerkt.", "Recovery copy updated.";
    STATUS_LINK_SAME = "Sleep naar een andere variabele om een verband te maken.", "Drag to another variable to make a link.";
    STATUS_NO_DIALOG = "Bestandsvensters zijn hier niet beschikbaar.", "File dialogs are not available here.";
    VAR_NAME_DEFAULT = "Nieuwe variabele", "New variable";
    CANVAS_LABEL = "Modelcanvas", "Model canvas";
    RENAME_FIELD = "Naam van de variabele", "Name of the variable";
    LINK_HANDLE = "Sleep om een verband te maken", "Drag to make a link";
    HIGHER_BETTER = "hoger is beter", "higher is better";
    LOWER_BETTER = "lager is beter", "lower is better";
}

pub fn kind_label(kind: ResourceKind, language: Language) -> &'static str {
    match kind {
        ResourceKind::Individueel => Txt::new("individueel", "individual"),
        ResourceKind::Maatschappelijk => Txt::new("maatschappelijk", "societal"),
        ResourceKind::Organisatorisch => Txt::new("organisatorisch", "organisational"),
    }
    .get(language)
}

pub fn tag_label(tag: ResourceTag, language: Language) -> &'static str {
    match tag {
        ResourceTag::Sociaal => Txt::new("sociaal", "social"),
        ResourceTag::Psychologisch => Txt::new("psychologisch", "psychological"),
        ResourceTag::Cultureel => Txt::new("cultureel", "cultural"),
        ResourceTag::Materieel => Txt::new("materieel", "material"),
    }
    .get(language)
}

pub fn direction_label(direction: Direction, language: Language) -> &'static str {
    match direction {
        Direction::HigherIsBetter => HIGHER_BETTER,
        Direction::LowerIsBetter => LOWER_BETTER,
    }
    .get(language)
}

pub fn polarity_label(polarity: Polarity, language: Language) -> &'static str {
    match polarity {
        Polarity::Positive => Txt::new("+  meer leidt tot meer", "+  more leads to more"),
        Polarity::Negative => Txt::new("−  meer leidt tot minder", "−  more leads to less"),
    }
    .get(language)
}

pub fn strength_label(strength: Strength, language: Language) -> String {
    match strength {
        Strength::Zwak => Txt::new("zwak", "weak").get(language).to_owned(),
        Strength::Gemiddeld => Txt::new("gemiddeld", "medium").get(language).to_owned(),
        Strength::Sterk => Txt::new("sterk", "strong").get(language).to_owned(),
        Strength::ZeerSterk => Txt::new("zeer sterk", "very strong").get(language).to_owned(),
        Strength::Custom(g) => format!("{} ({g:.2})", CUSTOM.get(language)),
    }
}

pub fn delay_label(delay: Delay, language: Language) -> String {
    match delay {
        Delay::Direct => Txt::new("direct", "immediate").get(language).to_owned(),
        Delay::Snel => Txt::new("snel (± 1 maand)", "fast (± 1 month)").get(language).to_owned(),
        Delay::Gemiddeld => Txt::new("gemiddeld (± 6 maanden)", "medium (± 6 months)").get(language).to_owned(),
        Delay::Traag => Txt::new("traag (± 2 jaar)", "slow (± 2 years)").get(language).to_owned(),
        Delay::Months(m) => format!("{} ({m:.1} mnd)", CUSTOM.get(language)),
    }
}

pub fn confidence_label(confidence: Confidence, language: Language) -> &'static str {
    match confidence {
        Confidence::Laag => Txt::new("laag", "low"),
        Confidence::Gemiddeld => Txt::new("gemiddeld", "medium"),
        Confidence::Hoog => Txt::new("hoog", "high"),
    }
    .get(language)
}

pub fn language_label(language: Language) -> &'static str {
    match language {
        Language::Nl => LANG_NL.nl,
        Language::En => LANG_EN.en,
    }
}

pub fn count_summary(language: Language, variables: usize, links: usize, loops: usize) -> String {
    match language {
        Language::Nl => format!("{variables} variabelen · {links} verbanden · {loops} lussen"),
        Language::En => format!("{variables} variables · {links} links · {loops} loops"),
    }
}

pub fn n_selected(language: Language, variables: usize, links: usize) -> String {
    match language {
        Language::Nl => format!("{variables} variabelen en {links} verbanden geselecteerd."),
        Language::En => format!("{variables} variables and {links} links selected."),
    }
}

pub fn loop_length(language: Language, n: usize) -> String {
    match language {
        Language::Nl => format!("{n} var."),
        Language::En => format!("{n} var."),
    }
}

pub fn with_path(language: Language, what: Txt, path: &std::path::Path) -> String {
    let _ = language;
    format!("{}: {}", what.get(language), path.display())
}

pub fn error_prefix(language: Language) -> &'static str {
    Txt::new("Fout", "Error").get(language)
}

pub fn deleted(language: Language, variables: usize, links: usize) -> String {
    match language {
        Language::Nl => format!("Verwijderd: {variables} variabelen, {links} verbanden (Ctrl+Z zet ze terug)."),
        Language::En => format!("Deleted: {variables} variables, {links} links (Ctrl+Z brings them back)."),
    }
}

/// Status line after an export was written.
pub fn exported(language: Language, path: &std::path::Path) -> String {
    match language {
        Language::Nl => format!("Geëxporteerd naar {}.", path.display()),
        Language::En => format!("Exported to {}.", path.display()),
    }
}

/// Status line when an export failed (the reason is already Dutch from the core).
pub fn export_failed(language: Language, reason: &str) -> String {
    match language {
        Language::Nl => format!("Exporteren mislukt: {reason}"),
        Language::En => format!("Export failed: {reason}"),
    }
}

/// Status line after an edit: `"Gedaan: variabele verplaatsen (Ctrl+Z maakt het ongedaan)."`.
pub fn done(language: Language, description: &str) -> String {
    match language {
        Language::Nl => format!("Gedaan: {description} (Ctrl+Z maakt het ongedaan)."),
        Language::En => format!("Done: {description} (Ctrl+Z undoes it)."),
    }
}

// Simulatie view.
texts! {
    SIM_RUNS = "Runs", "Runs";
    SIM_REFERENCE_CHECK = "Referentie (geen schokken of maatregelen)", "Reference (no shocks or measures)";
    SIM_REFERENCE = "Referentie", "Reference";
    SIM_NO_RUNS = "Nog geen scenario's of planvarianten.", "No scenarios or plan variants yet.";
    SIM_CHART = "Grafiek", "Chart";
    SIM_INDEX = "Veerkrachtindex", "Resilience index";
    SIM_UNCERTAINTY = "Onzekerheid", "Uncertainty";
    SIM_UNCERTAINTY_HINT = "Elke run trekt de sterktes van de verbanden en de effecten van maatregelen uit hun bereik.", "Each run draws the link strengths and the effects of measures from their ranges.";
    SIM_MC_STOPPED = "De onzekerheidsberekening is afgebroken.", "The uncertainty calculation was stopped.";
    SIM_CANCEL = "Afbreken", "Stop";
    SIM_RECALCULATE = "Opnieuw berekenen", "Calculate again";
    SIM_NO_DRIVER = "Geen versterkende lus gevonden die dit verklaart.", "No reinforcing loop found that explains this.";
    SIM_DRIVEN_BY = "Aangedreven door de versterkende lus(sen):", "Driven by the reinforcing loop(s):";
    SIM_RETURN_NOT_COMPUTED = "Terugkeertijd van het model: niet berekend (model te groot of leeg).", "Return time of the model: not calculated (model too large or empty).";
    SIM_RETURN_INFINITE = "Terugkeertijd van het model: oneindig (een lus houdt elke verandering vast).", "Return time of the model: infinite (a loop holds on to every change).";
    SIM_INDEX_HINT = "Een gewogen samenvatting van de gekozen uitkomsten, geen variabele van het model.", "A weighted summary of the chosen outcomes, not a variable of the model.";
    SIM_TABLE_TITLE = "Veerkracht van de veerkrachtindex", "Resilience of the resilience index";
    SIM_COL_RUN = "Run", "Run";
    SIM_COL_EFFECT = "Effect t.o.v. referentie", "Effect vs. reference";
    SIM_COL_PRE_SHOCK = "Vóór de schok", "Before the shock";
    SIM_COL_DEPTH = "Diepste punt", "Lowest point";
    SIM_COL_RECOVERY = "Hersteltijd", "Recovery time";
    SIM_COL_LOSS = "Verlies", "Loss";
    SIM_NOT_RECOVERED = "niet hersteld", "not recovered";
    SIM_MONTHS_AXIS = "maanden", "months";
    SIM_VALUE_AXIS = "indexwaarde (0–100)", "index value (0–100)";
}

/// Label of a plan variant run in the Simulatie view (also the key of the user's choice).
pub fn sim_plan_run(language: Language, plan: &str) -> String {
    let _ = language;
    format!("Plan: {plan}")
}

pub fn sim_not_simulable(language: Language, problem: &str) -> String {
    match language {
        Language::Nl => format!("Niet te simuleren: {problem}"),
        Language::En => format!("Cannot be simulated: {problem}"),
    }
}

pub fn sim_band_checkbox(language: Language, runs: usize) -> String {
    match language {
        Language::Nl => format!("10–90 %-band (Monte Carlo, {runs} runs)"),
        Language::En => format!("10–90 % band (Monte Carlo, {runs} runs)"),
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
            format!("Lock-in: een verandering dooft niet uit binnen de planhorizon van {horizon_months} maanden.")
        }
        Language::En => {
            format!("Lock-in: a change does not die out within the planning horizon of {horizon_months} months.")
        }
    }
}

pub fn sim_driver(language: Language, title: &str, gain: &str) -> String {
    match language {
        Language::Nl => format!("• {title} (lusversterking {gain})"),
        Language::En => format!("• {title} (loop gain {gain})"),
    }
}

pub fn sim_return_time(language: Language, months: &str) -> String {
    match language {
        Language::Nl => {
            format!("Terugkeertijd van het model: {months} maanden (langzaamste herstel na een verstoring).")
        }
        Language::En => format!("Return time of the model: {months} months (slowest recovery after a disturbance)."),
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
        Language::Nl => format!("{value} indexpunt-maanden"),
        Language::En => format!("{value} index-point months"),
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
    PLAN_ROW_EFFECT = "Effect (indexpunt-maanden)", "Effect (index-point months)";
    PLAN_ROW_END_EFFECT = "Effect aan het eind", "Effect at the end";
    PLAN_ROW_PER_1000 = "Effect per € 1.000", "Effect per € 1,000";
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
    PLAN_CE_EXPLAIN = "Bijdrage = het effect van het plan met de interventie min zonder, in indexpunt-maanden; gedeeld door de kosten over de hele looptijd per € 1.000. Hoog naar laag.", "Contribution = the effect of the plan with the intervention minus without, in index-point months; divided by the costs over the whole period per € 1,000. High to low.";
    PLAN_CE_EMPTY = "Het plan heeft nog geen interventies.", "The plan has no interventions yet.";
    PLAN_COL_INTERVENTION = "Interventie", "Intervention";
    PLAN_COL_CONTRIBUTION = "Bijdrage", "Contribution";
    PLAN_COL_COST = "Kosten", "Cost";
    PLAN_COL_PER_1000 = "Per € 1.000", "Per € 1,000";
    PLAN_EXAMPLE = "voorbeeldwaarde", "example value";
    PLAN_FREE = "kosteloos", "free of cost";
    PLAN_CE_FROM_CATALOGUE = "effecten en/of kosten uit de catalogus:", "effects and/or costs from the catalogue:";
    PLAN_CE_AXIS = "indexpunt-maanden per € 1.000", "index-point months per € 1,000";
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
            "Over de hele looptijd {area} indexpunt-maanden ten opzichte van de referentie (geen interventies); \
             grootste effect {peak} in maand {peak_month}, aan het eind {end}."
        ),
        Language::En => format!(
            "Over the whole period {area} index-point months compared with the reference (no interventions); \
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
    PLAN_OPT_CANDIDATES = "Kandidaten:", "Candidates:";
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
            "Chooses a reach per intervention (0, 25, 50, 75 or 100 %) so that the effect on the outcome over {years} is \
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
            "Effect: {verified} indexpunt-maanden (nagerekend met een volledige simulatie; voorspeld {predicted}). \
             {simulations} simulaties.{}",
            if proven { "" } else { " Niet bewezen de beste: de zoektocht is vroegtijdig gestopt." }
        ),
        Language::En => format!(
            "Effect: {verified} index-point months (checked with a full simulation; predicted {predicted}). \
             {simulations} simulations.{}",
            if proven { "" } else { " Not proven the best: the search stopped early." }
        ),
    }
}

// Plan view: Interventies page (catalogue).
texts! {
    PLAN_CAT_SEARCH = "Zoeken:", "Search:";
    PLAN_CAT_SEARCH_HINT = "naam, doelgroep, databank…", "name, target group, database…";
    PLAN_CAT_GROUP = "Doelgroep:", "Target group:";
    PLAN_CAT_GROUP_HINT = "bv. jongeren", "e.g. young people";
    PLAN_CAT_SETTING = "Setting:", "Setting:";
    PLAN_CAT_ALL = "alle", "all";
    PLAN_CAT_NEW_PLAN = "een nieuw plan", "a new plan";
    PLAN_CAT_IN_PLAN = "(staat in het plan)", "(in the plan)";
    PLAN_CAT_ADD = "Toevoegen aan plan", "Add to plan";
    PLAN_CAT_EFFECTS = "Effecten (indexpunten bij 100 % bereik):", "Effects (index points at 100 % reach):";
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
        Language::Nl => format!("Doelgroep: {group} · Setting: {settings}"),
        Language::En => format!("Target group: {group} · Setting: {settings}"),
    }
}

pub fn plan_cat_source(language: Language, source: &str, databank: Option<&str>) -> String {
    match (language, databank) {
        (Language::Nl, Some(db)) => format!("Bron: {source} · Databank/organisatie: {db}"),
        (Language::Nl, None) => format!("Bron: {source}"),
        (Language::En, Some(db)) => format!("Source: {source} · Database/organisation: {db}"),
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
        Language::En => format!("Cost: {one_off} one-off + {per_year} per year at 100 % reach"),
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
    PLAN_ED_COL_COST = "Kosten per jaar (100 %)", "Cost per year (100 %)";
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
    PLAN_IT_RAMP_UP = "Opbouwtijd:", "Ramp-up time:";
    PLAN_IT_AFTER = "Nawerking:", "After-effect:";
    PLAN_IT_AFTER_HINT = "Maanden waarin het effect na afloop uitdooft", "Months in which the effect fades out afterwards";
    PLAN_IT_EFFECTS = "Effecten (indexpunten bij 100 % bereik)", "Effects (index points at 100 % reach)";
    PLAN_IT_EDIT_EFFECTS = "Effecten aanpassen", "Adjust effects";
    PLAN_IT_RESET_EFFECTS = "Terug naar de effecten uit de catalogus", "Back to the effects from the catalogue";
    PLAN_IT_COSTS = "Kosten (bij 100 % bereik)", "Cost (at 100 % reach)";
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
    let _ = language;
    format!("Effect {k}:")
}

pub fn plan_ef_confidence(language: Language, confidence: &str) -> String {
    match language {
        Language::Nl => format!("zekerheid {confidence}"),
        Language::En => format!("confidence {confidence}"),
    }
}
