//! Colours of the causal diagram, shared by the SVG export and (mirrored) by the GUI theme.
//!
//! The report colours its three kinds of resources red, blue and grey (TNO 2023, r. 936-939). Boxes get a soft fill
//! with a strong border of the same hue, so that dark text stays readable on every kind.

use crate::model::ResourceKind;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, lowercase.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Fill and border of a variable's box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindColors {
    pub fill: Rgb,
    pub border: Rgb,
}

/// Individueel: red.
pub const INDIVIDUEEL: KindColors = KindColors { fill: Rgb(0xfd, 0xe4, 0xe1), border: Rgb(0xc0, 0x39, 0x2b) };
/// Maatschappelijk: blue.
pub const MAATSCHAPPELIJK: KindColors = KindColors { fill: Rgb(0xdd, 0xeb, 0xfa), border: Rgb(0x1f, 0x5f, 0xa8) };
/// Organisatorisch: grey.
pub const ORGANISATORISCH: KindColors = KindColors { fill: Rgb(0xea, 0xea, 0xea), border: Rgb(0x5f, 0x63, 0x68) };

/// Text on boxes, titles and labels.
pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
/// Link curves and arrowheads.
pub const LINK: Rgb = Rgb(0x3a, 0x44, 0x50);
/// The + sign at a positive link's head.
pub const SIGN_POSITIVE: Rgb = Rgb(0x1b, 0x5e, 0x20);
/// The − sign at a negative link's head.
pub const SIGN_NEGATIVE: Rgb = Rgb(0xb7, 0x1c, 0x1c);
/// Background of the diagram.
pub const BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);

pub fn kind_colors(kind: ResourceKind) -> KindColors {
    match kind {
        ResourceKind::Individual => INDIVIDUEEL,
        ResourceKind::Societal => MAATSCHAPPELIJK,
        ResourceKind::Organisational => ORGANISATORISCH,
    }
}

/// The kind's Dutch label as the legend shows it.
pub fn kind_label(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Individual => "Individueel",
        ResourceKind::Societal => "Maatschappelijk",
        ResourceKind::Organisational => "Organisatorisch",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Relative luminance (WCAG 2.1).
    fn luminance(c: Rgb) -> f64 {
        let channel = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.040_45 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_is_readable_on_every_fill() {
        for kind in ResourceKind::ALL {
            // WCAG AAA for normal text is 7:1.
            assert!(contrast(TEXT, kind_colors(kind).fill) >= 7.0, "{kind:?}");
        }
    }

    #[test]
    fn borders_stand_out_from_the_background() {
        for kind in ResourceKind::ALL {
            // WCAG non-text contrast is 3:1.
            assert!(contrast(kind_colors(kind).border, BACKGROUND) >= 3.0, "{kind:?}");
        }
    }

    #[test]
    fn hex_is_lowercase_and_padded() {
        assert_eq!(Rgb(0, 0x0a, 0xff).hex(), "#000aff");
    }
}
