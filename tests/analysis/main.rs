//! Integration tests of `src/analysis` and the `loops` subcommand.
#![allow(clippy::unwrap_used)]

mod cli;
mod common;
mod loops;
mod reach;
