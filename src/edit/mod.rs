//! Every change to a [`Project`] is an [`Edit`]; [`apply`] performs it and returns its inverse.
//! Undo/redo is a stack of inverses ([`History`]). Nothing outside command handling mutates the project.
//!
//! Guarantees of [`apply`]:
//! - on error the project is unchanged (everything is checked before anything is changed; a failing [`Edit::Batch`]
//!   rolls back the part it already applied);
//! - applying the returned inverse gives back a project equal (`==`) to the one before. New items are inserted at
//!   their place in id order, so this holds exactly for projects kept in id order (as `Project::normalize` leaves
//!   them); for other projects it holds up to the order of the vectors.
//!
//! [`Project`]: crate::model::Project

mod apply;
mod check;
mod constructors;
mod describe;
mod error;
mod history;
mod remove;
mod scenarios;

pub use apply::apply;
pub use constructors::{new_link_edit, new_variable_edit, rename_variable_edit};
pub use describe::EditSummary;
pub use error::{EditError, Field, Place, Section, Usage};
pub use history::History;
pub use scenarios::{delete_scenario_edit, duplicate_scenario_edit, new_scenario_edit, new_shock};

use crate::model::{
    Intervention, Layout, Link, LinkId, Meta, OutcomeIndex, Plan, Position, Scenario, ScenarioId, SimSettings,
    Variable, VariableId,
};

/// One undoable change. Whole-section edits (`SetPlans`, …) keep the secondary editors simple: their inverse is the
/// old section.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a new variable (its id must be fresh) at a canvas position. Inverse: [`Edit::Remove`].
    AddVariable {
        variable: Variable,
        position: Position,
    },
    /// Replaces the variable with the same id (rename, kind, baseline, …). The id itself never changes.
    UpdateVariable(Variable),
    /// Adds a new link (its id must be fresh; both ends must exist). Inverse: [`Edit::Remove`].
    AddLink(Link),
    /// Replaces the link with the same id (polarity, strength, delay, confidence, source). Ends may change.
    UpdateLink(Link),
    /// Sets absolute canvas positions. One mouse drag is one `MoveVariables` (applied when the drag ends).
    /// Inverse: `MoveVariables` with the old positions, or [`Edit::SetPositions`] when some variable had none.
    MoveVariables {
        moves: Vec<(VariableId, Position)>,
    },
    /// Deletes variables (with every link that touches them, their positions and their outcome weights) and links.
    /// Their ids are retired. Refused while a scenario, plan or intervention of the project still uses a variable.
    /// Inverse: [`Edit::Restore`].
    Delete {
        variables: Vec<VariableId>,
        links: Vec<LinkId>,
    },
    /// The inverse of `Delete` (and of `Remove`): puts items back exactly as they were, including the whole outcome
    /// index as it was, and un-retires their ids. Inverse: `Delete` (or `Remove` when the ids were not retired).
    Restore {
        variables: Vec<(Variable, Option<Position>)>,
        links: Vec<Link>,
        outcome: OutcomeIndex,
    },
    SetMeta(Meta),
    SetLayout(Layout),
    SetOutcome(OutcomeIndex),
    SetSettings(SimSettings),
    /// Replaces all scenarios. `SetScenarios`, `SetInterventions` and `SetPlans` retire the ids of items that go
    /// and un-retire ids that come back (undo); a new item's id must not be in use (make it with
    /// `Project::fresh_id`).
    SetScenarios(Vec<Scenario>),
    /// Replaces the scenario with the same id (name, description, shocks); the scenario editor sends one per change.
    /// Inverse: `UpdateScenario` with the old scenario.
    UpdateScenario(Scenario),
    /// Inserts a scenario at `index` (clamped to the list). Its id must not be used by another item; a retired id
    /// is un-retired (undo of a delete). Inverse: `RemoveScenario` (retiring the id again when it was retired).
    AddScenario {
        scenario: Scenario,
        index: usize,
    },
    /// Removes a scenario; `retire` puts its id in `retired_ids` (a user's delete). Inverse: `AddScenario`.
    RemoveScenario {
        id: ScenarioId,
        retire: bool,
    },
    SetInterventions(Vec<Intervention>),
    SetPlans(Vec<Plan>),
    /// Several edits as one undo step; the inverse is the reversed batch of inverses.
    Batch(Vec<Edit>),
    /// Sets or clears (`None`) canvas positions. Inverse of a `MoveVariables` that placed a variable that had no
    /// position yet; its inverse is again a `SetPositions`.
    SetPositions {
        positions: Vec<(VariableId, Option<Position>)>,
    },
    /// Like `Delete` but the ids are NOT retired: the inverse of `AddVariable` / `AddLink`, so that undoing an add
    /// gives back exactly the project before it. The UI uses `Delete` for the user's "verwijderen".
    Remove {
        variables: Vec<VariableId>,
        links: Vec<LinkId>,
    },
    /// Replaces the list of retired ids (taking over another file's list when comparing or merging). Refused when
    /// an id in the list is in use. Inverse: `SetRetiredIds` with the old list.
    SetRetiredIds(Vec<String>),
}
