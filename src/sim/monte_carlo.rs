//! Monte Carlo (`simulation.md`, Uncertainty): every run draws every link gain and every input effect that has a
//! confidence from its uniform range; results are the 10 %, 50 % and 90 % points per variable, month and index.
//!
//! Documented choices:
//! - Generator: xoshiro256** ([`super::rng`]); run `r` uses `Xoshiro256::for_run(seed, r)`, so results do not depend
//!   on the number of threads. Per run the draws are, in this order: every link gain in [`Compiled::link_ids`]
//!   order (`g · (1 + w·(2U − 1))`, clipped at 0, `w` = 0.10 / 0.25 / 0.50 for hoog / gemiddeld / laag), then the
//!   effect of every input with a confidence, in input order (not clipped: the sign of an effect is its meaning).
//!   Shocks (confidence `None`) are fixed. `G_i` is recomputed from each run's gains.
//! - Percentiles: linear interpolation between order statistics at position `p·(N − 1)` (numpy's default), found
//!   by selection ([`band_points`]), not by sorting. The index bands are percentiles of each run's index, not the
//!   index of the variables' percentiles.
//! - Threads: one per core (at most 8); workers take blocks of runs from a queue and write each run's values in
//!   its own place, so the bytes of the result do not depend on the number of threads or on which one did a run.
//! - Memory: at most [`MAX_CELLS`] stored values at a time; larger problems are done in batches of variables,
//!   re-running the (deterministic) runs per batch.

pub use super::band_points::{band_points, percentile_select, percentile_sorted};
use super::band_points::{band_points_of_keys, order_key};
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
    /// The variables (columns, ascending) that have bands; the others are NaN.
    pub variables: Vec<usize>,
}

impl McResult {
    /// Whether the bands of `var` were computed.
    pub fn has_band(&self, var: usize) -> bool {
        self.variables.binary_search(&var).is_ok()
    }

    pub fn band(&self, var: usize) -> Band {
        Band { p10: self.p10.series(var), p50: self.p50.series(var), p90: self.p90.series(var) }
    }
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

/// What to compute besides the runs themselves.
#[derive(Clone, Copy, Debug, Default)]
pub struct McRequest<'a> {
    /// The variables (columns) whose bands are wanted; `None`: every variable. Memory then grows with
    /// runs × months × these variables only; the bands of the others are NaN ([`McResult::has_band`]).
    pub variables: Option<&'a [usize]>,
    /// Worker threads; 0: one per core (at most 8). The results are the same bytes for any number.
    pub threads: usize,
}

/// Runs `runs` Monte Carlo runs (at least 1, at most [`MAX_RUNS`]) on every core and returns the bands of every
/// variable. `progress.done` counts finished runs; setting `progress.cancel` stops soon with [`Cancelled`].
pub fn monte_carlo(
    c: &Compiled,
    inputs: &CompiledInputs,
    opts: &RunOptions,
    index: Option<&IndexWeights>,
    runs: usize,
    seed: u64,
    progress: &Progress,
) -> Result<McResult, Cancelled> {
    monte_carlo_request(c, inputs, opts, index, runs, seed, McRequest::default(), progress)
}

/// As [`monte_carlo`], with the bands of only some variables and a chosen number of threads.
#[allow(clippy::too_many_arguments)]
pub fn monte_carlo_request(
    c: &Compiled,
    inputs: &CompiledInputs,
    opts: &RunOptions,
    index: Option<&IndexWeights>,
    runs: usize,
    seed: u64,
    request: McRequest<'_>,
    progress: &Progress,
) -> Result<McResult, Cancelled> {
    let runs = runs.clamp(1, MAX_RUNS);
    let n = c.n_variables();
    let columns: Vec<usize> = match request.variables {
        Some(v) => {
            let mut v: Vec<usize> = v.iter().copied().filter(|&i| i < n).collect();
            v.sort_unstable();
            v.dedup();
            v
        }
        None => (0..n).collect(),
    };
    let months = opts.horizon_months as usize + 1;
    if columns.is_empty() && index.is_none() {
        let mut nan = Trajectory::new(n, months);
        nan.as_mut_slice().fill(f64::NAN);
        return Ok(McResult {
            runs,
            seed,
            p10: nan.clone(),
            p50: nan.clone(),
            p90: nan,
            index: None,
            variables: columns,
        });
    }
    let batch = (MAX_CELLS / (runs * months)).clamp(1, columns.len().max(1));
    // With only the index asked for, one pass without columns.
    let n_batches = columns.len().div_ceil(batch).max(1);
    progress.done.store(0, Ordering::Relaxed);
    progress.total.store(runs * n_batches, Ordering::Relaxed);
    let threads = if runs < PARALLEL_THRESHOLD {
        1
    } else if request.threads > 0 {
        request.threads.min(runs)
    } else {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).clamp(1, 8)
    };

    let mut p10 = Trajectory::new(n, months);
    let mut p50 = Trajectory::new(n, months);
    let mut p90 = Trajectory::new(n, months);
    if columns.len() < n {
        for t in [&mut p10, &mut p50, &mut p90] {
            t.as_mut_slice().fill(f64::NAN);
        }
    }
    let mut index_values = vec![0.0; if index.is_some() { runs * months } else { 0 }];
    for b in 0..n_batches {
        let cols = &columns[(b * batch).min(columns.len())..((b + 1) * batch).min(columns.len())];
        let want_index = index.filter(|_| b == 0);
        let cells = months * cols.len();
        // Every variable, in order: a run's rows are its trajectory as it is.
        let all_columns = cols.len() == n;
        let mut values = vec![0.0; runs * cells];
        let index_rows: &mut [f64] = if want_index.is_some() { &mut index_values } else { &mut [] };
        let jobs = Jobs::new(&mut values, cells, index_rows, months, runs);
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    let mut w = Worker::new(c, inputs);
                    while let Some((first_run, out, mut index_out)) = jobs.next() {
                        for r in 0..JOB_RUNS.min(runs - first_run) {
                            if progress.is_cancelled() {
                                return;
                            }
                            w.run(c, inputs, opts, seed, first_run + r);
                            let out = &mut out[r * cells..(r + 1) * cells];
                            if all_columns {
                                out.copy_from_slice(&w.traj.as_slice()[..cells]);
                            } else {
                                for m in 0..months {
                                    let row = w.traj.month(m);
                                    for (o, &v) in out[m * cols.len()..(m + 1) * cols.len()].iter_mut().zip(cols) {
                                        *o = row[v];
                                    }
                                }
                            }
                            if let (Some(part), Some(ix)) = (index_out.as_deref_mut(), want_index) {
                                for m in 0..months {
                                    part[r * months + m] = ix.of_row(w.traj.month(m));
                                }
                            }
                            progress.done.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                });
            }
        });
        if progress.is_cancelled() {
            return Err(Cancelled);
        }
        let points = cell_points(&values, runs, cells, threads);
        for (cell, p) in points.iter().enumerate() {
            let (m, j) = (cell / cols.len(), cell % cols.len());
            let at = m * n + cols[j];
            p10.as_mut_slice()[at] = p[0];
            p50.as_mut_slice()[at] = p[1];
            p90.as_mut_slice()[at] = p[2];
        }
    }
    let index = index.map(|_| {
        let points = cell_points(&index_values, runs, months, 1);
        Band {
            p10: points.iter().map(|p| p[0]).collect(),
            p50: points.iter().map(|p| p[1]).collect(),
            p90: points.iter().map(|p| p[2]).collect(),
        }
    });
    Ok(McResult { runs, seed, p10, p50, p90, index, variables: columns })
}

/// Runs handed to a worker at a time.
const JOB_RUNS: usize = 16;

/// The runs still to do, in blocks of [`JOB_RUNS`], each with the rows of the results it writes. Workers take
/// blocks until none are left, so a busy core does fewer; which worker does a run never changes its numbers.
struct Jobs<'a> {
    queue: std::sync::Mutex<JobQueue<'a>>,
}

/// First run of the block, its rows of cell values, its rows of index values.
type Job<'a> = (usize, &'a mut [f64], Option<&'a mut [f64]>);

struct JobQueue<'a> {
    next_run: usize,
    runs: usize,
    values: std::slice::ChunksMut<'a, f64>,
    index: std::slice::ChunksMut<'a, f64>,
}

impl<'a> Jobs<'a> {
    fn new(values: &'a mut [f64], cells: usize, index: &'a mut [f64], months: usize, runs: usize) -> Self {
        let values = values.chunks_mut((JOB_RUNS * cells).max(1));
        let index = index.chunks_mut((JOB_RUNS * months).max(1));
        Self { queue: std::sync::Mutex::new(JobQueue { next_run: 0, runs, values, index }) }
    }

    fn next(&self) -> Option<Job<'a>> {
        let mut q = self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if q.next_run >= q.runs {
            return None;
        }
        let first = q.next_run;
        q.next_run += JOB_RUNS;
        let values = q.values.next().unwrap_or_default();
        Some((first, values, q.index.next()))
    }
}

/// The band points of every cell of `values` (`runs` rows of `cells`), on `threads` threads.
fn cell_points(values: &[f64], runs: usize, cells: usize, threads: usize) -> Vec<[f64; 3]> {
    let mut points = vec![[0.0; 3]; cells];
    let per_thread = cells.div_ceil(threads.max(1)).div_ceil(BLOCK).max(1) * BLOCK;
    std::thread::scope(|scope| {
        let mut parts = points.chunks_mut(per_thread).enumerate();
        let first = parts.next();
        for (part, chunk) in parts {
            scope.spawn(move || points_of(values, runs, cells, part * per_thread, chunk));
        }
        // The calling thread does the first part itself.
        if let Some((_, chunk)) = first {
            points_of(values, runs, cells, 0, chunk);
        }
    });
    points
}

/// The band points of the cells `c_start..c_start + out.len()`.
fn points_of(values: &[f64], runs: usize, cells: usize, c_start: usize, out: &mut [[f64; 3]]) {
    // Blocked transpose: gather a block of cells from every run (contiguous reads), then select.
    let mut block = vec![0i64; BLOCK * runs];
    for (b, out) in out.chunks_mut(BLOCK).enumerate() {
        let c0 = c_start + b * BLOCK;
        let w = out.len();
        for r in 0..runs {
            for (j, &x) in values[r * cells + c0..r * cells + c0 + w].iter().enumerate() {
                block[j * runs + r] = order_key(x);
            }
        }
        for (j, p) in out.iter_mut().enumerate() {
            *p = band_points_of_keys(&mut block[j * runs..(j + 1) * runs]);
        }
    }
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
