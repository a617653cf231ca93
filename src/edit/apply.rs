//! (to be written) `apply(&mut Project, Edit) -> Result<Edit, EditError>`.
use super::Edit;
use crate::model::Project;

/// Why an edit could not be applied (in Dutch, for the status bar).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError(pub String);

pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    let _ = (project, edit);
    Err(EditError("nog niet gebouwd".into()))
}
