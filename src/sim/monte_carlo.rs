//! Monte Carlo (`simulation.md`, Uncertainty): every run draws every link gain and every input effect that has a
//! confidence from its uniform range; results are the 10 %, 50 % and 90 % points per variable, month and index.
//!
//! Documented choices:
//! - Generator: xoshiro256** ([`super::rng`]); run `r` uses `Xoshiro256::for_run(seed, r)`, so results do not depend
//!   on the number of threads. Per run the draws are, in this order: every link gain in [`Compiled::link_ids`]
//!   order (`g · (1 + w·(2U − 1))`, clipped at 0, `w` = 0.10 / 0.25 / 0.50 for hoog / gemiddeld / laag), then the
//!   effect of every input with a confidence, in input order (not clipped: the sign of an effect is its meaning).
//!   Shocks (confidence `None`) are fixed. `G_i` is recomputed from each run's gains.
//! - Percentiles: linear interpolation between order statistics at position `p·(N − 1)` (numpy's default).
//!   The index bands are percentiles of each run's index, not the index of the variables' percentiles.
//! - Memory: at most [`MAX_CELLS`] stored values at a time; larger problems are done in batches of variables,
//!   re-running the (deterministic) runs per batch.

use super::rng::Xoshiro256;
use super::{Compiled, CompiledInputs, IndexWeights, RunOptions, Scratch, Trajectory};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Stored values per batch (8 bytes each).
pub const MAX_CELLS: usize = 1 << 24;
/// Most runs per call (more are not done: memory for the index bands grows with the runs).
pub const MAX_RUNS: usize = 100_000;
/// Cells per block when computing percentiles.
const BLOCK: usize = 64;
/// Below this many runs one thread is used.
pub const PARALLEL_THRESHOLD: usize = 32;

/// Shared progress and cancel flag; read from the UI thread while a worker runs.
#[derive(Debug, Default)]
pub struct Progress {
    /// Runs done (over all batches).
    pub done: AtomicUsize,
    /// Runs to do (over all batches); set at the start.
    pub total: AtomicUsize,
    pub cancel: AtomicBool,
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    /// 0 … 1.
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 { 0.0 } else { self.done.load(Ordering::Relaxed) as f32 / total as f32 }
    }

    pub fn request_cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// The Monte Carlo run was cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cancelled;

/// 10 %, 50 % and 90 % points of one series.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct McResult {
    pub runs: usize,
    pub seed: u64,
    pub p10: Trajectory,
    pub p50: Trajectory,
    pub p90: Trajectory,
    /// Bands of the veerkrachtindex when an index was given.
    pub index: Option<Band>,
}

impl McResult {
    pub fn band(&self, var: usize) -> Band {
        Band { p10: self.p10.series(var), p50: self.p50.series(var), p90: self.p90.series(var) }
    }
}

/// The value at fraction `p` of sorted values (linear interpolation at `p·(N − 1)`).
pub fn percentile_sorted(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let pos = p.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            let frac = pos - lo as f64;
            sorted[lo] + frac * (sorted[hi] - sorted[lo])
        }
    }
}

/// As [`percentile_sorted`] on unsorted values, by selection (`O(N)`); reorders `values`.
pub fn percentile_select(values: &mut [f64], p: f64) -> f64 {
    let n = values.len();
    if n < 2 {
        return values.first().copied().unwrap_or(f64::NAN);
    }
    let pos = p.clamp(0.0, 1.0) * (n - 1) as f64;
    let lo = pos.floor() as usize;
    let frac = pos - lo as f64;
    let (_, &mut v_lo, rest) = values.select_nth_unstable_by(lo, f64::total_cmp);
    if frac == 0.0 || rest.is_empty() {
        return v_lo;
    }
    let v_hi = rest.iter().copied().fold(f64::INFINITY, f64::min);
    v_lo + frac * (v_hi - v_lo)
}

/// One worker's reusable state.
struct Worker {
    model: Compiled,
    inputs: CompiledInputs,
    gains: Vec<f64>,
    traj: Trajectory,
    scratch: Scratch,
}

impl Worker {
    fn new(c: &Compiled, inputs: &CompiledInputs) -> Self {
        Self {
            model: c.clone(),
            inputs: inputs.clone(),
            gains: c.link_gain.clone(),
            traj: Trajectory::default(),
            scratch: Scratch::default(),
        }
    }

    fn run(&mut self, c: &Compiled, inputs: &CompiledInputs, opts: &RunOptions, seed: u64, run: usize) {
        let mut rng = Xoshiro256::for_run(seed, run as u64);
        for k in 0..self.gains.len() {
            self.gains[k] = rng.around(c.link_gain[k], c.link_confidence[k].relative_range()).max(0.0);
        }
        self.model.set_gains(&self.gains);
        for k in 0..inputs.len() {
            let effect = match inputs.confidence[k] {
                Some(conf) => rng.around(inputs.effect[k], conf.relative_range()),
                None => inputs.effect[k],
            };
            self.inputs.amplitude[k] = effect * inputs.reach[k];
        }
        self.model.run_into(&self.inputs, opts, &mut self.traj, &mut self.scratch);
    }
}

/// Runs `runs` Monte Carlo runs (at least 1, at most [`MAX_RUNS`]) on worker threads and returns the bands.
/// `progress.done` counts finished runs; setting `progress.cancel` stops soon with [`Cancelled`].
pub fn monte_carlo(
    c: &Compiled,
    inputs: &CompiledInputs,
    opts: &RunOptions,
    index: Option<&IndexWeights>,
    runs: usize,
    seed: u64,
    progress: &Progress,
) -> Result<McResult, Cancelled> {
    let runs = runs.clamp(1, MAX_RUNS);
    let n = c.n_variables();
    let months = opts.horizon_months as usize + 1;
    let batch = (MAX_CELLS / (runs * months)).clamp(1, n.max(1));
    let n_batches = n.div_ceil(batch).max(1);
    progress.done.store(0, Ordering::Relaxed);
    progress.total.store(runs * n_batches, Ordering::Relaxed);
    let threads = if runs >= PARALLEL_THRESHOLD {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8)
    } else {
        1
    };
    let runs_per_thread = runs.div_ceil(threads);

    let mut p10 = Trajectory::new(n, months);
    let mut p50 = Trajectory::new(n, months);
    let mut p90 = Trajectory::new(n, months);
    let mut index_values = vec![0.0; if index.is_some() { runs * months } else { 0 }];
    let mut sorted = vec![0.0; runs];
    let mut block = vec![0.0; BLOCK * runs];

    for b in 0..n_batches {
        let first = b * batch;
        let width = batch.min(n - first.min(n));
        let cells = months * width;
        let mut values = vec![0.0; runs * cells];
        let want_index = index.is_some() && b == 0;
        let index_chunk = if want_index { runs_per_thread * months } else { 0 };
        let mut index_parts: Vec<&mut [f64]> =
            if want_index { index_values.chunks_mut(index_chunk).collect() } else { Vec::new() };
        std::thread::scope(|scope| {
            for (t, chunk) in values.chunks_mut((runs_per_thread * cells).max(1)).enumerate() {
                let index_part = if want_index { Some(std::mem::take(&mut index_parts[t])) } else { None };
                scope.spawn(move || {
                    let mut w = Worker::new(c, inputs);
                    let mut index_part = index_part;
                    for (r_local, out) in chunk.chunks_mut(cells.max(1)).enumerate() {
                        if progress.is_cancelled() {
                            return;
                        }
                        let run = t * runs_per_thread + r_local;
                        w.run(c, inputs, opts, seed, run);
                        for m in 0..months {
                            let row = w.traj.month(m);
                            out[m * width..(m + 1) * width].copy_from_slice(&row[first..first + width]);
                        }
                        if let (Some(part), Some(ix)) = (index_part.as_deref_mut(), index) {
                            for m in 0..months {
                                part[r_local * months + m] = ix.of_row(w.traj.month(m));
                            }
                        }
                        progress.done.fetch_add(1, Ordering::Relaxed);
                    }
                });
            }
        });
        if progress.is_cancelled() {
            return Err(Cancelled);
        }
        // Blocked transpose: gather a block of cells from every run (contiguous reads), then select.
        for c0 in (0..cells).step_by(BLOCK) {
            let w = BLOCK.min(cells - c0);
            for r in 0..runs {
                let row = &values[r * cells + c0..r * cells + c0 + w];
                for (j, &x) in row.iter().enumerate() {
                    block[j * runs + r] = x;
                }
            }
            for j in 0..w {
                let cell = c0 + j;
                let (m, v) = (cell / width, cell % width);
                let at = m * n + first + v;
                let vals = &mut block[j * runs..(j + 1) * runs];
                p10.as_mut_slice()[at] = percentile_select(vals, 0.1);
                p50.as_mut_slice()[at] = percentile_select(vals, 0.5);
                p90.as_mut_slice()[at] = percentile_select(vals, 0.9);
            }
        }
    }
    let index = index.map(|_| {
        let mut band = Band { p10: vec![0.0; months], p50: vec![0.0; months], p90: vec![0.0; months] };
        for m in 0..months {
            for (r, s) in sorted.iter_mut().enumerate() {
                *s = index_values[r * months + m];
            }
            band.p10[m] = percentile_select(&mut sorted, 0.1);
            band.p50[m] = percentile_select(&mut sorted, 0.5);
            band.p90[m] = percentile_select(&mut sorted, 0.9);
        }
        band
    });
    Ok(McResult { runs, seed, p10, p50, p90, index })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_like_numpy() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(percentile_sorted(&v, 0.5), 3.0);
        assert!((percentile_sorted(&v, 0.1) - 1.4).abs() < 1e-12);
        assert!((percentile_sorted(&v, 0.9) - 4.6).abs() < 1e-12);
        let mut w = [5.0, 3.0, 1.0, 4.0, 2.0];
        for p in [0.0, 0.1, 0.5, 0.9, 1.0] {
            assert_eq!(percentile_select(&mut w, p), percentile_sorted(&v, p));
        }
    }
}
