//! A damaged file opened through the app's own file window shows its problems in the user's language: in English,
//! English sentences with line and column (the same data the Dutch check prints).

use super::*;
use veerkrachtplanner::io::ProblemKind;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::panels::dialogs::Dialog;

/// Line 3 has text where a number belongs; the file stops in the middle of the project.
const DAMAGED: &str = "(\n format_version: 2,\n variables: [(id: \"a\", name: \"A\", baseline: \"hoog\")],\n";

#[test]
fn a_damaged_file_opened_in_english_shows_english_problems() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    let before = h.state().project().clone();
    std::fs::write(dir.path().join("kapot.veerkracht"), DAMAGED).unwrap();

    run_command(&mut h, AppCommand::Open);
    assert!(h.query_by_label("Open project").is_some(), "the in-app file window, in English");
    h.get_by_label("kapot.veerkracht").click();
    h.run();
    h.get_by_label("Open").click();
    h.run();

    assert!(h.query_by_label("The file cannot be opened").is_some(), "the problem dialog, in English");
    let Some(Dialog::LoadProblems { problems, .. }) = &h.state().dialog else { panic!("no load problems") };
    let kinds: Vec<&ProblemKind> = problems.iter().map(|p| &p.kind).collect();
    assert_eq!(kinds, [&ProblemKind::Syntax(ron::error::Error::ExpectedFloat), &ProblemKind::Truncated]);
    assert_eq!(problems[0].line, Some(3));
    let column = problems[0].column.unwrap();
    let first = format!("• Line 3, column {column}: a number is expected here, for example 50.0");
    assert!(h.query_by_label(&first).is_some(), "{first:?} is shown");
    assert!(h.query_by_label_contains("the file is cut off (incomplete)").is_some());
    assert!(h.query_by_label_contains("Regel").is_none() && h.query_by_label_contains("hier wordt").is_none());
    assert_eq!(h.state().project(), &before, "the open project is untouched");

    // The same dialog follows the language: in Dutch it says what `check` says.
    run_command(&mut h, AppCommand::SetLanguage(Language::Nl));
    let eerste = format!("• Regel 3, kolom {column}: hier wordt een getal verwacht, bijvoorbeeld 50.0");
    assert!(h.query_by_label(&eerste).is_some(), "{eerste:?} is shown");
}
