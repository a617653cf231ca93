//! Exports from a pure document model: SVG of the causal diagram, CSV of runs, PDF of the plan.

pub mod document;
pub mod format;
pub mod pdf;
