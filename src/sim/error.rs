//! The simulation's error type: what is wrong and where, as data. `text::errors` words it (its `Display` is Dutch).

/// Why a model, an input set or an outcome index cannot be simulated.
#[derive(Clone, Debug, PartialEq)]
pub enum SimError {
    /// The outcome index has no variables.
    NoOutcomeVariables,
    /// The outcome index names a variable that does not exist.
    UnknownOutcomeVariable {
        variable: String,
    },
    /// An outcome weight is negative or not a number.
    InvalidOutcomeWeight {
        variable: String,
        weight: f64,
    },
    /// All outcome weights are 0.
    AllOutcomeWeightsZero,
    DuplicateVariable {
        id: String,
    },
    /// A baseline outside 0–100 (`name` is the variable's name).
    BaselineOutOfRange {
        name: String,
        baseline: f64,
    },
    /// An adjustment time that is not more than 0 months.
    InvalidAdjustmentTime {
        name: String,
        months: f64,
    },
    UnknownCause {
        link: String,
        variable: String,
    },
    UnknownEffect {
        link: String,
        variable: String,
    },
    NegativeGain {
        link: String,
        gain: f64,
    },
    NegativeDelay {
        link: String,
        months: f64,
    },
    /// An input on a variable that does not exist.
    UnknownInputTarget {
        target: String,
    },
    /// An input with a number that is not finite.
    InvalidInputNumber {
        target: String,
    },
    /// An input larger than `max` index points.
    InputTooLarge {
        target: String,
        effect: f64,
        max: f64,
    },
    /// An input reach outside 0–1.
    InputReachOutOfRange {
        target: String,
        reach: f64,
    },
}

impl std::error::Error for SimError {}
