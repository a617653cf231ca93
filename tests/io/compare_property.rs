//! The app's "Bestand → Vergelijken met…" on a file that loads: every difference between two versions is named in
//! Dutch and in English, and taking all of them over (the edits the app applies as one undo step) turns the one
//! version into the other, without an error and with no difference left. Shared by the `compare` fuzz target
//! (`fuzz/fuzz_targets/compare.rs` includes this file) and the test suite (`fuzz_regressions.rs`).

use veerkrachtplanner::diff::{Key, diff, edits_for};
use veerkrachtplanner::edit::{Edit, EditError, Section, apply};
use veerkrachtplanner::io::{DEFAULT_PROJECT_RON, parse_project, validate};
use veerkrachtplanner::model::Project;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::text::diff_names::describe_in;

/// `project` with every baseline mirrored (`100 − b`) and every link's polarity flipped: a version that differs from
/// it in every variable and link.
pub fn mirrored(project: &Project) -> Project {
    let mut theirs = project.clone();
    for v in &mut theirs.variables {
        v.baseline = 100.0 - v.baseline;
    }
    for l in &mut theirs.links {
        l.polarity = l.polarity.flipped();
    }
    theirs
}

/// The property on `project` compared both ways with the built-in TNO model and with its mirrored version.
pub fn compare_every_way(project: &Project) {
    static TNO: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    let tno = TNO.get_or_init(|| parse_project(DEFAULT_PROJECT_RON).expect("the built-in model loads"));
    let theirs = mirrored(project);
    let ways = [
        ("the file, taking over the TNO model", project, tno),
        ("the TNO model, taking over the file", tno, project),
        ("the file, taking over its mirrored version", project, &theirs),
        ("the mirrored version, taking over the file", &theirs, project),
    ];
    for (way, ours, other) in ways {
        take_over_every_difference(way, ours, other);
    }
}

/// Names every difference of `ours` with `other` and takes them all over into `ours` (`way` says which, for the
/// message).
pub fn take_over_every_difference(way: &str, ours: &Project, other: &Project) {
    let differences = diff(ours, other);
    for d in &differences.differences {
        for language in [Language::Nl, Language::En] {
            assert!(!describe_in(d, &[other], language).trim().is_empty(), "{way}: a difference without words: {d:?}");
        }
    }
    let chosen: Vec<_> = differences.differences.iter().collect();
    let edits = match edits_for(ours, &chosen) {
        Ok(edits) => edits,
        // Some warnings of a file are refused by the edits, which never make them: one id for two kinds of item,
        // a variable weighted twice in the index. Taking over from or into such a version may be refused, with a
        // message (never a panic); a version without warnings is always taken over.
        Err(e @ (EditError::IdInUse { .. } | EditError::Duplicate { section: Section::OutcomeVariables, .. }))
            if has_warnings(ours) || has_warnings(other) =>
        {
            assert!(!veerkrachtplanner::text::edit_errors::edit_error(&e, Language::Nl).is_empty());
            return;
        }
        Err(e) => panic!("{way}: taking over every difference failed: {e:?}"),
    };
    let mut taken = ours.clone();
    apply(&mut taken, Edit::Batch(edits))
        .unwrap_or_else(|e| panic!("{way}: the edits of the differences failed: {e:?}"));
    let mut left = diff(&taken, other);
    // A file may list a live id as retired (it loads); the edits keep only ids no item uses in the retired list.
    let expected_retired: Vec<&String> = other.retired_ids.iter().filter(|id| !other.id_live(id)).collect();
    if taken.retired_ids.iter().collect::<Vec<_>>() == expected_retired {
        left.differences.retain(|d| d.key != Key::RetiredIds);
    }
    assert!(left.is_empty(), "{way}: differences left after taking over all of them: {:?}", left.differences);
    assert!(
        validate(&taken).iter().all(|p| !p.is_error()),
        "{way}: taking over every difference gave a project with errors"
    );
}

/// Whether loading `project` gives warnings.
fn has_warnings(project: &Project) -> bool {
    !validate(project).is_empty()
}
