//! What you see is what is saved: every live field of the inspector and the plan editor, typed into and saved with
//! Ctrl+S while the cursor is still in the field, through the recovery copy and through the quit prompt; invalid
//! numbers are named at save; undo takes back a typed word in one step.

use super::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use std::time::Duration;
use veerkrachtplanner::model::{Delay, Strength};
use veerkrachtplanner::ui::view_state::{CentralTab, Selection};

type Check = fn(&Project) -> bool;

/// The text field labelled `label` (single- or multi-line).
fn field<'a>(h: &'a Harness<'static, PlannerApp>, label: &'a str) -> egui_kittest::Node<'a> {
    h.query_by_role_and_label(Role::TextInput, label)
        .or_else(|| h.query_by_role_and_label(Role::MultilineTextInput, label))
        .unwrap_or_else(|| panic!("no text field labelled {label}"))
}

/// Puts the cursor in the field, selects its text and types `text` over it, as a user does.
fn type_over(h: &mut Harness<'static, PlannerApp>, label: &str, text: &str) {
    field(h, label).focus();
    h.run();
    assert!(field(h, label).is_focused(), "{label} has the keyboard focus");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    field(h, label).type_text(text);
    h.run();
}

fn press_ctrl_s(h: &mut Harness<'static, PlannerApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
}

fn on_disk(path: &Path) -> Project {
    veerkrachtplanner::io::load_project_file(path).unwrap()
}

fn variable_a(p: &Project) -> &Variable {
    p.variable(&"a".into()).unwrap()
}

fn link_ab(p: &Project) -> &Link {
    p.link(&"a__b".into()).unwrap()
}

/// The variable fields of the inspector: label, typed text, and what the saved project must then hold.
fn variable_fields() -> Vec<(&'static str, &'static str, Check)> {
    vec![
        ("Naam", "Alfa nieuw", |p| variable_a(p).name == "Alfa nieuw"),
        ("Uitgangswaarde (0–100)", "42,5", |p| variable_a(p).baseline == 42.5),
        ("Bron", "Eigen onderzoek 2026", |p| variable_a(p).source == "Eigen onderzoek 2026"),
        ("Omschrijving", "Een nieuwe omschrijving", |p| variable_a(p).description == "Een nieuwe omschrijving"),
        ("Reactietijd (maanden)", "7,5", |p| variable_a(p).adjustment_months == 7.5),
    ]
}

fn link_fields() -> Vec<(&'static str, &'static str, Check)> {
    vec![
        ("Bron", "Raadsnotitie 12", |p| link_ab(p).source == "Raadsnotitie 12"),
        ("Versterkingsfactor (0–1)", "0,8", |p| link_ab(p).strength == Strength::Custom(0.8)),
        ("Vertraging (maanden)", "9", |p| link_ab(p).delay == Delay::Months(9.0)),
    ]
}

fn select_variable_a(h: &mut Harness<'static, PlannerApp>) {
    let state = h.state_mut();
    state.view.selection = Selection::only_variable("a".into());
    state.view.show_advanced = true;
    h.run();
}

fn select_link_ab(h: &mut Harness<'static, PlannerApp>) {
    let state = h.state_mut();
    state.view.selection = Selection::only_link("a__b".into());
    state.view.show_advanced = true;
    h.run();
}

/// Types into each field and saves with Ctrl+S while the field still has the focus; the file holds the text.
fn type_and_save_each(h: &mut Harness<'static, PlannerApp>, path: &Path, fields: &[(&str, &str, Check)]) {
    for (label, text, check) in fields {
        type_over(h, label, text);
        assert!(h.state().is_dirty(), "typing in {label} changed the document at once");
        assert!(h.state().window_title().contains('•'), "the title marks the unsaved change ({label})");
        assert!(field(h, label).is_focused(), "the cursor is still in {label}");
        press_ctrl_s(h);
        assert!(!h.state().is_dirty(), "saved after {label}: {}", h.state().status.text);
        assert!(h.state().status.text.starts_with("Opgeslagen"), "{}", h.state().status.text);
        assert!(check(&on_disk(path)), "the file holds what was typed in {label}: {:?}", on_disk(path).variables[0]);
        assert!(!h.state().window_title().contains('•'), "the title shows no unsaved changes");
    }
}

#[test]
fn every_inspector_field_is_saved_by_ctrl_s_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    select_variable_a(&mut h);
    type_and_save_each(&mut h, &path, &variable_fields());
    select_link_ab(&mut h);
    type_and_save_each(&mut h, &path, &link_fields());
}

#[test]
fn every_inspector_field_reaches_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("herstel");
    let config = AppConfig {
        initial_file: Some(write_fixture(dir.path())),
        recovery_dir: Some(recovery.clone()),
        autosave_interval: Duration::ZERO,
        ..AppConfig::default()
    };
    let mut h = harness(config);
    select_variable_a(&mut h);
    let mut fields = variable_fields();
    for (label, text, check) in fields.drain(..) {
        type_over(&mut h, label, text);
        assert!(field(&h, label).is_focused());
        let copy = veerkrachtplanner::io::find_recovery(&recovery).expect("a recovery copy was written");
        assert!(check(&copy.project), "the recovery copy holds what was typed in {label}");
    }
    select_link_ab(&mut h);
    for (label, text, check) in link_fields() {
        type_over(&mut h, label, text);
        let copy = veerkrachtplanner::io::find_recovery(&recovery).unwrap();
        assert!(check(&copy.project), "the recovery copy holds what was typed in {label}");
    }
}

#[test]
fn the_quit_prompt_saves_what_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    select_variable_a(&mut h);
    for (label, text, check) in variable_fields() {
        type_over(&mut h, label, text);
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
        h.run();
        assert!(h.query_by_label("Niet-opgeslagen wijzigingen").is_some(), "quitting asks first ({label})");
        h.get_by_role_and_label(Role::Button, "Opslaan").click();
        h.run();
        assert!(check(&on_disk(&path)), "the quit prompt saved what was typed in {label}");
        select_variable_a(&mut h);
    }
}

#[test]
fn invalid_number_is_shown_and_named_at_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    select_variable_a(&mut h);
    let before = variable_a(h.state().project()).baseline;
    type_over(&mut h, "Uitgangswaarde (0–100)", "1,5e");
    assert_eq!(variable_a(h.state().project()).baseline, before, "invalid text does not reach the document");
    assert_eq!(field(&h, "Uitgangswaarde (0–100)").value().as_deref(), Some("1,5e"), "the field keeps the text");
    press_ctrl_s(&mut h);
    let status = &h.state().status;
    assert!(status.is_error, "{}", status.text);
    assert!(status.text.contains("Uitgangswaarde") && status.text.contains("1,5e"), "{}", status.text);
    assert!(status.text.contains("geen getal"), "the reason is given: {}", status.text);
    assert_eq!(variable_a(&on_disk(&path)).baseline, before);

    // An export says what it left out.
    let svg = dir.path().join("diagram.svg");
    run_command(&mut h, AppCommand::ExportTo(veerkrachtplanner::app::ExportKind::DiagramSvg, svg.clone()));
    assert!(svg.is_file());
    assert!(h.state().status.text.contains("1,5e"), "{}", h.state().status.text);

    // Out of range is invalid as well; a valid number is taken at once.
    type_over(&mut h, "Uitgangswaarde (0–100)", "150");
    assert_eq!(variable_a(h.state().project()).baseline, before);
    type_over(&mut h, "Uitgangswaarde (0–100)", "15");
    assert_eq!(variable_a(h.state().project()).baseline, 15.0);
    press_ctrl_s(&mut h);
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    assert_eq!(variable_a(&on_disk(&path)).baseline, 15.0);

    // Invalid text that leaves the screen (another variable selected) is named, not dropped silently.
    type_over(&mut h, "Uitgangswaarde (0–100)", "abc");
    h.state_mut().view.selection = Selection::only_variable("b".into());
    h.run();
    let status = &h.state().status;
    assert!(status.is_error && status.text.contains("abc"), "{}", status.text);
    assert_eq!(variable_a(h.state().project()).baseline, 15.0);
}

#[test]
fn undo_takes_back_a_typed_word_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    select_variable_a(&mut h);
    type_over(&mut h, "Omschrijving", "Eerste");
    h.key_press(egui::Key::Escape);
    h.run();
    let before = variable_a(h.state().project()).clone();
    let name_before = before.name.clone();

    // Type a word key by key at the end of the description, then a word in the name field.
    field(&h, "Omschrijving").focus();
    h.run();
    for c in " woord".chars() {
        field(&h, "Omschrijving").type_text(&c.to_string());
        h.run();
    }
    assert_eq!(variable_a(h.state().project()).description, "Eerste woord");
    field(&h, "Naam").focus();
    h.run();
    for c in "X".chars() {
        field(&h, "Naam").type_text(&c.to_string());
        h.run();
    }
    assert_eq!(variable_a(h.state().project()).name, format!("{name_before}X"));
    h.key_press(egui::Key::Escape);
    h.run();

    // One undo takes back the name (another field: another step), the next the whole word.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(variable_a(h.state().project()).name, name_before);
    assert_eq!(variable_a(h.state().project()).description, "Eerste woord");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(variable_a(h.state().project()), &before, "one undo restores the previous text");
    assert_eq!(field(&h, "Omschrijving").value().as_deref(), Some("Eerste"), "the field shows it");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(variable_a(h.state().project()).description, "Eerste woord", "redo in one step too");

    // Ctrl+Z with the cursor still in the field is the document's undo too: the whole word in one step.
    let source_before = variable_a(h.state().project()).source.clone();
    field(&h, "Bron").focus();
    h.run();
    for c in "Raad".chars() {
        field(&h, "Bron").type_text(&c.to_string());
        h.run();
    }
    assert_eq!(variable_a(h.state().project()).source, format!("{source_before}Raad"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(field(&h, "Bron").is_focused());
    assert_eq!(variable_a(h.state().project()).source, source_before);
    assert_eq!(field(&h, "Bron").value().unwrap_or_default(), source_before, "the field shows it");
    assert_eq!(variable_a(h.state().project()).description, "Eerste woord", "only that word was undone");
}

/// The example project, opened from a copy in `dir`, on the Plan page with the first item of Plan A selected.
fn plan_harness(dir: &Path) -> (Harness<'static, PlannerApp>, PathBuf) {
    let path = dir.join("voorbeeld.veerkracht");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/projects/voorbeeld-gemeente.veerkracht"), &path).unwrap();
    let config = AppConfig { initial_file: Some(path.clone()), ..AppConfig::default() };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 2200.0))
        .with_max_steps(12)
        .build_eframe(move |cc| PlannerApp::with_config(&cc.egui_ctx, config));
    h.run();
    h.state_mut().view.tab = CentralTab::Plan;
    h.run();
    h.get_by_label("Buurtinitiatieven: initiatievenfonds; Leeszaal Rotterdam West; Zorgvrijstaat").click();
    h.run();
    (h, path)
}

fn plan_a(p: &Project) -> &veerkrachtplanner::model::Plan {
    p.plan(&"plan_a".into()).unwrap()
}

fn item(p: &Project) -> &veerkrachtplanner::model::PlanItem {
    plan_a(p).items.iter().find(|i| i.intervention.as_str() == "buurtinitiatievenfonds").unwrap()
}

#[test]
fn every_plan_editor_field_is_saved_by_ctrl_s_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = plan_harness(dir.path());
    // Make the optional fields appear: a duration, own effects, own costs (each click is an edit).
    for button in ["Effecten aanpassen", "Kosten aanpassen"] {
        h.get_by_label(button).click();
        h.run();
    }
    h.get_by_role_and_label(Role::CheckBox, "tot het einde van het plan").click();
    h.run();
    press_ctrl_s(&mut h);

    let fields: Vec<(&str, &str, Check)> = vec![
        ("Naam:", "Plan A – herzien", |p| plan_a(p).name == "Plan A – herzien"),
        ("Jaren:", "2027", |p| plan_a(p).first_year == 2027),
        ("t/m", "2030", |p| plan_a(p).last_year == 2030),
        ("Toelichting:", "Nieuwe toelichting", |p| plan_a(p).notes == "Nieuwe toelichting"),
        ("2028", "750.000", |p| plan_a(p).budget_eur.get(&2028) == Some(&750_000.0)),
        ("Start:", "4", |p| item(p).start_month == 4.0),
        ("Looptijd:", "18", |p| item(p).duration_months == Some(18.0)),
        ("Bereik:", "60", |p| item(p).reach_percent == 60.0),
        ("Tijd tot vol effect:", "3", |p| item(p).ramp_up_months == 3.0),
        ("Werkt nog na:", "9", |p| item(p).after_effect_months == 9.0),
        ("Effect 1:", "2,5", |p| item(p).effects.as_ref().unwrap()[0].points == 2.5),
        ("Eenmalig:", "12.500", |p| item(p).cost.unwrap().one_off_eur == 12_500.0),
        ("Per jaar:", "40000", |p| item(p).cost.unwrap().per_year_eur == 40_000.0),
        ("Eigenaar:", "Wijkteam Oost", |p| item(p).owner == "Wijkteam Oost"),
    ];
    type_and_save_each(&mut h, &path, &fields);
}

#[test]
fn plan_editor_typing_reaches_the_quit_prompt_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = plan_harness(dir.path());
    let before = h.state().project().plans.clone();
    for c in ["W", "i", "j", "k"] {
        if !field(&h, "Eigenaar:").is_focused() {
            field(&h, "Eigenaar:").focus();
            h.run();
        }
        field(&h, "Eigenaar:").type_text(c);
        h.run();
    }
    assert!(item(h.state().project()).owner.ends_with("Wijk"));
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().project().plans, before, "one undo takes back the typed word");

    type_over(&mut h, "Eigenaar:", "Welzijn Oost");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    h.run();
    h.get_by_role_and_label(Role::Button, "Opslaan").click();
    h.run();
    assert_eq!(item(&on_disk(&path)).owner, "Welzijn Oost");
}

#[test]
fn a_key_typed_in_the_same_frame_as_ctrl_s_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let path = h.state().document.path.clone().unwrap();
    select_variable_a(&mut h);
    field(&h, "Omschrijving").focus();
    h.run();
    // Both events reach the app in one frame (the harness would give each queued event a frame of its own).
    let ctrl_s = |pressed| egui::Event::Key {
        key: egui::Key::S,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    };
    h.input_mut().events.extend([egui::Event::Text("snel".to_owned()), ctrl_s(true), ctrl_s(false)]);
    h.step();
    h.run();
    assert_eq!(variable_a(&on_disk(&path)).description, "snel");
    assert!(!h.state().is_dirty(), "{}", h.state().status.text);
}
