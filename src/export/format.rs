//! Dutch number formatting for reports and the command line.

/// `12500.0` → `"12.500"`; rounds to whole units; negative numbers keep their sign.
pub fn euro_grouping(v: f64) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let rounded = v.round();
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if rounded < 0.0 { format!("-{out}") } else { out }
}

/// `12500.0` → `"€ 12.500"`.
pub fn euro(v: f64) -> String {
    format!("€ {}", euro_grouping(v))
}

/// A number with a decimal comma and `decimals` digits: `3.14159, 2` → `"3,14"`.
pub fn decimal(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".to_owned();
    }
    let s = format!("{v:.decimals$}").replace('.', ",");
    if s.starts_with("-0") && s.trim_start_matches(['-', '0', ',']).is_empty() { s[1..].to_owned() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_amounts() {
        assert_eq!(euro(12_500.0), "€ 12.500");
        assert_eq!(euro(999.4), "€ 999");
        assert_eq!(euro(1_234_567.0), "€ 1.234.567");
        assert_eq!(euro(-2500.0), "€ -2.500");
        assert_eq!(euro(f64::NAN), "€ –");
        assert_eq!(decimal(1.23456, 2), "1,23");
        assert_eq!(decimal(-0.001, 1), "0,0");
    }
}
