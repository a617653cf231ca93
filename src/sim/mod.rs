//! The one meaning of a simulation run (`shared/reference/simulation.md`): compile once, run many.

mod input;

pub use input::{Input, ramp};
