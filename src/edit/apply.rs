//! [`apply`]: performs one [`Edit`] and returns its exact inverse.

use super::{check, remove, Edit, EditError};
use crate::model::{Link, Position, Project, Variable, VariableId};
use std::collections::BTreeSet;

/// Applies `edit` to `project` and returns the edit that undoes it. On error the project is unchanged.
pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
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
            Ok(Edit::SetScenarios(std::mem::replace(&mut project.scenarios, scenarios)))
        }
        Edit::SetInterventions(interventions) => {
            check::interventions(project, &interventions)?;
            Ok(Edit::SetInterventions(std::mem::replace(&mut project.interventions, interventions)))
        }
        Edit::SetPlans(plans) => {
            check::plans(project, &plans)?;
            Ok(Edit::SetPlans(std::mem::replace(&mut project.plans, plans)))
        }
        Edit::Batch(edits) => batch(project, edits),
    }
}

fn batch(project: &mut Project, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match apply(project, edit) {
            Ok(inverse) => inverses.push(inverse),
            Err(error) => {
                for inverse in inverses.into_iter().rev() {
                    // An inverse returned by `apply` always applies to the state it was made for.
                    let undone = apply(project, inverse);
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
    let slot = project
        .variable_mut(&variable.id)
        .ok_or_else(|| EditError::unknown_variable(variable.id.as_str()))?;
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
