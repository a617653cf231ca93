//! The one background-job type of the app: work on a named thread with progress, cancel and a typed result.
//!
//! Where it lives: here in `ui`, not in `app`. The views that start work (Monte Carlo and the results in the
//! Simulatie view, the optimiser dialog, the plan results) are `ui` types that own their own runtime state, and `ui`
//! may not import `app`; the app (loop report, exports) may use `ui`. Routing every start through an `AppCommand`
//! would move that view state into the app without making the job any different. The core stays synchronous: it
//! takes a progress/cancel token (`sim::Progress`, an `AtomicBool`) and knows nothing of threads.
//!
//! The contract:
//! - [`Job::start`] runs the work on a thread named after the job; the work reports through a [`JobContext`]
//!   (fraction, stage text) and checks [`JobContext::is_cancelled`].
//! - The owner calls [`Job::poll`] every frame; while the job runs, `poll` asks for a repaint (the worker also asks
//!   for one when it finishes), so the result shows without user input.
//! - A cancelled job's result is dropped, even if it arrives; dropping a job (closing its view, or replacing it by a
//!   newer one: superseded) cancels it and drops its result.
//! - A panic in the work becomes [`JobPoll::Failed`] with the panic's message, shown to the user; never silence.

use crate::sim::{Cancelled, Progress};
use eframe::egui;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often a running job's view is repainted to move its progress bar.
const PROGRESS_REPAINT: Duration = Duration::from_millis(100);

/// What the work sees: progress (runs done of total, or a fraction), an optional stage text and the cancel flag.
#[derive(Default)]
pub struct JobContext {
    progress: Progress,
    stage: Mutex<Option<String>>,
}

impl JobContext {
    /// The counter and cancel flag in the form the simulation core takes them.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The cancel flag alone (the optimiser takes it so).
    pub fn cancel_flag(&self) -> &std::sync::atomic::AtomicBool {
        &self.progress.cancel
    }

    pub fn is_cancelled(&self) -> bool {
        self.progress.is_cancelled()
    }

    /// Sets the progress to `fraction` (0 … 1) for work that counts in fractions, not runs.
    pub fn set_fraction(&self, fraction: f32) {
        const STEPS: usize = 1000;
        self.progress.total.store(STEPS, Ordering::Relaxed);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0 … 1000 first
        let done = (fraction.clamp(0.0, 1.0) * STEPS as f32).round() as usize;
        self.progress.done.store(done, Ordering::Relaxed);
    }

    /// What the work is doing now, in the user's words (shown on the progress bar).
    pub fn set_stage(&self, stage: String) {
        if let Ok(mut s) = self.stage.lock() {
            *s = Some(stage);
        }
    }
}

/// The answer of [`Job::poll`].
#[derive(Debug, PartialEq)]
pub enum JobPoll<T> {
    Running,
    Done(T),
    /// Cancelled by the user or by its owner; the result, if any, was dropped.
    Cancelled,
    /// The work panicked (or its thread could not be started): the reason, in the words of the failure.
    Failed(String),
}

enum Outcome<T> {
    Done(T),
    Cancelled,
    Failed(String),
}

/// A background job producing a `T`. Dropping it cancels it.
pub struct Job<T> {
    name: String,
    context: Arc<JobContext>,
    rx: Receiver<Outcome<T>>,
}

/// The number of jobs started on `ctx` whose work has not finished yet (tests wait for it to reach 0).
pub fn running(ctx: &egui::Context) -> usize {
    running_counter(ctx).load(Ordering::SeqCst)
}

fn running_counter(ctx: &egui::Context) -> Arc<AtomicUsize> {
    ctx.data_mut(|d| d.get_temp_mut_or_default::<Arc<AtomicUsize>>(egui::Id::unique("background_jobs_running")).clone())
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread named `name`. The work returns `Err(Cancelled)` when it stopped on request.
    pub fn start(
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce(&JobContext) -> Result<T, Cancelled> + Send + 'static,
    ) -> Self {
        let context = Arc::new(JobContext::default());
        let (tx, rx) = channel();
        let counter = running_counter(ctx);
        counter.fetch_add(1, Ordering::SeqCst);
        let (thread_context, thread_counter, thread_tx, repaint) =
            (Arc::clone(&context), counter.clone(), tx.clone(), ctx.clone());
        let spawned = std::thread::Builder::new().name(name.to_owned()).spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(|| work(&thread_context))) {
                Ok(Ok(value)) => Outcome::Done(value),
                Ok(Err(Cancelled)) => Outcome::Cancelled,
                Err(payload) => Outcome::Failed(panic_message(payload.as_ref())),
            };
            // The owner may be gone (view closed, job superseded): the result is dropped then.
            let sent = thread_tx.send(outcome);
            drop(sent);
            thread_counter.fetch_sub(1, Ordering::SeqCst);
            repaint.request_repaint();
        });
        if let Err(e) = spawned {
            counter.fetch_sub(1, Ordering::SeqCst);
            // The receiver is ours and alive: this send cannot fail.
            let sent = tx.send(Outcome::Failed(e.to_string()));
            debug_assert!(sent.is_ok());
        }
        Self { name: name.to_owned(), context, rx }
    }

    /// The result when the job has finished; asks for a repaint while it runs.
    pub fn poll(&self, ctx: &egui::Context) -> JobPoll<T> {
        match self.rx.try_recv() {
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(PROGRESS_REPAINT);
                JobPoll::Running
            }
            // Cancelled before the result was taken: the result belongs to a question nobody asks any more.
            Ok(Outcome::Done(_) | Outcome::Cancelled) if self.context.is_cancelled() => JobPoll::Cancelled,
            Ok(Outcome::Done(value)) => JobPoll::Done(value),
            Ok(Outcome::Cancelled) => JobPoll::Cancelled,
            Ok(Outcome::Failed(why)) => JobPoll::Failed(why),
            // The worker always sends before it ends; a closed channel without a message is a failure too.
            Err(TryRecvError::Disconnected) => JobPoll::Failed(format!("{} stopped without a result", self.name)),
        }
    }

    /// The thread's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// 0 … 1.
    pub fn fraction(&self) -> f32 {
        self.context.progress.fraction()
    }

    /// The work's own description of its current step, if it gave one.
    pub fn stage(&self) -> Option<String> {
        self.context.stage.lock().ok().and_then(|s| s.clone())
    }

    /// Asks the work to stop; its result will be dropped.
    pub fn cancel(&self) {
        self.context.progress.request_cancel();
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        self.context.progress.request_cancel();
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(ctx: &egui::Context, job: &Job<T>) -> JobPoll<T> {
        for _ in 0..2000 {
            match job.poll(ctx) {
                JobPoll::Running => std::thread::sleep(Duration::from_millis(1)),
                other => return other,
            }
        }
        panic!("job {} did not finish", job.name());
    }

    #[test]
    fn a_job_runs_on_a_named_thread_and_returns_its_result() {
        let ctx = egui::Context::default();
        let job = Job::start(&ctx, "naam-test", |c| {
            c.set_fraction(0.5);
            Ok(std::thread::current().name().map(str::to_owned))
        });
        assert_eq!(wait(&ctx, &job), JobPoll::Done(Some("naam-test".to_owned())));
        assert_eq!(running(&ctx), 0);
    }

    #[test]
    fn a_panic_becomes_a_failure_with_its_message() {
        let ctx = egui::Context::default();
        let job: Job<u32> = Job::start(&ctx, "paniek-test", |_| panic!("kapot bij stap 3"));
        assert_eq!(wait(&ctx, &job), JobPoll::Failed("kapot bij stap 3".to_owned()));
    }

    #[test]
    fn a_cancelled_job_drops_its_result_even_when_it_finished() {
        let ctx = egui::Context::default();
        let (go_tx, go_rx) = channel::<()>();
        let job = Job::start(&ctx, "annuleer-test", move |c| {
            go_rx.recv().ok();
            // Ignores the flag on purpose: the result must still be dropped.
            c.set_stage("klaar".to_owned());
            Ok(42)
        });
        assert_eq!(job.poll(&ctx), JobPoll::Running);
        job.cancel();
        go_tx.send(()).unwrap();
        assert_eq!(wait(&ctx, &job), JobPoll::Cancelled);
        assert_eq!(job.stage().as_deref(), Some("klaar"));
    }

    #[test]
    fn dropping_a_job_asks_its_work_to_stop() {
        let ctx = egui::Context::default();
        let (seen_tx, seen_rx) = channel();
        let job = Job::start(&ctx, "drop-test", move |c| {
            while !c.is_cancelled() {
                std::thread::sleep(Duration::from_millis(1));
            }
            seen_tx.send(()).ok();
            Err::<(), _>(Cancelled)
        });
        drop(job);
        assert!(seen_rx.recv_timeout(Duration::from_secs(5)).is_ok(), "the work saw the cancel");
    }
}
