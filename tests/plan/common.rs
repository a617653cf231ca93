//! Shared fixtures: plan items, plans and an exact linear outcome model.

use std::collections::BTreeMap;
use veerkrachtplanner::model::{Confidence, Cost, Effect, Plan, PlanId, PlanItem};
use veerkrachtplanner::plan::{OutcomeModel, PlanError, Room};
use veerkrachtplanner::sim::{Input, ramp};

pub fn item(id: &str, reach: f64, one_off: f64, per_year: f64) -> PlanItem {
    PlanItem { cost: Some(Cost { one_off_eur: one_off, per_year_eur: per_year }), ..PlanItem::new(id.into(), reach) }
}

pub fn with_effect(mut item: PlanItem, target: &str, points: f64) -> PlanItem {
    item.effects = Some(vec![Effect { target: target.into(), points, confidence: Confidence::Medium }]);
    item
}

pub fn plan(first: i32, last: i32, items: Vec<PlanItem>, budget: &[(i32, f64)]) -> Plan {
    Plan {
        id: PlanId::new("plan_test"),
        name: "Testplan".into(),
        first_year: first,
        last_year: last,
        budget_eur: budget.iter().copied().collect::<BTreeMap<_, _>>(),
        items,
        notes: String::new(),
    }
}

/// Outcome = 50 + Σ effect × reach × ramp(t) over inputs on `welbevinden` (exactly linear).
pub struct Linear {
    pub months: usize,
    pub reference: Vec<f64>,
}

impl Linear {
    pub fn new(months: usize) -> Self {
        Self { months, reference: vec![50.0; months + 1] }
    }
}

impl OutcomeModel for Linear {
    fn series(&self, inputs: &[Input]) -> Result<Vec<f64>, PlanError> {
        Ok((0..=self.months)
            .map(|t| {
                50.0 + inputs
                    .iter()
                    .filter(|i| i.target.as_str() == "welbevinden")
                    .map(|i| i.effect * i.reach * ramp(&i.shape, t as f64))
                    .sum::<f64>()
            })
            .collect())
    }

    fn reference(&self) -> &[f64] {
        &self.reference
    }

    /// Exactly linear: every combination is the sum of its parts.
    fn room(&self) -> Room<'_> {
        Room::Unlimited
    }
}
