//! [`edits_for`]: chosen differences as edits on the open project (one undo step when batched).

use super::entries::{EntryError, entry_json, from_json, set_entry, with_fields};
use super::{Change, Difference, Key};
use crate::edit::{Edit, EditError, apply};
use crate::model::{Position, Project, Variable};
use serde_json::Value;

/// The order in which differences are applied, so that an item exists before something refers to it, is removed
/// only after nothing refers to it any more, and an id is free before an item of another kind takes it (two versions
/// may use one id for different kinds of item): first the removals that nothing depends on, then the added
/// variables, every change, the removed variables (what referred to them is gone or changed by then), and last the
/// other additions.
fn phase(d: &Difference) -> u8 {
    match (&d.key, &d.change) {
        (Key::PlanItem(..), Change::Removed(_)) => 0,
        (Key::Plan(_), Change::Removed(_)) => 1,
        (Key::Intervention(_), Change::Removed(_)) => 2,
        (Key::Scenario(_), Change::Removed(_)) => 3,
        (Key::Link(_), Change::Removed(_)) => 4,
        (Key::Meta | Key::Settings, _) => 5,
        (Key::Variable(_), Change::Added(_)) => 6,
        (Key::Variable(_), Change::Changed(_)) => 7,
        (Key::Link(_), Change::Changed(_)) => 8,
        (Key::OutcomeWeight(_), _) => 9,
        (Key::Intervention(_), Change::Changed(_)) => 10,
        (Key::Scenario(_), Change::Changed(_)) => 11,
        (Key::Plan(_), Change::Changed(_)) => 12,
        (Key::PlanItem(..), Change::Changed(_)) => 13,
        (Key::Variable(_), Change::Removed(_)) => 14,
        (Key::Link(_), Change::Added(_)) => 15,
        (Key::Intervention(_), Change::Added(_)) => 16,
        (Key::Scenario(_), Change::Added(_)) => 17,
        (Key::Plan(_), Change::Added(_)) => 18,
        (Key::PlanItem(..), Change::Added(_)) => 19,
        (Key::RetiredIds, _) => 20,
    }
}

/// The edits that apply `differences` (from `diff(project, other)`) to `project`, in an order that works. Each
/// edit is checked on a copy as it is made, so the list applies as one `Edit::Batch`. Fails with a Dutch message
/// when a difference no longer fits the project (e.g. the item it changes was removed meanwhile, or a removed
/// variable is still used by a scenario that was not taken over).
pub fn edits_for(project: &Project, differences: &[&Difference]) -> Result<Vec<Edit>, EditError> {
    let mut ordered: Vec<&Difference> = differences.to_vec();
    ordered.sort_by_key(|d| phase(d));
    let mut scratch = project.clone();
    let mut edits = Vec::with_capacity(ordered.len());
    for difference in ordered {
        for edit in edits_for_one(&scratch, difference)? {
            apply(&mut scratch, edit.clone())?;
            edits.push(edit);
        }
    }
    Ok(edits)
}

fn missing(d: &Difference) -> EditError {
    EditError::ItemGone { item: display_name(d) }
}

fn display_name(d: &Difference) -> String {
    if d.label.is_empty() { format!("{:?}", d.key) } else { d.label.clone() }
}

/// The item's JSON after the difference: the other project's item, or this project's item with the changed fields.
fn new_value(project: &Project, d: &Difference) -> Result<Option<Value>, EditError> {
    match &d.change {
        Change::Added(value) => Ok(Some(value.clone())),
        Change::Removed(_) => Ok(None),
        Change::Changed(fields) => {
            let current = entry_json(project, &d.key).ok_or_else(|| missing(d))?;
            Ok(Some(with_fields(&current, fields.iter().map(|f| (f.field.as_str(), &f.new)))))
        }
    }
}

fn edits_for_one(project: &Project, d: &Difference) -> Result<Vec<Edit>, EditError> {
    let value = new_value(project, d)?;
    let typed = |e: EntryError| e.into_edit_error(display_name(d));
    // A copy of one section of the project, changed with `set_entry`, becomes a `Set…` edit.
    let section = |fill: fn(&Project, &mut Project)| -> Result<Project, EditError> {
        let mut part = Project::default();
        fill(project, &mut part);
        set_entry(&mut part, &d.key, value.as_ref()).map_err(typed)?;
        Ok(part)
    };
    let edits = match (&d.key, &value) {
        (Key::Variable(id), None) => vec![Edit::Delete { variables: vec![id.clone()], links: Vec::new() }],
        (Key::Variable(id), Some(value)) => {
            let variable: Variable = from_json(value).map_err(typed)?;
            let position: Option<Position> = value.get("position").map(from_json).transpose().map_err(typed)?.flatten();
            match project.variable(id) {
                None => vec![Edit::Restore {
                    variables: vec![(variable, position)],
                    links: Vec::new(),
                    outcome: project.outcome.clone(),
                }],
                Some(old) => {
                    let mut edits = Vec::new();
                    if old != &variable {
                        edits.push(Edit::UpdateVariable(variable));
                    }
                    if project.layout.positions.get(id) != position.as_ref() {
                        edits.push(match position {
                            Some(p) => Edit::MoveVariables { moves: vec![(id.clone(), p)] },
                            None => Edit::SetPositions { positions: vec![(id.clone(), None)] },
                        });
                    }
                    edits
                }
            }
        }
        (Key::Link(id), None) => vec![Edit::Delete { variables: Vec::new(), links: vec![id.clone()] }],
        (Key::Link(id), Some(value)) => {
            let link = from_json(value).map_err(typed)?;
            if project.link(id).is_some() {
                vec![Edit::UpdateLink(link)]
            } else {
                vec![Edit::Restore { variables: Vec::new(), links: vec![link], outcome: project.outcome.clone() }]
            }
        }
        (Key::OutcomeWeight(_), _) => {
            vec![Edit::SetOutcome(section(|p, part| part.outcome = p.outcome.clone())?.outcome)]
        }
        (Key::Scenario(_), _) => {
            vec![Edit::SetScenarios(section(|p, part| part.scenarios.clone_from(&p.scenarios))?.scenarios)]
        }
        (Key::Intervention(_), _) => {
            vec![Edit::SetInterventions(
                section(|p, part| part.interventions.clone_from(&p.interventions))?.interventions,
            )]
        }
        (Key::Plan(_) | Key::PlanItem(..), _) => {
            vec![Edit::SetPlans(section(|p, part| part.plans.clone_from(&p.plans))?.plans)]
        }
        (Key::Settings, Some(value)) => vec![Edit::SetSettings(from_json(value).map_err(typed)?)],
        (Key::Meta, Some(value)) => vec![Edit::SetMeta(from_json(value).map_err(typed)?)],
        (Key::RetiredIds, Some(value)) => {
            let wanted = value.get("retired_ids").cloned().unwrap_or(Value::Null);
            let mut ids: Vec<String> = from_json(&wanted).map_err(typed)?;
            ids.retain(|id| !project.id_live(id));
            vec![Edit::SetRetiredIds(ids)]
        }
        (Key::Settings | Key::Meta | Key::RetiredIds, None) => Vec::new(),
    };
    Ok(edits)
}
