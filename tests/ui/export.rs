//! Exports from the app: the printable plan (PDF) and the causal diagram (SVG), and a failing export in the status bar.

use super::*;
use veerkrachtplanner::app::ExportKind;

#[test]
fn the_plan_and_the_diagram_export_from_the_file_menu_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let pdf = dir.path().join("plan.pdf");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::PlanPdf, pdf.clone()));
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    assert!(h.state().status.text.contains("Geëxporteerd"));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.4") && bytes.ends_with(b"%%EOF\n"));

    let svg = dir.path().join("diagram.svg");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::DiagramSvg, svg.clone()));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Alpha"));
    assert!(!h.state().is_dirty(), "exporting does not change the project");
}

#[test]
fn an_export_that_cannot_be_written_says_so_in_the_status_bar() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let missing = dir.path().join("bestaat-niet").join("plan.pdf");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::PlanPdf, missing.clone()));
    assert!(h.state().status.is_error);
    assert!(h.state().status.text.starts_with("Exporteren mislukt"), "{}", h.state().status.text);
    assert!(!missing.exists());
}

#[test]
fn the_file_menu_offers_both_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    h.get_by_label("Bestand").click();
    h.run();
    assert!(h.query_by_label("Plan exporteren als PDF…").is_some());
    assert!(h.query_by_label("Diagram exporteren als SVG…").is_some());
}
