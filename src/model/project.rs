//! The project file: one `*.veerkracht` RON document.

use super::{Intervention, Layout, Lineage, Link, LinkId, Plan, PlanId, Scenario, ScenarioId, Variable, VariableId};
use serde::{Deserialize, Serialize};

/// The file format version this build writes. Older files are migrated by `io::migrate`; newer ones are refused.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub gemeente: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub author: String,
    /// ISO date `YYYY-MM-DD`.
    #[serde(default)]
    pub created: String,
    /// ISO date `YYYY-MM-DD`.
    #[serde(default)]
    pub modified: String,
    #[serde(default)]
    pub notes: String,
}

/// One outcome variable of the veerkrachtindex with its weight and a one-line reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeWeight {
    pub variable: VariableId,
    pub weight: f64,
    #[serde(default)]
    pub reason: String,
}

/// The veerkrachtindex: a weighted, direction-aware mean of outcome variables. A summary for reporting,
/// not a variable of the model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutcomeIndex {
    #[serde(default)]
    pub weights: Vec<OutcomeWeight>,
}

impl OutcomeIndex {
    /// Whether the index has an outcome variable with a weight other than 0. Without one the index is not defined
    /// yet (a model under construction): there is nothing to compute or optimise on it.
    pub fn is_defined(&self) -> bool {
        self.weights.iter().any(|w| w.weight != 0.0)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SimMethod {
    #[default]
    Euler,
    Rk4,
}

fn default_dt() -> f64 {
    0.25
}
fn default_horizon() -> u32 {
    60
}
fn default_runs() -> u32 {
    200
}
fn default_seed() -> u64 {
    1
}

/// Simulation settings (`simulation.md` defaults).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimSettings {
    #[serde(default = "default_dt")]
    pub dt_months: f64,
    #[serde(default = "default_horizon")]
    pub horizon_months: u32,
    #[serde(default)]
    pub method: SimMethod,
    #[serde(default = "default_runs")]
    pub monte_carlo_runs: u32,
    #[serde(default = "default_seed")]
    pub monte_carlo_seed: u64,
}

impl Default for SimSettings {
    fn default() -> Self {
        Self {
            dt_months: default_dt(),
            horizon_months: default_horizon(),
            method: SimMethod::Euler,
            monte_carlo_runs: default_runs(),
            monte_carlo_seed: default_seed(),
        }
    }
}

/// A whole project: the causal model, its layout, outcomes, scenarios and plans.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format_version: u32,
    /// Revision id, parent revisions and who saved it (format version 2). Not written while empty.
    #[serde(default, skip_serializing_if = "Lineage::is_empty")]
    pub lineage: Lineage,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub variables: Vec<Variable>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub layout: Layout,
    #[serde(default)]
    pub outcome: OutcomeIndex,
    #[serde(default)]
    pub settings: SimSettings,
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
    /// The user's own interventions (the built-in catalogue is not copied into the file).
    #[serde(default)]
    pub interventions: Vec<Intervention>,
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// Ids of deleted items, so that an id is never given out twice (sorted).
    #[serde(default)]
    pub retired_ids: Vec<String>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            lineage: Lineage::default(),
            meta: Meta::default(),
            variables: Vec::new(),
            links: Vec::new(),
            layout: Layout::default(),
            outcome: OutcomeIndex::default(),
            settings: SimSettings::default(),
            scenarios: Vec::new(),
            interventions: Vec::new(),
            plans: Vec::new(),
            retired_ids: Vec::new(),
        }
    }
}

impl Project {
    pub fn variable(&self, id: &VariableId) -> Option<&Variable> {
        self.variables.iter().find(|v| &v.id == id)
    }

    pub fn variable_mut(&mut self, id: &VariableId) -> Option<&mut Variable> {
        self.variables.iter_mut().find(|v| &v.id == id)
    }

    pub fn link(&self, id: &LinkId) -> Option<&Link> {
        self.links.iter().find(|l| &l.id == id)
    }

    pub fn link_mut(&mut self, id: &LinkId) -> Option<&mut Link> {
        self.links.iter_mut().find(|l| &l.id == id)
    }

    pub fn scenario(&self, id: &ScenarioId) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| &s.id == id)
    }

    pub fn plan(&self, id: &PlanId) -> Option<&Plan> {
        self.plans.iter().find(|p| &p.id == id)
    }

    /// True when `id` is in use by an item (a variable, link, scenario, intervention or plan).
    pub fn id_live(&self, id: &str) -> bool {
        self.variables.iter().any(|v| v.id.as_str() == id)
            || self.links.iter().any(|l| l.id.as_str() == id)
            || self.scenarios.iter().any(|s| s.id.as_str() == id)
            || self.interventions.iter().any(|i| i.id.as_str() == id)
            || self.plans.iter().any(|p| p.id.as_str() == id)
    }

    /// True when `id` is in use by any item or was used before (retired).
    pub fn id_taken(&self, id: &str) -> bool {
        self.id_live(id) || self.retired_ids.binary_search_by(|r| r.as_str().cmp(id)).is_ok()
    }

    /// A fresh id built from `base` (a slug): `base`, else `base_2`, `base_3`, … — never one in use or retired.
    pub fn fresh_id(&self, base: &str) -> String {
        if !self.id_taken(base) {
            return base.to_owned();
        }
        // At most `count + 1` candidates can be taken, so this always finds one.
        let limit = 2
            + self.variables.len()
            + self.links.len()
            + self.scenarios.len()
            + self.interventions.len()
            + self.plans.len()
            + self.retired_ids.len();
        (2..=limit as u64)
            .map(|n| format!("{base}_{n}"))
            .find(|candidate| !self.id_taken(candidate))
            .unwrap_or_else(|| format!("{base}_{}", limit + 1))
    }

    /// Remembers `id` so it is never given out again.
    pub fn retire_id(&mut self, id: &str) {
        if let Err(pos) = self.retired_ids.binary_search_by(|r| r.as_str().cmp(id)) {
            self.retired_ids.insert(pos, id.to_owned());
        }
    }

    /// Sorts every collection by id so that saving is deterministic. Loading then saving never reorders meaning:
    /// order carries no meaning anywhere in the file.
    pub fn normalize(&mut self) {
        self.variables.sort_by(|a, b| a.id.cmp(&b.id));
        self.links.sort_by(|a, b| a.id.cmp(&b.id));
        self.scenarios.sort_by(|a, b| a.id.cmp(&b.id));
        self.interventions.sort_by(|a, b| a.id.cmp(&b.id));
        self.plans.sort_by(|a, b| a.id.cmp(&b.id));
        for plan in &mut self.plans {
            plan.items.sort_by(|a, b| a.intervention.cmp(&b.intervention));
        }
        self.outcome.weights.sort_by(|a, b| a.variable.cmp(&b.variable));
        self.retired_ids.sort();
        self.retired_ids.dedup();
        let known: std::collections::BTreeSet<&VariableId> = self.variables.iter().map(|v| &v.id).collect();
        self.layout.positions.retain(|id, _| known.contains(id));
    }
}
