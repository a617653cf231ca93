//! Data derived from the project (loop report, plan results, interventions per variable, stability), cached on the
//! document's generation and computed by a [`Job`] off the UI thread.
//!
//! The generation is a number that changes with every change of the project (`app::document`), so the cache never
//! clones or compares the project to find out whether it is still valid: a frame with the same generation reuses the
//! value; a new generation starts one job (superseding a running one) and keeps showing the last value until the new
//! one arrives.

use super::job::{Job, JobContext, JobPoll};
use crate::sim::Cancelled;
use eframe::egui;

/// One derived value and the job computing its next version.
pub struct Derived<T> {
    name: &'static str,
    /// The last value computed, with the generation it was computed for.
    value: Option<(u64, T)>,
    job: Option<(u64, Job<T>)>,
    /// A failed computation (the work panicked) and its generation; not retried until the project changes.
    failure: Option<(u64, String)>,
    computations: u64,
}

impl<T: Send + 'static> Derived<T> {
    /// `name` names the worker thread.
    pub fn new(name: &'static str) -> Self {
        Self { name, value: None, job: None, failure: None, computations: 0 }
    }

    /// Starts computing the value for `generation` unless it is there or under way, and takes a finished result.
    /// `make` is called only when a computation starts: it captures what the work needs (a copy of the project).
    pub fn refresh<W>(&mut self, ctx: &egui::Context, generation: u64, make: impl FnOnce() -> W)
    where
        W: FnOnce(&JobContext) -> Result<T, Cancelled> + Send + 'static,
    {
        let known = |g: Option<u64>| g == Some(generation);
        if !known(self.value.as_ref().map(|(g, _)| *g))
            && !known(self.job.as_ref().map(|(g, _)| *g))
            && !known(self.failure.as_ref().map(|(g, _)| *g))
        {
            self.computations += 1;
            // Replacing a running job drops (cancels) it: its result is for a project that no longer exists.
            self.job = Some((generation, Job::start(ctx, self.name, make())));
        }
        self.poll(ctx);
    }

    fn poll(&mut self, ctx: &egui::Context) {
        let Some((generation, job)) = &self.job else { return };
        match job.poll(ctx) {
            JobPoll::Running => return,
            JobPoll::Done(value) => {
                self.value = Some((*generation, value));
                self.failure = None;
            }
            JobPoll::Failed(why) => self.failure = Some((*generation, why)),
            // Only a superseded job is cancelled, and that one is no longer polled.
            JobPoll::Cancelled => {}
        }
        self.job = None;
        ctx.request_repaint();
    }

    /// Stores a value computed on the spot for `generation` (a caller that cannot wait); a running job is dropped.
    pub fn set(&mut self, generation: u64, value: T) {
        if self.job.as_ref().is_some_and(|(g, _)| *g == generation) {
            self.job = None;
        }
        self.value = Some((generation, value));
    }

    /// The last value computed, even if the project changed since (it is replaced as soon as the new one is ready).
    pub fn latest(&self) -> Option<&T> {
        self.value.as_ref().map(|(_, v)| v)
    }

    /// The value for `generation`, if it is computed.
    pub fn current(&self, generation: u64) -> Option<&T> {
        self.value.as_ref().filter(|(g, _)| *g == generation).map(|(_, v)| v)
    }

    /// True while the value for the newest generation asked is being computed.
    pub fn is_computing(&self) -> bool {
        self.job.is_some()
    }

    /// Why the last computation failed (the work panicked), until a later one succeeds.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_ref().map(|(_, why)| why.as_str())
    }

    /// How many computations were started (tests check that an unchanged project starts none).
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

/// Derived data cheap enough for the UI thread (and needed by the first frame), computed once per generation.
pub struct Cached<T> {
    value: Option<(u64, T)>,
    computations: u64,
}

impl<T> Default for Cached<T> {
    fn default() -> Self {
        Self { value: None, computations: 0 }
    }
}

impl<T> Cached<T> {
    /// The value for `generation`, computed by `compute` only when the generation is new.
    pub fn get(&mut self, generation: u64, compute: impl FnOnce() -> T) -> &T {
        if self.value.as_ref().is_none_or(|(g, _)| *g != generation) {
            self.computations += 1;
            self.value = None;
        }
        &self.value.get_or_insert_with(|| (generation, compute())).1
    }

    /// How many times the value was computed.
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settle<T: Clone + Send + 'static>(ctx: &egui::Context, d: &mut Derived<T>, generation: u64, value: &T) {
        for _ in 0..2000 {
            let v = value.clone();
            d.refresh(ctx, generation, move || move |_: &JobContext| Ok(v));
            if !d.is_computing() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        panic!("not computed");
    }

    #[test]
    fn the_same_generation_is_computed_once_and_a_new_one_again() {
        let ctx = egui::Context::default();
        let mut d = Derived::new("derived-test");
        settle(&ctx, &mut d, 1, &10);
        assert_eq!(d.current(1), Some(&10));
        settle(&ctx, &mut d, 1, &99);
        assert_eq!((d.computations(), d.current(1)), (1, Some(&10)), "same generation: no recomputation");
        d.refresh(&ctx, 2, || |_: &JobContext| Ok(20));
        assert_eq!(d.latest(), Some(&10), "the old value stays until the new one is there");
        assert_eq!(d.current(2), None);
        settle(&ctx, &mut d, 2, &20);
        assert_eq!((d.computations(), d.current(2)), (2, Some(&20)));
    }

    #[test]
    fn a_failure_is_kept_and_not_retried_until_the_project_changes() {
        let ctx = egui::Context::default();
        let mut d: Derived<u8> = Derived::new("derived-fail");
        d.refresh(&ctx, 1, || |_: &JobContext| -> Result<u8, Cancelled> { panic!("stuk") });
        for _ in 0..2000 {
            if !d.is_computing() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
            d.refresh(&ctx, 1, || |_: &JobContext| Ok(0));
        }
        assert_eq!(d.failure(), Some("stuk"));
        d.refresh(&ctx, 1, || |_: &JobContext| Ok(0));
        assert_eq!(d.computations(), 1);
    }

    #[test]
    fn a_cached_value_is_computed_once_per_generation() {
        let mut c = Cached::default();
        assert_eq!(*c.get(1, || 1), 1);
        assert_eq!(*c.get(1, || 2), 1);
        assert_eq!(*c.get(2, || 3), 3);
        assert_eq!(c.computations(), 2);
    }
}
