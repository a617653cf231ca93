//! Dutch number and amount formatting: `€ 12.500`, `1.234,5`. The CLI, the PDF and the app use these.

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
}
