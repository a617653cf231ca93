//! The eframe app: document, history, view state, settings, commands.

/// Starts the app, optionally opening `file`. Returns the process exit code.
pub fn run(file: Option<std::path::PathBuf>) -> i32 {
    let _ = file;
    0
}
