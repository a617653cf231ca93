//! Variables and links of the causal model, with the word scales of `simulation.md`.

use super::{LinkId, VariableId};
use serde::{Deserialize, Serialize};

/// The report's three kinds of resources (TNO lines 936-939), each with its colour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// Red in the report.
    #[default]
    Individueel,
    /// Blue in the report.
    Maatschappelijk,
    /// Grey in the report.
    Organisatorisch,
}

impl ResourceKind {
    pub const ALL: [Self; 3] = [Self::Individueel, Self::Maatschappelijk, Self::Organisatorisch];
}

/// The earlier four-resource view (TNO lines 917-924), a secondary tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceTag {
    Sociaal,
    Psychologisch,
    Cultureel,
    Materieel,
}

impl ResourceTag {
    pub const ALL: [Self; 4] = [Self::Sociaal, Self::Psychologisch, Self::Cultureel, Self::Materieel];
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
    Zwak,
    #[default]
    Gemiddeld,
    Sterk,
    ZeerSterk,
    /// A gain entered as a number (0 ..= 1 is the meaningful range; up to 10 is accepted).
    Custom(f64),
}

impl Strength {
    pub const WORDS: [Self; 4] = [Self::Zwak, Self::Gemiddeld, Self::Sterk, Self::ZeerSterk];

    /// The gain `g` of `simulation.md`: zwak 0.25, gemiddeld 0.5, sterk 0.75, zeer sterk 1.0.
    pub fn gain(self) -> f64 {
        match self {
            Self::Zwak => 0.25,
            Self::Gemiddeld => 0.5,
            Self::Sterk => 0.75,
            Self::ZeerSterk => 1.0,
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
    Snel,
    Gemiddeld,
    Traag,
    Months(f64),
}

impl Delay {
    pub const WORDS: [Self; 4] = [Self::Direct, Self::Snel, Self::Gemiddeld, Self::Traag];

    /// The delay `τ` in months of `simulation.md`: direct 0, snel 1, gemiddeld 6, traag 24.
    pub fn months(self) -> f64 {
        match self {
            Self::Direct => 0.0,
            Self::Snel => 1.0,
            Self::Gemiddeld => 6.0,
            Self::Traag => 24.0,
            Self::Months(m) => m,
        }
    }
}

/// How sure the source is of a link; widens the gain's uncertainty range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Laag,
    #[default]
    Gemiddeld,
    Hoog,
}

impl Confidence {
    pub const ALL: [Self; 3] = [Self::Laag, Self::Gemiddeld, Self::Hoog];

    /// Half-width of the uniform range as a share of the central value: hoog ±10 %, gemiddeld ±25 %, laag ±50 %.
    pub fn relative_range(self) -> f64 {
        match self {
            Self::Hoog => 0.10,
            Self::Gemiddeld => 0.25,
            Self::Laag => 0.50,
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
