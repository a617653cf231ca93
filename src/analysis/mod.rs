//! Structural analysis of the causal model. This is the only module that uses petgraph.

pub mod auto_layout;
pub mod graph;
pub mod loops;
pub mod reach;
