//! CSV that opens right in Excel: UTF-8 with a byte order mark; Dutch with `;` between fields and a decimal comma,
//! English with `,` and a decimal point. Fields holding the separator, a quote or a line break are quoted.

use crate::text::Language;

/// One field: a number (printed with `decimals` decimals in the dialect's notation) or text.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Number(f64, usize),
    Text(String),
}

/// A table to write: a header row and data rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The separator and the decimal mark of `language`.
pub fn notation(language: Language) -> (char, char) {
    language.pick((';', ','), (',', '.'))
}

fn number(v: f64, decimals: usize, decimal_mark: char) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = format!("{v:.decimals$}");
    let s = if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') { s[1..].to_owned() } else { s };
    if decimal_mark == '.' { s } else { s.replace('.', &decimal_mark.to_string()) }
}

fn field(text: &str, separator: char) -> String {
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The file's bytes: BOM, header, rows, each line ended by CR LF.
pub fn write_csv(table: &CsvTable, language: Language) -> Vec<u8> {
    let (separator, decimal_mark) = notation(language);
    let sep = separator.to_string();
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = table.headers.iter().map(|h| field(h, separator)).collect();
    out.push_str(&header.join(&sep));
    out.push_str("\r\n");
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Number(v, d) => number(*v, *d, decimal_mark),
                Cell::Text(t) => field(t, separator),
            })
            .collect();
        out.push_str(&cells.join(&sep));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> CsvTable {
        CsvTable {
            headers: vec!["maand".into(), "Stress; thuis".into(), "naam".into()],
            rows: vec![
                vec![Cell::Number(0.0, 0), Cell::Number(1234.5, 2), Cell::Text("Plan \"A\"".into())],
                vec![Cell::Number(1.0, 0), Cell::Number(-0.000_000_1, 6), Cell::Text("B".into())],
            ],
        }
    }

    #[test]
    fn dutch_uses_semicolons_decimal_commas_and_a_bom() {
        let text = String::from_utf8(write_csv(&table(), Language::Nl)).expect("utf-8");
        assert_eq!(text, "\u{feff}maand;\"Stress; thuis\";naam\r\n0;1234,50;\"Plan \"\"A\"\"\"\r\n1;0,000000;B\r\n");
    }

    #[test]
    fn english_uses_commas_and_points() {
        let text = String::from_utf8(write_csv(&table(), Language::En)).expect("utf-8");
        assert_eq!(text, "\u{feff}maand,Stress; thuis,naam\r\n0,1234.50,\"Plan \"\"A\"\"\"\r\n1,0.000000,B\r\n");
    }
}
