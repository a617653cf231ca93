//! What the app remembers between sessions in eframe's storage: language and recent files. Never the project.

use crate::text::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const STORAGE_KEY: &str = "veerkrachtplanner_settings";
const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Language,
    /// Most recent first.
    pub recent_files: Vec<PathBuf>,
    /// Written to a saved file's "saved by" (both optional).
    pub organisation: String,
    pub user_name: String,
}

impl Settings {
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)).unwrap_or_default()
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }

    /// Who saves: the organisation and name above with this program's version.
    pub fn saved_by(&self) -> crate::model::SavedBy {
        crate::model::SavedBy::current(self.organisation.trim(), self.user_name.trim())
    }

    pub fn remember_file(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_most_recent_first_and_capped() {
        let mut s = Settings::default();
        for i in 0..12 {
            s.remember_file(Path::new(&format!("/tmp/{i}.veerkracht")));
        }
        s.remember_file(Path::new("/tmp/5.veerkracht"));
        assert_eq!(s.recent_files.len(), MAX_RECENT);
        assert_eq!(s.recent_files[0], PathBuf::from("/tmp/5.veerkracht"));
        assert_eq!(s.recent_files.iter().filter(|p| p.ends_with("5.veerkracht")).count(), 1);
    }
}
