use super::*;
use crate::export::diagram::Shape;
use crate::export::document::{LineChart, Series};
use crate::export::svg::causal_diagram;
use crate::export::svg_route::{BOX_HALF_HEIGHT, BOX_HALF_WIDTH};
use tiny_skia::Pixmap;

fn example() -> crate::model::Project {
    crate::io::parse_project(include_str!("../../../projects/voorbeeld-gemeente.veerkracht")).expect("example parses")
}

fn rgb(pixmap: &Pixmap, x: f64, y: f64) -> (u8, u8, u8) {
    let p = pixmap.pixel(x as u32, y as u32).expect("pixel inside the picture");
    (p.red(), p.green(), p.blue())
}

fn close(a: (u8, u8, u8), b: palette::Rgb) -> bool {
    a.0.abs_diff(b.0) <= 3 && a.1.abs_diff(b.1) <= 3 && a.2.abs_diff(b.2) <= 3
}

#[test]
fn the_diagram_picture_has_the_asked_width_and_its_boxes_where_the_svg_has_them() {
    let scene = causal_diagram(&example());
    let width = scene.width.round() as u32;
    let picture = diagram_png(&scene, width).expect("png");
    let pixmap = Pixmap::decode_png(&picture.png).expect("decodes");
    assert_eq!((pixmap.width(), pixmap.height()), (width, picture.height_px));
    assert!(f64::from(picture.height_px) >= scene.height * 0.9, "{} for {}", picture.height_px, scene.height);
    assert!(close(rgb(&pixmap, 2.0, 2.0), palette::BACKGROUND));
    let scale = f64::from(width) / scene.width;
    let mut boxes = 0;
    for shape in &scene.shapes {
        if let Shape::Variable { kind, centre, .. } = shape {
            // Just inside the box's left edge, below its rounded corner: the kind's fill.
            let x = (centre.x - BOX_HALF_WIDTH + 5.0) * scale;
            let y = (centre.y - BOX_HALF_HEIGHT + 14.0) * scale;
            let fill = palette::kind_colors(*kind).fill;
            assert!(close(rgb(&pixmap, x, y), fill), "box fill at ({x}, {y}): {:?} not {fill:?}", rgb(&pixmap, x, y));
            // The name is drawn: some dark pixels in the box.
            let dark = (0..(2.0 * BOX_HALF_WIDTH * scale) as u32)
                .flat_map(|dx| (0..(2.0 * BOX_HALF_HEIGHT * scale) as u32).map(move |dy| (dx, dy)))
                .filter(|(dx, dy)| {
                    let (r, g, b) = rgb(
                        &pixmap,
                        (centre.x - BOX_HALF_WIDTH) * scale + f64::from(*dx),
                        (centre.y - BOX_HALF_HEIGHT) * scale + f64::from(*dy),
                    );
                    u16::from(r) + u16::from(g) + u16::from(b) < 200
                })
                .count();
            assert!(dark > 20, "the name of a box is not drawn ({dark} dark pixels)");
            boxes += 1;
        }
    }
    assert!(boxes > 5);
    assert_eq!(picture, diagram_png(&scene, width).expect("png"), "deterministic");
}

#[test]
fn the_diagram_picture_scales_to_any_width_and_refuses_absurd_ones() {
    let scene = causal_diagram(&example());
    let small = diagram_png(&scene, 400).expect("png");
    let large = diagram_png(&scene, 2400).expect("png");
    let ratio = f64::from(large.height_px) / f64::from(small.height_px);
    assert!((ratio - 6.0).abs() < 0.1, "{ratio}");
    assert!(matches!(diagram_png(&scene, 10), Err(ExportError::Render { format: "PNG", .. })));
    assert!(diagram_png(&scene, MAX_WIDTH + 1).is_err());
}

#[test]
fn a_chart_becomes_a_picture_with_its_lines() {
    let fonts = Fonts::new();
    let red = Rgb(200, 30, 30);
    let chart = LineChart {
        title: "Welbevinden".into(),
        x_label: "maand".into(),
        y_label: "index".into(),
        x: (0..=60).map(f64::from).collect(),
        series: vec![Series { name: "Plan A".into(), color: red, values: (0..=60).map(f64::from).collect() }],
        band: None,
    };
    let (picture, w, h) =
        figure_png(&fonts, &Block::LineChart(chart), crate::text::Language::Nl).expect("a figure").expect("png");
    assert!((w - CONTENT_WIDTH).abs() < 1e-3 && h > 100.0);
    let pixmap = Pixmap::decode_png(&picture.png).expect("decodes");
    assert_eq!(pixmap.width(), (w * FIGURE_SCALE).round() as u32);
    let reds = pixmap.pixels().iter().filter(|p| p.red() > 150 && p.green() < 80 && p.blue() < 80).count();
    assert!(reds > 100, "{reds} red pixels");
    assert!(figure_png(&fonts, &Block::Paragraph("tekst".into()), crate::text::Language::Nl).is_none());
}

/// A long dashed line painted at `scale` pixels per point, as pixels.
fn dashed_line(scale: f32, dash: Vec<f32>) -> Vec<u8> {
    use crate::export::pdf::canvas::{Draw, Segment};
    let fonts = Fonts::shared();
    let mut painter =
        paint::Painter::new(fonts, (400, 20), WHITE, Transform::from_scale(scale, scale)).expect("pixmap");
    let mut page = Page::default();
    let path = vec![Segment::Move(0.0, 5.0 / scale), Segment::Line(400.0 / scale, 5.0 / scale)];
    page.push(Role::Layout, Draw::Stroke { path, width: 3.0 / scale, color: Rgb(0, 0, 0), dash });
    painter.page(&page);
    painter.pixels().to_vec()
}

#[test]
fn dashes_finer_than_two_pixels_are_painted_solid_and_coarser_ones_as_dashes() {
    // A pattern of 7 + 5 points: 1.2 pixels at 0.1 pixel per point, 12 pixels at 1.
    assert!(paint::stroke_dash(&[7.0, 5.0], 0.1).is_none());
    assert!(paint::stroke_dash(&[7.0, 5.0], 1.0).is_some());
    assert!(paint::stroke_dash(&[], 1.0).is_none());
    // The painter uses it: at 1 pixel per point the dashes show.
    assert_ne!(dashed_line(1.0, vec![7.0, 5.0]), dashed_line(1.0, Vec::new()));
}

#[test]
fn a_picture_too_narrow_to_read_the_names_says_which_width_would_do() {
    let scene = causal_diagram(&example());
    let width = scene.width;
    assert_eq!(diagram_readability(&scene, DEFAULT_WIDTH), Ok(()), "the example at full HD: {width} units");
    assert_eq!(diagram_readability(&scene, (width * READABLE_SCALE).ceil() as u32), Ok(()));
    assert_eq!(diagram_readability(&scene, MIN_WIDTH), Err(Some(width.ceil() as u32)));
    // A diagram wider than any picture may be: only the SVG will do.
    let huge = Scene { width: 100_000.0, height: 50_000.0, shapes: Vec::new() };
    assert_eq!(diagram_readability(&huge, DEFAULT_WIDTH), Err(None));
    let words = crate::text::picture_words::diagram_text_unreadable(200, Some(1500));
    assert!(words.contains("--width 1500") && words.contains("export-svg"), "{words}");
}
