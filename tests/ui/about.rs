//! Help → Over Veerkrachtplanner: the version `--version` prints, the licence and the sources; the window icon.

use crate::harness;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::app::AppConfig;
use veerkrachtplanner::ui::panels::dialogs::Dialog;

#[test]
fn the_help_menu_opens_about_with_version_licence_and_sources() {
    let mut h = harness(AppConfig::default());
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Over Veerkrachtplanner").click();
    h.run();
    assert_eq!(h.state().dialog, Some(Dialog::About));
    h.get_by_label(&format!("Versie {}", veerkrachtplanner::VERSION));
    h.get_by_label_contains("EUPL-1.2");
    for source in ["TNO 2023 R10055", "Trimbos", "Herstelopgave 2", "Perspectieven op veerkracht"] {
        h.get_by_label_contains(source);
    }
    h.get_by_label("Sluiten").click();
    h.run();
    assert_eq!(h.state().dialog, None);
}

#[test]
fn the_window_icon_is_the_256_pixel_app_icon() {
    let icon = veerkrachtplanner::app::window_icon().expect("the embedded PNG decodes");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Not an empty picture: the corners are transparent, the middle is drawn.
    let alpha = |x: usize, y: usize| icon.rgba[(y * 256 + x) * 4 + 3];
    assert_eq!(alpha(0, 0), 0);
    assert_eq!(alpha(128, 128), 255);
}

#[test]
fn about_never_covers_a_question_that_waits_for_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.veerkracht");
    std::fs::write(&broken, "dit is geen project").unwrap();
    let mut h = harness(AppConfig::default());
    crate::run_command(&mut h, veerkrachtplanner::app::AppCommand::OpenPath(broken));
    assert!(matches!(h.state().dialog, Some(Dialog::LoadProblems { .. })));
    crate::run_command(&mut h, veerkrachtplanner::app::AppCommand::ShowAbout);
    assert!(matches!(h.state().dialog, Some(Dialog::LoadProblems { .. })), "the load problems stay on screen");
    // CloseAbout only closes About.
    crate::run_command(&mut h, veerkrachtplanner::app::AppCommand::CloseAbout);
    assert!(matches!(h.state().dialog, Some(Dialog::LoadProblems { .. })));
}
