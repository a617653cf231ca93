//! The fonts the report ships (assets/fonts, SIL Open Font License): Noto Sans in three styles for text, and Noto
//! Sans Math for the arrows and mathematical signs Noto Sans lacks. Measures text with the fonts' own advance widths,
//! picks the face per character (fallback) and wraps lines at spaces.

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};
use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf");
const MATH: &[u8] = include_bytes!("../../../assets/fonts/NotoSansMath-Regular.ttf");

/// The bytes of each face, in [`Face`] order.
pub const FACE_DATA: [&[u8]; 4] = [REGULAR, BOLD, ITALIC, MATH];

/// The style a run of text asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    Regular,
    Bold,
    Italic,
}

/// One of the shipped font files (an index into [`FACE_DATA`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Face(pub usize);

const MATH_FACE: Face = Face(3);

/// A character drawn with a face: its glyph and advance (in em).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub face: Face,
    pub glyph: u32,
    pub advance: f32,
}

/// The characters whose placement per style is worked out once, up front: Latin with its extensions, IPA, Greek,
/// Cyrillic. Others are looked up in the font tables each time.
const CACHED: usize = 0x0530;

/// One parsed face: its character map and advance widths, read once (reading them per character was most of the
/// time spent measuring text).
struct Parsed {
    font: FontRef<'static>,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

/// Parsed faces, for measuring and glyph lookup, with the placement of the common characters per style worked out
/// up front. Use [`Fonts::shared`]: the tables are built once per process.
pub struct Fonts {
    faces: Vec<Parsed>,
    /// `placed[style][c]` for `c < CACHED`: what [`Fonts::place`] answers.
    placed: [Vec<Option<Placed>>; 3],
}

impl Fonts {
    pub fn new() -> Self {
        // The faces are compiled in and known to parse (tested); an unparsable one would only lose its glyphs.
        let faces: Vec<Parsed> = FACE_DATA
            .iter()
            .filter_map(|d| FontRef::new(d).ok())
            .map(|font| Parsed {
                charmap: font.charmap(),
                metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
                units_per_em: f32::from(font.metrics(Size::unscaled(), LocationRef::default()).units_per_em).max(1.0),
                font,
            })
            .collect();
        let mut fonts = Self { faces, placed: [Vec::new(), Vec::new(), Vec::new()] };
        for (slot, style) in [Style::Regular, Style::Bold, Style::Italic].into_iter().enumerate() {
            let table = (0..CACHED as u32).map(|c| char::from_u32(c).and_then(|c| fonts.look_up(style, c))).collect();
            fonts.placed[slot] = table;
        }
        fonts
    }

    /// The fonts, parsed once per process.
    pub fn shared() -> &'static Self {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(Self::new)
    }

    /// The parsed font of `face` (for drawing its glyph outlines).
    pub fn face(&self, face: Face) -> Option<&FontRef<'static>> {
        self.faces.get(face.0).map(|f| &f.font)
    }

    fn primary(style: Style) -> Face {
        match style {
            Style::Regular => Face(0),
            Style::Bold => Face(1),
            Style::Italic => Face(2),
        }
    }

    fn lookup(&self, face: Face, c: char) -> Option<Placed> {
        let parsed = self.faces.get(face.0)?;
        let glyph = parsed.charmap.map(c)?;
        if glyph.to_u32() == 0 {
            return None;
        }
        let advance = parsed.metrics.advance_width(glyph).unwrap_or(0.0);
        Some(Placed { face, glyph: glyph.to_u32(), advance: advance / parsed.units_per_em })
    }

    fn look_up(&self, style: Style, c: char) -> Option<Placed> {
        self.lookup(Self::primary(style), c).or_else(|| self.lookup(MATH_FACE, c))
    }

    /// The face and glyph that draw `c` in `style`: the style's own face, else Noto Sans Math, else `None` (no
    /// shipped font has it).
    pub fn place(&self, style: Style, c: char) -> Option<Placed> {
        match self.placed[style as usize].get(c as usize) {
            Some(placed) => *placed,
            None => self.look_up(style, c),
        }
    }

    /// Whether some shipped face draws `c` (control characters and line breaks count as drawable: they are layout).
    pub fn covers(&self, c: char) -> bool {
        c.is_control() || self.place(Style::Regular, c).is_some()
    }

    /// The stand-in drawn for a character no shipped font has; it is reported to the user (see `coverage`).
    pub fn replacement(&self, style: Style) -> Option<Placed> {
        self.place(style, '?')
    }

    /// Width of `text` in points (a control character is drawn as a space).
    pub fn width(&self, style: Style, size: f32, text: &str) -> f32 {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .map(|c| self.place(style, c).or_else(|| self.replacement(style)).map_or(0.0, |p| p.advance))
            .sum::<f32>()
            * size
    }

    /// Breaks `text` into lines no wider than `width`, at spaces only. A single word wider than `width` stays whole
    /// on its own line (callers size columns so that this does not happen; see the table layout).
    pub fn wrap(&self, style: Style, size: f32, text: &str, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            let space = self.width(style, size, " ");
            for word in glued_words(paragraph) {
                let word = word.as_str();
                let w = self.width(style, size, word);
                if line.is_empty() {
                    line.push_str(word);
                    line_width = w;
                } else if line_width + space + w <= width {
                    line.push(' ');
                    line.push_str(word);
                    line_width += space + w;
                } else {
                    lines.push(std::mem::take(&mut line));
                    line.push_str(word);
                    line_width = w;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// The widest word of `text` (the narrowest a column holding it may be without breaking a word).
    pub fn widest_word(&self, style: Style, size: f32, text: &str) -> f32 {
        text.split('\n').flat_map(glued_words).map(|w| self.width(style, size, &w)).fold(0.0, f32::max)
    }
}

/// The words of a line, with an amount's "€" kept to its number and a "%" to the number before it ("€ 80.000",
/// "100 %" never break).
fn glued_words(line: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(last) if last == "€" || last == "−" || word == "%" => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
    }
    words
}

impl Default for Fonts {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_face_parses() {
        let fonts = Fonts::new();
        assert_eq!(fonts.faces.len(), FACE_DATA.len());
    }

    #[test]
    fn european_greek_cyrillic_arrows_and_math_are_covered() {
        let fonts = Fonts::new();
        for c in "ŁłŚśŻźĆćŘřŠšČčŐőİıŞşĞğÇçΩαβγΔЖжЯяЩщ€–—‘’“”•→←↔≥≤≠±×÷∞√∑≈°‖".chars()
        {
            assert!(fonts.covers(c), "{c} (U+{:04X}) is not covered", c as u32);
        }
        assert_eq!(fonts.place(Style::Regular, 'Ω').map(|p| p.face), Some(Face(0)));
        assert_eq!(fonts.place(Style::Bold, '→').map(|p| p.face), Some(MATH_FACE));
        assert!(!fonts.covers('\u{1F600}'), "no shipped font has emoji");
        assert!(!fonts.covers('漢'));
    }

    #[test]
    fn measures_and_wraps_at_spaces_only() {
        let fonts = Fonts::new();
        let w = fonts.width(Style::Regular, 10.0, "Veerkracht");
        assert!(w > 30.0 && w < 70.0, "{w}");
        assert!(fonts.width(Style::Bold, 10.0, "Veerkracht") > w);
        let lines = fonts.wrap(Style::Regular, 10.0, "Binnen budget voor Kansrijke Start", 60.0);
        assert!(lines.len() > 1);
        for line in &lines {
            for word in line.split(' ') {
                assert!("Binnen budget voor Kansrijke Start".split(' ').any(|w| w == word), "{word}");
            }
        }
        assert_eq!(fonts.wrap(Style::Regular, 10.0, "Planvarianten", 5.0), vec!["Planvarianten".to_owned()]);
        let lines = fonts.wrap(Style::Regular, 10.0, "kost € 80.000 bij 100 % bereik", 20.0);
        assert_eq!(lines, ["kost", "€ 80.000", "bij", "100 %", "bereik"]);
    }
}
