//! Scenarios: named sets of shocks. "Referentie" (no inputs) always exists implicitly and is not stored.

use super::{ScenarioId, VariableId};
use serde::{Deserialize, Serialize};

/// The time shape of an input (`simulation.md`, "Inputs"): start `s`, ramp-up `r`, end `e` (exclusive),
/// after-effect `a`, all in months from the plan's start.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputShape {
    pub start_month: f64,
    #[serde(default)]
    pub ramp_up_months: f64,
    /// `None`: the input lasts until the end of the horizon.
    #[serde(default)]
    pub end_month: Option<f64>,
    /// Nawerking: months over which the input fades to 0 after `end_month` (0 = stops at once).
    #[serde(default)]
    pub after_effect_months: f64,
}

impl Default for InputShape {
    fn default() -> Self {
        Self { start_month: 0.0, ramp_up_months: 0.0, end_month: None, after_effect_months: 0.0 }
    }
}

/// A shock on one variable: `effect` index points (signed) with the given time shape; reach is always 1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shock {
    pub target: VariableId,
    pub effect: f64,
    pub shape: InputShape,
    /// Why this size; shipped numbers say "voorbeeldwaarde".
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: ScenarioId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub shocks: Vec<Shock>,
}
