//! The report section "Hoe zeker is dit?": plan A against plan B under uncertainty (the same draws for both,
//! without and with the first crisis scenario), the tornado of plan B and the three assumptions that matter most
//! for every plan variant. Only the document model's own elements are used.

use crate::export::document::{BarChart, Block, Rgb, Series, Table};
use crate::model::{Plan, PlanId, Project};
use crate::plan::{
    CompareRequest, Outcome, PlanError, SensitivityRequest, compare, compare_runs_per_draw, sensitivity_within,
};
use crate::sim::monte_carlo::Progress;
use crate::text::report_words::{self as words, Section, Word, word};
use crate::text::uncertainty::{
    assumption_label, comparison_sentence, difference_sentence, fewer_runs_sentence, top_assumptions_sentence,
};
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
    let crisis = project.scenarios.iter().find(|s| !s.shocks.is_empty());
    let share = match Share::of(project, crisis.is_some()) {
        Ok(share) => share,
        Err(e) => {
            let why = crate::text::errors::plan_error(&e, lang);
            blocks.push(Block::Paragraph(words::uncertainty_too_large(lang, &why)));
            return Ok(());
        }
    };
    blocks.push(Block::Paragraph(words::uncertainty_intro(lang, share.compare_runs, seed)));
    if share.compare_runs < REPORT_RUNS {
        blocks.push(Block::Note(fewer_runs_sentence(share.compare_runs, REPORT_RUNS, lang)));
    }
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
            runs: share.compare_runs,
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
        let s = match sensitivity_within(project, plan, &request, &Progress::new(), share.tornado_runs) {
            Ok(s) => s,
            Err(e @ PlanError::TooManyRuns { .. }) => {
                let why = crate::text::errors::plan_error(&e, lang);
                blocks.push(Block::Paragraph(format!("{}: {why}", plan.name)));
                continue;
            }
            Err(e) => return Err(e.to_string()),
        };
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

/// Fewest draws per comparison worth a paragraph in the council's document.
const MIN_REPORT_RUNS: usize = 20;

/// How the section shares its work: half of one command's ([`crate::model::rules::MAX_COMMAND_WORK`]; the plan
/// report in the same document does the other half's worth), of that half for the comparisons (both plans per
/// draw, and with a crisis also the reference), the rest in equal parts for the tornado of every plan, which screens
/// its assumptions when they do not all fit ([`crate::plan::Screening`]).
struct Share {
    /// Draws per comparison: [`REPORT_RUNS`], or fewer for a large model.
    compare_runs: usize,
    /// Runs of the model for the tornado of each plan.
    tornado_runs: u64,
}

impl Share {
    /// The share for `project`, or why the section cannot be computed (not even [`MIN_REPORT_RUNS`] draws fit).
    fn of(project: &Project, with_crisis: bool) -> Result<Self, PlanError> {
        let budget = PlanError::max_runs(project) / 2;
        // Per draw of the comparisons: without the crisis, and with it when there is one.
        let per_draw = compare_runs_per_draw(false) + if with_crisis { compare_runs_per_draw(true) } else { 0 };
        let compare_runs = REPORT_RUNS.min(usize::try_from(budget / 2 / per_draw).unwrap_or(usize::MAX));
        if compare_runs < MIN_REPORT_RUNS {
            return Err(PlanError::TooManyRuns { runs: 2 * MIN_REPORT_RUNS as u64 * per_draw, max_runs: budget });
        }
        let left = budget - compare_runs as u64 * per_draw;
        Ok(Self { compare_runs, tornado_runs: left / project.plans.len().max(1) as u64 })
    }
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

    fn example_with_step(dt_months: f64, method: crate::model::SimMethod) -> Project {
        let mut project =
            crate::io::parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).unwrap();
        project.settings.dt_months = dt_months;
        project.settings.method = method;
        project
    }

    fn paragraphs(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) | Block::Note(p) => Some(p.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_large_model_gets_fewer_draws_and_a_screened_tornado_within_one_commands_work() {
        // The smallest time step makes every run a hundred times longer: 524 runs fit in one command, the section
        // takes half, not the 2 000 it asks for at full size.
        let project = example_with_step(crate::model::rules::DT_MONTHS.min, crate::model::SimMethod::Euler);
        let share = Share::of(&project, true).unwrap();
        assert_eq!((share.compare_runs, share.tornado_runs), (26, 66));
        let mut blocks = Vec::new();
        uncertainty_section(&mut blocks, &project, 6, Language::Nl).unwrap();
        let text = paragraphs(&blocks);
        assert!(text.iter().any(|p| p.contains("plannen 26 keer doorgerekend")), "{text:#?}");
        assert!(text.iter().any(|p| p.starts_with("(26 doorrekeningen in plaats van 200")), "{text:#?}");
        let table = blocks.iter().find_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).unwrap();
        assert_eq!(table.rows.len(), 2, "without and with the crisis");
        let screened = text.iter().filter(|p| p.contains("met de grootste onzekerheid ontleed")).count();
        assert_eq!(screened, 2, "both plans' tornados say what they left out: {text:#?}");
    }

    #[test]
    fn a_model_too_large_for_the_section_gets_a_note_instead_of_minutes_of_runs() {
        // RK4 on top: four times the work per run, 131 runs in one command, not the 20 draws the section needs at
        // least.
        let project = example_with_step(crate::model::rules::DT_MONTHS.min, crate::model::SimMethod::Rk4);
        assert!(Share::of(&project, true).is_err());
        let mut blocks = Vec::new();
        uncertainty_section(&mut blocks, &project, 6, Language::Nl).unwrap();
        assert!(!blocks.iter().any(|b| matches!(b, Block::Table(_) | Block::BarChart(_))), "nothing was computed");
        let skipped =
            |b: &Block| matches!(b, Block::Paragraph(p) if p.contains("rekent het rapport dit deel niet door"));
        assert!(blocks.iter().any(skipped), "the reader is told why: {blocks:?}");
        assert!(!paragraphs(&blocks).iter().any(|p| p.contains("keer doorgerekend")), "no claim of runs made");
        // The comparison itself refuses as many runs, with the numbers, instead of running for minutes.
        let (a, b) = (&project.plans[0], &project.plans[1]);
        let request = CompareRequest { outcome: Outcome::Index, scenario: None, runs: 100_000, seed: 1, threads: 0 };
        let refused = compare(&project, a, b, &request, &Progress::new()).unwrap_err();
        assert!(matches!(refused, PlanError::TooManyRuns { runs: 200_000, .. }), "{refused:?}");
    }
}
