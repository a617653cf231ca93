//! Dates without a date crate: `SystemTime` → ISO `YYYY-MM-DD` (UTC), via Howard Hinnant's `civil_from_days`.

use std::time::{SystemTime, UNIX_EPOCH};

/// The proleptic Gregorian date `(year, month 1–12, day 1–31)` of `days` days after 1970-01-01 (negative: before).
/// Algorithm: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", `civil_from_days`.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March-based
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whole seconds of `t` since 1970-01-01T00:00:00Z (negative before).
pub fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => {
            let before = e.duration();
            // -0.5 s is still 1969-12-31T23:59:59: round towards minus infinity.
            let secs = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            -secs - i64::from(before.subsec_nanos() > 0)
        }
    }
}

/// `YYYY-MM-DD` (UTC) of `t`.
pub fn iso_date(t: SystemTime) -> String {
    let (y, m, d) = civil_from_days(unix_seconds(t).div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC) of `t`.
pub fn iso_date_time(t: SystemTime) -> String {
    let secs = unix_seconds(t);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let of_day = secs.rem_euclid(86_400);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", of_day / 3600, of_day / 60 % 60, of_day % 60)
}

/// Today's date, `YYYY-MM-DD` (UTC), e.g. for `Meta::modified`.
pub fn today_iso() -> String {
    iso_date(SystemTime::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn known_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        // 2000-02-29 is day 11 016 (2000 is a leap year: divisible by 400).
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        // 1900 is not a leap year: 1900-02-28 is followed by 1900-03-01 (day −25 508).
        assert_eq!(civil_from_days(-25_509), (1900, 2, 28));
        assert_eq!(civil_from_days(-25_508), (1900, 3, 1));
        assert_eq!(iso_date(at(1_700_000_000)), "2023-11-14");
        assert_eq!(iso_date_time(at(1_700_000_000)), "2023-11-14T22:13:20Z");
        assert_eq!(iso_date(UNIX_EPOCH - Duration::from_millis(500)), "1969-12-31");
    }

    #[test]
    fn every_day_follows_the_previous_one() {
        // Walk 1960–2140 day by day and check the calendar rules independently.
        let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let mut prev = civil_from_days(-3653);
        for days in -3652..62_000 {
            let (y, m, d) = civil_from_days(days);
            let month_len = match prev.1 {
                2 if leap(prev.0) => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if prev.2 == month_len {
                assert_eq!(d, 1, "{days}");
                assert_eq!(m, if prev.1 == 12 { 1 } else { prev.1 + 1 });
                assert_eq!(y, if prev.1 == 12 { prev.0 + 1 } else { prev.0 });
            } else {
                assert_eq!((y, m, d), (prev.0, prev.1, prev.2 + 1), "{days}");
            }
            prev = (y, m, d);
        }
        assert_eq!(today_iso().len(), 10);
    }
}
