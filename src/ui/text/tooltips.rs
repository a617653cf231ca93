//! Hover texts of column headers and controls whose meaning is not plain from their label.

use super::{Txt, texts};

texts! {
    HINT_SIM_COL_RUN = "Welke berekening: een crisis, een plan, of een plan met een crisis", "Which calculation: a crisis, a plan, or a plan with a crisis";
    HINT_SIM_COL_EFFECT = "Hoeveel hoger (+) of lager (−) de veerkrachtindex ligt dan in de referentie, opgeteld over alle maanden (punt-maanden)", "How much higher (+) or lower (−) the resilience index is than in the reference, added up over all months (point-months)";
    HINT_SIM_COL_PRE_SHOCK = "De veerkrachtindex vlak voordat de crisis begint, en in welke maand dat is", "The resilience index just before the crisis begins, and in which month that is";
    HINT_SIM_COL_DEPTH = "De laagste stand van de veerkrachtindex tijdens of na de crisis, en in welke maand", "The lowest level of the resilience index during or after the crisis, and in which month";
    HINT_SIM_COL_RECOVERY = "Hersteltijd: hoeveel maanden na het diepste punt de index weer bijna op het oude niveau is", "Recovery time: how many months after the lowest point the index is almost back at its old level";
    HINT_SIM_COL_LOSS = "Verlies: hoe diep de daling is, opgeteld over alle maanden dat ze duurt (punt-maanden)", "Loss: how deep the fall is, added up over all the months it lasts (point-months)";
    HINT_PLAN_COL_CONTRIBUTION = "Hoeveel het plan met deze interventie beter doet dan zonder, in punt-maanden", "How much better the plan does with this intervention than without, in point-months";
    HINT_PLAN_COL_COST = "Wat de interventie kost over de hele looptijd van het plan", "What the intervention costs over the whole period of the plan";
    HINT_PLAN_COL_PER_1000 = "Kosteneffectiviteit: de bijdrage voor elke € 1.000; hoger is meer effect voor hetzelfde geld", "Cost-effectiveness: the contribution for every €1,000; higher is more effect for the same money";
    HINT_PLAN_ED_COL_INTERVENTION = "Klik op een interventie om start, bereik, effecten en kosten aan te passen", "Click an intervention to adjust start, reach, effects and cost";
    HINT_PLAN_ED_COL_START = "De maand waarin de interventie begint", "The month in which the intervention starts";
    HINT_PLAN_ED_COL_DURATION = "Hoe lang de interventie loopt; daarna werkt het effect nog een tijd na", "How long the intervention runs; after that the effect still works for a while";
    HINT_PLAN_ED_COL_COST = "De kosten per jaar als de hele doelgroep bereikt wordt; bij minder bereik zijn ze lager", "The cost per year when the whole target group is reached; with less reach it is lower";
    HINT_OPT_COL_REACH = "Bereik: welk deel van de doelgroep de interventie bereikt; kosten en effect gaan mee", "Reach: which share of the target group the intervention reaches; cost and effect follow it";
    HINT_OPT_COL_EFFECT = "Wat de interventie bijdraagt aan de veerkrachtindex, opgeteld over alle maanden (punt-maanden)", "What the intervention adds to the resilience index, added up over all months (point-months)";
}
