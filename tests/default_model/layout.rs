//! The default layout: every variable placed, no two boxes closer than the margin.

use crate::canonical::load_default;

/// Box size of the canvas and the SVG export, plus the gap the layout keeps between boxes.
const BOX_WIDTH: f32 = 160.0;
const BOX_HEIGHT: f32 = 56.0;
const GAP: f32 = 40.0;

#[test]
fn every_variable_has_a_position_and_no_stray_ones() {
    let p = load_default();
    for v in &p.variables {
        let pos = p.layout.positions.get(&v.id).unwrap_or_else(|| panic!("{} has no position", v.id));
        assert!(pos.x.is_finite() && pos.y.is_finite(), "{}", v.id);
    }
    assert_eq!(p.layout.positions.len(), p.variables.len());
}

#[test]
fn no_two_boxes_overlap() {
    let p = load_default();
    let placed: Vec<_> = p.layout.positions.iter().collect();
    for (i, (a_id, a)) in placed.iter().enumerate() {
        for (b_id, b) in &placed[i + 1..] {
            // Two boxes (grown by half the gap each) are apart when separated on either axis.
            let apart = (a.x - b.x).abs() >= BOX_WIDTH + GAP || (a.y - b.y).abs() >= BOX_HEIGHT + GAP;
            assert!(apart, "{a_id} at ({}, {}) and {b_id} at ({}, {}) are too close", a.x, a.y, b.x, b.y);
        }
    }
}
