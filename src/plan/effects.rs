//! Plan versus reference run (`simulation.md`, "Outcomes"), and per-intervention cost-effectiveness (`Budgets`):
//! the plan's outcome area with an item minus without it, per € 1.000 of the item's cost over the plan period.

use super::outcome::{OutcomeModel, area_between};
use super::{PlanError, budget_table, find_intervention, plan_inputs};
use crate::model::{InterventionId, Plan, Project};
use serde::Serialize;

/// The outcome of a plan against the reference run, month by month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanEffect {
    /// Outcome per month (t = 0, 1, …) without any intervention.
    pub reference: Vec<f64>,
    /// Outcome per month with the plan.
    pub plan: Vec<f64>,
    /// `plan − reference` per month.
    pub effect: Vec<f64>,
    /// Area of the effect over the horizon (index-point-months).
    pub area: f64,
    /// The effect in the last month.
    pub end_effect: f64,
    /// The largest effect in any month, and that month.
    pub peak_effect: f64,
    pub peak_month: usize,
}

/// How much one plan item adds, and at what cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CostEffectiveness {
    /// Position of the item in the plan.
    pub item_index: usize,
    pub intervention: InterventionId,
    pub name: String,
    /// The plan's outcome area with the item minus without it (index-point-months).
    pub area_contribution: f64,
    /// The item's cost over the whole plan period.
    pub total_cost_eur: f64,
    /// `area_contribution` per € 1.000; `None` when the item costs nothing.
    pub area_per_1000_eur: Option<f64>,
    /// True when effects or costs are voorbeeldwaarden.
    pub example_values: bool,
}

/// The plan's effect on the model's outcome.
pub fn plan_effect_with<M: OutcomeModel + ?Sized>(
    model: &M,
    project: &Project,
    plan: &Plan,
) -> Result<PlanEffect, PlanError> {
    let series = model.series(&plan_inputs(project, plan)?)?;
    let reference = model.reference().to_vec();
    let effect: Vec<f64> = series.iter().zip(&reference).map(|(p, r)| p - r).collect();
    let (peak_month, peak_effect) = effect
        .iter()
        .copied()
        .enumerate()
        .fold((0, 0.0_f64), |best, (t, e)| if e.abs() > best.1.abs() { (t, e) } else { best });
    Ok(PlanEffect {
        area: area_between(&series, &reference),
        end_effect: effect.last().copied().unwrap_or(0.0),
        peak_effect,
        peak_month,
        reference,
        plan: series,
        effect,
    })
}

/// Every item's contribution per € 1.000, best first: free items with a positive contribution, then by area per
/// € 1.000 (descending), then items that do not help; ties by intervention id.
pub fn cost_effectiveness_with<M: OutcomeModel + ?Sized>(
    model: &M,
    project: &Project,
    plan: &Plan,
) -> Result<Vec<CostEffectiveness>, PlanError> {
    let budget = budget_table(project, plan)?;
    let full_area = model.area(&plan_inputs(project, plan)?)?;
    let mut rows = Vec::with_capacity(plan.items.len());
    for (index, item) in plan.items.iter().enumerate() {
        let mut without = plan.clone();
        without.items.remove(index);
        let area_contribution = full_area - model.area(&plan_inputs(project, &without)?)?;
        let total_cost_eur = budget.rows[index].total_eur;
        let intervention = find_intervention(project, &item.intervention);
        rows.push(CostEffectiveness {
            item_index: index,
            intervention: item.intervention.clone(),
            name: intervention.map_or_else(|| item.intervention.to_string(), |i| i.name.clone()),
            area_contribution,
            total_cost_eur,
            area_per_1000_eur: (total_cost_eur > 0.0).then(|| area_contribution / total_cost_eur * 1000.0),
            example_values: intervention.is_some_and(|i| i.example_values)
                && (item.effects.is_none() || item.cost.is_none()),
        });
    }
    rows.sort_by(|a, b| {
        let group = |r: &CostEffectiveness| match r.area_per_1000_eur {
            _ if r.area_contribution <= 0.0 => 2,
            None => 0,
            Some(_) => 1,
        };
        group(a)
            .cmp(&group(b))
            .then_with(|| b.area_per_1000_eur.unwrap_or(0.0).total_cmp(&a.area_per_1000_eur.unwrap_or(0.0)))
            .then_with(|| a.intervention.cmp(&b.intervention))
            .then(a.item_index.cmp(&b.item_index))
    });
    Ok(rows)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::outcome::testing::LinearModel;
    use super::*;
    use crate::model::{Cost, Effect, PlanId, PlanItem};

    fn item(id: &str, target: &str, points: f64, per_year: f64) -> PlanItem {
        PlanItem {
            effects: Some(vec![Effect {
                target: target.into(),
                points,
                confidence: crate::model::Confidence::default(),
            }]),
            cost: Some(Cost { one_off_eur: 0.0, per_year_eur: per_year }),
            ..PlanItem::new(id.into(), 100.0)
        }
    }

    fn plan(items: Vec<PlanItem>) -> Plan {
        Plan {
            id: PlanId::new("p"),
            name: "Plan".into(),
            first_year: 2026,
            last_year: 2027,
            budget_eur: std::collections::BTreeMap::new(),
            items,
            notes: String::new(),
        }
    }

    #[test]
    fn effect_is_plan_minus_reference() {
        // 24 months of +2 points on a variable with weight 0.5: +1 per month from t = 0 to 23, then 0.
        let model = LinearModel::new(&[("welbevinden", 0.5)], 36);
        let p = plan(vec![item("tno_advies_05", "welbevinden", 2.0, 1000.0)]);
        let e = plan_effect_with(&model, &Project::default(), &p).unwrap();
        assert_eq!(e.effect.len(), 37);
        assert_eq!(e.effect[0], 1.0);
        assert_eq!(e.effect[23], 1.0);
        assert_eq!(e.effect[24], 0.0);
        assert_eq!(e.area, 23.0 + 0.5);
        assert_eq!(e.peak_effect, 1.0);
        assert_eq!(e.end_effect, 0.0);
    }

    #[test]
    fn cost_effectiveness_is_area_per_thousand_euros_ranked() {
        let model = LinearModel::new(&[("welbevinden", 1.0), ("stress", -1.0)], 24);
        let p = plan(vec![
            item("tno_advies_01", "welbevinden", 2.0, 12_000.0), // area 2 × 23.5 = 47 for € 24.000
            item("tno_advies_02", "stress", -3.0, 6_000.0),      // area 3 × 23.5 = 70,5 for € 12.000
            item("tno_advies_03", "welbevinden", -1.0, 1_000.0), // harms
            item("tno_advies_04", "welbevinden", 1.0, 0.0),      // free
        ]);
        let rows = cost_effectiveness_with(&model, &Project::default(), &p).unwrap();
        let order: Vec<&str> = rows.iter().map(|r| r.intervention.as_str()).collect();
        assert_eq!(order, ["tno_advies_04", "tno_advies_02", "tno_advies_01", "tno_advies_03"]);
        assert_eq!(rows[1].area_contribution, 70.5);
        assert_eq!(rows[1].total_cost_eur, 12_000.0);
        assert_eq!(rows[1].area_per_1000_eur, Some(70.5 / 12.0));
        assert_eq!(rows[0].area_per_1000_eur, None);
        assert!(rows[3].area_contribution < 0.0);
    }
}
