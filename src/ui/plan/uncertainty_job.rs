//! Plan A against plan B under uncertainty, and the tornado of plan B, on a worker thread: progress, cancel, result
//! by channel. Dropping a job cancels it. (A small thread and channel, as the Monte Carlo job.)

use crate::model::{Plan, Project, Scenario};
use crate::plan::{
    CompareRequest, Comparison, Outcome, PlanError, Sensitivity, SensitivityRequest, compare, sensitivity,
};
use crate::sim::monte_carlo::Progress;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

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
}

pub enum Poll {
    Running,
    Done(Box<UncertaintyResult>),
    /// The reason, in Dutch (plan errors have no English rendering yet).
    Failed(String),
    Stopped,
}

pub struct UncertaintyJob {
    progress: Arc<Progress>,
    rx: Receiver<Result<UncertaintyResult, PlanError>>,
    /// Why the worker thread could not be started.
    not_started: Option<String>,
}

impl UncertaintyJob {
    pub fn start(project: Project, a: Plan, b: Plan, scenario: Option<Scenario>, runs: usize) -> Self {
        let progress = Arc::new(Progress::new());
        let (tx, rx) = channel();
        let p = Arc::clone(&progress);
        let spawned = std::thread::Builder::new().name("onzekerheid".to_owned()).spawn(move || {
            // The receiver may be gone (page closed or recomputed): nothing to do then.
            let _ = tx.send(compute(&project, &a, &b, scenario, runs, &p));
        });
        let not_started = spawned.err().map(|e| format!("Kan de berekening niet starten: {e}"));
        Self { progress, rx, not_started }
    }

    pub fn poll(&self) -> Poll {
        if let Some(reason) = &self.not_started {
            return Poll::Failed(reason.clone());
        }
        match self.rx.try_recv() {
            Ok(Ok(result)) => Poll::Done(Box::new(result)),
            Ok(Err(PlanError::Cancelled)) | Err(TryRecvError::Disconnected) => Poll::Stopped,
            Ok(Err(e)) => Poll::Failed(e.to_string()),
            Err(TryRecvError::Empty) => Poll::Running,
        }
    }

    /// 0 … 1 of the current step.
    pub fn fraction(&self) -> f32 {
        self.progress.fraction()
    }

    pub fn cancel(&self) {
        self.progress.request_cancel();
    }
}

impl Drop for UncertaintyJob {
    fn drop(&mut self) {
        self.progress.request_cancel();
    }
}

fn compute(
    project: &Project,
    a: &Plan,
    b: &Plan,
    scenario: Option<Scenario>,
    runs: usize,
    progress: &Progress,
) -> Result<UncertaintyResult, PlanError> {
    let seed = project.settings.monte_carlo_seed;
    let mut comparisons = Vec::new();
    for s in std::iter::once(None).chain(scenario.map(Some)) {
        let request = CompareRequest { outcome: Outcome::Index, scenario: s.clone(), runs, seed, threads: 0 };
        comparisons.push((s.map(|s| s.name), compare(project, a, b, &request, progress)?));
    }
    let request =
        SensitivityRequest { outcome: Outcome::Index, scenario: None, variance_runs: VARIANCE_RUNS, seed, threads: 0 };
    let sensitivity = sensitivity(project, b, &request, progress)?;
    Ok(UncertaintyResult { name_a: a.name.clone(), name_b: b.name.clone(), comparisons, sensitivity })
}
