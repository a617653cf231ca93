//! Comparing and merging two versions of a project.
//!
//! - [`diff`]: every difference between two projects, matched by id (a renamed variable is a change, not a delete
//!   plus an add), each field old → new as data ([`FieldChange`]). [`Diff`] lists them grouped by [`Group`].
//! - [`edits_for`]: the [`Edit`](crate::edit::Edit)s that apply chosen differences to a project; wrap them in one
//!   `Edit::Batch` so that accepting one difference, a group or all of them is one undo step. Applying every
//!   difference of `diff(a, b)` to `a` gives `b` exactly (the lineage, the file's history, is not compared).
//! - [`merge`]: a three-way merge from a common ancestor; changes made on one side only are taken over, conflicts
//!   are listed ([`Conflict`]), never resolved silently; [`MergeResult::resolve`] applies the user's choices.
//! - `text::diff` words the differences and conflicts in plain Dutch or English.
//!
//! Layer: after `model`, `edit` and `io` (a merge result is validated); no egui.

mod apply;
mod compare;
mod entries;
mod merge;

pub use apply::edits_for;
pub use compare::diff;
pub use merge::{Conflict, ConflictKind, MergeResult, ResolveError, Side, merge};

use crate::model::{InterventionId, LinkId, PlanId, ScenarioId, VariableId};
use serde::Serialize;
use serde_json::Value;

/// What a difference is about: one item, matched by id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    /// A variable, including its position on the canvas (field `position`).
    Variable(VariableId),
    Link(LinkId),
    Scenario(ScenarioId),
    /// A plan's own fields (name, years, budget, notes); its items are [`Key::PlanItem`]s.
    Plan(PlanId),
    /// The item of a plan for one intervention.
    PlanItem(PlanId, InterventionId),
    /// The weight of one outcome variable in the veerkrachtindex.
    OutcomeWeight(VariableId),
    /// An intervention defined in the project.
    Intervention(InterventionId),
    /// The simulation settings.
    Settings,
    /// The project's own data (gemeente, title, author, dates, notes).
    Meta,
    /// The list of ids that are never given out again (bookkeeping).
    RetiredIds,
}

/// The groups of the compare view, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Variables,
    Links,
    Scenarios,
    Plans,
    OutcomeWeights,
    Interventions,
    Settings,
    Meta,
    RetiredIds,
}

impl Group {
    pub const ALL: [Self; 9] = [
        Self::Variables,
        Self::Links,
        Self::Scenarios,
        Self::Plans,
        Self::OutcomeWeights,
        Self::Interventions,
        Self::Settings,
        Self::Meta,
        Self::RetiredIds,
    ];
}

impl Key {
    pub fn group(&self) -> Group {
        match self {
            Self::Variable(_) => Group::Variables,
            Self::Link(_) => Group::Links,
            Self::Scenario(_) => Group::Scenarios,
            Self::Plan(_) | Self::PlanItem(..) => Group::Plans,
            Self::OutcomeWeight(_) => Group::OutcomeWeights,
            Self::Intervention(_) => Group::Interventions,
            Self::Settings => Group::Settings,
            Self::Meta => Group::Meta,
            Self::RetiredIds => Group::RetiredIds,
        }
    }
}

/// One field that differs: its name as in the project file, and its old and new value (as JSON data).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// How an item differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Only in the other project: the whole item as it is there.
    Added(Value),
    /// Only in this project: the whole item as it is here.
    Removed(Value),
    /// In both, with these fields different.
    Changed(Vec<FieldChange>),
}

/// One difference between two projects.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    pub key: Key,
    /// The item's name as users know it (a variable's name, "A → B" for a link); empty for settings and meta.
    pub label: String,
    pub change: Change,
}

/// All differences between two projects, sorted by group and id.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diff {
    pub differences: Vec<Difference>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.differences.is_empty()
    }

    pub fn len(&self) -> usize {
        self.differences.len()
    }

    /// The differences of one group, in order.
    pub fn group(&self, group: Group) -> impl Iterator<Item = &Difference> {
        self.differences.iter().filter(move |d| d.key.group() == group)
    }

    /// The difference about `key`, if any.
    pub fn find(&self, key: &Key) -> Option<&Difference> {
        self.differences.iter().find(|d| &d.key == key)
    }
}
