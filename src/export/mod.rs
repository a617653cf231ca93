//! Exports from a pure document model: SVG of the causal diagram, CSV of runs, PDF of the plan.

pub mod document;
pub mod pdf;
pub mod plan_report;
pub mod palette;
pub mod svg;
mod svg_route;
mod xml;
pub mod xmile;

pub use svg::causal_diagram_svg;
