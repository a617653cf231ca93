//! The project file as plain serde types. Nothing here knows about egui, petgraph or the simulation.
//!
//! Everything that is saved lives in [`Project`]; view state (selection, pan/zoom, drag) never does.

mod catalogue_ids;
mod causal;
mod ids;
mod layout;
mod lineage;
mod plan;
mod project;
pub mod rules;
mod rules_scan;
mod scenario;

pub use catalogue_ids::is_catalogue_intervention;
pub use causal::{Confidence, Delay, Direction, Link, Polarity, ResourceKind, ResourceTag, Strength, Variable};
pub use ids::{InterventionId, LinkId, PlanId, ScenarioId, VariableId, is_valid_slug, slugify};
pub use layout::{Layout, Position};
pub use lineage::{Lineage, SavedBy};
pub use plan::{Cost, Effect, Intervention, Plan, PlanItem, Setting};
pub use project::{FORMAT_VERSION, Meta, OutcomeIndex, OutcomeWeight, Project, SimMethod, SimSettings};
/// The language of everything a user sees. Dutch is the default; English is an option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    #[default]
    Nl,
    En,
}

pub use scenario::{InputShape, Scenario, Shock};
