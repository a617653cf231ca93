//! The work behind "Onder onzekerheid": plan A against plan B under uncertainty (without and, when asked, with a
//! crisis scenario) and the tornado of plan B, run as the app's background [`Job`].

use crate::model::{Plan, Project, Scenario};
use crate::plan::{
    CompareRequest, Comparison, Outcome, PlanError, Sensitivity, SensitivityRequest, compare, max_compare_runs,
    sensitivity,
};
use crate::text::Language;
use crate::text::errors::plan_error;
use crate::ui::job::{Job, JobContext};
use eframe::egui;

/// Draws for the first-order index of the tornado.
const VARIANCE_RUNS: usize = 200;

/// What the job found.
#[derive(Clone, Debug)]
pub struct UncertaintyResult {
    pub name_a: String,
    pub name_b: String,
    /// Without crisis, then (when asked) with the scenario (its name).
    pub comparisons: Vec<(Option<String>, Comparison)>,
    pub sensitivity: Sensitivity,
    /// (runs made, runs asked) when fewer runs were made than asked because more would not fit for this model.
    pub runs_lowered: Option<(usize, usize)>,
}

/// The job's result: the findings, or why they could not be computed (in the user's language).
pub type UncertaintyJob = Job<Result<UncertaintyResult, String>>;

/// Starts the computation on a named thread.
pub fn start(
    ctx: &egui::Context,
    project: Project,
    (a, b): (Plan, Plan),
    scenario: Option<Scenario>,
    runs: usize,
    language: Language,
) -> UncertaintyJob {
    Job::start(ctx, "onzekerheid", move |jc| match compute(&project, &a, &b, scenario, runs, jc) {
        Err(PlanError::Cancelled) => Err(crate::sim::Cancelled),
        result => Ok(result.map_err(|e| plan_error(&e, language))),
    })
}

fn compute(
    project: &Project,
    a: &Plan,
    b: &Plan,
    scenario: Option<Scenario>,
    runs: usize,
    jc: &JobContext,
) -> Result<UncertaintyResult, PlanError> {
    let seed = project.settings.monte_carlo_seed;
    let asked = runs;
    let runs = runs.min(max_compare_runs(project, scenario.is_some())).max(1);
    let mut comparisons = Vec::new();
    for s in std::iter::once(None).chain(scenario.map(Some)) {
        let request = CompareRequest { outcome: Outcome::Index, scenario: s.clone(), runs, seed, threads: 0 };
        comparisons.push((s.map(|s| s.name), compare(project, a, b, &request, jc.progress())?));
    }
    let request =
        SensitivityRequest { outcome: Outcome::Index, scenario: None, variance_runs: VARIANCE_RUNS, seed, threads: 0 };
    let sensitivity = sensitivity(project, b, &request, jc.progress())?;
    let runs_lowered = (runs < asked).then_some((runs, asked));
    Ok(UncertaintyResult { name_a: a.name.clone(), name_b: b.name.clone(), comparisons, sensitivity, runs_lowered })
}
