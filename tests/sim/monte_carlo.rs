//! Monte Carlo: reproducible, ordered bands, and bands of the right width.

use super::{link, opts, project, step, var};
use veerkrachtplanner::model::{Confidence, OutcomeIndex, OutcomeWeight, Polarity, SimMethod, VariableId};
use veerkrachtplanner::sim::monte_carlo::{McRequest, band_points, monte_carlo_request, percentile_sorted};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{McResult, Progress, compile, compile_index, monte_carlo};

#[test]
fn same_seed_gives_identical_bytes_and_another_seed_does_not() {
    let mut p = project(
        vec![var("a", 3.0), var("b", 3.0), var("c", 2.0)],
        vec![
            link("a", "b", Polarity::Positive, 0.75, 1.0),
            link("b", "c", Polarity::Negative, 0.5, 0.0),
            link("c", "a", Polarity::Positive, 0.5, 6.0),
        ],
    );
    p.outcome = OutcomeIndex {
        weights: vec![OutcomeWeight { variable: VariableId::new("c"), weight: 1.0, reason: String::new() }],
    };
    let c = compile(&p).unwrap();
    let mut input = step("a", 10.0, 2.0);
    input.confidence = Some(Confidence::Low);
    let ci = c.compile_inputs(&[input]).unwrap();
    let ix = compile_index(&c, &p.outcome, &p).unwrap();
    let o = opts(0.25, 60, SimMethod::Euler);
    let bytes = |seed| {
        let r = monte_carlo(&c, &ci, &o, Some(&ix), 100, seed, &Progress::new()).unwrap();
        let mut b = Vec::new();
        for t in [&r.p10, &r.p50, &r.p90] {
            b.extend(t.as_slice().iter().flat_map(|x| x.to_le_bytes()));
        }
        for s in [&r.index.as_ref().unwrap().p10, &r.index.as_ref().unwrap().p90] {
            b.extend(s.iter().flat_map(|x| x.to_le_bytes()));
        }
        b
    };
    let first = bytes(42);
    assert_eq!(first, bytes(42));
    assert_ne!(first, bytes(43));
}

#[test]
fn band_width_matches_the_confidence_range() {
    // A held at +20 (T = 0.25, sole input), A → B gain 0.5 "hoog" (±10 %): at equilibrium x_B = 50 + 20·g with
    // g uniform on [0.45, 0.55], so its 10 % / 50 % / 90 % points are 59.2, 60, 60.8.
    let mut l = link("a", "b", Polarity::Positive, 0.5, 0.0);
    l.confidence = Confidence::High;
    let p = project(vec![var("a", 0.25), var("b", 1.0)], vec![l]);
    let c = compile(&p).unwrap();
    let ci = c.compile_inputs(&[step("a", 20.0, 0.0)]).unwrap();
    let progress = Progress::new();
    let r = monte_carlo(&c, &ci, &opts(0.25, 48, SimMethod::Euler), None, 4000, 7, &progress).unwrap();
    assert_eq!(progress.done.load(std::sync::atomic::Ordering::Relaxed), 4000);
    let b = c.variable_index(&VariableId::new("b")).unwrap();
    assert!((r.p10.value(48, b) - 59.2).abs() < 0.1, "{}", r.p10.value(48, b));
    assert!((r.p50.value(48, b) - 60.0).abs() < 0.1);
    assert!((r.p90.value(48, b) - 60.8).abs() < 0.1);
    for m in 0..49 {
        for v in 0..2 {
            assert!(r.p10.value(m, v) <= r.p50.value(m, v) && r.p50.value(m, v) <= r.p90.value(m, v));
        }
    }
}

#[test]
fn cancel_stops_the_run() {
    let c = compile(&project(vec![var("a", 3.0)], vec![])).unwrap();
    let ci = c.compile_inputs(&[]).unwrap();
    let progress = Progress::new();
    progress.request_cancel();
    assert!(monte_carlo(&c, &ci, &opts(0.25, 60, SimMethod::Euler), None, 500, 1, &progress).is_err());
}

fn result_bytes(r: &McResult) -> Vec<u8> {
    let mut b = Vec::new();
    for t in [&r.p10, &r.p50, &r.p90] {
        b.extend(t.as_slice().iter().flat_map(|x| x.to_le_bytes()));
    }
    if let Some(ix) = &r.index {
        for s in [&ix.p10, &ix.p50, &ix.p90] {
            b.extend(s.iter().flat_map(|x| x.to_le_bytes()));
        }
    }
    b
}

#[test]
fn same_bytes_whatever_the_number_of_threads_and_for_a_subset_of_variables() {
    let mut p = project(
        vec![var("a", 3.0), var("b", 3.0), var("c", 2.0), var("d", 1.0)],
        vec![
            link("a", "b", Polarity::Positive, 0.75, 1.0),
            link("b", "c", Polarity::Negative, 0.5, 0.0),
            link("c", "a", Polarity::Positive, 0.5, 6.0),
            link("c", "d", Polarity::Positive, 1.0, 0.0),
        ],
    );
    p.outcome = OutcomeIndex {
        weights: vec![OutcomeWeight { variable: VariableId::new("c"), weight: 1.0, reason: String::new() }],
    };
    let c = compile(&p).unwrap();
    let mut input = step("a", 10.0, 2.0);
    input.confidence = Some(Confidence::Low);
    let ci = c.compile_inputs(&[input]).unwrap();
    let ix = compile_index(&c, &p.outcome, &p).unwrap();
    let o = opts(0.25, 36, SimMethod::Euler);
    // 203 runs: not a multiple of the block of runs a worker takes, nor of any thread count below.
    let with = |threads, variables: Option<&[usize]>| {
        let request = McRequest { variables, threads };
        monte_carlo_request(&c, &ci, &o, Some(&ix), 203, 5, request, &Progress::new()).unwrap()
    };
    let one = with(1, None);
    assert_eq!(one.variables, vec![0, 1, 2, 3]);
    for threads in [2, 3, 8] {
        assert_eq!(result_bytes(&with(threads, None)), result_bytes(&one), "{threads} threads");
    }
    // Only b and d: their bands and the index bands are the same bytes, the others are not computed.
    let some = with(2, Some(&[3, 1, 9]));
    assert_eq!(some.variables, vec![1, 3]);
    assert!(some.has_band(1) && !some.has_band(0));
    assert_eq!(some.band(1), one.band(1));
    assert_eq!(some.band(3), one.band(3));
    assert!(some.band(0).p50.iter().all(|x| x.is_nan()));
    assert_eq!(some.index, one.index);
    // Only the index.
    let none = with(2, Some(&[]));
    assert!(none.variables.is_empty());
    assert_eq!(none.index, one.index);
}

#[test]
fn band_points_equal_the_percentiles_of_the_sorted_values() {
    let mut rng = Xoshiro256::new(11);
    // Plain, few distinct values, a third of the values clamped at 100 (as variables at their limit), rising and
    // falling values, and ties on both sides of zero.
    for n in [1, 2, 3, 4, 5, 9, 10, 11, 100, 101, 399, 400, 999, 1000, 4001] {
        for ties in 0..6 {
            let values: Vec<f64> = (0..n)
                .map(|i| match ties {
                    0 => rng.next_f64() * 100.0,
                    1 => (rng.next_f64() * 4.0).floor(),
                    2 => (rng.next_f64() * 150.0).min(100.0),
                    3 => f64::from(i) * 0.5,
                    4 => -f64::from(i),
                    _ => -50.0 + (rng.next_f64() * 8.0).floor() * 12.5,
                })
                .collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let expected = [0.1, 0.5, 0.9].map(|p| percentile_sorted(&sorted, p).to_bits());
            let mut work = values.clone();
            assert_eq!(band_points(&mut work).map(f64::to_bits), expected, "n = {n}, ties = {ties}");
        }
    }
}
