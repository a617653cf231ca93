//! Why the optimiser chose each candidate or not, as data ([`Verdict`]); `text::optimizer` turns it into words.

use super::candidate::CandidateReport;

const TOLERANCE_EUR: f64 = 0.005;

/// The optimiser's verdict on one candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Chosen at this reach level.
    Chosen {
        reach_percent: f64,
        /// Outcome area (index-point months) of the candidate alone at this level.
        area: f64,
        /// Total cost over the plan period at this level.
        cost_eur: f64,
        /// Area per € 1,000; `None` when the level costs nothing.
        area_per_1000_eur: Option<f64>,
        /// True when a higher reach level exists (it did not fit next to the rest, or paid off less).
        below_highest_level: bool,
    },
    /// No level improves the outcome.
    NoPositiveEffect,
    /// Even the cheapest level alone exceeds the budget of this year.
    DoesNotFit { year: i32 },
    /// It fits, but the budget buys more elsewhere.
    TooExpensive,
}

impl Verdict {
    pub fn is_chosen(&self) -> bool {
        matches!(self, Self::Chosen { .. })
    }
}

/// Sets every report's verdict from its chosen level, its areas and its costs against the yearly budgets.
pub(super) fn judge(reports: &mut [CandidateReport], years: &[i32], budgets: &[f64]) {
    for report in reports.iter_mut() {
        report.verdict = verdict(report, years, budgets);
    }
}

fn verdict(report: &CandidateReport, years: &[i32], budgets: &[f64]) -> Verdict {
    if let Some(level) = report.chosen_reach_percent {
        let l = report.levels_percent.iter().position(|x| *x == level).unwrap_or(0);
        let area = report.area_per_level.get(l).copied().unwrap_or(0.0);
        let cost = report.total_cost_per_level_eur.get(l).copied().unwrap_or(0.0);
        let max_level = report.levels_percent.iter().copied().fold(0.0, f64::max);
        return Verdict::Chosen {
            reach_percent: level,
            area,
            cost_eur: cost,
            area_per_1000_eur: (cost > 0.0).then(|| area / cost * 1000.0),
            below_highest_level: level < max_level,
        };
    }
    if report.area_per_level.iter().all(|a| *a <= 0.0) {
        Verdict::NoPositiveEffect
    } else if let Some(year) = first_year_over_budget(report, years, budgets) {
        Verdict::DoesNotFit { year }
    } else {
        Verdict::TooExpensive
    }
}

/// The first year in which even the candidate's cheapest level alone exceeds the budget.
fn first_year_over_budget(report: &CandidateReport, years: &[i32], budgets: &[f64]) -> Option<i32> {
    let cheapest =
        report.total_cost_per_level_eur.iter().enumerate().min_by(|a, b| a.1.total_cmp(b.1)).map(|(l, _)| l)?;
    let costs = report.cost_per_year_per_level_eur.get(cheapest)?;
    years.iter().zip(budgets).zip(costs).find(|((_, b), c)| **c > **b + TOLERANCE_EUR).map(|((y, _), _)| *y)
}
