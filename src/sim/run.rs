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
use super::kernel::Scratch;
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

impl Compiled {
    /// One deterministic run from rest (`d = 0`, `z = 0`).
    pub fn run(&self, inputs: &CompiledInputs, opts: &RunOptions) -> Trajectory {
        let mut out = Trajectory::default();
        let mut scratch = Scratch::default();
        self.run_into(inputs, opts, &mut out, &mut scratch);
        out
    }

    /// As [`Self::run`], into `out`; allocates nothing when `out` and `scratch` already have the right sizes and
    /// the inputs have the same shapes as in the previous run with this `scratch` (their effects may differ).
    pub fn run_into(&self, inputs: &CompiledInputs, opts: &RunOptions, out: &mut Trajectory, scratch: &mut Scratch) {
        out.resize(self.n_variables(), opts.horizon_months as usize + 1);
        scratch.integrate(self, inputs, opts, out);
    }
}
