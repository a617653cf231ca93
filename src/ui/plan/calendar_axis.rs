//! Plan charts count in the plan's calendar: a chart over months from the plan's start shows the years on its x
//! axis (2026, 2027, …) with a grid line per quarter, instead of month 0 … 60.

use egui_plot::{GridInput, GridMark, Plot};

/// The year at `month` months after January of `first_year`, when `month` is the start of a year.
pub fn year_label(month: f64, first_year: i32) -> Option<String> {
    let years = month / 12.0;
    ((years - years.round()).abs() < 1e-6).then(|| (i64::from(first_year) + years.round() as i64).to_string())
}

/// `plot` with the x axis in calendar years of a plan starting in January of `first_year`.
pub fn with_calendar_axis(plot: Plot<'_>, first_year: i32) -> Plot<'_> {
    plot.x_grid_spacer(|input: GridInput| {
        let (lo, hi) = input.bounds;
        // Quarters when they are far enough apart to be useful, else only years.
        let step = if hi - lo > 240.0 { 12.0 } else { 3.0 };
        let first = (lo / step).floor() as i64;
        let last = (hi / step).ceil() as i64;
        (first..=last.min(first + 2000))
            .map(|k| {
                let value = k as f64 * step;
                let is_year = (value / 12.0).fract().abs() < 1e-9;
                GridMark { value, step_size: if is_year { 12.0 } else { step } }
            })
            .collect()
    })
    .x_axis_formatter(move |mark, _| year_label(mark.value, first_year).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_from_the_start_are_calendar_years() {
        assert_eq!(year_label(0.0, 2026).as_deref(), Some("2026"));
        assert_eq!(year_label(36.0, 2026).as_deref(), Some("2029"));
        assert_eq!(year_label(6.0, 2026), None);
    }
}
