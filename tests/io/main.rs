//! Integration tests of `veerkrachtplanner::io`: damaged files with their exact Dutch messages, round trips of every
//! shipped project, atomic saving, and the `check` subcommand.

#![allow(clippy::unwrap_used)]

mod canonical_text;
mod check_cli;
mod command_lines;
mod compare_property;
mod crash_safety;
mod damaged_files;
mod fuzz_regressions;
mod mutated_files;
mod round_trip;
mod saving;
mod worst_file;

use std::path::{Path, PathBuf};

/// `tests/fixtures/NAME`; fails loudly when the fixture is missing.
pub fn fixture(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    assert!(path.is_file(), "fixture {} is missing", path.display());
    path
}
