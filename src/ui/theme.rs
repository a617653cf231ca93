//! Every colour and size of the app. The kind colours follow the TNO report: individueel red, maatschappelijk
//! blue, organisatorisch grey.

use eframe::egui;

use crate::model::{Polarity, ResourceKind};
use egui::Color32;

/// Report red (individuele hulpbronnen).
pub const KIND_RED: Color32 = Color32::from_rgb(0xC0, 0x39, 0x2B);
/// Report blue (maatschappelijke hulpbronnen).
pub const KIND_BLUE: Color32 = Color32::from_rgb(0x24, 0x5F, 0xA8);
/// Report grey (organisatorische hulpbronnen).
pub const KIND_GREY: Color32 = Color32::from_rgb(0x5F, 0x67, 0x6D);

pub const CANVAS_BACKGROUND: Color32 = Color32::from_rgb(0xF7, 0xF6, 0xF2);
pub const CANVAS_GRID: Color32 = Color32::from_rgb(0xE6, 0xE4, 0xDE);
pub const NODE_TEXT: Color32 = Color32::WHITE;
pub const LINK: Color32 = Color32::from_rgb(0x45, 0x4B, 0x52);
pub const LINK_HOVER: Color32 = Color32::from_rgb(0x1F, 0x24, 0x2A);
pub const POSITIVE: Color32 = Color32::from_rgb(0x1B, 0x7A, 0x3A);
pub const NEGATIVE: Color32 = Color32::from_rgb(0xB4, 0x52, 0x09);
pub const SELECTION: Color32 = Color32::from_rgb(0xF2, 0xA9, 0x00);
pub const HOVER_OUTLINE: Color32 = Color32::from_rgb(0x20, 0x20, 0x20);
pub const RUBBER_BAND_FILL: Color32 = Color32::from_rgba_premultiplied(0x30, 0x60, 0xA0, 0x20);
pub const RUBBER_BAND_STROKE: Color32 = Color32::from_rgb(0x30, 0x60, 0xA0);
pub const LOOP_REINFORCING: Color32 = Color32::from_rgb(0x8E, 0x2C, 0x7F);
pub const LOOP_BALANCING: Color32 = Color32::from_rgb(0x1F, 0x7A, 0x6E);
/// The badge on a variable that plan interventions act on.
pub const INTERVENTION_BADGE: Color32 = Color32::from_rgb(0x1F, 0x7A, 0x6E);
pub const HANDLE: Color32 = Color32::from_rgb(0x30, 0x60, 0xA0);
/// Compare window: only in the other version (dashed where it is there).
pub const COMPARE_ADDED: Color32 = Color32::from_rgb(30, 150, 70);
/// Compare window: only in this version.
pub const COMPARE_REMOVED: Color32 = Color32::from_rgb(200, 40, 40);
/// Compare window: in both, changed.
pub const COMPARE_CHANGED: Color32 = Color32::from_rgb(230, 140, 0);
/// Compare window: the other version's positions.
pub const COMPARE_OTHER_POSITION: Color32 = Color32::from_rgb(90, 90, 200);
pub const ERROR_TEXT: Color32 = Color32::from_rgb(0xA0, 0x1C, 0x1C);
pub const DIRTY_MARKER: &str = "•";

/// Alpha factor for everything that is not part of a highlighted loop.
pub const DIM_FACTOR: f32 = 0.22;

/// Box width in canvas units and the inner padding.
pub const NODE_WIDTH: f32 = 150.0;
pub const NODE_PADDING: f32 = 8.0;
pub const NODE_MIN_HEIGHT: f32 = 38.0;
pub const NODE_ROUNDING: f32 = 9.0;
pub const NODE_FONT_SIZE: f32 = 14.0;

pub fn kind_colour(kind: ResourceKind) -> Color32 {
    match kind {
        ResourceKind::Individual => KIND_RED,
        ResourceKind::Societal => KIND_BLUE,
        ResourceKind::Organisational => KIND_GREY,
    }
}

pub fn polarity_colour(polarity: Polarity) -> Color32 {
    match polarity {
        Polarity::Positive => POSITIVE,
        Polarity::Negative => NEGATIVE,
    }
}

/// `colour` faded for dimmed items.
pub fn dimmed(colour: Color32, dim: bool) -> Color32 {
    if dim { colour.gamma_multiply(DIM_FACTOR) } else { colour }
}

/// The app's visuals: light, with slightly larger text for readability.
pub fn apply(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    // Arrows (→, ‖) are only in the monospace font; make it the last fallback of the proportional one.
    let mut fonts = egui::FontDefinitions::default();
    if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        family.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        for (text_style, size) in [
            (egui::TextStyle::Body, 15.0),
            (egui::TextStyle::Button, 15.0),
            (egui::TextStyle::Heading, 19.0),
            (egui::TextStyle::Small, 12.5),
            (egui::TextStyle::Monospace, 14.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
    });
}

/// The reference run in plots (no shocks, no plan): dark grey and dashed, so that it stands out on the grid lines.
pub const REFERENCE_RUN: Color32 = Color32::from_rgb(0x4A, 0x50, 0x56);

/// Colours for chart series (plots and stacked bars), in order: the Okabe–Ito palette, which stays distinguishable
/// with the common forms of colour blindness. Its black is kept for [`BUDGET_LINE`], so the budget differs from every
/// series; the yellow comes last (least contrast on white).
const SERIES: [Color32; 7] = [
    Color32::from_rgb(0x00, 0x72, 0xB2), // blue
    Color32::from_rgb(0xE6, 0x9F, 0x00), // orange
    Color32::from_rgb(0x00, 0x9E, 0x73), // bluish green
    Color32::from_rgb(0xD5, 0x5E, 0x00), // vermillion
    Color32::from_rgb(0xCC, 0x79, 0xA7), // reddish purple
    Color32::from_rgb(0x56, 0xB4, 0xE9), // sky blue
    Color32::from_rgb(0xF0, 0xE4, 0x42), // yellow
];

/// The budget line in the budget chart (Okabe–Ito black: unlike every series colour and the grey reference).
pub const BUDGET_LINE: Color32 = Color32::from_rgb(0x00, 0x00, 0x00);

/// The colour of chart series `k` (repeats after seven).
pub fn series_colour(k: usize) -> Color32 {
    SERIES[k % SERIES.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_reference_and_series_colours_all_differ() {
        let mut colours: Vec<Color32> = (0..SERIES.len()).map(series_colour).collect();
        colours.extend([BUDGET_LINE, REFERENCE_RUN]);
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                let distance: i32 = [(a.r(), b.r()), (a.g(), b.g()), (a.b(), b.b())]
                    .iter()
                    .map(|(x, y)| (i32::from(*x) - i32::from(*y)).abs())
                    .sum();
                // Orange and vermillion are the closest pair of the palette (82 apart); the budget black is far from all.
                assert!(distance > 75, "{a:?} and {b:?} are too alike");
            }
        }
        assert_eq!(series_colour(SERIES.len()), series_colour(0), "the palette repeats");
    }
}
