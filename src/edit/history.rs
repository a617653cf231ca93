//! [`History`]: unlimited undo/redo stacks of inverse edits. Never saved; cleared on new/open.
//!
//! How the UI uses it:
//! - every change goes through [`History::apply`] (applies the edit, records its inverse, clears redo);
//! - a mouse drag applies ONE `MoveVariables` when the drag ends (nothing while dragging);
//! - typing in a text field: [`History::apply_merged`] with a key such as `"naam:stress"`: successive edits with
//!   the same key become one undo step (until [`History::break_merge`], a save, or an edit with another key; the
//!   live fields of `ui::fields` put the field and the visit to it in the key, so leaving the field ends the step);
//! - a gesture made of several edits (e.g. paste): [`History::begin_group`] … [`History::end_group`] makes them one
//!   step (or build one `Edit::Batch` yourself);
//! - after saving: [`History::mark_saved`]; the document is dirty when `!is_at_saved_point()`.

use super::{Edit, EditError, EditSummary, apply};
use crate::model::Project;

#[derive(Clone, Debug)]
struct Step {
    label: EditSummary,
    /// The edit that goes to the other state (an inverse on the undo stack, a redo on the redo stack).
    edit: Edit,
    /// Identifies the project state reached by doing this step (for the saved point).
    state: u64,
    merge_key: Option<String>,
}

#[derive(Clone, Debug)]
struct Group {
    label: EditSummary,
    inverses: Vec<Edit>,
    depth: u32,
}

#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_state: u64,
    /// The state that was last saved (0 = the state when the history was created or cleared); `None` when that
    /// state can no longer be reached.
    saved_state: Option<u64>,
    group: Option<Group>,
}

impl Default for History {
    fn default() -> Self {
        Self::new()
    }
}

impl History {
    /// An empty history whose current state counts as saved.
    pub fn new() -> Self {
        Self { undo: Vec::new(), redo: Vec::new(), next_state: 1, saved_state: Some(0), group: None }
    }

    /// Forgets everything (new project, open file). The current state counts as saved.
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    fn current_state(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.state)
    }

    /// Applies `edit` and records it as one undo step labelled `edit.summary()`.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<(), EditError> {
        let label = edit.summary();
        let inverse = apply(project, edit)?;
        self.push(label, inverse);
        Ok(())
    }

    /// Like [`History::apply`], but merges into the previous step when that was also made with `merge_key`
    /// (and the saved point is not in between).
    pub fn apply_merged(&mut self, project: &mut Project, edit: Edit, merge_key: &str) -> Result<(), EditError> {
        let label = edit.summary();
        let inverse = apply(project, edit)?;
        self.push_merged(label, inverse, merge_key);
        Ok(())
    }

    /// Records an edit that was already applied: `inverse` is what `edit::apply` returned. Clears redo.
    /// Inside a group the inverse joins the group.
    pub fn push(&mut self, label: EditSummary, inverse: Edit) {
        self.push_step(label, inverse, None);
    }

    /// Like [`History::push`], merging with the previous step when it has the same `merge_key`.
    pub fn push_merged(&mut self, label: EditSummary, inverse: Edit, merge_key: &str) {
        self.push_step(label, inverse, Some(merge_key.to_owned()));
    }

    fn push_step(&mut self, label: EditSummary, inverse: Edit, merge_key: Option<String>) {
        if let Some(group) = &mut self.group {
            group.inverses.push(inverse);
            return;
        }
        self.drop_redo();
        let current = self.current_state();
        if let (Some(key), Some(top)) = (&merge_key, self.undo.last_mut())
            && top.merge_key.as_ref() == Some(key)
            && self.saved_state != Some(current)
        {
            // Undo the newer edit first, then the older one; when the older inverse restores the same slot
            // wholesale, it alone takes the project back (typing a sentence keeps one inverse, not one per key).
            if !supersedes(&top.edit, &inverse) {
                let older = std::mem::replace(&mut top.edit, Edit::Batch(Vec::new()));
                top.edit = Edit::Batch(vec![inverse, older]);
            }
            top.state = self.next_state;
            self.next_state += 1;
            return;
        }
        self.undo.push(Step { label, edit: inverse, state: self.next_state, merge_key });
        self.next_state += 1;
    }

    fn drop_redo(&mut self) {
        if self.redo.is_empty() {
            return;
        }
        if let Some(saved) = self.saved_state
            && self.redo.iter().any(|s| s.state == saved)
        {
            self.saved_state = None;
        }
        self.redo.clear();
    }

    /// The next push starts a new step even with the same merge key.
    pub fn break_merge(&mut self) {
        if let Some(top) = self.undo.last_mut() {
            top.merge_key = None;
        }
    }

    /// Starts a group: everything pushed until the matching [`History::end_group`] becomes one step labelled
    /// `label`. Groups nest; only the outermost label counts.
    pub fn begin_group(&mut self, label: EditSummary) {
        match &mut self.group {
            Some(group) => group.depth += 1,
            None => self.group = Some(Group { label, inverses: Vec::new(), depth: 1 }),
        }
    }

    /// Ends a group; the outermost end records the step (nothing when the group is empty).
    pub fn end_group(&mut self) {
        let Some(group) = &mut self.group else { return };
        group.depth -= 1;
        if group.depth > 0 {
            return;
        }
        let Some(group) = self.group.take() else { return };
        let mut inverses = group.inverses;
        match inverses.len() {
            0 => {}
            1 => self.push_step(group.label, inverses.remove(0), None),
            _ => {
                inverses.reverse();
                self.push_step(group.label, Edit::Batch(inverses), None);
            }
        }
    }

    fn close_groups(&mut self) {
        while self.group.is_some() {
            self.end_group();
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.group.as_ref().is_some_and(|g| !g.inverses.is_empty())
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step. `None` when there is nothing to undo; `Some(Err)` when the project no longer accepts
    /// the inverse (the project and the history are then unchanged).
    pub fn undo(&mut self, project: &mut Project) -> Option<Result<(), EditError>> {
        self.close_groups();
        let step = self.undo.pop()?;
        match apply(project, step.edit.clone()) {
            Ok(redo) => {
                // The redo step leads to the state this step had reached.
                self.redo.push(Step { label: step.label, edit: redo, state: step.state, merge_key: None });
                Some(Ok(()))
            }
            Err(error) => {
                self.undo.push(step);
                Some(Err(error))
            }
        }
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self, project: &mut Project) -> Option<Result<(), EditError>> {
        self.close_groups();
        let step = self.redo.pop()?;
        match apply(project, step.edit.clone()) {
            Ok(inverse) => {
                self.undo.push(Step { label: step.label, edit: inverse, state: step.state, merge_key: None });
                Some(Ok(()))
            }
            Err(error) => {
                self.redo.push(step);
                Some(Err(error))
            }
        }
    }

    /// What the step `undo` would take back does.
    pub fn undo_description(&self) -> Option<EditSummary> {
        self.group
            .as_ref()
            .filter(|g| !g.inverses.is_empty())
            .map(|g| g.label)
            .or_else(|| self.undo.last().map(|s| s.label))
    }

    /// The edit that `undo` would apply (the inverse of the last step, a merged step as a whole); `None` inside an
    /// open group or with nothing to undo. Applied to a copy of the project it gives the state before that step.
    pub fn undo_edit(&self) -> Option<&Edit> {
        if self.group.is_some() {
            return None;
        }
        self.undo.last().map(|s| &s.edit)
    }

    /// What the step `redo` would do again does.
    pub fn redo_description(&self) -> Option<EditSummary> {
        self.redo.last().map(|s| s.label)
    }

    /// Marks the current state as the saved one.
    pub fn mark_saved(&mut self) {
        self.close_groups();
        self.break_merge();
        self.saved_state = Some(self.current_state());
    }

    /// True when the project is in the state of the last save (or of the last clear).
    pub fn is_at_saved_point(&self) -> bool {
        self.group.as_ref().is_none_or(|g| g.inverses.is_empty()) && self.saved_state == Some(self.current_state())
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }
}

/// True when undoing `older` alone gives the same project as undoing `newer` and then `older`: both put back the
/// same variable or link, or the same whole section with the same ids (so no id is retired or un-retired).
fn supersedes(older: &Edit, newer: &Edit) -> bool {
    fn same_ids<T, I: PartialEq>(a: &[T], b: &[T], id: impl Fn(&T) -> &I) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| id(x) == id(y))
    }
    match (older, newer) {
        (Edit::UpdateVariable(a), Edit::UpdateVariable(b)) => a.id == b.id,
        (Edit::UpdateLink(a), Edit::UpdateLink(b)) => a.id == b.id,
        (Edit::SetPlans(a), Edit::SetPlans(b)) => same_ids(a, b, |p| &p.id),
        (Edit::SetScenarios(a), Edit::SetScenarios(b)) => same_ids(a, b, |s| &s.id),
        (Edit::SetInterventions(a), Edit::SetInterventions(b)) => same_ids(a, b, |i| &i.id),
        (Edit::SetMeta(_), Edit::SetMeta(_))
        | (Edit::SetSettings(_), Edit::SetSettings(_))
        | (Edit::SetOutcome(_), Edit::SetOutcome(_)) => true,
        _ => false,
    }
}
