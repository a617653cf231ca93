//! [`diff`]: the differences between two projects, matched by id.

use super::entries::{Entry, entries, label};
use super::{Change, Diff, Difference, FieldChange, Key};
use crate::model::Project;
use serde_json::Value;
use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// The fields of two JSON objects that differ, in field-name order (a field missing on one side is `null` there).
pub(super) fn field_changes(old: &Value, new: &Value) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let old_map = old.as_object().unwrap_or(&empty);
    let new_map = new.as_object().unwrap_or(&empty);
    let names: BTreeSet<&String> = old_map.keys().chain(new_map.keys()).collect();
    names
        .into_iter()
        .filter_map(|name| {
            let o = old_map.get(name).unwrap_or(&Value::Null);
            let n = new_map.get(name).unwrap_or(&Value::Null);
            (o != n).then(|| FieldChange { field: name.clone(), old: o.clone(), new: n.clone() })
        })
        .collect()
}

/// Every difference from `ours` to `theirs`: items only in `theirs` are [`Change::Added`], items only in `ours`
/// [`Change::Removed`], items in both with other field values [`Change::Changed`]. The lineage (the file's own
/// history) is not compared. The retired ids form one bookkeeping difference when applying the others would not
/// leave `ours` with the retired ids of `theirs`.
pub fn diff(ours: &Project, theirs: &Project) -> Diff {
    let a = entries(ours);
    let b = entries(theirs);
    let mut differences = Vec::new();
    let mut removed_ids: Vec<&str> = Vec::new();
    let mut a_iter = a.iter().peekable();
    let mut b_iter = b.iter().peekable();
    loop {
        let next = match (a_iter.peek(), b_iter.peek()) {
            (None, None) => break,
            (Some((ka, _)), Some((kb, _))) => ka.cmp(kb),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
        };
        match next {
            std::cmp::Ordering::Less => {
                let Some((key, entry)) = a_iter.next() else { break };
                if let Some(id) = item_id(key) {
                    removed_ids.push(id);
                }
                differences.push(Difference {
                    key: key.clone(),
                    label: quick_label(&a, ours, key),
                    change: Change::Removed(entry.to_json()),
                });
            }
            std::cmp::Ordering::Greater => {
                let Some((key, entry)) = b_iter.next() else { break };
                differences.push(Difference {
                    key: key.clone(),
                    label: quick_label(&b, theirs, key),
                    change: Change::Added(entry.to_json()),
                });
            }
            std::cmp::Ordering::Equal => {
                let (Some((key, ea)), Some((_, eb))) = (a_iter.next(), b_iter.next()) else { break };
                if ea != eb {
                    let fields = field_changes(&ea.to_json(), &eb.to_json());
                    if !fields.is_empty() {
                        let mut name = quick_label(&b, theirs, key);
                        if name.is_empty() {
                            name = quick_label(&a, ours, key);
                        }
                        differences.push(Difference { key: key.clone(), label: name, change: Change::Changed(fields) });
                    }
                }
            }
        }
    }
    let retired_differs = ours.retired_ids != theirs.retired_ids
        || removed_ids.iter().any(|id| theirs.retired_ids.binary_search_by(|r| r.as_str().cmp(id)).is_err());
    if retired_differs {
        differences.push(Difference {
            key: Key::RetiredIds,
            label: String::new(),
            change: Change::Changed(vec![FieldChange {
                field: "retired_ids".to_owned(),
                old: serde_json::json!(ours.retired_ids),
                new: serde_json::json!(theirs.retired_ids),
            }]),
        });
    }
    differences.sort_by(|x, y| (x.key.group(), &x.key).cmp(&(y.key.group(), &y.key)));
    Diff { differences }
}

/// The item's name from the entry map (variables and links, the many ones), else from the project.
fn quick_label(map: &BTreeMap<Key, Entry<'_>>, project: &Project, key: &Key) -> String {
    let name_of = |id: &crate::model::VariableId| match map.get(&Key::Variable(id.clone())) {
        Some(Entry::Variable(v, _)) => v.name.clone(),
        _ => id.0.clone(),
    };
    match (key, map.get(key)) {
        (Key::Variable(_), Some(Entry::Variable(v, _))) => v.name.clone(),
        (Key::Link(_), Some(Entry::Link(l))) => format!("{} → {}", name_of(&l.from), name_of(&l.to)),
        (Key::OutcomeWeight(id), _) => name_of(id),
        _ => label(project, key),
    }
}

/// The id that a removed item retires (plan items and weights have none of their own).
fn item_id(key: &Key) -> Option<&str> {
    match key {
        Key::Variable(id) => Some(id.as_str()),
        Key::Link(id) => Some(id.as_str()),
        Key::Scenario(id) => Some(id.as_str()),
        Key::Plan(id) => Some(id.as_str()),
        Key::Intervention(id) => Some(id.as_str()),
        _ => None,
    }
}
