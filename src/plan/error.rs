//! Errors of the plan layer, in Dutch.

use std::fmt;

/// Why a plan computation could not be done (Dutch, says what and where).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError(pub String);

impl PlanError {
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PlanError {}
