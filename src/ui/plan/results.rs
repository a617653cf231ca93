//! Computed results per plan variant (budget table, effect, cost-effectiveness): a background job per project
//! generation (`ui::derived`), never on the UI thread and never by comparing projects.

use crate::model::{PlanId, Project};
use crate::plan::{BudgetTable, CostEffectiveness, Outcome, PlanEffect, budget_table, cost_effectiveness, plan_effect};
use crate::ui::derived::Derived;
use crate::ui::job::JobContext;
use eframe::egui;
use std::collections::BTreeMap;

/// The results of one plan variant; errors are Dutch messages.
#[derive(Clone, Debug)]
pub struct PlanResults {
    pub budget: Result<BudgetTable, String>,
    pub effect: Result<PlanEffect, String>,
    pub cost_effectiveness: Result<Vec<CostEffectiveness>, String>,
}

/// Results for every plan, for the newest project generation computed.
pub struct ResultsCache {
    derived: Derived<BTreeMap<PlanId, PlanResults>>,
}

impl Default for ResultsCache {
    fn default() -> Self {
        Self { derived: Derived::new("plan-results") }
    }
}

impl ResultsCache {
    /// Starts computing the results when `generation` is new; takes them when they are ready.
    pub fn refresh(&mut self, ctx: &egui::Context, project: &Project, generation: u64) {
        self.derived.refresh(ctx, generation, || {
            let project = project.clone();
            move |_: &JobContext| Ok(compute_all(&project))
        });
    }

    /// The results of plan `id` (of the last computation; replaced as soon as a newer one is ready).
    pub fn get(&self, id: &PlanId) -> Option<&PlanResults> {
        self.derived.latest().and_then(|by_plan| by_plan.get(id))
    }

    /// True while results are being computed.
    pub fn is_computing(&self) -> bool {
        self.derived.is_computing()
    }

    /// Why the last computation failed, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.derived.failure()
    }

    /// How many computations were started (tests: an unchanged project starts none).
    pub fn computations(&self) -> u64 {
        self.derived.computations()
    }
}

/// The results of every plan of `project`.
fn compute_all(project: &Project) -> BTreeMap<PlanId, PlanResults> {
    project
        .plans
        .iter()
        .map(|plan| {
            let budget = budget_table(project, plan).map_err(|e| e.to_string());
            let (effect, ce) = if budget.is_ok() {
                (
                    plan_effect(project, plan, &Outcome::Index).map_err(|e| e.to_string()),
                    cost_effectiveness(project, plan, &Outcome::Index).map_err(|e| e.to_string()),
                )
            } else {
                let why = "Eerst de problemen in het plan oplossen.".to_owned();
                (Err(why.clone()), Err(why))
            };
            (plan.id.clone(), PlanResults { budget, effect, cost_effectiveness: ce })
        })
        .collect()
}
