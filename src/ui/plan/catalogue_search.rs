//! Finding interventions by what they do: the search looks at the name, description, target group and databank,
//! and also at the settings (themes), the names of the variables the intervention acts on, and the everyday words a
//! policy maker types ("eenzaamheid", "schulden", "jongeren", "armoede"), each mapped to the model's terms. Every
//! word of the search must match. When nothing matches, [`closest`] offers the interventions nearest to the search.

use super::catalogue_panel::setting_label;
use crate::model::{Intervention, Project};
use crate::text::Language;
use crate::text::model_names::variable_name_in;

/// Everyday words and the terms of the model and catalogue they stand for (lower case; a word matches a text that
/// contains the word itself or one of its terms).
const WORDS: &[(&str, &[&str])] = &[
    ("eenzaam", &["sociaal netwerk", "ontmoeting", "community support", "contact", "lotgenoten", "buurt"]),
    ("lonel", &["sociaal netwerk", "ontmoeting", "community support", "contact"]),
    ("schuld", &["bestaanszekerheid", "geldzorgen", "financ", "schuldhulp", "inkomen", "armoede"]),
    ("debt", &["bestaanszekerheid", "geldzorgen", "financ", "schuldhulp"]),
    ("armoede", &["bestaanszekerheid", "inkomen", "minima", "geldzorgen", "schuld"]),
    ("poverty", &["bestaanszekerheid", "inkomen", "minima"]),
    ("geld", &["bestaanszekerheid", "inkomen", "financ", "schuld"]),
    ("jongeren", &["jeugd", "jongere", "school", "student", "scholier", "leerling", "kinderen", "tiener"]),
    ("jeugd", &["jongere", "school", "student", "kinderen", "leerling"]),
    ("young", &["jeugd", "jongere", "school", "student", "kinderen"]),
    ("kinderen", &["kind", "ouder", "opvoed", "gezin", "school", "jeugd"]),
    ("ouders", &["ouder", "opvoed", "gezin", "kind"]),
    ("werk", &["opleiding", "baan", "werkloos", "arbeid"]),
    ("somber", &["mentale problemen", "welbevinden", "depress", "stress"]),
    ("ggz", &["mentale problemen", "professionele hulp", "wachttijd", "psych"]),
    ("hulp", &["weg naar hulp", "professionele hulp", "loket", "toegang"]),
    ("buurt", &["wijk", "ontmoeting", "community", "bewoners"]),
];

/// What a search word may match: the word itself and the terms it stands for.
fn alternatives(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    for (key, terms) in WORDS {
        if word.contains(key) || key.contains(word) && word.len() >= 4 {
            out.extend_from_slice(terms);
        }
    }
    out
}

/// All the text an intervention can be found by, lower case.
pub fn haystack(project: &Project, i: &Intervention) -> String {
    let mut parts: Vec<String> = vec![i.name.clone(), i.description.clone(), i.target_group.clone()];
    parts.extend(i.databank.clone());
    for language in [Language::Nl, Language::En] {
        parts.extend(i.settings.iter().map(|s| setting_label(*s, language).to_owned()));
    }
    // The English texts of a built-in item, so that it is found in either language.
    parts.push(crate::text::catalogue::intervention_name(&i.id, &i.name, Language::En).to_owned());
    parts.push(crate::text::catalogue_texts::intervention_description(&i.id, &i.description, Language::En).to_owned());
    parts
        .push(crate::text::catalogue_texts::intervention_target_group(&i.id, &i.target_group, Language::En).to_owned());
    for effect in &i.effects {
        parts.push(project.variable(&effect.target).map_or_else(|| effect.target.to_string(), |v| v.name.clone()));
        parts.push(variable_name_in(project, &effect.target, Language::En).to_owned());
        parts.push(effect.target.as_str().replace('_', " "));
    }
    parts.join(" \n ").to_lowercase()
}

/// True when every word of `search` (or a term it stands for) occurs in `haystack`.
pub fn matches_words(haystack: &str, search: &str) -> bool {
    search.to_lowercase().split_whitespace().all(|word| alternatives(word).iter().any(|alt| haystack.contains(alt)))
}

fn trigrams(text: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// The (at most `n`) interventions whose text shares most of the search's letter triples (typos, half words).
pub fn closest<'a>(project: &Project, all: &[&'a Intervention], search: &str, n: usize) -> Vec<&'a Intervention> {
    let wanted = trigrams(&search.to_lowercase());
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, &'a Intervention)> = all
        .iter()
        .map(|i| {
            let hay = trigrams(&haystack(project, i));
            (wanted.iter().filter(|t| hay.contains(t)).count(), *i)
        })
        .filter(|(score, _)| *score > 0)
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.name.cmp(&b.1.name)));
    scored.into_iter().take(n).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::all_interventions;

    fn found(search: &str) -> Vec<String> {
        let project = crate::io::default_project();
        let all = all_interventions(&project);
        all.iter().filter(|i| matches_words(&haystack(&project, i), search)).map(|i| i.name.clone()).collect()
    }

    #[test]
    fn everyday_words_find_interventions() {
        for word in ["eenzaamheid", "schulden", "jongeren", "armoede", "Sociaal netwerk", "school"] {
            assert!(!found(word).is_empty(), "{word:?} finds nothing");
        }
        assert!(found("xyzzy").is_empty());
    }

    #[test]
    fn a_typo_still_offers_the_closest() {
        let project = crate::io::default_project();
        let all = all_interventions(&project);
        let near = closest(&project, &all, "ervaringscafe", 3);
        assert!(
            near.iter().any(|i| i.name.contains("Ervaringscaf")),
            "{:?}",
            near.iter().map(|i| &i.name).collect::<Vec<_>>()
        );
    }
}
