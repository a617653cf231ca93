//! Checks run before anything is changed, so that a refused edit leaves the project untouched.

use super::EditError;
use crate::model::rules::{self, Range};
use crate::model::{
    Cost, Delay, Effect, InputShape, Intervention, Layout, Link, OutcomeIndex, Plan, Position, Project, Scenario,
    SimSettings, Strength, Variable, VariableId, is_valid_slug,
};
use std::collections::BTreeSet;

/// Refuses `value` outside `range` (one of the ranges of `model::rules`, shared with loading).
fn in_range(value: f64, range: Range, what: &str, place: &str) -> Result<(), EditError> {
    if range.contains(value) {
        return Ok(());
    }
    let bounds = if range.min_exclusive {
        format!("groter dan {} en hoogstens {}", range.min, range.max)
    } else {
        format!("tussen {} en {}", range.min, range.max)
    };
    let place = if place.is_empty() { String::new() } else { format!(" bij {place}") };
    Err(EditError(format!("{what}{place} moet {bounds} liggen (nu {value})")))
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
        return Err(EditError(format!("De naam van variabele '{id}' mag niet leeg zijn")));
    }
    let place = format!("variabele '{}'", variable.name);
    in_range(variable.baseline, rules::BASELINE, "De beginwaarde", &place)?;
    in_range(variable.adjustment_months, rules::ADJUSTMENT_MONTHS, "De aanpassingstijd in maanden", &place)
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
    let place = format!("koppeling '{}'", link.id);
    if let Strength::Custom(g) = link.strength {
        in_range(g, rules::CUSTOM_GAIN, "De sterkte", &place)?;
    }
    if let Delay::Months(m) = link.delay {
        in_range(m, rules::DELAY_MONTHS, "De vertraging in maanden", &place)?;
    }
    Ok(())
}

pub(super) fn position(id: &VariableId, p: Position) -> Result<(), EditError> {
    let place = format!("variabele '{id}'");
    in_range(f64::from(p.x), rules::POSITION, "De x-positie", &place)?;
    in_range(f64::from(p.y), rules::POSITION, "De y-positie", &place)
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

fn name(name: &str, kind: &str, id: &str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        return Err(EditError(format!("De naam van {kind} '{id}' mag niet leeg zijn")));
    }
    Ok(())
}

fn cost(cost: &Cost, place: &str) -> Result<(), EditError> {
    in_range(cost.one_off_eur, rules::EUROS, "De startkosten in euro", place)?;
    in_range(cost.per_year_eur, rules::EUROS, "De jaarlijkse kosten in euro", place)
}

pub(super) fn outcome(project: &Project, outcome: &OutcomeIndex) -> Result<(), EditError> {
    let mut seen = BTreeSet::new();
    for w in &outcome.weights {
        if project.variable(&w.variable).is_none() {
            return Err(EditError::unknown_variable(w.variable.as_str()));
        }
        if !seen.insert(&w.variable) {
            return Err(EditError::duplicate("Uitkomstvariabele", w.variable.as_str()));
        }
        in_range(w.weight, rules::OUTCOME_WEIGHT, "Het gewicht", &format!("uitkomst '{}'", w.variable))?;
    }
    Ok(())
}

pub(super) fn settings(s: &SimSettings) -> Result<(), EditError> {
    in_range(s.dt_months, rules::DT_MONTHS, "De tijdstap in maanden", "")?;
    in_range(f64::from(s.horizon_months), rules::HORIZON_MONTHS, "De horizon in maanden", "")?;
    in_range(f64::from(s.monte_carlo_runs), rules::MONTE_CARLO_RUNS, "Het aantal Monte Carlo-runs", "")
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
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    existing: &BTreeSet<&str>,
) -> Result<(), EditError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(EditError::duplicate(what, id));
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

fn effects(project: &Project, effects: &[Effect], place: &str) -> Result<(), EditError> {
    for e in effects {
        if project.variable(&e.target).is_none() {
            return Err(EditError(format!("{place} werkt op variabele '{}', die niet bestaat", e.target)));
        }
        in_range(e.points, rules::EFFECT_POINTS, "Het effect in punten", place)?;
    }
    Ok(())
}

fn shape(s: &InputShape, place: &str) -> Result<(), EditError> {
    in_range(s.start_month, rules::MONTHS, "De startmaand", place)?;
    in_range(s.ramp_up_months, rules::MONTHS, "De opbouwtijd in maanden", place)?;
    in_range(s.after_effect_months, rules::MONTHS, "De nawerking in maanden", place)?;
    if let Some(end) = s.end_month {
        in_range(end, rules::MONTHS, "De eindmaand", place)?;
    }
    if let Some(end) = s.end_month
        && end < s.start_month
    {
        return Err(EditError(format!("De eindmaand bij {place} moet op of na de startmaand liggen (nu {end})")));
    }
    Ok(())
}

pub(super) fn scenarios(project: &Project, scenarios: &[Scenario]) -> Result<(), EditError> {
    let existing = project.scenarios.iter().map(|s| s.id.as_str()).collect();
    section_ids(project, "Scenario", scenarios.iter().map(|s| s.id.as_str()), &existing)?;
    for s in scenarios {
        name(&s.name, "scenario", s.id.as_str())?;
        let place = format!("scenario '{}'", s.name);
        for shock in &s.shocks {
            if project.variable(&shock.target).is_none() {
                return Err(EditError(format!(
                    "Een schok in {place} raakt variabele '{}', die niet bestaat",
                    shock.target
                )));
            }
            in_range(shock.effect, rules::EFFECT_POINTS, "De schokgrootte in punten", &place)?;
            shape(&shock.shape, &place)?;
        }
    }
    Ok(())
}

pub(super) fn interventions(project: &Project, interventions: &[Intervention]) -> Result<(), EditError> {
    let existing = project.interventions.iter().map(|i| i.id.as_str()).collect();
    section_ids(project, "Interventie", interventions.iter().map(|i| i.id.as_str()), &existing)?;
    for i in interventions {
        name(&i.name, "interventie", i.id.as_str())?;
        let place = format!("interventie '{}'", i.name);
        effects(project, &i.effects, &place)?;
        cost(&i.cost, &place)?;
    }
    Ok(())
}

pub(super) fn plans(project: &Project, plans: &[Plan]) -> Result<(), EditError> {
    let existing = project.plans.iter().map(|p| p.id.as_str()).collect();
    section_ids(project, "Plan", plans.iter().map(|p| p.id.as_str()), &existing)?;
    for plan in plans {
        name(&plan.name, "plan", plan.id.as_str())?;
        let place = format!("plan '{}'", plan.name);
        in_range(f64::from(plan.first_year), rules::YEAR, "Het eerste jaar", &place)?;
        in_range(f64::from(plan.last_year), rules::YEAR, "Het laatste jaar", &place)?;
        if plan.first_year > plan.last_year {
            return Err(EditError(format!("Het eerste jaar van {place} ligt na het laatste jaar")));
        }
        for (year, eur) in &plan.budget_eur {
            in_range(f64::from(*year), rules::YEAR, "Het budgetjaar", &place)?;
            in_range(*eur, rules::EUROS, &format!("Het budget voor {year} in euro"), &place)?;
        }
        for item in &plan.items {
            let place = format!("{} in {place}", item.intervention);
            in_range(item.reach_percent, rules::REACH_PERCENT, "Het bereik in procent", &place)?;
            in_range(item.start_month, rules::MONTHS, "De startmaand", &place)?;
            in_range(item.ramp_up_months, rules::MONTHS, "De opbouwtijd in maanden", &place)?;
            in_range(item.after_effect_months, rules::MONTHS, "De nawerking in maanden", &place)?;
            if let Some(d) = item.duration_months {
                in_range(d, rules::MONTHS, "De looptijd in maanden", &place)?;
            }
            if let Some(list) = &item.effects {
                effects(project, list, &place)?;
            }
            if let Some(c) = &item.cost {
                cost(c, &place)?;
            }
        }
    }
    Ok(())
}

/// Refuses to delete a variable that a scenario, plan or intervention of the project still uses.
pub(super) fn variable_unused(project: &Project, id: &VariableId) -> Result<(), EditError> {
    let name = project.variable(id).map_or(id.as_str(), |v| v.name.as_str());
    if let Some(s) = project.scenarios.iter().find(|s| s.shocks.iter().any(|x| &x.target == id)) {
        return Err(EditError(format!(
            "Variabele '{name}' wordt nog gebruikt door een schok in scenario '{}'; haal die schok eerst weg",
            s.name
        )));
    }
    if let Some(i) = project.interventions.iter().find(|i| i.effects.iter().any(|e| &e.target == id)) {
        return Err(EditError(format!(
            "Variabele '{name}' wordt nog gebruikt door interventie '{}'; haal dat effect eerst weg",
            i.name
        )));
    }
    for plan in &project.plans {
        if let Some(item) = plan
            .items
            .iter()
            .find(|item| item.effects.as_ref().is_some_and(|list| list.iter().any(|e| &e.target == id)))
        {
            return Err(EditError(format!(
                "Variabele '{name}' wordt nog gebruikt door {} in plan '{}'; haal dat effect eerst weg",
                item.intervention, plan.name
            )));
        }
    }
    Ok(())
}
