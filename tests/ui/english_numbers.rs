//! In English every number the app shows follows English conventions: `€150,000`, `28.2%`, `0.28`. The test walks
//! the main views with the example project and reads every label and field value.

use super::laptop::{LAPTOP, app_at, example_file};
use super::*;
use egui_kittest::kittest::NodeT;

/// Every label and value on screen.
fn texts(harness: &Harness<'static, PlannerApp>) -> Vec<String> {
    harness
        .query_all_by(|n| n.label().is_some() || n.value().is_some())
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

/// The Dutch number forms in `text`: `€ 1` (space after the euro sign), `0,28` or `1,5` (a decimal comma: a comma
/// between digits not followed by exactly three digits), `28 %` (a space before the percent sign).
fn dutch_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut found = Vec::new();
    for i in 0..chars.len() {
        let snippet = || chars[i.saturating_sub(6)..(i + 6).min(chars.len())].iter().collect::<String>();
        if chars[i] == '€' && chars.get(i + 1) == Some(&' ') && digit(i + 2) {
            found.push(snippet());
        }
        if chars[i] == ',' && i > 0 && digit(i - 1) && digit(i + 1) {
            let run = (i + 1..chars.len()).take_while(|&j| digit(j)).count();
            if run != 3 {
                found.push(snippet());
            }
        }
        if chars[i] == '%' && i > 1 && chars[i - 1] == ' ' && digit(i - 2) {
            found.push(snippet());
        }
    }
    found
}

#[test]
fn the_pattern_sees_dutch_and_not_english_numbers() {
    for dutch in ["€ 150.000", "28,2 %", "0,28", "index 3,0 months"] {
        assert!(!dutch_numbers(dutch).is_empty(), "{dutch}");
    }
    for english in ["€150,000", "28.2%", "0.28", "1,234.5", "A, B and 3, 4"] {
        assert!(dutch_numbers(english).is_empty(), "{english}");
    }
}

/// Prose from the data (intervention descriptions and sources, Dutch as written) is not a formatted number.
fn data_prose() -> Vec<String> {
    let project = veerkrachtplanner::io::load_project_file(&example_file()).unwrap();
    let interventions = project.interventions.iter().chain(veerkrachtplanner::plan::catalogue().iter());
    interventions.flat_map(|i| [i.description.clone(), i.source.clone()]).filter(|t| !t.is_empty()).collect()
}

fn assert_english(harness: &Harness<'static, PlannerApp>, view: &str) -> Vec<String> {
    let all = texts(harness);
    let prose = data_prose();
    let without_prose = |t: &String| prose.iter().fold(t.clone(), |t, p| t.replace(p.as_str(), ""));
    let dutch: Vec<(&String, Vec<String>)> =
        all.iter().map(|t| (t, dutch_numbers(&without_prose(t)))).filter(|(_, d)| !d.is_empty()).collect();
    assert!(dutch.is_empty(), "{view}: Dutch numbers in English mode: {dutch:?}");
    all
}

fn wait_for(harness: &mut Harness<'static, PlannerApp>, mut ready: impl FnMut(&Harness<'static, PlannerApp>) -> bool) {
    for _ in 0..1200 {
        harness.run();
        if ready(harness) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
}

#[test]
fn english_mode_shows_english_numbers_in_every_main_view() {
    let mut harness = app_at(LAPTOP, Some(example_file()));
    run_command(&mut harness, AppCommand::SetLanguage(veerkrachtplanner::text::Language::En));
    assert_english(&harness, "Model");

    harness.get_all_by_label("Simulation").next().unwrap().click();
    wait_for(&mut harness, |h| h.query_all_by_label_contains("Resilience index after").next().is_some());
    let sim = assert_english(&harness, "Simulation");
    assert!(sim.iter().any(|t| t.contains("Resilience index after") && t.contains('.')), "{sim:?}");

    harness.get_all_by_label("Plan").next().unwrap().click();
    harness.run();
    let mut amounts = Vec::new();
    for page in ["Interventions", "Budget", "Cost-effectiveness", "Compare variants", "Plan"] {
        harness.get_all_by_label(page).last().unwrap().click();
        wait_for(&mut harness, |_| true);
        amounts.extend(assert_english(&harness, page).into_iter().filter(|t| t.contains('€')));
    }
    assert!(amounts.iter().any(|t| t.contains("€900,000")), "the budget in English amounts: {amounts:?}");

    harness.get_by_label("Optimise…").click();
    harness.run();
    harness.get_by_label("Start optimisation").click();
    wait_for(&mut harness, |h| h.query_by_label("Add as a new plan variant").is_some());
    let optimiser = assert_english(&harness, "Optimiser");
    assert!(optimiser.iter().any(|t| t.starts_with('€') && t.contains(',')), "amounts in the table: {optimiser:?}");
}

#[test]
fn the_scenario_editor_shows_english_numbers_in_english() {
    let mut harness = app_at(LAPTOP, Some(example_file()));
    run_command(&mut harness, AppCommand::SetLanguage(veerkrachtplanner::text::Language::En));
    harness.get_all_by_label("Simulation").next().unwrap().click();
    harness.run();
    harness.get_by_label("Edit scenarios…").click();
    harness.run();
    assert!(harness.query_all_by_label("Size (points on the 0–100 scale)").next().is_some(), "the editor is open");
    assert_english(&harness, "Scenario editor");
}
