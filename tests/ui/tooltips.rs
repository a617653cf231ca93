//! Controls whose label alone does not say what they do explain themselves on hover, in the user's language; the
//! built-in model's names and the undo hint follow the language and the platform.

use super::laptop::{LAPTOP, app_at, example_file};
use super::*;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::text::{self as t, Txt};

/// The app at laptop size, tooltips without delay (the test does not wait half a second per hover).
fn app(language: Language) -> Harness<'static, PlannerApp> {
    let mut h = app_at(LAPTOP, Some(example_file()));
    h.ctx.all_styles_mut(|s| s.interaction.tooltip_delay = 0.0);
    run_command(&mut h, AppCommand::SetLanguage(language));
    h
}

/// Hovers the (last) widget labelled `label` and asserts that the tooltip `hint` appears.
fn assert_hint(h: &mut Harness<'static, PlannerApp>, label: &str, hint: Txt, language: Language) {
    let text = hint.get(language);
    assert!(h.query_by_label(text).is_none(), "{text:?} is shown before hovering");
    h.get_all_by_label(label).last().unwrap_or_else(|| panic!("no {label:?}")).hover();
    for _ in 0..4 {
        h.run();
    }
    assert!(h.query_by_label(text).is_some(), "hovering {label:?} does not show {text:?}");
}

#[test]
fn the_main_controls_explain_themselves_on_hover_in_dutch_and_english() {
    for language in [Language::Nl, Language::En] {
        let mut h = app(language);
        assert_hint(&mut h, t::LOOPS_ONLY_SELECTED.get(language), t::HINT_LOOPS_ONLY_SELECTED, language);
        // A menu item.
        h.get_by_label(t::MENU_EDIT.get(language)).click();
        h.run();
        assert_hint(&mut h, t::CMD_AUTO_LAYOUT.get(language), t::HINT_AUTO_LAYOUT, language);
        h.key_press(egui::Key::Escape);
        settle(&mut h);
        // Simulation: the index line and a column header of the table.
        h.get_by_label(t::TAB_SIMULATION.get(language)).click();
        settle(&mut h);
        assert_hint(&mut h, t::SIM_INDEX.get(language), t::HINT_SIM_INDEX, language);
        // Plan: the plan variant buttons.
        h.get_by_label(t::TAB_PLAN.get(language)).click();
        settle(&mut h);
        h.get_all_by_label(t::TAB_PLAN.get(language)).last().unwrap().click();
        settle(&mut h);
        assert_hint(&mut h, t::PLAN_ED_NEW.get(language), t::HINT_PLAN_NEW, language);
    }
}

#[test]
fn the_built_in_model_speaks_english_in_english_and_keeps_its_dutch_names_in_the_file() {
    let mut h = app(Language::En);
    // The canvas box and the variables list.
    assert!(h.query_by_label_contains("Major life events").is_some(), "the canvas box or the list row");
    assert!(h.query_by_label_contains("Ingrijpende levensgebeurtenissen").is_none());
    let stored = h.state().project().variables.iter().find(|v| v.id.as_str() == "ingrijpende_gebeurtenissen");
    assert_eq!(stored.unwrap().name, "Ingrijpende levensgebeurtenissen", "the file keeps the Dutch name");
    // The loops list names a loop by its path of English names.
    assert!(h.query_by_label_contains("Social network → Stress").is_some());
    // Back in Dutch, the Dutch names.
    run_command(&mut h, AppCommand::SetLanguage(Language::Nl));
    assert!(h.query_by_label_contains("Ingrijpende levensgebeurtenissen").is_some());
}

#[test]
fn the_undo_hint_in_the_status_line_uses_the_platform_modifier() {
    let mut h = app(Language::Nl);
    // The app reads the platform when it starts: a new one on "macOS".
    let config = AppConfig { initial_file: Some(example_file()), ..AppConfig::default() };
    let mut mac = Harness::builder().with_size(LAPTOP).with_max_steps(12).build_eframe(move |cc| {
        cc.egui_ctx.set_os(egui::os::OperatingSystem::Mac);
        PlannerApp::with_config(&cc.egui_ctx, config)
    });
    mac.run();
    run_command(&mut mac, AppCommand::AutoLayout);
    assert!(mac.state().status.text.contains("(Cmd+Z maakt het ongedaan)"), "{}", mac.state().status.text);
    run_command(&mut h, AppCommand::AutoLayout);
    assert!(h.state().status.text.contains("(Ctrl+Z maakt het ongedaan)"), "{}", h.state().status.text);
}
