//! The one meaning of a simulation run (`shared/reference/simulation.md`): compile once, run many.
//!
//! [`compile`] turns a project into index-based arrays; [`Compiled::run`] integrates the equations (Euler or RK4)
//! and saves `x` every month; [`monte_carlo`] gives bands; [`structural_resilience`] the dominant eigenvalue.
//! The documented choices where `simulation.md` leaves room are on [`run`](self::RunOptions), [`resilience_triangle`],
//! [`area_between`], [`monte_carlo`](monte_carlo()) and [`structural_resilience`].

// Numerical code: the names follow the notation of simulation.md (b, d, e, g, s, t, x, y, z) and loops index
// several parallel arrays at once.
#![allow(clippy::many_single_char_names, clippy::needless_range_loop)]

mod band_points;
mod compile;
pub mod eigen;
mod error;
mod input;
mod kernel;
pub mod monte_carlo;
mod outcomes;
mod ramps;
pub mod rng;
mod run;
mod scenario;
pub mod stability;

pub use compile::{Compiled, CompiledInputs, MAX_EFFECT, compile};
pub use error::SimError;
pub use input::{Input, ramp};
pub use kernel::Scratch;
pub use monte_carlo::{Band, Cancelled, McRequest, McResult, Progress, monte_carlo, monte_carlo_request};
pub use outcomes::{
    IndexWeights, RECOVERY_SHARE, ResilienceTriangle, area_between, compile_index, resilience_triangle,
};
pub use run::{MAX_STEPS_PER_MONTH, RunOptions, Trajectory};
pub use scenario::{scenario_inputs, shock_start_month};
pub use stability::{LoopDriver, StructuralResilience, return_time_and_lock_in, structural_resilience, verdict};
