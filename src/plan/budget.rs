//! Budgets per calendar year (`simulation.md`, "Budgets"): an item costs its one-off amount in the year it starts
//! plus its yearly amount × reach share × the share of each year in which it runs.

use super::{PlanError, find_intervention, item_window_months};
use crate::model::{Cost, InterventionId, Plan, PlanItem, Project};
use serde::Serialize;

/// Costs of one plan item per year of the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BudgetRow {
    pub intervention: InterventionId,
    pub name: String,
    /// One amount per year of [`BudgetTable::years`].
    pub cost_per_year_eur: Vec<f64>,
    pub total_eur: f64,
    /// True when the costs are illustrative (voorbeeldwaarde).
    pub example_values: bool,
}

/// A plan's costs per intervention and year, the budget and what remains.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BudgetTable {
    pub years: Vec<i32>,
    /// One row per plan item, in the plan's order.
    pub rows: Vec<BudgetRow>,
    pub total_per_year_eur: Vec<f64>,
    /// `None` when the plan has no budget for that year (then it cannot be over budget).
    pub budget_per_year_eur: Vec<Option<f64>>,
    pub remaining_per_year_eur: Vec<Option<f64>>,
    /// Years whose costs exceed their budget, ascending.
    pub over_budget_years: Vec<i32>,
    pub total_eur: f64,
    pub total_budget_eur: f64,
}

impl BudgetTable {
    /// True when some year's costs exceed that year's budget.
    pub fn is_over_budget(&self) -> bool {
        !self.over_budget_years.is_empty()
    }
}

/// Amounts within this many euros of the budget count as within budget (rounding of shares of a year).
const TOLERANCE_EUR: f64 = 0.005;

/// The cost of one item in each year of the plan, given the item's cost (`cost`, at 100 % reach).
/// The one-off cost falls in the year the item starts, whatever the reach; nothing is spent on an item that never
/// runs within the plan.
pub fn item_cost_per_year(plan: &Plan, item: &PlanItem, cost: &Cost) -> Vec<f64> {
    let years = (plan.last_year - plan.first_year + 1).max(0) as usize;
    let mut out = vec![0.0; years];
    let Some((start, end)) = item_window_months(plan, item) else {
        return out;
    };
    let reach = (item.reach_percent / 100.0).clamp(0.0, 1.0);
    let reach = if reach.is_finite() { reach } else { 0.0 };
    let per_year = finite_non_negative(cost.per_year_eur);
    for (k, amount) in out.iter_mut().enumerate() {
        let year_start = k as f64 * 12.0;
        let overlap = (end.min(year_start + 12.0) - start.max(year_start)).max(0.0);
        *amount = per_year * reach * overlap / 12.0;
    }
    let start_year = ((start / 12.0).floor() as usize).min(years.saturating_sub(1));
    if let Some(first) = out.get_mut(start_year) {
        *first += finite_non_negative(cost.one_off_eur);
    }
    out
}

fn finite_non_negative(x: f64) -> f64 {
    if x.is_finite() { x.max(0.0) } else { 0.0 }
}

/// The budget table of a plan. Errors when an item names an unknown intervention or has bad numbers.
pub fn budget_table(project: &Project, plan: &Plan) -> Result<BudgetTable, PlanError> {
    let years: Vec<i32> = (plan.first_year..=plan.last_year).collect();
    if years.is_empty() {
        return Err(PlanError::YearsReversed {
            plan: plan.name.clone(),
            first_year: plan.first_year,
            last_year: plan.last_year,
        });
    }
    let mut rows = Vec::with_capacity(plan.items.len());
    let mut problems = Vec::new();
    for item in &plan.items {
        problems.extend(super::validate_item(plan, item));
        let Some(intervention) = find_intervention(project, &item.intervention) else {
            problems.push(PlanError::UnknownIntervention {
                plan: plan.name.clone(),
                intervention: item.intervention.to_string(),
            });
            continue;
        };
        let cost = item.cost.unwrap_or(intervention.cost);
        let cost_per_year_eur = item_cost_per_year(plan, item, &cost);
        rows.push(BudgetRow {
            intervention: item.intervention.clone(),
            name: intervention.name.clone(),
            total_eur: cost_per_year_eur.iter().sum(),
            cost_per_year_eur,
            example_values: intervention.example_values && item.cost.is_none(),
        });
    }
    if let Some(error) = PlanError::from_problems(problems) {
        return Err(error);
    }
    let total_per_year_eur: Vec<f64> =
        (0..years.len()).map(|k| rows.iter().map(|r| r.cost_per_year_eur[k]).sum()).collect();
    let budget_per_year_eur: Vec<Option<f64>> = years.iter().map(|y| plan.budget_eur.get(y).copied()).collect();
    let remaining_per_year_eur: Vec<Option<f64>> =
        budget_per_year_eur.iter().zip(&total_per_year_eur).map(|(b, t)| b.map(|b| b - t)).collect();
    let over_budget_years = years
        .iter()
        .zip(&remaining_per_year_eur)
        .filter(|(_, r)| r.is_some_and(|r| r < -TOLERANCE_EUR))
        .map(|(y, _)| *y)
        .collect();
    Ok(BudgetTable {
        total_eur: total_per_year_eur.iter().sum(),
        total_budget_eur: budget_per_year_eur.iter().flatten().sum(),
        years,
        rows,
        total_per_year_eur,
        budget_per_year_eur,
        remaining_per_year_eur,
        over_budget_years,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::PlanId;
    use std::collections::BTreeMap;

    fn item(reach: f64, start: f64, duration: Option<f64>) -> PlanItem {
        PlanItem {
            start_month: start,
            duration_months: duration,
            cost: Some(Cost { one_off_eur: 10_000.0, per_year_eur: 120_000.0 }),
            ..PlanItem::new("tno_advies_08".into(), reach)
        }
    }

    fn plan(items: Vec<PlanItem>, budget: &[(i32, f64)]) -> Plan {
        Plan {
            id: PlanId::new("p"),
            name: "Plan".into(),
            first_year: 2026,
            last_year: 2028,
            budget_eur: budget.iter().copied().collect::<BTreeMap<_, _>>(),
            items,
            notes: String::new(),
        }
    }

    #[test]
    fn partial_years_and_reach_scale_the_yearly_cost() {
        let p = plan(vec![], &[]);
        let cost = Cost { one_off_eur: 10_000.0, per_year_eur: 120_000.0 };
        // Starts in July 2026 at 50 % reach, runs 12 months: half a year in 2026, half in 2027.
        let c = item_cost_per_year(&p, &item(50.0, 6.0, Some(12.0)), &cost);
        assert_eq!(c, vec![10_000.0 + 30_000.0, 30_000.0, 0.0]);
        // Until the end of the plan from month 15: 2027 has 9 months, 2028 all 12.
        let c = item_cost_per_year(&p, &item(100.0, 15.0, None), &cost);
        assert_eq!(c, vec![0.0, 10_000.0 + 90_000.0, 120_000.0]);
        // Reach 0: only the one-off cost.
        let c = item_cost_per_year(&p, &item(0.0, 0.0, None), &cost);
        assert_eq!(c, vec![10_000.0, 0.0, 0.0]);
        // Starting after the plan: nothing.
        assert_eq!(item_cost_per_year(&p, &item(100.0, 36.0, None), &cost), vec![0.0; 3]);
    }

    #[test]
    fn totals_remaining_and_over_budget_years() {
        let p =
            plan(vec![item(100.0, 0.0, None), item(50.0, 12.0, Some(12.0))], &[(2026, 150_000.0), (2027, 190_000.0)]);
        let t = budget_table(&Project::default(), &p).unwrap();
        assert_eq!(t.years, vec![2026, 2027, 2028]);
        assert_eq!(t.total_per_year_eur, vec![130_000.0, 120_000.0 + 70_000.0, 120_000.0]);
        assert_eq!(t.remaining_per_year_eur, vec![Some(20_000.0), Some(0.0), None]);
        assert!(t.over_budget_years.is_empty(), "exactly on budget is within budget; no budget is no limit");
        assert_eq!(t.total_eur, 130_000.0 + 190_000.0 + 120_000.0);
        assert_eq!(t.rows[1].total_eur, 70_000.0);
        assert!(!t.rows[0].example_values, "an own cost is not a voorbeeldwaarde");

        let p = plan(p.items.clone(), &[(2026, 100_000.0), (2027, 190_000.0), (2028, 100_000.0)]);
        let t = budget_table(&Project::default(), &p).unwrap();
        assert_eq!(t.over_budget_years, vec![2026, 2028]);
        assert!(t.is_over_budget());
    }

    #[test]
    fn catalogue_costs_are_used_without_override() {
        let mut it = item(100.0, 0.0, None);
        it.cost = None;
        let t = budget_table(&Project::default(), &plan(vec![it], &[])).unwrap();
        let catalogue_cost = find_intervention(&Project::default(), &"tno_advies_08".into()).unwrap().cost;
        assert_eq!(t.rows[0].cost_per_year_eur[0], catalogue_cost.one_off_eur + catalogue_cost.per_year_eur);
        assert!(t.rows[0].example_values);
    }

    #[test]
    fn reversed_years_are_an_error() {
        let mut p = plan(vec![], &[]);
        p.last_year = 2020;
        assert!(matches!(budget_table(&Project::default(), &p).unwrap_err(), PlanError::YearsReversed { .. }));
    }
}
