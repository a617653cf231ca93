//! Integration tests of the plan layer: budgets, the optimiser, the catalogue, file round trips, the example.
#![allow(clippy::unwrap_used)]

mod budget;
mod catalogue;
mod cli;
mod cli_uncertainty;
mod common;
mod compare;
mod example;
mod nonlinear;
mod optimizer;
mod robust;
mod roundtrip;
mod sensitivity;
