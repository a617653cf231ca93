//! [`apply`]: performs one [`Edit`] and returns its exact inverse.

use super::{Edit, EditError, check, remove, scenarios};
use crate::model::{Link, Position, Project, Variable, VariableId, rules};
use std::collections::BTreeSet;

/// Applies `edit` to `project` and returns the edit that undoes it. On error the project is unchanged.
///
/// Besides the checks of each kind of edit, an edit may not break a count, length or work limit of
/// `model::rules` that the project kept before (the same limits loading enforces): such an edit is undone and
/// refused with the limit's message.
pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    let before = rules::violations(project);
    let inverse = apply_checked(project, edit)?;
    let after = rules::violations(project);
    if let Some(new) = after.into_iter().find(|v| v.is_new_against(&before)) {
        let undone = apply_checked(project, inverse);
        debug_assert!(undone.is_ok(), "rollback failed: {undone:?}");
        return Err(EditError::Limit(new));
    }
    Ok(inverse)
}

/// [`apply`] without the project-wide limits (checked once per top-level edit).
fn apply_checked(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::AddVariable { variable, position } => add_variable(project, variable, position),
        Edit::UpdateVariable(variable) => update_variable(project, variable),
        Edit::AddLink(link) => add_link(project, link),
        Edit::UpdateLink(link) => update_link(project, link),
        Edit::MoveVariables { moves } => {
            set_positions(project, moves.into_iter().map(|(id, p)| (id, Some(p))).collect())
        }
        Edit::SetPositions { positions } => set_positions(project, positions),
        Edit::Delete { variables, links } => remove::remove(project, &variables, &links, true),
        Edit::Remove { variables, links } => remove::remove(project, &variables, &links, false),
        Edit::Restore { variables, links, outcome } => remove::restore(project, variables, links, outcome),
        Edit::SetMeta(meta) => Ok(Edit::SetMeta(std::mem::replace(&mut project.meta, meta))),
        Edit::SetLayout(layout) => {
            check::layout(project, &layout)?;
            Ok(Edit::SetLayout(std::mem::replace(&mut project.layout, layout)))
        }
        Edit::SetOutcome(outcome) => {
            check::outcome(project, &outcome)?;
            Ok(Edit::SetOutcome(std::mem::replace(&mut project.outcome, outcome)))
        }
        Edit::SetSettings(settings) => {
            check::settings(&settings)?;
            Ok(Edit::SetSettings(std::mem::replace(&mut project.settings, settings)))
        }
        Edit::SetScenarios(scenarios) => {
            check::scenarios(project, &scenarios)?;
            let ids = |list: &[crate::model::Scenario]| list.iter().map(|x| x.id.0.clone()).collect();
            let (before, after) = (ids(&project.scenarios), ids(&scenarios));
            let old = std::mem::replace(&mut project.scenarios, scenarios);
            swap_ids(project, &before, &after);
            Ok(Edit::SetScenarios(old))
        }
        Edit::UpdateScenario(scenario) => scenarios::update(project, scenario),
        Edit::AddScenario { scenario, index } => scenarios::add(project, scenario, index),
        Edit::RemoveScenario { id, retire } => scenarios::remove(project, &id, retire),
        Edit::SetInterventions(interventions) => {
            check::interventions(project, &interventions)?;
            let ids = |list: &[crate::model::Intervention]| list.iter().map(|x| x.id.0.clone()).collect();
            let (before, after) = (ids(&project.interventions), ids(&interventions));
            let old = std::mem::replace(&mut project.interventions, interventions);
            swap_ids(project, &before, &after);
            Ok(Edit::SetInterventions(old))
        }
        Edit::SetPlans(plans) => {
            check::plans(project, &plans)?;
            let ids = |list: &[crate::model::Plan]| list.iter().map(|x| x.id.0.clone()).collect();
            let (before, after) = (ids(&project.plans), ids(&plans));
            let old = std::mem::replace(&mut project.plans, plans);
            swap_ids(project, &before, &after);
            Ok(Edit::SetPlans(old))
        }
        Edit::Batch(edits) => batch(project, edits),
        Edit::SetRetiredIds(mut ids) => {
            ids.sort();
            ids.dedup();
            if let Some(live) = ids.iter().find(|id| project.id_live(id)) {
                return Err(EditError::id_in_use(live));
            }
            Ok(Edit::SetRetiredIds(std::mem::replace(&mut project.retired_ids, ids)))
        }
    }
}

/// After a section was replaced: ids that went are retired, ids that (re)appear are un-retired. This keeps ids
/// from being given out twice and keeps the inverse exact (a live id is never retired).
fn swap_ids(project: &mut Project, before: &BTreeSet<String>, after: &BTreeSet<String>) {
    for gone in before.difference(after) {
        project.retire_id(gone);
    }
    for back in after.difference(before) {
        remove::unretire(project, back);
    }
}

fn batch(project: &mut Project, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match apply_checked(project, edit) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                for inverse in inverses.into_iter().rev() {
                    // An inverse returned by `apply` always applies to the state it was made for.
                    let undone = apply_checked(project, inverse);
                    debug_assert!(undone.is_ok(), "rollback failed: {undone:?}");
                }
                return Err(error);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}

fn add_variable(project: &mut Project, variable: Variable, position: Position) -> Result<Edit, EditError> {
    check::fresh_id(project, variable.id.as_str())?;
    check::variable_fields(&variable)?;
    check::position(&variable.id, position)?;
    let id = variable.id.clone();
    project.layout.positions.insert(id.clone(), position);
    let at = project.variables.partition_point(|v| v.id < variable.id);
    project.variables.insert(at, variable);
    Ok(Edit::Remove { variables: vec![id], links: Vec::new() })
}

fn update_variable(project: &mut Project, variable: Variable) -> Result<Edit, EditError> {
    check::variable_fields(&variable)?;
    let slot = project.variable_mut(&variable.id).ok_or_else(|| EditError::unknown_variable(variable.id.as_str()))?;
    Ok(Edit::UpdateVariable(std::mem::replace(slot, variable)))
}

fn add_link(project: &mut Project, link: Link) -> Result<Edit, EditError> {
    check::fresh_id(project, link.id.as_str())?;
    check::link_fields(&link, |id| project.variable(id).is_some())?;
    let id = link.id.clone();
    let at = project.links.partition_point(|l| l.id < link.id);
    project.links.insert(at, link);
    Ok(Edit::Remove { variables: Vec::new(), links: vec![id] })
}

fn update_link(project: &mut Project, link: Link) -> Result<Edit, EditError> {
    if project.link(&link.id).is_none() {
        return Err(EditError::unknown_link(link.id.as_str()));
    }
    check::link_fields(&link, |id| project.variable(id).is_some())?;
    let slot = project.link_mut(&link.id).ok_or_else(|| EditError::unknown_link(link.id.as_str()))?;
    Ok(Edit::UpdateLink(std::mem::replace(slot, link)))
}

fn set_positions(project: &mut Project, positions: Vec<(VariableId, Option<Position>)>) -> Result<Edit, EditError> {
    for (id, p) in &positions {
        if project.variable(id).is_none() {
            return Err(EditError::unknown_variable(id.as_str()));
        }
        if let Some(p) = p {
            check::position(id, *p)?;
        }
    }
    // Old positions as they were before this edit, each id once (a later duplicate wins when applying).
    let mut seen = BTreeSet::new();
    let old: Vec<(VariableId, Option<Position>)> = positions
        .iter()
        .filter(|(id, _)| seen.insert(id))
        .map(|(id, _)| (id.clone(), project.layout.positions.get(id).copied()))
        .collect();
    for (id, p) in positions {
        match p {
            Some(p) => project.layout.positions.insert(id, p),
            None => project.layout.positions.remove(&id),
        };
    }
    if old.iter().all(|(_, p)| p.is_some()) {
        let moves = old.into_iter().filter_map(|(id, p)| p.map(|p| (id, p))).collect();
        Ok(Edit::MoveVariables { moves })
    } else {
        Ok(Edit::SetPositions { positions: old })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::ResourceKind;

    fn two_variables() -> Project {
        let mut p = Project::default();
        for id in ["a", "b"] {
            p.variables.push(Variable::new(id.into(), id, ResourceKind::Individual));
        }
        p.layout.positions.insert("a".into(), Position::new(1.0, 1.0));
        p
    }

    #[test]
    fn repeated_ids_in_one_move_undo_to_the_first_state() {
        let mut p = two_variables();
        let original = p.clone();
        let moves = vec![
            ("a".into(), Position::new(5.0, 5.0)),
            ("b".into(), Position::new(6.0, 6.0)),
            ("a".into(), Position::new(7.0, 7.0)),
        ];
        let inverse = apply(&mut p, Edit::MoveVariables { moves }).unwrap();
        assert_eq!(p.layout.positions[&VariableId::new("a")], Position::new(7.0, 7.0), "the last move wins");
        // `b` had no position, so the inverse must be able to clear it.
        assert_eq!(
            inverse,
            Edit::SetPositions { positions: vec![("a".into(), Some(Position::new(1.0, 1.0))), ("b".into(), None)] }
        );
        apply(&mut p, inverse).unwrap();
        assert_eq!(p, original);
    }

    #[test]
    fn add_inserts_in_id_order_and_its_inverse_does_not_retire() {
        let mut p = two_variables();
        let original = p.clone();
        let variable = Variable::new("aa".into(), "AA", ResourceKind::Societal);
        let inverse = apply(&mut p, Edit::AddVariable { variable, position: Position::default() }).unwrap();
        let order: Vec<&str> = p.variables.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(order, ["a", "aa", "b"]);
        assert!(matches!(inverse, Edit::Remove { .. }));
        apply(&mut p, inverse).unwrap();
        assert_eq!(p, original);
        assert!(!p.id_taken("aa"), "an undone add leaves its id free");
    }

    #[test]
    fn settings_must_make_sense() {
        let mut p = two_variables();
        let mut s = p.settings.clone();
        s.dt_months = 0.0;
        let err = apply(&mut p, Edit::SetSettings(s.clone())).unwrap_err();
        assert!(err.to_string().contains("tijdstap"));
        s.dt_months = 0.5;
        s.horizon_months = 1201;
        assert!(apply(&mut p, Edit::SetSettings(s)).unwrap_err().to_string().contains("horizon"));
    }
}
