//! Edits the UI builds from a user's gesture, with fresh ids.

use super::{Edit, EditError};
use crate::model::{Link, LinkId, Polarity, Position, Project, ResourceKind, Variable, VariableId, slugify};

/// Longest base for a generated id, leaving room for a `_N` suffix within the 64-character slug limit.
const MAX_BASE_LEN: usize = 56;

fn base_slug(text: &str) -> String {
    let mut slug = slugify(text);
    // Slugs are ASCII, so cutting at a byte index is safe.
    slug.truncate(MAX_BASE_LEN);
    while slug.ends_with('_') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push('x');
    }
    slug
}

/// A new variable named `name` (trimmed) with a fresh id made from the name (`"Wachttijden GGZ"` →
/// `wachttijden_ggz`, else `wachttijden_ggz_2`, …) at `position`. Applying it fails when the name is empty.
pub fn new_variable_edit(project: &Project, name: &str, kind: ResourceKind, position: Position) -> Edit {
    let id = VariableId::new(project.fresh_id(&base_slug(name)));
    Edit::AddVariable { variable: Variable::new(id, name.trim(), kind), position }
}

/// A new link `from → to` with id `<from>__<to>` (made fresh: `_2`, … for a parallel link) and default strength,
/// delay and confidence.
pub fn new_link_edit(
    project: &Project,
    from: &VariableId,
    to: &VariableId,
    polarity: Polarity,
) -> Result<Edit, EditError> {
    for end in [from, to] {
        if project.variable(end).is_none() {
            return Err(EditError::unknown_variable(end.as_str()));
        }
    }
    if from == to {
        return Err(EditError::self_link());
    }
    let base = base_slug(&format!("{from}__{to}"));
    let id = LinkId::new(project.fresh_id(&base));
    Ok(Edit::AddLink(Link::new(id, from.clone(), to.clone(), polarity)))
}

/// Renames variable `id` to `name` (trimmed); its id stays the same.
pub fn rename_variable_edit(project: &Project, id: &VariableId, name: &str) -> Result<Edit, EditError> {
    let mut variable = project.variable(id).ok_or_else(|| EditError::unknown_variable(id.as_str()))?.clone();
    let name = name.trim();
    if name.is_empty() {
        return Err(EditError::EmptyName { variable: variable.name.clone() });
    }
    name.clone_into(&mut variable.name);
    Ok(Edit::UpdateVariable(variable))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::edit::apply;

    #[test]
    fn long_names_give_valid_fresh_ids() {
        let mut project = Project::default();
        let long = "Heel lange naam ".repeat(10);
        for _ in 0..3 {
            let edit = new_variable_edit(&project, &long, ResourceKind::Individual, Position::new(0.0, 0.0));
            apply(&mut project, edit).unwrap();
        }
        assert_eq!(project.variables.len(), 3);
        let a = project.variables[0].id.clone();
        let b = project.variables[1].id.clone();
        let link = new_link_edit(&project, &a, &b, Polarity::Negative).unwrap();
        apply(&mut project, link).unwrap();
        let link = new_link_edit(&project, &a, &b, Polarity::Positive).unwrap();
        apply(&mut project, link).unwrap();
        assert_eq!(project.links.len(), 2, "parallel links are allowed");
        assert!(project.links.iter().all(|l| crate::model::is_valid_slug(l.id.as_str())));
    }

    #[test]
    fn link_to_itself_is_refused_in_dutch() {
        let mut project = Project::default();
        let edit = new_variable_edit(&project, "Stress", ResourceKind::Individual, Position::default());
        apply(&mut project, edit).unwrap();
        let id = VariableId::new("stress");
        let err = new_link_edit(&project, &id, &id, Polarity::Positive).unwrap_err();
        assert_eq!(err.to_string(), "Een verband van een variabele naar zichzelf kan niet");
        let err = rename_variable_edit(&project, &VariableId::new("x"), "Y").unwrap_err();
        assert_eq!(err.to_string(), "Variabele 'x' bestaat niet");
    }
}
