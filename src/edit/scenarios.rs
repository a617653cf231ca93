//! Scenario edits: applying `AddScenario`, `RemoveScenario` and `UpdateScenario`, and the scenario editor's
//! gestures (new, duplicate, delete) as edits. Unlike `SetScenarios`, undoing a new scenario does not retire its id,
//! so undo gives back exactly the project before.

use super::{Edit, EditError, Section, check, remove};
use crate::model::{InputShape, Project, Scenario, ScenarioId, Shock, VariableId, slugify};

fn unknown(id: &ScenarioId) -> EditError {
    EditError::UnknownScenario { id: id.to_string() }
}

pub(super) fn update(project: &mut Project, scenario: Scenario) -> Result<Edit, EditError> {
    let index = project.scenarios.iter().position(|s| s.id == scenario.id).ok_or_else(|| unknown(&scenario.id))?;
    let mut list = project.scenarios.clone();
    list[index] = scenario;
    check::scenarios(project, &list)?;
    let old = std::mem::replace(&mut project.scenarios[index], list.swap_remove(index));
    Ok(Edit::UpdateScenario(old))
}

pub(super) fn add(project: &mut Project, scenario: Scenario, index: usize) -> Result<Edit, EditError> {
    if project.scenarios.iter().any(|s| s.id == scenario.id) {
        return Err(EditError::duplicate(Section::Scenarios, scenario.id.as_str()));
    }
    let id = scenario.id.clone();
    let was_retired = project.retired_ids.binary_search_by(|r| r.as_str().cmp(id.as_str())).is_ok();
    // The id check refuses a retired id that is not in the list; it may come back here (undo of a delete).
    remove::unretire(project, id.as_str());
    let mut list = project.scenarios.clone();
    list.insert(index.min(list.len()), scenario);
    if let Err(e) = check::scenarios(project, &list) {
        if was_retired {
            project.retire_id(id.as_str());
        }
        return Err(e);
    }
    project.scenarios = list;
    Ok(Edit::RemoveScenario { id, retire: was_retired })
}

pub(super) fn remove(project: &mut Project, id: &ScenarioId, retire: bool) -> Result<Edit, EditError> {
    let index = project.scenarios.iter().position(|s| &s.id == id).ok_or_else(|| unknown(id))?;
    let scenario = project.scenarios.remove(index);
    if retire {
        project.retire_id(id.as_str());
    }
    Ok(Edit::AddScenario { scenario, index })
}

fn fresh_scenario_id(project: &Project, name: &str) -> ScenarioId {
    let mut base = slugify(name);
    base.truncate(56);
    if base.trim_matches('_').is_empty() {
        "scenario".clone_into(&mut base);
    }
    ScenarioId::new(project.fresh_id(base.trim_end_matches('_')))
}

/// A new, empty scenario called `name` at the end of the list. Returns the edit and the new scenario's id.
pub fn new_scenario_edit(project: &Project, name: &str) -> (Edit, ScenarioId) {
    let id = fresh_scenario_id(project, name);
    let scenario =
        Scenario { id: id.clone(), name: name.trim().to_owned(), description: String::new(), shocks: vec![] };
    (Edit::AddScenario { scenario, index: project.scenarios.len() }, id)
}

/// A copy of scenario `id` called `name`, right after it. `None` when there is no such scenario.
pub fn duplicate_scenario_edit(project: &Project, id: &ScenarioId, name: &str) -> Option<(Edit, ScenarioId)> {
    let index = project.scenarios.iter().position(|s| &s.id == id)?;
    let new_id = fresh_scenario_id(project, name);
    let mut copy = project.scenarios[index].clone();
    copy.id = new_id.clone();
    name.trim().clone_into(&mut copy.name);
    Some((Edit::AddScenario { scenario: copy, index: index + 1 }, new_id))
}

/// Removes scenario `id` (its id is retired; undo brings it back). `None` when there is no such scenario.
pub fn delete_scenario_edit(project: &Project, id: &ScenarioId) -> Option<Edit> {
    project
        .scenarios
        .iter()
        .any(|s| &s.id == id)
        .then(|| Edit::SetScenarios(project.scenarios.iter().filter(|s| &s.id != id).cloned().collect()))
}

/// A shock on `target` of +10 index points for a year from month 12, as a starting point to adjust.
pub fn new_shock(target: VariableId) -> Shock {
    Shock {
        target,
        effect: 10.0,
        shape: InputShape { start_month: 12.0, ramp_up_months: 0.0, end_month: Some(24.0), after_effect_months: 0.0 },
        note: String::new(),
    }
}
