//! What is under the pointer: variables first (topmost last drawn), then links.

use eframe::egui;

use super::geometry::SceneGeometry;
use egui::{Pos2, Rect};

/// Index (into `scene.nodes`) of the topmost variable box containing `pos`.
pub fn node_at(scene: &SceneGeometry, pos: Pos2) -> Option<usize> {
    scene.nodes.iter().rposition(|n| n.rect.contains(pos))
}

/// Distance from `p` to the segment `a`–`b`.
pub fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len2 = ab.length_sq();
    if len2 <= f32::EPSILON {
        return (p - a).length();
    }
    let t = ((p - a).dot(ab) / len2).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}

/// Index (into `scene.links`) of the link curve nearest to `pos` within `tolerance` points.
pub fn link_at(scene: &SceneGeometry, pos: Pos2, tolerance: f32) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, link) in scene.links.iter().enumerate() {
        for w in link.points.windows(2) {
            let d = distance_to_segment(pos, w[0], w[1]);
            if d <= tolerance && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((i, d));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Indices (into `scene.nodes`) of every box that intersects `rect`.
pub fn nodes_in_rect(scene: &SceneGeometry, rect: Rect) -> Vec<usize> {
    scene.nodes.iter().enumerate().filter(|(_, n)| n.rect.intersects(rect)).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_distance() {
        let a = Pos2::new(0.0, 0.0);
        let b = Pos2::new(10.0, 0.0);
        assert!((distance_to_segment(Pos2::new(5.0, 3.0), a, b) - 3.0).abs() < 1e-6);
        assert!((distance_to_segment(Pos2::new(-4.0, 3.0), a, b) - 5.0).abs() < 1e-6);
        assert!((distance_to_segment(Pos2::new(13.0, 4.0), a, b) - 5.0).abs() < 1e-6);
    }
}
