//! [`EditError`]: why an edit was refused, as data. `text::errors` words it (its `Display` is Dutch).

/// Where a number sits that an edit refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The outcome weight of this variable.
    Outcome {
        variable: String,
    },
    Scenario {
        name: String,
    },
    Intervention {
        name: String,
    },
    Plan {
        name: String,
    },
    /// An item (by intervention id) of a plan (by name).
    PlanItem {
        intervention: String,
        plan: String,
    },
    /// The simulation settings.
    Settings,
}

/// A number that must be at least some minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Weight,
    StartMonth,
    RampUp,
    AfterEffect,
    Duration,
    /// The month an input ends.
    EndMonth,
    OneOffCost,
    YearlyCost,
    /// The budget of this calendar year.
    Budget(i32),
    /// A calendar year (of a plan or a budget).
    Year,
    Horizon,
    MonteCarloRuns,
}

/// Which list an id occurs twice in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The ids of restored variables and links.
    Ids,
    OutcomeVariables,
    Scenarios,
    Interventions,
    Plans,
}

/// What still uses a variable that is to be deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Usage {
    /// A shock in this scenario (by name).
    Shock { scenario: String },
    /// An effect of this intervention (by name).
    Intervention { name: String },
    /// An effect of this item (by intervention id) of this plan (by name).
    PlanItem { intervention: String, plan: String },
}

/// Why an edit could not be applied. The project is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    UnknownVariable {
        id: String,
    },
    UnknownLink {
        id: String,
    },
    UnknownScenario {
        id: String,
    },
    /// The id is in use, or was used before (retired ids are not given out again).
    IdTaken {
        id: String,
    },
    IdInUse {
        id: String,
    },
    /// Not a valid id (lower case letters, digits and `_`, at most 64, not starting with `_`).
    InvalidId {
        id: String,
    },
    SelfLink,
    Duplicate {
        section: Section,
        id: String,
    },
    /// A variable with an empty name (`variable` is its id, or its current name when renaming).
    EmptyName {
        variable: String,
    },
    /// A baseline outside 0–100 (`name` is the variable's name).
    BaselineOutOfRange {
        name: String,
        value: f64,
    },
    /// An adjustment time that is not more than 0 months.
    InvalidAdjustmentTime {
        name: String,
        value: f64,
    },
    /// A custom link strength outside 0–`max`.
    StrengthOutOfRange {
        link: String,
        value: f64,
        max: f64,
    },
    NegativeDelay {
        link: String,
        value: f64,
    },
    InvalidPosition {
        id: String,
    },
    /// A number below `min` (or not a number).
    BelowMinimum {
        field: Field,
        place: Place,
        min: f64,
        value: f64,
    },
    /// A time step that is not more than 0 months.
    InvalidTimeStep {
        value: f64,
    },
    /// A horizon shorter than one time step.
    HorizonTooShort {
        horizon_months: u32,
        dt_months: f64,
    },
    NoMonteCarloRuns,
    /// An effect that is not a number.
    InvalidEffect {
        place: Place,
    },
    /// A shock on a variable that does not exist.
    UnknownShockTarget {
        scenario: String,
        target: String,
    },
    InvalidShockSize {
        scenario: String,
    },
    /// A plan whose first year lies after its last.
    YearsReversed {
        plan: String,
    },
    /// A reach outside 0–100 %.
    ReachOutOfRange {
        place: Place,
    },
    /// The variable (by name) cannot be deleted: something still uses it.
    VariableInUse {
        name: String,
        by: Usage,
    },
    /// A number outside its range in `model::rules` (the same range loading checks).
    OutOfRange {
        field: Field,
        place: Place,
        value: f64,
        min: f64,
        max: f64,
    },
    /// A scenario, intervention or plan with an empty name.
    EmptyItemName {
        place: Place,
    },
    /// The edit would break a count, length or work limit of `model::rules`.
    Limit(crate::model::rules::Violation),
    /// An outcome weight that is negative or not a number.
    InvalidOutcomeWeight {
        variable: String,
    },
    /// A difference with another version no longer fits: the item it changes is gone (`item` is its name).
    ItemGone {
        item: String,
    },
    /// A difference with another version carries data that is not a valid item (`reason` from the reader).
    UnusableDifference {
        item: String,
        reason: String,
    },
}

impl EditError {
    pub(crate) fn unknown_variable(id: &str) -> Self {
        Self::UnknownVariable { id: id.to_owned() }
    }

    pub(crate) fn unknown_link(id: &str) -> Self {
        Self::UnknownLink { id: id.to_owned() }
    }

    pub(crate) fn id_taken(id: &str) -> Self {
        Self::IdTaken { id: id.to_owned() }
    }

    pub(crate) fn id_in_use(id: &str) -> Self {
        Self::IdInUse { id: id.to_owned() }
    }

    pub(crate) fn invalid_id(id: &str) -> Self {
        Self::InvalidId { id: id.to_owned() }
    }

    pub(crate) fn self_link() -> Self {
        Self::SelfLink
    }

    pub(crate) fn duplicate(section: Section, id: &str) -> Self {
        Self::Duplicate { section, id: id.to_owned() }
    }
}

impl std::error::Error for EditError {}
