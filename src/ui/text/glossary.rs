//! The glossary ("Begrippenlijst"): the words that keep a fixed meaning in the app, each with one plain sentence and
//! an example from the base model. This table is the one place; the Help window shows it and a test checks that
//! every term the screens use is in it.

use super::Txt;

/// One glossary entry.
pub struct GlossaryEntry {
    pub term: Txt,
    pub meaning: Txt,
    pub example: Txt,
    /// The Dutch word forms (lower case) that count as a use of this term in a screen text.
    pub forms: &'static [&'static str],
}

/// The glossary, in alphabetical order of the Dutch term.
pub const GLOSSARY: &[GlossaryEntry] = &[
    GlossaryEntry {
        term: Txt::new("bereik", "reach"),
        meaning: Txt::new(
            "Het deel van de doelgroep dat een interventie echt bereikt, in procent. Het effect en de kosten per jaar \
             gaan mee met het bereik.",
            "The share of the target group an intervention actually reaches, in percent. The effect and the yearly \
             cost follow the reach.",
        ),
        example: Txt::new(
            "In het voorbeeldplan heeft de openbare bibliotheek 75 % bereik: driekwart van het effect, driekwart van \
             de kosten per jaar.",
            "In the example plan the public library has 75% reach: three quarters of the effect, three quarters of \
             the yearly cost.",
        ),
        forms: &["bereik"],
    },
    GlossaryEntry {
        term: Txt::new("hersteltijd", "recovery time"),
        meaning: Txt::new(
            "Hoeveel maanden het na een crisis duurt tot de veerkrachtindex weer bijna op het oude niveau is.",
            "How many months it takes after a crisis until the resilience index is almost back at its old level.",
        ),
        example: Txt::new(
            "Bij de Nieuwe crisis in het basismodel is de index na 60 maanden nog niet hersteld: de tabel zegt dan \
             \"niet hersteld\".",
            "With the New crisis in the base model the index has not recovered after 60 months: the table then says \
             \"not recovered\".",
        ),
        forms: &["hersteltijd", "herstel"],
    },
    GlossaryEntry {
        term: Txt::new("kosteneffectiviteit", "cost-effectiveness"),
        meaning: Txt::new(
            "Hoeveel een interventie aan veerkracht oplevert voor elke € 1.000 die ze kost.",
            "How much resilience an intervention gives for every €1,000 it costs.",
        ),
        example: Txt::new(
            "Plan → Kosteneffectiviteit zet de interventies van het voorbeeldplan van veel naar weinig effect per \
             € 1.000.",
            "Plan → Cost-effectiveness lists the interventions of the example plan from much to little effect per \
             €1,000.",
        ),
        forms: &["kosteneffectiviteit"],
    },
    GlossaryEntry {
        term: Txt::new("nawerking", "after-effect"),
        meaning: Txt::new(
            "Hoeveel maanden een effect nog doorwerkt en langzaam verdwijnt nadat het gestopt is.",
            "How many months an effect still works on and slowly fades after it has stopped.",
        ),
        example: Txt::new(
            "De Nieuwe crisis stopt na maand 24 en werkt daarna nog zes maanden na.",
            "The New crisis stops after month 24 and then works on for six more months.",
        ),
        forms: &["nawerking"],
    },
    GlossaryEntry {
        term: Txt::new("onzekerheidsband", "uncertainty band"),
        meaning: Txt::new(
            "De lichte strook rond een lijn in de grafiek. Niemand weet de effecten precies; daarom rekent het \
             programma vaak opnieuw met steeds iets andere effecten. In 8 van de 10 keer valt de uitkomst binnen de \
             band.",
            "The light strip around a line in the chart. Nobody knows the effects exactly, so the program \
             calculates many times with slightly different effects each time. In 8 out of 10 runs the outcome falls \
             within the band.",
        ),
        example: Txt::new(
            "Hoe breder de band bij de Nieuwe crisis, hoe minder zeker de diepte van de daling is.",
            "The wider the band with the New crisis, the less certain the depth of the fall.",
        ),
        forms: &["onzekerheidsband", "band"],
    },
    GlossaryEntry {
        term: Txt::new("opbouwtijd", "build-up time"),
        meaning: Txt::new(
            "Hoeveel maanden het duurt voordat een interventie of een crisis haar volle effect heeft.",
            "How many months it takes before an intervention or a crisis has its full effect.",
        ),
        example: Txt::new(
            "De Nieuwe crisis begint in maand 12 en is na twee maanden opbouwtijd op volle sterkte.",
            "The New crisis begins in month 12 and is at full strength after two months of build-up time.",
        ),
        forms: &["opbouwtijd", "aanloop"],
    },
    GlossaryEntry {
        term: Txt::new("planvariant", "plan variant"),
        meaning: Txt::new(
            "Eén versie van uw plan: een keuze van interventies met jaren en budget. U kunt varianten naast elkaar \
             zetten.",
            "One version of your plan: a choice of interventions with years and budget. You can set variants side \
             by side.",
        ),
        example: Txt::new(
            "Het voorbeeldproject heeft twee varianten: Plan A – wijkgericht en Plan B – hulp dichtbij.",
            "The example project has two variants: Plan A – wijkgericht and Plan B – hulp dichtbij.",
        ),
        forms: &["planvariant"],
    },
    GlossaryEntry {
        term: Txt::new("punt-maanden", "point-months"),
        meaning: Txt::new(
            "Een effect dat lang duurt telt zwaarder dan een kort effect. Daarom telt het programma de punten op de \
             schaal 0–100 op over alle maanden.",
            "An effect that lasts long counts more than a short one. So the program adds up the points on the 0–100 \
             scale over all months.",
        ),
        example: Txt::new(
            "Een veerkrachtindex die 2 punten hoger ligt gedurende 6 maanden, is 12 punt-maanden.",
            "A resilience index that is 2 points higher for 6 months is 12 point-months.",
        ),
        forms: &["punt-maanden"],
    },
    GlossaryEntry {
        term: Txt::new("reactietijd", "response time"),
        meaning: Txt::new(
            "Hoeveel maanden een variabele nodig heeft om mee te bewegen als haar oorzaken veranderen.",
            "How many months a variable needs to follow when its causes change.",
        ),
        example: Txt::new(
            "Stress reageert in het basismodel binnen enkele maanden; een sociaal netwerk bouwt u trager op.",
            "In the base model stress responds within a few months; a social network builds up more slowly.",
        ),
        forms: &["reactietijd"],
    },
    GlossaryEntry {
        term: Txt::new("referentie", "reference"),
        meaning: Txt::new(
            "De berekening zonder crisis en zonder interventies. Elk effect wordt gemeten als verschil met de \
             referentie.",
            "The calculation without a crisis and without interventions. Every effect is measured as the difference from \
             the reference.",
        ),
        example: Txt::new(
            "In het basismodel blijft de veerkrachtindex in de referentie op 50.",
            "In the base model the resilience index stays at 50 in the reference.",
        ),
        forms: &["referentie"],
    },
    GlossaryEntry {
        term: Txt::new("scenario (crisis)", "scenario (crisis)"),
        meaning: Txt::new(
            "Iets wat van buiten op de gemeente afkomt, zoals een nieuwe crisis: een tijdelijke duw op een of meer \
             variabelen.",
            "Something that comes at the municipality from outside, such as a new crisis: a temporary push on one \
             or more variables.",
        ),
        example: Txt::new(
            "De Nieuwe crisis geeft vanaf maand 12 een jaar lang meer stress en minder bestaanszekerheid.",
            "The New crisis gives more stress and less livelihood security for a year from month 12.",
        ),
        forms: &["scenario", "scenario's", "crisis", "schok"],
    },
    GlossaryEntry {
        term: Txt::new("terugkoppellus (R/B)", "feedback loop (R/B)"),
        meaning: Txt::new(
            "Een kring van verbanden die terugkomt bij waar hij begon. R (versterkend): een verandering wordt steeds \
             groter. B (balancerend): een verandering remt zichzelf af.",
            "A circle of links that comes back to where it started. R (reinforcing): a change keeps growing. \
             B (balancing): a change slows itself down.",
        ),
        example: Txt::new(
            "R: meer sociaal netwerk → meer maatschappelijke participatie → meer sociaal netwerk. B: meer mentale \
             problemen → meer signalering → meer professionele hulp → minder mentale problemen.",
            "R: more social network → more taking part in society → more social network. B: more mental health \
             problems → problems spotted earlier → more professional help received → fewer mental health problems.",
        ),
        forms: &["terugkoppellus", "terugkoppellussen", "lus", "lussen"],
    },
    GlossaryEntry {
        term: Txt::new("uitgangswaarde", "starting value"),
        meaning: Txt::new(
            "De stand van een variabele aan het begin, op een schaal van 0 tot 100.",
            "The level of a variable at the start, on a scale from 0 to 100.",
        ),
        example: Txt::new(
            "Stress begint in het basismodel op 50: midden op de schaal.",
            "In the base model stress starts at 50: the middle of the scale.",
        ),
        forms: &["uitgangswaarde"],
    },
    GlossaryEntry {
        term: Txt::new("veerkrachtindex", "resilience index"),
        meaning: Txt::new(
            "Eén getal van 0 tot 100 dat samenvat hoe veerkrachtig de inwoners zijn. Hoger is beter.",
            "One number from 0 to 100 that sums up how resilient the residents are. Higher is better.",
        ),
        example: Txt::new(
            "In het basismodel telt onder meer bestaanszekerheid mee (15 %) en maatschappelijke participatie (10 %).",
            "In the base model, among others, livelihood security (15%) and taking part in society (10%) count towards it.",
        ),
        forms: &["veerkrachtindex", "indexpunten"],
    },
    GlossaryEntry {
        term: Txt::new("verband", "link"),
        meaning: Txt::new(
            "Een pijl van oorzaak naar gevolg. + betekent: meer leidt tot meer. − betekent: meer leidt tot minder.",
            "An arrow from cause to effect. + means: more leads to more. − means: more leads to less.",
        ),
        example: Txt::new(
            "Stress → Lichamelijke problemen (+): meer stress geeft meer lichamelijke problemen.",
            "Stress → Physical health problems (+): more stress gives more physical health problems.",
        ),
        forms: &["verband", "verbanden"],
    },
    GlossaryEntry {
        term: Txt::new("verlies", "loss"),
        meaning: Txt::new(
            "Hoeveel veerkracht er in totaal verloren gaat: hoe diep de daling is, opgeteld over alle maanden dat \
             ze duurt.",
            "How much resilience is lost in total: how deep the fall is, added up over all the months it lasts.",
        ),
        example: Txt::new(
            "Een daling van 10 punten die 3 maanden duurt, is een verlies van 30.",
            "A fall of 10 points that lasts 3 months is a loss of 30.",
        ),
        forms: &["verlies"],
    },
    GlossaryEntry {
        term: Txt::new("versterkingsfactor", "gain"),
        meaning: Txt::new(
            "Hoe sterk een verband doorwerkt, als getal van 0 tot 1. Zwak, gemiddeld en sterk zijn vaste waarden \
             hiervan.",
            "How strongly a link works through, as a number from 0 to 1. Weak, medium and strong are fixed values \
             of it.",
        ),
        example: Txt::new(
            "Het verband Stress → Lichamelijke problemen is gemiddeld sterk.",
            "The link Stress → Physical health problems has medium strength.",
        ),
        forms: &["versterkingsfactor"],
    },
    GlossaryEntry {
        term: Txt::new("voorbeeldwaarde", "example value"),
        meaning: Txt::new(
            "Een bedrag of effect dat als voorbeeld is ingevuld. De bronnen noemen geen bedragen en geen gemeten \
             effecten; vervang een voorbeeldwaarde door uw eigen getal.",
            "An amount or effect filled in as an example. The sources give no amounts and no measured effects; \
             replace an example value with your own figure.",
        ),
        example: Txt::new(
            "TNO-advies 1 kost in de catalogus € 20.000 eenmalig en € 180.000 per jaar: dat zijn voorbeeldwaarden.",
            "TNO advice 1 costs €20,000 one-off and €180,000 per year in the catalogue: those are example values.",
        ),
        forms: &["voorbeeldwaarde", "voorbeeldwaarden"],
    },
];

/// The words that need an explanation wherever a screen uses them. Each one a screen text uses must be a form of a
/// glossary entry.
pub const TECHNICAL_WORDS: &[&str] = &[
    "bereik",
    "hersteltijd",
    "herstel",
    "nawerking",
    "onzekerheidsband",
    "band",
    "opbouwtijd",
    "aanloop",
    "reactietijd",
    "terugkoppellus",
    "terugkoppellussen",
    "lus",
    "lussen",
    "veerkrachtindex",
    "verband",
    "verbanden",
    "verlies",
    "voorbeeldwaarde",
    "voorbeeldwaarden",
    "scenario",
    "scenario's",
    "crisis",
    "schok",
    "referentie",
    "kosteneffectiviteit",
    "uitgangswaarde",
    "planvariant",
    "punt-maanden",
    "versterkingsfactor",
    "indexpunten",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The string literals of a Rust source (escapes kept as written; enough to find words).
    fn literals(source: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut chars = source.chars().peekable();
        let mut previous = ' ';
        while let Some(c) = chars.next() {
            if c == '"' && previous != '\'' && previous != '\\' {
                let mut literal = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        other => literal.push(other),
                    }
                }
                found.push(literal);
                previous = '"';
            } else {
                previous = c;
            }
        }
        found
    }

    fn sources(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("glossary.rs") {
                out.push(std::fs::read_to_string(&path).expect("source file"));
            }
        }
    }

    /// The lower-case words of every string literal in the screens and the text layer.
    fn screen_words() -> std::collections::BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        sources(&root.join("ui"), &mut files);
        sources(&root.join("text"), &mut files);
        files
            .iter()
            .flat_map(|f| literals(f))
            .flat_map(|l| {
                l.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn the_literal_scanner_finds_words_in_strings_only() {
        let source = r#"let x = "Meer \"stress\" en verband"; // verlies
            let c = '"'; let y = "terugkoppellus";"#;
        assert_eq!(literals(source), vec!["Meer stress en verband".to_owned(), "terugkoppellus".to_owned()]);
    }

    #[test]
    fn every_technical_word_a_screen_uses_has_a_glossary_entry() {
        let words = screen_words();
        assert!(words.contains("veerkrachtindex"), "the scan reads the screen texts");
        let used: Vec<&&str> = TECHNICAL_WORDS.iter().filter(|w| words.contains(**w)).collect();
        assert!(used.len() > 10, "{used:?}");
        let missing: Vec<&&str> = used.into_iter().filter(|w| !GLOSSARY.iter().any(|e| e.forms.contains(*w))).collect();
        assert!(missing.is_empty(), "used on screen without a glossary entry: {missing:?}");
    }

    #[test]
    fn every_glossary_form_is_a_technical_word() {
        for entry in GLOSSARY {
            for form in entry.forms {
                assert!(TECHNICAL_WORDS.contains(form), "{form} of {}", entry.term.nl);
            }
        }
    }
}
