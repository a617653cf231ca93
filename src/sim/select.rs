//! Order statistics of many values by bracketing them with a sample (Floyd and Rivest's idea), for the Monte Carlo
//! bands: a sorted sample of the values gives, for each wanted rank, two bounds that very likely enclose it; one
//! pass counts the values below each lower bound and collects those between the bounds; the ranks are then
//! selected among the few collected values. When a bracket misses its ranks (rare) or collects too many values (many
//! equal values), nothing is returned and the caller selects in the whole slice instead.
//!
//! The values found are exactly those of a selection by [`f64::total_cmp`] in the whole slice (the bounds and the
//! counts use that same order), so the bits never depend on the sample.

use super::monte_carlo::select_ranks;

/// Below this many values the plain selection is cheaper.
const MIN_VALUES: usize = 400;
/// Values in the sample.
const SAMPLE: usize = 128;
/// Most wanted ranks per call.
const MAX_RANKS: usize = 6;

/// Reusable buffers (one per thread).
#[derive(Debug, Default)]
pub(crate) struct SelectWork {
    sample: Vec<i64>,
    buckets: Vec<Vec<f64>>,
}

/// `f64::total_cmp`'s order as integers: `key(a) < key(b)` exactly when `a.total_cmp(&b)` is `Less`.
fn key(x: f64) -> i64 {
    let bits = x.to_bits().cast_signed();
    bits ^ ((bits >> 63).cast_unsigned() >> 1).cast_signed()
}

/// One bracket: the ranks `ranks[first..end]` are looked for among the values with keys in `lo..=hi`.
#[derive(Clone, Copy, Debug)]
struct Bracket {
    first: usize,
    end: usize,
    lo: i64,
    hi: i64,
}

/// Finds the order statistics `ranks` (sorted, distinct, at most 6, each `< values.len()`) of `values` and reports
/// each through `found(rank, value)`. Returns `false`, having reported nothing, when the sample did not bracket
/// them well; `values` is never reordered.
pub(crate) fn bracketed(
    values: &[f64],
    ranks: &[usize],
    work: &mut SelectWork,
    found: &mut impl FnMut(usize, f64),
) -> bool {
    let n = values.len();
    if n < MIN_VALUES || ranks.is_empty() || ranks.len() > MAX_RANKS {
        return false;
    }
    work.sample.clear();
    work.sample.extend((0..SAMPLE).map(|i| key(values[i * n / SAMPLE])));
    work.sample.sort_unstable();
    let brackets = brackets(ranks, n, &work.sample);
    let brackets = &brackets.0[..brackets.1];
    if work.buckets.len() < brackets.len() {
        work.buckets.resize_with(brackets.len(), Vec::new);
    }
    let buckets = &mut work.buckets[..brackets.len()];
    for b in buckets.iter_mut() {
        b.clear();
    }
    let mut below = [0usize; MAX_RANKS];
    let cap = n / 3;
    for &x in values {
        let k = key(x);
        for (j, br) in brackets.iter().enumerate() {
            below[j] += usize::from(k < br.lo);
            if br.lo <= k && k <= br.hi {
                buckets[j].push(x);
            }
        }
    }
    for (j, br) in brackets.iter().enumerate() {
        let (first, last) = (ranks[br.first], ranks[br.end - 1]);
        if below[j] > first || below[j] + buckets[j].len() <= last || buckets[j].len() > cap {
            return false;
        }
    }
    for (j, br) in brackets.iter().enumerate() {
        select_ranks(&mut buckets[j], below[j], &ranks[br.first..br.end], found);
    }
    true
}

/// The brackets of `ranks` from the sorted sample keys: ranks close together share one; overlapping ones merge.
fn brackets(ranks: &[usize], n: usize, sample: &[i64]) -> ([Bracket; MAX_RANKS], usize) {
    let s = sample.len();
    // Sample index of rank r, and a margin of about three standard deviations of a sample quantile (+2).
    let at = |r: usize| r * s / n;
    let margin = |r: usize| {
        let p = (r as f64 + 0.5) / n as f64;
        (3.0 * (s as f64 * p * (1.0 - p)).sqrt()).ceil() as usize + 2
    };
    let mut out = [Bracket { first: 0, end: 0, lo: i64::MIN, hi: i64::MAX }; MAX_RANKS];
    let mut len = 0;
    for (i, &r) in ranks.iter().enumerate() {
        let lo_at = at(r).checked_sub(margin(r));
        let hi_at = at(r) + 1 + margin(r);
        let lo = lo_at.map_or(i64::MIN, |q| sample[q]);
        let hi = if hi_at < s { sample[hi_at] } else { i64::MAX };
        if len > 0 && out[len - 1].hi >= lo {
            let last = &mut out[len - 1];
            last.end = i + 1;
            last.hi = last.hi.max(hi);
        } else {
            out[len] = Bracket { first: i, end: i + 1, lo, hi };
            len += 1;
        }
    }
    (out, len)
}
