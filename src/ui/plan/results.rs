//! Computed results per plan variant (budget table, effect, cost-effectiveness), recomputed only when the project
//! changes.

use crate::model::{PlanId, Project};
use crate::plan::{BudgetTable, CostEffectiveness, Outcome, PlanEffect, budget_table, cost_effectiveness, plan_effect};
use std::collections::BTreeMap;

/// The results of one plan variant; errors are Dutch messages.
#[derive(Clone, Debug)]
pub struct PlanResults {
    pub budget: Result<BudgetTable, String>,
    pub effect: Result<PlanEffect, String>,
    pub cost_effectiveness: Result<Vec<CostEffectiveness>, String>,
}

/// Results for every plan of the last project seen.
#[derive(Default)]
pub struct ResultsCache {
    seen: Option<Project>,
    pub by_plan: BTreeMap<PlanId, PlanResults>,
}

impl ResultsCache {
    /// Recomputes when `project` differs from the one last seen.
    pub fn refresh(&mut self, project: &Project) {
        if self.seen.as_ref() == Some(project) {
            return;
        }
        self.by_plan = project
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
            .collect();
        self.seen = Some(project.clone());
    }

    pub fn get(&self, id: &PlanId) -> Option<&PlanResults> {
        self.by_plan.get(id)
    }
}
