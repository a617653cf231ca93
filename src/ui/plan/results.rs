//! Computed results per plan variant (budget table, effect, cost-effectiveness): a background job per project
//! generation (`ui::derived`), never on the UI thread and never by comparing projects.

use crate::model::{PlanId, Project};
use crate::plan::PlanError;
use crate::plan::{BudgetTable, CostEffectiveness, Outcome, PlanEffect, budget_table, cost_effectiveness, plan_effect};
use crate::text::Language;
use crate::ui::derived::Derived;
use crate::ui::job::JobContext;
use eframe::egui;
use std::collections::BTreeMap;

/// The results of one plan variant; an error is data, worded in the user's language where it is shown.
#[derive(Clone, Debug)]
pub struct PlanResults {
    pub budget: Result<BudgetTable, ResultError>,
    pub effect: Result<PlanEffect, ResultError>,
    pub cost_effectiveness: Result<Vec<CostEffectiveness>, ResultError>,
}

/// Why a result of a plan is missing.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultError {
    /// The computation refused the plan.
    Plan(PlanError),
    /// The budget has problems, so the effects are not computed.
    PlanHasProblems,
}

impl ResultError {
    /// The reason in `language`.
    pub fn text(&self, language: Language) -> String {
        match self {
            Self::Plan(e) => crate::text::errors::plan_error(e, language),
            Self::PlanHasProblems => crate::ui::text::PLAN_FIX_FIRST.get(language).to_owned(),
        }
    }
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
            let budget = budget_table(project, plan).map_err(ResultError::Plan);
            let (effect, ce) = if budget.is_ok() {
                (
                    plan_effect(project, plan, &Outcome::Index).map_err(ResultError::Plan),
                    cost_effectiveness(project, plan, &Outcome::Index).map_err(ResultError::Plan),
                )
            } else {
                (Err(ResultError::PlanHasProblems), Err(ResultError::PlanHasProblems))
            };
            (plan.id.clone(), PlanResults { budget, effect, cost_effectiveness: ce })
        })
        .collect()
}
