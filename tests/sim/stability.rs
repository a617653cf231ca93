//! Dominant eigenvalue, return time and lock-in against known values.

use super::{link, project, var};
use veerkrachtplanner::model::Polarity;
use veerkrachtplanner::sim::eigen::{Matrix, dominant_eigenvalue, eigenvalues};
use veerkrachtplanner::sim::{compile, structural_resilience};

#[test]
fn eigenvalues_of_known_matrices() {
    // Block diagonal: [[2,1],[1,2]] → 1, 3; [[0,−2],[2,0]] → ±2i.
    let m = Matrix::from_rows(&[
        &[2.0, 1.0, 0.0, 0.0],
        &[1.0, 2.0, 0.0, 0.0],
        &[0.0, 0.0, 0.0, -2.0],
        &[0.0, 0.0, 2.0, 0.0],
    ]);
    let mut ev = eigenvalues(&m).unwrap();
    ev.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let expected = [(0.0, -2.0), (0.0, 2.0), (1.0, 0.0), (3.0, 0.0)];
    for (e, x) in ev.iter().zip(expected) {
        assert!((e.0 - x.0).abs() < 1e-10 && (e.1 - x.1).abs() < 1e-10, "{ev:?}");
    }
    // Companion matrix of (λ+1)(λ+2)(λ+3)(λ+4)(λ+5) = λ⁵ + 15λ⁴ + 85λ³ + 225λ² + 274λ + 120: dominant −1.
    let c = Matrix::from_rows(&[
        &[-15.0, -85.0, -225.0, -274.0, -120.0],
        &[1.0, 0.0, 0.0, 0.0, 0.0],
        &[0.0, 1.0, 0.0, 0.0, 0.0],
        &[0.0, 0.0, 1.0, 0.0, 0.0],
        &[0.0, 0.0, 0.0, 1.0, 0.0],
    ]);
    let d = dominant_eigenvalue(&c).unwrap().unwrap();
    assert!((d.0 + 1.0).abs() < 1e-8 && d.1.abs() < 1e-8, "{d:?}");
}

#[test]
fn lone_variable_returns_in_its_adjustment_time() {
    let p = project(vec![var("a", 3.0)], vec![]);
    let s = structural_resilience(&compile(&p).unwrap(), &p, 60, None);
    assert!(s.computed);
    assert!((s.return_time_months.unwrap() - 3.0).abs() < 1e-12);
    assert!(!s.lock_in);
}

#[test]
fn loop_of_sole_zeer_sterk_causes_is_neutral_and_locked_in() {
    let p = project(
        vec![var("a", 3.0), var("b", 2.0)],
        vec![link("a", "b", Polarity::Positive, 1.0, 0.0), link("b", "a", Polarity::Positive, 1.0, 6.0)],
    );
    let s = structural_resilience(&compile(&p).unwrap(), &p, 60, None);
    assert!(s.dominant.0.abs() < 1e-9, "{:?}", s.dominant);
    assert!(s.lock_in && s.return_time_months.is_none());
    assert_eq!(s.drivers.len(), 1);
    assert!((s.drivers[0].loop_gain - 1.0).abs() < 1e-12);
    assert_eq!(s.drivers[0].title, "A → B → A");
}

#[test]
fn balancing_pair_return_time_matches_eigenvalue() {
    // J = [[−1/3, −0.5/3], [0.5/3, −1/3]]: λ = −1/3 ± i/6, return time 3 months; a balancing loop is no driver.
    let p = project(
        vec![var("a", 3.0), var("b", 3.0)],
        vec![link("a", "b", Polarity::Positive, 0.5, 0.0), link("b", "a", Polarity::Negative, 0.5, 0.0)],
    );
    let s = structural_resilience(&compile(&p).unwrap(), &p, 60, None);
    assert!((s.dominant.0 + 1.0 / 3.0).abs() < 1e-12 && (s.dominant.1.abs() - 1.0 / 6.0).abs() < 1e-12);
    assert!((s.return_time_months.unwrap() - 3.0).abs() < 1e-9);
    assert!(s.drivers.is_empty());
}
