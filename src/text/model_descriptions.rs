//! The English descriptions of the built-in model's own items (`projects/veerkracht-basis.veerkracht`).
//!
//! As with the names in [`super::model_names`], the description in the project file stays as written. In English a
//! built-in variable's (or scenario's) description is shown in English only while the item has its built-in id and
//! its shipped Dutch description: a description the user changed is shown as written.

use super::Language;
use crate::model::{ScenarioId, VariableId};

/// `(id, [shipped Dutch description, English description])` of the built-in model's variables.
const VARIABLES: [(&str, [&str; 2]); 28] = [
    (
        "bestaanszekerheid",
        [
            "Het hebben van werk, inkomen, een woning en een veilige plek, en vertrouwen in de toekomst. Volgens het rapport het fundament voor een veerkrachtige samenleving.",
            "Having work, income, a home and a safe place, and confidence in the future. According to the report the foundation of a resilient society.",
        ],
    ),
    (
        "collectieve_agency",
        [
            "Het gemeenschappelijke vertrouwen van mensen in een wijk of buurt dat men samen veranderingen in de wijk tot stand kan brengen.",
            "The shared confidence of people in a neighbourhood that together they can bring about changes in the neighbourhood.",
        ],
    ),
    (
        "community_support",
        [
            "De mate waarin burgers zich gesteund voelen door de gemeenschap (wijk of buurt) om in actie te komen.",
            "The extent to which residents feel supported by the community (neighbourhood) to take action.",
        ],
    ),
    (
        "complexiteit_hulpsysteem",
        [
            "Hoe ingewikkeld het hulpsysteem, de regelingen en de overheidscommunicatie zijn. Een te complex systeem maakt dat mensen de weg naar hulp niet vinden.",
            "How complicated the care system, the schemes and the government's communication are. Too complex a system means that people cannot find their way to help.",
        ],
    ),
    (
        "fysieke_ontmoetingen",
        [
            "Hoe vaak bewoners elkaar fysiek ontmoeten in de wijk. Fysieke ontmoetingen dragen bij aan het ‘wijkgevoel’ en de verbondenheid met de buurt.",
            "How often residents meet each other in person in the neighbourhood. Meeting in person adds to the ‘neighbourhood feeling’ and the bond with the neighbourhood.",
        ],
    ),
    (
        "gedeelde_idealen",
        [
            "Het delen van gemeenschappelijke idealen of geloofsovertuigingen, in een vereniging, kerk of gemeenschap. Dit draagt bij aan het sociale netwerk.",
            "Sharing common ideals or religious beliefs, in an association, church or community. This adds to the social network.",
        ],
    ),
    (
        "individuele_agency",
        [
            "Het kunnen of durven ondernemen van activiteiten om veranderingen in gang te zetten.",
            "Being able or daring to undertake activities that set changes in motion.",
        ],
    ),
    (
        "ingrijpende_gebeurtenissen",
        [
            "Gebeurtenissen zoals scheiding en trauma. Ze kunnen leiden tot verhoogde stress en mentale problemen die hulp behoeven.",
            "Events such as divorce and trauma. They can lead to more stress and to mental health problems that need help.",
        ],
    ),
    (
        "levensvaardigheden",
        [
            "Vaardigheden zoals zelfvertrouwen, zelfbeheersing en emotieregulatie. Minder ontwikkelde vaardigheden kunnen leiden tot meer stress en minder ontwikkelkansen.",
            "Skills such as self-confidence, self-control and handling emotions. Less developed skills can lead to more stress and fewer chances to develop.",
        ],
    ),
    (
        "lichamelijke_problemen",
        [
            "Lichamelijke gezondheidsproblemen. Stress kan zorgen voor meer lichamelijke problemen.",
            "Physical health problems. Stress can cause more physical problems.",
        ],
    ),
    (
        "maatschappelijke_participatie",
        [
            "Meedoen in de samenleving, bijvoorbeeld via vrijwilligerswerk, betaald werk, een bewonersraad of buurtinitiatieven. Vanuit collectief oogpunt een belangrijke factor.",
            "Taking part in society, for example through volunteering, paid work, a residents' council or neighbourhood initiatives. An important factor from a collective point of view.",
        ],
    ),
    (
        "mentale_problemen",
        [
            "Lichte en zware mentale problemen bij volwassenen of kinderen. Stress kan mentale problemen veroorzaken; zonder hulp worden ze niet effectief aangepakt.",
            "Mild and severe mental health problems in adults or children. Stress can cause mental health problems; without help they are not tackled effectively.",
        ],
    ),
    (
        "opleiding_werk",
        [
            "Hoe goed iemand functioneert in opleiding of werk, ook bij het zoeken of behouden van een baan. Hoge stress kan dit functioneren beperken.",
            "How well someone functions in education or work, also when looking for or keeping a job. High stress can limit this functioning.",
        ],
    ),
    (
        "opvoedgedrag",
        [
            "De mate waarin ouders adequaat opvoedgedrag laten zien. Ouders die veel stress ervaren, kunnen minder adequaat opvoeden.",
            "The extent to which parents show good parenting. Parents who feel a lot of stress may parent less well.",
        ],
    ),
    (
        "ouder_kind_relatie",
        [
            "De kwaliteit van de relatie (hechting) tussen ouder en kind. Minder adequaat opvoedgedrag kan leiden tot een minder goede ouder-kind relatie.",
            "The quality of the relationship (attachment) between parent and child. Less good parenting can lead to a weaker parent-child relationship.",
        ],
    ),
    (
        "prestatiedruk",
        [
            "De druk om te presteren die mensen ervaren, bijvoorbeeld op school of in werk. Een belangrijke factor die bijdraagt aan verhoogde stress.",
            "The pressure to perform that people feel, for example at school or at work. An important factor that adds to higher stress.",
        ],
    ),
    (
        "professionele_hulp",
        [
            "Professionele hulp die mensen daadwerkelijk ontvangen. Daarvoor is eerst signalering nodig en moeten mensen de weg naar hulp kunnen vinden.",
            "Professional help that people actually receive. For this, problems must first be spotted and people must be able to find their way to help.",
        ],
    ),
    (
        "schaamte",
        [
            "Schaamte over de eigen situatie, bijvoorbeeld bij geldgebrek of armoede. Schaamte versterkt stress en maakt dat mensen zich buitengesloten voelen en minder participeren.",
            "Shame about one's own situation, for example when short of money or in poverty. Shame adds to stress and makes people feel shut out and take part less.",
        ],
    ),
    (
        "signalering",
        [
            "Het opmerken van problemen waarvoor hulp nodig is. Om professionele hulp in gang te zetten is eerst signalering nodig.",
            "Noticing problems that need help. Before professional help can start, the problems must first be spotted.",
        ],
    ),
    (
        "sociaal_netwerk",
        [
            "Omvang en kwaliteit van iemands sociale contacten. Het sociale netwerk speelt volgens het rapport een sleutelrol bij veerkracht.",
            "The size and quality of someone's social contacts. According to the report the social network plays a key role in resilience.",
        ],
    ),
    (
        "stress",
        [
            "Ervaren stress. Stress kan zorgen voor meer lichamelijke en mentale problemen, minder adequaat opvoedgedrag en gedrag dat veerkracht vermindert, zoals niet toekomen aan opleiding of waardevolle sociale relaties.",
            "Stress as felt. Stress can cause more physical and mental health problems, less good parenting and behaviour that lowers resilience, such as not getting round to education or valuable social relationships.",
        ],
    ),
    (
        "succeservaringen",
        [
            "Ervaringen dat men zelf veranderingen tot stand kan brengen, bijvoorbeeld in de eigen woonomgeving. Het uitblijven ervan vermindert de agency.",
            "Experiences of being able to bring about changes oneself, for example in one's own living environment. Without them, agency declines.",
        ],
    ),
    (
        "toekomstperspectief",
        [
            "Het perspectief dat iemand op de eigen toekomst heeft. Verminderde bestaanszekerheid verkleint het toekomstperspectief, wat kan leiden tot blijvend hoge stress.",
            "How someone sees their own future. Less livelihood security narrows the outlook on the future, which can lead to lasting high stress.",
        ],
    ),
    (
        "vertrouwen_buurt",
        [
            "Het vertrouwen dat bewoners in hun buurt hebben. Meer maatschappelijke participatie draagt bij aan een groter vertrouwen in de buurt.",
            "The trust residents have in their neighbourhood. More taking part in society adds to greater trust in the neighbourhood.",
        ],
    ),
    (
        "wachttijden_ggz",
        [
            "Wachttijden in de jeugd- en volwassenen-GGZ. Lange wachttijden ondermijnen de veerkracht van mensen met een hulpvraag.",
            "Waiting times in mental health care for young people and adults. Long waiting times undermine the resilience of people who need help.",
        ],
    ),
    (
        "weg_naar_hulp",
        [
            "De mate waarin mensen de weg naar passende hulp weten te vinden. Wie onbekend is met het systeem of de eigen hulpbehoefte niet goed kan inschatten, vindt die weg vaak niet.",
            "The extent to which people find their way to the right help. Those who do not know the system or cannot judge their own need for help well often do not find that way.",
        ],
    ),
    (
        "welbevinden",
        [
            "De mate waarin iemand zich lichamelijk, geestelijk en sociaal goed voelt. Een centrale factor in het model die conceptueel dicht bij veerkracht ligt.",
            "The extent to which someone feels well physically, mentally and socially. A central factor in the model, close in concept to resilience.",
        ],
    ),
    (
        "zelfvertrouwen",
        [
            "Het vertrouwen van mensen in zichzelf. Een groot en kwalitatief goed netwerk draagt bij aan zelfvertrouwen.",
            "People's confidence in themselves. A large, good-quality network adds to self-confidence.",
        ],
    ),
];

/// `(id, [shipped Dutch description, English description])` of the built-in model's scenarios.
const SCENARIOS: [(&str, [&str; 2]); 1] = [(
    "nieuwe_crisis",
    [
        "Een nieuwe crisis in de geest van de coronacrisis: vanaf maand 12 een jaar lang meer stress, minder bestaanszekerheid, minder sociale contacten en ontmoetingen en langere wachttijden, met twee maanden aanloop en zes maanden nawerking. Alle groottes zijn voorbeeldwaarden.",
        "A new crisis in the spirit of the COVID crisis: from month 12, for one year, more stress, less livelihood security, fewer social contacts and meetings and longer waiting times, with a two-month run-up and six months of after-effects. All sizes are example values.",
    ],
)];

/// `(outcome variable id, [shipped Dutch reason, English reason])` of the built-in veerkrachtindex's weights.
const INDEX_REASONS: [(&str, [&str; 2]); 7] = [
    (
        "bestaanszekerheid",
        [
            "Bestaanszekerheid is het fundament voor een veerkrachtige samenleving (r. 974); gewicht is een voorbeeldwaarde.",
            "Livelihood security is the foundation of a resilient society (l. 974); the weight is an example value.",
        ],
    ),
    (
        "maatschappelijke_participatie",
        [
            "Participatie is de belangrijkste collectieve factor (r. 954); gewicht is een voorbeeldwaarde.",
            "Taking part is the most important collective factor (l. 954); the weight is an example value.",
        ],
    ),
    (
        "mentale_problemen",
        [
            "Mentale problemen zijn een directe uitkomst van stress en hulp (r. 950, 1025); gewicht is een voorbeeldwaarde.",
            "Mental health problems are a direct outcome of stress and help (l. 950, 1025); the weight is an example value.",
        ],
    ),
    (
        "sociaal_netwerk",
        [
            "Het sociale netwerk speelt een sleutelrol bij veerkracht (r. 948, 1039); gewicht is een voorbeeldwaarde.",
            "The social network plays a key role in resilience (l. 948, 1039); the weight is an example value.",
        ],
    ),
    (
        "stress",
        [
            "Stress is een belangrijke negatieve factor voor veerkracht (r. 950); gewicht is een voorbeeldwaarde.",
            "Stress is an important negative factor for resilience (l. 950); the weight is an example value.",
        ],
    ),
    (
        "toekomstperspectief",
        [
            "Een verminderd toekomstperspectief houdt stress hoog (r. 989); gewicht is een voorbeeldwaarde.",
            "A poorer outlook on the future keeps stress high (l. 989); the weight is an example value.",
        ],
    ),
    (
        "welbevinden",
        [
            "Centrale factor die conceptueel dicht bij veerkracht ligt (r. 966); gewicht is een voorbeeldwaarde.",
            "A central factor that is close to resilience in meaning (l. 966); the weight is an example value.",
        ],
    ),
];

/// The built-in model's project notes: [shipped Dutch, English].
const PROJECT_NOTES: [&str; 2] = [
    "Dit is het basismodel van Veerkrachtplanner. Het is het MARVEL-model van TNO uit het Metaonderzoek veerkracht (2023, R10055), gelezen uit de tekst van het rapport (r. 888-1075): de variabelen, de richting (+/−) van de verbanden en de zes terugkoppellussen. De afbeelding van het model zelf staat niet in de tekst; de indeling in individueel (rood), maatschappelijk (blauw) en organisatorisch (grijs) is onze lezing van die tekst. Verbanden die het rapport niet letterlijk noemt maar wel veronderstelt, zijn gemarkeerd als ‘afgeleid’ en hebben betrouwbaarheid laag. Het rapport noemt geen sterktes: alle verbanden staan op ‘gemiddeld’. Vertragingen, reactietijden, uitgangswaarden (50), de gewichten van de veerkrachtindex en het crisisscenario zijn voorbeeldwaarden: pas ze aan op de eigen gemeente. Het rapport haalde ‘veerkracht’ zelf uit het model (r. 926); de veerkrachtindex is een gewogen samenvatting van uitkomstvariabelen, geen variabele van het model.",
    "This is the base model of Veerkrachtplanner. It is TNO's MARVEL model from the Metaonderzoek veerkracht (2023, \
     R10055), read from the text of the report (l. 888-1075): the variables, the direction (+/−) of the links and the \
     six feedback loops. The picture of the model itself is not in the text; the grouping into individual (red), \
     societal (blue) and organisational (grey) is our reading of that text. Links that the report does not name \
     literally but does assume are marked as ‘derived’ and have low confidence. The report gives no strengths: every \
     link is ‘medium’. Delays, response times, starting values (50), the weights of the resilience index and the \
     crisis scenario are example values: adjust them to your own municipality. The report took ‘resilience’ itself \
     out of the model (l. 926); the resilience index is a weighted summary of outcome variables, not a variable of \
     the model.",
];

/// The description to show for variable `id` whose description is `text`: the English description of a built-in
/// variable whose description is still the shipped one in English, otherwise `text` as written.
pub fn variable_description<'a>(id: &VariableId, text: &'a str, lang: Language) -> &'a str {
    super::model_names::lookup(&VARIABLES, id.as_str(), text, lang)
}

/// The description to show for scenario `id` whose description is `text` (see [`variable_description`]).
pub fn scenario_description<'a>(id: &ScenarioId, text: &'a str, lang: Language) -> &'a str {
    super::model_names::lookup(&SCENARIOS, id.as_str(), text, lang)
}

/// The description to store for variable `id` after the user typed `typed` in a box that showed the English
/// description: the shipped Dutch one when `typed` is still the English description, else `typed`.
pub fn stored_variable_description<'a>(id: &VariableId, typed: &'a str, lang: Language) -> &'a str {
    super::model_names::stored(&VARIABLES, id.as_str(), typed, lang)
}

/// The description to store for scenario `id` (see [`stored_variable_description`]).
pub fn stored_scenario_description<'a>(id: &ScenarioId, typed: &'a str, lang: Language) -> &'a str {
    super::model_names::stored(&SCENARIOS, id.as_str(), typed, lang)
}

/// The reason to show for the weight of outcome variable `id` whose reason is `text` (see [`variable_description`]).
pub fn index_reason<'a>(id: &VariableId, text: &'a str, lang: Language) -> &'a str {
    super::model_names::lookup(&INDEX_REASONS, id.as_str(), text, lang)
}

/// The project notes to show: in English the English text while they are still the built-in model's, else `text`.
pub fn project_notes(text: &str, lang: Language) -> &str {
    let [dutch, english] = PROJECT_NOTES;
    if lang == Language::En && text == dutch { english } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_item_has_an_english_description_keyed_by_its_shipped_dutch() {
        let project = crate::io::default_project();
        assert_eq!(project.variables.len(), VARIABLES.len(), "every built-in variable has an English description");
        for v in &project.variables {
            assert_ne!(variable_description(&v.id, &v.description, Language::En), v.description, "{}", v.id);
            assert_eq!(variable_description(&v.id, &v.description, Language::Nl), v.description, "{}", v.id);
        }
        for (id, [nl, _]) in VARIABLES {
            let v = project.variable(&VariableId::new(id)).expect("in the built-in model");
            assert_eq!(v.description, nl, "{id}");
        }
        assert_eq!(project.outcome.weights.len(), INDEX_REASONS.len(), "every built-in weight has an English reason");
        for w in &project.outcome.weights {
            assert_ne!(index_reason(&w.variable, &w.reason, Language::En), w.reason, "{}", w.variable);
            assert_eq!(index_reason(&w.variable, &w.reason, Language::Nl), w.reason, "{}", w.variable);
        }
        assert_ne!(project_notes(&project.meta.notes, Language::En), project.meta.notes, "the English notes");
        assert_eq!(project_notes(&project.meta.notes, Language::Nl), project.meta.notes);
        assert_eq!(project_notes("Eigen tekst", Language::En), "Eigen tekst");
        assert_eq!(project.scenarios.len(), SCENARIOS.len());
        for s in &project.scenarios {
            assert_ne!(scenario_description(&s.id, &s.description, Language::En), s.description, "{}", s.id);
        }
    }

    #[test]
    fn a_changed_description_or_an_own_variable_stays_as_written() {
        let stress = VariableId::new("stress");
        let shipped = VARIABLES.iter().find(|(id, _)| *id == "stress").map(|(_, [nl, _])| *nl).unwrap_or_default();
        assert!(variable_description(&stress, shipped, Language::En).starts_with("Stress as felt."));
        assert_eq!(variable_description(&stress, "Onze eigen omschrijving", Language::En), "Onze eigen omschrijving");
        assert_eq!(variable_description(&VariableId::new("eigen"), shipped, Language::En), shipped);
        let english = variable_description(&stress, shipped, Language::En);
        assert_eq!(stored_variable_description(&stress, english, Language::En), shipped, "typed back: the Dutch stays");
        let edited = format!("{english} Extra.");
        assert_eq!(stored_variable_description(&stress, &edited, Language::En), edited);
    }
}
