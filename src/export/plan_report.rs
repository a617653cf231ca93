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
use crate::text::{Language, describe_loop, format_eur, format_number};

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
    /// `Err(reason)` when the project has no usable veerkrachtindex: the report then leaves out every effect.
    index: Result<Evaluator, String>,
    horizon_months: u32,
}

impl Runner {
    fn new(project: &Project) -> Result<Self, String> {
        let compiled = compile(project).map_err(|e| e.to_string())?;
        let longest_plan = project.plans.iter().map(plan_months).fold(0.0, f64::max);
        let index = Evaluator::new(project, &Outcome::Index, longest_plan).map_err(|e| e.to_string());
        let horizon_months = index.as_ref().map_or(project.settings.horizon_months, Evaluator::horizon_months);
        Ok(Self { compiled, index, horizon_months })
    }

    fn index_series(&self, inputs: &[Input]) -> Result<Vec<f64>, String> {
        self.index.as_ref().map_err(Clone::clone)?.series(inputs).map_err(|e| e.to_string())
    }

    fn months(&self) -> Vec<f64> {
        (0..=self.horizon_months).map(f64::from).collect()
    }
}

/// Builds the printable plan. Errors (Dutch) when the model cannot be simulated.
pub fn plan_document(project: &Project) -> Result<Document, String> {
    let runner = Runner::new(project)?;
    let gemeente = if project.meta.gemeente.trim().is_empty() { "de gemeente" } else { project.meta.gemeente.trim() };
    let years =
        match (project.plans.iter().map(|p| p.first_year).min(), project.plans.iter().map(|p| p.last_year).max()) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => String::new(),
        };
    let mut doc = Document {
        title: format!(
            "Veerkrachtplan {gemeente}{}",
            if years.is_empty() { String::new() } else { format!(" {years}") }
        ),
        subtitle: project.meta.title.clone(),
        footer: format!("Veerkrachtplan {gemeente} — gemaakt met Veerkrachtplanner"),
        cover: vec![
            (cover_label(Language::Nl, CoverField::Gemeente).to_owned(), gemeente.to_owned()),
            (
                cover_label(Language::Nl, CoverField::Version).to_owned(),
                format!("Veerkrachtplanner {}", crate::VERSION),
            ),
        ],
        language: Language::Nl,
        blocks: Vec::new(),
    };
    let blocks = &mut doc.blocks;
    blocks.push(Block::Note(format!("Gemaakt met Veerkrachtplanner {}.", crate::VERSION)));
    blocks.push(Block::Note(
        "De bronnen (TNO Metaonderzoek veerkracht 2023 en verwante rapporten) noemen geen bedragen en geen gemeten \
         effectgroottes. Bedragen, effecten en sterktes in dit plan zijn door de gemeente ingevuld of zijn \
         voorbeeldwaarden; voorbeeldwaarden staan in de tabellen gemarkeerd met *."
            .to_owned(),
    ));
    let with_effects = runner.index.is_ok();
    if let Err(reason) = &runner.index {
        blocks.push(Block::Note(format!(
            "{reason} Kies in het model de uitkomstvariabelen van de veerkrachtindex; tot dan bevat dit rapport geen \
             effecten, geen kosteneffectiviteit en geen crisis-stresstest."
        )));
    }
    summary(blocks, project, &runner, with_effects)?;
    model_section(blocks, project, &runner);
    for (i, plan) in project.plans.iter().enumerate() {
        plan_section(blocks, project, plan, i + 3, with_effects)?;
    }
    let mut number = project.plans.len() + 3;
    if with_effects {
        crisis_section(blocks, project, &runner, number)?;
        number += 1;
        if !project.plans.is_empty() {
            super::uncertainty_section::uncertainty_section(blocks, project, number)?;
            number += 1;
        }
    }
    crate::export::assumptions::assumptions_section(blocks, project, number);
    method_section(blocks, project, number + 1);
    Ok(doc)
}

fn summary(blocks: &mut Vec<Block>, project: &Project, runner: &Runner, with_effects: bool) -> Result<(), String> {
    blocks.push(Block::Heading("1. Samenvatting".to_owned()));
    if !with_effects {
        let plans: Vec<String> = project
            .plans
            .iter()
            .map(|p| {
                let total = budget_table(project, p).map_or(f64::NAN, |b| b.total_eur);
                format!("{} ({}–{}): {} in totaal", p.name, p.first_year, p.last_year, format_eur(total))
            })
            .collect();
        if !plans.is_empty() {
            blocks.push(Block::Bullets(plans));
        }
        return Ok(());
    }
    if project.plans.is_empty() {
        blocks.push(Block::Paragraph(
            "Dit project bevat nog geen planvariant. Het rapport beschrijft het model, de terugkoppellussen en de \
             crisis-stresstest zonder plan."
                .to_owned(),
        ));
        return Ok(());
    }
    let mut table = Table {
        headers: vec![
            "Planvariant".into(),
            "Periode".into(),
            "Kosten totaal".into(),
            "Effect op de index (punt-maanden)".into(),
            "Effect in de laatste maand".into(),
            "Binnen budget".into(),
        ],
        right_aligned: vec![false, false, true, true, true, false],
        ..Table::default()
    };
    let mut series =
        vec![Series { name: "Referentie".into(), color: REFERENCE_COLOR, values: runner.index_series(&[])? }];
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
            format_eur(budget.total_eur),
            format_number(effect.area, 1),
            format_number(effect.end_effect, 2),
            if over.is_empty() { "ja".into() } else { format!("nee: {}", over.join(", ")) },
        ]);
        series.push(Series {
            name: plan.name.clone(),
            color: color(i + 1),
            values: runner.index_series(&plan_inputs(project, plan).map_err(|e| e.to_string())?)?,
        });
    }
    blocks.push(Block::Table(table));
    blocks.push(Block::LineChart(LineChart {
        title: "Veerkrachtindex: referentie en planvarianten".into(),
        x_label: "maanden vanaf de start van het plan".into(),
        y_label: "index (0–100, hoger is beter)".into(),
        x: runner.months(),
        series,
        band: None,
    }));
    blocks.push(Block::Note(
        "De veerkrachtindex is een gewogen samenvatting van uitkomstvariabelen, elk in de gewenste richting geteld; \
         hij is geen variabele van het model."
            .into(),
    ));
    Ok(())
}

fn model_section(blocks: &mut Vec<Block>, project: &Project, runner: &Runner) {
    blocks.push(Block::Heading("2. Het model".to_owned()));
    let report = find_loops(project, DEFAULT_LOOP_CAP);
    blocks.push(Block::Paragraph(format!(
        "Het model telt {} variabelen en {} verbanden. Het bevat {} terugkoppellussen: {} versterkend (R) en {} \
         balancerend (B){}.",
        project.variables.len(),
        project.links.len(),
        report.loops.len(),
        report.count(LoopKind::Reinforcing),
        report.count(LoopKind::Balancing),
        if report.truncated { format!("; de zoektocht stopte bij {} lussen", report.cap) } else { String::new() }
    )));
    blocks.push(Block::Diagram(crate::export::svg::causal_diagram(project)));
    let named: Vec<String> = report
        .loops
        .iter()
        .filter_map(|l| l.title.as_ref().map(|t| format!("{t}: {}", describe_loop(project, l, Language::Nl))))
        .collect();
    if !named.is_empty() {
        blocks.push(Block::Subheading("Lussen uit het rapport".into()));
        blocks.push(Block::Bullets(named));
    }
    let weights: Vec<String> = project
        .outcome
        .weights
        .iter()
        .map(|w| {
            let name = project.variable(&w.variable).map_or(w.variable.as_str(), |v| v.name.as_str());
            format!("{name} (gewicht {}): {}", format_number(w.weight, 1), w.reason)
        })
        .collect();
    if !weights.is_empty() {
        blocks.push(Block::Subheading("Wat de veerkrachtindex meet".into()));
        blocks.push(Block::Bullets(weights));
    }
    let structural = structural_resilience(&runner.compiled, project, runner.horizon_months, None);
    blocks.push(Block::Subheading("Structurele veerkracht".into()));
    let text = match (structural.computed, structural.return_time_months) {
        (false, _) => "Het traagste herstel na een verstoring kon niet worden berekend.".to_owned(),
        (true, Some(months)) => format!(
            "Na een verstoring duurt het traagste herstel ongeveer {} maanden (berekend uit de traagste beweging van \
             het model).",
            format_number(months, 1)
        ),
        (true, None) => "Het model keert na een verstoring niet vanzelf terug naar zijn evenwicht.".to_owned(),
    };
    blocks.push(Block::Paragraph(text));
    if structural.lock_in {
        let drivers: Vec<String> = structural.drivers.iter().take(3).map(|d| d.title.clone()).collect();
        blocks.push(Block::Note(format!(
            "Waarschuwing: het traagste herstel duurt langer dan de planperiode: een verandering is aan het eind van \
             het plan nog niet uitgewerkt. Versterkende lussen die dit aandrijven: {}.",
            if drivers.is_empty() { "geen gevonden".to_owned() } else { drivers.join("; ") }
        )));
    }
}

fn plan_section(
    blocks: &mut Vec<Block>,
    project: &Project,
    plan: &Plan,
    number: usize,
    with_effects: bool,
) -> Result<(), String> {
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(format!("{number}. {} ({}–{})", plan.name, plan.first_year, plan.last_year)));
    if !plan.notes.trim().is_empty() {
        blocks.push(Block::Paragraph(plan.notes.clone()));
    }
    let mut items = Table {
        headers: vec![
            "Interventie".into(),
            "Start (maand)".into(),
            "Duur".into(),
            "Bereik".into(),
            "Werkt op".into(),
            "Eigenaar".into(),
        ],
        right_aligned: vec![false, true, true, true, false, false],
        ..Table::default()
    };
    for item in &plan.items {
        let intervention = find_intervention(project, &item.intervention);
        let name = intervention.map_or_else(|| item.intervention.to_string(), |i| i.name.clone());
        let example = intervention.is_some_and(|i| i.example_values) && (item.effects.is_none() || item.cost.is_none());
        let effects = item.effects.as_deref().or(intervention.map(|i| i.effects.as_slice())).unwrap_or(&[]);
        let targets: Vec<String> = effects
            .iter()
            .map(|e| {
                let var = project.variable(&e.target).map_or(e.target.as_str(), |v| v.name.as_str());
                format!("{var} {}{}", if e.points >= 0.0 { "+" } else { "−" }, format_number(e.points.abs(), 1))
            })
            .collect();
        items.rows.push(vec![
            format!("{name}{}", if example { " *" } else { "" }),
            format_number(item.start_month, 0),
            item.duration_months.map_or_else(|| "hele plan".to_owned(), |d| format!("{} mnd", format_number(d, 0))),
            format!("{} %", format_number(item.reach_percent, 0)),
            targets.join(", "),
            item.owner.clone(),
        ]);
    }
    blocks.push(Block::Subheading("Interventies".into()));
    blocks.push(Block::Table(items));

    let budget = budget_table(project, plan).map_err(|e| e.to_string())?;
    let mut headers = vec!["Kosten per jaar".to_owned()];
    headers.extend(budget.years.iter().map(ToString::to_string));
    headers.push("Totaal".into());
    let mut table = Table { right_aligned: (0..headers.len()).map(|c| c > 0).collect(), headers, ..Table::default() };
    for row in &budget.rows {
        let mut cells = vec![format!("{}{}", row.name, if row.example_values { " *" } else { "" })];
        cells.extend(row.cost_per_year_eur.iter().map(|v| format_eur(*v)));
        cells.push(format_eur(row.total_eur));
        table.rows.push(cells);
    }
    let mut total = vec!["Totaal".to_owned()];
    total.extend(budget.total_per_year_eur.iter().map(|v| format_eur(*v)));
    total.push(format_eur(budget.total_eur));
    table.rows.push(total);
    let mut budget_row = vec!["Budget".to_owned()];
    budget_row.extend(budget.budget_per_year_eur.iter().map(|v| v.map_or_else(|| "–".to_owned(), format_eur)));
    budget_row.push(format_eur(budget.total_budget_eur));
    table.rows.push(budget_row);
    let mut remaining = vec!["Resterend".to_owned()];
    remaining.extend(budget.remaining_per_year_eur.iter().map(|v| v.map_or_else(|| "–".to_owned(), format_eur)));
    remaining.push(format_eur(budget.total_budget_eur - budget.total_eur));
    if budget.is_over_budget() {
        table.highlight_rows.push(table.rows.len());
    }
    table.rows.push(remaining);
    blocks.push(Block::Subheading("Begroting".into()));
    blocks.push(Block::Table(table));
    if budget.is_over_budget() {
        let years: Vec<String> = budget.over_budget_years.iter().map(ToString::to_string).collect();
        blocks.push(Block::Note(format!("Boven budget in: {}.", years.join(", "))));
    }
    blocks.push(Block::BarChart(BarChart {
        title: "Kosten per jaar en budget".into(),
        y_label: "euro".into(),
        categories: budget.years.iter().map(ToString::to_string).collect(),
        series: budget
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| Series { name: r.name.clone(), color: color(i), values: r.cost_per_year_eur.clone() })
            .collect(),
        limits: Some(budget.budget_per_year_eur.iter().map(|b| b.unwrap_or(f64::NAN)).collect()),
    }));

    if !with_effects {
        return Ok(());
    }
    let ranking = cost_effectiveness(project, plan, &Outcome::Index).map_err(|e| e.to_string())?;
    let mut ce = Table {
        headers: vec![
            "Rang".into(),
            "Interventie".into(),
            "Bijdrage (punt-maanden)".into(),
            "Kosten in de planperiode".into(),
            "Bijdrage per € 1.000".into(),
        ],
        right_aligned: vec![true, false, true, true, true],
        ..Table::default()
    };
    for (rank, row) in ranking.iter().enumerate() {
        ce.rows.push(vec![
            (rank + 1).to_string(),
            format!("{}{}", row.name, if row.example_values { " *" } else { "" }),
            format_number(row.area_contribution, 1),
            format_eur(row.total_cost_eur),
            row.area_per_1000_eur.map_or_else(|| "kosteloos".to_owned(), |v| format_number(v, 3)),
        ]);
    }
    blocks.push(Block::Subheading("Kosteneffectiviteit".into()));
    blocks.push(Block::Paragraph(
        "Per interventie: de oppervlakte onder de veerkrachtindex van het plan mét de interventie min die zonder, \
         gedeeld door de kosten in de planperiode."
            .into(),
    ));
    blocks.push(Block::Table(ce));
    Ok(())
}

fn crisis_section(blocks: &mut Vec<Block>, project: &Project, runner: &Runner, number: usize) -> Result<(), String> {
    blocks.push(Block::PageBreak);
    blocks.push(Block::Heading(format!("{number}. Crisis-stresstest")));
    let scenarios: Vec<_> = project.scenarios.iter().filter(|s| !s.shocks.is_empty()).collect();
    if scenarios.is_empty() {
        blocks.push(Block::Paragraph("Het project bevat geen crisisscenario.".into()));
        return Ok(());
    }
    for scenario in scenarios {
        blocks.push(Block::Subheading(scenario.name.clone()));
        if !scenario.description.trim().is_empty() {
            blocks.push(Block::Paragraph(scenario.description.clone()));
        }
        let shocks = scenario_inputs(scenario);
        let start = shock_start_month(scenario).unwrap_or(0);
        let mut table = Table {
            headers: vec![
                "Run".into(),
                "Niveau vóór de schok".into(),
                "Diepste punt (maand)".into(),
                "Herstel".into(),
                "Verlies (punt-maanden)".into(),
            ],
            right_aligned: vec![false, true, true, true, true],
            ..Table::default()
        };
        let mut runs = vec![("Zonder plan".to_owned(), shocks.clone())];
        for plan in &project.plans {
            let mut inputs = shocks.clone();
            inputs.extend(plan_inputs(project, plan).map_err(|e| e.to_string())?);
            runs.push((format!("Met {}", plan.name), inputs));
        }
        let mut series = Vec::new();
        for (i, (name, inputs)) in runs.iter().enumerate() {
            let values = runner.index_series(inputs)?;
            let triangle = resilience_triangle(&values, start, true);
            table.rows.push(vec![
                name.clone(),
                format_number(triangle.pre_shock, 1),
                format!("{} ({})", format_number(triangle.depth, 1), triangle.depth_month),
                triangle
                    .recovery_months
                    .map_or_else(|| "niet hersteld".to_owned(), |m| format!("{} mnd", format_number(m, 1))),
                format_number(triangle.area_lost, 1),
            ]);
            series.push(Series { name: name.clone(), color: if i == 0 { REFERENCE_COLOR } else { color(i) }, values });
        }
        blocks.push(Block::Table(table));
        blocks.push(Block::LineChart(LineChart {
            title: format!("Veerkrachtindex onder '{}'", scenario.name),
            x_label: "maanden".into(),
            y_label: "index (0–100)".into(),
            x: runner.months(),
            series,
            band: None,
        }));
    }
    blocks.push(Block::Note(
        "Herstel: het aantal maanden vanaf de schok tot de index weer binnen 5 % van de daling bij het niveau van \
         vóór de schok is. Verlies: de oppervlakte onder dat niveau (de veerkrachtdriehoek)."
            .into(),
    ));
    Ok(())
}

fn method_section(blocks: &mut Vec<Block>, project: &Project, number: usize) {
    blocks.push(Block::Heading(format!("{number}. Verantwoording")));
    blocks.push(Block::Paragraph(format!(
        "Het model is een causaal lussendiagram dat als klein systeemdynamisch model wordt doorgerekend: elke variabele \
         is een voorraad op een schaal van 0 tot 100 die met haar aanpassingstijd beweegt naar wat haar oorzaken haar \
         opleggen; sterktes (zwak 0,25 – zeer sterk 1,0) worden als aandeel verdeeld wanneer ze samen boven 1 komen; \
         vertraagde verbanden zijn eerste-ordevertragingen. Zonder interventies blijft alles op de uitgangswaarde. \
         Rekenmethode: {}, stap {} maand, horizon {} maanden.",
        match project.settings.method {
            crate::model::SimMethod::Euler => "Euler",
            crate::model::SimMethod::Rk4 => "Runge-Kutta 4",
        },
        format_number(project.settings.dt_months, 2),
        project.settings.horizon_months
    )));
    blocks.push(Block::Paragraph(
        "Bron van het basismodel: TNO (2023), Metaonderzoek veerkracht, R10055 — het MARVEL-model en zijn zes \
         terugkoppellussen. Interventies komen uit de tien TNO-beleidsadviezen en uit programma's die in de \
         Nederlandse praktijk genoemd worden (Trimbos, Movisie, NJi, Herstelopgave)."
            .into(),
    ));
    if !project.meta.notes.trim().is_empty() {
        blocks.push(Block::Note(project.meta.notes.clone()));
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
