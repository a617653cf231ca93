//! The integrators' inner loops (Euler and RK4) over one work area per run.
//!
//! Layout: everything a step writes, and the per-run numbers it reads (`b`, `1/G`, `1/T`), live in one
//! allocation of [`Scratch`]; the delay states, each with its cause and `1/τ` (and for RK4 its state and sum of
//! stages), in another; both are reused from run to run. The links (`s·g`, where each reads, which variable it
//! moves) are read from the [`Compiled`] model. Links are in compressed-row order
//! (grouped by target, in link order), so a derivative is three passes without a branch on the kind of link:
//! 1. the links: `Σ s·g·z` per variable, each link reading its `z` from `[y | z]` at a precomputed place;
//! 2. the delay states ("lags", one per distinct cause and delay): `z` moved towards its cause's `y`;
//! 3. the variables: `d` moved, element by element, and the new `y = clamp(b + d, 0, 100) − b` written at once
//!    for the next derivative.
//!
//! Pass 3 is a plain loop over parallel arrays, which the compiler turns into vector instructions.
//! The inputs `u` of every time point come from a table made once per run ([`RampTable`]).
//!
//! The arithmetic is that of the equations in `simulation.md`, operation for operation and in the same order, so
//! the numbers are those of the plain integrator (`tests/sim/reference.rs` checks this bit for bit). Only the
//! order of independent updates differs, which does not change a bit, and delayed links with the same cause and
//! delay share one state, whose equation and start are those of each of them.

use super::compile::{Compiled, CompiledInputs, LinkTerm};
use super::ramps::RampTable;
use super::run::{RunOptions, Trajectory};
use crate::model::SimMethod;

/// Work arrays of a run; reuse one per thread so that runs allocate nothing.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// `[d | src | u | acc | b | 1/G | 1/T | stage | ksum]` (the last two for RK4 only).
    numbers: Vec<f64>,
    /// Per delay state: where its cause is read, `1/τ`, and (RK4) its state and sum of stages.
    lags: Vec<Lag>,
    ramps: RampTable,
}

/// One delay state ("lag") as the integrators read it. Kept together so that the pass over the lags needs few
/// registers (the RK4 step has many arrays in use at once).
#[derive(Clone, Copy, Debug, Default)]
struct Lag {
    /// Where its cause's `y` is read.
    from: usize,
    /// `1 / max(τ, h)`.
    inv_tau: f64,
    /// RK4: `z` at the start of the step (Euler keeps `z` only where the links read it).
    z: f64,
    /// RK4: `k1 + 2·k2 + 2·k3` of `z` so far.
    k: f64,
}

/// The parts of a [`Scratch`] for one run of one model.
struct Parts<'a> {
    /// `d` at the start of the step.
    state: &'a mut [f64],
    /// `[y (n) | z (lags)]` of the state the next derivative is taken at: what each link reads.
    src: &'a mut [f64],
    /// `u_i` of the current time point; entries of variables without inputs stay 0.
    u: &'a mut [f64],
    /// `Σ s·g·z` per variable.
    acc: &'a mut [f64],
    /// RK4: `d` of the current stage.
    stage: &'a mut [f64],
    /// RK4: `k1 + 2·k2 + 2·k3` of `d` so far.
    ksum: &'a mut [f64],
    lags: &'a mut [Lag],
    model: Model<'a>,
}

/// The read-only numbers of the model for this run.
struct Model<'a> {
    baseline: &'a [f64],
    inv_g: &'a [f64],
    /// `1 / max(T, h)`.
    inv_t: &'a [f64],
    terms: &'a [LinkTerm],
}

impl Scratch {
    /// Integrates `c` from rest (`d = 0`, `z = 0`) and writes every month into `out` (already sized).
    pub(crate) fn integrate(&mut self, c: &Compiled, inputs: &CompiledInputs, opts: &RunOptions, out: &mut Trajectory) {
        let k = opts.steps_per_month();
        let rk4 = opts.method == SimMethod::Rk4;
        let months = out.n_months() - 1;
        self.ramps.prepare(inputs, k, months * k, rk4);
        self.ramps.load_amplitudes(inputs);
        let Scratch { numbers, lags, ramps } = self;
        let parts = parts(numbers, lags, c, 1.0 / k as f64, rk4);
        let fill = |p: usize, u: &mut [f64]| ramps.fill_inputs(inputs, p, u);
        let rows = out.as_mut_slice();
        if rk4 {
            self::rk4(parts, fill, k, months, rows);
        } else {
            euler(parts, fill, k, months, rows);
        }
    }
}

/// Sizes and fills the work area for a run of `c` with step `h`, from rest.
fn parts<'a>(numbers: &'a mut Vec<f64>, lags: &'a mut Vec<Lag>, c: &'a Compiled, h: f64, rk4: bool) -> Parts<'a> {
    let n = c.n_variables();
    let ns = n + c.n_lags();
    numbers.clear();
    numbers.resize(n + ns + 2 * n, 0.0);
    numbers.extend_from_slice(&c.baseline);
    numbers.extend_from_slice(&c.inv_g);
    numbers.extend(c.adjustment_months.iter().map(|&t| 1.0 / t.max(h)));
    numbers.resize(numbers.len() + if rk4 { 2 * n } else { 0 }, 0.0);
    lags.clear();
    lags.extend(c.lag_from.iter().zip(&c.lag_delay_months).map(|(&from, &tau)| Lag {
        from,
        inv_tau: 1.0 / tau.max(h),
        z: 0.0,
        k: 0.0,
    }));

    let (state, rest) = numbers.split_at_mut(n);
    let (src, rest) = rest.split_at_mut(ns);
    let (u, rest) = rest.split_at_mut(n);
    let (acc, rest) = rest.split_at_mut(n);
    let (baseline, rest) = rest.split_at_mut(n);
    let (inv_g, rest) = rest.split_at_mut(n);
    let (inv_t, rest) = rest.split_at_mut(n);
    let (stage, ksum) = rest.split_at_mut(if rk4 { n } else { 0 });
    Parts { state, src, u, acc, stage, ksum, lags, model: Model { baseline, inv_g, inv_t, terms: &c.link_terms } }
}

impl Model<'_> {
    /// `y = clamp(b + d, 0, 100) − b` for every variable.
    fn deviations(&self, d: &[f64], y: &mut [f64]) {
        for ((y, &d), &b) in y.iter_mut().zip(d).zip(self.baseline) {
            *y = (b + d).clamp(0.0, 100.0) - b;
        }
    }

    /// `x = clamp(b + d, 0, 100)` for every variable into one month's row.
    fn save(&self, d: &[f64], row: &mut [f64]) {
        for ((x, &d), &b) in row.iter_mut().zip(d).zip(self.baseline) {
            *x = (b + d).clamp(0.0, 100.0);
        }
    }

    /// Pass 1: `acc_i = Σ_j s·g·z` over the links into `i`, in link order (from 0), from `src = [y | z]`. One
    /// flat pass over the links: no work per variable (measured: cheaper than a loop per row for these short rows).
    fn link_sums(&self, src: &[f64], acc: &mut [f64]) {
        acc.fill(0.0);
        for t in self.terms {
            acc[t.to] += t.sg * src[t.src];
        }
    }
}

/// Euler: `d` and `z` move by `h · (e − d) / T` and `h · (y − z) / τ`, every derivative taken before any state
/// moves. `z` lives where the links read it (in `src`); each `z` is read only by its own links, so it moves after
/// the pass over the links, and before the `y` it reads move.
fn euler(p: Parts<'_>, fill: impl Fn(usize, &mut [f64]), k: usize, months: usize, rows: &mut [f64]) {
    let Parts { state, src, u, acc, lags, model: m, .. } = p;
    let n = m.baseline.len();
    let nl = lags.len();
    let h = 1.0 / k as f64;
    let d = &mut state[..n];
    let (first, rest) = rows.split_at_mut(n);
    m.save(d, first);
    m.deviations(d, &mut src[..n]);
    let (acc, u, inv_g, inv_t, b) = (&mut acc[..n], &mut u[..n], &m.inv_g[..n], &m.inv_t[..n], &m.baseline[..n]);
    for (month, row) in rest.chunks_exact_mut(n.max(1)).take(months).enumerate() {
        for s in 0..k {
            fill(month * k + s, u);
            m.link_sums(src, acc);
            let (y, z) = src.split_at_mut(n);
            let (y, z) = (&mut y[..n], &mut z[..nl]);
            for (z, l) in z.iter_mut().zip(&*lags) {
                *z += h * ((y[l.from] - *z) * l.inv_tau);
            }
            for i in 0..n {
                let e = acc[i] * inv_g[i] + u[i];
                d[i] += h * ((e - d[i]) * inv_t[i]);
                y[i] = (b[i] + d[i]).clamp(0.0, 100.0) - b[i];
            }
        }
        m.save(d, row);
    }
}

/// Classic RK4: `k = f(t, x)` per stage, the next stage at `x + a·k`, and `x += h/6 · (k1 + 2·k2 + 2·k3 + k4)`,
/// element by element. The stage's `z` lives where the links read it (in `src`); `ksum` keeps
/// `k1 + 2·k2 + 2·k3` summed in that order, which gives the bits of the written-out sum. The inputs at `t + h` are
/// those of the next step's `t`, so they are filled once.
fn rk4(p: Parts<'_>, fill: impl Fn(usize, &mut [f64]), k: usize, months: usize, rows: &mut [f64]) {
    let Parts { state, src, u, acc, stage, ksum, lags, model: m } = p;
    let n = m.baseline.len();
    let nl = lags.len();
    let h = 1.0 / k as f64;
    let half = 0.5 * h;
    let sixth = h / 6.0;
    let (first, rest) = rows.split_at_mut(n);
    m.save(&state[..n], first);
    m.deviations(&state[..n], &mut src[..n]);
    let (sd, kd, td) = (&mut state[..n], &mut ksum[..n], &mut stage[..n]);
    let (acc, u, inv_g, inv_t, b) = (&mut acc[..n], &mut u[..n], &m.inv_g[..n], &m.inv_t[..n], &m.baseline[..n]);
    fill(0, u);
    for (month, row) in rest.chunks_exact_mut(n.max(1)).take(months).enumerate() {
        for s in 0..k {
            let p = 2 * (month * k + s);
            // Stage 1 at t (inputs already filled): k1 = f(state), next stage at state + h/2 · k1.
            m.link_sums(src, acc);
            let (y, z) = src.split_at_mut(n);
            let (y, z) = (&mut y[..n], &mut z[..nl]);
            for (z, l) in z.iter_mut().zip(lags.iter_mut()) {
                let v = (y[l.from] - l.z) * l.inv_tau;
                l.k = v;
                *z = l.z + half * v;
            }
            for i in 0..n {
                let v = (acc[i] * inv_g[i] + u[i] - sd[i]) * inv_t[i];
                kd[i] = v;
                td[i] = sd[i] + half * v;
                y[i] = (b[i] + td[i]).clamp(0.0, 100.0) - b[i];
            }
            // Stages 2 and 3 at t + h/2: k = f(stage), next stage at state + a · k.
            fill(p + 1, u);
            for a in [half, h] {
                m.link_sums(src, acc);
                let (y, z) = src.split_at_mut(n);
                let (y, z) = (&mut y[..n], &mut z[..nl]);
                for (z, l) in z.iter_mut().zip(lags.iter_mut()) {
                    let v = (y[l.from] - *z) * l.inv_tau;
                    l.k += 2.0 * v;
                    *z = l.z + a * v;
                }
                for i in 0..n {
                    let v = (acc[i] * inv_g[i] + u[i] - td[i]) * inv_t[i];
                    kd[i] += 2.0 * v;
                    td[i] = sd[i] + a * v;
                    y[i] = (b[i] + td[i]).clamp(0.0, 100.0) - b[i];
                }
            }
            // Stage 4 at t + h: k4 = f(stage), then the step.
            fill(p + 2, u);
            m.link_sums(src, acc);
            let (y, z) = src.split_at_mut(n);
            let (y, z) = (&mut y[..n], &mut z[..nl]);
            for (z, l) in z.iter_mut().zip(lags.iter_mut()) {
                let v = (y[l.from] - *z) * l.inv_tau;
                let next = l.z + sixth * (l.k + v);
                l.z = next;
                *z = next;
            }
            for i in 0..n {
                let v = (acc[i] * inv_g[i] + u[i] - td[i]) * inv_t[i];
                sd[i] += sixth * (kd[i] + v);
                y[i] = (b[i] + sd[i]).clamp(0.0, 100.0) - b[i];
            }
        }
        m.save(sd, row);
    }
}
