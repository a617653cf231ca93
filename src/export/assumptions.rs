//! The report's section "Aannames": every voorbeeldwaarde (illustrative cost or effect from the catalogue) that a
//! plan uses, with its value and the plans that use it, so that the council sees what still has to be filled in.

use crate::export::document::{Block, Table};
use crate::model::{InterventionId, Project};
use crate::plan::find_intervention;
use crate::text::{format_eur, format_number};
use std::collections::BTreeMap;

/// One intervention whose catalogue values a plan uses unchanged.
struct Used<'a> {
    name: &'a str,
    cost: bool,
    effects: bool,
    plans: Vec<&'a str>,
}

/// Appends the section "{number}. Aannames".
pub fn assumptions_section(blocks: &mut Vec<Block>, project: &Project, number: usize) {
    blocks.push(Block::Heading(format!("{number}. Aannames")));
    let mut used: BTreeMap<&InterventionId, Used<'_>> = BTreeMap::new();
    for plan in &project.plans {
        for item in &plan.items {
            let Some(intervention) = find_intervention(project, &item.intervention) else { continue };
            if !intervention.example_values || (item.cost.is_some() && item.effects.is_some()) {
                continue;
            }
            let entry = used.entry(&intervention.id).or_insert(Used {
                name: &intervention.name,
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
        blocks.push(Block::Paragraph(
            "De planvarianten gebruiken geen voorbeeldwaarden: alle bedragen en effecten zijn door de gemeente \
             ingevuld."
                .to_owned(),
        ));
        return;
    }
    blocks.push(Block::Paragraph(
        "De volgende bedragen en effecten zijn voorbeeldwaarden uit de catalogus, geen gemeten of begrote waarden. \
         Vervang ze door eigen cijfers voordat het plan wordt vastgesteld."
            .to_owned(),
    ));
    let mut table = Table {
        headers: vec!["Interventie".into(), "Voorbeeldwaarde".into(), "Waarde".into(), "Gebruikt in".into()],
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
                "kosten".into(),
                format!(
                    "{} eenmalig, {} per jaar bij 100 % bereik",
                    format_eur(cost.one_off_eur),
                    format_eur(cost.per_year_eur)
                ),
                plans.clone(),
            ]);
        }
        if u.effects {
            for effect in &intervention.effects {
                let target = project.variable(&effect.target).map_or(effect.target.as_str(), |v| v.name.as_str());
                let sign = if effect.points >= 0.0 { "+" } else { "−" };
                table.rows.push(vec![
                    u.name.to_owned(),
                    format!("effect op {target}"),
                    format!("{sign}{} punten", format_number(effect.points.abs(), 1)),
                    plans.clone(),
                ]);
            }
        }
    }
    blocks.push(Block::Table(table));
}
