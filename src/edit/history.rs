//! (to be written) Undo/redo stacks of inverse edits; never saved.
#[derive(Debug, Default)]
pub struct History {}
