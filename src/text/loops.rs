//! A feedback loop as a sentence: "Meer stress → minder welbevinden → … → meer stress: een zichzelf versterkende
//! spiraal."

use super::Language;
use crate::analysis::loops::{self, FeedbackLoop, LoopDescription, LoopKind};
use crate::model::Project;

/// The sentence for a loop description.
pub fn loop_sentence(description: &LoopDescription, lang: Language) -> String {
    if description.steps.is_empty() {
        return String::new();
    }
    let (more, less) = lang.pick(("meer", "minder"), ("more", "less"));
    let parts: Vec<String> =
        description.steps.iter().map(|step| format!("{} {}", if step.more { more } else { less }, step.name)).collect();
    let mut sentence = parts.join(" → ");
    if let Some(first) = sentence.get(..1) {
        sentence = first.to_uppercase() + &sentence[1..];
    }
    let ending = match (lang, description.kind) {
        (Language::Nl, LoopKind::Reinforcing) => "een zichzelf versterkende spiraal.",
        (Language::Nl, LoopKind::Balancing) => "een zichzelf afremmende (balancerende) kringloop.",
        (Language::En, LoopKind::Reinforcing) => "a self-reinforcing spiral.",
        (Language::En, LoopKind::Balancing) => "a self-correcting (balancing) loop.",
    };
    format!("{sentence}: {ending}")
}

/// The sentence for loop `l` of `project`.
/// The built-in model's variables are called by their English names in English (see [`super::model_names`]).
pub fn describe_loop(project: &Project, l: &FeedbackLoop, lang: Language) -> String {
    let description =
        loops::describe_loop_named(project, l, |v| super::model_names::variable_name(&v.id, &v.name, lang));
    loop_sentence(&description, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::loops::LoopStep;

    fn description(kind: LoopKind, steps: &[(bool, &str)]) -> LoopDescription {
        LoopDescription {
            kind,
            steps: steps.iter().map(|(more, name)| LoopStep { more: *more, name: (*name).to_owned() }).collect(),
        }
    }

    #[test]
    fn the_built_in_model_s_loops_read_in_english_with_english_names() {
        let project = crate::io::default_project();
        let report = crate::analysis::loops::find_loops(&project, 100);
        let stress_loop = report.loops.iter().find(|l| l.variables.iter().any(|v| v.as_str() == "welbevinden"));
        let stress_loop = stress_loop.expect("a loop through welbevinden");
        let english = describe_loop(&project, stress_loop, Language::En);
        assert!(english.contains("well-being"), "{english}");
        assert!(!english.contains("welbevinden"), "{english}");
        let dutch = describe_loop(&project, stress_loop, Language::Nl);
        assert!(dutch.contains("welbevinden"), "{dutch}");
    }

    #[test]
    fn sentences_in_both_languages() {
        let d = description(LoopKind::Reinforcing, &[(true, "stress"), (false, "welbevinden"), (true, "stress")]);
        assert_eq!(
            loop_sentence(&d, Language::Nl),
            "Meer stress → minder welbevinden → meer stress: een zichzelf versterkende spiraal."
        );
        assert_eq!(
            loop_sentence(&d, Language::En),
            "More stress → less welbevinden → more stress: a self-reinforcing spiral."
        );
        let b = description(LoopKind::Balancing, &[(false, "hulp"), (true, "hulp")]);
        assert!(loop_sentence(&b, Language::Nl).ends_with("een zichzelf afremmende (balancerende) kringloop."));
        assert_eq!(loop_sentence(&description(LoopKind::Balancing, &[]), Language::En), "");
    }
}
