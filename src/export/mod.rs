//! Exports from a pure document model: SVG of the causal diagram, CSV of runs, PDF of the plan.

pub mod document;
pub mod palette;
pub mod pdf;
pub mod plan_report;
pub mod svg;
mod svg_route;
pub mod uncertainty_section;
pub mod xmile;
mod xml;

pub use svg::causal_diagram_svg;
