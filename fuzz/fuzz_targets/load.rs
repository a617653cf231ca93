//! Loading a file: any bytes give a project or a load error with at least one problem, never a panic. A project
//! that loads validates without errors, saves, and reloads to the identical project.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veerkrachtplanner::io::{parse_project_with_warnings, to_ron_string, validate};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match parse_project_with_warnings(text) {
        Ok(loaded) => {
            assert!(validate(&loaded.project).iter().all(|p| !p.is_error()), "a loaded project has errors");
            let saved = to_ron_string(&loaded.project);
            let again = parse_project_with_warnings(&saved).expect("a saved project loads");
            assert_eq!(again.project, loaded.project, "save and reload changed the project");
        }
        Err(e) => {
            assert!(!e.problems.is_empty(), "a load error without a problem");
            for p in &e.problems {
                assert!(!p.to_string().is_empty());
            }
        }
    }
});
