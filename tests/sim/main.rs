//! Integration tests of `sim` against mathematics (analytic solutions, known eigenvalues), not against its output.
// Tests use the short names of simulation.md (c, e, p, r, t).
#![allow(clippy::unwrap_used, clippy::many_single_char_names)]

mod analytic;
mod cli;
mod eigen_regression;
mod monte_carlo;
mod reference;
mod robustness;
mod stability;

use veerkrachtplanner::model::{
    Delay, InputShape, Link, LinkId, Polarity, Project, ResourceKind, SimMethod, Strength, Variable, VariableId,
};
use veerkrachtplanner::sim::{Input, RunOptions};

pub fn var(id: &str, adjustment_months: f64) -> Variable {
    let mut v = Variable::new(VariableId::new(id), id.to_uppercase(), ResourceKind::Individual);
    v.adjustment_months = adjustment_months;
    v
}

pub fn link(from: &str, to: &str, polarity: Polarity, gain: f64, delay_months: f64) -> Link {
    let mut l = Link::new(LinkId::new(format!("{from}__{to}")), VariableId::new(from), VariableId::new(to), polarity);
    l.strength = Strength::Custom(gain);
    l.delay = Delay::Months(delay_months);
    l
}

pub fn project(variables: Vec<Variable>, links: Vec<Link>) -> Project {
    Project { variables, links, ..Project::default() }
}

/// A step of `effect` on `target` from `start` on (reach 1, no ramp, no end).
pub fn step(target: &str, effect: f64, start: f64) -> Input {
    Input {
        target: VariableId::new(target),
        effect,
        reach: 1.0,
        shape: InputShape { start_month: start, ..InputShape::default() },
        confidence: None,
    }
}

pub fn opts(dt: f64, horizon: u32, method: SimMethod) -> RunOptions {
    RunOptions { dt_months: dt, horizon_months: horizon, method }
}
