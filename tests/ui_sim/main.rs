//! The Simulatie view renders headless with the default project and with a small model, and shows the index.
#![allow(clippy::unwrap_used)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::model::{
    InputShape, Link, LinkId, OutcomeIndex, OutcomeWeight, Polarity, Project, ResourceKind, Scenario, ScenarioId,
    Shock, Variable, VariableId,
};
use veerkrachtplanner::ui::simulation::SimulationView;

fn small_project() -> Project {
    let v = |id: &str, name: &str| Variable::new(VariableId::new(id), name, ResourceKind::Individueel);
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
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 1));
    harness.run();
    harness.get_by_label("Veerkrachtindex");
}

#[test]
fn shows_index_resilience_and_return_time_for_a_shock() {
    let project = small_project();
    let mut view = SimulationView::new();
    let mut harness = Harness::new_ui(|ui| view.simulation_ui(ui, &project, 7));
    harness.run();
    harness.get_by_label("Veerkrachtindex");
    // Index = 100 − stress; both runs start at 50 and the crisis has faded after 60 months.
    harness.get_by_label_contains("Veerkrachtindex na 60 maanden: Referentie 50,0");
    harness.get_by_label_contains("Terugkeertijd van het model: 3,0 maanden");
    harness.get_by_label("Hersteltijd");
    harness.get_by_label_contains("(maand 6)");
}
