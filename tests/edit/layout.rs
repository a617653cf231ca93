//! auto_layout: deterministic, complete, no overlapping boxes.

use crate::fixture::{Rng, small_model};
use veerkrachtplanner::analysis::auto_layout::{BOX_HEIGHT, BOX_WIDTH, MIN_GAP, auto_layout};
use veerkrachtplanner::model::{Layout, Link, Polarity, Project, ResourceKind, Variable};

pub fn random_model(variables: usize, links: usize, seed: u64) -> Project {
    let mut rng = Rng::new(seed);
    let mut p = Project::default();
    for i in 0..variables {
        p.variables.push(Variable::new(format!("v{i:04}").as_str().into(), format!("V {i}"), ResourceKind::ALL[i % 3]));
    }
    let mut k = 0;
    while p.links.len() < links && variables > 1 {
        let (a, b) = (rng.below(variables), rng.below(variables));
        if a != b {
            let (from, to) = (p.variables[a].id.clone(), p.variables[b].id.clone());
            p.links.push(Link::new(format!("l{k}").as_str().into(), from, to, Polarity::Positive));
            k += 1;
        }
    }
    p
}

fn assert_readable(p: &Project, layout: &Layout) {
    assert_eq!(layout.positions.len(), p.variables.len(), "every variable placed");
    for v in &p.variables {
        let pos = layout.positions[&v.id];
        assert!(pos.x.is_finite() && pos.y.is_finite());
        assert!(pos.x >= BOX_WIDTH / 2.0 - 1e-3 && pos.y >= BOX_HEIGHT / 2.0 - 1e-3, "top-left at (0, 0)");
    }
    let all: Vec<_> = layout.positions.iter().collect();
    for (i, (a, pa)) in all.iter().enumerate() {
        for (b, pb) in &all[i + 1..] {
            let apart =
                (pa.x - pb.x).abs() >= BOX_WIDTH + MIN_GAP - 1e-3 || (pa.y - pb.y).abs() >= BOX_HEIGHT + MIN_GAP - 1e-3;
            assert!(apart, "{a} and {b} overlap: {pa:?} {pb:?}");
        }
    }
}

#[test]
fn empty_single_and_disconnected() {
    assert!(auto_layout(&Project::default()).positions.is_empty());
    let mut one = Project::default();
    one.variables.push(Variable::new("a".into(), "A", ResourceKind::Individual));
    let layout = auto_layout(&one);
    assert_eq!(layout.positions[&"a".into()], veerkrachtplanner::model::Position::new(80.0, 28.0));
    let mut islands = random_model(12, 0, 1);
    islands.links.push(Link::new("x".into(), "v0001".into(), "v0002".into(), Polarity::Negative));
    islands.links.push(Link::new("y".into(), "v0005".into(), "v0006".into(), Polarity::Negative));
    assert_readable(&islands, &auto_layout(&islands));
    let small = small_model();
    assert_readable(&small, &auto_layout(&small));
}

#[test]
fn deterministic_whatever_the_order_of_the_vectors() {
    let p = random_model(80, 200, 7);
    let layout = auto_layout(&p);
    assert_eq!(auto_layout(&p), layout);
    let mut shuffled = p.clone();
    shuffled.variables.reverse();
    shuffled.links.reverse();
    assert_eq!(auto_layout(&shuffled), layout);
    assert_readable(&p, &layout);
}

#[test]
fn links_mostly_point_right() {
    // Acyclic chain a0 → a1 → … : strictly left to right.
    let mut p = random_model(10, 0, 3);
    for i in 0..9 {
        let (from, to) = (p.variables[i].id.clone(), p.variables[i + 1].id.clone());
        p.links.push(Link::new(format!("c{i}").as_str().into(), from, to, Polarity::Positive));
    }
    let layout = auto_layout(&p);
    for l in &p.links {
        assert!(layout.positions[&l.from].x < layout.positions[&l.to].x);
    }
}

#[test]
fn five_hundred_variables_are_readable() {
    let p = random_model(500, 1500, 42);
    assert_readable(&p, &auto_layout(&p));
}

#[test]
fn default_model_is_readable() {
    let p = veerkrachtplanner::io::default_project();
    assert!(!p.variables.is_empty());
    assert_readable(&p, &auto_layout(&p));
}
