//! The app on laptop screens (1366×768, the most common office laptop, and 1024×700, the minimum): the key controls
//! of every main view lie inside the window and apart, and the default model opens readable.

use super::*;
use egui::{Pos2, Rect, Vec2};
use veerkrachtplanner::ui::canvas::geometry::{MIN_LABEL_SIZE, READABLE_ZOOM, label_size};

pub const LAPTOP: Vec2 = Vec2::new(1366.0, 768.0);
pub const SMALLEST: Vec2 = Vec2::new(1024.0, 700.0);
pub const FULL_HD: Vec2 = Vec2::new(1920.0, 1080.0);

pub fn app_at(size: Vec2, file: Option<std::path::PathBuf>) -> Harness<'static, PlannerApp> {
    let config = AppConfig { initial_file: file, ..AppConfig::default() };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(12)
        .build_eframe(move |cc| PlannerApp::with_config(&cc.egui_ctx, config));
    harness.run();
    harness
}

pub fn example_file() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht")
}

/// The first widget labelled `label` (the central tab comes before the Plan page tab of the same name).
pub fn rect_of(harness: &Harness<'static, PlannerApp>, label: &str) -> Rect {
    harness.get_all_by_label(label).next().unwrap_or_else(|| panic!("no widget {label:?}")).rect()
}

/// Every labelled widget lies inside the window and no two overlap.
pub fn assert_inside_and_apart(harness: &Harness<'static, PlannerApp>, size: Vec2, labels: &[&str]) {
    let window = Rect::from_min_size(Pos2::ZERO, size);
    let rects: Vec<(&str, Rect)> = labels.iter().map(|l| (*l, rect_of(harness, l))).collect();
    for (label, r) in &rects {
        assert!(window.contains_rect(*r), "{label:?} at {r:?} is outside the {size:?} window");
    }
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            assert!(!ra.shrink(0.5).intersects(rb.shrink(0.5)), "{a:?} {ra:?} overlaps {b:?} {rb:?}");
        }
    }
}

const TAB_BAR: [&str; 8] = [
    "Model",
    "Simulatie",
    "Plan",
    "Passend maken",
    "Uitzoomen",
    "Inzoomen",
    "Variabelen en lussen tonen/verbergen",
    "Eigenschappen tonen/verbergen",
];

#[test]
fn the_default_model_opens_readable_on_a_laptop() {
    for size in [LAPTOP, SMALLEST, FULL_HD] {
        let harness = app_at(size, None);
        assert_inside_and_apart(&harness, size, &TAB_BAR);
        // The legend is open on a wide canvas and folded to its button on a narrow one.
        let legend_open = harness.query_by_label("aantal interventies in het plan").is_some();
        assert_eq!(legend_open, size == FULL_HD, "{size:?}: legend open {legend_open}");
        let app = harness.state();
        let zoom = app.view.transform.zoom;
        assert!(zoom >= READABLE_ZOOM * 0.999, "{size:?}: zoom {zoom} below the readable zoom");
        assert!(label_size(zoom) >= MIN_LABEL_SIZE - 1e-3, "{size:?}: labels of {} pt", label_size(zoom));
        let canvas = app.view.last_canvas_rect.expect("the canvas was drawn");
        let boxes: Vec<(String, Rect)> = app
            .project()
            .variables
            .iter()
            .filter_map(|v| {
                let node = harness.query_all_by_label(&v.name).find(|n| canvas.contains(n.rect().center()))?;
                Some((v.name.clone(), node.rect()))
            })
            .collect();
        assert!(boxes.len() >= 12, "{size:?}: only {} boxes in view", boxes.len());
        for (i, (a, ra)) in boxes.iter().enumerate() {
            for (b, rb) in &boxes[i + 1..] {
                assert!(!ra.intersects(*rb), "{size:?}: {a:?} {ra:?} overlaps {b:?} {rb:?}");
            }
        }
    }
}

#[test]
fn side_panels_fold_away_with_their_buttons_and_shortcuts() {
    let mut harness = app_at(SMALLEST, None);
    let before = harness.state().view.last_canvas_rect.unwrap();
    harness.get_by_label("Variabelen en lussen tonen/verbergen").click();
    harness.run();
    harness.get_by_label("Eigenschappen tonen/verbergen").click();
    harness.run();
    let app = harness.state();
    assert!(app.view.left_panel_hidden && app.view.inspector_hidden);
    let after = app.view.last_canvas_rect.unwrap();
    assert!(after.width() > before.width() + 350.0, "the canvas takes the room: {before:?} → {after:?}");
    assert_inside_and_apart(&harness, SMALLEST, &TAB_BAR);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::OpenBracket);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::CloseBracket);
    harness.run();
    assert!(!harness.state().view.left_panel_hidden && !harness.state().view.inspector_hidden);
}

#[test]
fn simulation_and_plan_pages_fit_a_laptop() {
    for size in [LAPTOP, SMALLEST] {
        let mut harness = app_at(size, Some(example_file()));
        harness.get_all_by_label("Simulatie").next().unwrap().click();
        harness.run();
        assert_inside_and_apart(&harness, size, &["Model", "Simulatie", "Plan"]);
        harness.get_all_by_label("Plan").next().unwrap().click();
        harness.run();
        for page in ["Interventies", "Begroting", "Kosteneffectiviteit", "Varianten vergelijken", "Plan"] {
            harness.get_all_by_label(page).last().unwrap().click();
            harness.run();
            let pages = ["Interventies", "Begroting", "Kosteneffectiviteit", "Varianten vergelijken", "Optimaliseren…"];
            assert_inside_and_apart(&harness, size, &pages);
            assert_inside_and_apart(&harness, size, &["Model", "Simulatie", "Plan"]);
        }
    }
}

#[test]
fn optimiser_results_fit_the_window_and_the_add_button_stays_in_reach() {
    for size in [LAPTOP, SMALLEST] {
        let mut harness = app_at(size, Some(example_file()));
        harness.get_all_by_label("Plan").next().unwrap().click();
        harness.run();
        harness.get_by_label("Optimaliseren…").click();
        harness.run();
        harness.get_by_label("Optimalisatie starten").click();
        let add = "Toevoegen als nieuwe planvariant";
        // The optimiser checks its best portfolios with full simulations (effects may interact): in a debug build on a
        // busy machine that takes tens of seconds, so wait on a generous deadline rather than a count of frames.
        let deadline = std::time::Instant::now() + std::time::Duration::from_mins(4);
        while std::time::Instant::now() < deadline {
            harness.run();
            if harness.query_by_label(add).is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        harness.run();
        assert!(harness.query_by_label(add).is_some(), "{size:?}: the optimisation finished");
        assert!(harness.query_by_label("Gekozen interventies").is_some(), "the chosen portfolio is a table");
        let not_chosen = harness.query_all_by_label_contains("Niet gekozen (").next();
        assert!(not_chosen.is_some(), "the rest is folded under a count");
        assert_inside_and_apart(&harness, size, &[add, "Optimalisatie starten", "Interventie", "Bereik"]);
        let before = harness.state().project().plans.len();
        harness.get_by_label(add).click();
        harness.run();
        let plans = &harness.state().project().plans;
        assert_eq!(plans.len(), before + 1);
        let note = &plans.last().unwrap().notes;
        assert!(note.starts_with("Voorgesteld door de optimalisatie"), "{note}");
        assert!(note.len() < 400 && !note.contains('\n'), "the note is a short summary: {note}");
    }
}

/// Every Plan page: the page tabs and the page's own key controls (variant buttons, search, table headings) lie
/// inside the window and apart; the budget table cuts long intervention names so that its amounts fit at 1024 px.
#[test]
fn each_plan_pages_key_controls_fit_a_laptop() {
    let tabs = ["Interventies", "Begroting", "Kosteneffectiviteit", "Varianten vergelijken", "Optimaliseren…"];
    let budget_title = "Begroting van Plan A – wijkgericht (2026–2029)";
    let cost = "Kosten per jaar (100 %)";
    let pages: [(&str, &[&str]); 5] = [
        (
            "Plan",
            &[
                "Planvariant:",
                "Nieuwe variant",
                "Variant kopiëren",
                "Variant verwijderen",
                "Naam:",
                cost,
                "Verwijderen",
            ],
        ),
        ("Interventies", &["Zoeken:", "Toevoegen aan plan"]),
        ("Begroting", &[budget_title, "Totaal", "Binnen budget in elk jaar."]),
        ("Kosteneffectiviteit", &["Kosteneffectiviteit per interventie", "Bijdrage", "Per € 1.000"]),
        ("Varianten vergelijken", &["Planvarianten vergelijken", "Totale kosten", "Effect per € 1.000"]),
    ];
    for size in [LAPTOP, SMALLEST] {
        let mut harness = app_at(size, Some(example_file()));
        harness.get_all_by_label("Plan").next().unwrap().click();
        harness.run();
        for (page, controls) in pages {
            harness.get_all_by_label(page).last().unwrap().click();
            harness.run();
            let mut labels: Vec<&str> = tabs.to_vec();
            labels.extend_from_slice(controls);
            assert_inside_and_apart(&harness, size, &labels);
        }
    }
}
