//! The integrators' inner loops (Euler and RK4) over one work area per run.
//!
//! Layout: everything a step reads or writes lives in two allocations of [`Scratch`], reused from run to run: the
//! numbers (state, `[y | z]`, inputs, `b`, `1/G`, `1/T`, `1/τ`, `s·g`, RK4 stages) and the indices (links per
//! variable, where each link reads, the cause of each delayed link). Links are in compressed-row order (grouped
//! by target, in link order), so a step is one pass over the variables and their links and one over the delayed
//! links, without a branch on the kind of link: a link reads its `z` from `[y | z]` at a precomputed place.
//!
//! The arithmetic is that of the equations in `simulation.md`, operation for operation and in the same order, so
//! the numbers are those of the plain integrator (`tests/sim/reference.rs` checks this bit for bit).

use super::compile::{Compiled, CompiledInputs};
use super::ramps::RampTable;
use super::run::{RunOptions, Trajectory};
use crate::model::SimMethod;

/// Work arrays of a run; reuse one per thread so that runs allocate nothing.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    /// `[state | src | u | b | 1/G | 1/T | 1/τ | s·g | tmp | k1 | k2 | k3]` (the last four for RK4 only).
    numbers: Vec<f64>,
    /// `[links per variable | link source | cause per delayed link]`.
    indices: Vec<usize>,
    ramps: RampTable,
}

/// The parts of a [`Scratch`] for one run of one model.
struct Parts<'a> {
    /// Euler: `d` in the first `n`, the rest unused (its `z` lives in `src`). RK4: `[d | z]`.
    state: &'a mut [f64],
    /// `[y (n) | z (delayed)]`: what each link reads.
    src: &'a mut [f64],
    /// `u_i` of the current time point; entries of variables without inputs stay 0.
    u: &'a mut [f64],
    tmp: &'a mut [f64],
    k1: &'a mut [f64],
    k2: &'a mut [f64],
    k3: &'a mut [f64],
    model: Model<'a>,
}

/// The read-only numbers of the model for this run.
struct Model<'a> {
    baseline: &'a [f64],
    inv_g: &'a [f64],
    /// `1 / max(T, h)`.
    inv_t: &'a [f64],
    /// `1 / max(τ, h)` per delayed link.
    inv_tau: &'a [f64],
    sg: &'a [f64],
    links: &'a [usize],
    link_src: &'a [usize],
    delayed_from: &'a [usize],
}

impl Scratch {
    /// Integrates `c` from rest (`d = 0`, `z = 0`) and writes every month into `out` (already sized).
    pub(crate) fn integrate(&mut self, c: &Compiled, inputs: &CompiledInputs, opts: &RunOptions, out: &mut Trajectory) {
        let k = opts.steps_per_month();
        let rk4 = opts.method == SimMethod::Rk4;
        let months = out.n_months() - 1;
        self.ramps.prepare(inputs, k, months * k, rk4);
        let Scratch { numbers, indices, ramps } = self;
        let parts = parts(numbers, indices, c, 1.0 / k as f64, rk4);
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
fn parts<'a>(numbers: &'a mut Vec<f64>, indices: &'a mut Vec<usize>, c: &Compiled, h: f64, rk4: bool) -> Parts<'a> {
    let n = c.n_variables();
    let nd = c.n_delayed();
    let nl = c.n_links();
    let ns = n + nd;
    let stage = if rk4 { ns } else { 0 };
    numbers.clear();
    numbers.resize(2 * ns + n, 0.0);
    numbers.extend_from_slice(&c.baseline);
    numbers.extend_from_slice(&c.inv_g);
    numbers.extend(c.adjustment_months.iter().map(|&t| 1.0 / t.max(h)));
    numbers.extend(c.delayed.iter().map(|&j| 1.0 / c.link_delay_months[j].max(h)));
    numbers.extend(c.link_terms.iter().map(|t| t.sg));
    numbers.resize(numbers.len() + 4 * stage, 0.0);
    indices.clear();
    indices.extend_from_slice(&c.in_count);
    indices.extend(c.link_terms.iter().map(|t| t.src));
    indices.extend_from_slice(&c.delayed_from);

    let (state, rest) = numbers.split_at_mut(ns);
    let (src, rest) = rest.split_at_mut(ns);
    let (u, rest) = rest.split_at_mut(n);
    let (baseline, rest) = rest.split_at_mut(n);
    let (inv_g, rest) = rest.split_at_mut(n);
    let (inv_t, rest) = rest.split_at_mut(n);
    let (inv_tau, rest) = rest.split_at_mut(nd);
    let (sg, rest) = rest.split_at_mut(nl);
    let (tmp, rest) = rest.split_at_mut(stage);
    let (k1, rest) = rest.split_at_mut(stage);
    let (k2, k3) = rest.split_at_mut(stage);
    let (links, rest) = indices.split_at(n);
    let (link_src, delayed_from) = rest.split_at(nl);
    Parts {
        state,
        src,
        u,
        tmp,
        k1,
        k2,
        k3,
        model: Model { baseline, inv_g, inv_t, inv_tau, sg, links, link_src, delayed_from },
    }
}

impl Model<'_> {
    /// `y = clamp(b + d, 0, 100) − b` for every variable.
    #[inline]
    fn deviations(&self, d: &[f64], y: &mut [f64]) {
        for ((y, &d), &b) in y.iter_mut().zip(d).zip(self.baseline) {
            *y = (b + d).clamp(0.0, 100.0) - b;
        }
    }

    /// `x = clamp(b + d, 0, 100)` for every variable into one month's row.
    #[inline]
    fn save(&self, d: &[f64], row: &mut [f64]) {
        for ((x, &d), &b) in row.iter_mut().zip(d).zip(self.baseline) {
            *x = (b + d).clamp(0.0, 100.0);
        }
    }

    /// `[y | z]` of the state `x = [d | z]` into `src`.
    #[inline]
    fn gather(&self, x: &[f64], src: &mut [f64]) {
        let n = self.baseline.len();
        let (y, z) = src.split_at_mut(n);
        self.deviations(&x[..n], y);
        z.copy_from_slice(&x[n..]);
    }

    /// The right-hand side from `src = [y | z]` and the inputs `u`: calls `var(i, e_i, 1/T_i)` for every variable
    /// in order, with `e_i = (Σ_j s·g·z) / G_i + u_i` summed over its links in link order, then
    /// `delayed(s, y_from, 1/τ_s)` for every delayed link `s`.
    #[inline]
    fn each_rhs(
        &self,
        src: &[f64],
        u: &[f64],
        mut var: impl FnMut(usize, f64, f64),
        delayed: impl FnMut(usize, f64, f64),
    ) {
        let mut sg_rest = self.sg;
        let mut ix_rest = self.link_src;
        let per_variable = self.links.iter().zip(self.inv_g).zip(self.inv_t).zip(u);
        for (i, (((&count, &inv_g), &inv_t), &u)) in per_variable.enumerate() {
            let (sg, sg_next) = sg_rest.split_at(count);
            let (ix, ix_next) = ix_rest.split_at(count);
            sg_rest = sg_next;
            ix_rest = ix_next;
            var(i, link_sum(sg, ix, src) * inv_g + u, inv_t);
        }
        self.each_delayed(src, delayed);
    }

    #[inline]
    fn each_delayed(&self, src: &[f64], mut delayed: impl FnMut(usize, f64, f64)) {
        for (s, (&from, &inv_tau)) in self.delayed_from.iter().zip(self.inv_tau).enumerate() {
            delayed(s, src[from], inv_tau);
        }
    }
}

/// `Σ s·g·src[ix]` in link order.
#[inline]
fn link_sum(sg: &[f64], ix: &[usize], src: &[f64]) -> f64 {
    let mut acc = 0.0;
    for (&sg, &ix) in sg.iter().zip(ix) {
        acc += sg * src[ix];
    }
    acc
}

/// Euler: `d` (in `state`) and `z` (in `src`, where the links read it) move by `h · (e − d) / T` and
/// `h · (y − z) / τ`, every derivative taken before any state moves (each `z` is read only by its own link, so it
/// is updated after the pass over the links).
fn euler(p: Parts<'_>, fill: impl Fn(usize, &mut [f64]), k: usize, months: usize, rows: &mut [f64]) {
    let Parts { state, src, u, model: m, .. } = p;
    let n = m.baseline.len();
    let h = 1.0 / k as f64;
    let d = &mut state[..n];
    let (first, rest) = rows.split_at_mut(n);
    m.save(d, first);
    for (month, row) in rest.chunks_exact_mut(n.max(1)).take(months).enumerate() {
        for s in 0..k {
            fill(month * k + s, u);
            m.deviations(d, &mut src[..n]);
            let read: &[f64] = src;
            let mut sg_rest = m.sg;
            let mut ix_rest = m.link_src;
            let per_variable = d.iter_mut().zip(m.links).zip(m.inv_g).zip(m.inv_t).zip(u.iter());
            for ((((d, &count), &inv_g), &inv_t), &u) in per_variable {
                let (sg, sg_next) = sg_rest.split_at(count);
                let (ix, ix_next) = ix_rest.split_at(count);
                sg_rest = sg_next;
                ix_rest = ix_next;
                let e = link_sum(sg, ix, read) * inv_g + u;
                *d += h * ((e - *d) * inv_t);
            }
            let (y, z) = src.split_at_mut(n);
            for ((z, &from), &inv_tau) in z.iter_mut().zip(m.delayed_from).zip(m.inv_tau) {
                *z += h * ((y[from] - *z) * inv_tau);
            }
        }
        m.save(d, row);
    }
}

/// Classic RK4. Each stage gathers `[y | z]` of its state first, so the next stage's state can be written in
/// place while the derivative is taken; the arithmetic is that of `k = f(t, x)`, `x' = x + a·k` and
/// `x += h/6 · (k1 + 2·k2 + 2·k3 + k4)`, element by element.
fn rk4(p: Parts<'_>, fill: impl Fn(usize, &mut [f64]), k: usize, months: usize, rows: &mut [f64]) {
    let Parts { state, src, u, tmp, k1, k2, k3, model: m } = p;
    let n = m.baseline.len();
    let h = 1.0 / k as f64;
    let half = 0.5 * h;
    let (first, rest) = rows.split_at_mut(n);
    m.save(&state[..n], first);
    for (month, row) in rest.chunks_exact_mut(n.max(1)).take(months).enumerate() {
        for s in 0..k {
            let p = 2 * (month * k + s);
            // Stage 1 at t: k1 = f(state), tmp = state + h/2 · k1.
            fill(p, u);
            m.gather(state, src);
            {
                let (sd, sz) = state.split_at(n);
                let (kd, kz) = k1.split_at_mut(n);
                let (td, tz) = tmp.split_at_mut(n);
                m.each_rhs(
                    src,
                    u,
                    |i, e, inv_t| {
                        let v = (e - sd[i]) * inv_t;
                        kd[i] = v;
                        td[i] = sd[i] + half * v;
                    },
                    |j, y, inv_tau| {
                        let v = (y - sz[j]) * inv_tau;
                        kz[j] = v;
                        tz[j] = sz[j] + half * v;
                    },
                );
            }
            // Stages 2 and 3 at t + h/2: k = f(tmp), then tmp = state + a · k in place (`src` holds tmp's values).
            fill(p + 1, u);
            for (kx, a) in [(&mut *k2, half), (&mut *k3, h)] {
                m.gather(tmp, src);
                let (sd, sz) = state.split_at(n);
                let (kd, kz) = kx.split_at_mut(n);
                let (td, tz) = tmp.split_at_mut(n);
                m.each_rhs(
                    src,
                    u,
                    |i, e, inv_t| {
                        let v = (e - td[i]) * inv_t;
                        kd[i] = v;
                        td[i] = sd[i] + a * v;
                    },
                    |j, y, inv_tau| {
                        let v = (y - tz[j]) * inv_tau;
                        kz[j] = v;
                        tz[j] = sz[j] + a * v;
                    },
                );
            }
            // Stage 4 at t + h: k4 = f(tmp), then the step.
            fill(p + 2, u);
            m.gather(tmp, src);
            let (sd, sz) = state.split_at_mut(n);
            let (td, tz) = tmp.split_at(n);
            let (k1d, k1z) = k1.split_at(n);
            let (k2d, k2z) = k2.split_at(n);
            let (k3d, k3z) = k3.split_at(n);
            m.each_rhs(
                src,
                u,
                |i, e, inv_t| {
                    let v = (e - td[i]) * inv_t;
                    sd[i] += h / 6.0 * (k1d[i] + 2.0 * k2d[i] + 2.0 * k3d[i] + v);
                },
                |j, y, inv_tau| {
                    let v = (y - tz[j]) * inv_tau;
                    sz[j] += h / 6.0 * (k1z[j] + 2.0 * k2z[j] + 2.0 * k3z[j] + v);
                },
            );
        }
        m.save(&state[..n], row);
    }
}
