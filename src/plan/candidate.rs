//! What the optimiser reports: progress, one report per candidate, and the chosen portfolio.

use super::explain::Verdict;
use super::improve::ImproveMethod;
use super::outcome::Outcome;
use crate::model::{InterventionId, Plan};

/// Where the optimiser is (for a progress bar).
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// 0–1.
    pub fraction: f32,
    pub stage: Stage,
}

/// The optimiser's current step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Simulating every candidate alone (candidate `current` of `total`).
    Candidates {
        current: usize,
        total: usize,
    },
    /// The exact search on the summed areas.
    Search,
    /// Simulating the best portfolios in full (portfolio `current` of `total`).
    Verify {
        current: usize,
        total: usize,
    },
    Done,
}

/// What the optimiser found out about one candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct CandidateReport {
    pub intervention: InterventionId,
    pub name: String,
    pub levels_percent: Vec<f64>,
    /// Outcome area alone (vs reference) per reach level.
    pub area_per_level: Vec<f64>,
    /// Total cost over the plan period per reach level.
    pub total_cost_per_level_eur: Vec<f64>,
    /// Cost per year per level.
    pub cost_per_year_per_level_eur: Vec<Vec<f64>>,
    pub chosen_reach_percent: Option<f64>,
    /// Why it was (not) chosen.
    pub verdict: Verdict,
    pub example_values: bool,
}

impl CandidateReport {
    /// Area per € 1.000 at full reach (the last level), `None` when that costs nothing.
    pub fn area_per_1000_eur(&self) -> Option<f64> {
        let (area, cost) = (self.area_per_level.last()?, self.total_cost_per_level_eur.last()?);
        (*cost > 0.0).then(|| area / cost * 1000.0)
    }
}

/// The chosen portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct OptimizeResult {
    /// A new plan variant with the chosen items (reach set), the years and the budget. Its name and notes are
    /// empty: the caller words them (`text::optimizer`).
    pub plan: Plan,
    pub outcome: Outcome,
    /// Sum of the chosen items' separate areas.
    pub predicted_area: f64,
    /// The area of the chosen portfolio by full simulation.
    pub verified_area: f64,
    pub years: Vec<i32>,
    pub cost_per_year_eur: Vec<f64>,
    pub budget_per_year_eur: Vec<Option<f64>>,
    /// False when the exact search was stopped early (node limit): then the choice is good, not proven best.
    pub proven_optimal: bool,
    pub candidates: Vec<CandidateReport>,
    pub simulations: usize,
    /// Set when it is not certain that the effects add up (a variable may reach 0 or 100): then the answer was
    /// improved with full simulations of whole portfolios. `None` when the summed areas are exact.
    pub interaction: Option<Interaction>,
}

/// What the optimiser did because the items' effects may not add up.
#[derive(Clone, Debug, PartialEq)]
pub struct Interaction {
    /// The portfolio the exact search on the summed areas picked: its summed area and its simulated area.
    pub search_predicted_area: f64,
    pub search_verified_area: f64,
    /// True when some simulated portfolio's area differed from the sum of its items' areas: the effects interact.
    pub effects_interact: bool,
    /// How the answer was improved, and the full simulations that took.
    pub method: ImproveMethod,
    pub simulations: usize,
}
