//! The app's "Vergelijken met…" on any file that loads, both ways, with the built-in TNO model and with the file's
//! mirrored version: every difference has words in Dutch and English, and taking all of them over gives the other
//! version (no error, no difference left, no validation error). The property is in `tests/io/compare_property.rs`,
//! which the test suite runs on the seeds and crashers too.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../../tests/io/compare_property.rs"]
mod compare_property;

use veerkrachtplanner::io::parse_project;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(project) = parse_project(text) else { return };
    compare_property::compare_every_way(&project);
});
