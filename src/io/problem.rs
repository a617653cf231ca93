//! One problem found in a project file, as data: what is wrong ([`ProblemKind`]), where ([`Location`], line and
//! column) and how bad ([`Severity`]). The words are made by `text::problems` (Dutch for the CLI, the user's
//! language in the app); nothing here is worded.

use super::errors::IoFailure;
use crate::model::rules::{Range, Violation};
use std::path::PathBuf;

/// How bad a problem is. An `Error` stops loading; a `Warning` is shown but the project opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// Which kind of item a [`Location`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Variable,
    Link,
    Scenario,
    Intervention,
    Plan,
    /// The position of a variable on the canvas (by the variable's id).
    Layout,
    /// A weight of the resilience index (by its variable).
    OutcomeWeight,
    /// The simulation settings (no name).
    Settings,
    /// A shock of a scenario (by its target variable).
    Shock,
    /// An effect of an intervention or plan item (by its target variable).
    Effect,
    /// An item of a plan (by its intervention).
    PlanItem,
    /// A field name in the text (by the name as written).
    Field,
}

/// The item a problem is about: a place, the item's id or name as in the file, and the item that holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub place: Place,
    /// The id (or target, field name, …) as written in the file; empty for [`Place::Settings`].
    pub name: String,
    pub parent: Option<Box<Location>>,
}

impl Location {
    pub fn new(place: Place, name: impl Into<String>) -> Self {
        Self { place, name: name.into(), parent: None }
    }

    /// `place 'name'` inside `parent`.
    #[must_use]
    pub fn within(place: Place, name: impl Into<String>, parent: &Self) -> Self {
        Self { place, name: name.into(), parent: Some(Box::new(parent.clone())) }
    }
}

/// Which number of an item a range problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quantity {
    Baseline,
    AdjustmentMonths,
    CustomGain,
    DelayMonths,
    PositionX,
    PositionY,
    OutcomeWeight,
    HorizonMonths,
    DtMonths,
    MonteCarloRuns,
    StartMonth,
    RampUpMonths,
    AfterEffectMonths,
    EndMonth,
    DurationMonths,
    Effect,
    OneOffEur,
    PerYearEur,
    FirstYear,
    LastYear,
    ReachPercent,
    /// The budget of one year of a plan.
    Budget(i32),
}

/// Why migrating an older file to the current format failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrationFailure {
    /// A version-0 link has a `sign` other than "+" or "-" (the value as written, with its quotes).
    UnknownSign { value: String },
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    // --- The content of a project that reads (see `io::validate`).
    /// A number is NaN or infinite.
    NotANumber {
        quantity: Quantity,
        value: f64,
    },
    /// A number lies outside its range of `model::rules`.
    OutOfRange {
        quantity: Quantity,
        value: f64,
        range: Range,
    },
    EmptyName,
    /// An id that is not a slug (`model::is_valid_slug`).
    InvalidId {
        id: String,
    },
    /// The same id twice in one list; `list` is the place of that list's items.
    DuplicateId {
        id: String,
        list: Place,
    },
    /// The id is also used by an item of another list (`other`).
    IdUsedElsewhere {
        id: String,
        other: Place,
    },
    UnknownLinkStart {
        variable: String,
    },
    UnknownLinkEnd {
        variable: String,
    },
    SelfLink {
        variable: String,
    },
    /// There is already a link `from` → `to` (with id `other`).
    DuplicateLink {
        from: String,
        to: String,
        other: String,
    },
    /// A position for a variable that does not exist (dropped on save).
    PositionWithoutVariable,
    /// A reference to a variable that does not exist (an outcome weight, a shock).
    UnknownVariable {
        variable: String,
    },
    /// The variable is weighted more than once in the resilience index.
    DuplicateOutcomeWeight,
    /// An input ends before it starts.
    EndBeforeStart {
        end: f64,
        start: f64,
    },
    /// An effect on a variable that does not exist (it does not count).
    EffectOnUnknownVariable {
        variable: String,
    },
    /// A plan item whose intervention is neither in the project nor in the catalogue.
    UnknownIntervention {
        id: String,
    },
    /// A plan's last year lies before its first.
    YearsReversed {
        first: i32,
        last: i32,
    },
    /// A budget year outside the range of years.
    BudgetYearOutOfRange {
        year: i32,
        range: Range,
    },
    /// A budget for a year outside the plan's years.
    BudgetOutsidePlanYears {
        year: i32,
        first: i32,
        last: i32,
    },
    /// A limit of `model::rules` (counts, text lengths, work).
    Limit(Violation),
    /// A field name the model does not know (the location names it): ignored, and lost on saving.
    UnknownField,

    // --- The text is not a project.
    /// The text ends in the middle of the project.
    Truncated,
    /// A syntax or type error of the RON parser (the parser's own data).
    Syntax(ron::error::Error),
    EmptyFile,
    /// Written by a newer Veerkrachtplanner.
    TooNew {
        version: u64,
        known: u32,
    },
    /// The text has no `format_version`.
    NoFormatVersion,
    /// No migration exists from this older version.
    CannotMigrate {
        version: u64,
        current: u32,
    },
    /// Migrating from version `from` to `from + 1` failed.
    MigrationFailed {
        from: u64,
        why: MigrationFailure,
    },
    /// After a migration step the `format_version` field could not be found to update it.
    MigrationLostVersion,

    // --- The file cannot be read.
    CannotOpen {
        path: PathBuf,
        io: IoFailure,
    },
    IsFolder {
        path: PathBuf,
    },
    /// The file (or, with `path` `None`, the text) is larger than `max` bytes.
    TooLarge {
        path: Option<PathBuf>,
        bytes: u64,
        max: u64,
    },
    /// Not UTF-8 text; `line` is the first line with an invalid byte.
    NotText {
        path: PathBuf,
        line: usize,
    },
}

/// A problem with a project: what, where, how bad, with line and column where known.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: ProblemKind,
    /// Which item; `None` when it concerns the file as a whole.
    pub location: Option<Location>,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known (syntax errors).
    pub column: Option<usize>,
    /// Technical detail for support questions (e.g. the parser's own English text), not part of the message.
    /// Shown by `--verbose` on the command line and under "Details" in the app.
    pub detail: Option<String>,
}

impl Problem {
    pub fn error(kind: ProblemKind) -> Self {
        Self { severity: Severity::Error, kind, location: None, line: None, column: None, detail: None }
    }

    pub fn warning(kind: ProblemKind) -> Self {
        Self { severity: Severity::Warning, ..Self::error(kind) }
    }

    #[must_use]
    pub fn in_item(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    #[must_use]
    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
