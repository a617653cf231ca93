//! The Help window: "Aan de slag" (the four steps), the shortcut list and the window's own words. The glossary is
//! in [`super::glossary`].

use super::{Txt, texts};

texts! {
    CMD_HELP = "Aan de slag", "Getting started";
    CMD_GLOSSARY = "Begrippenlijst", "Glossary";
    CMD_SHORTCUTS = "Sneltoetsen", "Keyboard shortcuts";
    HELP_TITLE = "Help", "Help";
    HELP_INTRO = "Een veerkrachtplan maakt u in vier stappen. U kunt dit venster open laten terwijl u werkt.", "You make a resilience plan in four steps. You can keep this window open while you work.";
    HELP_CLOSE = "Sluiten", "Close";
    HELP_SHORTCUT_ACTION = "Wat", "What";
    HELP_SHORTCUT_KEYS = "Toetsen", "Keys";
    HELP_SHORTCUT_ALSO = "of", "or";
    HELP_MOUSE_TITLE = "Met de muis op het model", "With the mouse on the model";
    HELP_GLOSSARY_INTRO = "De woorden die in de Veerkrachtplanner een vaste betekenis hebben.", "The words that have a fixed meaning in Veerkrachtplanner.";
    HELP_EXAMPLE = "Voorbeeld:", "Example:";
    HELP_PICTURE = "Afbeelding van deze stap in de Veerkrachtplanner", "Picture of this step in Veerkrachtplanner";
}

/// One step of "Aan de slag": its title, what to click and what it gives, and its picture.
pub struct HelpStep {
    pub title: Txt,
    pub what_to_click: Txt,
    pub result: Txt,
}

/// The four steps, in this order: model; interventions and budget; simulate; share and print.
pub const HELP_STEPS: [HelpStep; 4] = [
    HelpStep {
        title: Txt::new("1. Het model bekijken en aanpassen", "1. Look at the model and adjust it"),
        what_to_click: Txt::new(
            "Klik bovenaan op Model. Klik op een variabele (een blok) om rechts de eigenschappen te zien en te \
             veranderen. Dubbelklik op een lege plek om een variabele toe te voegen. Sleep vanaf het bolletje rechts \
             van een blok naar een ander blok om een verband te maken.",
            "Click Model at the top. Click a variable (a box) to see and change its properties on the right. \
             Double-click an empty spot to add a variable. Drag from the dot at the right of a box to another box to \
             make a link.",
        ),
        result: Txt::new(
            "Links ziet u de terugkoppellussen: kringen van oorzaak en gevolg. Klik op een lus om hem in het model \
             te zien.",
            "On the left you see the feedback loops: circles of cause and effect. Click a loop to see it in the \
             model.",
        ),
    },
    HelpStep {
        title: Txt::new(
            "2. Interventies kiezen en het budget invullen",
            "2. Choose interventions and fill in the budget",
        ),
        what_to_click: Txt::new(
            "Klik bovenaan op Plan en dan op Interventies. Zoek een interventie en klik op Toevoegen aan plan. Vul \
             onder Plan de jaren in. Zet een vinkje bij budget om het budget van dat jaar in te vullen. Onder \
             Begroting ziet u wat het plan per jaar kost.",
            "Click Plan at the top, then Interventions. Search for an intervention and click Add to plan. Under Plan, \
             fill in the years. Tick budget to fill in the budget of that year. Under Budget you see what the plan \
             costs each year.",
        ),
        result: Txt::new(
            "Bedragen en effecten uit de catalogus zijn voorbeeldwaarden: vervang ze door uw eigen getallen. \
             Optimaliseren… zoekt de beste combinatie binnen uw budget.",
            "Amounts and effects from the catalogue are example values: replace them with your own figures. \
             Optimise… finds the best combination within your budget.",
        ),
    },
    HelpStep {
        title: Txt::new("3. Simuleren: wat doet het plan?", "3. Simulate: what does the plan do?"),
        what_to_click: Txt::new(
            "Klik bovenaan op Simulatie. Zet links een vinkje bij de plannen en crises die u wilt zien. Met \
             Scenario's bewerken… maakt u een eigen crisis.",
            "Click Simulation at the top. On the left, tick the plans and crises you want to see. With Edit \
             scenarios… you make a crisis of your own.",
        ),
        result: Txt::new(
            "De grafiek toont de veerkrachtindex maand na maand. De tabel eronder zegt hoe diep de daling is en hoe \
             snel het herstel gaat.",
            "The chart shows the resilience index month by month. The table below says how deep the fall is and how \
             fast the recovery goes.",
        ),
    },
    HelpStep {
        title: Txt::new("4. Delen en afdrukken", "4. Share and print"),
        what_to_click: Txt::new(
            "Kies in het menu Bestand voor Opslaan om het project te bewaren, of voor Plan exporteren als PDF… om \
             een rapport voor de gemeenteraad te maken. Diagram exporteren als SVG… geeft een plaatje van het model.",
            "In the File menu choose Save to keep the project, or Export plan as PDF… to make a report for the \
             council. Export diagram as SVG… gives a picture of the model.",
        ),
        result: Txt::new(
            "Een collega opent het projectbestand met de Veerkrachtplanner. Met Bestand → Vergelijken met… ziet u \
             wat er tussen twee versies veranderd is.",
            "A colleague opens the project file with Veerkrachtplanner. With File → Compare with… you see what \
             changed between two versions.",
        ),
    },
];

/// What the mouse does on the model, for the shortcut list.
pub const HELP_MOUSE: [(Txt, Txt); 5] = [
    (
        Txt::new("Nieuwe variabele", "New variable"),
        Txt::new("dubbelklik op een lege plek", "double-click an empty spot"),
    ),
    (
        Txt::new("Nieuw verband (+)", "New link (+)"),
        Txt::new("sleep vanaf het bolletje rechts van een blok", "drag from the dot at the right of a box"),
    ),
    (Txt::new("Nieuw verband (−)", "New link (−)"), Txt::new("hetzelfde met Alt ingedrukt", "the same, holding Alt")),
    (
        Txt::new("Verschuiven", "Pan"),
        Txt::new("middelste muisknop, of spatie + slepen", "middle mouse button, or space + drag"),
    ),
    (Txt::new("In- en uitzoomen", "Zoom in and out"), Txt::new("scrollwiel", "mouse wheel")),
];
