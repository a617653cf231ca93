//! Lineage in the file, the CLI and small concrete cases.

use veerkrachtplanner::diff::{Change, Group, Key, diff, merge};
use veerkrachtplanner::io::{content_revision, parse_project, stamp_revision, to_ron_string};
use veerkrachtplanner::model::{Project, SavedBy};

fn example() -> Project {
    veerkrachtplanner::io::default_project()
}

#[test]
fn a_rename_is_a_change_not_a_delete_and_add() {
    let a = example();
    let mut b = a.clone();
    b.variables[0].name = "Nieuwe naam".into();
    let d = diff(&a, &b);
    assert_eq!(d.len(), 1);
    let first = &d.differences[0];
    assert_eq!(first.key, Key::Variable(a.variables[0].id.clone()));
    assert_eq!(first.key.group(), Group::Variables);
    let Change::Changed(fields) = &first.change else { panic!("{first:?}") };
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0].field, "name");
}

#[test]
fn an_older_file_without_lineage_merges() {
    let base = example();
    assert!(base.lineage.is_empty() || !base.lineage.revision.is_empty());
    let mut ours = base.clone();
    ours.variables[0].baseline = 12.0;
    let mut theirs = base.clone();
    theirs.variables[1].baseline = 34.0;
    let result = merge(&base, &ours, &theirs);
    assert!(result.is_clean());
    assert!(result.base_is_ancestor);
    assert_eq!(result.project.variables[0].baseline, 12.0);
    assert_eq!(result.project.variables[1].baseline, 34.0);
}

#[test]
fn a_saved_merge_names_both_parents() {
    let who = SavedBy::current("Gemeente", "Jan");
    let mut base = example();
    stamp_revision(&mut base, &who);
    let mut ours = base.clone();
    ours.variables[0].baseline = 12.0;
    stamp_revision(&mut ours, &who);
    let mut theirs = base.clone();
    theirs.meta.notes = "van de GGD".into();
    stamp_revision(&mut theirs, &SavedBy::current("GGD", "Fatima"));
    let result = merge(&base, &ours, &theirs);
    assert!(result.base_is_ancestor && result.is_clean());
    let mut merged = result.project;
    assert_eq!(merged.lineage.parents, vec![ours.lineage.revision.clone(), theirs.lineage.revision.clone()]);
    stamp_revision(&mut merged, &who);
    assert_eq!(merged.lineage.parents.len(), 2, "a merge keeps both parents when saved");
    assert!(merged.lineage.descends_from(&base.lineage.revision));
    let text = to_ron_string(&merged);
    let again = parse_project(&text).unwrap();
    assert_eq!(content_revision(&again), again.lineage.revision);
    assert_eq!(to_ron_string(&again), text);
}
