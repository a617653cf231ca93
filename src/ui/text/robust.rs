//! Strings of Plan → Vergelijken, "Onder onzekerheid": plan A against B over many runs and the tornado.

use super::{Txt, texts};

texts! {
    ROBUST_TITLE = "Onder onzekerheid", "Under uncertainty";
    ROBUST_INTRO = "Elke sterkte en elk effect is een schatting. Hier worden beide plannen vaak doorgerekend met telkens dezelfde getrokken waarden voor allebei, zodat alleen het plan het verschil maakt.", "Every strength and every effect is an estimate. Here both plans are run many times, each time with the same drawn values for both, so that only the plan makes the difference.";
    ROBUST_PLAN_A = "Plan A:", "Plan A:";
    ROBUST_PLAN_B = "Plan B:", "Plan B:";
    ROBUST_REFERENCE = "Referentie (geen plan)", "Reference (no plan)";
    ROBUST_RUNS = "Doorrekeningen:", "Runs:";
    ROBUST_CRISIS = "Ook met crisisscenario:", "Also with crisis scenario:";
    ROBUST_NO_CRISIS = "(geen)", "(none)";
    ROBUST_COMPUTE = "Doorrekenen", "Compute";
    ROBUST_CANCEL = "Stoppen", "Stop";
    ROBUST_BUSY = "Bezig met doorrekenen…", "Computing…";
    ROBUST_STOPPED = "Gestopt.", "Stopped.";
    ROBUST_NEED_PLAN = "Maak eerst een planvariant.", "Create a plan variant first.";
    ROBUST_WITHOUT = "Zonder crisis", "Without crisis";
    ROBUST_WITH = "Met", "With";
    ROBUST_AXIS_DIFFERENCE = "Verschil B − A (indexpunt-maanden)", "Difference B − A (index-point months)";
    ROBUST_AXIS_COUNT = "Aantal doorrekeningen", "Number of runs";
    ROBUST_TORNADO = "Welke aannames bepalen het effect van Plan B?", "Which assumptions decide the effect of Plan B?";
    ROBUST_TORNADO_HINT = "Elke balk: het effect van Plan B als één aanname naar de grenzen van haar onzekerheid gaat en de rest in het midden blijft.", "Each bar: the effect of Plan B when one assumption goes to the ends of its uncertainty and the rest stays central.";
    ROBUST_AXIS_EFFECT = "Effect van Plan B (indexpunt-maanden)", "Effect of Plan B (index-point months)";
}
