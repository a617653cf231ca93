//! Plan A versus plan B under uncertainty with common random numbers: against mathematics.

use veerkrachtplanner::model::{Confidence, Effect, PlanItem, Project, VariableId};
use veerkrachtplanner::plan::{CompareRequest, Outcome, compare};
use veerkrachtplanner::sim::monte_carlo::Progress;

fn example() -> Project {
    veerkrachtplanner::io::load_project_file(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht"),
    )
    .unwrap()
}

fn request(project: &Project, crisis: bool, runs: usize, threads: usize) -> CompareRequest {
    CompareRequest {
        outcome: Outcome::Index,
        scenario: crisis.then(|| project.scenarios[0].clone()),
        runs,
        seed: 42,
        threads,
    }
}

#[test]
fn identical_plans_tie_in_every_draw_with_and_without_crisis() {
    let project = example();
    let a = &project.plans[0];
    for crisis in [false, true] {
        let c = compare(&project, a, &a.clone(), &request(&project, crisis, 64, 0), &Progress::new()).unwrap();
        assert_eq!(c.runs, 64);
        assert!(c.difference.iter().all(|d| *d == 0.0), "zero difference in every draw");
        assert_eq!(c.ties, 64);
        assert_eq!(c.probability_b_better, 0.5);
        assert_eq!((c.difference_p10, c.difference_p50, c.difference_p90), (0.0, 0.0, 0.0));
        assert!(c.effect_a.windows(2).any(|w| w[0] != w[1]), "the draws do vary the effect");
    }
}

#[test]
fn a_plan_that_adds_a_strictly_positive_effect_wins_every_draw() {
    let project = example();
    let a = project.plans[0].clone();
    let mut b = a.clone();
    b.items.push(PlanItem {
        effects: Some(vec![Effect { target: "welbevinden".into(), points: 4.0, confidence: Confidence::Low }]),
        ..PlanItem::new(a.items[0].intervention.clone(), 100.0)
    });
    let mut req = request(&project, true, 64, 0);
    req.outcome = Outcome::Variable(VariableId::new("welbevinden"));
    let c = compare(&project, &a, &b, &req, &Progress::new()).unwrap();
    assert!(c.difference.iter().all(|d| *d > 0.0), "B wins every draw");
    assert_eq!(c.b_better, 64);
    assert_eq!(c.probability_b_better, 1.0);
    assert!(c.difference_p10 > 0.0 && c.difference_p10 <= c.difference_p50 && c.difference_p50 <= c.difference_p90);
    // Swapped: A never wins.
    let swapped = compare(&project, &b, &a, &req, &Progress::new()).unwrap();
    assert_eq!(swapped.probability_b_better, 0.0);
    assert!(swapped.difference.iter().zip(&c.difference).all(|(s, d)| *s == -d));
}

#[test]
fn same_seed_same_bytes_whatever_the_number_of_threads() {
    let project = example();
    let (a, b) = (&project.plans[0], &project.plans[1]);
    let bits = |threads: usize| {
        let c = compare(&project, a, b, &request(&project, true, 40, threads), &Progress::new()).unwrap();
        let all: Vec<u64> = c.effect_a.iter().chain(&c.effect_b).chain(&c.difference).map(|x| x.to_bits()).collect();
        (all, c.probability_b_better.to_bits(), c.difference_p50.to_bits())
    };
    let one = bits(1);
    assert_eq!(one, bits(2));
    assert_eq!(one, bits(3));
    let mut other = request(&project, true, 40, 1);
    other.seed = 43;
    let c = compare(&project, a, b, &other, &Progress::new()).unwrap();
    assert_ne!(c.effect_a.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), one.0[..40].to_vec());
}

#[test]
fn cancel_stops_with_the_cancelled_error() {
    let project = example();
    let progress = Progress::new();
    progress.request_cancel();
    let a = &project.plans[0];
    let err = compare(&project, a, a, &request(&project, false, 100, 0), &progress).unwrap_err();
    assert_eq!(err, veerkrachtplanner::plan::PlanError::Cancelled);
}
