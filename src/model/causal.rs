//! Variables and links of the causal model, with the word scales of `simulation.md`.

use super::{LinkId, VariableId};
use serde::{Deserialize, Serialize};

/// The report's three kinds of resources (TNO lines 936-939), each with its colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// Red in the report.
    #[default]
    #[serde(rename = "individueel")]
    Individual,
    /// Blue in the report.
    #[serde(rename = "maatschappelijk")]
    Societal,
    /// Grey in the report.
    #[serde(rename = "organisatorisch")]
    Organisational,
}

impl ResourceKind {
    pub const ALL: [Self; 3] = [Self::Individual, Self::Societal, Self::Organisational];
}

/// The earlier four-resource view (TNO lines 917-924), a secondary tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceTag {
    #[serde(rename = "sociaal")]
    Social,
    #[serde(rename = "psychologisch")]
    Psychological,
    #[serde(rename = "cultureel")]
    Cultural,
    #[serde(rename = "materieel")]
    Material,
}

impl ResourceTag {
    pub const ALL: [Self; 4] = [Self::Social, Self::Psychological, Self::Cultural, Self::Material];
}

/// Which way is good for the veerkrachtindex.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    HigherIsBetter,
    LowerIsBetter,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    #[default]
    Positive,
    Negative,
}

impl Polarity {
    /// +1.0 or −1.0.
    pub fn sign(self) -> f64 {
        match self {
            Self::Positive => 1.0,
            Self::Negative => -1.0,
        }
    }

    #[must_use]
    pub fn flipped(self) -> Self {
        match self {
            Self::Positive => Self::Negative,
            Self::Negative => Self::Positive,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Positive => "+",
            Self::Negative => "−",
        }
    }
}

/// Link strength: one of MARVEL's four words, or a custom gain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    #[serde(rename = "zwak")]
    Weak,
    #[default]
    #[serde(rename = "gemiddeld")]
    Medium,
    #[serde(rename = "sterk")]
    Strong,
    #[serde(rename = "zeer_sterk")]
    VeryStrong,
    /// A gain entered as a number (0 ..= 1 is the meaningful range; up to 10 is accepted).
    Custom(f64),
}

impl Strength {
    pub const WORDS: [Self; 4] = [Self::Weak, Self::Medium, Self::Strong, Self::VeryStrong];

    /// The gain `g` of `simulation.md`: zwak 0.25, gemiddeld 0.5, sterk 0.75, zeer sterk 1.0.
    pub fn gain(self) -> f64 {
        match self {
            Self::Weak => 0.25,
            Self::Medium => 0.5,
            Self::Strong => 0.75,
            Self::VeryStrong => 1.0,
            Self::Custom(g) => g,
        }
    }
}

/// Link delay: one of the speed words, or a number of months.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delay {
    #[default]
    Direct,
    #[serde(rename = "snel")]
    Fast,
    #[serde(rename = "gemiddeld")]
    Medium,
    #[serde(rename = "traag")]
    Slow,
    Months(f64),
}

impl Delay {
    pub const WORDS: [Self; 4] = [Self::Direct, Self::Fast, Self::Medium, Self::Slow];

    /// The delay `τ` in months of `simulation.md`: direct 0, snel 1, gemiddeld 6, traag 24.
    pub fn months(self) -> f64 {
        match self {
            Self::Direct => 0.0,
            Self::Fast => 1.0,
            Self::Medium => 6.0,
            Self::Slow => 24.0,
            Self::Months(m) => m,
        }
    }
}

/// How sure the source is of a link; widens the gain's uncertainty range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    #[serde(rename = "laag")]
    Low,
    #[default]
    #[serde(rename = "gemiddeld")]
    Medium,
    #[serde(rename = "hoog")]
    High,
}

impl Confidence {
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];

    /// Half-width of the uniform range as a share of the central value: hoog ±10 %, gemiddeld ±25 %, laag ±50 %.
    pub fn relative_range(self) -> f64 {
        match self {
            Self::High => 0.10,
            Self::Medium => 0.25,
            Self::Low => 0.50,
        }
    }
}

fn default_baseline() -> f64 {
    50.0
}

fn default_adjustment_months() -> f64 {
    3.0
}

/// A variable of the causal model (a factor that feeds veerkracht).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variable {
    pub id: VariableId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub kind: ResourceKind,
    #[serde(default)]
    pub resource: Option<ResourceTag>,
    /// Local baseline `b_i` on the 0–100 index scale.
    #[serde(default = "default_baseline")]
    pub baseline: f64,
    #[serde(default)]
    pub direction: Direction,
    /// Adjustment time `T_i`: how fast the variable itself responds.
    #[serde(default = "default_adjustment_months")]
    pub adjustment_months: f64,
    /// Where this variable comes from, e.g. "TNO 2023, r. 950-952".
    #[serde(default)]
    pub source: String,
}

impl Variable {
    /// A new variable with the defaults of `simulation.md`.
    pub fn new(id: VariableId, name: impl Into<String>, kind: ResourceKind) -> Self {
        Self {
            id,
            name: name.into(),
            description: String::new(),
            kind,
            resource: None,
            baseline: default_baseline(),
            direction: Direction::HigherIsBetter,
            adjustment_months: default_adjustment_months(),
            source: String::new(),
        }
    }
}

/// A causal link `from → to`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub id: LinkId,
    pub from: VariableId,
    pub to: VariableId,
    #[serde(default)]
    pub polarity: Polarity,
    #[serde(default)]
    pub strength: Strength,
    #[serde(default)]
    pub delay: Delay,
    #[serde(default)]
    pub confidence: Confidence,
    #[serde(default)]
    pub source: String,
}

impl Link {
    pub fn new(id: LinkId, from: VariableId, to: VariableId, polarity: Polarity) -> Self {
        Self {
            id,
            from,
            to,
            polarity,
            strength: Strength::default(),
            delay: Delay::default(),
            confidence: Confidence::default(),
            source: String::new(),
        }
    }
}
