//! [`merge`]: three-way merge of two projects that descend from a common ancestor.

use super::Key;
use super::entries::{Entry, entries, entry_json, label, set_entry, set_entry_typed, with_fields};
use crate::io::{Problem, Severity, validate};
use crate::model::{FORMAT_VERSION, Project, VariableId};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Which version a conflict is resolved with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Ours,
    Theirs,
}

/// What two versions disagree about.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Both changed (or both added) the same field, differently.
    Field { field: String, base: Value, ours: Value, theirs: Value },
    /// One side removed the item, the other changed it; or one side removed an item the other still uses.
    /// `None` means "not there".
    Item { base: Option<Value>, ours: Option<Value>, theirs: Option<Value> },
}

/// One conflict: never resolved by the merge itself.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub key: Key,
    pub label: String,
    pub kind: ConflictKind,
}

/// Why a merge with the chosen resolutions cannot be applied.
#[derive(Clone, Debug, PartialEq)]
pub enum ResolveError {
    /// The merged project does not pass validation (its errors).
    Invalid(Vec<Problem>),
    /// The other version's data for a conflict is not a valid item.
    Unusable(crate::edit::EditError),
}

/// The outcome of [`merge`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MergeResult {
    /// The merge with every conflict resolved as ours (a preview; use [`MergeResult::resolve`]).
    #[serde(skip)]
    pub project: Project,
    pub conflicts: Vec<Conflict>,
    /// How many items were taken over from theirs automatically.
    pub taken_from_theirs: usize,
    /// False when the lineage says the base is not an ancestor of both versions (files with lineage only).
    pub base_is_ancestor: bool,
    /// Errors of the merged project without conflicts; a merge with errors cannot be saved.
    #[serde(skip)]
    pub problems: Vec<Problem>,
}

impl MergeResult {
    /// True when nothing needs the user: no conflicts and a valid result.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty() && self.problems.is_empty()
    }

    /// The merged project with conflict `k` resolved as `choices[k]` (missing choices count as ours). Items that
    /// refer to a variable that is gone (links, outcome weights, positions) go with it. Errors (Dutch) when the
    /// result does not pass validation; such a result must not be saved.
    pub fn resolve(&self, choices: &[Side]) -> Result<Project, ResolveError> {
        let mut project = self.project.clone();
        for (k, conflict) in self.conflicts.iter().enumerate() {
            if choices.get(k) != Some(&Side::Theirs) {
                continue;
            }
            match &conflict.kind {
                ConflictKind::Field { field, theirs, .. } => {
                    if let Some(current) = entry_json(&project, &conflict.key) {
                        let value = with_fields(&current, [(field.as_str(), theirs)]);
                        set_entry(&mut project, &conflict.key, Some(&value))
                            .map_err(|e| ResolveError::Unusable(e.into_edit_error(conflict.label.clone())))?;
                    }
                }
                ConflictKind::Item { theirs, .. } => {
                    set_entry(&mut project, &conflict.key, theirs.as_ref())
                        .map_err(|e| ResolveError::Unusable(e.into_edit_error(conflict.label.clone())))?;
                }
            }
        }
        finish(&mut project);
        let errors = errors_of(&project);
        if errors.is_empty() { Ok(project) } else { Err(ResolveError::Invalid(errors)) }
    }
}

fn errors_of(project: &Project) -> Vec<Problem> {
    validate(project).into_iter().filter(|p| p.severity == Severity::Error).collect()
}

/// Drops what refers to a missing variable and can go with it, then fixes the retired ids and the order.
fn finish(project: &mut Project) {
    let live: BTreeSet<VariableId> = project.variables.iter().map(|v| v.id.clone()).collect();
    project.links.retain(|l| live.contains(&l.from) && live.contains(&l.to));
    project.outcome.weights.retain(|w| live.contains(&w.variable));
    let taken: BTreeSet<String> = live_ids(project);
    project.retired_ids.retain(|id| !taken.contains(id));
    project.normalize();
}

fn live_ids(project: &Project) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    ids.extend(project.variables.iter().map(|v| v.id.0.clone()));
    ids.extend(project.links.iter().map(|l| l.id.0.clone()));
    ids.extend(project.scenarios.iter().map(|s| s.id.0.clone()));
    ids.extend(project.interventions.iter().map(|i| i.id.0.clone()));
    ids.extend(project.plans.iter().map(|p| p.id.0.clone()));
    ids
}

/// Merges `ours` and `theirs`, which both descend from `base`: an item or field changed on one side only takes
/// that change; the same change on both sides is taken once; anything else is a [`Conflict`]. A conflict keeps
/// our version in the preview until the user chooses. Retired ids are the union of both sides. The lineage of the
/// result has both versions as parents.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> MergeResult {
    let b = entries(base);
    let o = entries(ours);
    let t = entries(theirs);
    let mut project = ours.clone();
    let mut conflicts = Vec::new();
    let mut taken_from_theirs = 0;
    let keys: BTreeSet<&Key> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    for key in keys {
        let (eb, eo, et) = (b.get(key), o.get(key), t.get(key));
        if eo == et || eb == et {
            continue;
        }
        let name = || {
            let n = label(theirs, key);
            if n.is_empty() { label(ours, key) } else { n }
        };
        if eb == eo {
            // Only theirs changed it. A value from a typed entry always converts back.
            let _ = set_entry_typed(&mut project, key, et.copied());
            taken_from_theirs += 1;
            continue;
        }
        match (eo, et) {
            (Some(eo), Some(et)) => {
                let fields = merge_fields(eb.copied(), *eo, *et, &mut |field, base, ours, theirs| {
                    conflicts.push(Conflict {
                        key: key.clone(),
                        label: name(),
                        kind: ConflictKind::Field { field, base, ours, theirs },
                    });
                });
                if fields.1 {
                    let _ = set_entry(&mut project, key, Some(&fields.0));
                    taken_from_theirs += 1;
                }
            }
            _ => conflicts.push(Conflict {
                key: key.clone(),
                label: name(),
                kind: ConflictKind::Item {
                    base: eb.map(|e| e.to_json()),
                    ours: eo.map(|e| e.to_json()),
                    theirs: et.map(|e| e.to_json()),
                },
            }),
        }
    }
    dependency_conflicts(&project, [&b, &o, &t], &mut conflicts, ours, theirs);
    // The preview keeps our version of every item in conflict (a removal on our side included).
    for conflict in &conflicts {
        if let ConflictKind::Item { ours: value, .. } = &conflict.kind {
            let _ = set_entry(&mut project, &conflict.key, value.as_ref());
        }
    }
    project.format_version = FORMAT_VERSION;
    project.lineage = ours.lineage.merged(&theirs.lineage);
    project.retired_ids.extend(theirs.retired_ids.iter().cloned());
    project.retired_ids.sort();
    project.retired_ids.dedup();
    finish_without_dropping(&mut project);
    let problems = if conflicts.is_empty() { errors_of(&project) } else { Vec::new() };
    let base_is_ancestor = base.lineage.revision.is_empty()
        || (ours.lineage.descends_from(&base.lineage.revision) && theirs.lineage.descends_from(&base.lineage.revision));
    MergeResult { project, conflicts, taken_from_theirs, base_is_ancestor, problems }
}

/// Retired ids that are live again and the order; nothing is dropped (the user has not chosen yet).
fn finish_without_dropping(project: &mut Project) {
    let taken = live_ids(project);
    project.retired_ids.retain(|id| !taken.contains(id));
    project.normalize();
}

/// Field by field: one-sided changes are taken, the rest reported. Returns ours with theirs' one-sided changes
/// and whether anything was taken from theirs.
fn merge_fields(
    base: Option<Entry<'_>>,
    ours: Entry<'_>,
    theirs: Entry<'_>,
    conflict: &mut dyn FnMut(String, Value, Value, Value),
) -> (Value, bool) {
    let jb = base.map_or(Value::Null, Entry::to_json);
    let jo = ours.to_json();
    let jt = theirs.to_json();
    let empty = serde_json::Map::new();
    let (mb, mo, mt) =
        (jb.as_object().unwrap_or(&empty), jo.as_object().unwrap_or(&empty), jt.as_object().unwrap_or(&empty));
    let names: BTreeSet<&String> = mb.keys().chain(mo.keys()).chain(mt.keys()).collect();
    let mut taken: BTreeMap<String, Value> = BTreeMap::new();
    for name in names {
        let vb = mb.get(name).unwrap_or(&Value::Null);
        let vo = mo.get(name).unwrap_or(&Value::Null);
        let vt = mt.get(name).unwrap_or(&Value::Null);
        if vo == vt || vb == vt {
            continue;
        }
        if vb == vo {
            taken.insert(name.clone(), vt.clone());
        } else {
            conflict(name.clone(), vb.clone(), vo.clone(), vt.clone());
        }
    }
    let any = !taken.is_empty();
    (with_fields(&jo, taken.iter().map(|(k, v)| (k.as_str(), v))), any)
}

/// A variable or intervention that is gone from the merge but still used by it: one side removed it while the
/// other added or changed something that uses it. Reported as an item conflict on the removed item.
fn dependency_conflicts(
    merged: &Project,
    sides: [&BTreeMap<Key, Entry<'_>>; 3],
    conflicts: &mut Vec<Conflict>,
    ours: &Project,
    theirs: &Project,
) {
    let live: BTreeSet<&VariableId> = merged.variables.iter().map(|v| &v.id).collect();
    let mut used: BTreeSet<Key> = BTreeSet::new();
    let mut need = |id: &VariableId| {
        if !live.contains(id) {
            used.insert(Key::Variable(id.clone()));
        }
    };
    for l in &merged.links {
        need(&l.from);
        need(&l.to);
    }
    for w in &merged.outcome.weights {
        need(&w.variable);
    }
    for s in &merged.scenarios {
        s.shocks.iter().for_each(|shock| need(&shock.target));
    }
    for i in &merged.interventions {
        i.effects.iter().for_each(|e| need(&e.target));
    }
    for p in &merged.plans {
        for item in &p.items {
            item.effects.iter().flatten().for_each(|e| need(&e.target));
        }
    }
    let own: BTreeSet<&str> = merged.interventions.iter().map(|i| i.id.as_str()).collect();
    for p in &merged.plans {
        for item in &p.items {
            let key = Key::Intervention(item.intervention.clone());
            if !own.contains(item.intervention.as_str()) && sides.iter().any(|side| side.contains_key(&key)) {
                used.insert(key);
            }
        }
    }
    let [b, o, t] = sides;
    for key in used {
        if conflicts.iter().any(|c| c.key == key) || !(o.contains_key(&key) || t.contains_key(&key)) {
            continue;
        }
        let mut name = label(ours, &key);
        if name.is_empty() {
            name = label(theirs, &key);
        }
        conflicts.push(Conflict {
            kind: ConflictKind::Item {
                base: b.get(&key).map(|e| e.to_json()),
                ours: o.get(&key).map(|e| e.to_json()),
                theirs: t.get(&key).map(|e| e.to_json()),
            },
            key,
            label: name,
        });
    }
}
