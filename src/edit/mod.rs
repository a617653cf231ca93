//! Every change to a [`Project`] is an [`Edit`]; [`apply`] performs it and returns its inverse.
//! Undo/redo is a stack of inverses ([`History`]). Nothing outside command handling mutates the project.

mod apply;
mod history;

pub use apply::{EditError, apply};
pub use history::History;

use crate::model::{
    Intervention, Layout, Link, LinkId, Meta, OutcomeIndex, Plan, Position, Scenario, SimSettings, Variable, VariableId,
};

/// One undoable change. Whole-section edits (`SetPlans`, …) keep the secondary editors simple: their inverse is the
/// old section.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a new variable (its id must be fresh) at a canvas position.
    AddVariable {
        variable: Variable,
        position: Position,
    },
    /// Replaces the variable with the same id (rename, kind, baseline, …). The id itself never changes.
    UpdateVariable(Variable),
    /// Adds a new link (its id must be fresh; both ends must exist).
    AddLink(Link),
    /// Replaces the link with the same id (polarity, strength, delay, confidence, source). Ends may change.
    UpdateLink(Link),
    /// Sets absolute canvas positions. One mouse drag is one `MoveVariables` (applied when the drag ends).
    MoveVariables {
        moves: Vec<(VariableId, Position)>,
    },
    /// Deletes variables (with every link that touches them and their outcome weights) and links.
    /// Their ids are retired.
    Delete {
        variables: Vec<VariableId>,
        links: Vec<LinkId>,
    },
    /// The inverse of `Delete`: puts items back exactly as they were.
    Restore {
        variables: Vec<(Variable, Option<Position>)>,
        links: Vec<Link>,
        outcome: OutcomeIndex,
    },
    SetMeta(Meta),
    SetLayout(Layout),
    SetOutcome(OutcomeIndex),
    SetSettings(SimSettings),
    SetScenarios(Vec<Scenario>),
    SetInterventions(Vec<Intervention>),
    SetPlans(Vec<Plan>),
    /// Several edits as one undo step; the inverse is the reversed batch of inverses.
    Batch(Vec<Edit>),
}
