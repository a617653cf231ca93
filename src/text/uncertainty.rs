//! How sure is it: the comparison of two plans under uncertainty and the assumptions that decide, in words.

use super::Language;
use super::number::format_number_in;
use crate::model::Project;
use crate::plan::{Assumption, Comparison, RobustGoal, RobustResult, Sensitivity, find_intervention};

/// "In 87 van de 100 doorrekeningen doet Plan B het beter dan Plan A" (ties added when there are any).
pub fn comparison_sentence(c: &Comparison, name_a: &str, name_b: &str, lang: Language) -> String {
    let (better, runs, ties) = (c.b_better, c.runs, c.ties);
    let head = match lang {
        Language::Nl => format!("In {better} van de {runs} doorrekeningen doet {name_b} het beter dan {name_a}"),
        Language::En => format!("In {better} of {runs} runs {name_b} does better than {name_a}"),
    };
    match (ties, lang) {
        (0, _) => format!("{head}."),
        (t, Language::Nl) if t == runs => {
            format!("{name_a} en {name_b} doen het in alle {runs} doorrekeningen precies even goed.")
        }
        (t, Language::En) if t == runs => format!("{name_a} and {name_b} do exactly as well in all {runs} runs."),
        (t, Language::Nl) => format!("{head}; in {t} is er geen verschil."),
        (t, Language::En) => format!("{head}; in {t} there is no difference."),
    }
}

/// "Verschil (B − A) in punt-maanden: 10 %-punt −1,2; mediaan 3,4; 90 %-punt 8,9 (met de middenwaarden 3,5)."
pub fn difference_sentence(c: &Comparison, lang: Language) -> String {
    let n = |v: f64| format_number_in(v, 1, lang);
    match lang {
        Language::Nl => format!(
            "Verschil (B − A) in punt-maanden: 10 %-punt {}; mediaan {}; 90 %-punt {} (met de middenwaarden {}).",
            n(c.difference_p10),
            n(c.difference_p50),
            n(c.difference_p90),
            n(c.central_difference)
        ),
        Language::En => format!(
            "Difference (B − A) in point-months: 10th percentile {}; median {}; 90th percentile {} (at the \
             central values {}).",
            n(c.difference_p10),
            n(c.difference_p50),
            n(c.difference_p90),
            n(c.central_difference)
        ),
    }
}

/// "sterkte van het verband Stress → Welbevinden" or "effect van Grow It! app op Stress".
pub fn assumption_label(assumption: &Assumption, project: &Project, lang: Language) -> String {
    let var = |id: &crate::model::VariableId| super::model_names::variable_name_in(project, id, lang).to_owned();
    match assumption {
        Assumption::Link { from, to, .. } => {
            format!("{} {} → {}", lang.pick("sterkte van het verband", "strength of the link"), var(from), var(to))
        }
        Assumption::Effect { intervention, target } => {
            let name = find_intervention(project, intervention).map_or_else(
                || intervention.to_string(),
                |i| super::catalogue::intervention_name(&i.id, &i.name, lang).to_owned(),
            );
            match lang {
                Language::Nl => format!("effect van {name} op {}", var(target)),
                Language::En => format!("effect of {name} on {}", var(target)),
            }
        }
    }
}

/// "De aannames die het meest uitmaken: 1. …; 2. …; 3. …." (at most `n`), or that none matters.
pub fn top_assumptions_sentence(s: &Sensitivity, project: &Project, n: usize, lang: Language) -> String {
    let items: Vec<String> = s
        .top(n)
        .enumerate()
        .map(|(k, bar)| {
            format!(
                "{}. {} ({} {})",
                k + 1,
                assumption_label(&bar.assumption, project, lang),
                lang.pick("uitslag", "swing"),
                format_number_in(bar.swing, 1, lang)
            )
        })
        .collect();
    let sentence = if items.is_empty() {
        lang.pick(
            "Geen enkele aanname verandert het effect van dit plan.",
            "No assumption changes the effect of this plan.",
        )
        .to_owned()
    } else {
        let head = lang.pick(
            "De aannames die het meest uitmaken (eerst uitzoeken of volgen)",
            "The assumptions that matter most (find out or monitor first)",
        );
        format!("{head}: {}.", items.join("; "))
    };
    match screening_sentence(s, lang) {
        Some(note) => format!("{sentence} {note}"),
        None => sentence,
    }
}

/// "(300 doorrekeningen in plaats van 1 000: …)": the default number of runs was lowered because more would not fit.
pub fn fewer_runs_sentence(runs: usize, default: usize, lang: Language) -> String {
    let n = |v: usize| format_number_in(v as f64, 0, lang);
    match lang {
        Language::Nl => format!(
            "({} doorrekeningen in plaats van {}: meer passen er voor dit model niet binnen enkele seconden.)",
            n(runs),
            n(default)
        ),
        Language::En => {
            format!("({} runs instead of {}: more do not fit within seconds for this model.)", n(runs), n(default))
        }
    }
}

/// Which links and intervention effects the tornado left out when not all fitted in one computation, or `None`
/// when it varied every one.
pub fn screening_sentence(s: &Sensitivity, lang: Language) -> Option<String> {
    let screening = s.screening?;
    let n = |v: usize| format_number_in(v as f64, 0, lang);
    let mut parts = Vec::new();
    if screening.links.is_partial() || screening.effects.is_partial() {
        parts.push(
            lang.pick(
                "Elke aanname apart doorrekenen kost voor dit model te veel tijd.",
                "Varying every assumption on its own takes too long for this model.",
            )
            .to_owned(),
        );
    }
    let kinds = [
        (screening.effects, lang.pick("effecten van interventies", "intervention effects")),
        (screening.links, lang.pick("verbanden", "links")),
    ];
    for (tally, what) in kinds.into_iter().filter(|(t, _)| t.analysed < t.total) {
        let (total, can_move, analysed) = (n(tally.total), n(tally.can_move), n(tally.analysed));
        parts.push(match (tally.is_partial(), lang) {
            (false, Language::Nl) => format!(
                "Van de {total} {what} zijn alleen de {can_move} ontleed die de uitkomst kunnen beïnvloeden; de \
                 andere veranderen het effect niet."
            ),
            (false, Language::En) => format!(
                "Of the {total} {what} only the {can_move} that can move the outcome were analysed; the others do \
                 not change the effect."
            ),
            (true, Language::Nl) => format!(
                "Van de {total} {what} kunnen er {can_move} de uitkomst beïnvloeden; daarvan zijn de {analysed} met \
                 de grootste onzekerheid ontleed."
            ),
            (true, Language::En) => format!(
                "Of the {total} {what}, {can_move} can move the outcome; of those, the {analysed} with the widest \
                 uncertainty were analysed."
            ),
        });
    }
    Some(parts.join(" "))
}

/// The robust optimiser's answer: what it maximised, what the choice gives, and how often it stays best.
pub fn robust_sentence(r: &RobustResult, outcome: &str, lang: Language) -> String {
    let n = |v: f64| format_number_in(v, 1, lang);
    let pct = |v: f64| format_number_in(100.0 * v, 0, lang);
    let runs = r.rivals;
    let (goal, value, expected) = match (r.goal, lang) {
        (RobustGoal::P10, Language::Nl) => {
            ("het hoogste 10 %-punt van het effect", n(r.objective), n(r.expected_choice_objective))
        }
        (RobustGoal::P10, Language::En) => {
            ("the highest 10th percentile of the effect", n(r.objective), n(r.expected_choice_objective))
        }
        (RobustGoal::BeatCurrent, Language::Nl) => (
            "de grootste kans om het huidige plan te verslaan",
            format!("{} %", pct(r.objective)),
            format!("{} %", pct(r.expected_choice_objective)),
        ),
        (RobustGoal::BeatCurrent, Language::En) => (
            "the highest probability of beating the current plan",
            format!("{}%", pct(r.objective)),
            format!("{}%", pct(r.expected_choice_objective)),
        ),
    };
    match lang {
        Language::Nl => format!(
            "Robuust gekozen op {goal} voor de {outcome}: {value} (de keuze met het beste verwachte effect: \
             {expected}). Effect van deze combinatie: 10 %-punt {}, mediaan {} punt-maanden; kans om het huidige \
             plan te verslaan {} %. In {} % van de doorrekeningen blijft deze combinatie de beste van de {runs} beste \
             gevonden combinaties. {}",
            n(r.p10_effect),
            n(r.p50_effect),
            pct(r.probability_beats_current),
            pct(r.stays_best_share),
            if r.proven_optimal {
                "Alle combinaties zijn doorgerekend: dit is bewezen de beste bij deze trekkingen."
            } else {
                "Niet alle combinaties zijn doorgerekend: dit is de beste gevonden, niet bewezen de beste."
            }
        ),
        Language::En => format!(
            "Robust choice on {goal} for the {outcome}: {value} (the choice with the best expected effect: \
             {expected}). Effect of this combination: 10th percentile {}, median {} point-months; probability of \
             beating the current plan {}%. In {}% of the runs this combination stays the best of the {runs} best \
             combinations found. {}",
            n(r.p10_effect),
            n(r.p50_effect),
            pct(r.probability_beats_current),
            pct(r.stays_best_share),
            if r.proven_optimal {
                "Every combination was computed: this is proven the best for these draws."
            } else {
                "Not every combination was computed: this is the best found, not proven the best."
            }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::summarise;

    #[test]
    fn the_sentence_counts_wins_and_ties() {
        let c = summarise(vec![0.0, 0.0, 1.0, 2.0], vec![1.0, 0.0, 3.0, 1.0], 0.5, 1);
        assert_eq!(
            comparison_sentence(&c, "Plan A", "Plan B", Language::Nl),
            "In 2 van de 4 doorrekeningen doet Plan B het beter dan Plan A; in 1 is er geen verschil."
        );
        let same = summarise(vec![1.0; 3], vec![1.0; 3], 0.0, 1);
        assert_eq!(comparison_sentence(&same, "A", "B", Language::En), "A and B do exactly as well in all 3 runs.");
        assert!(difference_sentence(&c, Language::Nl).starts_with("Verschil (B − A)"));
    }

    #[test]
    fn the_screening_sentence_says_what_was_left_out_and_why() {
        use crate::plan::{Screening, Tally};
        let tally = |analysed, can_move, total| Tally { analysed, can_move, total };
        let with = |screening| Sensitivity {
            central_effect: 1.0,
            bars: Vec::new(),
            variance: None,
            variance_runs: 0,
            screening,
        };
        assert_eq!(screening_sentence(&with(None), Language::Nl), None);
        let partial = with(Some(Screening { links: tally(139, 29_000, 30_000), effects: tally(4, 4, 4) }));
        assert_eq!(
            screening_sentence(&partial, Language::Nl).unwrap(),
            "Elke aanname apart doorrekenen kost voor dit model te veel tijd. Van de 30.000 verbanden \
             kunnen er 29.000 de uitkomst beïnvloeden; daarvan zijn de 139 met de grootste onzekerheid ontleed."
        );
        let exact = with(Some(Screening { links: tally(20, 20, 30), effects: tally(1, 1, 2) }));
        assert_eq!(
            screening_sentence(&exact, Language::En).unwrap(),
            "Of the 2 intervention effects only the 1 that can move the outcome were analysed; the others do not \
             change the effect. Of the 30 links only the 20 that can move the outcome were analysed; the others do \
             not change the effect."
        );
        assert!(top_assumptions_sentence(&partial, &Project::default(), 3, Language::Nl).ends_with("ontleed."));
        assert_eq!(
            fewer_runs_sentence(145, 1000, Language::En),
            "(145 runs instead of 1,000: more do not fit within seconds for this model.)"
        );
    }
}
