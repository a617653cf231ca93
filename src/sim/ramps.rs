//! The ramps of a run's inputs at every time the integrator evaluates them, computed once and reused.
//!
//! The ramps depend only on the input shapes and the time grid, never on the state or on the drawn effects, so a
//! table of them serves every step of a run and every run of a Monte Carlo (whose draws change the amplitudes
//! only). The values are those of [`super::ramp`] at exactly the times the integrator used to pass it.

use super::{CompiledInputs, ramp};
use crate::model::InputShape;

/// Largest table kept (values, 2 MiB); beyond it (a tiny `dt` over a long horizon) the ramps are evaluated per step.
const MAX_VALUES: usize = 1 << 18;

/// `values[j * points + p]` is the ramp of input `j` at time point `p`; [`Self::load_amplitudes`] turns them into the
/// inputs `u` per target variable and time point (`u_table[slot * points + p]`), which a step then only copies.
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
    /// Distinct input targets, in the order of their first input.
    targets: Vec<usize>,
    /// Slot in `targets` of each input.
    slot_of_input: Vec<usize>,
    /// Slot in `targets` per variable index (`usize::MAX`: none), up to the largest target.
    slot_of_variable: Vec<usize>,
    /// `Σ amplitude · ramp` of the inputs on `targets[slot]` at point `p`, summed in input order from 0.
    u_table: Vec<f64>,
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
                self.values[j * points + p] = ramp(shape, self.time(p));
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

    /// Computes the inputs of every time point from the amplitudes of `inputs` (which may differ from run to run;
    /// call after [`Self::prepare`]). Per target and point the terms are summed in input order starting from 0, as
    /// the equations add them.
    pub(crate) fn load_amplitudes(&mut self, inputs: &CompiledInputs) {
        self.targets.clear();
        self.slot_of_input.clear();
        self.slot_of_variable.clear();
        self.slot_of_variable.resize(inputs.target.iter().max().map_or(0, |&t| t + 1), usize::MAX);
        for &target in &inputs.target {
            if self.slot_of_variable[target] == usize::MAX {
                self.slot_of_variable[target] = self.targets.len();
                self.targets.push(target);
            }
            self.slot_of_input.push(self.slot_of_variable[target]);
        }
        self.u_table.clear();
        if !self.tabulated {
            return;
        }
        let points = self.points;
        self.u_table.resize(self.targets.len() * points, 0.0);
        for (j, (&slot, &amplitude)) in self.slot_of_input.iter().zip(&inputs.amplitude).enumerate() {
            let u = &mut self.u_table[slot * points..(slot + 1) * points];
            let r = &self.values[j * points..(j + 1) * points];
            for (u, &r) in u.iter_mut().zip(r) {
                *u += amplitude * r;
            }
        }
    }

    /// Writes `u_i` at time point `p` into `u` for every input's target (entries of variables without inputs are
    /// left alone: they stay 0). Needs [`Self::load_amplitudes`] for these inputs first.
    pub(crate) fn fill_inputs(&self, inputs: &CompiledInputs, p: usize, u: &mut [f64]) {
        if self.tabulated {
            let points = self.points;
            for (slot, &target) in self.targets.iter().enumerate() {
                u[target] = self.u_table[slot * points + p];
            }
        } else {
            for &target in &self.targets {
                u[target] = 0.0;
            }
            let t = self.time(p);
            for ((&target, &amplitude), shape) in inputs.target.iter().zip(&inputs.amplitude).zip(&inputs.shape) {
                u[target] += amplitude * ramp(shape, t);
            }
        }
    }
}
