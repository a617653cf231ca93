//! The eframe app: document, history, view state, settings, commands.

use eframe::egui;

mod command_handling;
pub mod document;
pub mod file_dialog;
pub mod planner_app;
pub mod recovery;
pub mod settings;

pub use crate::ui::command::{AppCommand, ExportKind, UnsavedChoice};
pub use planner_app::{AppConfig, PlannerApp};

/// Starts the app, optionally opening `file`. Returns the process exit code.
pub fn run(file: Option<std::path::PathBuf>) -> i32 {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Veerkrachtplanner")
            .with_app_id("veerkrachtplanner")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([860.0, 520.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    match eframe::run_native("Veerkrachtplanner", options, Box::new(|cc| Ok(Box::new(PlannerApp::new(cc, file))))) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("De Veerkrachtplanner kon niet starten: {e}");
            1
        }
    }
}
