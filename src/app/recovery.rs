//! Autosave to a recovery copy every minute while there are unsaved changes, and the offer to restore it at start.

use crate::io::{SaveError, discard_recovery, write_recovery};
use crate::model::{Lineage, Project};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const AUTOSAVE_INTERVAL: Duration = Duration::from_mins(1);

/// Where recovery copies go: eframe's storage directory for the app.
pub fn default_recovery_dir() -> Option<PathBuf> {
    eframe::storage_dir("Veerkrachtplanner").map(|d| d.join("herstel"))
}

pub struct Autosave {
    pub dir: Option<PathBuf>,
    pub interval: Duration,
    last_write: Instant,
    written_generation: Option<u64>,
}

impl Autosave {
    pub fn new(dir: Option<PathBuf>, interval: Duration) -> Self {
        Self { dir, interval, last_write: Instant::now(), written_generation: None }
    }

    /// Writes the recovery copy when it is due. `Ok(true)` when a copy was written.
    pub fn tick(
        &mut self,
        project: &Project,
        lineage: &Lineage,
        original: Option<&Path>,
        generation: u64,
        dirty: bool,
    ) -> Result<bool, SaveError> {
        let Some(dir) = &self.dir else { return Ok(false) };
        if !dirty || self.written_generation == Some(generation) || self.last_write.elapsed() < self.interval {
            return Ok(false);
        }
        self.last_write = Instant::now();
        self.written_generation = Some(generation);
        write_recovery(dir, project, lineage, original).map(|()| true)
    }

    /// How long until the next copy is due; `None` when nothing needs writing.
    pub fn due_in(&self, generation: u64, dirty: bool) -> Option<Duration> {
        (self.dir.is_some() && dirty && self.written_generation != Some(generation))
            .then(|| self.interval.saturating_sub(self.last_write.elapsed()))
    }

    /// Removes the recovery copy (after a save, or when the user discards changes).
    pub fn discard(&mut self) -> Result<(), SaveError> {
        self.written_generation = None;
        match &self.dir {
            Some(dir) => discard_recovery(dir),
            None => Ok(()),
        }
    }
}
