//! Tests of the shipped default project `projects/veerkracht-basis.veerkracht` (the TNO MARVEL model).
#![allow(clippy::unwrap_used)]

mod canonical;
