//! auto_layout of a 500-variable / 1500-link model; apply + undo of 10 000 single-variable moves.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::analysis::auto_layout::auto_layout;
use veerkrachtplanner::edit::{Edit, History};
use veerkrachtplanner::model::{Link, Polarity, Position, Project, ResourceKind, Variable};

fn model(variables: usize, links: usize) -> Project {
    let mut state = 0x1234_5678_u64;
    let mut next = move |n: usize| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n as u64) as usize
    };
    let mut p = Project::default();
    for i in 0..variables {
        p.variables.push(Variable::new(format!("v{i:04}").as_str().into(), format!("V {i}"), ResourceKind::ALL[i % 3]));
    }
    while p.links.len() < links {
        let (a, b) = (next(variables), next(variables));
        if a != b {
            let id = format!("l{:05}", p.links.len());
            let (from, to) = (p.variables[a].id.clone(), p.variables[b].id.clone());
            p.links.push(Link::new(id.as_str().into(), from, to, Polarity::Positive));
        }
    }
    p.layout = auto_layout(&p);
    p
}

fn bench(c: &mut Criterion) {
    let p = model(500, 1500);
    c.bench_function("auto_layout 500 variables / 1500 links", |b| b.iter(|| auto_layout(black_box(&p))));
    c.bench_function("apply + undo 10k moves", |b| {
        b.iter(|| {
            let mut project = p.clone();
            let mut history = History::new();
            for k in 0..10_000 {
                let id = project.variables[k % 500].id.clone();
                let edit = Edit::MoveVariables { moves: vec![(id, Position::new(k as f32, 1.0))] };
                history.apply(&mut project, edit).unwrap();
            }
            while history.undo(&mut project).is_some() {}
            black_box(project)
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
