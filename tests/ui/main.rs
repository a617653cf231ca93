//! UI tests: the real app, headless (egui_kittest), driven by role and label like a user would.
#![allow(clippy::unwrap_used)]

mod about;
mod built_in_boxes;
mod compare;
mod derived;
mod editing;
mod english_numbers;
mod english_walk;
mod export;
mod file_window;
mod files;
mod help;
mod killed;
mod laptop;
mod load_errors;
mod loops;
mod markers;
mod scenario_editor;
mod settle;
mod status;
mod tooltips;
mod typing;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
pub use settle::settle;
use std::path::Path;
use veerkrachtplanner::app::{AppCommand, AppConfig, PlannerApp};
use veerkrachtplanner::model::{Link, LinkId, Polarity, Position, Project, ResourceKind, Variable, VariableId};

pub const CANVAS_LEFT: f32 = 300.0;
pub const CANVAS_RIGHT: f32 = 1050.0;

/// A three-variable model: A → B (+), B → C (+), C → A (−): one balancing loop. D stands apart.
pub fn fixture_project() -> Project {
    let mut p = Project::default();
    for (id, name, kind, x, y) in [
        ("a", "Alpha", ResourceKind::Individual, 0.0, 0.0),
        ("b", "Beta", ResourceKind::Societal, 360.0, 0.0),
        ("c", "Gamma", ResourceKind::Organisational, 180.0, 260.0),
        ("d", "Delta", ResourceKind::Individual, 600.0, 260.0),
    ] {
        p.variables.push(Variable::new(VariableId::new(id), name, kind));
        p.layout.positions.insert(VariableId::new(id), Position::new(x, y));
    }
    for (from, to, polarity) in
        [("a", "b", Polarity::Positive), ("b", "c", Polarity::Positive), ("c", "a", Polarity::Negative)]
    {
        p.links.push(Link::new(LinkId::new(format!("{from}__{to}")), from.into(), to.into(), polarity));
    }
    p
}

pub fn write_fixture(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("fixture.veerkracht");
    veerkrachtplanner::io::save_project_file(&fixture_project(), &path).unwrap();
    path
}

pub fn harness(config: AppConfig) -> Harness<'static, PlannerApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(12)
        .build_eframe(move |cc| PlannerApp::with_config(&cc.egui_ctx, config));
    settle(&mut harness);
    harness
}

/// The app with the fixture project opened.
pub fn harness_with_fixture(dir: &Path) -> Harness<'static, PlannerApp> {
    let path = write_fixture(dir);
    harness(AppConfig { initial_file: Some(path), ..AppConfig::default() })
}

pub fn run_command(harness: &mut Harness<'static, PlannerApp>, command: AppCommand) {
    harness.state_mut().queue(command);
    settle(harness);
}

/// The canvas box of the variable called `name` (not its row in the variables list).
pub fn canvas_node<'a>(harness: &'a Harness<'static, PlannerApp>, name: &'a str) -> egui_kittest::Node<'a> {
    harness
        .get_all_by_label(name)
        .find(|n| n.rect().center().x > CANVAS_LEFT && n.rect().center().x < CANVAS_RIGHT)
        .unwrap_or_else(|| panic!("no canvas box for {name}"))
}

pub fn variable_named<'a>(project: &'a Project, name: &str) -> Option<&'a Variable> {
    project.variables.iter().find(|v| v.name == name)
}

pub fn normalized(mut p: Project) -> Project {
    p.normalize();
    p
}
