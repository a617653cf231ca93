//! One feedback loop and the list of loops found in a project.

use super::loop_kind::LoopKind;
use crate::model::{LinkId, VariableId};

/// One feedback loop (an elementary cycle of links).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackLoop {
    pub kind: LoopKind,
    /// The variables in cycle order, starting at the smallest id.
    pub variables: Vec<VariableId>,
    /// `links[k]` goes from `variables[k]` to `variables[(k + 1) % n]`.
    pub links: Vec<LinkId>,
    /// The report's (Dutch) title when this is one of the loops the report names.
    pub title: Option<String>,
    /// The report's loop number (1-6) when it is one of the six numbered loops.
    pub report_number: Option<u8>,
}

impl FeedbackLoop {
    pub fn len(&self) -> usize {
        self.variables.len()
    }

    pub fn is_empty(&self) -> bool {
        self.variables.is_empty()
    }

    pub fn contains(&self, id: &VariableId) -> bool {
        self.variables.contains(id)
    }
}

/// All loops found, sorted shortest first, then by the sequence of variable ids, then by the link ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopReport {
    pub loops: Vec<FeedbackLoop>,
    /// True when the search stopped early (more than `cap` loops, or the work budget ran out): `loops` is then
    /// only part of all loops (sorted among themselves).
    pub truncated: bool,
    pub cap: usize,
}

impl LoopReport {
    pub fn count(&self, kind: LoopKind) -> usize {
        self.loops.iter().filter(|l| l.kind == kind).count()
    }
}
