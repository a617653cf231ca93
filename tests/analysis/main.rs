//! Integration tests of `src/analysis` and the `loops` subcommand.
#![allow(clippy::unwrap_used)]

mod cli;
mod common;
mod default_project;
mod loops;
mod reach;
