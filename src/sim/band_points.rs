//! Percentiles of Monte Carlo results: the 10 %, 50 % and 90 % points of each cell (one variable at one month over
//! all runs), exactly as numpy's default (linear interpolation between order statistics at `p·(N − 1)`), found by
//! selection, not by sorting.
//!
//! Selection works on integer keys in the order of [`f64::total_cmp`] ([`order_key`]): the same order, with a
//! one-instruction comparison. Consecutive months of one variable have nearly the same distribution over the runs,
//! so [`band_points_hinted`] first looks for each point in a narrow window of values around where the previous month's
//! point was: one pass counts the values below each window and copies the values inside it, and the order statistics
//! are then selected among a few dozen values. When a point is not inside its window (a sudden shock), the whole
//! cell is selected as without a hint. The window only decides where to look: the values found, and so the bits of
//! the result, are the same either way.

/// The value at fraction `p` of sorted values (linear interpolation at `p·(N − 1)`).
pub fn percentile_sorted(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let pos = p.clamp(0.0, 1.0) * (n - 1) as f64;
            let lo = pos.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            let frac = pos - lo as f64;
            sorted[lo] + frac * (sorted[hi] - sorted[lo])
        }
    }
}

/// As [`percentile_sorted`] on unsorted values, by selection (`O(N)`); reorders `values`.
pub fn percentile_select(values: &mut [f64], p: f64) -> f64 {
    let n = values.len();
    if n < 2 {
        return values.first().copied().unwrap_or(f64::NAN);
    }
    let pos = p.clamp(0.0, 1.0) * (n - 1) as f64;
    let lo = pos.floor() as usize;
    let frac = pos - lo as f64;
    let (_, &mut v_lo, rest) = values.select_nth_unstable_by(lo, f64::total_cmp);
    if frac == 0.0 || rest.is_empty() {
        return v_lo;
    }
    let v_hi = rest.iter().copied().fold(f64::INFINITY, f64::min);
    v_lo + frac * (v_hi - v_lo)
}

/// The 10 %, 50 % and 90 % points of `values` (as [`percentile_sorted`] of the sorted values, bit for bit), by
/// selection: the median first, then the 10 % point among the lower half and the 90 % point among the upper half,
/// each neighbour needed for the interpolation from the remaining part. Reorders `values`.
pub fn band_points(values: &mut [f64]) -> [f64; 3] {
    let mut keys: Vec<i64> = values.iter().map(|&x| order_key(x)).collect();
    let points = band_points_of_keys(&mut keys);
    for (v, &k) in values.iter_mut().zip(&keys) {
        *v = from_order_key(k);
    }
    points
}

/// The key of `x` in the order of [`f64::total_cmp`]: the keys compare as integers exactly as the values compare
/// with `total_cmp`, and [`from_order_key`] gives back the same bits. Selecting on keys is selecting on the values,
/// with a one-instruction comparison.
#[inline]
pub(super) fn order_key(x: f64) -> i64 {
    let bits = x.to_bits().cast_signed();
    bits ^ ((bits >> 63).cast_unsigned() >> 1).cast_signed()
}

/// The value of a key made by [`order_key`] (the map is its own inverse).
#[inline]
fn from_order_key(key: i64) -> f64 {
    f64::from_bits((key ^ ((key >> 63).cast_unsigned() >> 1).cast_signed()).cast_unsigned())
}

/// [`band_points`] on the [`order_key`]s of the values; reorders `keys`.
fn band_points_of_keys(keys: &mut [i64]) -> [f64; 3] {
    let n = keys.len();
    if n < 2 {
        return [keys.first().map_or(f64::NAN, |&k| from_order_key(k)); 3];
    }
    let (ranks, fracs) = point_ranks(n);
    let mut wanted = ranks;
    wanted.sort_unstable();
    let mut found = [0i64; 6];
    select_ranks(keys, 0, dedup(&mut wanted), &mut |rank, key| {
        for (slot, &r) in ranks.iter().enumerate() {
            if r == rank {
                found[slot] = key;
            }
        }
    });
    interpolate(&found, &fracs)
}

/// The distinct values at the front of a sorted slice.
fn dedup(sorted: &mut [usize; 6]) -> &[usize] {
    let mut len = 0;
    for i in 0..sorted.len() {
        if len == 0 || sorted[len - 1] != sorted[i] {
            sorted[len] = sorted[i];
            len += 1;
        }
    }
    &sorted[..len]
}

/// Finds the order statistics `ranks` (sorted, distinct, relative to the whole slice; `base` is the rank of
/// `values[0]`) by selecting the middle one and recursing into both sides.
fn select_ranks(values: &mut [i64], base: usize, ranks: &[usize], found: &mut impl FnMut(usize, i64)) {
    if ranks.is_empty() {
        return;
    }
    let mid = ranks.len() / 2;
    let at = ranks[mid] - base;
    let (left, x, right) = values.select_nth_unstable(at);
    found(ranks[mid], *x);
    select_ranks(left, base, &ranks[..mid], found);
    select_ranks(right, base + at + 1, &ranks[mid + 1..], found);
}

/// The windows of keys in which the previous month's points lay (lower and upper key per point), with a margin of
/// ranks on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hint {
    lo: [i64; 3],
    hi: [i64; 3],
}

/// Work buffers of [`band_points_hinted`], reused from cell to cell.
#[derive(Debug, Default)]
pub(super) struct BandScratch {
    windows: [Vec<i64>; 3],
}

/// Fewer runs than this: no windows (a plain selection is as cheap).
const HINT_MIN_RUNS: usize = 64;

/// The ranks of the 10 %, 50 % and 90 % points of `n ≥ 2` values: per point the rank below and above its position
/// (`ranks[2j]`, `ranks[2j + 1]`) and the fraction between them.
fn point_ranks(n: usize) -> ([usize; 6], [f64; 3]) {
    let mut ranks = [0usize; 6];
    let mut fracs = [0.0; 3];
    for (j, p) in [0.1, 0.5, 0.9].into_iter().enumerate() {
        let pos = p * (n - 1) as f64;
        let lo = pos.floor() as usize;
        ranks[2 * j] = lo;
        ranks[2 * j + 1] = (lo + 1).min(n - 1);
        fracs[j] = pos - lo as f64;
    }
    (ranks, fracs)
}

/// The points from the values at their ranks, interpolated as [`percentile_sorted`] does.
fn interpolate(found: &[i64; 6], fracs: &[f64; 3]) -> [f64; 3] {
    std::array::from_fn(|j| {
        let (lo, hi) = (from_order_key(found[2 * j]), from_order_key(found[2 * j + 1]));
        if fracs[j] == 0.0 { lo } else { lo + fracs[j] * (hi - lo) }
    })
}

/// [`band_points_of_keys`], first looking in the windows of `hint` (the previous month's points of the same
/// variable); also returns the windows for the next month. Reorders `keys`. The points are the same bits with or
/// without a hint.
pub(super) fn band_points_hinted(
    keys: &mut [i64],
    hint: Option<Hint>,
    work: &mut BandScratch,
) -> ([f64; 3], Option<Hint>) {
    let n = keys.len();
    if n < HINT_MIN_RUNS {
        return (band_points_of_keys(keys), None);
    }
    let (ranks, fracs) = point_ranks(n);
    let margin = (n / 32).max(4);
    // Per point: the rank `margin` below it, its two ranks, and the rank `margin` above it.
    let wanted: [[usize; 4]; 3] = std::array::from_fn(|j| {
        [ranks[2 * j].saturating_sub(margin), ranks[2 * j], ranks[2 * j + 1], (ranks[2 * j + 1] + margin).min(n - 1)]
    });
    if let Some(h) = hint
        && let Some(found) = in_windows(keys, h, &wanted, work)
    {
        return found;
    }
    // Everything in one selection over the whole cell.
    let mut all: Vec<usize> = wanted.iter().flatten().copied().collect();
    all.sort_unstable();
    all.dedup();
    let mut at = [[0i64; 4]; 3];
    select_ranks(keys, 0, &all, &mut |rank, key| {
        for (j, w) in wanted.iter().enumerate() {
            for (slot, &r) in w.iter().enumerate() {
                if r == rank {
                    at[j][slot] = key;
                }
            }
        }
    });
    let found = std::array::from_fn(|i| at[i / 2][1 + i % 2]);
    let next = Hint { lo: at.map(|a| a[0]), hi: at.map(|a| a[3]) };
    (interpolate(&found, &fracs), Some(next))
}

/// The points found inside the windows of `hint`, or `None` when one of them is not inside its window.
fn in_windows(
    keys: &[i64],
    h: Hint,
    wanted: &[[usize; 4]; 3],
    work: &mut BandScratch,
) -> Option<([f64; 3], Option<Hint>)> {
    let n = keys.len();
    let [w0, w1, w2] = &mut work.windows;
    for w in [&mut *w0, &mut *w1, &mut *w2] {
        w.clear();
        w.resize(n + 1, 0);
    }
    // One pass, without branches: count the values below each window and copy those inside it.
    let (mut below, mut len) = ([0usize; 3], [0usize; 3]);
    for &x in keys {
        below[0] += usize::from(x < h.lo[0]);
        w0[len[0]] = x;
        len[0] += usize::from(x >= h.lo[0] && x <= h.hi[0]);
        below[1] += usize::from(x < h.lo[1]);
        w1[len[1]] = x;
        len[1] += usize::from(x >= h.lo[1] && x <= h.hi[1]);
        below[2] += usize::from(x < h.lo[2]);
        w2[len[2]] = x;
        len[2] += usize::from(x >= h.lo[2] && x <= h.hi[2]);
    }
    // The window of point j holds exactly the values of ranks below[j] .. below[j] + len[j].
    let inside = |j: usize, rank: usize| rank >= below[j] && rank < below[j] + len[j];
    if !(0..3).all(|j| inside(j, wanted[j][1]) && inside(j, wanted[j][2])) {
        return None;
    }
    let mut found = [0i64; 6];
    let mut next = h;
    for (j, window) in [w0, w1, w2].into_iter().enumerate() {
        let mut ranks: Vec<usize> = wanted[j].iter().copied().filter(|&r| inside(j, r)).collect();
        ranks.dedup();
        select_ranks(&mut window[..len[j]], below[j], &ranks, &mut |rank, key| {
            if rank == wanted[j][0] {
                next.lo[j] = key;
            }
            if rank == wanted[j][1] {
                found[2 * j] = key;
            }
            if rank == wanted[j][2] {
                found[2 * j + 1] = key;
            }
            if rank == wanted[j][3] {
                next.hi[j] = key;
            }
        });
    }
    let (_, fracs) = point_ranks(n);
    Some((interpolate(&found, &fracs), Some(next)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::sim::rng::Xoshiro256;

    #[test]
    fn order_keys_compare_as_total_cmp_and_give_back_the_same_bits() {
        let values = [
            f64::NEG_INFINITY,
            -f64::MAX,
            -1.5,
            -f64::MIN_POSITIVE,
            -5e-324,
            -0.0,
            0.0,
            5e-324,
            f64::MIN_POSITIVE,
            1.5,
            f64::MAX,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for &a in &values {
            assert_eq!(from_order_key(order_key(a)).to_bits(), a.to_bits());
            for &b in &values {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.total_cmp(&b), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn windows_give_the_same_bits_as_a_plain_selection_month_after_month() {
        let mut rng = Xoshiro256::new(5);
        let mut work = BandScratch::default();
        for n in [64, 65, 100, 999, 1000, 4001] {
            // Runs drifting slowly, then a shock that moves every run far out of the windows, then ties and
            // values clamped at a limit; a hint from another variable's cell must not change anything either.
            let mut x: Vec<f64> = (0..n).map(|_| rng.next_f64() * 10.0).collect();
            let mut hint = None;
            for month in 0..40 {
                for (i, v) in x.iter_mut().enumerate() {
                    *v += match month {
                        12 => -40.0 - rng.next_f64(),
                        20..=25 => (rng.next_f64() - 0.2) * 30.0,
                        _ => (rng.next_f64() - 0.5) * 0.5 + if i % 7 == 0 { 0.1 } else { 0.0 },
                    };
                    if month >= 30 {
                        *v = v.clamp(0.0, 5.0).floor();
                    }
                }
                let mut sorted = x.clone();
                sorted.sort_by(f64::total_cmp);
                let expected = [0.1, 0.5, 0.9].map(|p| percentile_sorted(&sorted, p).to_bits());
                let mut keys: Vec<i64> = x.iter().map(|&v| order_key(v)).collect();
                let (points, next) = band_points_hinted(&mut keys, hint, &mut work);
                assert_eq!(points.map(f64::to_bits), expected, "n = {n}, month = {month}");
                hint = next;
            }
        }
    }

    #[test]
    fn a_window_around_nothing_or_everything_still_finds_the_points() {
        let mut rng = Xoshiro256::new(9);
        let mut work = BandScratch::default();
        let x: Vec<f64> = (0..500).map(|_| rng.next_f64()).collect();
        let mut sorted = x.clone();
        sorted.sort_by(f64::total_cmp);
        let expected = [0.1, 0.5, 0.9].map(|p| percentile_sorted(&sorted, p).to_bits());
        let (nothing, everything) = (order_key(7.0), order_key(f64::NEG_INFINITY));
        for hint in [
            Hint { lo: [nothing; 3], hi: [nothing; 3] },
            Hint { lo: [everything; 3], hi: [order_key(f64::INFINITY); 3] },
            Hint { lo: [order_key(0.5); 3], hi: [order_key(0.5); 3] },
        ] {
            let mut keys: Vec<i64> = x.iter().map(|&v| order_key(v)).collect();
            let (points, next) = band_points_hinted(&mut keys, Some(hint), &mut work);
            assert_eq!(points.map(f64::to_bits), expected);
            let next = next.unwrap();
            assert!((0..3).all(|j| next.lo[j] <= next.hi[j]));
        }
    }
}
