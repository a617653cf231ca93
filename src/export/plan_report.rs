//! The printable plan for the council: builds a [`Document`] from a project (model, loops, plan variants, budgets,
//! effects, cost-effectiveness, crisis stress test, method). Pure: no files, no GUI.

use crate::analysis::loops::{DEFAULT_LOOP_CAP, LoopKind, find_loops};
use crate::export::document::{BarChart, Block, Document, LineChart, Rgb, Series, Table};
use crate::model::{Plan, Project};
use crate::plan::{
    Evaluator, Outcome, OutcomeModel, budget_table, cost_effectiveness, find_intervention, plan_effect, plan_inputs,
    plan_months,
};
use crate::sim::{
    Compiled, Input, compile, resilience_triangle, scenario_inputs, shock_start_month, structural_resilience,
};
use crate::text::export_words::{CoverField, cover_label};
use crate::text::model_names::{scenario_name, variable_name_in};
use crate::text::report_words::{self as words, Section, Word, word};
use crate::text::{Language, describe_loop, format_eur_in, format_number_in, format_percent_in};

/// Colours for chart series, in order (the report's red, blue and grey first).
const SERIES_COLORS: [Rgb; 8] = [
    Rgb(192, 57, 43),
    Rgb(46, 109, 164),
    Rgb(127, 140, 141),
    Rgb(39, 174, 96),
    Rgb(211, 132, 0),
    Rgb(142, 68, 173),
    Rgb(22, 160, 133),
    Rgb(189, 195, 199),
];
const REFERENCE_COLOR: Rgb = Rgb(90, 96, 102);

fn color(i: usize) -> Rgb {
    SERIES_COLORS[i % SERIES_COLORS.len()]
}

/// The runs of the report: the plan module's [`Evaluator`] for the index, plus the compiled model for the
/// structural figures.
struct Runner {
    compiled: Compiled,
    lang: Language,
    /// `Err(reason)` when the project has no usable veerkrachtindex: the report then leaves out every effect.
    index: Result<Evaluator, String>,
    horizon_months: u32,
}

impl Runner {
    fn new(project: &Project, lang: Language) -> Result<Self, String> {
        let compiled = compile(project).map_err(|e| e.to_string())?;
        let longest_plan = project.plans.iter().map(plan_months).fold(0.0, f64::max);
        let index = Evaluator::new(project, &Outcome::Index, longest_plan)
            .map_err(|e| crate::text::errors::plan_error(&e, lang));
        let horizon_months = index.as_ref().map_or(project.settings.horizon_months, Evaluator::horizon_months);
        Ok(Self { compiled, lang, index, horizon_months })
    }

    fn index_series(&self, inputs: &[Input]) -> Result<Vec<f64>, String> {
        self.index.as_ref().map_err(Clone::clone)?.series(inputs).map_err(|e| e.to_string())
    }

    fn months(&self) -> Vec<f64> {
        (0..=self.horizon_months).map(f64::from).collect()
    }
}

/// Builds the printable plan in `lang`. Errors (Dutch) when the model cannot be simulated.
pub fn plan_document(project: &Project, lang: Language) -> Result<Document, String> {
    let runner = Runner::new(project, lang)?;
    // Without a gemeente's name the title is just "Veerkrachtplan 2026–2029" and the cover says it is not filled in.
    let gemeente = project.meta.gemeente.trim();
    let cover_gemeente = if gemeente.is_empty() { word(lang, Word::GemeenteNotGiven) } else { gemeente };
    let years =
        match (project.plans.iter().map(|p| p.first_year).min(), project.plans.iter().map(|p| p.last_year).max()) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => String::new(),
        };
    let mut doc = Document {
        title: words::title(lang, gemeente, &years),
        subtitle: project.meta.title.clone(),
        footer: words::footer(lang, gemeente),
        cover: vec![
            (cover_label(lang, CoverField::Gemeente).to_owned(), cover_gemeente.to_owned()),
            (cover_label(lang, CoverField::Version).to_owned(), format!("Veerkrachtplanner {}", crate::VERSION)),
        ],
        language: lang,
        blocks: Vec::new(),
    };
    let blocks = &mut doc.blocks;
    blocks.push(Block::Note(words::made_with(lang, crate::VERSION)));
    blocks.push(Block::Note(word(lang, Word::SourcesNote).to_owned()));
    let with_effects = runner.index.is_ok();
    if let Err(reason) = &runner.index {
        blocks.push(Block::Note(words::no_index(lang, reason)));
    }
    summary(blocks, project, &runner, with_effects)?;
    model_section(blocks, project, &runner);
    for (i, plan) in project.plans.iter().enumerate() {
        plan_section(blocks, project, plan, (i + 3, lang), with_effects)?;
    }
    let mut number = project.plans.len() + 3;
    if with_effects {
        crisis_section(blocks, project, &runner, number)?;
        number += 1;
        if !project.plans.is_empty() {
            super::uncertainty_section::uncertainty_section(blocks, project, number, lang)?;
            number += 1;
        }
    }
    crate::export::assumptions::assumptions_section(blocks, project, number, lang);
    method_section(blocks, project, number + 1, lang);
    Ok(doc)
}

fn summary(blocks: &mut Vec<Block>, project: &Project, runner: &Runner, with_effects: bool) -> Result<(), String> {
    let lang = runner.lang;
    blocks.push(Block::Heading(words::section(lang, 1, Section::Summary)));
    if !with_effects {
        let plans: Vec<String> = project
            .plans
            .iter()
            .map(|p| {
                let total = budget_table(project, p).map_or(f64::NAN, |b| b.total_eur);
                words::plan_total(lang, &p.name, (p.first_year, p.last_year), total)
            })
            .collect();
        if !plans.is_empty() {
            blocks.push(Block::Bullets(plans));
        }
        return Ok(());
    }
    if project.plans.is_empty() {
        blocks.push(Block::Paragraph(word(lang, Word::NoPlanYet).to_owned()));
        return Ok(());
    }
    let mut table = Table {
        headers: [
            Word::PlanVariant,
            Word::Period,
            Word::TotalCost,
            Word::EffectOnIndex,
            Word::EffectLastMonth,
            Word::WithinBudget,
        ]
        .map(|w| word(lang, w).to_owned())
        .to_vec(),
        right_aligned: vec![false, false, true, true, true, false],
        ..Table::default()
    };
    let mut series = vec![Series {
        name: word(lang, Word::Reference).into(),
        color: REFERENCE_COLOR,
        values: runner.index_series(&[])?,
    }];
    for (i, plan) in project.plans.iter().enumerate() {
        let budget = budget_table(project, plan).map_err(|e| e.to_string())?;
        let effect = plan_effect(project, plan, &Outcome::Index).map_err(|e| e.to_string())?;
        if budget.is_over_budget() {
            table.highlight_rows.push(i);
        }
        let over: Vec<String> = budget.over_budget_years.iter().map(ToString::to_string).collect();
        table.rows.push(vec![
            plan.name.clone(),
            format!("{}–{}", plan.first_year, plan.last_year),
            format_eur_in(budget.total_eur, lang),
            format_number_in(effect.area, 1, lang),
            format_number_in(effect.end_effect, 2, lang),
            if over.is_empty() { word(lang, Word::Yes).into() } else { words::over_budget_cell(lang, &over) },
        ]);
        series.push(Series {
            name: plan.name.clone(),
            color: color(i + 1),
            values: runner.index_series(&plan_inputs(project, plan).map_err(|e| e.to_string())?)?,
        });
    }
    blocks.push(Block::Table(table));
    blocks.push(Block::LineChart(LineChart {
        title: word(lang, Word::IndexChartTitle).into(),
        x_label: word(lang, Word::MonthsFromStart).into(),
        y_label: word(lang, Word::IndexAxisHigherBetter).into(),
        x: runner.months(),
        series,
        band: None,
    }));
    blocks.push(Block::Note(word(lang, Word::IndexNote).into()));
    Ok(())
}

fn model_section(blocks: &mut Vec<Block>, project: &Project, runner: &Runner) {
    let lang = runner.lang;
    blocks.push(Block::Heading(words::section(lang, 2, Section::Model)));
    let report = find_loops(project, DEFAULT_LOOP_CAP);
    let counts = [
        project.variables.len(),
        project.links.len(),
        report.loops.len(),
        report.count(LoopKind::Reinforcing),
        report.count(LoopKind::Balancing),
    ];
    blocks.push(Block::Paragraph(words::model_counts(lang, counts, report.truncated.then_some(report.cap))));
    blocks.push(Block::Diagram(crate::export::svg::causal_diagram_in(project, lang)));
    let named: Vec<String> = report
        .loops
        .iter()
        .filter_map(|l| {
            let title = loop_title(l, lang)?;
            Some(format!("{title}: {}", describe_loop(project, l, lang)))
        })
        .collect();
    if !named.is_empty() {
        blocks.push(Block::Subheading(word(lang, Word::LoopsFromReport).into()));
        blocks.push(Block::Bullets(named));
    }
    let weights: Vec<String> = project
        .outcome
        .weights
        .iter()
        .map(|w| {
            let reason = crate::text::model_descriptions::index_reason(&w.variable, &w.reason, lang);
            words::weight_item(lang, variable_name_in(project, &w.variable, lang), w.weight, reason)
        })
        .collect();
    if !weights.is_empty() {
        blocks.push(Block::Subheading(word(lang, Word::WhatIndexMeasures).into()));
        blocks.push(Block::Bullets(weights));
    }
    let structural = structural_resilience(&runner.compiled, project, runner.horizon_months, None);
    blocks.push(Block::Subheading(word(lang, Word::StructuralResilience).into()));
    let text = match (structural.computed, structural.return_time_months) {
        (false, _) => word(lang, Word::RecoveryNotComputed).to_owned(),
        (true, Some(months)) => words::slowest_recovery(lang, months),
        (true, None) => word(lang, Word::NoReturn).to_owned(),
    };
    blocks.push(Block::Paragraph(text));
    if structural.lock_in {
        let drivers: Vec<String> = structural
            .drivers
            .iter()
            .take(3)
            .map(|d| match lang {
                Language::Nl => d.title.clone(),
                Language::En => {
                    let names: Vec<&str> = d.variables.iter().map(|v| variable_name_in(project, v, lang)).collect();
                    names.join(" → ")
                }
            })
            .collect();
        let drivers = if drivers.is_empty() { word(lang, Word::NoneFound).to_owned() } else { drivers.join("; ") };
        blocks.push(Block::Note(words::lock_in(lang, &drivers)));
    }
}

/// The report's title of a loop it names, in `lang`.
fn loop_title(l: &crate::analysis::loops::FeedbackLoop, lang: Language) -> Option<String> {
    match lang {
        Language::Nl => l.title.clone(),
        Language::En => {
            l.title.as_ref()?;
            crate::analysis::named_loops::recognise(&l.variables).map(|n| n.title_en.to_owned()).or(l.title.clone())
        }
    }
}

fn plan_section(
    blocks: &mut Vec<Block>,
    project: &Project,
    plan: &Plan,
    (number, lang): (usize, Language),
    with_effects: bool,
) -> Result<(), String> {
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(format!("{number}. {} ({}–{})", plan.name, plan.first_year, plan.last_year)));
    if !plan.notes.trim().is_empty() {
        blocks.push(Block::Paragraph(plan.notes.clone()));
    }
    let mut items = Table {
        headers: [Word::Intervention, Word::StartMonth, Word::Duration, Word::Reach, Word::ActsOn, Word::Owner]
            .map(|w| word(lang, w).to_owned())
            .to_vec(),
        right_aligned: vec![false, true, true, true, false, false],
        ..Table::default()
    };
    for item in &plan.items {
        let intervention = find_intervention(project, &item.intervention);
        let name = intervention.map_or_else(
            || item.intervention.to_string(),
            |i| crate::text::catalogue::intervention_name(&i.id, &i.name, lang).to_owned(),
        );
        let example = intervention.is_some_and(|i| i.example_values) && (item.effects.is_none() || item.cost.is_none());
        let effects = item.effects.as_deref().or(intervention.map(|i| i.effects.as_slice())).unwrap_or(&[]);
        let targets: Vec<String> = effects
            .iter()
            .map(|e| {
                let var = variable_name_in(project, &e.target, lang);
                let sign = if e.points >= 0.0 { "+" } else { "−" };
                format!("{var} {sign}{}", format_number_in(e.points.abs(), 1, lang))
            })
            .collect();
        items.rows.push(vec![
            format!("{name}{}", if example { " *" } else { "" }),
            format_number_in(item.start_month, 0, lang),
            item.duration_months
                .map_or_else(|| word(lang, Word::WholePlan).to_owned(), |d| words::months_cell(lang, d, 0)),
            format_percent_in(item.reach_percent, 0, lang),
            targets.join(", "),
            item.owner.clone(),
        ]);
    }
    blocks.push(Block::Subheading(word(lang, Word::Interventions).into()));
    blocks.push(Block::Table(items));

    let budget = budget_table(project, plan).map_err(|e| e.to_string())?;
    let mut headers = vec![word(lang, Word::CostPerYear).to_owned()];
    headers.extend(budget.years.iter().map(ToString::to_string));
    headers.push(word(lang, Word::Total).into());
    let mut table = Table { right_aligned: (0..headers.len()).map(|c| c > 0).collect(), headers, ..Table::default() };
    for row in &budget.rows {
        let name = crate::text::catalogue::intervention_name(&row.intervention, &row.name, lang);
        let mut cells = vec![format!("{name}{}", if row.example_values { " *" } else { "" })];
        cells.extend(row.cost_per_year_eur.iter().map(|v| format_eur_in(*v, lang)));
        cells.push(format_eur_in(row.total_eur, lang));
        table.rows.push(cells);
    }
    let eur = |v: f64| format_eur_in(v, lang);
    let mut total = vec![word(lang, Word::Total).to_owned()];
    total.extend(budget.total_per_year_eur.iter().map(|v| eur(*v)));
    total.push(eur(budget.total_eur));
    table.rows.push(total);
    let mut budget_row = vec![word(lang, Word::Budget).to_owned()];
    budget_row.extend(budget.budget_per_year_eur.iter().map(|v| v.map_or_else(|| "–".to_owned(), eur)));
    budget_row.push(eur(budget.total_budget_eur));
    table.rows.push(budget_row);
    let mut remaining = vec![word(lang, Word::Remaining).to_owned()];
    remaining.extend(budget.remaining_per_year_eur.iter().map(|v| v.map_or_else(|| "–".to_owned(), eur)));
    remaining.push(eur(budget.total_budget_eur - budget.total_eur));
    if budget.is_over_budget() {
        table.highlight_rows.push(table.rows.len());
    }
    table.rows.push(remaining);
    blocks.push(Block::Subheading(word(lang, Word::BudgetHeading).into()));
    blocks.push(Block::Table(table));
    if budget.is_over_budget() {
        let years: Vec<String> = budget.over_budget_years.iter().map(ToString::to_string).collect();
        blocks.push(Block::Note(words::over_budget_in(lang, &years)));
    }
    blocks.push(Block::BarChart(BarChart {
        title: word(lang, Word::CostChartTitle).into(),
        y_label: word(lang, Word::Euro).into(),
        categories: budget.years.iter().map(ToString::to_string).collect(),
        series: budget
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| Series {
                name: crate::text::catalogue::intervention_name(&r.intervention, &r.name, lang).to_owned(),
                color: color(i),
                values: r.cost_per_year_eur.clone(),
            })
            .collect(),
        limits: Some(budget.budget_per_year_eur.iter().map(|b| b.unwrap_or(f64::NAN)).collect()),
    }));

    if !with_effects {
        return Ok(());
    }
    let ranking = cost_effectiveness(project, plan, &Outcome::Index).map_err(|e| e.to_string())?;
    let mut ce = Table {
        headers: [Word::Rank, Word::Intervention, Word::Contribution, Word::CostInPeriod, Word::ContributionPer1000]
            .map(|w| word(lang, w).to_owned())
            .to_vec(),
        right_aligned: vec![true, false, true, true, true],
        ..Table::default()
    };
    for (rank, row) in ranking.iter().enumerate() {
        ce.rows.push(vec![
            (rank + 1).to_string(),
            format!(
                "{}{}",
                crate::text::catalogue::intervention_name(&row.intervention, &row.name, lang),
                if row.example_values { " *" } else { "" }
            ),
            format_number_in(row.area_contribution, 1, lang),
            format_eur_in(row.total_cost_eur, lang),
            row.area_per_1000_eur
                .map_or_else(|| word(lang, Word::FreeOfCost).to_owned(), |v| format_number_in(v, 3, lang)),
        ]);
    }
    blocks.push(Block::Subheading(word(lang, Word::CostEffectiveness).into()));
    blocks.push(Block::Paragraph(word(lang, Word::CostEffectivenessExplained).into()));
    blocks.push(Block::Table(ce));
    Ok(())
}

fn crisis_section(blocks: &mut Vec<Block>, project: &Project, runner: &Runner, number: usize) -> Result<(), String> {
    let lang = runner.lang;
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(words::section(lang, number, Section::Crisis)));
    let scenarios: Vec<_> = project.scenarios.iter().filter(|s| !s.shocks.is_empty()).collect();
    if scenarios.is_empty() {
        blocks.push(Block::Paragraph(word(lang, Word::NoCrisisScenario).into()));
        return Ok(());
    }
    for scenario in scenarios {
        let scenario_title = scenario_name(&scenario.id, &scenario.name, lang);
        blocks.push(Block::Subheading(scenario_title.to_owned()));
        if !scenario.description.trim().is_empty() {
            let description =
                crate::text::model_descriptions::scenario_description(&scenario.id, &scenario.description, lang);
            blocks.push(Block::Paragraph(description.to_owned()));
        }
        let shocks = scenario_inputs(scenario);
        let start = shock_start_month(scenario).unwrap_or(0);
        let mut table = Table {
            headers: [Word::Run, Word::LevelBeforeShock, Word::LowestPoint, Word::Recovery, Word::Loss]
                .map(|w| word(lang, w).to_owned())
                .to_vec(),
            right_aligned: vec![false, true, true, true, true],
            ..Table::default()
        };
        let mut runs = vec![(word(lang, Word::WithoutPlan).to_owned(), shocks.clone())];
        for plan in &project.plans {
            let mut inputs = shocks.clone();
            inputs.extend(plan_inputs(project, plan).map_err(|e| e.to_string())?);
            runs.push((words::with(lang, &plan.name), inputs));
        }
        let mut series = Vec::new();
        for (i, (name, inputs)) in runs.iter().enumerate() {
            let values = runner.index_series(inputs)?;
            let triangle = resilience_triangle(&values, start, true);
            table.rows.push(vec![
                name.clone(),
                format_number_in(triangle.pre_shock, 1, lang),
                format!("{} ({})", format_number_in(triangle.depth, 1, lang), triangle.depth_month),
                triangle
                    .recovery_months
                    .map_or_else(|| word(lang, Word::NotRecovered).to_owned(), |m| words::months_cell(lang, m, 1)),
                format_number_in(triangle.area_lost, 1, lang),
            ]);
            series.push(Series { name: name.clone(), color: if i == 0 { REFERENCE_COLOR } else { color(i) }, values });
        }
        blocks.push(Block::Table(table));
        blocks.push(Block::LineChart(LineChart {
            title: words::index_under(lang, scenario_title),
            x_label: word(lang, Word::Months).into(),
            y_label: word(lang, Word::IndexAxis).into(),
            x: runner.months(),
            series,
            band: None,
        }));
    }
    blocks.push(Block::Note(word(lang, Word::RecoveryNote).into()));
    Ok(())
}

fn method_section(blocks: &mut Vec<Block>, project: &Project, number: usize, lang: Language) {
    blocks.push(Block::Heading(words::section(lang, number, Section::Method)));
    let method = match project.settings.method {
        crate::model::SimMethod::Euler => "Euler",
        crate::model::SimMethod::Rk4 => "Runge-Kutta 4",
    };
    blocks.push(Block::Paragraph(words::method(
        lang,
        method,
        project.settings.dt_months,
        project.settings.horizon_months,
    )));
    blocks.push(Block::Paragraph(word(lang, Word::SourcesParagraph).into()));
    if !project.meta.notes.trim().is_empty() {
        blocks.push(Block::Note(crate::text::model_descriptions::project_notes(&project.meta.notes, lang).to_owned()));
    }
}

/// Adds the report's date and the project's file name to the cover (the caller knows both; the report itself stays
/// a pure function of the project).
pub fn add_cover_details(doc: &mut Document, date: Option<&str>, file_name: Option<&str>) {
    if let Some(date) = date {
        doc.cover.push((cover_label(doc.language, CoverField::Date).to_owned(), date.to_owned()));
    }
    if let Some(name) = file_name {
        doc.cover.push((cover_label(doc.language, CoverField::File).to_owned(), name.to_owned()));
    }
}
