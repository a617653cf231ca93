//! Crash safety of saving: processes that save (`normalize … --out`) are killed with SIGKILL at random moments; the
//! target file must always be the complete old or the complete new version, never a mix or a truncated file.

use std::process::Command;
use std::time::Duration;
use veerkrachtplanner::io::{load_project_file, to_ron_string};

#[test]
fn a_killed_save_leaves_the_old_or_the_new_file() {
    let exe = env!("CARGO_BIN_EXE_veerkrachtplanner");
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    // Two different complete versions (the two shipped projects), as the program writes them.
    let sources = [root.join("veerkracht-basis.veerkracht"), root.join("voorbeeld-gemeente.veerkracht")];
    let versions: Vec<String> = sources.iter().map(|s| to_ron_string(&load_project_file(s).unwrap())).collect();
    let target = dir.path().join("doel.veerkracht");
    std::fs::write(&target, &versions[0]).unwrap();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15 ^ u64::from(std::process::id());
    let mut killed = 0;
    for round in 0..60 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let mut child = Command::new(exe)
            .args(["normalize", sources[round % 2].to_str().unwrap(), "--out", target.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Somewhere between at once and well after a save takes (a few ms in a debug build).
        std::thread::sleep(Duration::from_micros((seed >> 33) % 40_000));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        }
        child.wait().unwrap();
        let now = std::fs::read_to_string(&target).unwrap();
        assert!(versions.contains(&now), "round {round}: the file is neither version ({} bytes)", now.len());
        // The backup, when there is one, is a complete version as well.
        if let Ok(bak) = std::fs::read_to_string(veerkrachtplanner::io::backup_path(&target)) {
            assert!(versions.contains(&bak), "round {round}: the backup is neither version");
        }
    }
    assert!(killed > 0, "no save was interrupted; the test proves nothing");
    // Left-over temporary files of killed saves are hidden and do not replace anything.
    let visible = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| !e.as_ref().unwrap().file_name().to_string_lossy().starts_with('.'))
        .count();
    assert!(visible <= 2, "only the file and its backup are visible");
}
