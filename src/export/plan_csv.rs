//! The plans as CSV for Excel (`plan --csv`; notation as in `export::csv`): every plan variant's budget table and
//! the cost-effectiveness of its interventions in one long-format file, a row per amount, so that a pivot table
//! can rebuild any view. Rows: an intervention's cost per year, the year's total, budget and remainder, and per
//! intervention its cost over the plan period, its effect, the effect per € 1.000 and its rank.

use crate::export::csv::{Cell, CsvTable, write_csv};
use crate::export::run_csv::CsvOptions;
use crate::model::Plan;
use crate::plan::{BudgetTable, CostEffectiveness};
use crate::text::plan_csv_words::{self, ID_HEADERS, RowKind};

const AMOUNT_DECIMALS: usize = 2;
const EFFECT_DECIMALS: usize = 6;

/// One plan variant's results, as `plan` computes them.
pub struct PlanResults<'a> {
    pub plan: &'a Plan,
    /// `None` when the budget could not be computed (the plan's problems say why).
    pub budget: Option<&'a BudgetTable>,
    /// Highest effect per euro first.
    pub cost_effectiveness: &'a [CostEffectiveness],
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

fn optional(v: Option<f64>, decimals: usize) -> Cell {
    v.map_or_else(|| Cell::Text(String::new()), |v| Cell::Number(v, decimals))
}

/// The CSV file's bytes.
pub fn plan_csv(results: &[PlanResults<'_>], options: &CsvOptions) -> Vec<u8> {
    let (language, ids) = (options.language, options.ids);
    let headers = if ids { ID_HEADERS } else { plan_csv_words::headers(language) };
    let kind = |k: RowKind| text(plan_csv_words::row_kind(language, ids, k));
    let example = |e: bool| text(plan_csv_words::example(language, ids, e));
    let mut rows = Vec::new();
    for r in results {
        let plan = if ids { r.plan.id.as_str() } else { r.plan.name.as_str() };
        let row = |k: RowKind, name: &str, year: Option<i32>, amount: Cell| {
            let year = optional(year.map(f64::from), 0);
            vec![text(plan), kind(k), text(name), year, amount, text(""), text(""), text(""), text("")]
        };
        if let Some(b) = r.budget {
            for item in &b.rows {
                let name = if ids { item.intervention.as_str() } else { item.name.as_str() };
                for (year, cost) in b.years.iter().zip(&item.cost_per_year_eur) {
                    let mut cells = row(RowKind::Cost, name, Some(*year), Cell::Number(*cost, AMOUNT_DECIMALS));
                    cells[8] = example(item.example_values);
                    rows.push(cells);
                }
            }
            for (i, year) in b.years.iter().enumerate() {
                let total = Cell::Number(b.total_per_year_eur.get(i).copied().unwrap_or(0.0), AMOUNT_DECIMALS);
                rows.push(row(RowKind::Total, "", Some(*year), total));
                let budget = optional(b.budget_per_year_eur.get(i).copied().flatten(), AMOUNT_DECIMALS);
                rows.push(row(RowKind::Budget, "", Some(*year), budget));
                let remaining = optional(b.remaining_per_year_eur.get(i).copied().flatten(), AMOUNT_DECIMALS);
                rows.push(row(RowKind::Remaining, "", Some(*year), remaining));
            }
        }
        for (rank, c) in r.cost_effectiveness.iter().enumerate() {
            let name = if ids { c.intervention.as_str() } else { c.name.as_str() };
            let mut cells =
                row(RowKind::CostEffectiveness, name, None, Cell::Number(c.total_cost_eur, AMOUNT_DECIMALS));
            cells[5] = Cell::Number(c.area_contribution, EFFECT_DECIMALS);
            cells[6] = optional(c.area_per_1000_eur, EFFECT_DECIMALS);
            cells[7] = Cell::Number((rank + 1) as f64, 0);
            cells[8] = example(c.example_values);
            rows.push(cells);
        }
    }
    let table = CsvTable { headers: headers.iter().map(|h| (*h).to_owned()).collect(), rows };
    write_csv(&table, language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Outcome, budget_table, cost_effectiveness};
    use crate::text::Language;

    fn example() -> crate::model::Project {
        crate::io::parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).expect("parses")
    }

    /// The rows of a CSV read back as Excel would: quoted fields may hold the separator and doubled quotes (no
    /// field of the example holds a line break).
    fn read(bytes: &[u8], separator: char) -> Vec<Vec<String>> {
        let text = String::from_utf8(bytes.to_vec()).expect("utf-8");
        let text = text.strip_prefix('\u{feff}').expect("BOM");
        let fields = |line: &str| {
            let (mut out, mut field, mut quoted) = (Vec::new(), String::new(), false);
            let mut chars = line.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '"' if quoted && chars.peek() == Some(&'"') => {
                        field.push('"');
                        chars.next();
                    }
                    '"' => quoted = !quoted,
                    c if c == separator && !quoted => out.push(std::mem::take(&mut field)),
                    c => field.push(c),
                }
            }
            out.push(field);
            out
        };
        text.split("\r\n").filter(|l| !l.is_empty()).map(fields).collect()
    }

    #[test]
    fn the_budget_and_cost_effectiveness_read_back_as_the_plan_computes_them() {
        let project = example();
        let plan = &project.plans[0];
        let budget = budget_table(&project, plan).expect("budget");
        let ce = cost_effectiveness(&project, plan, &Outcome::Index).expect("cost-effectiveness");
        let results = [PlanResults { plan, budget: Some(&budget), cost_effectiveness: &ce }];
        let nl = plan_csv(&results, &CsvOptions { ids: false, language: Language::Nl });
        let rows = read(&nl, ';');
        assert_eq!(rows[0][0], "Planvariant");
        assert_eq!(rows[0].len(), 9);
        let number = |s: &str| s.replace(',', ".").parse::<f64>().unwrap_or_else(|_| panic!("not a number: {s:?}"));
        let costs: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "kosten").collect();
        assert_eq!(costs.len(), budget.rows.len() * budget.years.len());
        for (row, cost) in costs.iter().zip(budget.rows.iter().flat_map(|r| &r.cost_per_year_eur)) {
            assert_eq!(row[0], plan.name);
            assert!((number(&row[4]) - cost).abs() < 0.006, "{row:?} against {cost}");
        }
        let totals: Vec<f64> = rows.iter().filter(|r| r[1] == "totaal").map(|r| number(&r[4])).collect();
        assert_eq!(totals.len(), budget.years.len());
        for (t, e) in totals.iter().zip(&budget.total_per_year_eur) {
            assert!((t - e).abs() < 0.006);
        }
        let ranked: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "kosteneffectiviteit").collect();
        assert_eq!(ranked.len(), ce.len());
        for (row, c) in ranked.iter().zip(&ce) {
            assert_eq!(row[2], c.name);
            assert!((number(&row[5]) - c.area_contribution).abs() < 1e-6);
        }
        assert!(nl.windows(2).any(|w| w == b",5" || w == b",0"), "decimal commas");

        let en = plan_csv(&results, &CsvOptions { ids: true, language: Language::En });
        let rows = read(&en, ',');
        assert_eq!(rows[0], ID_HEADERS);
        assert!(rows[1..].iter().all(|r| r[0] == plan.id.as_str() && r.len() == 9), "ids, nine fields: {rows:?}");
    }
}
