//! Hover texts of buttons, boxes and menu items whose label alone does not say what they do, in plain words.

use super::{Txt, texts};

texts! {
    HINT_FIT = "Zoomt zo dat het hele model in beeld is", "Zooms so that the whole model is in view";
    HINT_AUTO_LAYOUT = "Zet alle variabelen opnieuw overzichtelijk neer. Met Ongedaan maken zet u ze terug.", "Places all variables again so they are easy to follow. Undo puts them back.";
    HINT_LOOPS_ONLY_SELECTED = "Toon alleen de lussen waar de variabele in zit die u hebt aangeklikt", "Show only the loops that the variable you clicked is part of";
    HINT_LOOP_CLEAR = "Toon het hele model weer in gewone kleuren", "Show the whole model in normal colours again";
    HINT_ADVANCED = "Toon ook de getallen achter de keuzes, voor wie het model precies wil bijstellen", "Also show the numbers behind the choices, for fine-tuning the model";
    HINT_FLIP_POLARITY = "Draait + en − om: meer oorzaak geeft dan minder gevolg, of andersom", "Swaps + and −: more cause then gives less effect, or the other way round";
    HINT_DELETE_SELECTION = "Verwijdert wat u hebt geselecteerd. Met Ongedaan maken zet u het terug.", "Deletes what you selected. Undo brings it back.";
    HINT_SIM_REFERENCE = "Loopt altijd mee: zo gaat het zonder crisis en zonder plan. De andere lijnen worden hiermee vergeleken.", "Always shown: how things go without a crisis and without a plan. The other lines are compared with it.";
    HINT_SIM_INDEX = "De veerkrachtindex: een gewogen samenvatting van de uitkomsten, van 0 tot 100", "The resilience index: a weighted summary of the outcomes, from 0 to 100";
    HINT_SIM_SCENARIO = "Toon hoe het gaat met deze crisis", "Show how things go with this crisis";
    HINT_SIM_EXTRA = "Toon hoe het gaat met deze planvariant (en eventueel een crisis)", "Show how things go with this plan variant (and with a crisis, if one is chosen)";
    HINT_SIM_VARIABLE = "Toon deze variabele als lijn in de grafiek", "Show this variable as a line in the chart";
    HINT_SIM_RECALCULATE = "Reken de onzekerheidsband opnieuw uit, bijvoorbeeld na een wijziging in het model", "Work out the uncertainty band again, for example after a change to the model";
    HINT_SCENARIO_PICK = "Welke crisis u nu bewerkt", "Which crisis you are editing now";
    HINT_SCENARIO_NEW = "Maak een nieuwe, lege crisis", "Make a new, empty crisis";
    HINT_SCENARIO_DUPLICATE = "Maak een kopie van deze crisis om mee te variëren", "Make a copy of this crisis to try variations";
    HINT_SCENARIO_DELETE = "Verwijdert deze crisis. Met Ongedaan maken zet u hem terug.", "Deletes this crisis. Undo brings it back.";
    HINT_SHOCK_ADD = "Een schok zet één variabele tijdens de crisis tijdelijk hoger of lager", "A shock temporarily raises or lowers one variable during the crisis";
    HINT_SHOCK_TARGET = "Op welke variabele de crisis drukt", "Which variable the crisis acts on";
    HINT_PLAN_PICK = "Een planvariant is één keuze van interventies met hun kosten. Kies welke u bewerkt.", "A plan variant is one choice of interventions with their cost. Choose which one you edit.";
    HINT_PLAN_NEW = "Maak een nieuwe, lege planvariant om naast de andere te zetten", "Make a new, empty plan variant to set beside the others";
    HINT_PLAN_COPY = "Maak een kopie van deze variant om één ding anders te proberen", "Make a copy of this variant to try one thing differently";
    HINT_PLAN_DELETE = "Verwijdert deze planvariant. Met Ongedaan maken zet u haar terug.", "Deletes this plan variant. Undo brings it back.";
    HINT_PLAN_REMOVE_ITEM = "Haal deze interventie uit het plan", "Take this intervention out of the plan";
    HINT_PLAN_TO_END = "De interventie loopt door tot het laatste jaar van het plan", "The intervention runs on until the last year of the plan";
    HINT_PLAN_EDIT_EFFECTS = "Pas aan op welke variabelen de interventie werkt en hoe sterk. De catalogus blijft zoals hij is.", "Adjust which variables the intervention acts on and how strongly. The catalogue stays as it is.";
    HINT_PLAN_RESET = "Vergeet uw aanpassingen en gebruik weer de waarden uit de catalogus", "Forget your changes and use the values from the catalogue again";
    HINT_PLAN_EDIT_COSTS = "Pas de kosten aan voor uw gemeente. De catalogus blijft zoals hij is.", "Adjust the cost for your municipality. The catalogue stays as it is.";
    HINT_PLAN_EFFECT_ADD = "Laat de interventie ook op een andere variabele werken", "Let the intervention act on another variable too";
    HINT_PLAN_EFFECT_TARGET = "Op welke variabele de interventie werkt", "Which variable the intervention acts on";
    HINT_CAT_SETTING = "Waar de interventie plaatsvindt, bijvoorbeeld school, wijk of thuis", "Where the intervention takes place, for example school, neighbourhood or home";
    HINT_CAT_GROUP = "Zoek op doelgroep, bijvoorbeeld jongeren of ouders", "Search by target group, for example young people or parents";
    HINT_OPT_BUDGET = "Hoeveel geld er elk jaar mag worden uitgegeven aan de interventies", "How much money may be spent on the interventions each year";
    HINT_OPT_CANDIDATES = "Uit welke interventies het voorstel mag kiezen", "Which interventions the proposal may choose from";
    HINT_OPT_OUTCOME = "Wat zo veel mogelijk moet verbeteren: de veerkrachtindex of één variabele", "What should improve as much as possible: the resilience index or one variable";
    HINT_OPT_START = "Zoekt binnen het budget de combinatie van interventies met het meeste effect. Dit kan even duren; u kunt doorwerken.", "Looks within the budget for the combination of interventions with the most effect. This can take a while; you can keep working.";
    HINT_OPT_ADD = "Bewaar het voorstel als nieuwe planvariant; uw eigen varianten blijven zoals ze zijn", "Keep the proposal as a new plan variant; your own variants stay as they are";
    HINT_ROBUST_RUNS = "Hoe vaak beide plannen worden doorgerekend, telkens met iets andere aannames. Meer is zekerder maar duurt langer.", "How many times both plans are worked out, each time with slightly different assumptions. More is more certain but takes longer.";
    HINT_ROBUST_CRISIS = "Reken de plannen ook door met een crisis erbij", "Also work out the plans with a crisis on top";
    HINT_ROBUST_COMPUTE = "Reken beide plannen vaak door om te zien hoe zeker het verschil tussen A en B is", "Work out both plans many times to see how sure the difference between A and B is";
    HINT_BUDGET_REMAINING = "Wat er per jaar van het budget over is; rood is een tekort", "What is left of the budget each year; red is a shortfall";
    HINT_COMPARE_ACCEPT_ALL = "Neem alle verschillen uit de andere versie over in uw project", "Take every difference from the other version into your project";
    HINT_COMPARE_REJECT_ALL = "Houd voor alle verschillen uw eigen versie", "Keep your own version for every difference";
    HINT_COMPARE_POSITIONS = "Toon met stippellijnen waar de variabelen in de andere versie staan", "Show with dotted lines where the variables are in the other version";
    HINT_MERGE_BASE = "Kies de oudere versie waar beide van afstammen; dan ziet u wie wat veranderde", "Choose the older version both came from; then you see who changed what";
    HINT_OWN_DIALOG = "Gebruik het bestandsvenster van de Veerkrachtplanner in plaats van dat van uw computer, handig als dat niet werkt", "Use Veerkrachtplanner's own file window instead of your computer's, useful when that one does not work";
    HINT_PICKER_UP = "Naar de map erboven", "To the folder above";
    HINT_MENU_COMPARE = "Vergelijk dit project met een ander bestand, bijvoorbeeld de versie van een collega, en neem verschillen over", "Compare this project with another file, for example a colleague's version, and take over differences";
    HINT_MENU_SAVED_BY = "Uw naam en organisatie: ze gaan mee in het bestand, zodat anderen zien wie het opsloeg", "Your name and organisation: they go into the file so that others see who saved it";
    HINT_MENU_PDF = "Het plan als rapport voor college of raad: model, plan, kosten en effecten", "The plan as a report for the council: model, plan, cost and effects";
    HINT_MENU_SVG = "Een afbeelding van het model, om in een presentatie of document te zetten", "A picture of the model, to put in a presentation or document";
    HINT_MENU_DOCX = "Het rapport als Word-document, om zelf verder te bewerken", "The report as a Word document, to edit further yourself";
    HINT_MENU_CSV = "De uitkomsten van elke berekening per maand, om in Excel verder te gebruiken", "The outcomes of each run per month, to use further in Excel";
    HINT_MENU_XMILE = "Het model voor andere simulatieprogramma's, zoals Stella of Vensim", "The model for other simulation programs, such as Stella or Vensim";
    HINT_MENU_LEFT_PANEL = "Meer ruimte voor het model: verberg of toon de lijst met variabelen en lussen links", "More room for the model: hide or show the list of variables and loops on the left";
    HINT_MENU_INSPECTOR = "Meer ruimte voor het model: verberg of toon de eigenschappen rechts", "More room for the model: hide or show the properties on the right";
}

texts! {
    HINT_SHOCK_COL_VARIABLE = "Op welke variabele de crisis drukt", "Which variable the crisis acts on";
    HINT_SHOCK_COL_SIZE = "Hoeveel punten de variabele hoger (+) of lager (−) komt te liggen op zijn hoogtepunt", "How many points higher (+) or lower (−) the variable gets at the peak";
    HINT_SHOCK_COL_START = "De maand waarin de crisis op deze variabele begint te drukken; maand 0 is het begin van de berekening", "The month in which the crisis starts to act on this variable; month 0 is the start of the run";
    HINT_SHOCK_COL_DURATION = "Hoe lang de schok duurt, de opbouwtijd meegerekend", "How long the shock lasts, build-up time included";
    HINT_SHOCK_COL_RAMP = "Opbouwtijd: zoveel maanden groeit de schok voordat hij op volle sterkte is", "Build-up time: for this many months the shock grows before it reaches full strength";
    HINT_SHOCK_COL_AFTER = "Nawerking: zoveel maanden ebt de schok na het einde nog weg", "After-effect: for this many months after its end the shock slowly fades away";
}
