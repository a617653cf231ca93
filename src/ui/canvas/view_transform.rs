//! Pan and zoom: the mapping between canvas units (saved positions) and screen points.

use eframe::egui;

use egui::{Pos2, Rect, Vec2};

pub const MIN_ZOOM: f32 = 0.1;
pub const MAX_ZOOM: f32 = 4.0;

/// `screen = canvas_rect.min + pan + canvas * zoom`. `pan` is in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewTransform {
    pub pan: Vec2,
    pub zoom: f32,
    /// The top-left of the canvas widget on screen, updated every frame.
    pub origin: Pos2,
}

impl Default for ViewTransform {
    fn default() -> Self {
        Self { pan: Vec2::new(400.0, 300.0), zoom: 1.0, origin: Pos2::ZERO }
    }
}

impl ViewTransform {
    pub fn screen_from_canvas(&self, canvas: Pos2) -> Pos2 {
        self.origin + self.pan + canvas.to_vec2() * self.zoom
    }

    pub fn canvas_from_screen(&self, screen: Pos2) -> Pos2 {
        ((screen - self.origin - self.pan) / self.zoom).to_pos2()
    }

    /// Multiplies the zoom by `factor`, keeping the canvas point under `screen_anchor` where it is.
    pub fn zoom_around(&mut self, screen_anchor: Pos2, factor: f32) {
        let anchor_canvas = self.canvas_from_screen(screen_anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        self.pan = screen_anchor - self.origin - anchor_canvas.to_vec2() * self.zoom;
    }

    /// Pans and zooms so that `canvas_bounds` fills `screen_rect` with a margin (zoom at most 1.5), but never below
    /// `min_zoom`: a model too large to be readable in the window is centred and extends beyond it.
    pub fn fit(&mut self, canvas_bounds: Rect, screen_rect: Rect, min_zoom: f32) {
        self.origin = screen_rect.min;
        let margin = 40.0;
        let avail = (screen_rect.size() - Vec2::splat(2.0 * margin)).max(Vec2::splat(10.0));
        let size = canvas_bounds.size().max(Vec2::splat(1.0));
        self.zoom = (avail.x / size.x).min(avail.y / size.y).clamp(MIN_ZOOM, 1.5).max(min_zoom.min(1.5));
        let centre_screen = screen_rect.center();
        self.pan = centre_screen - self.origin - canvas_bounds.center().to_vec2() * self.zoom;
    }

    /// Centres the canvas point `canvas` in `screen_rect` without changing the zoom.
    pub fn centre_on(&mut self, canvas: Pos2, screen_rect: Rect) {
        self.origin = screen_rect.min;
        self.pan = screen_rect.center() - self.origin - canvas.to_vec2() * self.zoom;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_zoom_anchor() {
        let mut t = ViewTransform { pan: Vec2::new(10.0, -5.0), zoom: 1.7, origin: Pos2::new(100.0, 50.0) };
        let p = Pos2::new(33.0, -12.0);
        let back = t.canvas_from_screen(t.screen_from_canvas(p));
        assert!((back - p).length() < 1e-4);
        let anchor = Pos2::new(420.0, 310.0);
        let before = t.canvas_from_screen(anchor);
        t.zoom_around(anchor, 1.25);
        assert!((t.canvas_from_screen(anchor) - before).length() < 1e-3);
        assert!((t.zoom - 2.125).abs() < 1e-5);
    }

    #[test]
    fn fit_puts_bounds_inside_rect() {
        let mut t = ViewTransform::default();
        let bounds = Rect::from_min_max(Pos2::new(-500.0, -200.0), Pos2::new(900.0, 700.0));
        let screen = Rect::from_min_size(Pos2::new(200.0, 30.0), Vec2::new(800.0, 600.0));
        t.fit(bounds, screen, MIN_ZOOM);
        assert!(screen.contains(t.screen_from_canvas(bounds.min)));
        assert!(screen.contains(t.screen_from_canvas(bounds.max)));
        let c = t.screen_from_canvas(bounds.center());
        assert!((c - screen.center()).length() < 1e-3);
        // A minimum zoom wins over fitting: the model is centred and extends beyond the rectangle.
        t.fit(bounds, screen, 0.6);
        assert!((t.zoom - 0.6).abs() < 1e-6);
        assert!((t.screen_from_canvas(bounds.center()) - screen.center()).length() < 1e-3);
    }
}
