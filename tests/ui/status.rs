//! The status bar says what was undone or redone, with the names of what changed, in the user's language.

use super::*;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::view_state::Selection;

#[test]
fn undo_and_redo_name_the_link_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    h.state_mut().view.selection = Selection::only_link(LinkId::new("a__b"));
    run_command(&mut h, AppCommand::DeleteSelection);
    run_command(&mut h, AppCommand::Undo);
    assert_eq!(h.state().status.text, "Ongedaan gemaakt: verband 'Alpha → Beta' verwijderd.");
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    run_command(&mut h, AppCommand::Redo);
    assert_eq!(h.state().status.text, "Redone: link 'Alpha → Beta' removed.");
    // A step that changed several things is named by its summary.
    run_command(&mut h, AppCommand::SelectAll);
    run_command(&mut h, AppCommand::DeleteSelection);
    run_command(&mut h, AppCommand::Undo);
    assert!(h.state().status.text.starts_with("Undone: delete"), "{}", h.state().status.text);
}
