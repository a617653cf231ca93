//! A project as a map from [`Key`] to the item it names, and the way back: items as JSON objects whose fields are
//! the fields of the project file, so that differences and merges work field by field for every kind of item.

use super::Key;
use crate::model::{
    Intervention, Link, Meta, OutcomeWeight, Plan, PlanItem, Position, Project, Scenario, SimSettings, Variable,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One item of a project, borrowed.
#[derive(Clone, Copy, Debug)]
pub(super) enum Entry<'a> {
    Variable(&'a Variable, Option<&'a Position>),
    Link(&'a Link),
    Scenario(&'a Scenario),
    Plan(&'a Plan),
    PlanItem(&'a PlanItem),
    OutcomeWeight(&'a OutcomeWeight),
    Intervention(&'a Intervention),
    Settings(&'a SimSettings),
    Meta(&'a Meta),
}

/// A plan's own fields, without its items (which are entries of their own).
fn plan_fields_equal(a: &Plan, b: &Plan) -> bool {
    let Plan { id, name, first_year, last_year, budget_eur, items: _, notes } = a;
    id == &b.id
        && name == &b.name
        && first_year == &b.first_year
        && last_year == &b.last_year
        && budget_eur == &b.budget_eur
        && notes == &b.notes
}

impl PartialEq for Entry<'_> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Variable(a, pa), Self::Variable(b, pb)) => a == b && pa == pb,
            (Self::Link(a), Self::Link(b)) => a == b,
            (Self::Scenario(a), Self::Scenario(b)) => a == b,
            (Self::Plan(a), Self::Plan(b)) => plan_fields_equal(a, b),
            (Self::PlanItem(a), Self::PlanItem(b)) => a == b,
            (Self::OutcomeWeight(a), Self::OutcomeWeight(b)) => a == b,
            (Self::Intervention(a), Self::Intervention(b)) => a == b,
            (Self::Settings(a), Self::Settings(b)) => a == b,
            (Self::Meta(a), Self::Meta(b)) => a == b,
            _ => false,
        }
    }
}

fn json(value: &impl Serialize) -> Value {
    // Plain data types with string keys and finite numbers always convert.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl Entry<'_> {
    /// The item as a JSON object with the fields of the project file. A variable has an extra field `position`;
    /// a plan has no `items`.
    pub(super) fn to_json(self) -> Value {
        match self {
            Self::Variable(v, p) => {
                let mut value = json(v);
                if let Value::Object(map) = &mut value {
                    map.insert("position".to_owned(), json(&p));
                }
                value
            }
            Self::Link(l) => json(l),
            Self::Scenario(s) => json(s),
            Self::Plan(p) => {
                let mut value = json(p);
                if let Value::Object(map) = &mut value {
                    map.remove("items");
                }
                value
            }
            Self::PlanItem(i) => json(i),
            Self::OutcomeWeight(w) => json(w),
            Self::Intervention(i) => json(i),
            Self::Settings(s) => json(s),
            Self::Meta(m) => json(m),
        }
    }
}

/// Every item of `project` by key (retired ids are not an item; see `compare`). Later duplicates of an id win.
pub(super) fn entries(project: &Project) -> BTreeMap<Key, Entry<'_>> {
    let mut map = BTreeMap::new();
    for v in &project.variables {
        map.insert(Key::Variable(v.id.clone()), Entry::Variable(v, project.layout.positions.get(&v.id)));
    }
    for l in &project.links {
        map.insert(Key::Link(l.id.clone()), Entry::Link(l));
    }
    for s in &project.scenarios {
        map.insert(Key::Scenario(s.id.clone()), Entry::Scenario(s));
    }
    for p in &project.plans {
        map.insert(Key::Plan(p.id.clone()), Entry::Plan(p));
        for item in &p.items {
            map.insert(Key::PlanItem(p.id.clone(), item.intervention.clone()), Entry::PlanItem(item));
        }
    }
    for w in &project.outcome.weights {
        map.insert(Key::OutcomeWeight(w.variable.clone()), Entry::OutcomeWeight(w));
    }
    for i in &project.interventions {
        map.insert(Key::Intervention(i.id.clone()), Entry::Intervention(i));
    }
    map.insert(Key::Settings, Entry::Settings(&project.settings));
    map.insert(Key::Meta, Entry::Meta(&project.meta));
    map
}

/// The user-facing name of the item `key` in `project` (empty when it has none there).
pub(super) fn label(project: &Project, key: &Key) -> String {
    let variable_name =
        |id: &crate::model::VariableId| project.variable(id).map_or_else(|| id.0.clone(), |v| v.name.clone());
    match key {
        Key::Variable(id) | Key::OutcomeWeight(id) => project.variable(id).map(|v| v.name.clone()).unwrap_or_default(),
        Key::Link(id) => project
            .link(id)
            .map(|l| format!("{} → {}", variable_name(&l.from), variable_name(&l.to)))
            .unwrap_or_default(),
        Key::Scenario(id) => project.scenario(id).map(|s| s.name.clone()).unwrap_or_default(),
        Key::Plan(id) => project.plan(id).map(|p| p.name.clone()).unwrap_or_default(),
        Key::PlanItem(plan, intervention) => project.plan(plan).map_or_else(String::new, |p| {
            let name = project
                .interventions
                .iter()
                .find(|i| &i.id == intervention)
                .map_or_else(|| intervention.0.clone(), |i| i.name.clone());
            format!("{}: {name}", p.name)
        }),
        Key::Intervention(id) => {
            project.interventions.iter().find(|i| &i.id == id).map(|i| i.name.clone()).unwrap_or_default()
        }
        Key::Settings | Key::Meta | Key::RetiredIds => String::new(),
    }
}

/// The JSON of the item `key` in `project`, if it is there.
pub(super) fn entry_json(project: &Project, key: &Key) -> Option<Value> {
    if *key == Key::RetiredIds {
        return Some(json(&project.retired_ids));
    }
    let found = match key {
        Key::Variable(id) => project.variable(id).map(|v| Entry::Variable(v, project.layout.positions.get(id))),
        Key::Link(id) => project.link(id).map(Entry::Link),
        Key::Scenario(id) => project.scenario(id).map(Entry::Scenario),
        Key::Plan(id) => project.plan(id).map(Entry::Plan),
        Key::PlanItem(plan, intervention) => project
            .plan(plan)
            .and_then(|p| p.items.iter().find(|i| &i.intervention == intervention))
            .map(Entry::PlanItem),
        Key::OutcomeWeight(id) => project.outcome.weights.iter().find(|w| &w.variable == id).map(Entry::OutcomeWeight),
        Key::Intervention(id) => project.interventions.iter().find(|i| &i.id == id).map(Entry::Intervention),
        Key::Settings => Some(Entry::Settings(&project.settings)),
        Key::Meta => Some(Entry::Meta(&project.meta)),
        Key::RetiredIds => None,
    };
    found.map(Entry::to_json)
}

/// Why an item could not be set from its JSON (data; `diff::apply` turns it into an `EditError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum EntryError {
    /// The JSON is not a valid item (the reader's own technical text).
    Data(String),
    /// A plan item for a plan that does not exist.
    MissingPlan(String),
    /// The entry does not belong to the key (a key in the debug form).
    WrongKey(String),
}

impl EntryError {
    /// The edit error for the difference labelled `item`.
    pub(super) fn into_edit_error(self, item: String) -> crate::edit::EditError {
        use crate::edit::EditError;
        match self {
            Self::Data(reason) | Self::WrongKey(reason) => EditError::UnusableDifference { item, reason },
            Self::MissingPlan(plan) => EditError::ItemGone { item: plan },
        }
    }
}

pub(super) fn from_json<T: DeserializeOwned>(value: &Value) -> Result<T, EntryError> {
    T::deserialize(value).map_err(|e| EntryError::Data(e.to_string()))
}

/// `value` with the fields of `fields` set (fields not in the object are added).
pub(super) fn with_fields<'a>(value: &Value, fields: impl IntoIterator<Item = (&'a str, &'a Value)>) -> Value {
    let mut map = match value {
        Value::Object(map) => map.clone(),
        _ => Map::new(),
    };
    for (field, new) in fields {
        map.insert(field.to_owned(), new.clone());
    }
    Value::Object(map)
}

/// Inserts `item` into `list` (kept in id order), replacing an item with the same id.
fn put<T, K: Ord>(list: &mut Vec<T>, item: T, id: impl Fn(&T) -> &K) {
    let unique_at = |at: usize| {
        (at == 0 || id(&list[at - 1]) != id(&item)) && list.get(at + 1).is_none_or(|next| id(next) != id(&item))
    };
    match list.binary_search_by(|x| id(x).cmp(id(&item))) {
        Ok(at) if list.is_sorted_by(|a, b| id(a) <= id(b)) && unique_at(at) => list[at] = item,
        _ => {
            list.retain(|x| id(x) != id(&item));
            let at = list.partition_point(|x| id(x) < id(&item));
            list.insert(at, item);
        }
    }
}

/// Like [`set_entry`], from a typed entry (no JSON round trip: the fast path of a merge).
pub(super) fn set_entry_typed(project: &mut Project, key: &Key, entry: Option<Entry<'_>>) -> Result<(), EntryError> {
    let Some(entry) = entry else { return set_entry(project, key, None) };
    match entry {
        Entry::Variable(v, p) => {
            match p {
                Some(p) => project.layout.positions.insert(v.id.clone(), *p),
                None => project.layout.positions.remove(&v.id),
            };
            put(&mut project.variables, v.clone(), |x| &x.id);
        }
        Entry::Link(l) => put(&mut project.links, l.clone(), |x| &x.id),
        Entry::Scenario(s) => put(&mut project.scenarios, s.clone(), |x| &x.id),
        Entry::Plan(p) => {
            let mut plan = Plan { items: Vec::new(), ..p.clone() };
            plan.items = project.plan(&p.id).map(|old| old.items.clone()).unwrap_or_default();
            put(&mut project.plans, plan, |x| &x.id);
        }
        Entry::PlanItem(item) => {
            let Key::PlanItem(plan, _) = key else { return Err(EntryError::WrongKey(format!("{key:?}"))) };
            let Some(plan) = project.plans.iter_mut().find(|p| &p.id == plan) else {
                return Err(EntryError::MissingPlan(plan.to_string()));
            };
            put(&mut plan.items, item.clone(), |x| &x.intervention);
        }
        Entry::OutcomeWeight(w) => put(&mut project.outcome.weights, w.clone(), |x| &x.variable),
        Entry::Intervention(i) => put(&mut project.interventions, i.clone(), |x| &x.id),
        Entry::Settings(s) => project.settings = s.clone(),
        Entry::Meta(m) => project.meta = m.clone(),
    }
    Ok(())
}

/// Sets (`Some`) or removes (`None`) the item `key` of `project` from its JSON, directly, without edit checks
/// (used to build a merge result, which is validated as a whole). Lists stay in id order.
pub(super) fn set_entry(project: &mut Project, key: &Key, value: Option<&Value>) -> Result<(), EntryError> {
    match (key, value) {
        (Key::Variable(id), None) => {
            project.variables.retain(|v| &v.id != id);
            project.layout.positions.remove(id);
        }
        (Key::Variable(id), Some(value)) => {
            let variable: Variable = from_json(value)?;
            let position: Option<Position> = value.get("position").map(from_json).transpose()?.flatten();
            match position {
                Some(p) => project.layout.positions.insert(id.clone(), p),
                None => project.layout.positions.remove(id),
            };
            put(&mut project.variables, variable, |v| &v.id);
        }
        (Key::Link(id), None) => project.links.retain(|l| &l.id != id),
        (Key::Link(_), Some(value)) => put(&mut project.links, from_json(value)?, |l: &Link| &l.id),
        (Key::Scenario(id), None) => project.scenarios.retain(|s| &s.id != id),
        (Key::Scenario(_), Some(value)) => put(&mut project.scenarios, from_json(value)?, |s: &Scenario| &s.id),
        (Key::Plan(id), None) => project.plans.retain(|p| &p.id != id),
        (Key::Plan(id), Some(value)) => {
            let mut plan: Plan = from_json(&with_fields(value, [("items", &Value::Array(Vec::new()))]))?;
            plan.items = project.plan(id).map(|p| p.items.clone()).unwrap_or_default();
            put(&mut project.plans, plan, |p| &p.id);
        }
        (Key::PlanItem(plan, intervention), value) => {
            let item: Option<PlanItem> = value.map(from_json).transpose()?;
            if let Some(plan) = project.plans.iter_mut().find(|p| &p.id == plan) {
                match item {
                    Some(item) => put(&mut plan.items, item, |i| &i.intervention),
                    None => plan.items.retain(|i| &i.intervention != intervention),
                }
            } else if item.is_some() {
                return Err(EntryError::MissingPlan(plan.to_string()));
            }
        }
        (Key::OutcomeWeight(id), None) => project.outcome.weights.retain(|w| &w.variable != id),
        (Key::OutcomeWeight(_), Some(value)) => {
            put(&mut project.outcome.weights, from_json(value)?, |w: &OutcomeWeight| &w.variable);
        }
        (Key::Intervention(id), None) => project.interventions.retain(|i| &i.id != id),
        (Key::Intervention(_), Some(value)) => {
            put(&mut project.interventions, from_json(value)?, |i: &Intervention| &i.id);
        }
        (Key::Settings, Some(value)) => project.settings = from_json(value)?,
        (Key::Meta, Some(value)) => project.meta = from_json(value)?,
        (Key::RetiredIds, Some(value)) => project.retired_ids = from_json(value)?,
        (Key::Settings | Key::Meta | Key::RetiredIds, None) => {}
    }
    Ok(())
}
