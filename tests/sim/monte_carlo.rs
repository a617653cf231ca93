//! Monte Carlo: reproducible, ordered bands, and bands of the right width.

use super::{link, opts, project, step, var};
use veerkrachtplanner::model::{Confidence, OutcomeIndex, OutcomeWeight, Polarity, SimMethod, VariableId};
use veerkrachtplanner::sim::{Progress, compile, compile_index, monte_carlo};

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
    input.confidence = Some(Confidence::Laag);
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
    l.confidence = Confidence::Hoog;
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
