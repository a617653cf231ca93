//! Project → index-based arrays, once. Running then touches only flat vectors.

use super::{Input, SimError};
use crate::model::{Confidence, InputShape, LinkId, Project, VariableId};
use std::collections::BTreeMap;

/// Largest accepted |effect| of one input (index points); keeps every sum finite.
pub const MAX_EFFECT: f64 = 1.0e6;

/// Marks a link without delay (its `z` is `y_from` itself, no state).
pub(crate) const NO_SLOT: usize = usize::MAX;

/// The model as flat arrays: variables sorted by id (that order is the column order everywhere), links grouped
/// by target variable and, within a target, sorted by link id (that order is [`Compiled::link_ids`]).
///
/// State vector of the equations: `d_i` for every variable (`n`), then `z` for every delayed link (in link order).
/// The integrator keeps one `z` per distinct (cause, delay) instead ([`Compiled::n_lags`]).
#[derive(Clone, Debug)]
pub struct Compiled {
    pub(crate) ids: Vec<VariableId>,
    pub(crate) baseline: Vec<f64>,
    pub(crate) adjustment_months: Vec<f64>,
    pub(crate) higher_is_better: Vec<bool>,
    /// Links into variable `i` are `in_start[i]..in_start[i + 1]`.
    pub(crate) in_start: Vec<usize>,
    pub(crate) link_ids: Vec<LinkId>,
    pub(crate) link_from: Vec<usize>,
    pub(crate) link_sign: Vec<f64>,
    pub(crate) link_gain: Vec<f64>,
    pub(crate) link_delay_months: Vec<f64>,
    pub(crate) link_confidence: Vec<Confidence>,
    /// Index into the delayed states (`z`), or [`NO_SLOT`] for a link with `τ = 0`.
    pub(crate) link_slot: Vec<usize>,
    /// What each link adds to `e` of its target, in link order (kept in step with `link_gain`).
    pub(crate) link_terms: Vec<LinkTerm>,
    /// Link index per delayed state.
    pub(crate) delayed: Vec<usize>,
    /// The integrator's delay states ("lags"): one per distinct (cause, delay) among the delayed links. Links with the
    /// same cause and the same delay follow the same equation from the same start, so they share one state, which
    /// gives the same bits as one state each. Cause per lag: where its `y` is read.
    pub(crate) lag_from: Vec<usize>,
    /// Delay `τ` (months) per lag.
    pub(crate) lag_delay_months: Vec<f64>,
    /// `G_i = max(1, Σ_j g_ji)`.
    pub(crate) g_norm: Vec<f64>,
    /// `1 / G_i`.
    pub(crate) inv_g: Vec<f64>,
}

/// One link as the integrator reads it: `s · g`, where its `z` is in the buffer `[y (n) | z (lags)]` (`from` for a
/// link without delay, `n + lag` for a delayed one) and the variable it moves.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LinkTerm {
    pub(crate) sg: f64,
    pub(crate) src: usize,
    pub(crate) to: usize,
}

/// Inputs resolved to variable indices; `amplitude = effect × reach`.
#[derive(Clone, Debug, Default)]
pub struct CompiledInputs {
    pub(crate) target: Vec<usize>,
    pub(crate) effect: Vec<f64>,
    pub(crate) reach: Vec<f64>,
    pub(crate) amplitude: Vec<f64>,
    pub(crate) shape: Vec<InputShape>,
    pub(crate) confidence: Vec<Option<Confidence>>,
}

impl CompiledInputs {
    pub fn len(&self) -> usize {
        self.target.len()
    }

    pub fn is_empty(&self) -> bool {
        self.target.is_empty()
    }
}

/// Compiles the causal model of `project`. Errors (Dutch) on a link to an unknown variable, a duplicate id,
/// a baseline outside 0–100, an adjustment time ≤ 0, a negative gain or delay, or any non-finite number.
pub fn compile(project: &Project) -> Result<Compiled, SimError> {
    let mut vars: Vec<_> = project.variables.iter().collect();
    vars.sort_by(|a, b| a.id.cmp(&b.id));
    let mut index = BTreeMap::new();
    for (i, v) in vars.iter().enumerate() {
        if index.insert(&v.id, i).is_some() {
            return Err(SimError::DuplicateVariable { id: v.id.to_string() });
        }
        if !v.baseline.is_finite() || !(0.0..=100.0).contains(&v.baseline) {
            return Err(SimError::BaselineOutOfRange { name: v.name.clone(), baseline: v.baseline });
        }
        if !v.adjustment_months.is_finite() || v.adjustment_months <= 0.0 {
            return Err(SimError::InvalidAdjustmentTime { name: v.name.clone(), months: v.adjustment_months });
        }
    }
    let n = vars.len();
    let mut links: Vec<_> = project.links.iter().collect();
    let mut resolved = Vec::with_capacity(links.len());
    links.sort_by(|a, b| a.id.cmp(&b.id));
    for l in &links {
        let from = *index
            .get(&l.from)
            .ok_or_else(|| SimError::UnknownCause { link: l.id.to_string(), variable: l.from.to_string() })?;
        let to = *index
            .get(&l.to)
            .ok_or_else(|| SimError::UnknownEffect { link: l.id.to_string(), variable: l.to.to_string() })?;
        let gain = l.strength.gain();
        if !gain.is_finite() || gain < 0.0 {
            return Err(SimError::NegativeGain { link: l.id.to_string(), gain });
        }
        let delay = l.delay.months();
        if !delay.is_finite() || delay < 0.0 {
            return Err(SimError::NegativeDelay { link: l.id.to_string(), months: delay });
        }
        resolved.push((to, from, *l, gain, delay));
    }
    // Stable sort: within one target the link-id order stays.
    resolved.sort_by_key(|r| r.0);
    let mut c = Compiled {
        ids: vars.iter().map(|v| v.id.clone()).collect(),
        baseline: vars.iter().map(|v| v.baseline).collect(),
        adjustment_months: vars.iter().map(|v| v.adjustment_months).collect(),
        higher_is_better: vars.iter().map(|v| v.direction == crate::model::Direction::HigherIsBetter).collect(),
        in_start: vec![0; n + 1],
        link_ids: Vec::with_capacity(resolved.len()),
        link_from: Vec::with_capacity(resolved.len()),
        link_sign: Vec::with_capacity(resolved.len()),
        link_gain: Vec::with_capacity(resolved.len()),
        link_delay_months: Vec::with_capacity(resolved.len()),
        link_confidence: Vec::with_capacity(resolved.len()),
        link_slot: Vec::with_capacity(resolved.len()),
        link_terms: Vec::with_capacity(resolved.len()),
        delayed: Vec::new(),
        lag_from: Vec::new(),
        lag_delay_months: Vec::new(),
        g_norm: vec![1.0; n],
        inv_g: vec![1.0; n],
    };
    let mut lags = BTreeMap::new();
    for (to, from, l, gain, delay) in resolved {
        c.in_start[to + 1] += 1;
        let k = c.link_ids.len();
        c.link_ids.push(l.id.clone());
        c.link_from.push(from);
        c.link_sign.push(l.polarity.sign());
        c.link_gain.push(gain);
        c.link_delay_months.push(delay);
        c.link_confidence.push(l.confidence);
        if delay > 0.0 {
            c.link_slot.push(c.delayed.len());
            c.delayed.push(k);
            let lag = *lags.entry((from, delay.to_bits())).or_insert_with(|| {
                c.lag_from.push(from);
                c.lag_delay_months.push(delay);
                c.lag_from.len() - 1
            });
            c.link_terms.push(LinkTerm { sg: l.polarity.sign() * gain, src: n + lag, to });
        } else {
            c.link_slot.push(NO_SLOT);
            c.link_terms.push(LinkTerm { sg: l.polarity.sign() * gain, src: from, to });
        }
    }
    for i in 0..n {
        c.in_start[i + 1] += c.in_start[i];
    }
    c.recompute_g();
    Ok(c)
}

impl Compiled {
    pub fn n_variables(&self) -> usize {
        self.ids.len()
    }

    pub fn n_links(&self) -> usize {
        self.link_ids.len()
    }

    /// Number of delayed links (`z` states of the equations).
    pub fn n_delayed(&self) -> usize {
        self.delayed.len()
    }

    /// Number of delay states the integrator keeps: one per distinct (cause, delay), at most [`Self::n_delayed`].
    pub fn n_lags(&self) -> usize {
        self.lag_from.len()
    }

    pub fn variable_index(&self, id: &VariableId) -> Option<usize> {
        self.ids.binary_search(id).ok()
    }

    /// Variable ids sorted by id: the column order of every result.
    pub fn variable_ids(&self) -> &[VariableId] {
        &self.ids
    }

    /// Link ids in the compiled order (by target variable, then by link id): the order of [`Self::gains`],
    /// [`Self::with_gains`] and the Monte Carlo draws.
    pub fn link_ids(&self) -> &[LinkId] {
        &self.link_ids
    }

    /// Which variables can move one of `vars`: a flag per variable, true for `vars` themselves and for every
    /// variable with a path of links to one of them. No number of any other variable or of a link into one can
    /// change `vars`. Linear in the size of the model.
    pub fn variables_reaching(&self, vars: &[usize]) -> Vec<bool> {
        let mut seen = vec![false; self.n_variables()];
        let mut stack: Vec<usize> = vars.iter().copied().filter(|v| *v < seen.len()).collect();
        for v in &stack {
            seen[*v] = true;
        }
        while let Some(v) = stack.pop() {
            for k in self.in_start[v]..self.in_start[v + 1] {
                let from = self.link_from[k];
                if !seen[from] {
                    seen[from] = true;
                    stack.push(from);
                }
            }
        }
        seen
    }

    /// The variable (index) that compiled link `k` moves.
    pub fn link_target(&self, k: usize) -> usize {
        self.link_terms[k].to
    }

    /// Central gains `g` in [`Self::link_ids`] order.
    pub fn gains(&self) -> &[f64] {
        &self.link_gain
    }

    pub fn baselines(&self) -> &[f64] {
        &self.baseline
    }

    pub fn higher_is_better(&self, var: usize) -> bool {
        self.higher_is_better[var]
    }

    /// The same model with other gains (in [`Self::link_ids`] order; negative or non-finite values count as 0);
    /// `G_i` is recomputed from them.
    #[must_use]
    pub fn with_gains(&self, gains: &[f64]) -> Compiled {
        let mut c = self.clone();
        c.set_gains(gains);
        c
    }

    /// In-place form of [`Self::with_gains`] (allocates nothing). Extra values are ignored, missing ones keep
    /// their current gain.
    pub fn set_gains(&mut self, gains: &[f64]) {
        for (k, &new) in gains.iter().enumerate().take(self.link_gain.len()) {
            let g = if new.is_finite() && new > 0.0 { new } else { 0.0 };
            self.link_gain[k] = g;
            self.link_terms[k].sg = self.link_sign[k] * g;
        }
        self.recompute_g();
    }

    fn recompute_g(&mut self) {
        for i in 0..self.ids.len() {
            let sum: f64 = self.link_gain[self.in_start[i]..self.in_start[i + 1]].iter().sum();
            self.g_norm[i] = sum.max(1.0);
            self.inv_g[i] = 1.0 / self.g_norm[i];
        }
    }

    /// Resolves inputs to variable indices. Errors on an unknown target, a non-finite number or a
    /// reach outside 0–1.
    pub fn compile_inputs(&self, inputs: &[Input]) -> Result<CompiledInputs, SimError> {
        let mut out = CompiledInputs::default();
        for input in inputs {
            let target = self
                .variable_index(&input.target)
                .ok_or_else(|| SimError::UnknownInputTarget { target: input.target.to_string() })?;
            let sh = &input.shape;
            let shape_ok = sh.start_month.is_finite()
                && sh.ramp_up_months.is_finite()
                && sh.after_effect_months.is_finite()
                && sh.end_month.is_none_or(f64::is_finite);
            if !input.effect.is_finite() || !shape_ok {
                return Err(SimError::InvalidInputNumber { target: input.target.to_string() });
            }
            if input.effect.abs() > MAX_EFFECT {
                return Err(SimError::InputTooLarge {
                    target: input.target.to_string(),
                    effect: input.effect,
                    max: MAX_EFFECT,
                });
            }
            if !(0.0..=1.0).contains(&input.reach) {
                return Err(SimError::InputReachOutOfRange { target: input.target.to_string(), reach: input.reach });
            }
            out.target.push(target);
            out.effect.push(input.effect);
            out.reach.push(input.reach);
            out.amplitude.push(input.effect * input.reach);
            out.shape.push(input.shape);
            out.confidence.push(input.confidence);
        }
        Ok(out)
    }
}
