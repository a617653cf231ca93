//! Properties over random projects and random edit sequences.

use super::ops::{Op, project, run};
use proptest::prelude::*;
use veerkrachtplanner::diff::{Change, ConflictKind, Key, Side, diff, edits_for, merge};
use veerkrachtplanner::edit::{Edit, apply};
use veerkrachtplanner::io::{Severity, validate};
use veerkrachtplanner::model::{Lineage, Project};

fn ops(max: usize) -> impl Strategy<Value = Vec<Op>> {
    prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>(), any::<i16>()), 0..max)
}

/// Applies every difference of `diff(a, b)` to `a` as one batch.
fn apply_all(a: &Project, b: &Project) -> Project {
    let d = diff(a, b);
    let chosen: Vec<_> = d.differences.iter().collect();
    let edits = edits_for(a, &chosen).unwrap();
    let mut out = a.clone();
    apply(&mut out, Edit::Batch(edits)).unwrap();
    out
}

fn without_lineage(mut p: Project) -> Project {
    p.lineage = Lineage::default();
    p
}

fn errors(p: &Project) -> Vec<String> {
    validate(p).into_iter().filter(|x| x.severity == Severity::Error).map(|x| x.to_string()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_project_does_not_differ_from_itself(a in ops(40)) {
        let p = project(&a);
        prop_assert!(diff(&p, &p).is_empty());
    }

    #[test]
    fn applying_all_differences_gives_the_other_project(a in ops(40), b in ops(40)) {
        let pa = project(&a);
        let pb = project(&b);
        prop_assert_eq!(apply_all(&pa, &pb), pb.clone());
        // And the way back.
        prop_assert_eq!(apply_all(&pb, &pa), pa);
    }

    #[test]
    fn applying_all_differences_after_an_edit_sequence(a in ops(40), b in ops(30)) {
        let pa = project(&a);
        let (pb, _) = run(&pa, &b, "x");
        prop_assert_eq!(apply_all(&pa, &pb), pb);
    }

    #[test]
    fn a_merge_of_edits_on_disjoint_items_equals_applying_both(
        base in ops(40), ours in ops(12), theirs in ops(12)
    ) {
        let base = project(&base);
        // Ours only changes or adds items with its own names; theirs likewise (see `disjoint`).
        let ours_edits = disjoint(&base, &ours, 0, "ons");
        let theirs_edits = disjoint(&base, &theirs, 1, "hun");
        let mut o = base.clone();
        for e in &ours_edits { apply(&mut o, e.clone()).unwrap(); }
        let mut t = base.clone();
        for e in &theirs_edits { apply(&mut t, e.clone()).unwrap(); }
        let mut both = o.clone();
        for e in &theirs_edits { apply(&mut both, e.clone()).unwrap(); }
        let result = merge(&base, &o, &t);
        prop_assert!(result.is_clean(), "{:?} {:?}", result.conflicts, result.problems);
        prop_assert_eq!(without_lineage(result.project), both);
    }

    #[test]
    fn both_renaming_one_variable_is_a_conflict(base in ops(30), k in any::<u8>()) {
        let base = project(&base);
        prop_assume!(!base.variables.is_empty());
        let mut v = base.variables[usize::from(k) % base.variables.len()].clone();
        let (mut o, mut t) = (base.clone(), base.clone());
        v.name = "Van ons".into();
        apply(&mut o, Edit::UpdateVariable(v.clone())).unwrap();
        v.name = "Van hen".into();
        apply(&mut t, Edit::UpdateVariable(v.clone())).unwrap();
        let result = merge(&base, &o, &t);
        prop_assert_eq!(result.conflicts.len(), 1);
        let c = &result.conflicts[0];
        prop_assert_eq!(&c.key, &Key::Variable(v.id.clone()));
        let is_name_conflict = matches!(&c.kind, ConflictKind::Field { field, .. } if field == "name");
        prop_assert!(is_name_conflict);
        prop_assert_eq!(&result.project.variable(&v.id).unwrap().name, "Van ons");
        let theirs = result.resolve(&[Side::Theirs]).unwrap();
        prop_assert_eq!(&theirs.variable(&v.id).unwrap().name, "Van hen");
    }

    #[test]
    fn merge_output_validates_and_conflicts_are_never_silent(
        base in ops(30), ours in ops(20), theirs in ops(20)
    ) {
        let base = project(&base);
        let (o, _) = run(&base, &ours, "");
        let (t, _) = run(&base, &theirs, "");
        let result = merge(&base, &o, &t);
        if result.is_clean() {
            prop_assert!(errors(&result.project).is_empty());
        }
        // Never silent: every item that both sides changed in the same field differently, or that one side
        // removed while the other changed it, is listed as a conflict.
        let (by_ours, by_theirs) = (diff(&base, &o), diff(&base, &t));
        for d in &by_ours.differences {
            // Retired ids are bookkeeping: the merge takes the union of both lists.
            let Some(e) = by_theirs.find(&d.key).filter(|_| d.key != Key::RetiredIds) else { continue };
            let clash = match (&d.change, &e.change) {
                (Change::Changed(x), Change::Changed(y)) => {
                    x.iter().any(|f| y.iter().any(|g| g.field == f.field && g.new != f.new))
                }
                (Change::Removed(_), Change::Changed(_)) | (Change::Changed(_), Change::Removed(_)) => true,
                (Change::Added(x), Change::Added(y)) => x != y,
                _ => false,
            };
            if clash {
                prop_assert!(result.conflicts.iter().any(|c| c.key == d.key), "{:?} not reported", d.key);
            }
        }
        for choice in [Side::Ours, Side::Theirs] {
            let choices = vec![choice; result.conflicts.len()];
            if let Ok(p) = result.resolve(&choices) {
                prop_assert!(errors(&p).is_empty());
            }
        }
    }
}

/// Edits on `base` that touch only variables and links at positions of parity `side`, or add new ones named
/// with `prefix`: two such lists (parity 0 and 1) never touch the same item.
fn disjoint(base: &Project, ops: &[Op], side: usize, prefix: &str) -> Vec<Edit> {
    let mut p = base.clone();
    let mut edits = Vec::new();
    let own_vars: Vec<_> =
        base.variables.iter().enumerate().filter(|(i, _)| i % 2 == side).map(|(_, v)| v.id.clone()).collect();
    let own_links: Vec<_> =
        base.links.iter().enumerate().filter(|(i, _)| i % 2 == side).map(|(_, l)| l.id.clone()).collect();
    let mut added = Vec::new();
    for &(op, a, b, _) in ops {
        let edit = match op % 5 {
            0 => {
                let e = veerkrachtplanner::edit::new_variable_edit(
                    &p,
                    &format!("{prefix} {a}"),
                    veerkrachtplanner::model::ResourceKind::Individual,
                    veerkrachtplanner::model::Position::new(f32::from(a), f32::from(b)),
                );
                if let Edit::AddVariable { variable, .. } = &e {
                    added.push(variable.id.clone());
                }
                e
            }
            1 if !own_vars.is_empty() => {
                let mut v = p.variable(&own_vars[usize::from(a) % own_vars.len()]).unwrap().clone();
                v.baseline = f64::from(b % 101);
                v.name = format!("{prefix} {b}");
                Edit::UpdateVariable(v)
            }
            2 if !own_vars.is_empty() => Edit::MoveVariables {
                moves: vec![(
                    own_vars[usize::from(a) % own_vars.len()].clone(),
                    veerkrachtplanner::model::Position::new(f32::from(b), 1.0),
                )],
            },
            3 if !own_links.is_empty() && p.link(&own_links[usize::from(a) % own_links.len()]).is_some() => {
                let mut l = p.link(&own_links[usize::from(a) % own_links.len()]).unwrap().clone();
                if b % 2 == 0 {
                    Edit::Delete { variables: Vec::new(), links: vec![l.id] }
                } else {
                    l.polarity = l.polarity.flipped();
                    Edit::UpdateLink(l)
                }
            }
            4 if !added.is_empty() && !base.variables.is_empty() => {
                let from = added[usize::from(a) % added.len()].clone();
                let to = base.variables[usize::from(b) % base.variables.len()].id.clone();
                match veerkrachtplanner::edit::new_link_edit(
                    &p,
                    &from,
                    &to,
                    veerkrachtplanner::model::Polarity::Positive,
                ) {
                    Ok(e) => e,
                    Err(_) => continue,
                }
            }
            _ => continue,
        };
        if apply(&mut p, edit.clone()).is_ok() {
            edits.push(edit);
        }
    }
    edits
}
