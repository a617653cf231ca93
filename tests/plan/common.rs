//! Shared fixtures: plan items, plans and an exact linear outcome model.

use std::collections::BTreeMap;
use veerkrachtplanner::model::{Confidence, Cost, Effect, Plan, PlanId, PlanItem};
use veerkrachtplanner::plan::{OptimizeRequest, item_cost_per_year};
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

/// Every combination of reach levels {0, 25, 50, 75, 100 %} of the request's candidates that keeps every year's
/// budget, as a plan; for brute-force comparisons with the optimiser.
pub fn affordable_plans(request: &OptimizeRequest) -> Vec<Plan> {
    let p = plan(request.first_year, request.last_year, vec![], &[]);
    let n = request.candidates.len();
    let mut plans = Vec::new();
    for mut code in 0..5usize.pow(n as u32) {
        let mut chosen = p.clone();
        for c in &request.candidates {
            let level = (code % 5) as f64 * 25.0;
            code /= 5;
            if level > 0.0 {
                chosen.items.push(PlanItem { reach_percent: level, ..c.clone() });
            }
        }
        let fits = (request.first_year..=request.last_year).enumerate().all(|(k, year)| {
            let spent: f64 =
                chosen.items.iter().map(|i| item_cost_per_year(&chosen, i, &i.cost.unwrap_or_default())[k]).sum();
            spent <= request.budget_per_year_eur[&year] + 0.005
        });
        if fits {
            plans.push(chosen);
        }
    }
    plans
}

/// Runs the program with `args` in the crate's folder: (exit code, stdout, stderr).
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
