//! Exports from a pure document model: SVG of the causal diagram, CSV of runs, PDF of the plan.
//! Every export is a pure function of the project (and options) returning bytes, so it can run on any thread.

pub mod alt_text;
pub mod assumptions;
pub mod csv;
pub mod diagram;
pub mod document;
pub mod docx;
pub mod error;
pub mod palette;
pub mod pdf;
pub mod plan_csv;
pub mod plan_report;
pub mod raster;
pub mod report;
pub mod run_csv;
pub mod svg;
mod svg_route;
pub mod uncertainty_section;
pub mod xmile;
mod xmile_views;
mod xml;

pub use svg::causal_diagram_svg;
