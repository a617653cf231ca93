//! Checks run before anything is changed, so that a refused edit leaves the project untouched.

use super::EditError;
use super::error::{Field, Place, Section, Usage};
use crate::model::rules::{self, Range};
use crate::model::{
    Delay, Effect, InputShape, Intervention, Layout, Link, OutcomeIndex, Plan, Position, Project, Scenario,
    SimSettings, Strength, Variable, VariableId, is_valid_slug,
};
use std::collections::BTreeSet;

/// Refuses `value` outside `range` (one of the ranges of `model::rules`, shared with loading).
fn within(value: f64, range: Range, field: Field, place: &Place) -> Result<(), EditError> {
    if range.contains(value) {
        Ok(())
    } else {
        Err(EditError::OutOfRange { field, place: place.clone(), value, min: range.min, max: range.max })
    }
}

fn named(name: &str, place: &Place) -> Result<(), EditError> {
    if name.trim().is_empty() { Err(EditError::EmptyItemName { place: place.clone() }) } else { Ok(()) }
}

pub(super) fn fresh_id(project: &Project, id: &str) -> Result<(), EditError> {
    if !is_valid_slug(id) {
        return Err(EditError::invalid_id(id));
    }
    if project.id_taken(id) {
        return Err(EditError::id_taken(id));
    }
    Ok(())
}

pub(super) fn variable_fields(variable: &Variable) -> Result<(), EditError> {
    let id = variable.id.as_str();
    if variable.name.trim().is_empty() {
        return Err(EditError::EmptyName { variable: id.to_owned() });
    }
    let b = variable.baseline;
    if !rules::BASELINE.contains(b) {
        return Err(EditError::BaselineOutOfRange { name: variable.name.clone(), value: b });
    }
    let t = variable.adjustment_months;
    if !rules::ADJUSTMENT_MONTHS.contains(t) {
        return Err(EditError::InvalidAdjustmentTime { name: variable.name.clone(), value: t });
    }
    Ok(())
}

/// Link numbers and ends; `exists` says whether a variable id is (or will be) in the model.
pub(super) fn link_fields(link: &Link, exists: impl Fn(&VariableId) -> bool) -> Result<(), EditError> {
    for end in [&link.from, &link.to] {
        if !exists(end) {
            return Err(EditError::unknown_variable(end.as_str()));
        }
    }
    if link.from == link.to {
        return Err(EditError::self_link());
    }
    if let Strength::Custom(g) = link.strength
        && !rules::CUSTOM_GAIN.contains(g)
    {
        return Err(EditError::StrengthOutOfRange { link: link.id.to_string(), value: g, max: rules::CUSTOM_GAIN.max });
    }
    if let Delay::Months(m) = link.delay
        && !rules::DELAY_MONTHS.contains(m)
    {
        return Err(EditError::NegativeDelay { link: link.id.to_string(), value: m });
    }
    Ok(())
}

pub(super) fn position(id: &VariableId, p: Position) -> Result<(), EditError> {
    if rules::POSITION.contains(f64::from(p.x)) && rules::POSITION.contains(f64::from(p.y)) {
        Ok(())
    } else {
        Err(EditError::InvalidPosition { id: id.to_string() })
    }
}

pub(super) fn layout(project: &Project, layout: &Layout) -> Result<(), EditError> {
    for (id, p) in &layout.positions {
        if project.variable(id).is_none() {
            return Err(EditError::unknown_variable(id.as_str()));
        }
        position(id, *p)?;
    }
    Ok(())
}

pub(super) fn outcome(project: &Project, outcome: &OutcomeIndex) -> Result<(), EditError> {
    let mut seen = BTreeSet::new();
    for w in &outcome.weights {
        if project.variable(&w.variable).is_none() {
            return Err(EditError::unknown_variable(w.variable.as_str()));
        }
        if !seen.insert(&w.variable) {
            return Err(EditError::duplicate(Section::OutcomeVariables, w.variable.as_str()));
        }
        within(w.weight, rules::OUTCOME_WEIGHT, Field::Weight, &Place::Outcome { variable: w.variable.to_string() })?;
    }
    Ok(())
}

pub(super) fn settings(s: &SimSettings) -> Result<(), EditError> {
    let settings = Place::Settings;
    within(f64::from(s.horizon_months), rules::HORIZON_MONTHS, Field::Horizon, &settings)?;
    within(f64::from(s.monte_carlo_runs), rules::MONTE_CARLO_RUNS, Field::MonteCarloRuns, &settings)?;
    if !rules::DT_MONTHS.contains(s.dt_months) {
        return Err(EditError::InvalidTimeStep { value: s.dt_months });
    }
    if s.horizon_months == 0 || s.dt_months > f64::from(s.horizon_months) {
        return Err(EditError::HorizonTooShort { horizon_months: s.horizon_months, dt_months: s.dt_months });
    }
    if s.monte_carlo_runs == 0 {
        return Err(EditError::NoMonteCarloRuns);
    }
    Ok(())
}

/// Ids in a replaced section: valid, unique, and an id not already in this section must not be in use elsewhere.
fn section_ids<'a>(
    project: &Project,
    section: Section,
    ids: impl Iterator<Item = &'a str>,
    existing: &BTreeSet<&str>,
) -> Result<(), EditError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(EditError::duplicate(section, id));
        }
        if !existing.contains(id) {
            // A retired id may come back only through undo (`Set*` un-retires it); the UI makes new ids with
            // `Project::fresh_id`, which never returns a retired one.
            if !is_valid_slug(id) {
                return Err(EditError::invalid_id(id));
            }
            if project.id_live(id) {
                return Err(EditError::id_in_use(id));
            }
        }
    }
    Ok(())
}

/// An effect on a variable the project does not have is allowed, as in a file (a warning there; the simulation
/// leaves it out): the editors offer only the project's variables and a variable in use cannot be deleted, but a file
/// can bring one (a catalogue intervention in a model without its variable), and then editing the interventions or
/// taking over a colleague's version must still work.
fn effects(effects: &[Effect], place: &Place) -> Result<(), EditError> {
    for e in effects {
        if !rules::EFFECT_POINTS.contains(e.points) {
            return Err(EditError::InvalidEffect { place: place.clone() });
        }
    }
    Ok(())
}

fn shape(s: &InputShape, place: &Place) -> Result<(), EditError> {
    within(s.start_month, rules::MONTHS, Field::StartMonth, place)?;
    within(s.ramp_up_months, rules::MONTHS, Field::RampUp, place)?;
    within(s.after_effect_months, rules::MONTHS, Field::AfterEffect, place)?;
    // An end before the start is allowed, as in a file (a warning there: the input is never active); the scenario
    // editor cannot make one, but a file can bring one, and then editing the section or taking over a colleague's
    // version must still work.
    match s.end_month {
        Some(end) => within(end, rules::MONTHS, Field::EndMonth, place),
        None => Ok(()),
    }
}

pub(super) fn scenarios(project: &Project, scenarios: &[Scenario]) -> Result<(), EditError> {
    let existing = project.scenarios.iter().map(|s| s.id.as_str()).collect();
    section_ids(project, Section::Scenarios, scenarios.iter().map(|s| s.id.as_str()), &existing)?;
    for s in scenarios {
        let place = Place::Scenario { name: s.name.clone() };
        named(&s.name, &place)?;
        for shock in &s.shocks {
            if project.variable(&shock.target).is_none() {
                return Err(EditError::UnknownShockTarget {
                    scenario: s.name.clone(),
                    target: shock.target.to_string(),
                });
            }
            if !rules::EFFECT_POINTS.contains(shock.effect) {
                return Err(EditError::InvalidShockSize { scenario: s.name.clone() });
            }
            shape(&shock.shape, &place)?;
        }
    }
    Ok(())
}

pub(super) fn interventions(project: &Project, interventions: &[Intervention]) -> Result<(), EditError> {
    let existing = project.interventions.iter().map(|i| i.id.as_str()).collect();
    section_ids(project, Section::Interventions, interventions.iter().map(|i| i.id.as_str()), &existing)?;
    for i in interventions {
        let place = Place::Intervention { name: i.name.clone() };
        named(&i.name, &place)?;
        effects(&i.effects, &place)?;
        within(i.cost.one_off_eur, rules::EUROS, Field::OneOffCost, &place)?;
        within(i.cost.per_year_eur, rules::EUROS, Field::YearlyCost, &place)?;
    }
    Ok(())
}

pub(super) fn plans(project: &Project, plans: &[Plan]) -> Result<(), EditError> {
    let existing = project.plans.iter().map(|p| p.id.as_str()).collect();
    section_ids(project, Section::Plans, plans.iter().map(|p| p.id.as_str()), &existing)?;
    for plan in plans {
        let plan_place = Place::Plan { name: plan.name.clone() };
        named(&plan.name, &plan_place)?;
        within(f64::from(plan.first_year), rules::YEAR, Field::Year, &plan_place)?;
        within(f64::from(plan.last_year), rules::YEAR, Field::Year, &plan_place)?;
        if plan.first_year > plan.last_year {
            return Err(EditError::YearsReversed { plan: plan.name.clone() });
        }
        for (year, eur) in &plan.budget_eur {
            within(f64::from(*year), rules::YEAR, Field::Year, &plan_place)?;
            within(*eur, rules::EUROS, Field::Budget(*year), &Place::Plan { name: plan.name.clone() })?;
        }
        for item in &plan.items {
            let place = Place::PlanItem { intervention: item.intervention.to_string(), plan: plan.name.clone() };
            if !rules::REACH_PERCENT.contains(item.reach_percent) {
                return Err(EditError::ReachOutOfRange { place });
            }
            within(item.start_month, rules::MONTHS, Field::StartMonth, &place)?;
            within(item.ramp_up_months, rules::MONTHS, Field::RampUp, &place)?;
            within(item.after_effect_months, rules::MONTHS, Field::AfterEffect, &place)?;
            if let Some(d) = item.duration_months {
                within(d, rules::MONTHS, Field::Duration, &place)?;
            }
            if let Some(list) = &item.effects {
                effects(list, &place)?;
            }
            if let Some(cost) = &item.cost {
                within(cost.one_off_eur, rules::EUROS, Field::OneOffCost, &place)?;
                within(cost.per_year_eur, rules::EUROS, Field::YearlyCost, &place)?;
            }
        }
    }
    Ok(())
}

/// Refuses to delete a variable that a scenario, plan or intervention of the project still uses.
pub(super) fn variable_unused(project: &Project, id: &VariableId) -> Result<(), EditError> {
    let in_use = |by: Usage| EditError::VariableInUse {
        name: project.variable(id).map_or(id.as_str(), |v| v.name.as_str()).to_owned(),
        by,
    };
    if let Some(s) = project.scenarios.iter().find(|s| s.shocks.iter().any(|x| &x.target == id)) {
        return Err(in_use(Usage::Shock { scenario: s.name.clone() }));
    }
    if let Some(i) = project.interventions.iter().find(|i| i.effects.iter().any(|e| &e.target == id)) {
        return Err(in_use(Usage::Intervention { name: i.name.clone() }));
    }
    for plan in &project.plans {
        if let Some(item) = plan
            .items
            .iter()
            .find(|item| item.effects.as_ref().is_some_and(|list| list.iter().any(|e| &e.target == id)))
        {
            return Err(in_use(Usage::PlanItem {
                intervention: item.intervention.to_string(),
                plan: plan.name.clone(),
            }));
        }
    }
    Ok(())
}
