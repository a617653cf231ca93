//! The report's section "Aannames": every voorbeeldwaarde (illustrative cost or effect from the catalogue) that a
//! plan uses, with its value and the plans that use it, so that the council sees what still has to be filled in.

use crate::export::document::{Block, Table};
use crate::model::{InterventionId, Project};
use crate::plan::find_intervention;
use crate::text::Language;
use crate::text::report_words::{self as words, Section, Word, word};
use std::collections::BTreeMap;

/// One intervention whose catalogue values a plan uses unchanged.
struct Used<'a> {
    name: &'a str,
    cost: bool,
    effects: bool,
    plans: Vec<&'a str>,
}

/// Appends the section "{number}. Aannames".
pub fn assumptions_section(blocks: &mut Vec<Block>, project: &Project, number: usize, lang: Language) {
    blocks.push(Block::Heading(words::section(lang, number, Section::Assumptions)));
    let mut used: BTreeMap<&InterventionId, Used<'_>> = BTreeMap::new();
    for plan in &project.plans {
        for item in &plan.items {
            let Some(intervention) = find_intervention(project, &item.intervention) else { continue };
            if !intervention.example_values || (item.cost.is_some() && item.effects.is_some()) {
                continue;
            }
            let entry = used.entry(&intervention.id).or_insert(Used {
                name: crate::text::catalogue::intervention_name(&intervention.id, &intervention.name, lang),
                cost: false,
                effects: false,
                plans: Vec::new(),
            });
            entry.cost |= item.cost.is_none();
            entry.effects |= item.effects.is_none();
            if !entry.plans.contains(&plan.name.as_str()) {
                entry.plans.push(&plan.name);
            }
        }
    }
    if used.is_empty() {
        blocks.push(Block::Paragraph(word(lang, Word::NoExampleValues).to_owned()));
        return;
    }
    blocks.push(Block::Paragraph(word(lang, Word::ExampleValuesIntro).to_owned()));
    let mut table = Table {
        headers: [Word::Intervention, Word::ExampleValue, Word::Value, Word::UsedIn]
            .map(|w| word(lang, w).to_owned())
            .to_vec(),
        right_aligned: vec![false, false, false, false],
        ..Table::default()
    };
    for (id, u) in &used {
        let Some(intervention) = find_intervention(project, id) else { continue };
        let plans = u.plans.join(", ");
        if u.cost {
            let cost = intervention.cost;
            table.rows.push(vec![
                u.name.to_owned(),
                word(lang, Word::Cost).into(),
                words::example_cost(lang, cost.one_off_eur, cost.per_year_eur),
                plans.clone(),
            ]);
        }
        if u.effects {
            for effect in &intervention.effects {
                let target = crate::text::model_names::variable_name_in(project, &effect.target, lang);
                let sign = if effect.points >= 0.0 { "+" } else { "−" };
                table.rows.push(vec![
                    u.name.to_owned(),
                    words::effect_on(lang, target),
                    words::points(lang, sign, effect.points.abs()),
                    plans.clone(),
                ]);
            }
        }
    }
    blocks.push(Block::Table(table));
}
