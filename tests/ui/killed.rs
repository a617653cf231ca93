//! Autosave and recovery end to end across a real crash: a child process runs the app (headless, the same
//! `PlannerApp` with autosave as the real one), edits, and is killed with SIGKILL; a fresh app then finds the recovery
//! copy, the user restores it, and the project is the edited one.
//!
//! The child is this test binary run again on the same test with `CHILD_DIR` set: that process plays the user and
//! never returns; the parent kills it.

use super::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use veerkrachtplanner::edit::Edit;
use veerkrachtplanner::io::{find_recovery, to_ron_string};
use veerkrachtplanner::model::Polarity;

/// Set in the child process: the folder with the fixture, the recovery folder and the progress file.
const CHILD_DIR: &str = "VEERKRACHT_KILLED_CHILD_DIR";
/// How many edits the child makes before it waits to be killed.
const STEPS: usize = 10;

/// Edit number `i` (1-based) of the child's session; the parent replays the same edits.
fn step(project: &Project, i: usize) -> AppCommand {
    let n = u16::try_from(i).unwrap();
    match i % 4 {
        0 => AppCommand::RenameVariable { variable: "a".into(), name: format!("Alpha na stap {i}") },
        1 => AppCommand::Edit(Edit::MoveVariables {
            moves: vec![("d".into(), Position::new(600.0 + 12.5 * f32::from(n), 260.0 - 7.0 * f32::from(n)))],
        }),
        2 => {
            let mut settings = project.settings.clone();
            settings.horizon_months = 60 + 6 * u32::from(n);
            AppCommand::Edit(Edit::SetSettings(settings))
        }
        _ if i == 3 => AppCommand::AddLink { from: "d".into(), to: "a".into(), polarity: Polarity::Positive },
        _ => AppCommand::FlipPolarity("a__b".into()),
    }
}

fn config(dir: &Path) -> AppConfig {
    AppConfig {
        initial_file: Some(dir.join("fixture.veerkracht")),
        recovery_dir: Some(dir.join("herstel")),
        autosave_interval: Duration::ZERO,
        ..AppConfig::default()
    }
}

/// The child's side: open the fixture, make the edits (each is autosaved in its frame), note each one in
/// `voortgang`, write the final project to `eind.ron`, then wait to be killed.
fn play_the_user(dir: &Path) -> ! {
    let mut h = harness(config(dir));
    let mut progress = std::fs::OpenOptions::new().append(true).create(true).open(dir.join("voortgang")).unwrap();
    for i in 1..=STEPS {
        let command = step(h.state().project(), i);
        run_command(&mut h, command);
        writeln!(progress, "{i}").unwrap();
    }
    let text = to_ron_string(&normalized(h.state().project().clone()));
    std::fs::write(dir.join("eind.tmp"), text).unwrap();
    std::fs::rename(dir.join("eind.tmp"), dir.join("eind.ron")).unwrap();
    loop {
        std::thread::sleep(Duration::from_secs(1));
    }
}

/// Starts this test again as the child, working in `dir`.
fn spawn_child(test_name: &str, dir: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([test_name, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_DIR, dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// How many edits the child has noted so far.
fn steps_done(dir: &Path) -> usize {
    std::fs::read_to_string(dir.join("voortgang")).map_or(0, |t| t.lines().count())
}

fn wait_until(child: &mut Child, what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_mins(2);
    while !done() {
        assert!(child.try_wait().unwrap().is_none(), "the child ended before {what}");
        assert!(Instant::now() < deadline, "the child did not get to {what} in time");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn kill(mut child: Child) {
    child.kill().unwrap(); // SIGKILL on Unix: no destructor, no exit handler, no discard of the recovery copy
    child.wait().unwrap();
}

/// A new app on the same recovery folder, as at the next start: it offers the copy and the user restores it.
fn restart_and_restore(dir: &Path) -> Harness<'static, PlannerApp> {
    let mut h = harness(AppConfig { initial_file: None, ..config(dir) });
    assert!(h.query_by_label("Niet-opgeslagen werk gevonden").is_some(), "the recovery copy is offered");
    h.get_by_label("Terugzetten").click();
    settle(&mut h);
    assert!(h.state().is_dirty(), "restored work is not saved yet");
    assert_eq!(h.state().document.path.as_deref(), Some(dir.join("fixture.veerkracht").as_path()));
    h
}

/// The projects after 0, 1, …, `last` edits, made by the same app code in this process.
fn replayed(dir: &Path, last: usize) -> Vec<String> {
    let mut h = harness(AppConfig { recovery_dir: None, ..config(dir) });
    let mut states = vec![to_ron_string(&normalized(h.state().project().clone()))];
    for i in 1..=last {
        let command = step(h.state().project(), i);
        run_command(&mut h, command);
        states.push(to_ron_string(&normalized(h.state().project().clone())));
    }
    states
}

fn child_dir() -> Option<PathBuf> {
    std::env::var_os(CHILD_DIR).map(PathBuf::from)
}

#[test]
fn edit_kill_restart_restore_gives_the_identical_project() {
    if let Some(dir) = child_dir() {
        play_the_user(&dir);
    }
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let mut child = spawn_child("killed::edit_kill_restart_restore_gives_the_identical_project", dir.path());
    wait_until(&mut child, "the end of its edits", || dir.path().join("eind.ron").exists());
    kill(child);
    let edited = std::fs::read_to_string(dir.path().join("eind.ron")).unwrap();

    let h = restart_and_restore(dir.path());
    let restored = to_ron_string(&normalized(h.state().project().clone()));
    assert_eq!(restored, edited, "the restored project is the one the killed app had");
    // And it is what the same edits give here, so the child really made them all.
    assert_eq!(replayed(dir.path(), STEPS).last(), Some(&edited));
    assert_ne!(edited, replayed(dir.path(), 0)[0], "the edits changed the project");
}

#[test]
fn a_kill_in_the_middle_of_editing_leaves_a_usable_recovery_copy() {
    if let Some(dir) = child_dir() {
        play_the_user(&dir);
    }
    let root = tempfile::tempdir().unwrap();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d ^ u64::from(std::process::id());
    let mut noted_before_kill = Vec::new();
    for round in 0..3 {
        let dir = root.path().join(format!("ronde{round}"));
        std::fs::create_dir_all(&dir).unwrap();
        write_fixture(&dir);
        let mut child = spawn_child("killed::a_kill_in_the_middle_of_editing_leaves_a_usable_recovery_copy", &dir);
        // After the first autosave, at a random moment while it keeps editing and autosaving.
        wait_until(&mut child, "its first edit", || steps_done(&dir) >= 1);
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(seed % 400));
        kill(child);
        let noted = steps_done(&dir);
        noted_before_kill.push(noted);

        // The copy on disk is complete and valid (the autosave writes atomically) …
        assert!(find_recovery(&dir.join("herstel")).is_some(), "round {round}: no usable recovery copy");
        // … and restoring it gives the project after the last noted edit, or after the one the child was making.
        let h = restart_and_restore(&dir);
        let restored = to_ron_string(&normalized(h.state().project().clone()));
        let states = replayed(&dir, (noted + 1).min(STEPS));
        assert!(
            states[noted..].contains(&restored),
            "round {round}: the restored project is not the one after edit {noted} or the next"
        );
    }
    eprintln!("edits noted before each kill: {noted_before_kill:?}");
}
