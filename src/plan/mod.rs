//! The plan: intervention catalogue, budgets per year, cost-effectiveness and the portfolio optimiser.
//!
//! - [`catalogue`] / [`find_intervention`]: the built-in catalogue (`assets/catalogue.ron`) and look-up.
//! - [`plan_inputs`]: a plan's items as simulation inputs.
//! - [`budget_table`]: costs per intervention per calendar year against the budget.
//! - [`plan_effect`], [`cost_effectiveness`]: plan versus reference run, and per-intervention value for money.
//! - [`optimize`]: the best portfolio within the budget of every year.

mod additivity;
mod budget;
mod candidate;
mod catalogue;
mod compare;
mod concave_hull;
mod draws;
mod effects;
mod ensemble;
mod error;
mod evaluate;
mod explain;
mod improve;
mod inputs;
mod knapsack;
mod markers;
mod optimizer;
mod outcome;
mod robust;
mod screening;
mod sensitivity;

pub use additivity::CLAMP_MARGIN;
pub use budget::{BudgetRow, BudgetTable, budget_table, item_cost_per_year};
pub use candidate::{CandidateReport, Interaction, OptimizeResult, Progress, Stage};
pub use catalogue::{all_interventions, catalogue, find_intervention, parse_catalogue};
pub use compare::{CompareRequest, Comparison, compare, compare_runs_per_draw, is_tie, max_compare_runs, summarise};
pub use draws::{PlanDraws, draw_gains, link_ranges, plan_draws, stream_key, stream_unit};
pub use effects::{CostEffectiveness, PlanEffect, cost_effectiveness_with, plan_effect_with};
pub use ensemble::{Ensemble, MAX_DRAWS};
pub use error::{ItemProblem, PlanError};
pub use evaluate::{Evaluator, cost_effectiveness, optimize, plan_effect};
pub use explain::Verdict;
pub use improve::{EXCHANGE_SIMULATIONS, EXHAUSTIVE_LIMIT, ImproveMethod, Limits};
pub use inputs::{
    has_line_reference, item_effects, item_inputs, item_window_months, plan_inputs, plan_months, validate_item,
};
pub use knapsack::{Choice, Portfolio, SearchResult, best_portfolios};
pub use markers::{InterventionMarker, interventions_per_variable};
pub use optimizer::{
    CandidateSet, OptimizeRequest, REACH_LEVELS_PERCENT, candidate_items, default_item, optimize_with,
};
pub use outcome::{Outcome, OutcomeModel, Room, area_between};
pub use robust::{RIVALS, ROBUST_LIMITS, RobustGoal, RobustRequest, RobustResult, max_robust_runs, optimize_robust};
pub use screening::{Screening, Tally};
pub use sensitivity::{Assumption, Sensitivity, SensitivityRequest, TornadoBar, sensitivity, sensitivity_within};
