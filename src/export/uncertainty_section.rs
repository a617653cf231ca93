//! The report section "Hoe zeker is dit?": plan A against plan B under uncertainty (the same draws for both,
//! without and with the first crisis scenario), the tornado of plan B and the three assumptions that matter most
//! for every plan variant. Only the document model's own elements are used.

use crate::export::document::{BarChart, Block, Rgb, Series, Table};
use crate::model::{Plan, PlanId, Project};
use crate::plan::{CompareRequest, Outcome, SensitivityRequest, compare, sensitivity};
use crate::sim::monte_carlo::Progress;
use crate::text::report_words::{self as words, Section, Word, word};
use crate::text::uncertainty::{assumption_label, comparison_sentence, difference_sentence, top_assumptions_sentence};
use crate::text::{Language, format_number_in, format_percent_in};

/// Draws per comparison in the report.
pub const REPORT_RUNS: usize = 200;
/// Bars of the tornado in the report.
const TORNADO_BARS: usize = 8;
const TORNADO_COLOR: Rgb = Rgb(211, 132, 0);

/// Appends the section (numbered `number`). Errors (Dutch) when a plan cannot be simulated.
pub fn uncertainty_section(
    blocks: &mut Vec<Block>,
    project: &Project,
    number: usize,
    lang: Language,
) -> Result<(), String> {
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(words::section(lang, number, Section::Uncertainty)));
    let Some(first) = project.plans.first() else {
        blocks.push(Block::Paragraph(word(lang, Word::NoPlanVariant).into()));
        return Ok(());
    };
    let seed = project.settings.monte_carlo_seed;
    blocks.push(Block::Paragraph(words::uncertainty_intro(lang, REPORT_RUNS, seed)));
    let (a, b) = match project.plans.get(1) {
        Some(second) => (first.clone(), second.clone()),
        None => (
            Plan {
                id: PlanId::new("referentie"),
                name: word(lang, Word::TheReference).into(),
                items: Vec::new(),
                ..first.clone()
            },
            first.clone(),
        ),
    };
    let crisis = project.scenarios.iter().find(|s| !s.shocks.is_empty());
    if let Err(e) = crate::plan::PlanError::check_runs(project, section_runs(project, crisis.is_some())) {
        let why = crate::text::errors::plan_error(&e, lang);
        blocks.push(Block::Paragraph(words::uncertainty_too_large(lang, &why)));
        return Ok(());
    }
    let mut table = Table {
        headers: vec![
            word(lang, Word::Situation).into(),
            words::chance_better(lang, &b.name),
            word(lang, Word::Difference10).into(),
            word(lang, Word::Median).into(),
            word(lang, Word::Difference90).into(),
        ],
        right_aligned: vec![false, true, true, true, true],
        ..Table::default()
    };
    blocks.push(Block::Subheading(words::against(lang, &a.name, &b.name)));
    for scenario in std::iter::once(None).chain(crisis.map(Some)) {
        let request = CompareRequest {
            outcome: Outcome::Index,
            scenario: scenario.cloned(),
            runs: REPORT_RUNS,
            seed,
            threads: 0,
        };
        let c = compare(project, &a, &b, &request, &Progress::new()).map_err(|e| e.to_string())?;
        let situation = scenario.map_or_else(
            || word(lang, Word::WithoutCrisis).to_owned(),
            |s| words::with(lang, crate::text::model_names::scenario_name(&s.id, &s.name, lang)),
        );
        blocks.push(Block::Paragraph(format!("{situation}: {}", comparison_sentence(&c, &a.name, &b.name, lang))));
        table.rows.push(vec![
            situation,
            format_percent_in(100.0 * c.probability_b_better, 0, lang),
            format_number_in(c.difference_p10, 1, lang),
            format_number_in(c.difference_p50, 1, lang),
            format_number_in(c.difference_p90, 1, lang),
        ]);
        if scenario.is_none() {
            blocks.push(Block::Note(difference_sentence(&c, lang)));
        }
    }
    blocks.push(Block::Table(table));
    blocks.push(Block::Note(word(lang, Word::DifferenceNote).into()));
    blocks.push(Block::Subheading(word(lang, Word::WhichAssumptions).into()));
    let request = SensitivityRequest { outcome: Outcome::Index, scenario: None, variance_runs: 0, seed, threads: 0 };
    for (k, plan) in project.plans.iter().enumerate() {
        let s = sensitivity(project, plan, &request, &Progress::new()).map_err(|e| e.to_string())?;
        blocks.push(Block::Paragraph(format!("{}: {}", plan.name, top_assumptions_sentence(&s, project, 3, lang))));
        if plan.id == b.id || (k == 0 && project.plans.len() == 1) {
            let top: Vec<_> = s.top(TORNADO_BARS).collect();
            if !top.is_empty() {
                blocks.push(Block::BarChart(BarChart {
                    title: words::swing_title(lang, &plan.name),
                    y_label: word(lang, Word::Swing).into(),
                    categories: (1..=top.len()).map(|n| n.to_string()).collect(),
                    series: vec![Series {
                        name: word(lang, Word::Swing).into(),
                        color: TORNADO_COLOR,
                        values: top.iter().map(|b| b.swing).collect(),
                    }],
                    limits: None,
                }));
                blocks.push(Block::Bullets(
                    top.iter()
                        .enumerate()
                        .map(|(n, bar)| {
                            let label = assumption_label(&bar.assumption, project, lang);
                            words::swing_item(lang, n + 1, &label, bar.effect_low, bar.effect_high)
                        })
                        .collect(),
                ));
            }
        }
    }
    blocks.push(Block::Note(word(lang, Word::SwingNote).into()));
    Ok(())
}

/// Runs of the model this section makes: the comparison without and with the crisis (both plans, and the reference
/// with a crisis), and per plan two runs for every link and every effect of its interventions.
fn section_runs(project: &Project, with_crisis: bool) -> u64 {
    let comparison = REPORT_RUNS as u64 * if with_crisis { 2 + 3 } else { 2 };
    let links = project.links.len() as u64;
    let sensitivity: u64 = project
        .plans
        .iter()
        .map(|plan| {
            let effects: u64 = plan
                .items
                .iter()
                .filter_map(|item| crate::plan::find_intervention(project, &item.intervention))
                .map(|i| i.effects.len() as u64)
                .sum();
            2 * (links + effects)
        })
        .sum();
    comparison + sensitivity
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_section_compares_the_plans_and_names_the_assumptions() {
        let project = crate::io::parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).unwrap();
        let mut blocks = Vec::new();
        uncertainty_section(&mut blocks, &project, 6, Language::Nl).unwrap();
        assert_eq!(blocks[1], Block::Heading("6. Hoe zeker is dit?".into()));
        let paragraphs: Vec<&str> =
            blocks.iter().filter_map(|b| if let Block::Paragraph(p) = b { Some(p.as_str()) } else { None }).collect();
        assert!(paragraphs.iter().any(|p| p.starts_with("Zonder crisis: In ") && p.contains("doorrekeningen doet")));
        assert!(paragraphs.iter().any(|p| p.starts_with("Met Nieuwe crisis: ")));
        assert_eq!(paragraphs.iter().filter(|p| p.contains("De aannames die het meest uitmaken")).count(), 2);
        let chart = blocks.iter().find_map(|b| if let Block::BarChart(c) = b { Some(c) } else { None }).unwrap();
        let swings = &chart.series[0].values;
        assert!(swings.windows(2).all(|w| w[0] >= w[1]) && swings[0] > 0.0, "largest swing first");
        let table = blocks.iter().find_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).unwrap();
        assert_eq!(table.rows.len(), 2, "without and with the crisis");
    }

    #[test]
    fn a_model_too_large_for_the_section_gets_a_note_instead_of_minutes_of_runs() {
        let mut project =
            crate::io::parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).unwrap();
        // The smallest time step makes every run a hundred times longer: the section's runs no longer fit.
        project.settings.dt_months = crate::model::rules::DT_MONTHS.min;
        assert!(crate::plan::PlanError::check_runs(&project, section_runs(&project, true)).is_err());
        let mut blocks = Vec::new();
        uncertainty_section(&mut blocks, &project, 6, Language::Nl).unwrap();
        assert!(!blocks.iter().any(|b| matches!(b, Block::Table(_) | Block::BarChart(_))), "nothing was computed");
        let skipped =
            |b: &Block| matches!(b, Block::Paragraph(p) if p.contains("rekent het rapport dit deel niet door"));
        assert!(blocks.iter().any(skipped), "the reader is told why: {blocks:?}");
        // The comparison itself refuses as many runs, with the numbers, instead of running for minutes.
        let (a, b) = (&project.plans[0], &project.plans[1]);
        let request = CompareRequest { outcome: Outcome::Index, scenario: None, runs: 100_000, seed: 1, threads: 0 };
        let refused = compare(&project, a, b, &request, &Progress::new()).unwrap_err();
        assert!(matches!(refused, crate::plan::PlanError::TooManyRuns { runs: 200_000, .. }), "{refused:?}");
    }
}
