//! The engine computes exactly the literal equations of simulation.md: a plain, unoptimised integrator written
//! from the project's own data (variables by id, links by target then link id, sums in that order, inputs in the
//! order given) gives the same bits on random models, for Euler and RK4, several steps, and fresh or reused
//! work arrays.

use super::{link, opts, project, var};
use veerkrachtplanner::model::{InputShape, LinkId, Polarity, Project, SimMethod, VariableId};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{Input, RunOptions, Scratch, Trajectory, compile, ramp};

/// The straightforward integrator: every step evaluates the ramps, fills `u`, and computes every derivative.
fn reference_run(p: &Project, inputs: &[Input], o: &RunOptions) -> Vec<f64> {
    let mut vars: Vec<_> = p.variables.iter().collect();
    vars.sort_by(|a, b| a.id.cmp(&b.id));
    let n = vars.len();
    let ix = |id: &VariableId| vars.iter().position(|v| &v.id == id).unwrap();
    let mut links: Vec<_> = p.links.iter().collect();
    links.sort_by(|a, b| ix(&a.to).cmp(&ix(&b.to)).then(a.id.cmp(&b.id)));
    let k = o.steps_per_month();
    let h = 1.0 / k as f64;
    let delayed: Vec<usize> = (0..links.len()).filter(|&j| links[j].delay.months() > 0.0).collect();
    let slot = |j: usize| delayed.iter().position(|&d| d == j);
    let inv_g: Vec<f64> = (0..n)
        .map(|i| {
            let sum: f64 = links.iter().filter(|l| ix(&l.to) == i).map(|l| l.strength.gain()).sum();
            1.0 / sum.max(1.0)
        })
        .collect();
    let rhs = |t: f64, state: &[f64], out: &mut Vec<f64>| {
        let y: Vec<f64> = (0..n).map(|i| (vars[i].baseline + state[i]).clamp(0.0, 100.0) - vars[i].baseline).collect();
        let mut u = vec![0.0; n];
        for input in inputs {
            u[ix(&input.target)] += input.effect * input.reach * ramp(&input.shape, t);
        }
        out.clear();
        for i in 0..n {
            let mut acc = 0.0;
            for (j, l) in links.iter().enumerate().filter(|(_, l)| ix(&l.to) == i) {
                let z = slot(j).map_or(y[ix(&l.from)], |s| state[n + s]);
                acc += l.polarity.sign() * l.strength.gain() * z;
            }
            let e = acc * inv_g[i] + u[i];
            out.push((e - state[i]) * (1.0 / vars[i].adjustment_months.max(h)));
        }
        for (s, &j) in delayed.iter().enumerate() {
            let tau = links[j].delay.months();
            out.push((y[ix(&links[j].from)] - state[n + s]) * (1.0 / tau.max(h)));
        }
    };
    let mut state = vec![0.0; n + delayed.len()];
    let save = |state: &[f64], x: &mut Vec<f64>| {
        x.extend((0..n).map(|i| (vars[i].baseline + state[i]).clamp(0.0, 100.0)));
    };
    let mut x = Vec::new();
    save(&state, &mut x);
    let (mut k1, mut k2, mut k3, mut k4) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for month in 0..o.horizon_months as usize {
        for s in 0..k {
            let step = (month * k + s) as f64;
            let t = step / k as f64;
            match o.method {
                SimMethod::Euler => {
                    rhs(t, &state, &mut k1);
                    for (x, dx) in state.iter_mut().zip(&k1) {
                        *x += h * dx;
                    }
                }
                SimMethod::Rk4 => {
                    let t_half = (2.0 * step + 1.0) / (2.0 * k as f64);
                    let t_next = (step + 1.0) / k as f64;
                    rhs(t, &state, &mut k1);
                    let tmp: Vec<f64> = state.iter().zip(&k1).map(|(x, v)| x + 0.5 * h * v).collect();
                    rhs(t_half, &tmp, &mut k2);
                    let tmp: Vec<f64> = state.iter().zip(&k2).map(|(x, v)| x + 0.5 * h * v).collect();
                    rhs(t_half, &tmp, &mut k3);
                    let tmp: Vec<f64> = state.iter().zip(&k3).map(|(x, v)| x + h * v).collect();
                    rhs(t_next, &tmp, &mut k4);
                    for i in 0..state.len() {
                        state[i] += h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
                    }
                }
            }
        }
        save(&state, &mut x);
    }
    x
}

fn random_case(seed: u64) -> (Project, Vec<Input>) {
    let mut rng = Xoshiro256::new(seed);
    let n = 3 + (rng.next_u64() % 12) as usize;
    let vars = (0..n)
        .map(|i| {
            // Listed out of id order on purpose: the engine sorts them.
            let mut v = var(&format!("v{:02}", n - 1 - i), 0.1 + rng.next_f64() * 6.0);
            v.baseline = (rng.next_f64() * 100.0).round();
            v
        })
        .collect();
    let links = (0..n * 2)
        .map(|j| {
            let from = format!("v{:02}", rng.next_u64() % n as u64);
            let to = format!("v{:02}", rng.next_u64() % n as u64);
            let pol = if rng.next_f64() < 0.6 { Polarity::Positive } else { Polarity::Negative };
            let delay = [0.0, 0.0, 0.1, 1.0, 6.0, 24.0][(rng.next_u64() % 6) as usize];
            let mut l = link(&from, &to, pol, rng.next_f64() * 1.2, delay);
            // Ids out of order on purpose: the engine sorts them.
            l.id = LinkId::new(format!("l{:03}", (j * 37) % 101));
            l
        })
        .collect();
    let inputs = (0..=rng.next_u64() % 5)
        .map(|_| Input {
            // Several inputs may hit the same variable: they add up in the order given.
            target: VariableId::new(format!("v{:02}", rng.next_u64() % 3)),
            effect: rng.next_f64() * 80.0 - 40.0,
            reach: rng.next_f64(),
            shape: InputShape {
                start_month: (rng.next_f64() * 12.0 * 4.0).round() / 4.0 + 0.1 * (rng.next_u64() % 2) as f64,
                ramp_up_months: [0.0, 0.5, 2.0, 3.3][(rng.next_u64() % 4) as usize],
                end_month: (!rng.next_u64().is_multiple_of(3)).then(|| 14.0 + rng.next_f64() * 10.0),
                after_effect_months: [0.0, 1.0, 6.0][(rng.next_u64() % 3) as usize],
            },
            confidence: None,
        })
        .collect();
    (project(vars, links), inputs)
}

#[test]
fn runs_equal_the_literal_equations_bit_for_bit() {
    let mut scratch = Scratch::default();
    let mut reused = Trajectory::default();
    for seed in 0..40 {
        let (p, inputs) = random_case(seed);
        let c = compile(&p).unwrap();
        let ci = c.compile_inputs(&inputs).unwrap();
        for (dt, method) in
            [(0.25, SimMethod::Euler), (1.0, SimMethod::Euler), (0.3, SimMethod::Rk4), (0.25, SimMethod::Rk4)]
        {
            let o = opts(dt, 30 + (seed % 3) as u32 * 7, method);
            let expected = reference_run(&p, &inputs, &o);
            let fresh = c.run(&ci, &o);
            assert_eq!(bits(fresh.as_slice()), bits(&expected), "seed {seed}, dt {dt}, {method:?}");
            // The same work arrays across models, methods and input shapes (the ramp table is rebuilt when needed).
            c.run_into(&ci, &o, &mut reused, &mut scratch);
            assert_eq!(bits(reused.as_slice()), bits(&expected), "reused, seed {seed}, dt {dt}, {method:?}");
        }
    }
}

fn bits(x: &[f64]) -> Vec<u64> {
    x.iter().map(|v| v.to_bits()).collect()
}
