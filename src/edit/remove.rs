//! `Delete` / `Remove` and their inverse `Restore`.

use super::error::Section;
use super::{Edit, EditError, check};
use crate::model::{Link, LinkId, OutcomeIndex, Position, Project, Variable, VariableId};
use std::collections::BTreeSet;

fn is_retired(project: &Project, id: &str) -> bool {
    project.retired_ids.binary_search_by(|r| r.as_str().cmp(id)).is_ok()
}

pub(super) fn unretire(project: &mut Project, id: &str) {
    if let Ok(pos) = project.retired_ids.binary_search_by(|r| r.as_str().cmp(id)) {
        project.retired_ids.remove(pos);
    }
}

/// Removes variables (with every link touching them, their positions and outcome weights) and links; `retire`
/// puts their ids in `retired_ids`. Returns the `Restore` that puts them back.
pub(super) fn remove(
    project: &mut Project,
    variables: &[VariableId],
    links: &[LinkId],
    retire: bool,
) -> Result<Edit, EditError> {
    for id in variables {
        if project.variable(id).is_none() {
            return Err(EditError::unknown_variable(id.as_str()));
        }
    }
    for id in links {
        if project.link(id).is_none() {
            return Err(EditError::unknown_link(id.as_str()));
        }
    }
    for id in variables {
        check::variable_unused(project, id)?;
    }
    let var_set: BTreeSet<&VariableId> = variables.iter().collect();
    let link_set: BTreeSet<&LinkId> = links.iter().collect();

    let removed_vars: Vec<(Variable, Option<Position>)> = project
        .variables
        .iter()
        .filter(|v| var_set.contains(&v.id))
        .map(|v| (v.clone(), project.layout.positions.get(&v.id).copied()))
        .collect();
    let link_goes = |l: &Link| link_set.contains(&l.id) || var_set.contains(&l.from) || var_set.contains(&l.to);
    let removed_links: Vec<Link> = project.links.iter().filter(|l| link_goes(l)).cloned().collect();
    let old_outcome = project.outcome.clone();

    project.variables.retain(|v| !var_set.contains(&v.id));
    project.links.retain(|l| !link_goes(l));
    for id in &var_set {
        project.layout.positions.remove(*id);
    }
    project.outcome.weights.retain(|w| !var_set.contains(&w.variable));
    if retire {
        for (v, _) in &removed_vars {
            project.retire_id(v.id.as_str());
        }
        for l in &removed_links {
            project.retire_id(l.id.as_str());
        }
    }
    Ok(Edit::Restore { variables: removed_vars, links: removed_links, outcome: old_outcome })
}

/// Puts back removed items exactly, replaces the outcome index by the one given and un-retires their ids.
pub(super) fn restore(
    project: &mut Project,
    variables: Vec<(Variable, Option<Position>)>,
    links: Vec<Link>,
    outcome: OutcomeIndex,
) -> Result<Edit, EditError> {
    let mut new_ids = BTreeSet::new();
    for (v, position) in &variables {
        if project.id_live(v.id.as_str()) {
            return Err(EditError::id_in_use(v.id.as_str()));
        }
        if !new_ids.insert(v.id.as_str()) {
            return Err(EditError::duplicate(Section::Ids, v.id.as_str()));
        }
        check::variable_fields(v)?;
        if let Some(p) = position {
            check::position(&v.id, *p)?;
        }
    }
    let restored_vars: BTreeSet<&VariableId> = variables.iter().map(|(v, _)| &v.id).collect();
    let exists = |id: &VariableId| restored_vars.contains(id) || project.variable(id).is_some();
    for l in &links {
        if project.id_live(l.id.as_str()) {
            return Err(EditError::id_in_use(l.id.as_str()));
        }
        if !new_ids.insert(l.id.as_str()) {
            return Err(EditError::duplicate(Section::Ids, l.id.as_str()));
        }
        check::link_fields(l, exists)?;
    }
    let mut seen = BTreeSet::new();
    for w in &outcome.weights {
        if !exists(&w.variable) {
            return Err(EditError::unknown_variable(w.variable.as_str()));
        }
        if !seen.insert(&w.variable) {
            return Err(EditError::duplicate(Section::OutcomeVariables, w.variable.as_str()));
        }
        if !w.weight.is_finite() || w.weight < 0.0 {
            return Err(EditError::InvalidOutcomeWeight { variable: w.variable.to_string() });
        }
    }
    let were_retired = new_ids.iter().any(|id| is_retired(project, id));
    drop(seen);

    let var_ids: Vec<VariableId> = variables.iter().map(|(v, _)| v.id.clone()).collect();
    let link_ids: Vec<LinkId> = links.iter().map(|l| l.id.clone()).collect();
    let new_ids: Vec<String> = new_ids.into_iter().map(str::to_owned).collect();
    for (v, position) in variables {
        if let Some(p) = position {
            project.layout.positions.insert(v.id.clone(), p);
        }
        let at = project.variables.partition_point(|x| x.id < v.id);
        project.variables.insert(at, v);
    }
    for l in links {
        let at = project.links.partition_point(|x| x.id < l.id);
        project.links.insert(at, l);
    }
    project.outcome = outcome;
    for id in &new_ids {
        unretire(project, id);
    }
    Ok(if were_retired {
        Edit::Delete { variables: var_ids, links: link_ids }
    } else {
        Edit::Remove { variables: var_ids, links: link_ids }
    })
}
