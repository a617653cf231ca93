//! Plan → Varianten vergelijken, "Onder onzekerheid": the comparison runs off the UI thread and shows the sentence.

use super::example;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::plan::{PlanTab, PlanView};

#[test]
fn a_against_b_under_uncertainty_gives_the_sentence_and_the_assumptions() {
    let project = example();
    let mut view = PlanView::new();
    view.tab = PlanTab::Compare;
    let mut fonts_set = false;
    let mut harness = Harness::builder().with_size(egui::vec2(1300.0, 2600.0)).build_ui(|ui| {
        // The app's fonts (the tornado's labels have arrows).
        if !fonts_set {
            veerkrachtplanner::ui::theme::apply(ui.ctx());
            fonts_set = true;
        }
        let _edits = view.plan_ui(ui, &project, 1, Language::Nl);
    });
    harness.run();
    harness.get_by_label("Onder onzekerheid");
    harness.get_by_label("Doorrekenen").click();
    let started = std::time::Instant::now();
    while harness.query_all_by_label_contains("doorrekeningen doet").next().is_none() {
        assert!(started.elapsed().as_secs() < 120, "the computation ends");
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    harness.run();
    harness.get_by_label_contains("van de 100 doorrekeningen doet Plan B – hulp dichtbij het beter dan Plan A");
    assert!(harness.query_all_by_label_contains("De aannames die het meest uitmaken").next().is_some());
    assert!(harness.query_all_by_label_contains("Verschil (B − A)").next().is_some());
}
