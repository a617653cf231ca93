//! Integration tests of `edit` (apply/inverse, errors, history) and `analysis::auto_layout`.
#![allow(clippy::unwrap_used)]

mod errors;
mod fixture;
mod history;
mod layout;
mod roundtrip;
mod scenarios;
mod valid_after_edits;
