//! Number and amount formatting. The CLI and the PDF use the Dutch forms (`€ 12.500`, `1.234,5`); the app uses the
//! `*_in` forms, which follow the user's language (`€12,500`, `1,234.5`, `28.2%` in English).

use super::Language;

/// Formats whole euros Dutch style: `€ 12.500`, `−€ 3.000`, any size (`€ 1.000.000.000.000`). Validation keeps
/// amounts finite; an infinite amount is a budget without a limit and prints as "onbeperkt"; NaN (a bug) as
/// "geen bedrag". Never a question mark.
pub fn format_eur(amount_eur: f64) -> String {
    if amount_eur.is_nan() {
        return "geen bedrag".to_owned();
    }
    if amount_eur.is_infinite() {
        return if amount_eur > 0.0 { "onbeperkt".to_owned() } else { "−onbeperkt".to_owned() };
    }
    let rounded = amount_eur.round();
    let sign = if rounded < 0.0 { "−" } else { "" };
    format!("{sign}€ {}", group_thousands(rounded.abs()))
}

/// Formats a number Dutch style with `decimals` digits after the comma and `.` between thousands: `1.234,5`.
pub fn format_number(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "geen getal".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "∞".to_owned() } else { "−∞".to_owned() };
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let whole: f64 = whole.parse().unwrap_or(0.0);
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "−" } else { "" };
    if frac.is_empty() {
        format!("{sign}{}", group_thousands(whole))
    } else {
        format!("{sign}{},{frac}", group_thousands(whole))
    }
}

/// Whole euros in `language`: `€ 12.500` (Dutch, as [`format_eur`]) or `€12,500` (English).
pub fn format_eur_in(amount_eur: f64, language: Language) -> String {
    match language {
        Language::Nl => format_eur(amount_eur),
        Language::En => {
            if !amount_eur.is_finite() {
                return "€?".to_owned();
            }
            let rounded = amount_eur.round();
            let sign = if rounded < 0.0 { "−" } else { "" };
            format!("{sign}€{}", to_english(&group_thousands(rounded.abs())))
        }
    }
}

/// A number in `language` with `decimals` digits: `1.234,5` (Dutch, as [`format_number`]) or `1,234.5` (English).
pub fn format_number_in(value: f64, decimals: usize, language: Language) -> String {
    match language {
        Language::Nl => format_number(value, decimals),
        Language::En => to_english(&format_number(value, decimals)),
    }
}

/// A percentage (`value` already in percent) in `language`: `28,2 %` (Dutch) or `28.2%` (English).
pub fn format_percent_in(value: f64, decimals: usize, language: Language) -> String {
    match language {
        Language::Nl => format!("{} %", format_number(value, decimals)),
        Language::En => format!("{}%", format_number_in(value, decimals, language)),
    }
}

/// Swaps the Dutch separators for the English ones: `1.234,5` → `1,234.5`.
fn to_english(dutch: &str) -> String {
    dutch
        .chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            other => other,
        })
        .collect()
}

/// `12500` → `12.500` (non-negative whole numbers).
fn group_thousands(whole: f64) -> String {
    let digits = format!("{whole:.0}");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_are_grouped_with_dots() {
        assert_eq!(format_eur(12_500.0), "€ 12.500");
        assert_eq!(format_eur(0.0), "€ 0");
        assert_eq!(format_eur(999.4), "€ 999");
        assert_eq!(format_eur(1_234_567.6), "€ 1.234.568");
        assert_eq!(format_eur(-3000.0), "−€ 3.000");
        assert_eq!(format_eur(f64::NAN), "geen bedrag");
        assert_eq!(format_eur(f64::INFINITY), "onbeperkt");
        assert_eq!(format_eur(1e308).len(), "€ ".len() + 309 + 102);
        assert!(!format_number(f64::NAN, 2).contains('?'));
    }

    #[test]
    fn numbers_use_a_decimal_comma() {
        assert_eq!(format_number(1234.56, 1), "1.234,6");
        assert_eq!(format_number(-0.5, 2), "−0,50");
        assert_eq!(format_number(-0.001, 1), "0,0");
        assert_eq!(format_number(42.0, 0), "42");
    }

    #[test]
    fn the_language_picks_the_separators() {
        let (nl, en) = (Language::Nl, Language::En);
        assert_eq!(format_eur_in(150_000.0, nl), "€ 150.000");
        assert_eq!(format_eur_in(150_000.0, en), "€150,000");
        assert_eq!(format_eur_in(-3000.0, en), "−€3,000");
        assert_eq!(format_eur_in(f64::INFINITY, en), "€?");
        assert_eq!(format_percent_in(28.24, 1, nl), "28,2 %");
        assert_eq!(format_percent_in(28.24, 1, en), "28.2%");
        assert_eq!(format_number_in(0.28, 2, nl), "0,28");
        assert_eq!(format_number_in(0.28, 2, en), "0.28");
        assert_eq!(format_number_in(-1234.56, 1, en), "−1,234.6");
        assert_eq!(format_number_in(1234.56, 1, nl), format_number(1234.56, 1));
    }
}
