//! The upper concave hull of a set of (cost, value) options, at most one of which is chosen: the basis of the
//! greedy linear-programming bound of a multiple-choice knapsack (used by the exact search and the additivity check).

/// The hull of a set of options: the best value at zero cost, and the hull's increments (extra cost, extra value)
/// in order of falling value per euro.
pub(super) struct ConcaveHull {
    pub free: f64,
    pub steps: Vec<(f64, f64)>,
}

impl ConcaveHull {
    /// The hull of `points` (cost, value); costs at or below zero count as free. Points that add no value over a
    /// cheaper one, or lie on or below the line between their neighbours, are left out.
    pub fn of(mut points: Vec<(f64, f64)>) -> Self {
        points.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.total_cmp(&a.1)));
        let free = points.iter().filter(|p| p.0 <= 0.0).map(|p| p.1).fold(0.0, f64::max);
        let mut hull: Vec<(f64, f64)> = vec![(0.0, free)];
        for &(c, v) in points.iter().filter(|p| p.0 > 0.0) {
            let Some(&last) = hull.last() else { continue };
            if v <= last.1 {
                continue;
            }
            while hull.len() >= 2 {
                let (a, b) = (hull[hull.len() - 2], hull[hull.len() - 1]);
                // Drop b when it lies on or below the line from a to the new point.
                if (b.1 - a.1) * (c - a.0) <= (v - a.1) * (b.0 - a.0) {
                    hull.pop();
                } else {
                    break;
                }
            }
            hull.push((c, v));
        }
        Self { free, steps: hull.windows(2).map(|w| (w[1].0 - w[0].0, w[1].1 - w[0].1)).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::ConcaveHull;

    #[test]
    fn dominated_and_non_convex_points_are_left_out() {
        // (2, 1) is dominated by the cheaper (1, 2); (3, 3) lies below the line from (1, 2) to (4, 5).
        let hull = ConcaveHull::of(vec![(0.0, 0.5), (1.0, 2.0), (2.0, 1.0), (3.0, 3.0), (4.0, 5.0)]);
        assert!((hull.free - 0.5).abs() < 1e-12);
        // From (0, 0.5): (1, 2) at 1.5 per euro, then (4, 5) at 1.0 per euro.
        assert_eq!(hull.steps, vec![(1.0, 1.5), (3.0, 3.0)]);
    }
}
