//! Reinforcing or balancing: the sign of a feedback loop (TNO lines 908-911).

use serde::{Deserialize, Serialize};

/// R when the product of the polarities along the loop is +, B when it is −.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LoopKind {
    #[serde(rename = "R")]
    Reinforcing,
    #[serde(rename = "B")]
    Balancing,
}

impl LoopKind {
    /// "R" or "B", the letters of the report and of the JSON output.
    pub fn letter(self) -> &'static str {
        match self {
            Self::Reinforcing => "R",
            Self::Balancing => "B",
        }
    }

    /// Dutch word for the user.
    pub fn dutch(self) -> &'static str {
        match self {
            Self::Reinforcing => "versterkend",
            Self::Balancing => "balancerend",
        }
    }

    /// The kind of a loop whose polarities multiply to `negatives` minus signs.
    pub fn from_negative_count(negatives: usize) -> Self {
        if negatives.is_multiple_of(2) { Self::Reinforcing } else { Self::Balancing }
    }
}
