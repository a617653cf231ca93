//! Benchmarks of `sim`: one run of the default-sized model, a 1000-run Monte Carlo, run time vs model size.
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::model::{
    Delay, InputShape, Link, LinkId, Polarity, Project, ResourceKind, Strength, Variable, VariableId,
};
use veerkrachtplanner::sim::rng::Xoshiro256;
use veerkrachtplanner::sim::{Input, Progress, RunOptions, Scratch, Trajectory, compile, monte_carlo};

/// A random model of `n` variables and `m` links with the word gains and delays.
fn model(n: usize, m: usize, seed: u64) -> Project {
    let mut rng = Xoshiro256::new(seed);
    let variables = (0..n)
        .map(|i| Variable::new(VariableId::new(format!("v{i:04}")), format!("V{i}"), ResourceKind::Individueel))
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

fn benches(c: &mut Criterion) {
    let default = {
        let p = veerkrachtplanner::io::default_project();
        if p.variables.len() >= 10 { p } else { model(28, 47, 1) }
    };
    let compiled = compile(&default).expect("model compiles");
    let inputs = compiled.compile_inputs(&shock()).unwrap_or_default();
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
    let mut g = c.benchmark_group("monte_carlo");
    g.sample_size(10);
    g.bench_function("1000_runs_default", |b| {
        b.iter(|| monte_carlo(&compiled, &inputs, &opts, None, 1000, 1, &Progress::new()));
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
