//! Many runs of several plans under the same draws (common random numbers, [`super::draws`]): per plan and draw
//! the outcome area against the reference run of that same draw. The work is spread over threads in fixed blocks
//! of draws; every draw writes only its own place, so the bytes do not depend on the number of threads.

use super::draws::{PlanDraws, draw_gains};
use super::{Evaluator, PlanError};
use crate::sim::monte_carlo::Progress;
use crate::sim::{Scratch, Trajectory, area_between};
use std::sync::atomic::Ordering;

/// Most draws per call.
pub const MAX_DRAWS: usize = 100_000;

/// What to run: the plans, and the reference (shocks only) when it is not at rest.
pub struct Ensemble<'a> {
    pub evaluator: &'a Evaluator,
    /// Relative range of every link gain ([`super::draws::link_ranges`]).
    pub ranges: &'a [f64],
    pub plans: &'a [PlanDraws],
    /// The reference inputs (the scenario's shocks); `None` when there are none, so the reference rests at the
    /// baseline in every draw.
    pub reference: Option<&'a PlanDraws>,
    pub seed: u64,
    /// Worker threads; 0: one per core (at most 8).
    pub threads: usize,
}

impl Ensemble<'_> {
    /// Areas per plan per draw: `result[p][r]`. `run` `None` in `draws` means the central values (no draw).
    pub fn areas(&self, draws: &[Option<usize>], progress: &Progress) -> Result<Vec<Vec<f64>>, PlanError> {
        let n = draws.len();
        progress.done.store(0, Ordering::Relaxed);
        progress.total.store(n, Ordering::Relaxed);
        let threads = if n < 16 {
            1
        } else if self.threads > 0 {
            self.threads.min(n)
        } else {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8).min(n)
        };
        // Row-major per draw: [plan 0, plan 1, …].
        let width = self.plans.len();
        let mut out = vec![0.0; n * width];
        let per_thread = n.div_ceil(threads.max(1)).max(1);
        let failure: std::sync::Mutex<Option<PlanError>> = std::sync::Mutex::new(None);
        std::thread::scope(|scope| {
            for (block, chunk) in out.chunks_mut(per_thread * width.max(1)).enumerate() {
                let first = block * per_thread;
                let failure = &failure;
                scope.spawn(move || {
                    if let Err(e) = self.block(&draws[first..], chunk, progress) {
                        let mut slot = failure.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                        slot.get_or_insert(e);
                    }
                });
            }
        });
        if let Some(e) = failure.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner) {
            return Err(e);
        }
        if progress.is_cancelled() {
            return Err(PlanError::Cancelled);
        }
        Ok((0..width).map(|p| (0..n).map(|r| out[r * width + p]).collect()).collect())
    }

    /// The draws of one block, written to `out` (`width` values per draw).
    fn block(&self, draws: &[Option<usize>], out: &mut [f64], progress: &Progress) -> Result<(), PlanError> {
        let (compiled, weights, options) = self.evaluator.parts();
        let mut model = compiled.clone();
        let mut gains = Vec::new();
        let mut traj = Trajectory::default();
        let mut scratch = Scratch::default();
        let central_reference = self.evaluator.reference_series();
        let width = self.plans.len().max(1);
        for (row, draw) in out.chunks_mut(width).zip(draws) {
            if progress.is_cancelled() {
                return Ok(());
            }
            match draw {
                Some(run) => draw_gains(compiled, self.ranges, self.seed, *run, &mut gains),
                None => gains.clone_from(&compiled.gains().to_vec()),
            }
            model.set_gains(&gains);
            let reference = match self.reference {
                Some(shocks) => {
                    let inputs = shocks.drawn(compiled, self.seed, *draw)?;
                    model.run_into(&inputs, options, &mut traj, &mut scratch);
                    weights.series(&traj)
                }
                None => central_reference.to_vec(),
            };
            for (slot, plan) in row.iter_mut().zip(self.plans) {
                let inputs = plan.drawn(compiled, self.seed, *draw)?;
                model.run_into(&inputs, options, &mut traj, &mut scratch);
                *slot = area_between(&weights.series(&traj), &reference);
            }
            progress.done.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }
}
