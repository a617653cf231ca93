//! The ramps of a run's inputs at every time the integrator evaluates them, computed once and reused.
//!
//! The ramps depend only on the input shapes and the time grid, never on the state or on the drawn effects, so a
//! table of them serves every step of a run and every run of a Monte Carlo (whose draws change the amplitudes
//! only). The values are those of [`super::ramp`] at exactly the times the integrator used to pass it.

use super::{CompiledInputs, ramp};
use crate::model::InputShape;

/// Largest table kept (values, 2 MiB); beyond it (a tiny `dt` over a long horizon) the ramps are evaluated per step.
const MAX_VALUES: usize = 1 << 18;

/// `values[p * n_inputs + j]` is the ramp of input `j` at time point `p`.
///
/// Time points: Euler uses one per step, `t = step / k`; RK4 two per step plus the end, `p = 2·step` at
/// `step / k` and `p = 2·step + 1` at `(2·step + 1) / (2k)` (the stage times `t`, `t + h/2`, `t + h`).
#[derive(Clone, Debug, Default)]
pub(crate) struct RampTable {
    shapes: Vec<InputShape>,
    steps_per_month: usize,
    points: usize,
    half_steps: bool,
    /// False when the table would be too large: then [`Self::fill_inputs`] evaluates the ramps itself.
    tabulated: bool,
    values: Vec<f64>,
}

impl RampTable {
    /// Makes the table fit `inputs` on the grid of `steps` steps of `1 / k` month (with half steps for RK4);
    /// recomputes only when the shapes or the grid changed.
    pub(crate) fn prepare(&mut self, inputs: &CompiledInputs, k: usize, steps: usize, half_steps: bool) {
        let points = if half_steps { 2 * steps + 1 } else { steps };
        if self.steps_per_month == k
            && self.points == points
            && self.half_steps == half_steps
            && self.shapes == inputs.shape
        {
            return;
        }
        self.shapes.clone_from(&inputs.shape);
        self.steps_per_month = k;
        self.points = points;
        self.half_steps = half_steps;
        let ni = inputs.len();
        self.tabulated = points.saturating_mul(ni) <= MAX_VALUES;
        self.values.clear();
        if !self.tabulated {
            return;
        }
        self.values.resize(points * ni, 0.0);
        for (j, shape) in inputs.shape.iter().enumerate() {
            for p in 0..points {
                self.values[p * ni + j] = ramp(shape, self.time(p));
            }
        }
    }

    /// The time of point `p`, computed exactly as the integrator defines it.
    pub(crate) fn time(&self, p: usize) -> f64 {
        let kf = self.steps_per_month as f64;
        if !self.half_steps {
            return p as f64 / kf;
        }
        let step = (p / 2) as f64;
        if p.is_multiple_of(2) { step / kf } else { (2.0 * step + 1.0) / (2.0 * kf) }
    }

    /// Writes `u_i` at time point `p` into `u` for every input's target, in input order (entries of variables
    /// without inputs are left alone: they stay 0).
    pub(crate) fn fill_inputs(&self, inputs: &CompiledInputs, p: usize, u: &mut [f64]) {
        for &target in &inputs.target {
            u[target] = 0.0;
        }
        let ni = inputs.len();
        if self.tabulated {
            let r = &self.values[p * ni..(p + 1) * ni];
            for ((&target, &amplitude), &ramp) in inputs.target.iter().zip(&inputs.amplitude).zip(r) {
                u[target] += amplitude * ramp;
            }
        } else {
            let t = self.time(p);
            for ((&target, &amplitude), shape) in inputs.target.iter().zip(&inputs.amplitude).zip(&inputs.shape) {
                u[target] += amplitude * ramp(shape, t);
            }
        }
    }
}
