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
    // A step that changed several things names the first and counts the rest.
    run_command(&mut h, AppCommand::SelectAll);
    run_command(&mut h, AppCommand::DeleteSelection);
    run_command(&mut h, AppCommand::Undo);
    assert!(h.state().status.text.starts_with("Undone: variable 'Alpha' removed, "), "{}", h.state().status.text);
}

/// The status line as shown on screen (a label in the bottom bar).
fn status_on_screen(h: &Harness<'static, PlannerApp>) -> String {
    let text = h.state().status.text.clone();
    assert!(h.query_by_label(&text).is_some(), "the status bar shows {text:?}");
    text
}

#[test]
fn built_in_variables_are_named_in_english_in_the_status_bar() {
    let mut h = super::laptop::app_at(super::laptop::LAPTOP, None);
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    let link = h.state().project().links.iter().find(|l| l.from.as_str() == "stress" && l.to.as_str() == "welbevinden");
    let link = link.expect("the base model links stress to welbevinden").id.clone();
    h.state_mut().view.selection = Selection::only_link(link);
    run_command(&mut h, AppCommand::DeleteSelection);
    h.run();
    assert_eq!(status_on_screen(&h), "Link 'Stress → Well-being' removed (Ctrl+Z undoes it).");
    run_command(&mut h, AppCommand::Undo);
    h.run();
    assert_eq!(status_on_screen(&h), "Undone: link 'Stress → Well-being' removed.");
    // The same in Dutch, with the names as written.
    run_command(&mut h, AppCommand::SetLanguage(Language::Nl));
    run_command(&mut h, AppCommand::Redo);
    h.run();
    assert_eq!(status_on_screen(&h), "Opnieuw gedaan: verband 'Stress → Welbevinden' verwijderd.");
}

#[test]
fn renaming_a_plan_by_typing_is_one_plain_sentence() {
    let mut h = super::laptop::app_at(super::laptop::LAPTOP, Some(super::laptop::example_file()));
    let mut plans = h.state().project().plans.clone();
    assert!(!plans.is_empty(), "the example has plans");
    let old = plans[0].name.clone();
    // Typing in the name box: every key is an edit merged into one step; the status names the whole step.
    for typed in ["A", "Am", "Ambitieus"] {
        plans[0].name = typed.to_owned();
        let edit = veerkrachtplanner::edit::Edit::SetPlans(plans.clone());
        run_command(&mut h, AppCommand::MergedEdit { edit, merge_key: "plan-name".to_owned() });
    }
    h.run();
    assert_eq!(status_on_screen(&h), format!("Plan '{old}' hernoemd naar 'Ambitieus' (Ctrl+Z maakt het ongedaan)."));
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    run_command(&mut h, AppCommand::Undo);
    h.run();
    assert_eq!(status_on_screen(&h), format!("Undone: plan '{old}' renamed to 'Ambitieus'."));
}
