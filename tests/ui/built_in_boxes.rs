//! In English, the edit boxes of a built-in item (the crisis's name and description, a variable's name and
//! description) show the English text with a tooltip that says so. The file keeps the Dutch until the user changes
//! the text; what the user types is stored as typed, and typing the English text back stores the Dutch again.

use super::laptop::{LAPTOP, app_at};
use super::scenario_editor::type_into;
use super::*;
use veerkrachtplanner::text::Language;

fn value_of(harness: &Harness<'static, PlannerApp>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn the_built_in_crisis_reads_in_english_and_keeps_its_dutch_name_until_changed() {
    let mut h = app_at(LAPTOP, None);
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    h.get_all_by_label("Simulation").next().unwrap().click();
    h.run();
    h.get_by_label("Edit scenarios…").click();
    h.run();
    assert_eq!(value_of(&h, "Name"), "New crisis");
    assert!(value_of(&h, "Description").starts_with("A new crisis in the spirit of the COVID crisis"));
    let crisis = |h: &Harness<'static, PlannerApp>| h.state().project().scenarios[0].clone();
    assert_eq!(crisis(&h).name, "Nieuwe crisis", "shown, not stored");
    // Typed: stored as typed, in both languages.
    type_into(&mut h, "Name", "Heatwave");
    assert_eq!(crisis(&h).name, "Heatwave");
    // Typed back: the Dutch name again.
    type_into(&mut h, "Name", "New crisis");
    assert_eq!(crisis(&h).name, "Nieuwe crisis");
    // The description: untouched it stays Dutch in the file; a change is stored as typed.
    let shipped = crisis(&h).description;
    assert!(shipped.starts_with("Een nieuwe crisis"), "{shipped}");
    type_into(&mut h, "Description", "Three hot summers");
    assert_eq!(crisis(&h).description, "Three hot summers");
}

#[test]
fn a_built_in_variables_name_box_shows_the_english_name_with_a_tooltip() {
    let mut h = app_at(LAPTOP, None);
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    h.ctx.all_styles_mut(|s| s.interaction.tooltip_delay = 0.0);
    canvas_node(&h, "Well-being").click();
    h.run();
    assert_eq!(value_of(&h, "Name"), "Well-being");
    h.get_by_label("Name").hover();
    for _ in 0..4 {
        h.run();
    }
    assert!(h.query_by_label_contains("The project file keeps the Dutch text").is_some(), "the tooltip says so");
    let stored = |h: &Harness<'static, PlannerApp>| {
        h.state().project().variable(&VariableId::new("welbevinden")).unwrap().name.clone()
    };
    type_into(&mut h, "Name", "Happiness");
    assert_eq!(stored(&h), "Happiness");
    type_into(&mut h, "Name", "Well-being");
    assert_eq!(stored(&h), "Welbevinden");
}

#[test]
fn a_built_in_variables_source_note_reads_in_english_and_the_file_keeps_the_dutch() {
    let mut h = app_at(LAPTOP, None);
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    canvas_node(&h, "Stress").click();
    h.run();
    assert_eq!(value_of(&h, "Source"), "TNO 2023, l. 950-952; loops 1-3; response time 3 months is an example value");
    let source = |h: &Harness<'static, PlannerApp>| {
        h.state().project().variable(&"stress".into()).map(|v| v.source.clone()).unwrap_or_default()
    };
    assert_eq!(source(&h), "TNO 2023, r. 950-952; lussen 1-3; reactietijd 3 maanden is een voorbeeldwaarde");
    type_into(&mut h, "Source", "Own survey 2026");
    assert_eq!(source(&h), "Own survey 2026", "typed: stored as typed");
    run_command(&mut h, AppCommand::SetLanguage(Language::Nl));
    assert_eq!(value_of(&h, "Bron"), "Own survey 2026");
}
