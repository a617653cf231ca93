//! Scenarios → inputs.

use super::Input;
use crate::model::Scenario;

/// The shocks of `scenario` as inputs: reach 1, fixed size (no confidence: Monte Carlo does not vary shocks).
pub fn scenario_inputs(scenario: &Scenario) -> Vec<Input> {
    scenario
        .shocks
        .iter()
        .map(|s| Input { target: s.target.clone(), effect: s.effect, reach: 1.0, shape: s.shape, confidence: None })
        .collect()
}

/// The earliest shock start of a scenario in whole months (rounded down), or `None` without shocks.
pub fn shock_start_month(scenario: &Scenario) -> Option<usize> {
    scenario
        .shocks
        .iter()
        .map(|s| s.shape.start_month)
        .filter(|m| m.is_finite())
        .fold(None, |acc: Option<f64>, m| Some(acc.map_or(m, |a| a.min(m))))
        .map(|m| m.max(0.0).floor() as usize)
}
