//! Loop analysis speed: the seed's model (target ≤ 5 ms), a random 300-variable / 900-link model and a complete
//! 300-variable digraph (both stopped by the cap / work budget).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::analysis::loops::{DEFAULT_LOOP_CAP, FeedbackLoop, find_loops};

#[allow(dead_code, clippy::unwrap_used)]
#[path = "../tests/analysis/common.rs"]
mod common;

fn seed_model_project() -> veerkrachtplanner::model::Project {
    let shipped = veerkrachtplanner::io::default_project();
    if shipped.variables.is_empty() { common::basis_model() } else { shipped }
}

fn bench_loops(c: &mut Criterion) {
    let seed = seed_model_project();
    println!("seed model: {} loops", find_loops(&seed, DEFAULT_LOOP_CAP).loops.len());
    c.bench_function("loops/seed_model", |b| b.iter(|| find_loops(black_box(&seed), DEFAULT_LOOP_CAP)));

    let random = common::random_model(2026, 300, 900);
    let report = find_loops(&random, DEFAULT_LOOP_CAP);
    let longest = report.loops.iter().map(FeedbackLoop::len).max().unwrap_or(0);
    println!("random 300/900: {} loops up to length {longest}, truncated {}", report.loops.len(), report.truncated);
    c.bench_function("loops/random_300_900", |b| b.iter(|| find_loops(black_box(&random), DEFAULT_LOOP_CAP)));

    let mut dense = common::model(&[], &[]);
    let names: Vec<String> = (0..300).map(|i| format!("v{i:03}")).collect();
    for n in &names {
        dense.variables.push(veerkrachtplanner::model::Variable::new(
            n.as_str().into(),
            n.as_str(),
            veerkrachtplanner::model::ResourceKind::Individual,
        ));
    }
    for a in &names {
        for b in &names {
            if a != b {
                common::add_link(&mut dense, &format!("{a}__{b}"), a, b, '+');
            }
        }
    }
    let report = find_loops(&dense, DEFAULT_LOOP_CAP);
    let longest = report.loops.iter().map(FeedbackLoop::len).max().unwrap_or(0);
    println!("complete 300: {} loops up to length {longest}, truncated {}", report.loops.len(), report.truncated);
    let mut group = c.benchmark_group("loops_dense");
    group.sample_size(10);
    group.bench_function("complete_300", |b| b.iter(|| find_loops(black_box(&dense), DEFAULT_LOOP_CAP)));
    group.finish();
}

criterion_group!(benches, bench_loops);
criterion_main!(benches);
