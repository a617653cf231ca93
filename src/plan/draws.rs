//! Draws of the uncertain numbers for comparing plans with common random numbers (`simulation.md`, Uncertainty):
//! every link gain and every intervention effect within its confidence range, the same draw for every plan.
//!
//! Documented choices:
//! - Draw `r` of the link gains is exactly Monte Carlo run `r` of [`crate::sim::monte_carlo`]: the generator
//!   `Xoshiro256::for_run(seed, r)`, one number per link in [`Compiled::link_ids`] order,
//!   `g · (1 + w·(2U − 1))` clipped at 0 (`w` = 0.10 / 0.25 / 0.50 for hoog / gemiddeld / laag).
//! - An intervention effect does not depend on which plan it is in: its `U` comes from its own stream,
//!   `Xoshiro256::for_run(seed ^ key, r)`, with `key` the FNV-1a hash of the intervention id and the effect's target.
//!   So two plans with the same intervention see the same drawn effect (scaled by their own reach and central
//!   value), whatever else they hold or in which order. Two items of one intervention share the draw: it is the
//!   intervention's true effect that is unknown.
//! - Shocks (scenario) are fixed.

use super::{PlanError, item_inputs};
use crate::model::{Confidence, InterventionId, Plan, Project};
use crate::sim::Compiled;
use crate::sim::rng::Xoshiro256;
use crate::sim::{CompiledInputs, Input};

/// One plan's inputs, ready for repeated runs with drawn effects.
#[derive(Clone, Debug)]
pub struct PlanDraws {
    /// The compiled inputs (plan items, then shocks).
    pub inputs: CompiledInputs,
    /// Per input: central effect, relative range and stream key; `None` for a fixed input (shock).
    pub uncertain: Vec<Option<(f64, f64, u64)>>,
    /// The same inputs as written (for recompiling with drawn effects).
    pub raw: Vec<Input>,
    /// Per input: the intervention it comes from (`None` for a shock).
    pub origin: Vec<Option<InterventionId>>,
}

/// FNV-1a, 64 bits.
pub fn stream_key(intervention: &str, target: &str) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for byte in intervention.bytes().chain([0]).chain(target.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The uniform number of stream `key` in draw `run`.
pub fn stream_unit(seed: u64, key: u64, run: usize) -> f64 {
    Xoshiro256::for_run(seed ^ key, run as u64).next_f64()
}

/// The link gains of draw `run` (see the module documentation), into `gains`.
pub fn draw_gains(compiled: &Compiled, ranges: &[f64], seed: u64, run: usize, gains: &mut Vec<f64>) {
    let mut rng = Xoshiro256::for_run(seed, run as u64);
    gains.clear();
    gains.extend(compiled.gains().iter().zip(ranges).map(|(g, w)| rng.around(*g, *w).max(0.0)));
}

/// The relative range of every link in [`Compiled::link_ids`] order (from the project's links).
pub fn link_ranges(compiled: &Compiled, project: &Project) -> Vec<f64> {
    compiled
        .link_ids()
        .iter()
        .map(|id| {
            project.links.iter().find(|l| &l.id == id).map_or(Confidence::default(), |l| l.confidence).relative_range()
        })
        .collect()
}

/// The inputs of `plan` plus `shocks`, with the stream key of every item effect. Inputs on variables the model
/// lacks are left out (as in the plan's own results).
pub fn plan_draws(
    compiled: &Compiled,
    project: &Project,
    plan: &Plan,
    shocks: &[Input],
) -> Result<PlanDraws, PlanError> {
    let mut raw = Vec::new();
    let mut uncertain = Vec::new();
    let mut origin = Vec::new();
    for item in &plan.items {
        for input in item_inputs(project, plan, item)? {
            if compiled.variable_index(&input.target).is_none() {
                continue;
            }
            let key = stream_key(item.intervention.as_str(), input.target.as_str());
            uncertain.push(input.confidence.map(|c| (input.effect, c.relative_range(), key)));
            origin.push(Some(item.intervention.clone()));
            raw.push(input);
        }
    }
    for shock in shocks.iter().filter(|s| compiled.variable_index(&s.target).is_some()) {
        uncertain.push(None);
        origin.push(None);
        raw.push(Input { confidence: None, ..shock.clone() });
    }
    Ok(PlanDraws { inputs: compiled.compile_inputs(&raw)?, uncertain, raw, origin })
}

impl PlanDraws {
    /// The inputs with the effects of draw `run` (`None`: the central values).
    pub fn drawn(&self, compiled: &Compiled, seed: u64, run: Option<usize>) -> Result<CompiledInputs, PlanError> {
        let Some(run) = run else { return Ok(self.inputs.clone()) };
        let inputs: Vec<Input> = self
            .raw
            .iter()
            .zip(&self.uncertain)
            .map(|(input, u)| match u {
                Some((central, w, key)) => {
                    Input { effect: central * (1.0 + w * (2.0 * stream_unit(seed, *key, run) - 1.0)), ..input.clone() }
                }
                None => input.clone(),
            })
            .collect();
        Ok(compiled.compile_inputs(&inputs)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_differ_per_key_and_are_reproducible() {
        let a = stream_key("tno_advies_01", "stress");
        let b = stream_key("tno_advies_01", "welbevinden");
        assert_ne!(a, b);
        assert_eq!(stream_unit(7, a, 3), stream_unit(7, a, 3));
        assert_ne!(stream_unit(7, a, 3), stream_unit(7, b, 3));
        assert!((0.0..1.0).contains(&stream_unit(7, a, 0)));
    }
}
