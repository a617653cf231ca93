//! Integration tests of `diff`: compare, apply differences as one edit batch, three-way merge, lineage.
#![allow(clippy::unwrap_used)]

mod lineage;
mod ops;
mod properties;
