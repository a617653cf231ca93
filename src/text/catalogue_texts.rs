//! The English descriptions and target groups of the catalogue's built-in items (`assets/catalogue.ron`).
//!
//! As with the names in [`super::catalogue`], an item's text is shown in English only while it has its built-in id
//! and its shipped Dutch text: a text the user changed is shown as written. Programme names (Triple P, Kansrijke
//! Start, …) stay as written, and the source titles are not translated.

use super::Language;
use crate::model::InterventionId;

/// `(id, [shipped Dutch description, English description], [shipped Dutch target group, English target group])`.
type Row = (&'static str, [&'static str; 2], [&'static str; 2]);

const TEXTS: [Row; 58] = [
    (
        "tno_advies_01",
        [
            "Eenoudergezinnen vragen wat ze nodig hebben; praktische hulp en opvoedondersteuning (bij voorkeur programma's die ook het netwerk vergroten); zorgtaken verlichten; zo nodig materiële steun",
            "Ask single-parent families what they need; practical help and parenting support (preferably programmes that also widen their network); lighten caring duties; material support where needed",
        ],
        ["eenoudergezinnen", "single-parent families"],
    ),
    (
        "tno_advies_02",
        [
            "PO/VO-scholen helpen bij partnerschap met ouders en bij een extern netwerk (maatschappelijk werk, jeugdzorg, JGZ, gemeente, jongerenwerk) als brug naar thuis; landelijke handreiking",
            "Help primary and secondary schools build a partnership with parents and an outside network (social work, youth care, youth health care, the municipality, youth work) as a bridge to the home; national guide",
        ],
        ["scholen (PO/VO), ouders en leerlingen", "schools (primary/secondary), parents and pupils"],
    ),
    (
        "tno_advies_03",
        [
            "Inzetten op inkomen, wonen, eten, veiligheid en zicht op de toekomst; bij elk nieuw besluit het effect op bestaanszekerheid benoemen; professionals ruimte geven voor maatwerk (Doorbraakmethode)",
            "Work on income, housing, food, safety and a view of the future; name the effect on livelihood security with every new decision; give professionals room for tailored solutions (Doorbraakmethode)",
        ],
        ["huishoudens met onzekere bestaanszekerheid", "households with insecure livelihoods"],
    ),
    (
        "tno_advies_04",
        [
            "Schrijven op B1-niveau; gemeente fysiek aanwezig in de buurt of telefonisch bereikbaar, niet alleen digitaal; regelingen volgbaar maken",
            "Write at B1 level; the municipality present in person in the neighbourhood or reachable by phone, not only online; make schemes easy to follow",
        ],
        [
            "alle inwoners, vooral wie moeite heeft met regels en taal",
            "all residents, especially those who struggle with rules and language",
        ],
    ),
    (
        "tno_advies_05",
        [
            "Meer ontmoetingsplekken (kinderopvang + buurthuis, cultuurwerkplaats, huis van de wijk); buurtinitiatieven langdurig financieren; professionals laten samenwerken met vrijwilligers en bewoners; openbare ruimte inrichten voor ontmoeting (zitplekken, 'eyes on the street')",
            "More meeting places (childcare + community centre, culture workshop, neighbourhood house); fund neighbourhood initiatives for the long term; let professionals work with volunteers and residents; design public space for meeting (seating, 'eyes on the street')",
        ],
        ["bewoners van wijken met weinig ontmoetingsplekken", "residents of neighbourhoods with few meeting places"],
    ),
    (
        "tno_advies_06",
        [
            "Per wijk een herkenbare wijkagent en sociaal werker; vaste gezichten (wijkmanager, buurtgerichte professional, community builder); sleutelfiguren ondersteunen; bewonersinitiatieven (gevel-/straattuinen, terrassen) langdurig financieren; elke wijk digitaal vindbaar",
            "A recognisable community police officer and social worker in every neighbourhood; familiar faces (neighbourhood manager, neighbourhood professional, community builder); support key figures; fund residents' initiatives (façade and street gardens, terraces) for the long term; every neighbourhood findable online",
        ],
        ["bewoners en sleutelfiguren per wijk", "residents and key figures in each neighbourhood"],
    ),
    (
        "tno_advies_07",
        [
            "Intake (liefst centraal) vóór de wachtlijst, dan plaatsing op de juiste wachtlijst; wachttijd vullen met lotgenotencontact en online zelfhulp",
            "Intake (preferably central) before the waiting list, then placement on the right waiting list; fill the waiting time with peer contact and online self-help",
        ],
        ["inwoners met een GGZ-hulpvraag", "residents seeking mental health care"],
    ),
    (
        "tno_advies_08",
        [
            "Lotgenotencontact voor jongeren en volwassenen met een hulpvraag betalen en huisvesten (bv. ruimte in buurthuis), zoals ervaringscafés",
            "Pay for and house peer contact for young people and adults seeking help (e.g. a room in the community centre), such as experience cafés",
        ],
        ["jongeren en volwassenen met een hulpvraag", "young people and adults seeking help"],
    ),
    (
        "tno_advies_09",
        [
            "Drempels voor arbeidsdeelname van asielzoekers minimaliseren; nagaan of werken al tijdens de procedure kan (les van Oekraïense vluchtelingen)",
            "Minimise the barriers to asylum seekers taking part in work; check whether they can already work during the procedure (a lesson from the Ukrainian refugees)",
        ],
        ["asielzoekers en statushouders", "asylum seekers and refugees with a residence permit"],
    ),
    (
        "tno_advies_10",
        [
            "Geld en kansen voor scholing van mensen in de bijstand en laaggeschoold werk; werkplekbuddy's en trainingen voor leidinggevenden; onorthodoxe trajecten (Werkshop); werkgevers ondersteunen",
            "Money and opportunities for training people on welfare benefits and in low-skilled work; workplace buddies and training for managers; unorthodox pathways (Werkshop); support employers",
        ],
        ["mensen in de bijstand en in laaggeschoold werk", "people on welfare benefits and in low-skilled work"],
    ),
    (
        "centering_pregnancy_voorzorg",
        [
            "CP vergroot de sociale steun van zwangeren; VoorZorg heet een effectief programma voor jonge alleenstaande moeders",
            "CP increases the social support of pregnant women; VoorZorg is called an effective programme for young single mothers",
        ],
        ["aanstaande / jonge alleenstaande moeders", "expectant / young single mothers"],
    ),
    (
        "weerbaar_opvoeden",
        [
            "Train-de-trainer: opvoedondersteuning voor ouders met een migratieachtergrond (Uit de bron: train-de-trainer.)",
            "Train-the-trainer: parenting support for parents with a migration background (From the source: train-the-trainer.)",
        ],
        ["ouders met migratieachtergrond", "parents with a migration background"],
    ),
    (
        "triple_p_omgaan_met_pubers",
        [
            "Preventieve opvoedprogramma's (Uit de bron: databank: >30 preventieve opvoedinterventies.)",
            "Preventive parenting programmes (From the source: database: >30 preventive parenting interventions.)",
        ],
        ["ouders", "parents"],
    ),
    (
        "kies_dappere_dinos_scheidingsatlas",
        [
            "Extra steun voor kinderen uit eenoudergezinnen (KIES, Dino's) en voor ouders die scheiden (ATLAS)",
            "Extra support for children from single-parent families (KIES, Dino's) and for parents who are separating (ATLAS)",
        ],
        ["kinderen in eenoudergezin; scheidende ouders", "children in single-parent families; separating parents"],
    ),
    (
        "gezonde_school",
        [
            "Schoolbrede aanpak van gezondheidsbeleid langs 4 pijlers: educatie, schoolomgeving, signaleren, beleid (Uit de bron: 4 pijlers.)",
            "School-wide approach to health policy along 4 pillars: education, school environment, spotting problems, policy (From the source: 4 pillars.)",
        ],
        ["scholen, leerlingen", "schools, pupils"],
    ),
    (
        "welbevinden_op_school",
        [
            "Ondersteuning die scholen kennis en handelingsperspectief geeft om integraal aan welbevinden en kansengelijkheid te werken",
            "Support that gives schools the knowledge and the means to work on well-being and equal opportunities as a whole",
        ],
        ["scholen, kinderen en jongeren", "schools, children and young people"],
    ),
    (
        "je_brein_de_baas_stress_less_happyles",
        [
            "Lessen waarin VO-leerlingen leren omgaan met stress",
            "Lessons in which secondary school pupils learn to handle stress",
        ],
        ["VO-leerlingen", "secondary school pupils"],
    ),
    (
        "kiva_prima_kanjertraining",
        [
            "Schoolbrede programma's tegen pesten; Kanjertraining ook tegen conflicten en uitsluiting en voor meer welbevinden (Uit de bron: Kanjer: 4-14 jaar.)",
            "School-wide programmes against bullying; Kanjertraining also against conflict and exclusion and for more well-being (From the source: Kanjer: ages 4-14.)",
        ],
        ["leerlingen; Kanjer 4-14 jr", "pupils; Kanjer ages 4-14"],
    ),
    (
        "vrienden",
        [
            "Programma bij angst- of depressieve klachten of een angst-/stemmingsstoornis, op school of individueel (Uit de bron: 4-16 jaar.)",
            "Programme for anxiety or depressive complaints or an anxiety or mood disorder, at school or individually (From the source: ages 4-16.)",
        ],
        ["4-16 jr", "ages 4-16"],
    ),
    (
        "alles_kidzzz",
        [
            "Individuele sociale-vaardigheidstraining: minder agressie, meer prosociaal gedrag (Uit de bron: 9-12 jaar.)",
            "Individual social skills training: less aggression, more prosocial behaviour (From the source: ages 9-12.)",
        ],
        ["9-12 jr", "ages 9-12"],
    ),
    (
        "expeditie_veerkracht_basistraject",
        [
            "Leraren volgen online modules om veerkracht in de klas te bevorderen; het Basistraject behandelt emoties, het brein en faalangst, met massage en mindfulness (Uit de bron: Expeditie: 4 online modules; Basistraject: Nicolaasschool Rotterdam.)",
            "Teachers take online modules to foster resilience in the classroom; the Basistraject covers emotions, the brain and fear of failure, with massage and mindfulness (From the source: Expeditie: 4 online modules; Basistraject: Nicolaasschool Rotterdam.)",
        ],
        ["leraren (en via hen leerlingen)", "teachers (and through them pupils)"],
    ),
    (
        "stijn_studentenwelzijn",
        [
            "Helpt mbo/hbo/wo-instellingen, gemeenten en professionals samen aan studentenwelzijn te werken",
            "Helps vocational colleges, universities of applied sciences and universities, municipalities and professionals work together on student well-being",
        ],
        ["studenten", "students"],
    ),
    (
        "samen_oplopen",
        [
            "Vrijwilliger trekt op met een gezin in armoede en denkt mee over praktische zaken, ook buiten kantooruren; professionals begeleiden de vrijwilliger",
            "A volunteer walks alongside a family in poverty and helps think through practical matters, also outside office hours; professionals guide the volunteer",
        ],
        ["gezinnen met armoede en stress", "families with poverty and stress"],
    ),
    (
        "resto_vanharte_buurtrestaurant",
        [
            "Laagdrempelige ontmoeting rond een gezamenlijke maaltijd met een activerend programma; Movisie noemt buurtrestaurants, ruilsystemen en moestuinen als bouwstenen van sociaal kapitaal",
            "Easy-to-access meeting over a shared meal with an activating programme; Movisie names neighbourhood restaurants, exchange schemes and vegetable gardens as building blocks of social capital",
        ],
        ["geïsoleerde mensen, mensen in armoede", "isolated people, people in poverty"],
    ),
    (
        "motiverende_gespreksvoering",
        [
            "Bouwsteen 'psychologisch kapitaal': hulpverleners versterken zelfvertrouwen, veerkracht en wilskracht",
            "Building block 'psychological capital': care workers strengthen self-confidence, resilience and willpower",
        ],
        ["mensen in armoede", "people in poverty"],
    ),
    (
        "samen_voor_alle_kinderen",
        [
            "Eén digitaal loket waar ouders en intermediairs voorzieningen van vier organisaties aanvragen (Uit de bron: 4 organisaties, 1 loket.)",
            "One online desk where parents and intermediaries apply for the provisions of four organisations (From the source: 4 organisations, 1 desk.)",
        ],
        ["kinderen in armoede, ouders", "children in poverty, parents"],
    ),
    (
        "stadspas_kwijtschelding",
        [
            "Gemeentelijke maatregelen op bestaanszekerheid die sport en cultuur betaalbaar maken en vaste lasten verlagen",
            "Municipal livelihood security measures that make sport and culture affordable and lower fixed costs",
        ],
        ["huishoudens met laag inkomen", "low-income households"],
    ),
    (
        "doorbraakmethode",
        [
            "Geeft professionals instrumenten om vanuit het perspectief van de burger makkelijker, beter en goedkoper een uitzondering op regels te maken (Uit de bron: 'goedkoper' zonder bedrag.)",
            "Gives professionals tools to make an exception to the rules from the citizen's point of view more easily, better and more cheaply (From the source: 'more cheaply' without an amount.)",
        ],
        ["multiprobleemhuishoudens", "households with multiple problems"],
    ),
    (
        "verenigingen_armen_nemen_het_woord",
        [
            "Gesubsidieerde verenigingen van mensen in armoede voor ontmoeting, dialoog, vorming en belangenbehartiging; in Antwerpen met sociale kruidenier; deelnemers werken mee als buddy of coach (Uit de bron: buitenlands voorbeeld.)",
            "Subsidised associations of people in poverty for meeting, dialogue, learning and advocacy; in Antwerp with a social grocery; participants help as a buddy or coach (From the source: example from abroad.)",
        ],
        ["mensen in armoede", "people in poverty"],
    ),
    (
        "ips_individuele_plaatsing_en_steun",
        [
            "Helpt mensen met een ernstige psychische aandoening aan betaald werk en om het te houden; beter dan andere re-integratiemethoden (Uit de bron: context: EPA 30% minder kans op werk (tno:638).)",
            "Helps people with a severe mental illness find paid work and keep it; better than other return-to-work methods (From the source: context: people with a severe mental illness are 30% less likely to have work (tno:638).)",
        ],
        ["mensen met EPA", "people with a severe mental illness"],
    ),
    (
        "herstellen_doe_je_zelf_herstelacademie",
        [
            "Cursus voor wie zelf aan herstel werkt, geleid door ervaringsdeskundigen en ook nuttig tijdens de wachttijd; herstelacademies bieden werkgroepen met peers (Uit de bron: 12 wekelijkse bijeenkomsten.)",
            "Course for those working on their own recovery, led by people with lived experience and also useful while waiting for care; recovery academies offer working groups with peers (From the source: 12 weekly meetings.)",
        ],
        [
            "mensen met psychische kwetsbaarheid, GGZ-wachtenden",
            "people with mental health vulnerabilities, people waiting for mental health care",
        ],
    ),
    (
        "coral_beslishulp",
        [
            "Helpt afwegen of, wat, wanneer en aan wie iemand op het werk of bij sollicitatie iets vertelt over psychische klachten",
            "Helps weigh up whether, what, when and to whom someone tells about mental health complaints at work or when applying for a job",
        ],
        ["werkenden/werkzoekenden met psychische klachten", "workers and jobseekers with mental health complaints"],
    ),
    (
        "grip_op_je_dip_jongeren_hulp_online",
        [
            "Gratis online chatcursus bij somberheid, angst of stress (ook voor LHBTQI+), met mailcontact en lotgenoten; JHO als online zelfhulp tijdens de wachttijd (Uit de bron: 16-25 jaar; gratis.)",
            "Free online chat course for low mood, anxiety or stress (also for LGBTQI+), with email contact and peers; JHO as online self-help while waiting for care (From the source: ages 16-25; free.)",
        ],
        ["jongeren 16-25, milde tot matige klachten", "young people aged 16-25, mild to moderate complaints"],
    ),
    (
        "ervaringscafe",
        [
            "Plek, bv. in het buurtcentrum, waar jongeren met een hulpvraag elkaar treffen, samen iets doen en elkaar steunen",
            "A place, e.g. in the community centre, where young people seeking help meet, do things together and support each other",
        ],
        ["jongeren en jongvolwassenen", "young people and young adults"],
    ),
    (
        "me_we_veerkrachttraining",
        [
            "Leert jonge mantelzorgers omgaan met de stress van zorgen voor een naaste (Uit de bron: 8 bijeenkomsten; vanaf 14 jaar.)",
            "Teaches young carers to handle the stress of caring for someone close (From the source: 8 meetings; from age 14.)",
        ],
        ["schoolgaande jonge mantelzorgers", "young carers at school"],
    ),
    (
        "mentaal_vitaal",
        [
            "Publieksprogramma met oefeningen en een info- en adviestelefoon; Mentaal fit biedt zelftests en keuzehulpen; toolkit met flyers en teksten voor lokaal aanbod; gemeenten kunnen ernaar verwijzen",
            "Public programme with exercises and an information and advice phone line; Mentaal fit offers self-tests and decision aids; toolkit with flyers and texts for local services; municipalities can refer to it",
        ],
        ["alle inwoners", "all residents"],
    ),
    (
        "thrive_aanpak",
        [
            "Lokale integrale aanpak waarin inwoners en veel partners (ook kunst en cultuur) activiteiten organiseren voor mentale gezondheid en tegen stigma",
            "Local all-round approach in which residents and many partners (including arts and culture) organise activities for mental health and against stigma",
        ],
        ["alle inwoners", "all residents"],
    ),
    (
        "veerkracht_movisie",
        [
            "Erkende interventie voor kinderen uit gezinnen in vrouwen- of maatschappelijke opvang",
            "Recognised intervention for children from families in women's shelters or social shelters",
        ],
        ["kinderen in opvang", "children in shelters"],
    ),
    (
        "mijn_leven_in_kaart",
        [
            "Ouderen krijgen meer grip op hun leven door hun levensverhaal te vertellen",
            "Older people gain more control over their lives by telling their life story",
        ],
        ["ouderen", "older people"],
    ),
    (
        "grow_it_app",
        [
            "Gratis game-app met korte vragen over slaap, beweging, contacten en gevoelens (als dagboek) en een dagelijkse opdracht om met stress te leren omgaan (Uit de bron: 5× per dag vragen; dagelijkse challenge.)",
            "Free game app with short questions about sleep, exercise, contacts and feelings (as a diary) and a daily task to learn to handle stress (From the source: questions 5 times a day; daily challenge.)",
        ],
        ["jongeren", "young people"],
    ),
    (
        "natuur_op_recept",
        [
            "Huisarts verwijst naar groepswandelingen, zorgboerderij of vrijwilligerswerk in buurttuinen (Uit de bron: Shetland: sinds 2018.)",
            "The GP refers people to group walks, a care farm or volunteering in community gardens (From the source: Shetland: since 2018.)",
        ],
        ["mensen met klachten", "people with complaints"],
    ),
    (
        "pharos_trainingen",
        [
            "Leert zorg- en gemeenteprofessionals cultuursensitief werken en traint sleutelpersonen uit de gemeenschap (Uit de bron: 3 trainingen genoemd.)",
            "Teaches care and municipal professionals to work in a culturally sensitive way and trains key people from the community (From the source: 3 trainings named.)",
        ],
        ["professionals, sleutelpersonen", "professionals, key people"],
    ),
    (
        "cultuursensitieve_ggz_traumazorg",
        [
            "Aangepaste GGZ (bv. De Evenaar), systeemgerichte gezinsbehandeling (evt. met PMT), traumabehandeling (DGT-light, WRITEjunior, TG-CGT, EMDR) (Uit de bron: context: 13-25% statushouders PTSS/depressie (tno:682).)",
            "Adapted mental health care (e.g. De Evenaar), family systems therapy (possibly with psychomotor therapy), trauma treatment (DGT-light, WRITEjunior, TG-CGT, EMDR) (From the source: context: 13-25% of refugees with a residence permit have PTSD/depression (tno:682).)",
        ],
        ["vluchtelingen, volwassenen en kinderen", "refugees, adults and children"],
    ),
    (
        "psychosociale_screening_vluchtelingen",
        [
            "Vrijwilligers van vluchtelingenwerk screenen met een webapp op psychische klachten; voorlichting aan huisarts, jeugdzorg en wijkteams; regionaal psychosociaal steunpunt voor consultatie en verwijzing",
            "Volunteers of the refugee council screen for mental health complaints with a web app; information for GPs, youth care and neighbourhood teams; regional psychosocial support centre for consultation and referral",
        ],
        ["vluchtelingen", "refugees"],
    ),
    (
        "delitelabs",
        [
            "Intensieve cursus die vluchtelingen voorbereidt op een eigen onderneming (Uit de bron: 7 weken.)",
            "Intensive course that prepares refugees to start their own business (From the source: 7 weeks.)",
        ],
        ["vluchtelingen", "refugees"],
    ),
    (
        "aan_de_slag_vrijwilligerswerk",
        [
            "Vrijwilligerswerk in een groep, zonder dat Nederlands nodig is",
            "Volunteering in a group, without needing Dutch",
        ],
        ["vluchtelingen", "refugees"],
    ),
    (
        "op_weg_met_veerkracht",
        [
            "Groepsprogramma: positief denken, assertiviteit, eigen netwerk bekijken, plezierige activiteiten; positieve resultaten op veerkrachtdeterminanten (geen maat) (Uit de bron: 7 bijeenkomsten.)",
            "Group programme: positive thinking, assertiveness, looking at one's own network, pleasant activities; positive results on the determinants of resilience (no measure) (From the source: 7 meetings.)",
        ],
        ["oudere migranten", "older migrants"],
    ),
    (
        "werkshop",
        [
            "Begeleidt mensen die buiten de boot vallen naar werk, school of vrijwilligerswerk: groepsactiviteiten (koken, sport, bootcamp), een begeleider van vergelijkbare leeftijd en achtergrond die blijft bellen en langskomen, hulp op alle leefgebieden, een vaste plek, werving op straat (Uit de bron: 10 weken groep; nazorg ≥ ½ jaar; ca. 1521 kandidaten naar werk of school.)",
            "Guides people who have fallen through the cracks to work, school or volunteering: group activities (cooking, sport, bootcamp), a guide of similar age and background who keeps calling and visiting, help in all areas of life, a fixed place, recruitment on the street (From the source: 10 weeks in a group; aftercare ≥ ½ year; about 1521 candidates into work or school.)",
        ],
        [
            "statushouders, jongeren, vrouwen, ex-gedetineerden",
            "refugees with a residence permit, young people, women, ex-prisoners",
        ],
    ),
    (
        "mentorwijs_werk_in_zicht_harrie",
        [
            "Trainingen voor leidinggevenden en collega's die werknemers met een arbeidsbeperking coachen (buddy); Harrie (CNV) is het model van de ideale begeleidende collega, met een module voor statushouders (Uit de bron: Mentorwijs 'kort'; Werk Onbeperkt = Midden-NL; Werk in zicht = Groningen.)",
            "Training for managers and colleagues who coach employees with a work disability (buddy); Harrie (CNV) is the model of the ideal supporting colleague, with a module for refugees with a residence permit (From the source: Mentorwijs 'short'; Werk Onbeperkt = central Netherlands; Werk in zicht = Groningen.)",
        ],
        ["werknemers met arbeidsbeperking + leidinggevenden", "employees with a work disability + managers"],
    ),
    (
        "cognitieve_support_technologie",
        [
            "Slimme bril, projectie op het werkblad of tablet met beeldinstructies maakt taken haalbaar voor mensen met een arbeidsbeperking (Uit de bron: o.a. assemblage, orderpicken, groen, onderhoud.)",
            "Smart glasses, projection onto the workbench or a tablet with picture instructions make tasks doable for people with a work disability (From the source: e.g. assembly, order picking, green spaces, maintenance.)",
        ],
        ["werknemers met arbeidsbeperking", "employees with a work disability"],
    ),
    (
        "veerkrachtige_wijk_abcd",
        [
            "Wijkprogramma dat formele en informele netwerken verbindt met community building en ABCD: bouwen op talenten, verbanden, kwaliteiten en gedeelde verhalen van de buurt",
            "Neighbourhood programme that connects formal and informal networks through community building and ABCD: building on the talents, connections, qualities and shared stories of the neighbourhood",
        ],
        ["bewoners kwetsbare wijk", "residents of a vulnerable neighbourhood"],
    ),
    (
        "buurtinitiatievenfonds",
        [
            "Regionaal fonds voor kleinschalige ontmoeting; TNO noemt Leeszaal en Zorgvrijstaat (zorgzame buurten) als goede bewonersinitiatieven (Uit de bron: fonds: Zuidhollandse Delta (herstel:187).)",
            "Regional fund for small-scale meeting; TNO names Leeszaal and Zorgvrijstaat (caring neighbourhoods) as good residents' initiatives (From the source: fund: Zuidhollandse Delta (herstel:187).)",
        ],
        ["bewoners", "residents"],
    ),
    (
        "openbare_bibliotheek_wijkplek",
        [
            "Wijkplek voor ontmoeting en groepsactiviteiten: taal- en digitale vaardigheden, studieplekken, hulp bij coronatoegangsbewijzen (Uit de bron: ca. 3,6 mln leden; netwerk krimpt door bezuinigingen.)",
            "Neighbourhood place for meeting and group activities: language and digital skills, study places, help with COVID passes (From the source: about 3.6 million members; network shrinking through budget cuts.)",
        ],
        ["alle inwoners", "all residents"],
    ),
    (
        "lokaal_sportakkoord",
        [
            "Sportclubs helpen leden en vrijwilligers terug te winnen; vrijwilligers scholen zodat kwetsbare groepen begeleid worden en de club een ontmoetingsplek wordt (Uit de bron: corona: 52% minder gesport, 34% miste contact.)",
            "Sports clubs help win back members and volunteers; train volunteers so that vulnerable groups are guided and the club becomes a meeting place (From the source: COVID: 52% less sport, 34% missed contact.)",
        ],
        ["sporters, kwetsbare groepen", "people who play sport, vulnerable groups"],
    ),
    (
        "cultuurcoach_fondsen",
        [
            "Lokale verbinders (cultuurcoach, sociaal werk) en fondsen brengen mensen samen bij kunst en cultuur, ook doelgroepen die er weinig mee in aanraking komen (Uit de bron: 64% beoefent, 89% bezoekt cultuur.)",
            "Local connectors (culture coach, social work) and funds bring people together around arts and culture, including groups that seldom come into contact with it (From the source: 64% take part in, 89% visit culture.)",
        ],
        ["jongeren, ouderen", "young people, older people"],
    ),
    (
        "jim_aanpak",
        [
            "Jongere met complexe problemen krijgt een natuurlijke mentor uit het eigen netwerk, die rolmodel is en bemiddelt met hulpverleners",
            "A young person with complex problems gets a natural mentor from their own network, who is a role model and mediates with care workers",
        ],
        ["jongeren in specialistische jeugdzorg", "young people in specialist youth care"],
    ),
    (
        "inloophuis_jongeren",
        [
            "Inloophuis met dagelijks warm eten voor jongeren van de straat; hulpverleners helpen koken in plaats van spreekuur houden, waarna jongeren zelf hulp vragen (Uit de bron: buitenlands voorbeeld; opgezet door bijstandsmoeder, draaide jaren op giften.)",
            "Drop-in house with a hot meal every day for young people off the street; care workers help cook instead of holding office hours, after which the young people ask for help themselves (From the source: example from abroad; set up by a mother on welfare, ran on donations for years.)",
        ],
        ["straatjongeren", "street youth"],
    ),
    (
        "kansrijke_start",
        [
            "Landelijk actieprogramma voor de eerste 1000 dagen van een kind (gemeenten, Rijk, wijkteams, GGZ, JGZ). De gemeente kan het niet lokaal inkopen, maar sluit zich aan met een lokale coalitie en kiest interventies uit de menukaart. De geduwde variabelen zijn een inschatting: de bron noemt geen richting.",
            "National action programme for the first 1000 days of a child's life (municipalities, central government, neighbourhood teams, mental health care, youth health care). The municipality cannot buy it in locally, but joins with a local coalition and chooses interventions from the menu. The variables pushed are an estimate: the source gives no direction.",
        ],
        ["aanstaande en jonge ouders, kinderen tot 2 jaar", "expectant and young parents, children up to age 2"],
    ),
];

fn lookup<'a>(id: &InterventionId, text: &'a str, lang: Language, field: fn(&Row) -> &[&'static str; 2]) -> &'a str {
    if lang == Language::En
        && let Some([_, english]) =
            TEXTS.iter().filter(|row| row.0 == id.as_str()).map(field).find(|[nl, _]| *nl == text)
    {
        return english;
    }
    text
}

/// The description to show for intervention `id` whose description is `text`: the English text of a built-in
/// item whose description is still the shipped one in English, otherwise `text` as written.
pub fn intervention_description<'a>(id: &InterventionId, text: &'a str, lang: Language) -> &'a str {
    lookup(id, text, lang, |row| &row.1)
}

/// The target group to show for intervention `id` whose target group is `text` (see [`intervention_description`]).
pub fn intervention_target_group<'a>(id: &InterventionId, text: &'a str, lang: Language) -> &'a str {
    lookup(id, text, lang, |row| &row.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_item_has_english_texts_keyed_by_its_shipped_dutch() {
        let catalogue = crate::plan::catalogue();
        assert_eq!(catalogue.len(), TEXTS.len(), "every catalogue item has English texts");
        for item in catalogue {
            let description = intervention_description(&item.id, &item.description, Language::En);
            let group = intervention_target_group(&item.id, &item.target_group, Language::En);
            assert_ne!(description, item.description, "{}: no English description", item.id);
            assert_ne!(group, item.target_group, "{}: no English target group", item.id);
        }
        for (id, [description, _], [group, _]) in TEXTS {
            let item = catalogue.iter().find(|i| i.id.as_str() == id).expect("in the catalogue");
            assert_eq!(item.description, description, "{id}");
            assert_eq!(item.target_group, group, "{id}");
        }
    }

    #[test]
    fn dutch_and_changed_texts_stay_as_written() {
        let id = InterventionId::new("tno_advies_01");
        assert_eq!(intervention_target_group(&id, "eenoudergezinnen", Language::En), "single-parent families");
        assert_eq!(intervention_target_group(&id, "eenoudergezinnen", Language::Nl), "eenoudergezinnen");
        assert_eq!(intervention_target_group(&id, "alleenstaande vaders", Language::En), "alleenstaande vaders");
        let own = InterventionId::new("eigen_aanpak");
        assert_eq!(intervention_target_group(&own, "eenoudergezinnen", Language::En), "eenoudergezinnen");
        assert_eq!(intervention_description(&own, "Eigen tekst", Language::En), "Eigen tekst");
    }
}
