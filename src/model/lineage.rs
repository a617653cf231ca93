//! Where a saved project comes from: its revision id, the revisions it descends from and who saved it.
//!
//! The ids are made by `io::stamp_revision` at save time from the file's own content (see there); the model only
//! carries them. A project that was never stamped (an older file, a new project) has an empty lineage, and an empty
//! lineage is not written to the file at all.

use serde::{Deserialize, Serialize};

/// Who saved a revision. Organisation and name are optional; the program version is always filled in at save time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedBy {
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub name: String,
    /// The version of Veerkrachtplanner that wrote this revision (as `--version` prints it).
    #[serde(default)]
    pub program_version: String,
}

impl SavedBy {
    /// `organisation` and `name` as given, with this program's version.
    pub fn current(organisation: impl Into<String>, name: impl Into<String>) -> Self {
        Self { organisation: organisation.into(), name: name.into(), program_version: crate::VERSION.to_owned() }
    }
}

/// The revision history of a project file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lineage {
    /// The id of this revision: a hash of the file content (empty: never stamped).
    #[serde(default)]
    pub revision: String,
    /// The revisions this one was made from directly: one after an ordinary save, two after a merge.
    #[serde(default)]
    pub parents: Vec<String>,
    /// All earlier revisions this one descends from, oldest first (at most [`Lineage::MAX_HISTORY`]). Used to find
    /// a common ancestor for a three-way merge.
    #[serde(default)]
    pub history: Vec<String>,
    #[serde(default)]
    pub saved_by: SavedBy,
}

impl Lineage {
    /// The longest history kept (older entries are dropped first).
    pub const MAX_HISTORY: usize = 500;

    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// True when `revision` is this revision or one it descends from.
    pub fn descends_from(&self, revision: &str) -> bool {
        !revision.is_empty()
            && (self.revision == revision
                || self.parents.iter().any(|p| p == revision)
                || self.history.iter().any(|p| p == revision))
    }

    /// The lineage of a new revision made from `self` and `other` (a merge): both as parents, both histories.
    /// The revision id itself is left empty; saving fills it in.
    #[must_use]
    pub fn merged(&self, other: &Self) -> Self {
        let mut history: Vec<String> = Vec::new();
        for id in self.history.iter().chain(&other.history).chain(&self.parents).chain(&other.parents) {
            if !history.contains(id) {
                history.push(id.clone());
            }
        }
        let mut parents = Vec::new();
        for id in [&self.revision, &other.revision] {
            if !id.is_empty() && !parents.contains(id) {
                parents.push(id.clone());
            }
        }
        history.retain(|id| !parents.contains(id));
        let excess = history.len().saturating_sub(Self::MAX_HISTORY);
        history.drain(..excess);
        Self { revision: String::new(), parents, history, saved_by: self.saved_by.clone() }
    }
}
