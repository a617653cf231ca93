//! Tests of the shipped default project `projects/veerkracht-basis.veerkracht` (the TNO MARVEL model) and of its
//! SVG diagram.
#![allow(clippy::unwrap_used)]

mod canonical;
mod layout;
mod model;
mod reference;
mod scenario;
mod svg;
