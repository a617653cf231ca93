//! Outcomes: the veerkrachtindex, the area between two series and the resilience triangle.

use super::{Compiled, SimError, Trajectory};
use crate::model::{OutcomeIndex, Project};

/// The veerkrachtindex resolved to column indices: `Σ w_k · v_k / Σ w_k` with `v_k = x` (higher is better) or
/// `100 − x` (lower is better).
#[derive(Clone, Debug, PartialEq)]
pub struct IndexWeights {
    /// (variable column, weight / Σ weights, higher is better).
    terms: Vec<(usize, f64, bool)>,
}

/// Resolves the outcome index. Errors when it is empty, names an unknown variable or has a weight that is
/// negative or not a number, or when all weights are 0.
pub fn compile_index(c: &Compiled, outcome: &OutcomeIndex, project: &Project) -> Result<IndexWeights, SimError> {
    if outcome.weights.is_empty() {
        return Err(SimError::NoOutcomeVariables);
    }
    let mut terms = Vec::with_capacity(outcome.weights.len());
    let mut total = 0.0;
    for w in &outcome.weights {
        let var = c
            .variable_index(&w.variable)
            .ok_or_else(|| SimError::UnknownOutcomeVariable { variable: w.variable.to_string() })?;
        if !w.weight.is_finite() || w.weight < 0.0 {
            return Err(SimError::InvalidOutcomeWeight { variable: w.variable.to_string(), weight: w.weight });
        }
        let higher = project
            .variable(&w.variable)
            .map_or(c.higher_is_better(var), |v| v.direction == crate::model::Direction::HigherIsBetter);
        total += w.weight;
        terms.push((var, w.weight, higher));
    }
    if total <= 0.0 {
        return Err(SimError::AllOutcomeWeightsZero);
    }
    for t in &mut terms {
        t.1 /= total;
    }
    Ok(IndexWeights { terms })
}

impl IndexWeights {
    /// The index at one month.
    pub fn at(&self, t: &Trajectory, month: usize) -> f64 {
        self.of_row(t.month(month))
    }

    /// The index from one month's values (column order).
    pub fn of_row(&self, row: &[f64]) -> f64 {
        self.terms.iter().map(|&(v, w, higher)| w * if higher { row[v] } else { 100.0 - row[v] }).sum()
    }

    /// The index at every month.
    pub fn series(&self, t: &Trajectory) -> Vec<f64> {
        (0..t.n_months()).map(|m| self.at(t, m)).collect()
    }

    /// The variables and normalised weights (column, weight, higher is better).
    pub fn terms(&self) -> &[(usize, f64, bool)] {
        &self.terms
    }
}

/// Signed area of `a − b` in index-point-months: the trapezoidal rule over the monthly samples
/// (`Σ_{t=0}^{H−1} ((a_t − b_t) + (a_{t+1} − b_{t+1})) / 2`), over the common length of both series.
pub fn area_between(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len().min(b.len());
    (1..n).map(|t| 0.5 * ((a[t - 1] - b[t - 1]) + (a[t] - b[t]))).sum()
}

/// The resilience triangle of one outcome series under a shock (`simulation.md`, Outcomes).
#[derive(Clone, Debug, PartialEq)]
pub struct ResilienceTriangle {
    /// Level at the shock's start month (the state before the shock has acted).
    pub pre_shock: f64,
    /// Worst level from the shock's start on (lowest when higher is better, highest otherwise).
    pub depth: f64,
    pub depth_month: usize,
    /// Months from the shock's start until the series is back within 5 % of the drop from the pre-shock level;
    /// `None`: not recovered within the horizon ("niet hersteld").
    pub recovery_months: Option<f64>,
    /// Index-point-months on the bad side of the pre-shock level, from the shock's start to the horizon.
    pub area_lost: f64,
}

/// Share of the drop within which a series counts as recovered.
pub const RECOVERY_SHARE: f64 = 0.05;

/// The resilience triangle. Documented choices:
/// - `pre_shock` is the value at `shock_start_month` (the shock has not acted yet: every variable is a stock).
/// - `depth` is the worst value at or after that month (first month on ties).
/// - Recovered: `|x − pre_shock| ≤ 5 % · |pre_shock − depth|`, the first time after the depth month; the time is
///   interpolated linearly between the two months around that crossing and counted from the shock's start.
///   Without a drop (depth = pre-shock level) the recovery time is 0.
/// - `area_lost`: trapezoidal rule over `max(0, pre − x)` (higher is better) or `max(0, x − pre)` from the shock
///   start to the end of the series.
///
/// A shock start beyond the series is treated as the last month.
pub fn resilience_triangle(series: &[f64], shock_start_month: usize, higher_is_better: bool) -> ResilienceTriangle {
    if series.is_empty() {
        return ResilienceTriangle {
            pre_shock: 0.0,
            depth: 0.0,
            depth_month: 0,
            recovery_months: Some(0.0),
            area_lost: 0.0,
        };
    }
    let s = shock_start_month.min(series.len() - 1);
    let pre = series[s];
    // Shortfall: how far on the bad side of the pre-shock level.
    let short = |x: f64| if higher_is_better { pre - x } else { x - pre };
    let mut depth_month = s;
    for m in s..series.len() {
        if short(series[m]) > short(series[depth_month]) {
            depth_month = m;
        }
    }
    let depth = series[depth_month];
    let drop = short(depth);
    let recovery_months = if drop <= 0.0 {
        Some(0.0)
    } else {
        let band = RECOVERY_SHARE * drop;
        (depth_month + 1..series.len()).find(|&m| (series[m] - pre).abs() <= band).map(|m| {
            // Linear interpolation of the distance to `pre` between months m−1 and m.
            let before = (series[m - 1] - pre).abs();
            let after = (series[m] - pre).abs();
            let frac = if before > after { (before - band) / (before - after) } else { 1.0 };
            (m - 1 - s) as f64 + frac.clamp(0.0, 1.0)
        })
    };
    let area_lost =
        (s + 1..series.len()).map(|m| 0.5 * (short(series[m - 1]).max(0.0) + short(series[m]).max(0.0))).sum();
    ResilienceTriangle { pre_shock: pre, depth, depth_month, recovery_months, area_lost }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn area_of_a_constant_difference_is_difference_times_months() {
        let a = vec![3.0; 61];
        let b = vec![1.0; 61];
        assert!((area_between(&a, &b) - 120.0).abs() < 1e-12);
        assert!((area_between(&b, &a) + 120.0).abs() < 1e-12);
    }

    #[test]
    fn triangle_of_a_v_shaped_dip() {
        // 50 until month 2, down to 40 at month 4, back to 50 at month 8.
        let s = [50.0, 50.0, 50.0, 45.0, 40.0, 42.5, 45.0, 47.5, 50.0, 50.0];
        let r = resilience_triangle(&s, 2, true);
        assert_eq!(r.pre_shock, 50.0);
        assert_eq!(r.depth, 40.0);
        assert_eq!(r.depth_month, 4);
        // Within 0.5 of 50 between month 7 (2.5 away) and 8 (0 away): 7 + 2/2.5 = 7.8, minus shock start 2.
        assert!((r.recovery_months.unwrap() - 5.8).abs() < 1e-12);
        // Triangle: base 6 months, height 10 → 30.
        assert!((r.area_lost - 30.0).abs() < 1e-12);
    }

    #[test]
    fn never_recovering_and_lower_is_better() {
        let s = [20.0, 20.0, 30.0, 30.0, 30.0];
        let r = resilience_triangle(&s, 1, false);
        assert_eq!(r.depth, 30.0);
        assert_eq!(r.recovery_months, None);
        assert!((r.area_lost - 5.0 - 20.0).abs() < 1e-12);
    }
}
