//! Structural resilience (`simulation.md`): the dominant eigenvalue of the linearised system, the return time
//! `−1 / Re λ`, lock-in and the reinforcing loops that drive it.
//!
//! Documented choices:
//! - The Jacobian is that of the equations without clamps, with the model's own `T_i` and `τ` (not the run's
//!   one-step guard), over the states `d` and `z` (delayed links).
//! - Lock-in: `Re λ ≥ −`[`NEUTRAL_TOLERANCE`] (neutral or growing: the return time is then "oneindig", `None`) or a
//!   return time longer than the horizon.
//! - Above [`MAX_STATES`] states the eigenvalue is not computed (dense QR is `O(N³)`): `computed = false`.
//! - Loop gain: product of `s · g / G_to` along the loop; drivers are the reinforcing loops (positive product),
//!   largest gain first, at most [`MAX_DRIVERS`], found by a bounded search for the strongest loops
//!   (`analysis::strongest_loops`), not by listing every loop. Callers that show them only with a lock-in warning
//!   use [`return_time_and_lock_in`] and name the drivers only then.

use super::eigen::{Matrix, dominant_eigenvalue};
use super::{Compiled, Trajectory};
use crate::analysis::loops;
use crate::model::{Project, VariableId};

/// `Re λ` at or above `−NEUTRAL_TOLERANCE` counts as neutral.
pub const NEUTRAL_TOLERANCE: f64 = 1e-9;
/// Largest state count for which the eigenvalue is computed.
pub const MAX_STATES: usize = 600;
pub const MAX_DRIVERS: usize = 3;

/// A reinforcing loop and its loop gain.
#[derive(Clone, Debug, PartialEq)]
pub struct LoopDriver {
    /// "A → B → A" with variable names.
    pub title: String,
    pub variables: Vec<VariableId>,
    pub loop_gain: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructuralResilience {
    /// Dominant eigenvalue `(Re, Im)` in 1/month; `(0, 0)` when not computed.
    pub dominant: (f64, f64),
    /// False when the model is too large or the QR iteration failed.
    pub computed: bool,
    /// `−1 / Re λ` months; `None` when `Re λ` is not negative (or not computed).
    pub return_time_months: Option<f64>,
    pub lock_in: bool,
    /// Variables at 0 or 100 at some month of the given run.
    pub pinned: Vec<VariableId>,
    pub drivers: Vec<LoopDriver>,
}

impl Compiled {
    /// Number of states `d` + `z`.
    pub fn n_states(&self) -> usize {
        self.n_variables() + self.n_delayed()
    }

    /// The Jacobian of the linearised system (no clamps) over `[d, z]`.
    pub fn jacobian(&self) -> Matrix {
        let n = self.n_variables();
        let mut j = Matrix::zeros(self.n_states());
        for i in 0..n {
            let t = self.adjustment_months[i];
            j.add(i, i, -1.0 / t);
            for k in self.in_start[i]..self.in_start[i + 1] {
                let coef = self.link_sign[k] * self.link_gain[k] / self.g_norm[i] / t;
                let col = if self.link_slot[k] == super::compile::NO_SLOT {
                    self.link_from[k]
                } else {
                    n + self.link_slot[k]
                };
                j.add(i, col, coef);
            }
        }
        for (slot, &k) in self.delayed.iter().enumerate() {
            let tau = self.link_delay_months[k];
            j.add(n + slot, self.link_from[k], 1.0 / tau);
            j.add(n + slot, n + slot, -1.0 / tau);
        }
        j
    }
}

/// Structural resilience of the compiled model. `run`: the run in which to look for pinned variables.
pub fn structural_resilience(
    c: &Compiled,
    project: &Project,
    horizon_months: u32,
    run: Option<&Trajectory>,
) -> StructuralResilience {
    StructuralResilience { drivers: drivers(project), ..return_time_and_lock_in(c, horizon_months, run) }
}

/// [`structural_resilience`] without the driving loops (`drivers` empty): the eigenvalue is cheap, naming the loops
/// is a search; callers that show the drivers only with a lock-in warning call [`drivers`] only then.
pub fn return_time_and_lock_in(c: &Compiled, horizon_months: u32, run: Option<&Trajectory>) -> StructuralResilience {
    let (dominant, computed) = if c.n_states() == 0 || c.n_states() > MAX_STATES {
        ((0.0, 0.0), false)
    } else {
        match dominant_eigenvalue(&c.jacobian()) {
            Ok(Some(d)) => (d, true),
            _ => ((0.0, 0.0), false),
        }
    };
    let (return_time_months, lock_in) = if computed { verdict(dominant.0, horizon_months) } else { (None, false) };
    let pinned = run.map_or_else(Vec::new, |t| pinned_variables(c, t));
    StructuralResilience { dominant, computed, return_time_months, lock_in, pinned, drivers: Vec::new() }
}

/// The return time `−1 / Re λ` (none when `Re λ` is neutral or positive) and the lock-in verdict (no return time, or
/// one longer than the horizon) for the dominant eigenvalue's real part.
pub fn verdict(dominant_re: f64, horizon_months: u32) -> (Option<f64>, bool) {
    let return_time_months = (dominant_re < -NEUTRAL_TOLERANCE).then(|| -1.0 / dominant_re);
    (return_time_months, return_time_months.is_none_or(|rt| rt > f64::from(horizon_months)))
}

/// Variables at 0 or 100 at some month of `t` (sorted by id).
pub fn pinned_variables(c: &Compiled, t: &Trajectory) -> Vec<VariableId> {
    (0..c.n_variables().min(t.n_variables()))
        .filter(|&v| {
            (0..t.n_months()).any(|m| {
                let x = t.value(m, v);
                x <= 0.0 || x >= 100.0
            })
        })
        .map(|v| c.ids[v].clone())
        .collect()
}

/// The reinforcing loops with the largest loop gain (`crate::analysis::strongest_loops`; titles match the loops
/// panel: the report's title when it is one of its named loops, else "A → B → A" with variable names).
pub fn drivers(project: &Project) -> Vec<LoopDriver> {
    let found = crate::analysis::strongest_loops::strongest_reinforcing_loops(project, MAX_DRIVERS, loops::STEP_BUDGET);
    let names: std::collections::HashMap<&VariableId, &str> =
        project.variables.iter().rev().map(|v| (&v.id, v.name.as_str())).collect();
    let name = |id: &VariableId| names.get(id).map_or_else(|| id.to_string(), |n| (*n).to_owned());
    let gains = loops::LoopGains::new(project);
    let mut out: Vec<LoopDriver> = found
        .loops
        .iter()
        .filter(|l| l.kind == loops::LoopKind::Reinforcing && !l.variables.is_empty())
        .map(|l| {
            let title = l.title.clone().unwrap_or_else(|| {
                let mut names: Vec<String> = l.variables.iter().map(name).collect();
                names.push(name(&l.variables[0]));
                names.join(" → ")
            });
            LoopDriver { title, variables: l.variables.clone(), loop_gain: gains.of(l) }
        })
        .filter(|d| d.loop_gain > 0.0)
        .collect();
    out.sort_by(|a, b| b.loop_gain.total_cmp(&a.loop_gain).then_with(|| a.title.cmp(&b.title)));
    out.truncate(MAX_DRIVERS);
    out
}
