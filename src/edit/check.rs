//! Checks run before anything is changed, so that a refused edit leaves the project untouched.

use super::EditError;
use super::error::{Field, Place, Section, Usage};
use crate::model::{
    Delay, Effect, InputShape, Intervention, Layout, Link, OutcomeIndex, Plan, Position, Project, Scenario,
    SimSettings, Strength, Variable, VariableId, is_valid_slug,
};
use std::collections::BTreeSet;

/// The largest custom gain accepted (`Strength::Custom`).
const MAX_CUSTOM_GAIN: f64 = 10.0;

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
    if !b.is_finite() || !(0.0..=100.0).contains(&b) {
        return Err(EditError::BaselineOutOfRange { name: variable.name.clone(), value: b });
    }
    let t = variable.adjustment_months;
    if !t.is_finite() || t <= 0.0 {
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
        && (!g.is_finite() || !(0.0..=MAX_CUSTOM_GAIN).contains(&g))
    {
        return Err(EditError::StrengthOutOfRange { link: link.id.to_string(), value: g, max: MAX_CUSTOM_GAIN });
    }
    if let Delay::Months(m) = link.delay
        && (!m.is_finite() || m < 0.0)
    {
        return Err(EditError::NegativeDelay { link: link.id.to_string(), value: m });
    }
    Ok(())
}

pub(super) fn position(id: &VariableId, p: Position) -> Result<(), EditError> {
    if p.x.is_finite() && p.y.is_finite() { Ok(()) } else { Err(EditError::InvalidPosition { id: id.to_string() }) }
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

fn finite_at_least(value: f64, min: f64, field: Field, place: &Place) -> Result<(), EditError> {
    if value.is_finite() && value >= min {
        Ok(())
    } else {
        Err(EditError::BelowMinimum { field, place: place.clone(), min, value })
    }
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
        finite_at_least(w.weight, 0.0, Field::Weight, &Place::Outcome { variable: w.variable.to_string() })?;
    }
    Ok(())
}

pub(super) fn settings(s: &SimSettings) -> Result<(), EditError> {
    if !s.dt_months.is_finite() || s.dt_months <= 0.0 {
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

/// True when a live item (not a retired id) uses `id`.
pub(super) fn id_live(project: &Project, id: &str) -> bool {
    project.variables.iter().any(|v| v.id.as_str() == id)
        || project.links.iter().any(|l| l.id.as_str() == id)
        || project.scenarios.iter().any(|s| s.id.as_str() == id)
        || project.interventions.iter().any(|i| i.id.as_str() == id)
        || project.plans.iter().any(|p| p.id.as_str() == id)
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
            if id_live(project, id) {
                return Err(EditError::id_in_use(id));
            }
        }
    }
    Ok(())
}

fn effects(project: &Project, effects: &[Effect], place: &Place) -> Result<(), EditError> {
    for e in effects {
        if project.variable(&e.target).is_none() {
            return Err(EditError::UnknownEffectTarget { place: place.clone(), target: e.target.to_string() });
        }
        if !e.points.is_finite() {
            return Err(EditError::InvalidEffect { place: place.clone() });
        }
    }
    Ok(())
}

fn shape(s: &InputShape, place: &Place) -> Result<(), EditError> {
    finite_at_least(s.start_month, 0.0, Field::StartMonth, place)?;
    finite_at_least(s.ramp_up_months, 0.0, Field::RampUp, place)?;
    finite_at_least(s.after_effect_months, 0.0, Field::AfterEffect, place)?;
    if let Some(end) = s.end_month
        && (!end.is_finite() || end < s.start_month)
    {
        return Err(EditError::EndBeforeStart { place: place.clone(), end });
    }
    Ok(())
}

pub(super) fn scenarios(project: &Project, scenarios: &[Scenario]) -> Result<(), EditError> {
    let existing = project.scenarios.iter().map(|s| s.id.as_str()).collect();
    section_ids(project, Section::Scenarios, scenarios.iter().map(|s| s.id.as_str()), &existing)?;
    for s in scenarios {
        let place = Place::Scenario { name: s.name.clone() };
        for shock in &s.shocks {
            if project.variable(&shock.target).is_none() {
                return Err(EditError::UnknownShockTarget {
                    scenario: s.name.clone(),
                    target: shock.target.to_string(),
                });
            }
            if !shock.effect.is_finite() {
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
        effects(project, &i.effects, &place)?;
        finite_at_least(i.cost.one_off_eur, 0.0, Field::OneOffCost, &place)?;
        finite_at_least(i.cost.per_year_eur, 0.0, Field::YearlyCost, &place)?;
    }
    Ok(())
}

pub(super) fn plans(project: &Project, plans: &[Plan]) -> Result<(), EditError> {
    let existing = project.plans.iter().map(|p| p.id.as_str()).collect();
    section_ids(project, Section::Plans, plans.iter().map(|p| p.id.as_str()), &existing)?;
    for plan in plans {
        if plan.first_year > plan.last_year {
            return Err(EditError::YearsReversed { plan: plan.name.clone() });
        }
        for (year, eur) in &plan.budget_eur {
            finite_at_least(*eur, 0.0, Field::Budget(*year), &Place::Plan { name: plan.name.clone() })?;
        }
        for item in &plan.items {
            let place = Place::PlanItem { intervention: item.intervention.to_string(), plan: plan.name.clone() };
            if !item.reach_percent.is_finite() || !(0.0..=100.0).contains(&item.reach_percent) {
                return Err(EditError::ReachOutOfRange { place });
            }
            finite_at_least(item.start_month, 0.0, Field::StartMonth, &place)?;
            finite_at_least(item.ramp_up_months, 0.0, Field::RampUp, &place)?;
            finite_at_least(item.after_effect_months, 0.0, Field::AfterEffect, &place)?;
            if let Some(d) = item.duration_months {
                finite_at_least(d, 0.0, Field::Duration, &place)?;
            }
            if let Some(list) = &item.effects {
                effects(project, list, &place)?;
            }
            if let Some(cost) = &item.cost {
                finite_at_least(cost.one_off_eur, 0.0, Field::OneOffCost, &place)?;
                finite_at_least(cost.per_year_eur, 0.0, Field::YearlyCost, &place)?;
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
