//! Frame time of the whole app (headless kittest harness): the default project and a generated
//! 500-variable / 1500-link project. Targets (release): ≤ 4 ms and ≤ 16 ms per frame. Also the app's share of
//! start-up: creating it and its first frame.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use veerkrachtplanner::app::{AppConfig, PlannerApp};
use veerkrachtplanner::model::{Link, LinkId, Polarity, Position, Project, ResourceKind, Variable, VariableId};

/// A deterministic large model: 500 variables on a grid, each with three links to nearby variables.
fn large_project() -> Project {
    let mut p = Project::default();
    let n = 500usize;
    for i in 0..n {
        let id = VariableId::new(format!("v{i}"));
        let kind = ResourceKind::ALL[i % 3];
        p.variables.push(Variable::new(id.clone(), format!("Variabele nummer {i}"), kind));
        p.layout.positions.insert(id, Position::new((i % 25) as f32 * 220.0, (i / 25) as f32 * 130.0));
    }
    for i in 0..n {
        for (k, step) in [1usize, 25, 26].into_iter().enumerate() {
            let j = (i + step) % n;
            let polarity = if (i + k) % 4 == 0 { Polarity::Negative } else { Polarity::Positive };
            p.links.push(Link::new(
                LinkId::new(format!("l{i}_{k}")),
                format!("v{i}").as_str().into(),
                format!("v{j}").as_str().into(),
                polarity,
            ));
        }
    }
    p
}

fn harness_with(project: Option<Project>) -> Harness<'static, PlannerApp> {
    let dir = tempfile::tempdir().expect("tempdir");
    let initial_file = project.map(|p| {
        let path = dir.path().join("bench.veerkracht");
        veerkrachtplanner::io::save_project_file(&p, &path).expect("save");
        path
    });
    let config = AppConfig { initial_file, ..AppConfig::default() };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_accessibility_check(false)
        .build_eframe(move |cc| PlannerApp::with_config(&cc.egui_ctx, config));
    h.run();
    h
}

/// One frame as the app runs it: the egui pass (layout, interaction, painting) plus tessellation into meshes.
fn frame(h: &mut Harness<'static, PlannerApp>) -> usize {
    h.step();
    let output = h.output();
    let (shapes, ppp) = (output.shapes.clone(), output.pixels_per_point);
    h.ctx.tessellate(shapes, ppp).len()
}

fn frames(c: &mut Criterion) {
    let mut default = harness_with(None);
    c.bench_function("frame_default_project", |b| b.iter(|| frame(&mut default)));
    // Editing a large model at 100 %: about 40 boxes with text in view, the rest culled.
    let mut large = harness_with(Some(large_project()));
    large.state_mut().view.transform.zoom = 1.0;
    large.state_mut().view.auto_fit = false;
    frame(&mut large);
    c.bench_function("frame_500_variables_zoom_100", |b| b.iter(|| frame(&mut large)));
    // The whole large model fitted into view: all 500 boxes and 1500 curves painted (labels hidden below 22 %).
    large.state_mut().view.fit_requested = true;
    frame(&mut large);
    c.bench_function("frame_500_variables_all_visible", |b| b.iter(|| frame(&mut large)));
}

/// Start-up as far as the app is concerned (no window system, no OpenGL): creating the app with the default project
/// and laying out its first frame. Part of the ≤ 0.4 s launch-to-first-window target (issue 16): the loop report,
/// the plan results and the return time are background jobs, so they are not in this time.
fn first_frame(c: &mut Criterion) {
    c.bench_function("first_frame_default_project", |b| {
        b.iter(|| {
            let mut h = Harness::builder()
                .with_size(egui::vec2(1600.0, 1000.0))
                .with_accessibility_check(false)
                .build_eframe(|cc| PlannerApp::with_config(&cc.egui_ctx, AppConfig::default()));
            frame(&mut h)
        });
    });
}

criterion_group!(benches, frames, first_frame);
criterion_main!(benches);
