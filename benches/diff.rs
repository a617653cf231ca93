//! Diff of two 1000-variable / 3000-link projects (≤ 20 ms) and a three-way merge of them (≤ 50 ms).
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::diff::{diff, merge};
use veerkrachtplanner::model::{Link, Polarity, Position, Project, ResourceKind, Strength, Variable};

fn model(variables: usize, links: usize) -> Project {
    let mut state = 0x1234_5678_u64;
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n as u64) as usize
    };
    let mut p = Project::default();
    for i in 0..variables {
        let id = format!("v{i:04}");
        p.variables.push(Variable::new(id.as_str().into(), format!("V {i}"), ResourceKind::ALL[i % 3]));
        p.layout.positions.insert(id.as_str().into(), Position::new((i % 40) as f32 * 200.0, (i / 40) as f32 * 90.0));
    }
    while p.links.len() < links {
        let (a, b) = (next(variables), next(variables));
        if a != b {
            let id = format!("l{:05}", p.links.len());
            let (from, to) = (p.variables[a].id.clone(), p.variables[b].id.clone());
            p.links.push(Link::new(id.as_str().into(), from, to, Polarity::Positive));
        }
    }
    p
}

/// `base` with every `step`-th variable renamed and moved and every `step`-th link made stronger, from `offset`.
fn changed(base: &Project, step: usize, offset: usize) -> Project {
    let mut p = base.clone();
    for v in p.variables.iter_mut().skip(offset).step_by(step) {
        v.name.push_str(" (gewijzigd)");
        v.baseline = 60.0;
    }
    for l in p.links.iter_mut().skip(offset).step_by(step) {
        l.strength = Strength::Strong;
    }
    p
}

fn bench(c: &mut Criterion) {
    let base = model(1000, 3000);
    let ours = changed(&base, 10, 0);
    let theirs = changed(&base, 10, 5);
    assert_eq!(diff(&ours, &theirs).len(), 800);
    c.bench_function("diff 1000 variables / 3000 links", |b| b.iter(|| diff(black_box(&ours), black_box(&theirs))));
    c.bench_function("three-way merge 1000 variables / 3000 links", |b| {
        b.iter(|| merge(black_box(&base), black_box(&ours), black_box(&theirs)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
