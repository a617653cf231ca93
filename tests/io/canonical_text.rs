//! The saved text is the bytes serde and `ron`'s pretty serialiser give with the file format's fixed configuration
//! (the program writes it with its own canonical writer), and reading it back gives what `ron` reads. Checked on
//! the worst files of `worst_file.rs`.

use crate::worst_file::{big, many};
use veerkrachtplanner::io::{parse_project, pretty_config, to_ron_string};
use veerkrachtplanner::model::{FORMAT_VERSION, Project};

/// The reference: the file text as serde writes it.
fn serde_text(project: &Project) -> String {
    let mut p = project.clone();
    p.normalize();
    p.format_version = FORMAT_VERSION;
    ron::ser::to_string_pretty(&p, pretty_config()).unwrap() + "\n"
}

fn same_as_serde(name: &str, project: &Project) {
    let text = to_ron_string(project);
    assert!(text == serde_text(project), "{name}: the canonical text differs from serde's");
    let mut expected: Project = ron::from_str(&text).unwrap();
    expected.normalize();
    assert!(parse_project(&text).unwrap() == expected, "{name}: read back differently from ron");
}

#[test]
fn worst_files_are_written_as_serde_writes_them() {
    same_as_serde("big", &big(20));
    same_as_serde("many", &many(5));
}

#[test]
#[ignore = "the full worst files (22 MB): cargo test --release --test io canonical -- --ignored"]
fn full_worst_files_are_written_as_serde_writes_them() {
    same_as_serde("big", &big(1));
    same_as_serde("many", &many(1));
}
