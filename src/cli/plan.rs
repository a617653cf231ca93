//! `veerkrachtplanner plan FILE [--json] [--csv UIT [--taal nl|en] [--ids]]`: the budget table and the outcomes of
//! every plan variant; `--csv` also writes the budget tables and the cost-effectiveness for Excel
//! (see `export::plan_csv`).

use super::Args;
use crate::export::plan_csv::{PlanResults, plan_csv};
use crate::model::{Plan, Project};
use crate::plan::{BudgetTable, CostEffectiveness, Outcome, PlanEffect, budget_table, cost_effectiveness, plan_effect};
use crate::text::{format_eur, format_number};
use serde::Serialize;

/// One plan variant's results.
#[derive(Serialize)]
struct PlanReport<'a> {
    id: &'a str,
    name: &'a str,
    first_year: i32,
    last_year: i32,
    budget: Option<BudgetTable>,
    effect: Option<PlanEffect>,
    cost_effectiveness: Vec<CostEffectiveness>,
    /// Dutch problems (unknown interventions, bad numbers).
    problems: Vec<String>,
    /// Why there is no effect on the index although the plan is fine (a model whose index has no outcome variables
    /// yet): not a problem of the plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'static str>,
}

/// The note of a plan in a model whose veerkrachtindex has no outcome variables (with a weight above 0) yet.
const NO_INDEX_NOTE: &str = "Geen effect op de veerkrachtindex berekend: de index heeft nog geen uitkomstvariabelen \
                             (met een gewicht groter dan 0).";

/// The command's options.
struct Options {
    json: bool,
    path: String,
    csv: Option<(String, crate::export::run_csv::CsvOptions)>,
}

fn options(args: &mut Args) -> Result<Options, String> {
    let json = args.flag("--json");
    let csv = args.value("--csv")?;
    let csv_options = crate::export::run_csv::CsvOptions::parse(args.value("--taal")?.as_deref(), args.flag("--ids"))?;
    let path = args.positional("projectbestand")?;
    args.finish()?;
    Ok(Options { json, path, csv: csv.map(|c| (c, csv_options)) })
}

pub fn run(mut args: Args) -> i32 {
    let Options { json, path, csv } = match options(&mut args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let project = match crate::io::load_project_file(std::path::Path::new(&path)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}", super::load_error_text(&e));
            return 2;
        }
    };
    let reports: Vec<PlanReport> = project.plans.iter().map(|plan| report(&project, plan)).collect();
    let problems =
        reports.iter().any(|r| !r.problems.is_empty() || r.budget.as_ref().is_some_and(BudgetTable::is_over_budget));
    if let Some((out, csv_options)) = &csv {
        let results: Vec<PlanResults> = project
            .plans
            .iter()
            .zip(&reports)
            .map(|(plan, r)| PlanResults { plan, budget: r.budget.as_ref(), cost_effectiveness: &r.cost_effectiveness })
            .collect();
        let bytes = plan_csv(&results, csv_options);
        if let Err(e) = crate::io::write_export_file(std::path::Path::new(out), &bytes) {
            eprintln!("{e}");
            return 2;
        }
        if !json {
            outln!("Begrotingen en kosteneffectiviteit geschreven naar '{out}'.");
            return i32::from(problems);
        }
    }
    if json {
        match serde_json::to_string_pretty(&reports) {
            Ok(text) => outln!("{text}"),
            Err(e) => {
                eprintln!("Kan de uitvoer niet als JSON schrijven: {e}");
                return 2;
            }
        }
    } else {
        print_text(&project, &reports);
    }
    i32::from(problems)
}

fn report<'a>(project: &Project, plan: &'a Plan) -> PlanReport<'a> {
    let mut problems = Vec::new();
    let budget = budget_table(project, plan).map_err(|e| problems.push(e.to_string())).ok();
    let has_index = project.outcome.is_defined();
    let (effect, ce) = if budget.is_some() && has_index {
        let effect = plan_effect(project, plan, &Outcome::Index).map_err(|e| problems.push(e.to_string())).ok();
        let ce = if effect.is_some() {
            cost_effectiveness(project, plan, &Outcome::Index)
                .map_err(|e| problems.push(e.to_string()))
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        (effect, ce)
    } else {
        (None, Vec::new())
    };
    PlanReport {
        id: plan.id.as_str(),
        name: &plan.name,
        first_year: plan.first_year,
        last_year: plan.last_year,
        budget,
        effect,
        cost_effectiveness: ce,
        problems,
        note: (!has_index).then_some(NO_INDEX_NOTE),
    }
}

fn print_text(project: &Project, reports: &[PlanReport]) {
    let title =
        if project.meta.gemeente.is_empty() { project.meta.title.clone() } else { project.meta.gemeente.clone() };
    if reports.is_empty() {
        outln!("{title}: dit project heeft nog geen planvarianten.");
        return;
    }
    outln!("{title}: {} planvariant(en). * = voorbeeldwaarde (geen gemeten effect of begroot bedrag).", reports.len());
    for r in reports {
        outln!("\n{} ({}–{})", r.name, r.first_year, r.last_year);
        if let Some(b) = &r.budget {
            print_budget(b);
        }
        if let Some(e) = &r.effect {
            outln!(
                "  Effect op de veerkrachtindex t.o.v. de referentie: {} punt-maanden over de looptijd; \
                 grootste effect {} in maand {}; aan het eind {}.",
                signed(e.area, 1),
                signed(e.peak_effect, 2),
                e.peak_month,
                signed(e.end_effect, 2)
            );
        }
        if !r.cost_effectiveness.is_empty() {
            outln!("  Kosteneffectiviteit (punt-maanden per € 1.000, hoog naar laag):");
            for (rank, c) in r.cost_effectiveness.iter().enumerate() {
                outln!(
                    "    {:>2}. {}{}: {} voor {} → {}",
                    rank + 1,
                    c.name,
                    if c.example_values { " *" } else { "" },
                    signed(c.area_contribution, 1),
                    format_eur(c.total_cost_eur),
                    c.area_per_1000_eur.map_or_else(|| "kosteloos".to_owned(), |v| format_number(v, 2))
                );
            }
        }
        if let Some(note) = r.note {
            outln!("  {note}");
        }
        for p in &r.problems {
            outln!("  Probleem: {p}");
        }
    }
}

fn signed(v: f64, decimals: usize) -> String {
    let text = format_number(v, decimals);
    if v > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { format!("+{text}") } else { text }
}

/// Prints the budget table with one column per year.
pub(super) fn print_budget(b: &BudgetTable) {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["Interventie".to_owned()];
    header.extend(b.years.iter().map(ToString::to_string));
    header.push("Totaal".to_owned());
    rows.push(header);
    for row in &b.rows {
        let mut cells = vec![format!("{}{}", row.name, if row.example_values { " *" } else { "" })];
        cells.extend(row.cost_per_year_eur.iter().map(|c| format_eur(*c)));
        cells.push(format_eur(row.total_eur));
        rows.push(cells);
    }
    let mut total = vec!["Totaal".to_owned()];
    total.extend(b.total_per_year_eur.iter().map(|c| format_eur(*c)));
    total.push(format_eur(b.total_eur));
    rows.push(total);
    let optional = |v: &Option<f64>| v.map_or_else(|| "–".to_owned(), format_eur);
    let mut budget = vec!["Budget".to_owned()];
    budget.extend(b.budget_per_year_eur.iter().map(optional));
    budget.push(format_eur(b.total_budget_eur));
    rows.push(budget);
    let mut remaining = vec!["Resterend".to_owned()];
    remaining.extend(b.remaining_per_year_eur.iter().map(optional));
    remaining.push(String::new());
    rows.push(remaining);
    print_table(&rows, 2);
    if b.over_budget_years.is_empty() {
        outln!("  Binnen budget in elk jaar.");
    } else {
        let years: Vec<String> = b.over_budget_years.iter().map(ToString::to_string).collect();
        outln!("  BOVEN BUDGET in: {}.", years.join(", "));
    }
}

/// Prints rows as a table: first column left-aligned, the rest right-aligned.
pub(super) fn print_table(rows: &[Vec<String>], indent: usize) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = " ".repeat(indent);
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c].saturating_sub(cell.chars().count()));
            if c == 0 {
                line.push_str(cell);
                line.push_str(&pad);
            } else {
                line.push_str("  ");
                line.push_str(&pad);
                line.push_str(cell);
            }
        }
        outln!("{}", line.trim_end());
    }
}
