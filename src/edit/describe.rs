//! What an [`Edit`] does, as data ([`EditSummary`]), for the undo/redo menu; `text::edits` words it
//! ("Ongedaan maken: variabele verplaatsen").

use super::Edit;

/// What an edit does. Counts are of variables or links.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditSummary {
    AddVariable,
    UpdateVariable,
    AddLink,
    UpdateLink,
    /// Moving this many variables.
    MoveVariables(usize),
    /// Deleting variables and links (with everything that hangs on them).
    Delete {
        variables: usize,
        links: usize,
    },
    /// Taking out variables and links (the inverse of adding them).
    Remove {
        variables: usize,
        links: usize,
    },
    Restore,
    SetMeta,
    SetLayout,
    SetOutcome,
    SetSettings,
    SetScenarios,
    SetInterventions,
    SetPlans,
    /// Taking over another version's list of retired ids (compare / merge).
    SetRetiredIds,
    /// An empty batch.
    Nothing,
    /// A batch of different edits.
    Several,
}

impl Edit {
    /// What this edit does. A batch of edits that all do the same is summarised as one of them.
    pub fn summary(&self) -> EditSummary {
        match self {
            Self::AddVariable { .. } => EditSummary::AddVariable,
            Self::UpdateVariable(_) => EditSummary::UpdateVariable,
            Self::AddLink(_) => EditSummary::AddLink,
            Self::UpdateLink(_) => EditSummary::UpdateLink,
            Self::MoveVariables { moves } => EditSummary::MoveVariables(moves.len()),
            Self::SetPositions { positions } => EditSummary::MoveVariables(positions.len()),
            Self::Delete { variables, links } => EditSummary::Delete { variables: variables.len(), links: links.len() },
            Self::Remove { variables, links } => EditSummary::Remove { variables: variables.len(), links: links.len() },
            Self::Restore { .. } => EditSummary::Restore,
            Self::SetMeta(_) => EditSummary::SetMeta,
            Self::SetLayout(_) => EditSummary::SetLayout,
            Self::SetOutcome(_) => EditSummary::SetOutcome,
            Self::SetSettings(_) => EditSummary::SetSettings,
            Self::SetScenarios(_)
            | Self::UpdateScenario(_)
            | Self::AddScenario { .. }
            | Self::RemoveScenario { .. } => EditSummary::SetScenarios,
            Self::SetInterventions(_) => EditSummary::SetInterventions,
            Self::SetPlans(_) => EditSummary::SetPlans,
            Self::SetRetiredIds(_) => EditSummary::SetRetiredIds,
            Self::Batch(edits) => {
                let mut summaries = edits.iter().map(Self::summary);
                match summaries.next() {
                    None => EditSummary::Nothing,
                    Some(first) if summaries.all(|s| s == first) => first,
                    Some(_) => EditSummary::Several,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, VariableId};

    #[test]
    fn summaries_count_and_batches_of_the_same_edit_are_one() {
        let one = Edit::MoveVariables { moves: vec![(VariableId::new("a"), Position::default())] };
        assert_eq!(one.summary(), EditSummary::MoveVariables(1));
        let del = Edit::Delete { variables: vec![], links: vec!["a__b".into(), "b__a".into()] };
        assert_eq!(del.summary(), EditSummary::Delete { variables: 0, links: 2 });
        assert_eq!(Edit::Batch(vec![one.clone(), one.clone()]).summary(), EditSummary::MoveVariables(1));
        assert_eq!(Edit::Batch(vec![one, del]).summary(), EditSummary::Several);
        assert_eq!(Edit::Batch(Vec::new()).summary(), EditSummary::Nothing);
    }
}
