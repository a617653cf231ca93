//! Every string a user sees, in Dutch and English. Use [`Txt::get`] with the current [`Language`].

mod about;
mod built_in;
mod compare;
mod control_hints;
mod exports;
pub mod fields;
mod file_picker;
pub mod glossary;
mod help;
mod jobs;
mod laptop;
mod optimiser_results;
mod plan;
mod results;
mod robust;
mod simulation;
mod tooltips;

pub use about::*;
pub use built_in::*;
pub use compare::*;
pub use control_hints::*;
pub use exports::*;
pub use file_picker::*;
pub use help::*;
pub use jobs::*;
pub use laptop::*;
pub use optimiser_results::*;
pub use plan::*;
pub use results::*;
pub use robust::*;
pub use simulation::*;
pub use tooltips::*;

use crate::model::{Confidence, Delay, Direction, Polarity, ResourceKind, ResourceTag, Strength};
use crate::text::Language;

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
pub(crate) use texts;

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
    CMD_FLIP_POLARITY = "Effect omdraaien (+/−)", "Reverse the effect (+/−)";
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
    RESOURCE_TAG = "Aard van de hulpbron", "Nature of the resource";
    RESOURCE_TAG_HINT = "Sociaal, psychologisch, cultureel of materieel: een tweede indeling naast de soort. De berekening gebruikt haar niet.", "Social, psychological, cultural or material: a second grouping next to the kind. The calculation does not use it.";
    NONE = "geen", "none";
    BASELINE = "Uitgangswaarde (0–100)", "Starting value (0–100)";
    BASELINE_HINT = "De stand aan het begin van de berekening, op een schaal van 0 tot 100", "The level at the start of the run, on a scale from 0 to 100";
    DIRECTION = "Wat is beter?", "Which way is better?";
    ADJUSTMENT = "Reactietijd (maanden)", "Response time (months)";
    ADJUSTMENT_HINT = "Zoveel maanden heeft deze variabele nodig om mee te bewegen als haar oorzaken veranderen", "This many months the variable needs to follow when its causes change";
    SOURCE = "Bron", "Source";
    SOURCE_HINT = "bijv. TNO 2023, r. 950", "e.g. TNO 2023, l. 950";
    ADVANCED = "Geavanceerd", "Advanced";
    POLARITY = "Effect", "Effect";
    STRENGTH = "Sterkte", "Strength";
    DELAY = "Snelheid", "Speed";
    CONFIDENCE = "Zekerheid", "Confidence";
    GAIN = "Versterkingsfactor (0–1)", "Gain (0–1)";
    GAIN_HINT = "Hoe sterk het verband doorwerkt: 0 is geen effect, 1 is het sterkste effect", "How strongly the link works through: 0 is no effect, 1 is the strongest effect";
    DELAY_MONTHS = "Vertraging (maanden)", "Delay (months)";
    KIND_HINT = "Individueel (van een persoon), maatschappelijk (van de buurt of samenleving) of organisatorisch (van instanties en hulp)", "Individual (of a person), societal (of the neighbourhood or society) or organisational (of services and help)";
    DIRECTION_HINT = "Of een hogere waarde goed of slecht is voor de veerkracht; zo telt de variabele mee in de veerkrachtindex", "Whether a higher value is good or bad for resilience; this is how the variable counts in the resilience index";
    POLARITY_HINT = "+: meer oorzaak geeft meer gevolg. −: meer oorzaak geeft minder gevolg", "+: more cause gives more effect. −: more cause gives less effect";
    STRENGTH_HINT = "Hoe sterk de oorzaak het gevolg verandert", "How strongly the cause changes the effect";
    DELAY_HINT = "Hoe lang het duurt voordat het gevolg merkbaar is", "How long it takes before the effect shows";
    CONFIDENCE_HINT = "Hoe zeker de bron is over dit verband; bij minder zekerheid wordt de onzekerheidsband breder", "How sure the source is about this link; with less certainty the uncertainty band gets wider";
    DELAY_MONTHS_HINT = "Zoveel maanden na de oorzaak komt het gevolg", "This many months after the cause the effect arrives";
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
    INTERVENTIONS_ON_VARIABLE = "Interventies in de plannen die hierop werken", "Interventions in the plans that act on this";
    CMD_EXPORT_PDF = "Plan exporteren als PDF…", "Export plan as PDF…";
    CMD_EXPORT_SVG = "Diagram exporteren als SVG…", "Export diagram as SVG…";
    PDF_FILTER = "PDF-document", "PDF document";
    SVG_FILTER = "SVG-afbeelding", "SVG image";
    STATUS_READY = "Klaar.", "Ready.";
    STATUS_SAVED = "Opgeslagen", "Saved";
    STATUS_OPENED = "Geopend", "Opened";
    STATUS_NEW = "Nieuw project gestart met het basismodel.", "New project started from the base model.";
    STATUS_UNDONE = "Ongedaan gemaakt.", "Undone.";
    STATUS_REDONE = "Opnieuw gedaan.", "Redone.";
    STATUS_NOTHING_UNDO = "Er is niets om ongedaan te maken.", "There is nothing to undo.";
    STATUS_NOTHING_REDO = "Er is niets om opnieuw te doen.", "There is nothing to redo.";
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
        ResourceKind::Individual => Txt::new("individueel", "individual"),
        ResourceKind::Societal => Txt::new("maatschappelijk", "societal"),
        ResourceKind::Organisational => Txt::new("organisatorisch", "organisational"),
    }
    .get(language)
}

pub fn tag_label(tag: ResourceTag, language: Language) -> &'static str {
    match tag {
        ResourceTag::Social => Txt::new("sociaal", "social"),
        ResourceTag::Psychological => Txt::new("psychologisch", "psychological"),
        ResourceTag::Cultural => Txt::new("cultureel", "cultural"),
        ResourceTag::Material => Txt::new("materieel", "material"),
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
        Strength::Weak => Txt::new("zwak", "weak").get(language).to_owned(),
        Strength::Medium => Txt::new("gemiddeld", "medium").get(language).to_owned(),
        Strength::Strong => Txt::new("sterk", "strong").get(language).to_owned(),
        Strength::VeryStrong => Txt::new("zeer sterk", "very strong").get(language).to_owned(),
        Strength::Custom(g) => format!("{} ({})", CUSTOM.get(language), crate::text::format_number_in(g, 2, language)),
    }
}

pub fn delay_label(delay: Delay, language: Language) -> String {
    match delay {
        Delay::Direct => Txt::new("direct", "immediate").get(language).to_owned(),
        Delay::Fast => Txt::new("snel (± 1 maand)", "fast (± 1 month)").get(language).to_owned(),
        Delay::Medium => Txt::new("gemiddeld (± 6 maanden)", "medium (± 6 months)").get(language).to_owned(),
        Delay::Slow => Txt::new("traag (± 2 jaar)", "slow (± 2 years)").get(language).to_owned(),
        Delay::Months(m) => format!(
            "{} ({} {})",
            CUSTOM.get(language),
            crate::text::format_number_in(m, 1, language),
            language.pick("mnd", "mo")
        ),
    }
}

pub fn confidence_label(confidence: Confidence, language: Language) -> &'static str {
    match confidence {
        Confidence::Low => Txt::new("laag", "low"),
        Confidence::Medium => Txt::new("gemiddeld", "medium"),
        Confidence::High => Txt::new("hoog", "high"),
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
    format!("{}: {}", what.get(language), path.display())
}

pub fn error_prefix(language: Language) -> &'static str {
    Txt::new("Fout", "Error").get(language)
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
