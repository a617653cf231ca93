//! The Help menu and the About dialog.

use super::{Txt, texts};

texts! {
    MENU_HELP = "Help", "Help";
    CMD_ABOUT = "Over Veerkrachtplanner", "About Veerkrachtplanner";
    ABOUT_VERSION = "Versie", "Version";
    ABOUT_PURPOSE = "Een gemeente bouwt haar eigen lokale veerkrachtplan op het causale model van het TNO Metaonderzoek veerkracht (2023).", "A municipality builds its own local resilience plan on the causal model of the TNO Metaonderzoek veerkracht (2023).";
    ABOUT_LICENCE = "Licentie: EUPL-1.2 (European Union Public Licence, versie 1.2).", "Licence: EUPL-1.2 (European Union Public Licence, version 1.2).";
    ABOUT_SOURCES = "Bronnen", "Sources";
    ABOUT_SOURCE_TNO = "TNO (2023), Metaonderzoek veerkracht (TNO 2023 R10055), in opdracht van ZonMw: het causale model, de zes terugkoppellussen en de 10 beleidsadviezen.", "TNO (2023), Metaonderzoek veerkracht (TNO 2023 R10055), commissioned by ZonMw: the causal model, the six feedback loops and the 10 policy recommendations.";
    ABOUT_SOURCE_TRIMBOS = "Trimbos-instituut: veerkracht, beleidsmaatregelen en interventies per setting.", "Trimbos Institute: resilience, policy measures and interventions per setting.";
    ABOUT_SOURCE_HERSTEL = "Programma Herstelopgaven coronacrisis (2021), Herstelopgave 2: sociale en mentale veerkracht van de samenleving.", "Programma Herstelopgaven coronacrisis (2021), Herstelopgave 2: social and mental resilience of society.";
    ABOUT_SOURCE_PERSPECTIVES = "Perspectieven op veerkracht: veerkracht op individueel, collectief en systeemniveau.", "Perspectieven op veerkracht: resilience at the individual, collective and system level.";
    ABOUT_EXAMPLE_VALUES = "De bronnen noemen geen bedragen en geen gemeten effectgroottes: elk meegeleverd bedrag en elke meegeleverde effectgrootte is een voorbeeldwaarde.", "The sources give no amounts and no measured effect sizes: every amount and effect size shipped with the program is an example value.";
    ABOUT_CLOSE = "Sluiten", "Close";
}

/// The sources credited in the About dialog, in this order.
pub const ABOUT_SOURCE_LIST: [Txt; 4] =
    [ABOUT_SOURCE_TNO, ABOUT_SOURCE_TRIMBOS, ABOUT_SOURCE_HERSTEL, ABOUT_SOURCE_PERSPECTIVES];
