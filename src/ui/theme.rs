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
        ResourceKind::Individueel => KIND_RED,
        ResourceKind::Maatschappelijk => KIND_BLUE,
        ResourceKind::Organisatorisch => KIND_GREY,
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

/// The reference run in plots (no shocks, no plan).
pub const REFERENCE_RUN: Color32 = Color32::from_rgb(0x6B, 0x72, 0x78);

/// Distinguishable colours for chart series (plots and stacked bars), in order.
const SERIES: [Color32; 8] = [
    Color32::from_rgb(0x1f, 0x77, 0xb4),
    Color32::from_rgb(0xd6, 0x27, 0x28),
    Color32::from_rgb(0x2c, 0xa0, 0x2c),
    Color32::from_rgb(0x94, 0x67, 0xbd),
    Color32::from_rgb(0xff, 0x7f, 0x0e),
    Color32::from_rgb(0x8c, 0x56, 0x4b),
    Color32::from_rgb(0x17, 0xbe, 0xcf),
    Color32::from_rgb(0x7f, 0x7f, 0x7f),
];

/// The colour of chart series `k` (repeats after eight).
pub fn series_colour(k: usize) -> Color32 {
    SERIES[k % SERIES.len()]
}
