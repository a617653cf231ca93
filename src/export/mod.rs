//! Exports from a pure document model: SVG of the causal diagram, CSV of runs, PDF of the plan.

pub mod document;
pub mod pdf;
// pub mod plan_report; (wired once plan::evaluate is on main)
pub mod xmile;
