//! The Simulatie view renders headless with the default project and with a small model, and shows the index.
#![allow(clippy::unwrap_used)]

use egui_kittest::Harness;
#[path = "../ui/settle.rs"]
mod settle;
use egui_kittest::kittest::Queryable;
use settle::settle;
use veerkrachtplanner::model::{
    InputShape, Link, LinkId, OutcomeIndex, OutcomeWeight, Polarity, Project, ResourceKind, Scenario, ScenarioId,
    Shock, Variable, VariableId,
};
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::simulation::SimulationView;

fn small_project() -> Project {
    let v = |id: &str, name: &str| Variable::new(VariableId::new(id), name, ResourceKind::Individual);
    let mut stress = v("stress", "Stress");
    stress.direction = veerkrachtplanner::model::Direction::LowerIsBetter;
    Project {
        variables: vec![v("steun", "Sociale steun"), stress],
        links: vec![Link::new(
            LinkId::new("l1"),
            VariableId::new("steun"),
            VariableId::new("stress"),
            Polarity::Negative,
        )],
        outcome: OutcomeIndex {
            weights: vec![OutcomeWeight { variable: VariableId::new("stress"), weight: 1.0, reason: String::new() }],
        },
        scenarios: vec![Scenario {
            id: ScenarioId::new("crisis"),
            name: "Nieuwe crisis".to_owned(),
            description: String::new(),
            shocks: vec![Shock {
                target: VariableId::new("stress"),
                effect: 20.0,
                shape: InputShape { start_month: 6.0, end_month: Some(18.0), ..InputShape::default() },
                note: String::new(),
            }],
        }],
        ..Project::default()
    }
}

#[test]
fn renders_the_default_project_with_the_index() {
    let project = veerkrachtplanner::io::default_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1, Language::Nl));
    settle(&mut harness);
    harness.get_by_label("Veerkrachtindex");
}

#[test]
fn shows_index_resilience_and_return_time_for_a_shock() {
    let project = small_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 7, Language::Nl));
    settle(&mut harness);
    harness.get_by_label("Veerkrachtindex");
    // Index = 100 − stress; both runs start at 50 and the crisis has faded after 60 months.
    harness.get_by_label_contains("Veerkrachtindex na 60 maanden: Referentie 50,0");
    harness.get_by_label_contains("Traagste herstel na een verstoring: ongeveer 3,0 maanden");
    harness.get_by_label("Hersteltijd");
    harness.get_by_label_contains("(maand 6)");
}

#[test]
fn unticking_the_scenario_removes_its_resilience_row() {
    let project = small_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1, Language::Nl));
    settle(&mut harness);
    harness.get_by_role_and_label(eframe::egui::accesskit::Role::CheckBox, "Nieuwe crisis").click();
    settle(&mut harness);
    assert!(harness.query_by_label("Hersteltijd").is_none());
    harness.get_by_label_contains("Veerkrachtindex na 60 maanden: Referentie 50,0");
}

#[test]
fn uncertainty_band_is_computed_on_a_worker_thread() {
    let project = small_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1, Language::Nl));
    settle(&mut harness);
    harness.get_by_label_contains("Onzekerheidsband tonen").click();
    let mut done = false;
    for _ in 0..500 {
        harness.step();
        if harness.query_by_label("Band voor: Nieuwe crisis").is_some() {
            done = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(done, "Monte Carlo did not finish");
}

#[test]
fn the_example_projects_plans_are_offered_alone_and_under_the_crisis() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht");
    let project = veerkrachtplanner::io::load_project_file(&path).unwrap();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1, Language::Nl));
    settle(&mut harness);
    harness.get_by_role_and_label(eframe::egui::accesskit::Role::CheckBox, "Plan: Plan A – wijkgericht").click();
    harness
        .get_by_role_and_label(eframe::egui::accesskit::Role::CheckBox, "Plan: Plan A – wijkgericht + Nieuwe crisis");
    settle(&mut harness);
    // The plan's row appears in the resilience table with its effect against the reference.
    assert!(harness.query_all_by_label("Plan: Plan A – wijkgericht").count() >= 2);
    assert!(harness.query_all_by_label_contains("punt-maanden").count() >= 2);
}

#[test]
fn renders_in_english_when_asked() {
    let project = small_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 7, Language::En));
    settle(&mut harness);
    harness.get_by_label("Resilience index");
    // Same figures as in Dutch (index = 100 − stress starts at 50), English words and a decimal point.
    harness.get_by_label_contains("Resilience index after 60 months: Reference 50.0");
    harness.get_by_label_contains("Slowest recovery after a disturbance: about 3.0 months");
    assert!(harness.query_by_label("Veerkrachtindex").is_none());
}

#[test]
fn every_ticked_run_gets_its_own_uncertainty_band() {
    let mut project = small_project();
    let mut second = project.scenarios[0].clone();
    second.id = ScenarioId::new("tweede");
    second.name = "Tweede crisis".to_owned();
    second.shocks[0].effect = 35.0;
    project.scenarios.push(second);
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1, Language::Nl));
    settle(&mut harness);
    harness.get_by_role_and_label(eframe::egui::accesskit::Role::CheckBox, "Tweede crisis").click();
    settle(&mut harness);
    harness.get_by_label_contains("Onzekerheidsband tonen").click();
    let both = "Band voor: Nieuwe crisis, Tweede crisis";
    for _ in 0..500 {
        harness.step();
        if harness.query_by_label(both).is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    settle(&mut harness);
    assert!(harness.query_by_label(both).is_some(), "Monte Carlo ran for both ticked runs");
    // The legend under the chart names a band for each run, not only the first.
    harness.get_by_label("Veerkrachtindex – Nieuwe crisis: 10–90 %");
    harness.get_by_label("Veerkrachtindex – Tweede crisis: 10–90 %");
}
