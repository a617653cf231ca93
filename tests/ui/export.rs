//! Exports from the app: the plan (PDF, Word), the causal diagram (SVG, PNG), runs (CSV), the model (XMILE), and a
//! failing export in the status bar.

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
    assert!(bytes.starts_with(b"%PDF-1.7") && bytes.trim_ascii_end().ends_with(b"%%EOF"));

    let svg = dir.path().join("diagram.svg");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::DiagramSvg, svg.clone()));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Alpha"));

    let png = dir.path().join("diagram.png");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::DiagramPng, png.clone()));
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG picture");
    assert_eq!(u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]), 1920, "the slide width");
    assert!(!h.state().is_dirty(), "exporting does not change the project");
}

#[test]
fn word_csv_and_xmile_export_from_the_file_menu_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    let docx = dir.path().join("plan.docx");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::PlanDocx, docx.clone()));
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK\x03\x04"), "a ZIP package");
    let csv = dir.path().join("runs.csv");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::RunsCsv, csv.clone()));
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}run;maand;"), "{}", &text[..40.min(text.len())]);
    let xmile = dir.path().join("model.xmile");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::ModelXmile, xmile.clone()));
    assert!(std::fs::read_to_string(&xmile).unwrap().contains("<xmile"));
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
    assert!(h.query_by_label("Plan exporteren als Word-document…").is_some());
    assert!(h.query_by_label("Simulatie exporteren als CSV (Excel)…").is_some());
    assert!(h.query_by_label("Model exporteren als XMILE…").is_some());
}

#[test]
fn in_english_the_plan_and_the_diagram_export_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with_fixture(dir.path());
    run_command(&mut h, AppCommand::SetLanguage(veerkrachtplanner::text::Language::En));
    let pdf = dir.path().join("plan.pdf");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::PlanPdf, pdf.clone()));
    assert!(!h.state().status.is_error, "{}", h.state().status.text);
    assert!(std::fs::read(&pdf).unwrap().windows(9).any(|w| w == b"/Lang(en)"), "an English report");
    let svg = dir.path().join("diagram.svg");
    run_command(&mut h, AppCommand::ExportTo(ExportKind::DiagramSvg, svg.clone()));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains(">Individual<") && text.contains("reinforcing link"), "an English legend");
    assert!(!text.contains(">Individueel<"));
}
