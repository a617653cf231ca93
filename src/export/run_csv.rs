//! The CSV of a run (the command line's `simulate --csv`, the app's Bestand → Exporteren): for Excel (see `export::csv`), with the variables' names as headers (ids with `--ids`).
//! One run in wide format (a row per month), or with `--alle-runs` the reference and every plan variant in one
//! long-format file with a `run` column.

use crate::export::csv::{Cell, CsvTable, write_csv};
use crate::model::{Project, Scenario};
use crate::sim::{self, Compiled, McResult, RunOptions, Trajectory};
use crate::text::Language;

const DECIMALS: usize = 6;

/// How the CSV is written.
pub struct CsvOptions {
    pub ids: bool,
    pub language: Language,
}

impl CsvOptions {
    /// `--taal nl|en` (default nl) and `--ids`.
    pub fn parse(language: Option<&str>, ids: bool) -> Result<Self, String> {
        let language = match language {
            None | Some("nl") => Language::Nl,
            Some("en") => Language::En,
            Some(other) => return Err(format!("Optie --taal: '{other}' is onbekend; kies nl of en.")),
        };
        Ok(Self { ids, language })
    }

    fn month(&self) -> &'static str {
        if self.ids { "month" } else { self.language.pick("maand", "month") }
    }

    fn index(&self) -> &'static str {
        if self.ids { "veerkrachtindex" } else { self.language.pick("Veerkrachtindex", "Resilience index") }
    }

    fn columns(&self, project: &Project, compiled: &Compiled) -> Vec<String> {
        compiled
            .variable_ids()
            .iter()
            .map(|id| {
                if self.ids {
                    id.to_string()
                } else {
                    project.variable(id).map_or_else(|| id.to_string(), |v| v.name.clone())
                }
            })
            .collect()
    }

    fn band(&self, column: &str, p: &str) -> String {
        if self.ids { format!("{column}_{p}") } else { format!("{column} {p}") }
    }
}

fn n(v: f64) -> Cell {
    Cell::Number(v, DECIMALS)
}

/// One run, a row per month: the variables, the index, and with Monte Carlo the p10/p50/p90 bands.
pub fn wide(
    project: &Project,
    compiled: &Compiled,
    (run, index, mc): (&Trajectory, Option<&[f64]>, Option<&McResult>),
    options: &CsvOptions,
) -> Vec<u8> {
    let columns = options.columns(project, compiled);
    let mut headers = vec![options.month().to_owned()];
    headers.extend(columns.iter().cloned());
    if index.is_some() {
        headers.push(options.index().to_owned());
    }
    if let Some(mc) = mc {
        for c in &columns {
            headers.extend(["p10", "p50", "p90"].map(|p| options.band(c, p)));
        }
        if mc.index.is_some() {
            headers.extend(["p10", "p50", "p90"].map(|p| options.band(options.index(), p)));
        }
    }
    let mut table = CsvTable { headers, rows: Vec::new() };
    for m in 0..run.n_months() {
        let mut row = vec![Cell::Number(m as f64, 0)];
        row.extend(run.month(m).iter().map(|&x| n(x)));
        if let Some(ix) = index {
            row.push(n(ix[m]));
        }
        if let Some(mc) = mc {
            for v in 0..columns.len() {
                row.extend([&mc.p10, &mc.p50, &mc.p90].map(|t| n(t.value(m, v))));
            }
            if let Some(b) = &mc.index {
                row.extend([&b.p10, &b.p50, &b.p90].map(|s| n(s[m])));
            }
        }
        table.rows.push(row);
    }
    write_csv(&table, options.language)
}

/// The reference and every plan variant under `scenario`, in long format: `run`, month, variables, index.
pub fn all_runs(
    project: &Project,
    scenario: Option<&Scenario>,
    opts: &RunOptions,
    options: &CsvOptions,
) -> Result<Vec<u8>, String> {
    let compiled = sim::compile(project).map_err(|e| e.to_string())?;
    let weights = sim::compile_index(&compiled, &project.outcome, project).ok();
    let shocks = scenario.map(sim::scenario_inputs).unwrap_or_default();
    let mut runs = vec![(options.language.pick("Referentie", "Reference").to_owned(), shocks.clone())];
    for plan in &project.plans {
        let mut inputs = shocks.clone();
        inputs.extend(crate::plan::plan_inputs(project, plan).map_err(|e| e.to_string())?);
        runs.push((plan.name.clone(), inputs));
    }
    let mut headers = vec!["run".to_owned(), options.month().to_owned()];
    headers.extend(options.columns(project, &compiled));
    if weights.is_some() {
        headers.push(options.index().to_owned());
    }
    let mut table = CsvTable { headers, rows: Vec::new() };
    for (name, inputs) in runs {
        let run = compiled.run(&compiled.compile_inputs(&inputs).map_err(|e| e.to_string())?, opts);
        let index = weights.as_ref().map(|w| w.series(&run));
        for m in 0..run.n_months() {
            let mut row = vec![Cell::Text(name.clone()), Cell::Number(m as f64, 0)];
            row.extend(run.month(m).iter().map(|&x| n(x)));
            if let Some(ix) = &index {
                row.push(n(ix[m]));
            }
            table.rows.push(row);
        }
    }
    Ok(write_csv(&table, options.language))
}
