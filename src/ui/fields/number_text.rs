//! Numbers as typed into a field: Dutch (`1,5`, `1.500`) or English (`1.5`, `1,500`), and the text shown for a value.

use crate::text::Language;

/// Why a typed number is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberProblem {
    Empty,
    NotANumber,
}

/// Parses a number as a user types it. The decimal separator is the comma in Dutch and the point in English; the
/// other one may group thousands (`1.500,25`). A lone separator followed by other than three digits is read as a
/// decimal separator in either language (`1.5` is one and a half); spaces are ignored; `−` is a minus.
pub fn parse_number(text: &str, language: Language) -> Result<f64, NumberProblem> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).map(|c| if c == '−' { '-' } else { c }).collect();
    if cleaned.is_empty() {
        return Err(NumberProblem::Empty);
    }
    let (decimal, group) = match language {
        Language::Nl => (',', '.'),
        Language::En => ('.', ','),
    };
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return Err(NumberProblem::NotANumber);
    }
    let (whole, fraction) = split_decimal(digits, decimal, group)?;
    let whole = ungroup(whole, group)?;
    if whole.is_empty() && fraction.is_empty() {
        return Err(NumberProblem::NotANumber);
    }
    let plain =
        format!("{}.{}", if whole.is_empty() { "0" } else { &whole }, if fraction.is_empty() { "0" } else { fraction });
    plain.parse::<f64>().map(|v| sign * v).map_err(|_| NumberProblem::NotANumber)
}

/// Splits at the decimal separator. Without one, a single group separator not followed by exactly three digits is
/// taken as the decimal separator (`1.5` in Dutch).
fn split_decimal(digits: &str, decimal: char, group: char) -> Result<(&str, &str), NumberProblem> {
    match digits.matches(decimal).count() {
        0 => {
            if digits.matches(group).count() == 1
                && let Some((whole, after)) = digits.split_once(group)
                && after.len() != 3
            {
                return Ok((whole, after));
            }
            Ok((digits, ""))
        }
        1 => {
            let (whole, fraction) = digits.split_once(decimal).unwrap_or((digits, ""));
            if fraction.contains(group) { Err(NumberProblem::NotANumber) } else { Ok((whole, fraction)) }
        }
        _ => Err(NumberProblem::NotANumber),
    }
}

/// Removes thousands separators, which must separate groups of three digits (`12.500`).
fn ungroup(whole: &str, group: char) -> Result<String, NumberProblem> {
    let mut parts = whole.split(group);
    let first = parts.next().unwrap_or_default();
    let mut out = first.to_owned();
    for part in parts {
        if part.len() != 3 || first.is_empty() {
            return Err(NumberProblem::NotANumber);
        }
        out.push_str(part);
    }
    Ok(out)
}

/// The text a field shows for `value`: at most `decimals` decimals, no trailing zeros, no thousands separators
/// (`2,5`; `900000`), the decimal separator of `language`.
pub fn format_for_edit(value: f64, decimals: usize, language: Language) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if text == "-0" {
        "0".clone_into(&mut text);
    }
    let text = text.replace('-', "−");
    match language {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

/// Like [`format_for_edit`], with the thousands of the whole part separated (`900.000`; `900,000` in English).
pub fn format_grouped_for_edit(value: f64, decimals: usize, language: Language) -> String {
    let text = format_for_edit(value, decimals, language);
    let (group, decimal) = match language {
        Language::Nl => ('.', ','),
        Language::En => (',', '.'),
    };
    let (sign, rest) = text.strip_prefix('−').map_or(("", text.as_str()), |r| ("−", r));
    let (whole, fraction) = rest.split_once(decimal).map_or((rest, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}{decimal}{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers() {
        let nl = |t| parse_number(t, Language::Nl);
        assert_eq!(nl("1,5"), Ok(1.5));
        assert_eq!(nl("1.5"), Ok(1.5), "a lone point with other than three digits is a decimal point");
        assert_eq!(nl("1.500"), Ok(1500.0));
        assert_eq!(nl("€ 1.234.567,25".trim_start_matches('€')), Ok(1_234_567.25));
        assert_eq!(nl(" −3 "), Ok(-3.0));
        assert_eq!(nl("2,"), Ok(2.0));
        assert_eq!(nl(",5"), Ok(0.5));
        assert_eq!(nl("1,5e"), Err(NumberProblem::NotANumber));
        assert_eq!(nl("1,5,2"), Err(NumberProblem::NotANumber));
        assert_eq!(nl("12.50.0"), Err(NumberProblem::NotANumber));
        assert_eq!(nl("-"), Err(NumberProblem::NotANumber));
        assert_eq!(nl(""), Err(NumberProblem::Empty));
        assert_eq!(nl("inf"), Err(NumberProblem::NotANumber));
    }

    #[test]
    fn english_numbers() {
        let en = |t| parse_number(t, Language::En);
        assert_eq!(en("1.5"), Ok(1.5));
        assert_eq!(en("1,500.25"), Ok(1500.25));
        assert_eq!(en("1,5"), Ok(1.5));
        assert_eq!(en("1.5.5"), Err(NumberProblem::NotANumber));
    }

    #[test]
    fn formatting_round_trips() {
        for v in [0.0, 2.5, 0.1, 900_000.0, -3.25, 12.0] {
            for language in [Language::Nl, Language::En] {
                let text = format_for_edit(v, 4, language);
                assert_eq!(parse_number(&text, language), Ok(v), "{text}");
            }
        }
        assert_eq!(format_for_edit(2.5, 2, Language::Nl), "2,5");
        assert_eq!(format_for_edit(-0.0, 2, Language::Nl), "0");
        assert_eq!(format_for_edit(1.0 / 3.0, 2, Language::En), "0.33");
        assert_eq!(format_grouped_for_edit(900_000.0, 2, Language::Nl), "900.000");
        assert_eq!(format_grouped_for_edit(-1_234_567.5, 2, Language::Nl), "−1.234.567,5");
        assert_eq!(format_grouped_for_edit(1_500.25, 2, Language::En), "1,500.25");
        assert_eq!(format_grouped_for_edit(999.0, 2, Language::Nl), "999");
        for v in [900_000.0, -1_234_567.5, 1_000.0, 12.5] {
            for language in [Language::Nl, Language::En] {
                let text = format_grouped_for_edit(v, 2, language);
                assert_eq!(parse_number(&text, language), Ok(v), "{text}");
            }
        }
    }
}
