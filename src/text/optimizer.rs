//! The optimiser in words: "Gekozen: … omdat …; niet gekozen: … (te duur voor het effect)".

use super::Language;
use super::number::{format_eur_in, format_number_in, format_percent_in};
use crate::model::Project;
use crate::plan::{ImproveMethod, Interaction, OptimizeResult, Outcome, Stage, Verdict};
use std::fmt::Write as _;

/// "veerkrachtindex" (or "resilience index") or the variable's name.
pub fn outcome_label(outcome: &Outcome, project: &Project, lang: Language) -> String {
    match outcome {
        Outcome::Index => lang.pick("veerkrachtindex", "resilience index").to_owned(),
        Outcome::Variable(id) => super::model_names::variable_name_in(project, id, lang).to_owned(),
    }
}

/// The progress bar's text.
pub fn stage(stage: Stage, lang: Language) -> String {
    match (stage, lang) {
        (Stage::Candidates { current, total }, Language::Nl) => {
            format!("Kandidaten doorrekenen ({current} van {total})")
        }
        (Stage::Candidates { current, total }, Language::En) => format!("Simulating candidates ({current} of {total})"),
        (Stage::Search, _) => lang.pick("Beste combinatie zoeken", "Searching the best combination").to_owned(),
        (Stage::Verify { current, total }, Language::Nl) => {
            format!("Beste combinaties narekenen ({current} van {total})")
        }
        (Stage::Verify { current, total }, Language::En) => {
            format!("Verifying the best combinations ({current} of {total})")
        }
        (Stage::Done, _) => lang.pick("Klaar", "Done").to_owned(),
    }
}

/// Why one candidate was (not) chosen, e.g. "gekozen op 100 % bereik: +75,0 punt-maanden voor € 160.000".
pub fn reason(verdict: &Verdict, outcome: &str, lang: Language) -> String {
    match (verdict, lang) {
        (Verdict::Chosen { reach_percent, area, cost_eur, area_per_1000_eur, below_highest_level }, _) => {
            let (head, months, per, more) = lang.pick(
                (
                    "gekozen op",
                    "bereik: +",
                    "per € 1.000",
                    "; meer bereik past niet naast de rest of levert elders meer op",
                ),
                (
                    "chosen at",
                    "reach: +",
                    "per €1,000",
                    "; more reach does not fit next to the rest or pays off more elsewhere",
                ),
            );
            let unit = lang.pick("punt-maanden voor", "point-months for");
            format!(
                "{head} {} {months}{} {unit} {}{}{}",
                format_percent_in(*reach_percent, 0, lang),
                format_number_in(*area, 1, lang),
                format_eur_in(*cost_eur, lang),
                area_per_1000_eur.map_or_else(String::new, |r| format!(" ({} {per})", format_number_in(r, 2, lang))),
                if *below_highest_level { more } else { "" }
            )
        }
        (Verdict::NoPositiveEffect, Language::Nl) => format!("niet gekozen: geen positief effect op de {outcome}"),
        (Verdict::NoPositiveEffect, Language::En) => format!("not chosen: no positive effect on the {outcome}"),
        (Verdict::DoesNotFit { year }, Language::Nl) => {
            format!("niet gekozen: past zelfs bij het laagste bereik niet in het budget van {year}")
        }
        (Verdict::DoesNotFit { year }, Language::En) => {
            format!("not chosen: even the lowest reach does not fit the budget of {year}")
        }
        (Verdict::TooExpensive, _) => lang
            .pick(
                "niet gekozen: te duur voor het effect (het budget levert bij andere interventies meer op)",
                "not chosen: too expensive for its effect (the budget buys more with other interventions)",
            )
            .to_owned(),
    }
}

/// Picks the candidates of one "not chosen" group: the text after the name, `None` when not in the group.
type Pick = fn(&Verdict) -> Option<String>;

/// The whole explanation: what was chosen and why, then the candidates not chosen, grouped by reason.
pub fn explanation(result: &OptimizeResult, outcome: &str, lang: Language) -> String {
    let mut chosen: Vec<(String, Option<f64>)> = Vec::new();
    for c in &result.candidates {
        if let Verdict::Chosen { reach_percent, area_per_1000_eur, .. } = c.verdict {
            let name = super::catalogue::intervention_name(&c.intervention, &c.name, lang);
            chosen.push((format!("{name} ({})", format_percent_in(reach_percent, 0, lang)), area_per_1000_eur));
        }
    }
    let mut text = String::new();
    if chosen.is_empty() {
        text.push_str(lang.pick(
            "Niets gekozen: geen enkele kandidaat past binnen het budget met een positief effect.",
            "Nothing chosen: no candidate fits within the budget with a positive effect.",
        ));
    } else {
        chosen.sort_by(|a, b| b.1.unwrap_or(f64::INFINITY).total_cmp(&a.1.unwrap_or(f64::INFINITY)));
        let names: Vec<&str> = chosen.iter().map(|c| c.0.as_str()).collect();
        let area = format_number_in(result.verified_area, 1, lang);
        let _ = match lang {
            Language::Nl => write!(
                text,
                "Gekozen: {} omdat deze combinatie binnen het budget van elk jaar de grootste winst op de {outcome} \
                 geeft: +{area} punt-maanden ten opzichte van de referentie (nagerekend met een volledige \
                 simulatie).",
                names.join(", ")
            ),
            Language::En => write!(
                text,
                "Chosen: {} because within every year's budget this combination gives the largest gain in the \
                 {outcome}: +{area} point-months against the reference (verified by a full simulation).",
                names.join(", ")
            ),
        };
        let ratios: Vec<String> = chosen
            .iter()
            .filter_map(|(name, r)| r.map(|r| format!("{name}: {}", format_number_in(r, 2, lang))))
            .collect();
        if !ratios.is_empty() {
            let head = lang.pick("Punt-maanden per € 1.000", "Point-months per €1,000");
            let _ = write!(text, " {head}: {}.", ratios.join("; "));
        }
    }
    if let Some(interaction) = &result.interaction {
        text.push(' ');
        text.push_str(&interaction_sentence(interaction, result.proven_optimal, lang));
    }
    let not_chosen = |keep: Pick| -> Vec<String> {
        result
            .candidates
            .iter()
            .filter_map(|c| {
                let name = super::catalogue::intervention_name(&c.intervention, &c.name, lang);
                keep(&c.verdict).map(|suffix| format!("{name}{suffix}"))
            })
            .collect()
    };
    let groups: [(Pick, &str); 3] = [
        (
            |v| matches!(v, Verdict::TooExpensive).then(String::new),
            lang.pick("te duur voor het effect", "too expensive for its effect"),
        ),
        (
            |v| matches!(v, Verdict::NoPositiveEffect).then(String::new),
            lang.pick("geen positief effect", "no positive effect"),
        ),
        (
            |v| match v {
                Verdict::DoesNotFit { year } => Some(format!(" ({year})")),
                _ => None,
            },
            lang.pick("past niet in het budget van dat jaar", "does not fit that year's budget"),
        ),
    ];
    let head = lang.pick("Niet gekozen", "Not chosen");
    for (keep, label) in groups {
        let names = not_chosen(keep);
        if !names.is_empty() {
            let _ = write!(text, "\n{head} ({label}): {}.", names.join(", "));
        }
    }
    text
}

/// What the optimiser did because the effects may not add up, e.g. "De effecten beïnvloeden elkaar: …".
pub fn interaction_sentence(interaction: &Interaction, proven_optimal: bool, lang: Language) -> String {
    let predicted = format_number_in(interaction.search_predicted_area, 1, lang);
    let verified = format_number_in(interaction.search_verified_area, 1, lang);
    let n = interaction.simulations;
    let how = match (interaction.method, lang) {
        (ImproveMethod::Exhaustive, Language::Nl) => {
            format!("Daarna zijn alle {n} combinaties binnen het budget volledig doorgerekend")
        }
        (ImproveMethod::Exhaustive, Language::En) => {
            format!("Then all {n} combinations within budget were simulated in full")
        }
        (ImproveMethod::Exchange, Language::Nl) => {
            format!("Daarna zijn {n} combinaties rond de beste volledig doorgerekend (ruilen en bijstellen)")
        }
        (ImproveMethod::Exchange, Language::En) => {
            format!("Then {n} combinations around the best were simulated in full (swaps and adjustments)")
        }
    };
    let verdict = match (proven_optimal, lang) {
        (true, Language::Nl) => "dit is bewezen de beste keuze bij de geprobeerde bereikniveaus.",
        (true, Language::En) => "this is proven the best choice at the reach levels tried.",
        (false, Language::Nl) => "dit is de beste gevonden keuze, niet bewezen de beste.",
        (false, Language::En) => "this is the best choice found, not proven the best.",
    };
    if interaction.effects_interact {
        match lang {
            Language::Nl => format!(
                "Let op: de effecten beïnvloeden elkaar (een variabele raakt 0 of 100), dus samen doen de \
                 interventies iets anders dan de som van hun losse effecten. De snelle zoektocht op die som koos een \
                 combinatie met voorspeld +{predicted} en nagerekend +{verified} punt-maanden. {how}: {verdict}"
            ),
            Language::En => format!(
                "Note: the effects interact (a variable reaches 0 or 100), so together the interventions do \
                 something other than the sum of their separate effects. The quick search on that sum chose a \
                 combination with predicted +{predicted} and verified +{verified} point-months. {how}: \
                 {verdict}"
            ),
        }
    } else {
        match lang {
            Language::Nl => format!(
                "Omdat een variabele bij deze effecten 0 of 100 zou kunnen raken, is de som van losse effecten niet \
                 zeker juist. {how}: {verdict}"
            ),
            Language::En => format!(
                "Because a variable could reach 0 or 100 with these effects, the sum of separate effects is not \
                 certainly right. {how}: {verdict}"
            ),
        }
    }
}

/// The name of the plan variant the optimiser proposes.
pub fn plan_name(lang: Language) -> &'static str {
    lang.pick("Optimaal binnen budget", "Optimal within budget")
}

/// The notes of the plan variant the optimiser proposes: where it comes from, then the explanation.
pub fn plan_notes(result: &OptimizeResult, outcome: &str, lang: Language) -> String {
    let area = format_number_in(result.verified_area, 1, lang);
    let head = match lang {
        Language::Nl => format!(
            "Voorgesteld door de optimalisatie ({outcome}, nagerekend: {area} punt-maanden). Effecten en kosten \
             uit de catalogus zijn voorbeeldwaarden."
        ),
        Language::En => format!(
            "Proposed by the optimiser ({outcome}, verified: {area} point-months). Effects and costs from the \
             catalogue are example values."
        ),
    };
    format!("{head}\n\n{}", explanation(result, outcome, lang))
}
