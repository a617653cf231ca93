//! Structural analysis of the causal model. This is the only module that uses petgraph.
//!
//! - [`graph`]: the project as a petgraph `DiGraph`.
//! - [`loops`]: feedback loops (R/B), the report's named loops, descriptions and loop gains.
//! - [`reach`]: what a variable influences (downstream) and what influences it (upstream).

pub mod auto_layout;
mod cycles;
mod describe;
mod feedback_loop;
pub mod graph;
mod loop_kind;
pub mod loops;
pub mod named_loops;
pub mod reach;
mod short_cycles;
pub mod strongest_loops;
