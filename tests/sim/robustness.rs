//! Extreme and random models never give NaN or infinity; bad input gives a Dutch error.

use super::{link, opts, project, step, var};
use veerkrachtplanner::model::{InputShape, Polarity, SimMethod, VariableId};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{Input, Scratch, SimError, Trajectory, compile};

fn random_model(n: usize, links_per_var: usize, seed: u64, extreme: bool) -> veerkrachtplanner::model::Project {
    let mut rng = Xoshiro256::new(seed);
    let vars = (0..n)
        .map(|i| {
            let t = if extreme { 10f64.powf(rng.next_f64() * 12.0 - 6.0) } else { 0.5 + rng.next_f64() * 12.0 };
            let mut v = var(&format!("v{i:04}"), t);
            v.baseline = (rng.next_f64() * 100.0).round();
            v
        })
        .collect();
    let mut links = Vec::new();
    for i in 0..n {
        for j in 0..links_per_var {
            let to = (rng.next_u64() % n as u64) as usize;
            let pol = if rng.next_f64() < 0.5 { Polarity::Positive } else { Polarity::Negative };
            let gain = if extreme { rng.next_f64() * 10.0 } else { rng.next_f64() };
            let delay = match rng.next_u64() % 4 {
                0 => 0.0,
                1 if extreme => 1e-7,
                _ => rng.next_f64() * 24.0,
            };
            let mut l = link(&format!("v{i:04}"), &format!("v{to:04}"), pol, gain, delay);
            l.id = veerkrachtplanner::model::LinkId::new(format!("l{i:04}_{j}"));
            links.push(l);
        }
    }
    project(vars, links)
}

fn assert_sane(t: &Trajectory) {
    for &x in t.as_slice() {
        assert!(x.is_finite() && (0.0..=100.0).contains(&x), "{x}");
    }
}

#[test]
fn random_and_extreme_models_stay_finite() {
    for (seed, n, extreme) in [(1, 40, true), (2, 40, false), (3, 200, true), (4, 1000, true)] {
        let p = random_model(n, 3, seed, extreme);
        let c = compile(&p).unwrap();
        let mut rng = Xoshiro256::new(seed + 100);
        let inputs: Vec<Input> = (0..20)
            .map(|k| Input {
                target: VariableId::new(format!("v{:04}", (k * 7) % n)),
                effect: if k % 2 == 0 { 1e6 } else { -(rng.next_f64() * 200.0) },
                reach: rng.next_f64(),
                shape: InputShape {
                    start_month: rng.next_f64() * 10.0,
                    ramp_up_months: rng.next_f64() * 3.0,
                    end_month: Some(20.0),
                    after_effect_months: 1e-9,
                },
                confidence: None,
            })
            .collect();
        let ci = c.compile_inputs(&inputs).unwrap();
        for method in [SimMethod::Euler, SimMethod::Rk4] {
            for dt in [1.0, 0.25] {
                assert_sane(&c.run(&ci, &opts(dt, 36, method)));
            }
        }
    }
}

#[test]
fn a_large_input_pins_at_100_without_nan() {
    let p = project(vec![var("a", 3.0), var("b", 3.0)], vec![link("a", "b", Polarity::Negative, 1.0, 0.0)]);
    let c = compile(&p).unwrap();
    let traj = c.run(&c.compile_inputs(&[step("a", 1000.0, 0.0)]).unwrap(), &opts(0.25, 60, SimMethod::Rk4));
    assert_sane(&traj);
    assert_eq!(traj.value(60, 0), 100.0);
    // b is pushed by y_a = 100 − 50 = 50 (after the clamp) with sign −, so it settles at 0.
    assert!(traj.value(60, 1).abs() < 1e-6);
    let s = veerkrachtplanner::sim::structural_resilience(&c, &p, 60, Some(&traj));
    // b approaches 0 but never reaches it: only a is pinned.
    assert_eq!(s.pinned, vec![VariableId::new("a")]);
}

#[test]
fn run_into_reuses_buffers_and_matches_run() {
    let p = random_model(30, 2, 9, false);
    let c = compile(&p).unwrap();
    let ci = c.compile_inputs(&[step("v0003", 10.0, 1.0)]).unwrap();
    let o = opts(0.25, 60, SimMethod::Rk4);
    let mut out = Trajectory::default();
    let mut scratch = Scratch::default();
    c.run_into(&ci, &o, &mut out, &mut scratch);
    let ptr = out.as_slice().as_ptr();
    c.run_into(&ci, &o, &mut out, &mut scratch);
    assert_eq!(out.as_slice().as_ptr(), ptr);
    assert_eq!(out, c.run(&ci, &o));
}

#[test]
fn bad_input_gives_errors_that_say_where() {
    let p = project(vec![var("a", 3.0)], vec![link("a", "onbekend", Polarity::Positive, 0.5, 0.0)]);
    assert!(matches!(compile(&p).unwrap_err(), SimError::UnknownEffect { variable, .. } if variable == "onbekend"));
    let c = compile(&project(vec![var("a", 3.0)], vec![])).unwrap();
    let err = c.compile_inputs(&[step("zz", 1.0, 0.0)]).unwrap_err();
    assert_eq!(err, SimError::UnknownInputTarget { target: "zz".into() });
    assert!(matches!(c.compile_inputs(&[step("a", f64::NAN, 0.0)]), Err(SimError::InvalidInputNumber { .. })));
    let mut bad = project(vec![var("a", 0.0)], vec![]);
    assert!(matches!(compile(&bad).unwrap_err(), SimError::InvalidAdjustmentTime { months, .. } if months == 0.0));
    bad.variables[0].adjustment_months = 3.0;
    bad.variables[0].baseline = 120.0;
    assert!(matches!(compile(&bad).unwrap_err(), SimError::BaselineOutOfRange { baseline, .. } if baseline == 120.0));
}

#[test]
fn odd_dt_still_hits_every_month() {
    let c = compile(&project(vec![var("a", 3.0)], vec![])).unwrap();
    let ci = c.compile_inputs(&[step("a", 10.0, 0.0)]).unwrap();
    for dt in [0.3, 7.0, -1.0, f64::NAN, 1e-9] {
        let o = opts(dt, 12, SimMethod::Euler);
        let t = c.run(&ci, &o);
        assert_eq!(t.n_months(), 13);
        assert_sane(&t);
    }
    assert_eq!(opts(0.3, 1, SimMethod::Euler).steps_per_month(), 3);
}
