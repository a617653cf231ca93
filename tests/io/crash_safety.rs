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

/// Set in the child process of [`a_process_killed_while_saving_over_and_over_leaves_a_complete_file`]: the folder.
const SAVING_CHILD_DIR: &str = "VEERKRACHT_SAVING_CHILD_DIR";

/// The child's side: save the two versions in turn into `doel.veerkracht`, through the same routine as the app's
/// Save, noting every finished save with one byte in `voortgang`, until killed.
fn save_until_killed(dir: &std::path::Path, versions: &[veerkrachtplanner::model::Project]) -> ! {
    use std::io::Write;
    let target = dir.join("doel.veerkracht");
    let mut progress = std::fs::OpenOptions::new().append(true).create(true).open(dir.join("voortgang")).unwrap();
    for round in 0.. {
        veerkrachtplanner::io::save_project_file(&versions[round % 2], &target).unwrap();
        progress.write_all(b".").unwrap();
    }
    unreachable!("saves until it is killed")
}

#[test]
fn a_process_killed_while_saving_over_and_over_leaves_a_complete_file() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects");
    let projects: Vec<_> = ["veerkracht-basis.veerkracht", "voorbeeld-gemeente.veerkracht"]
        .iter()
        .map(|name| load_project_file(&root.join(name)).unwrap())
        .collect();
    if let Some(dir) = std::env::var_os(SAVING_CHILD_DIR) {
        save_until_killed(std::path::Path::new(&dir), &projects);
    }
    let versions: Vec<String> = projects.iter().map(to_ron_string).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15 ^ u64::from(std::process::id()).rotate_left(17);
    let mut saves_seen = Vec::new();
    for round in 0..12 {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("doel.veerkracht");
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["crash_safety::a_process_killed_while_saving_over_and_over_leaves_a_complete_file", "--exact"])
            .args(["--nocapture", "--test-threads=1"])
            .env(SAVING_CHILD_DIR, dir.path())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let progress = dir.path().join("voortgang");
        let deadline = std::time::Instant::now() + Duration::from_mins(1);
        while std::fs::metadata(&progress).map_or(0, |m| m.len()) < 2 {
            assert!(child.try_wait().unwrap().is_none(), "round {round}: the saving process ended");
            assert!(std::time::Instant::now() < deadline, "round {round}: no save in time");
            std::thread::sleep(Duration::from_millis(1));
        }
        // Then at a random moment of its endless saving (a save takes a few milliseconds).
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        std::thread::sleep(Duration::from_micros((seed >> 33) % 50_000));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        saves_seen.push(std::fs::metadata(&progress).unwrap().len());
        let now = std::fs::read_to_string(&target).unwrap();
        assert!(versions.contains(&now), "round {round}: the file is neither version ({} bytes)", now.len());
        let bak = std::fs::read_to_string(veerkrachtplanner::io::backup_path(&target)).unwrap();
        assert!(versions.contains(&bak), "round {round}: the backup is neither version ({} bytes)", bak.len());
        // What a killed save leaves behind is at most one hidden temporary file, which replaces nothing.
        let names: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        assert!(names.iter().filter(|n| !n.starts_with('.')).count() == 3, "round {round}: {names:?}");
    }
    eprintln!("saves finished before each kill: {saves_seen:?}");
}
