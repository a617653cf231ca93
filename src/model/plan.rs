//! Interventions and plans. The built-in catalogue lives in `assets/` (see `plan::catalogue`);
//! interventions defined by the user live in the project file.

use super::{Confidence, InterventionId, PlanId, VariableId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where an intervention takes place (`interventions.md` setting values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    #[serde(rename = "wijk")]
    Neighbourhood,
    School,
    #[serde(rename = "zorg")]
    Care,
    #[serde(rename = "werk")]
    Work,
    #[serde(rename = "gezin")]
    Family,
    Online,
    /// The gemeente's own services.
    #[serde(rename = "loket")]
    MunicipalServices,
}

impl Setting {
    pub const ALL: [Self; 7] = [
        Self::Neighbourhood,
        Self::School,
        Self::Care,
        Self::Work,
        Self::Family,
        Self::Online,
        Self::MunicipalServices,
    ];
}

/// What an intervention does to one variable: `points` index points at full reach (signed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    pub target: VariableId,
    pub points: f64,
    #[serde(default)]
    pub confidence: Confidence,
}

/// Cost in euros: a one-off start cost plus a yearly cost at 100 % reach (scales linearly with reach).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cost {
    #[serde(default)]
    pub one_off_eur: f64,
    #[serde(default)]
    pub per_year_eur: f64,
}

/// An intervention definition (catalogue entry or the user's own).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Intervention {
    pub id: InterventionId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub target_group: String,
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// Seed file and line, e.g. "tno:1172-1180".
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub databank: Option<String>,
    #[serde(default)]
    pub effects: Vec<Effect>,
    #[serde(default)]
    pub cost: Cost,
    /// True when effects and costs are illustrative (voorbeeldwaarde), not measured or budgeted.
    #[serde(default)]
    pub example_values: bool,
}

/// One intervention chosen in a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanItem {
    pub intervention: InterventionId,
    /// Months from the plan's start (January of `Plan::first_year`).
    #[serde(default)]
    pub start_month: f64,
    /// `None`: runs until the end of the plan.
    #[serde(default)]
    pub duration_months: Option<f64>,
    /// Share of the target group reached, 0–100.
    pub reach_percent: f64,
    #[serde(default)]
    pub ramp_up_months: f64,
    #[serde(default)]
    pub after_effect_months: f64,
    /// Overrides the intervention's effects when set.
    #[serde(default)]
    pub effects: Option<Vec<Effect>>,
    /// Overrides the intervention's cost when set.
    #[serde(default)]
    pub cost: Option<Cost>,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub partners: Vec<String>,
    #[serde(default)]
    pub wijken: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
}

impl PlanItem {
    /// An item for `intervention` at `reach_percent`, starting at month 0 and running to the end of the plan, with
    /// no ramp-up, no after-effect, the intervention's own effects and costs and no tags.
    pub fn new(intervention: InterventionId, reach_percent: f64) -> Self {
        Self {
            intervention,
            start_month: 0.0,
            duration_months: None,
            reach_percent,
            ramp_up_months: 0.0,
            after_effect_months: 0.0,
            effects: None,
            cost: None,
            owner: String::new(),
            partners: Vec::new(),
            wijken: Vec::new(),
            target_groups: Vec::new(),
        }
    }
}

/// A plan variant ("Plan A").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
    /// Budget in euros per calendar year.
    #[serde(default)]
    pub budget_eur: BTreeMap<i32, f64>,
    #[serde(default)]
    pub items: Vec<PlanItem>,
    #[serde(default)]
    pub notes: String,
}
