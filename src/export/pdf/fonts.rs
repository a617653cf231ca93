//! The PDF base-14 Helvetica family with WinAnsiEncoding: text encoding and advance widths (1/1000 em), so text can
//! be measured and wrapped without embedding a font. Widths are the standard Adobe metrics of Helvetica.

/// Which of the three fonts a run of text uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    Italic,
}

impl Font {
    /// The resource name used in content streams.
    pub fn resource(self) -> &'static str {
        match self {
            Self::Regular => "/F1",
            Self::Bold => "/F2",
            Self::Italic => "/F3",
        }
    }
}

/// Helvetica advance widths for ASCII 32..=126.
const REGULAR_ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
    278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A-M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N-Z
    278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a-m
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n-z
    334, 260, 334, 584, // { | } ~
];

/// Helvetica-Bold advance widths for ASCII 32..=126.
const BOLD_ASCII: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0-9
    333, 333, 584, 584, 584, 611, 975, // : ; < = > ? @
    722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, // A-M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N-Z
    333, 278, 333, 584, 556, 333, // [ \ ] ^ _ `
    556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, // a-m
    611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, // n-z
    389, 280, 389, 584, // { | } ~
];

/// Maps a char to its WinAnsi (cp1252) byte. Characters outside cp1252 get a close ASCII stand-in.
pub fn encode_char(c: char, out: &mut Vec<u8>) {
    let code = c as u32;
    match c {
        ' '..='~' => out.push(code as u8),
        '\u{a0}'..='\u{ff}' => out.push(code as u8),
        '€' => out.push(0x80),
        '‚' => out.push(0x82),
        '„' => out.push(0x84),
        '…' => out.push(0x85),
        '‘' => out.push(0x91),
        '’' => out.push(0x92),
        '“' => out.push(0x93),
        '”' => out.push(0x94),
        '•' => out.push(0x95),
        '–' => out.push(0x96),
        '—' => out.push(0x97),
        '−' => out.push(b'-'),
        '→' => out.extend_from_slice(b"->"),
        '←' => out.extend_from_slice(b"<-"),
        '≤' => out.extend_from_slice(b"<="),
        '≥' => out.extend_from_slice(b">="),
        '‖' => out.push(b'|'),
        '\t' => out.push(b' '),
        _ => out.push(b'?'),
    }
}

/// The cp1252 bytes of `text`.
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        encode_char(c, &mut out);
    }
    out
}

/// Base letter for accented Latin-1 letters (their widths equal the base letter's in Helvetica).
fn base_letter(byte: u8) -> u8 {
    match byte {
        0xc0..=0xc5 => b'A',
        0xc7 => b'C',
        0xc8..=0xcb => b'E',
        0xcc..=0xcf => b'I',
        0xd1 => b'N',
        0xd2..=0xd6 | 0xd8 => b'O',
        0xd9..=0xdc => b'U',
        0xdd => b'Y',
        0xe0..=0xe5 => b'a',
        0xe7 => b'c',
        0xe8..=0xeb => b'e',
        0xec..=0xef => b'i',
        0xf1 => b'n',
        0xf2..=0xf6 | 0xf8 => b'o',
        0xf9..=0xfc => b'u',
        0xfd | 0xff => b'y',
        _ => b'o',
    }
}

fn byte_width(font: Font, byte: u8) -> u16 {
    let table = match font {
        Font::Bold => &BOLD_ASCII,
        Font::Regular | Font::Italic => &REGULAR_ASCII,
    };
    match byte {
        32..=126 => table[usize::from(byte - 32)],
        0x80 | 0x96 => 556,
        0x85 | 0x97 => 1000,
        0x82 | 0x91 | 0x92 => 222,
        0x84 | 0x93 | 0x94 => 333,
        0x95 => 350,
        0xd7 => 584,
        0xa0 => 278,
        0xc0..=0xff => table[usize::from(base_letter(byte) - 32)],
        _ => 556,
    }
}

/// Width of `text` in points at `size`.
pub fn text_width(font: Font, size: f32, text: &str) -> f32 {
    let units: u32 = encode(text).iter().map(|&b| u32::from(byte_width(font, b))).sum();
    units as f32 * size / 1000.0
}

/// Greedy word wrap of `text` into lines no wider than `max_width` points. Words longer than a line are split.
pub fn wrap(font: Font, size: f32, text: &str, max_width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if text_width(font, size, &candidate) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A single word wider than the line: split it by characters.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if text_width(font, size, &piece) > max_width && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_dutch_text_in_cp1252() {
        assert_eq!(encode("één €"), vec![0xe9, 0xe9, b'n', b' ', 0x80]);
        assert_eq!(encode("a → b"), b"a -> b".to_vec());
        assert_eq!(encode("−5"), b"-5".to_vec());
    }

    #[test]
    fn widths_match_helvetica_metrics() {
        // "Hello" in Helvetica: H 722 + e 556 + l 222 + l 222 + o 556 = 2278 units.
        assert!((text_width(Font::Regular, 10.0, "Hello") - 22.78).abs() < 1e-3);
        assert!(text_width(Font::Bold, 10.0, "Hello") > text_width(Font::Regular, 10.0, "Hello"));
        assert_eq!(text_width(Font::Regular, 10.0, "é"), text_width(Font::Regular, 10.0, "e"));
    }

    #[test]
    fn wraps_within_the_width() {
        let text = "Meer stress leidt tot minder welbevinden en dat weer tot minder bestaanszekerheid";
        let lines = wrap(Font::Regular, 10.0, text, 120.0);
        assert!(lines.len() > 2);
        for line in &lines {
            assert!(text_width(Font::Regular, 10.0, line) <= 120.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
        let long = wrap(Font::Regular, 10.0, &"x".repeat(100), 50.0);
        assert!(long.len() > 1);
    }
}
