//! The simulation's error type: one Dutch message that says what is wrong and where.

use std::fmt;

/// Why a model, an input set or an outcome index cannot be simulated. Displays as Dutch text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimError(pub String);

impl fmt::Display for SimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SimError {}
