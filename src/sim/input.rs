//! Inputs `u_i(t)`: interventions and shocks share one shape.

use crate::model::{Confidence, InputShape, VariableId};

/// One input on one variable: contributes `effect × reach × ramp(t)` to `u_i(t)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub target: VariableId,
    /// Index points at full reach (signed).
    pub effect: f64,
    /// Share of the target group reached, 0–1 (1 for shocks).
    pub reach: f64,
    pub shape: InputShape,
    /// How sure the effect is: Monte Carlo draws `effect` within this confidence's range. `None` (shocks): fixed.
    pub confidence: Option<Confidence>,
}

/// The ramp of `simulation.md`, exactly: 0 before the start, rising linearly over the ramp-up months to 1,
/// 1 until the end month (exclusive), then from the level `L` just before the end falling linearly to 0 over the
/// after-effect months (or 0 at once when there is no after-effect). `end_month: None` never ends.
pub fn ramp(shape: &InputShape, t: f64) -> f64 {
    let s = shape.start_month;
    let r = shape.ramp_up_months;
    let rising = |t: f64| {
        if r <= 0.0 { 1.0 } else { ((t - s) / r).min(1.0) }
    };
    if t < s {
        return 0.0;
    }
    match shape.end_month {
        Some(e) if t >= e => {
            let a = shape.after_effect_months;
            if a > 0.0 {
                let level = if e <= s { 0.0 } else { rising(e) };
                level * (1.0 - (t - e) / a).max(0.0)
            } else {
                0.0
            }
        }
        _ => rising(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(s: f64, r: f64, e: Option<f64>, a: f64) -> InputShape {
        InputShape { start_month: s, ramp_up_months: r, end_month: e, after_effect_months: a }
    }

    #[test]
    fn ramp_follows_the_specification() {
        let sh = shape(2.0, 4.0, Some(10.0), 5.0);
        assert_eq!(ramp(&sh, 1.99), 0.0);
        assert_eq!(ramp(&sh, 2.0), 0.0);
        assert_eq!(ramp(&sh, 4.0), 0.5);
        assert_eq!(ramp(&sh, 6.0), 1.0);
        assert_eq!(ramp(&sh, 9.9), 1.0);
        assert_eq!(ramp(&sh, 10.0), 1.0);
        assert!((ramp(&sh, 12.5) - 0.5).abs() < 1e-12);
        assert_eq!(ramp(&sh, 15.0), 0.0);
        assert_eq!(ramp(&sh, 40.0), 0.0);
    }

    #[test]
    fn ramp_without_ramp_up_or_after_effect_is_a_step() {
        let sh = shape(3.0, 0.0, Some(6.0), 0.0);
        assert_eq!(ramp(&sh, 2.9), 0.0);
        assert_eq!(ramp(&sh, 3.0), 1.0);
        assert_eq!(ramp(&sh, 5.9), 1.0);
        assert_eq!(ramp(&sh, 6.0), 0.0);
        assert_eq!(ramp(&shape(0.0, 0.0, None, 0.0), 1e6), 1.0);
    }

    #[test]
    fn after_effect_starts_from_the_level_reached() {
        // Ends halfway through the ramp-up: L = 0.5.
        let sh = shape(0.0, 10.0, Some(5.0), 10.0);
        assert!((ramp(&sh, 5.0) - 0.5).abs() < 1e-12);
        assert!((ramp(&sh, 10.0) - 0.25).abs() < 1e-12);
    }
}
