//! Runs compared with closed-form solutions of the equations in `simulation.md`.

use super::{link, opts, project, step, var};
use veerkrachtplanner::model::{InputShape, Polarity, SimMethod, VariableId};
use veerkrachtplanner::sim::{Input, area_between, compile, resilience_triangle};

/// Largest |x − (50 + E(1 − e^(−t/T)))| over the monthly samples.
fn step_error(dt: f64, method: SimMethod) -> f64 {
    let (e, t_adj) = (10.0, 3.0);
    let c = compile(&project(vec![var("a", t_adj)], vec![])).unwrap();
    let inputs = c.compile_inputs(&[step("a", e, 0.0)]).unwrap();
    let traj = c.run(&inputs, &opts(dt, 36, method));
    (0..traj.n_months())
        .map(|m| (traj.value(m, 0) - (50.0 + e * (1.0 - (-(m as f64) / t_adj).exp()))).abs())
        .fold(0.0, f64::max)
}

#[test]
fn step_response_follows_first_order_curve_and_euler_error_is_linear_in_dt() {
    let e1 = step_error(0.25, SimMethod::Euler);
    let e2 = step_error(0.125, SimMethod::Euler);
    let e3 = step_error(0.0625, SimMethod::Euler);
    // Euler's global error for y' = (E − y)/T is about h·E/(2T)·max(t e^(−t/T))/T ≈ 0.15 at h = 0.25.
    assert!(e1 < 0.3, "Euler error {e1}");
    assert!(e1 > 1e-3, "Euler must not be exact: {e1}");
    let (r1, r2) = (e2 / e1, e3 / e2);
    assert!((0.4..0.6).contains(&r1) && (0.4..0.6).contains(&r2), "ratios {r1} {r2}");
}

#[test]
fn rk4_error_is_much_smaller_than_eulers() {
    let euler = step_error(0.25, SimMethod::Euler);
    let rk4 = step_error(0.25, SimMethod::Rk4);
    assert!(rk4 < euler / 1000.0, "rk4 {rk4} euler {euler}");
    assert!(rk4 < 1e-4);
}

#[test]
fn delayed_chain_is_a_cascade_of_first_order_lags() {
    // A (T=2) ← step E; A → B gain 1 (sole cause), delay τ = 6, B (T=3): x_B − b = E·(unit step response of
    // three lags 2, 6, 3) = E·(1 − Σ_i T_i² e^(−t/T_i) / Π_{j≠i}(T_i − T_j)).
    let e = 10.0;
    let taus = [2.0, 6.0, 3.0];
    let p = project(vec![var("a", 2.0), var("b", 3.0)], vec![link("a", "b", Polarity::Positive, 1.0, 6.0)]);
    let c = compile(&p).unwrap();
    let inputs = c.compile_inputs(&[step("a", e, 0.0)]).unwrap();
    let traj = c.run(&inputs, &opts(0.01, 60, SimMethod::Rk4));
    let b = c.variable_index(&VariableId::new("b")).unwrap();
    for m in 0..=60 {
        let t = m as f64;
        let mut sum = 0.0;
        for (i, ti) in taus.iter().enumerate() {
            let denom: f64 = taus.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, tj)| ti - tj).product();
            sum += ti * ti * (-t / ti).exp() / denom;
        }
        let expected = 50.0 + e * (1.0 - sum);
        assert!((traj.value(m, b) - expected).abs() < 1e-6, "month {m}: {} vs {expected}", traj.value(m, b));
    }
}

#[test]
fn balancing_loop_converges_to_its_equilibrium() {
    // d_A = E − 0.5 d_B, d_B = 0.5 d_A (G = 1 for both) → d_A = E / 1.25, d_B = E / 2.5.
    let e = 20.0;
    let p = project(
        vec![var("a", 3.0), var("b", 3.0)],
        vec![link("a", "b", Polarity::Positive, 0.5, 1.0), link("b", "a", Polarity::Negative, 0.5, 0.0)],
    );
    let c = compile(&p).unwrap();
    let inputs = c.compile_inputs(&[step("a", e, 0.0)]).unwrap();
    for method in [SimMethod::Euler, SimMethod::Rk4] {
        let traj = c.run(&inputs, &opts(0.25, 240, method));
        assert!((traj.value(240, 0) - (50.0 + e / 1.25)).abs() < 1e-6);
        assert!((traj.value(240, 1) - (50.0 + e / 2.5)).abs() < 1e-6);
    }
}

#[test]
fn many_causes_are_shares_of_the_movement() {
    // Three "sterk" causes into C: G = 2.25. Sources held at +10 by inputs with tiny T → e_C = 3·0.75·10/2.25 = 10.
    let p = project(
        vec![var("a", 0.25), var("b", 0.25), var("c", 3.0), var("d", 0.25)],
        vec![
            link("a", "c", Polarity::Positive, 0.75, 0.0),
            link("b", "c", Polarity::Positive, 0.75, 0.0),
            link("d", "c", Polarity::Positive, 0.75, 0.0),
        ],
    );
    let c = compile(&p).unwrap();
    let inputs = c.compile_inputs(&[step("a", 10.0, 0.0), step("b", 10.0, 0.0), step("d", 10.0, 0.0)]).unwrap();
    let traj = c.run(&inputs, &opts(0.25, 120, SimMethod::Euler));
    assert!((traj.value(120, 2) - 60.0).abs() < 1e-9);
}

#[test]
fn no_inputs_means_every_variable_exactly_at_baseline() {
    let mut vars: Vec<_> = (0..12).map(|i| var(&format!("v{i:02}"), 0.5 + f64::from(i))).collect();
    for (i, v) in vars.iter_mut().enumerate() {
        v.baseline = [0.0, 13.7, 50.0, 99.9, 100.0, 33.3][i % 6];
    }
    let mut links = Vec::new();
    for i in 0..12 {
        for j in [1, 5, 7] {
            let to = (i + j) % 12;
            let pol = if (i + j) % 2 == 0 { Polarity::Positive } else { Polarity::Negative };
            links.push(link(&format!("v{i:02}"), &format!("v{to:02}"), pol, 0.9, f64::from(i % 3)));
        }
    }
    let p = project(vars.clone(), links);
    let c = compile(&p).unwrap();
    let inputs = c.compile_inputs(&[]).unwrap();
    for method in [SimMethod::Euler, SimMethod::Rk4] {
        let traj = c.run(&inputs, &opts(0.25, 60, method));
        for m in 0..traj.n_months() {
            for v in &vars {
                assert_eq!(traj.value(m, c.variable_index(&v.id).unwrap()), v.baseline);
            }
        }
    }
}

#[test]
fn euler_and_rk4_agree_as_dt_shrinks() {
    let p = project(
        vec![var("a", 2.0), var("b", 3.0), var("c", 4.0)],
        vec![
            link("a", "b", Polarity::Positive, 0.75, 1.0),
            link("b", "c", Polarity::Negative, 0.5, 0.0),
            link("c", "a", Polarity::Positive, 0.5, 6.0),
        ],
    );
    let c = compile(&p).unwrap();
    let shape = InputShape { start_month: 0.0, ramp_up_months: 6.0, end_month: Some(24.0), after_effect_months: 6.0 };
    let inputs = c
        .compile_inputs(&[Input { target: VariableId::new("a"), effect: 15.0, reach: 0.8, shape, confidence: None }])
        .unwrap();
    let diff = |dt: f64| {
        let e = c.run(&inputs, &opts(dt, 60, SimMethod::Euler));
        let r = c.run(&inputs, &opts(dt, 60, SimMethod::Rk4));
        e.as_slice().iter().zip(r.as_slice()).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max)
    };
    let (d1, d2) = (diff(0.25), diff(1.0 / 64.0));
    assert!(d1 > 1e-3);
    assert!(d2 < d1 / 8.0, "{d1} {d2}");
}

#[test]
fn ramp_shape_end_to_end() {
    // A fast variable (T = 0.05) tracks its input: x ≈ 50 + E·ramp(t), lagging by about T·slope.
    let c = compile(&project(vec![var("a", 0.05)], vec![])).unwrap();
    let shape = InputShape { start_month: 2.0, ramp_up_months: 6.0, end_month: Some(20.0), after_effect_months: 12.0 };
    let inputs = c
        .compile_inputs(&[Input { target: VariableId::new("a"), effect: 12.0, reach: 0.5, shape, confidence: None }])
        .unwrap();
    let traj = c.run(&inputs, &opts(0.001, 40, SimMethod::Euler));
    let expect =
        [(0, 50.0), (2, 50.0), (5, 53.0), (8, 56.0), (15, 56.0), (20, 56.0), (26, 53.0), (32, 50.0), (40, 50.0)];
    for (m, x) in expect {
        assert!((traj.value(m, 0) - x).abs() < 0.06, "month {m}: {} vs {x}", traj.value(m, 0));
    }
}

#[test]
fn shock_gives_analytic_resilience_triangle() {
    // Stress-like pulse: −20 from month 6 to 18 on a lone variable (T = 3). Depth at month 18:
    // 50 − 20(1 − e^(−4)); back within 5 % when e^(−(t−18)/3) = 0.05, i.e. 18 + 3 ln 20 months.
    let c = compile(&project(vec![var("a", 3.0)], vec![])).unwrap();
    let shape = InputShape { start_month: 6.0, ramp_up_months: 0.0, end_month: Some(18.0), after_effect_months: 0.0 };
    let inputs = c
        .compile_inputs(&[Input { target: VariableId::new("a"), effect: -20.0, reach: 1.0, shape, confidence: None }])
        .unwrap();
    let traj = c.run(&inputs, &opts(0.01, 60, SimMethod::Rk4));
    let r = resilience_triangle(&traj.series(0), 6, true);
    // RK4 evaluates the input at its stage times, so the last step before month 6 already sees a sixth of it.
    assert!((r.pre_shock - 50.0).abs() < 0.02, "{}", r.pre_shock);
    assert_eq!(r.depth_month, 18);
    assert!((r.depth - (50.0 - 20.0 * (1.0 - (-4.0f64).exp()))).abs() < 0.02);
    let recovery = r.recovery_months.unwrap();
    assert!((recovery - (12.0 + 3.0 * 20f64.ln())).abs() < 0.1, "{recovery}");
    // Area lost: ∫ shortfall = 20·(12 − 3(1 − e^(−4))) + 20(1 − e^(−4))·3 = 240 (to within the tail and trapezoids).
    assert!((r.area_lost - 240.0).abs() < 1.0, "{}", r.area_lost);
}

#[test]
fn plan_area_is_integral_of_the_effect() {
    let c = compile(&project(vec![var("a", 3.0)], vec![])).unwrap();
    let reference = c.run(&c.compile_inputs(&[]).unwrap(), &opts(0.01, 60, SimMethod::Rk4));
    let plan = c.run(&c.compile_inputs(&[step("a", 4.0, 0.0)]).unwrap(), &opts(0.01, 60, SimMethod::Rk4));
    // ∫₀⁶⁰ 4(1 − e^(−t/3)) dt = 4(60 − 3(1 − e^(−20))).
    let area = area_between(&plan.series(0), &reference.series(0));
    assert!((area - 4.0 * (60.0 - 3.0)).abs() < 0.15, "{area}");
}
