//! Errors of the plan layer, as data: what is wrong and where. `text::errors` words them (`Display` is Dutch).

use crate::sim::SimError;

/// A problem with one plan item's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemProblem {
    /// The reach is not between 0 and 100 %.
    Reach,
    /// The start month is negative or not a number.
    StartMonth,
    /// The duration is not more than 0 months.
    Duration,
    /// The ramp-up is negative or not a number.
    RampUp,
    /// The after-effect is negative or not a number.
    AfterEffect,
    /// An effect is not a number.
    Effect,
    /// A cost is negative or not a number.
    Cost,
}

/// Why a plan computation could not be done.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanError {
    /// The model, the outcome index or the inputs cannot be simulated.
    Sim(SimError),
    /// The outcome to compare is a variable that does not exist.
    UnknownOutcomeVariable { variable: String },
    /// A plan whose last year lies before its first.
    YearsReversed { plan: String, first_year: i32, last_year: i32 },
    /// A plan item names an intervention that is neither in the project nor in the catalogue.
    UnknownIntervention { plan: String, intervention: String },
    /// A plan item has a bad number.
    InvalidItem { plan: String, intervention: String, problem: ItemProblem },
    /// Several problems at once (one line each).
    Several(Vec<PlanError>),
    /// The optimiser was cancelled.
    Cancelled,
    /// The optimiser's last year lies before its first.
    OptimizerYearsReversed,
    /// A reach level for the optimiser outside 0–100 %.
    OptimizerLevelOutOfRange,
    /// A budget for the optimiser that is negative or not a number.
    OptimizerInvalidBudget { year: i32, budget: f64 },
    /// An optimiser candidate that is neither in the project nor in the catalogue.
    UnknownCandidate { intervention: String },
    /// A candidate set name the optimiser does not know (`all`, `catalogue`, `plan`).
    UnknownCandidateSet { name: String },
    /// A computation under uncertainty (comparison, sensitivity, robust optimiser) needs `runs` runs of this model,
    /// more than fit in [`crate::model::rules::MAX_COMMAND_WORK`]; at most `max_runs` would.
    TooManyRuns { runs: u64, max_runs: u64 },
}

impl PlanError {
    /// [`PlanError::TooManyRuns`] when `runs` runs of `project` would do more work than one command may.
    pub fn check_runs(project: &crate::model::Project, runs: u64) -> Result<(), Self> {
        let max_runs = Self::max_runs(project);
        if runs > max_runs { Err(Self::TooManyRuns { runs, max_runs }) } else { Ok(()) }
    }

    /// The most runs of `project` one command may do ([`crate::model::rules::MAX_COMMAND_WORK`]).
    pub fn max_runs(project: &crate::model::Project) -> u64 {
        crate::model::rules::MAX_COMMAND_WORK / crate::model::rules::run_work(project).max(1)
    }
}

impl PlanError {
    /// One error for a list of problems: `None` when there are none, the problem itself when there is one.
    pub fn from_problems(mut problems: Vec<PlanError>) -> Option<Self> {
        match problems.len() {
            0 => None,
            1 => problems.pop(),
            _ => Some(Self::Several(problems)),
        }
    }
}

impl From<SimError> for PlanError {
    fn from(error: SimError) -> Self {
        Self::Sim(error)
    }
}

impl std::error::Error for PlanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Sim(e) => Some(e),
            _ => None,
        }
    }
}
