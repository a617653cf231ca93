//! Benchmarks of `sim`: one run of the default project under its crisis (Euler, RK4), a 1000-run Monte Carlo with
//! the index bands, run time vs model size (targets: ≤ 25 µs per Euler run, RK4 ≤ 4× Euler, 1000 runs ≤ 25 ms).
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::model::{
    Delay, InputShape, Link, LinkId, Polarity, Project, ResourceKind, Strength, Variable, VariableId,
};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{
    Input, Progress, RunOptions, Scratch, Trajectory, compile, compile_index, monte_carlo, scenario_inputs,
};

/// A random model of `n` variables and `m` links with the word gains and delays.
fn model(n: usize, m: usize, seed: u64) -> Project {
    let mut rng = Xoshiro256::new(seed);
    let variables = (0..n)
        .map(|i| Variable::new(VariableId::new(format!("v{i:04}")), format!("V{i}"), ResourceKind::Individual))
        .collect();
    let links = (0..m)
        .map(|k| {
            let from = (rng.next_u64() % n as u64) as usize;
            let to = (from + 1 + (rng.next_u64() % (n as u64 - 1)) as usize) % n;
            let pol = if rng.next_f64() < 0.6 { Polarity::Positive } else { Polarity::Negative };
            let mut l = Link::new(
                LinkId::new(format!("l{k:04}")),
                VariableId::new(format!("v{from:04}")),
                VariableId::new(format!("v{to:04}")),
                pol,
            );
            l.strength = Strength::WORDS[(rng.next_u64() % 4) as usize];
            l.delay = Delay::WORDS[(rng.next_u64() % 4) as usize];
            l
        })
        .collect();
    Project { variables, links, ..Project::default() }
}

fn shock() -> Vec<Input> {
    vec![Input {
        target: VariableId::new("v0000"),
        effect: 20.0,
        reach: 1.0,
        shape: InputShape { start_month: 6.0, ramp_up_months: 1.0, end_month: Some(18.0), after_effect_months: 3.0 },
        confidence: None,
    }]
}

/// The default project and the inputs of its crisis scenario (or a random model of the same size and one shock
/// when the embedded project is missing).
fn default_with_crisis() -> (Project, Vec<Input>) {
    let p = veerkrachtplanner::io::default_project();
    match p.scenarios.first() {
        Some(s) if p.variables.len() >= 10 => {
            let inputs = scenario_inputs(s);
            (p, inputs)
        }
        _ => (model(28, 47, 1), shock()),
    }
}

fn benches(c: &mut Criterion) {
    let (default, crisis) = default_with_crisis();
    let compiled = compile(&default).expect("model compiles");
    let inputs = compiled.compile_inputs(&crisis).expect("inputs compile");
    let index = compile_index(&compiled, &default.outcome, &default).ok();
    let opts = RunOptions::default();
    let mut out = Trajectory::default();
    let mut scratch = Scratch::default();
    c.bench_function("run_default_euler", |b| {
        b.iter(|| compiled.run_into(black_box(&inputs), &opts, &mut out, &mut scratch));
    });
    let rk4 = RunOptions { method: veerkrachtplanner::model::SimMethod::Rk4, ..opts };
    c.bench_function("run_default_rk4", |b| {
        b.iter(|| compiled.run_into(black_box(&inputs), &rk4, &mut out, &mut scratch));
    });
    // A run from nothing: allocates its trajectory and work arrays.
    c.bench_function("run_default_euler_fresh", |b| b.iter(|| compiled.run(black_box(&inputs), &opts)));
    let mut g = c.benchmark_group("monte_carlo");
    g.sample_size(20);
    g.bench_function("1000_runs_default", |b| {
        b.iter(|| monte_carlo(&compiled, &inputs, &opts, index.as_ref(), 1000, 1, &Progress::new()));
    });
    g.finish();
    let mut g = c.benchmark_group("run_vs_size");
    for n in [10, 100, 300, 1000] {
        let p = model(n, n * 17 / 10, 2);
        let cm = compile(&p).expect("model compiles");
        let ci = cm.compile_inputs(&shock()).unwrap_or_default();
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| cm.run_into(black_box(&ci), &opts, &mut out, &mut scratch));
        });
    }
    g.finish();
}

criterion_group!(sim, benches);
criterion_main!(sim);
