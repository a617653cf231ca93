//! Integration of the equations of `simulation.md` (Euler or RK4), saving `x` every month.
//!
//! Documented choices (where `simulation.md` leaves room):
//! - **Step.** The step is `h = 1 / k` month with `k = round(1 / dt)` steps per month (at least 1, at most
//!   [`MAX_STEPS_PER_MONTH`]), so that every month is hit exactly; `dt = 0.25` gives `h = 0.25` exactly. A `dt`
//!   that is not finite or not positive uses the default 0.25. Step `n` starts at `t = n / k`.
//! - **Time constants shorter than a step.** Inside a run every adjustment time `T_i` and every delay `τ > 0`
//!   counts as at least one step: `max(T, h)`. Then a variable reaches its target within one step instead of
//!   overshooting, Euler can never blow up, and for the shipped speeds (≥ 1 month) and `dt ≤ 1` nothing changes.
//! - **Order of sums.** `e_i = (Σ_j s·g·z) / G_i + u_i`, the sum over the links into `i` in link-id order, then the
//!   inputs in the order given.
//! - Inputs are evaluated at each step's time (Euler) or at the RK4 stage times `t`, `t + h/2`, `t + h`; the clamp
//!   `x = clamp(b + d, 0, 100)` is applied inside every derivative evaluation.

use super::compile::{Compiled, CompiledInputs};
use crate::model::{SimMethod, SimSettings};

/// Upper bound on steps per month (a `dt` below 1/10000 month is treated as 1/10000).
pub const MAX_STEPS_PER_MONTH: usize = 10_000;

/// How to run: step, horizon and method.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunOptions {
    pub dt_months: f64,
    pub horizon_months: u32,
    pub method: SimMethod,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self::from(&SimSettings::default())
    }
}

impl From<&SimSettings> for RunOptions {
    fn from(s: &SimSettings) -> Self {
        Self { dt_months: s.dt_months, horizon_months: s.horizon_months, method: s.method }
    }
}

impl RunOptions {
    /// `k = round(1 / dt)`, in `1..=MAX_STEPS_PER_MONTH`; see the module documentation.
    pub fn steps_per_month(&self) -> usize {
        let dt = if self.dt_months.is_finite() && self.dt_months > 0.0 { self.dt_months } else { 0.25 };
        let k = (1.0 / dt).round();
        if k < 1.0 {
            1
        } else if k > MAX_STEPS_PER_MONTH as f64 {
            MAX_STEPS_PER_MONTH
        } else {
            k as usize
        }
    }

    /// The step actually used, `1 / k` months.
    pub fn step_months(&self) -> f64 {
        1.0 / self.steps_per_month() as f64
    }
}

/// The values `x` of every variable, saved at every month `t = 0, 1, …, horizon`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trajectory {
    n_vars: usize,
    n_months: usize,
    /// Row-major: `x[month * n_vars + var]`.
    x: Vec<f64>,
}

impl Trajectory {
    /// An all-zero trajectory of the given size.
    pub fn new(n_vars: usize, n_months: usize) -> Self {
        Self { n_vars, n_months, x: vec![0.0; n_vars * n_months] }
    }

    /// `horizon + 1`.
    pub fn n_months(&self) -> usize {
        self.n_months
    }

    pub fn n_variables(&self) -> usize {
        self.n_vars
    }

    pub fn value(&self, month: usize, var: usize) -> f64 {
        self.x[month * self.n_vars + var]
    }

    /// All variables at one month (column order of [`Compiled::variable_ids`]).
    pub fn month(&self, month: usize) -> &[f64] {
        &self.x[month * self.n_vars..(month + 1) * self.n_vars]
    }

    pub fn series(&self, var: usize) -> Vec<f64> {
        (0..self.n_months).map(|m| self.value(m, var)).collect()
    }

    /// The raw row-major values.
    pub fn as_slice(&self) -> &[f64] {
        &self.x
    }

    pub(crate) fn as_mut_slice(&mut self) -> &mut [f64] {
        &mut self.x
    }

    fn resize(&mut self, n_vars: usize, n_months: usize) {
        self.n_vars = n_vars;
        self.n_months = n_months;
        self.x.resize(n_vars * n_months, 0.0);
    }
}

/// Work arrays of a run; reuse one per thread so that runs allocate nothing.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    state: Vec<f64>,
    tmp: Vec<f64>,
    k1: Vec<f64>,
    k2: Vec<f64>,
    k3: Vec<f64>,
    k4: Vec<f64>,
    /// `[y (n) | z (delayed)]`: what each link reads.
    src: Vec<f64>,
    u: Vec<f64>,
    /// Reciprocal of the effective adjustment time per variable and delay per delayed link, `1 / max(·, h)`.
    t_eff: Vec<f64>,
    tau_eff: Vec<f64>,
}

impl Scratch {
    fn prepare(&mut self, c: &Compiled, h: f64) {
        let n = c.n_variables();
        let ns = n + c.n_delayed();
        for v in [&mut self.state, &mut self.tmp, &mut self.k1, &mut self.k2, &mut self.k3, &mut self.k4] {
            v.resize(ns, 0.0);
        }
        self.state.fill(0.0);
        self.src.resize(ns, 0.0);
        self.u.resize(n, 0.0);
        self.t_eff.clear();
        self.t_eff.extend(c.adjustment_months.iter().map(|&t| 1.0 / t.max(h)));
        self.tau_eff.clear();
        self.tau_eff.extend(c.delayed.iter().map(|&k| 1.0 / c.link_delay_months[k].max(h)));
    }
}

/// The right-hand side: writes `d(state)/dt` at time `t` into `out`.
#[allow(clippy::too_many_arguments)]
fn derivative(
    c: &Compiled,
    inputs: &CompiledInputs,
    t: f64,
    state: &[f64],
    src: &mut [f64],
    u: &mut [f64],
    t_eff: &[f64],
    tau_eff: &[f64],
    out: &mut [f64],
) {
    let n = c.n_variables();
    let (d, z) = state.split_at(n);
    let (y, src_z) = src.split_at_mut(n);
    for ((yi, &di), &bi) in y.iter_mut().zip(d).zip(&c.baseline) {
        *yi = (bi + di).clamp(0.0, 100.0) - bi;
    }
    src_z.copy_from_slice(z);
    inputs.evaluate(t, u);
    let src: &[f64] = src;
    let (dd, dz) = out.split_at_mut(n);
    for i in 0..n {
        let range = c.in_start[i]..c.in_start[i + 1];
        let mut acc = 0.0;
        for (&sg, &ix) in c.link_sg[range.clone()].iter().zip(&c.link_src[range]) {
            acc += sg * src[ix];
        }
        let e = acc * c.inv_g[i] + u[i];
        dd[i] = (e - d[i]) * t_eff[i];
    }
    for (slot, &k) in c.delayed.iter().enumerate() {
        dz[slot] = (src[c.link_from[k]] - z[slot]) * tau_eff[slot];
    }
}

impl Compiled {
    /// One deterministic run from rest (`d = 0`, `z = 0`).
    pub fn run(&self, inputs: &CompiledInputs, opts: &RunOptions) -> Trajectory {
        let mut out = Trajectory::default();
        let mut scratch = Scratch::default();
        self.run_into(inputs, opts, &mut out, &mut scratch);
        out
    }

    /// As [`Self::run`], into `out`; allocates nothing when `out` and `scratch` already have the right sizes.
    pub fn run_into(&self, inputs: &CompiledInputs, opts: &RunOptions, out: &mut Trajectory, scratch: &mut Scratch) {
        let n = self.n_variables();
        let months = opts.horizon_months as usize;
        out.resize(n, months + 1);
        let k = opts.steps_per_month();
        let h = 1.0 / k as f64;
        scratch.prepare(self, h);
        self.save(&scratch.state, out, 0);
        let kf = k as f64;
        let Scratch { state, tmp, k1, k2, k3, k4, src, u, t_eff, tau_eff } = scratch;
        for month in 0..months {
            for s in 0..k {
                let step = (month * k + s) as f64;
                let t = step / kf;
                match opts.method {
                    SimMethod::Euler => {
                        derivative(self, inputs, t, state, src, u, t_eff, tau_eff, k1);
                        for (x, dx) in state.iter_mut().zip(k1.iter()) {
                            *x += h * dx;
                        }
                    }
                    SimMethod::Rk4 => {
                        let t_half = (2.0 * step + 1.0) / (2.0 * kf);
                        let t_next = (step + 1.0) / kf;
                        derivative(self, inputs, t, state, src, u, t_eff, tau_eff, k1);
                        axpy(tmp, state, 0.5 * h, k1);
                        derivative(self, inputs, t_half, tmp, src, u, t_eff, tau_eff, k2);
                        axpy(tmp, state, 0.5 * h, k2);
                        derivative(self, inputs, t_half, tmp, src, u, t_eff, tau_eff, k3);
                        axpy(tmp, state, h, k3);
                        derivative(self, inputs, t_next, tmp, src, u, t_eff, tau_eff, k4);
                        for i in 0..state.len() {
                            state[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
                        }
                    }
                }
            }
            self.save(state, out, month + 1);
        }
    }

    fn save(&self, state: &[f64], out: &mut Trajectory, month: usize) {
        let n = self.n_variables();
        let row = &mut out.x[month * n..(month + 1) * n];
        for i in 0..n {
            row[i] = (self.baseline[i] + state[i]).clamp(0.0, 100.0);
        }
    }
}

/// `out = x + a·v`.
fn axpy(out: &mut [f64], x: &[f64], a: f64, v: &[f64]) {
    for i in 0..out.len() {
        out[i] = x[i] + a * v[i];
    }
}
