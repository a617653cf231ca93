//! The optimiser on the default TNO model: 30 catalogue candidates × 4 reach levels, four years with
//! € 500.000 per year (target ≤ 1 s), and the exact search alone; plus the budget table and plan effect of the
//! example project. Under uncertainty (issue 15): plan A against plan B with 1000 draws each (target ≤ 150 ms) and
//! the tornado over every link and intervention effect of plan B (target ≤ 300 ms).
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use veerkrachtplanner::io::{default_project, parse_project};
use veerkrachtplanner::plan::{
    Choice, CompareRequest, OptimizeRequest, Outcome, SensitivityRequest, best_portfolios, budget_table, catalogue,
    compare, default_item, optimize, plan_effect, sensitivity,
};
use veerkrachtplanner::sim::monte_carlo::Progress;

fn request(candidates: usize) -> OptimizeRequest {
    let items = catalogue().iter().take(candidates).map(|i| default_item(i.id.clone())).collect();
    OptimizeRequest::new(2026, 2029, (2026..=2029).map(|y| (y, 500_000.0)).collect(), items)
}

fn bench(c: &mut Criterion) {
    let project = default_project();
    let request30 = request(30);
    c.bench_function("optimize 30 candidates, 4 years", |b| {
        b.iter(|| optimize(black_box(&project), &request30, &mut |_| {}, &AtomicBool::new(false)).unwrap());
    });
    let request_all = request(catalogue().len());
    c.bench_function("optimize whole catalogue (58), 4 years", |b| {
        b.iter(|| optimize(black_box(&project), &request_all, &mut |_| {}, &AtomicBool::new(false)).unwrap());
    });

    // The search alone on a 30 × 4 instance with near-linear values and one-off costs.
    let mut state = 0x9e37_79b9_u64;
    let mut unit = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let classes: Vec<Vec<Choice>> = (0..30)
        .map(|_| {
            let (ratio, one_off, yearly) = (0.5 + unit(), unit() * 30_000.0, 20_000.0 + unit() * 200_000.0);
            (1..=4)
                .map(|l| {
                    let share = f64::from(l) / 4.0;
                    let mut cost = vec![yearly * share; 4];
                    cost[0] += one_off;
                    Choice { value: ratio * cost.iter().sum::<f64>() / 1000.0, cost_per_year_eur: cost }
                })
                .collect()
        })
        .collect();
    let budgets = [500_000.0; 4];
    c.bench_function("exact search 30 × 4 levels, 4 years", |b| {
        b.iter(|| best_portfolios(black_box(&classes), &budgets, 5, &AtomicBool::new(false)));
    });

    let example = parse_project(include_str!("../projects/voorbeeld-gemeente.veerkracht")).unwrap();
    let plan = &example.plans[0];
    c.bench_function("budget table of Plan A", |b| b.iter(|| budget_table(black_box(&example), plan).unwrap()));
    c.bench_function("plan effect of Plan A", |b| {
        b.iter(|| plan_effect(black_box(&example), plan, &Outcome::Index).unwrap());
    });

    let (a, b) = (&example.plans[0], &example.plans[1]);
    let request = CompareRequest { outcome: Outcome::Index, scenario: None, runs: 1000, seed: 1, threads: 0 };
    c.bench_function("plan A against plan B, 1000 draws each (target 150 ms)", |bench| {
        bench.iter(|| compare(black_box(&example), a, b, &request, &Progress::new()).unwrap());
    });
    let crisis = CompareRequest { scenario: Some(example.scenarios[0].clone()), ..request.clone() };
    c.bench_function("plan A against plan B with crisis, 1000 draws each", |bench| {
        bench.iter(|| compare(black_box(&example), a, b, &crisis, &Progress::new()).unwrap());
    });
    let tornado = SensitivityRequest { outcome: Outcome::Index, scenario: None, variance_runs: 0, seed: 1, threads: 0 };
    c.bench_function("tornado of plan B, every link and effect (target 300 ms)", |bench| {
        bench.iter(|| sensitivity(black_box(&example), b, &tornado, &Progress::new()).unwrap());
    });
    let with_index = SensitivityRequest { variance_runs: 200, ..tornado.clone() };
    c.bench_function("tornado of plan B plus first-order index (200 draws)", |bench| {
        bench.iter(|| sensitivity(black_box(&example), b, &with_index, &Progress::new()).unwrap());
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
