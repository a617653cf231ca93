//! The one table of rules and limits of a project. Editing (`edit`) and loading (`io::validate`) both read their
//! ranges from here, so an edit never makes a project that loading refuses, and `check` refuses exactly what a
//! command would refuse.
//!
//! Every limit has a reason. Two kinds of reasons:
//! - **meaning**: the number means something only inside the range (a value on the 0–100 scale, a share in %);
//! - **bounded work**: together the limits keep the worst file inside the ranges finishing every command (check,
//!   loops, simulate incl. RK4 and Monte Carlo, plan, optimize, every export) within seconds and well under 1 GB.
//!   The number of simulation steps, the model size and the number of simulations a command needs multiply, so
//!   besides a range per number there are three limits on products ([`MAX_RUN_WORK`], [`MAX_MONTE_CARLO_WORK`],
//!   [`MAX_COMMAND_WORK`]), checked by [`violations`].

use super::{Plan, Project, SimMethod, SimSettings};

/// A closed range `min..=max` for one kind of number (`min` itself excluded when `min_exclusive`). NaN and the
/// infinities are never in range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
    pub min_exclusive: bool,
    /// Why these bounds (English, for the developer documentation and the report).
    pub reason: &'static str,
}

impl Range {
    const fn closed(min: f64, max: f64, reason: &'static str) -> Self {
        Self { min, max, min_exclusive: false, reason }
    }

    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && if self.min_exclusive { value > self.min } else { value >= self.min } && value <= self.max
    }

    /// `value` moved into the range (NaN → `min`); for generators and clamping inputs.
    pub fn clamp(&self, value: f64) -> f64 {
        if value.is_nan() { self.min } else { value.clamp(self.min, self.max) }
    }
}

/// The starting value of a variable: the 0–100 scale of the model (meaning).
pub const BASELINE: Range = Range::closed(0.0, 100.0, "the model's 0–100 scale");
/// Adjustment time of a variable, months: above 0 (a division), at most 50 years (slower change is no change
/// within any horizon).
pub const ADJUSTMENT_MONTHS: Range = Range {
    min: 0.0,
    max: 600.0,
    min_exclusive: true,
    reason: "divides the rate of change; 50 years is slower than any horizon can show",
};
/// Delay of a link, months: at most 50 years, like the adjustment time.
pub const DELAY_MONTHS: Range = Range::closed(0.0, 600.0, "50 years is longer than any effect the model describes");
/// A custom link gain: 0–10 (the named strengths are 0.25–1; ten times the strongest is already extreme).
pub const CUSTOM_GAIN: Range = Range::closed(0.0, 10.0, "ten times the strongest named strength");
/// Weight of a variable in the resilience index: 0–1000 (relative weights; the index divides by their sum).
pub const OUTCOME_WEIGHT: Range = Range::closed(0.0, 1000.0, "relative weights; 1000:1 is finer than any reason");
/// Effect of an intervention or a shock, points on the 0–100 scale: −100 to +100 (meaning).
pub const EFFECT_POINTS: Range = Range::closed(-100.0, 100.0, "a change on the 0–100 scale");
/// Months in shapes and plan items (start, end, build-up, after-effect, duration): 0–1200 (100 years, the longest
/// horizon).
pub const MONTHS: Range = Range::closed(0.0, 1200.0, "the longest horizon (100 years)");
/// Simulation time step, months: 0.01 (about 7 hours; the data are monthly at best) to 1 (the output is monthly).
pub const DT_MONTHS: Range = Range::closed(0.01, 1.0, "output is monthly; below ~7 hours adds only work");
/// Simulation horizon, months: 1–1200 (100 years).
pub const HORIZON_MONTHS: Range = Range::closed(1.0, 1200.0, "100 years; beyond that the model says nothing");
/// Monte Carlo runs stored in the project: 1–100 000 (percentiles are stable long before; see also the work limit).
pub const MONTE_CARLO_RUNS: Range = Range::closed(1.0, 100_000.0, "P10/P50/P90 are stable long before");
/// Reach of a plan item, % of the target group: 0–100 (meaning).
pub const REACH_PERCENT: Range = Range::closed(0.0, 100.0, "a share of the target group");
/// Amounts in euros (costs, budgets): 0 to one trillion (10¹²). More than the national budget; every sum the
/// program makes stays finite and exact to the cent.
pub const EUROS: Range = Range::closed(0.0, 1e12, "above the national budget; sums stay exact to the cent");
/// Calendar years of plans and budgets: 2000–2100.
pub const YEAR: Range = Range::closed(2000.0, 2100.0, "plans are made for this century");
/// Canvas coordinates: ±1 000 000 (f32 keeps a tenth of a pixel there; the TNO model spans ~2000).
pub const POSITION: Range = Range::closed(-1e6, 1e6, "f32 precision; the full model spans ~2000");

/// Longest plan: 50 years from the first to the last year (so the plan period fits in the longest horizon).
pub const MAX_PLAN_YEARS: usize = 50;

/// An upper limit on a count or a length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: usize,
    pub reason: &'static str,
}

pub const VARIABLES: Limit = Limit { max: 10_000, reason: "the scale the program is built and measured for" };
pub const LINKS: Limit = Limit { max: 30_000, reason: "three links per variable at the largest size" };
pub const SCENARIOS: Limit = Limit { max: 100, reason: "a list a person can choose from" };
pub const SHOCKS: Limit = Limit { max: 200, reason: "per scenario; more is no longer one story" };
pub const INTERVENTIONS: Limit = Limit { max: 500, reason: "the optimiser simulates each at four reach levels" };
pub const EFFECTS: Limit = Limit { max: 200, reason: "per intervention or plan item" };
pub const PLANS: Limit = Limit { max: 50, reason: "plan variants a council compares" };
pub const PLAN_ITEMS: Limit = Limit { max: 200, reason: "per plan; each is simulated for its contribution" };
pub const OUTCOME_WEIGHTS: Limit = Limit { max: 10_000, reason: "one per variable at most" };
pub const TAGS: Limit = Limit { max: 100, reason: "per list (partners, wijken, target groups, settings)" };
pub const RETIRED_IDS: Limit = Limit { max: 200_000, reason: "ids of deleted items; a few per edit" };
/// Names (variables, scenarios, interventions, plans): characters.
pub const NAME_CHARS: Limit = Limit { max: 200, reason: "a name fits on a line of the canvas and the report" };
/// Short texts (tags, owner, dates, gemeente, author, databank): characters.
pub const SHORT_TEXT_CHARS: Limit = Limit { max: 200, reason: "one line" };
/// Free texts (descriptions, notes, sources, reasons): characters.
pub const TEXT_CHARS: Limit = Limit { max: 20_000, reason: "about ten pages" };
/// All text of the project together: characters (keeps the largest file well under the file size cap).
pub const TOTAL_TEXT_CHARS: Limit = Limit { max: 4_000_000, reason: "keeps the largest file under the size cap" };

/// Largest project file that is opened (64 MiB; the full TNO model is well under 100 kB). Above the largest file
/// the other limits allow (about 22 MB, measured with the worst files of `tests/io/worst_file.rs`).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Work of one simulation run: model evaluations × (variables + links + input terms). An evaluation is one Euler
/// step or one of the four stages of an RK4 step; the input terms are the shocks, effects and plan items the run
/// adds (each is evaluated at every stage). At the largest model (10 000 + 30 000) this allows 1 250 Euler steps,
/// e.g. 100 years at a step of one month (or about 300 RK4 steps).
pub const MAX_RUN_WORK: u64 = 50_000_000;
/// Work of the stored Monte Carlo runs: runs × the work of one run with the largest scenario (also for
/// `simulate --runs N`). Measured at about 20 ns per unit at the largest sizes (percentiles of every variable
/// included), so the worst case takes a few seconds.
pub const MAX_MONTE_CARLO_WORK: u64 = 200_000_000;
/// Work of the simulations a command may need: the optimiser (every candidate alone at four reach levels, the
/// catalogue included, then the best portfolios with all their effects) and the plan report (the plan, its
/// reference and the plan without each item, with all the plan's inputs), each × the work of one run. The
/// computations under uncertainty (comparison, tornado, robust optimiser) choose their runs to fit in it.
pub const MAX_COMMAND_WORK: u64 = 2_000_000_000;
/// What one input term (a shock, an effect of a plan item: a ramp shape evaluated at every evaluation) weighs
/// against one variable or link: measured on the worst files, the plan report spent about 9 ns per input term and
/// the optimiser about 2 ns per model term.
pub const INPUT_WEIGHT: u64 = 4;
/// Interventions the optimiser may add from the built-in catalogue (it holds fewer; a test in `plan` checks).
pub const CATALOGUE_ALLOWANCE: u64 = 64;
/// Effects of one catalogue intervention at most; counted for a plan item whose intervention is not in the project.
pub const CATALOGUE_EFFECTS_ALLOWANCE: u64 = 20;
/// Effects of all catalogue interventions together at most.
pub const CATALOGUE_ALL_EFFECTS_ALLOWANCE: u64 = 200;

/// Characters of `text` (what the limits count).
pub fn chars(text: &str) -> usize {
    text.chars().count()
}

/// Simulation steps of one run: the horizon, extended to the longest plan period (as plan evaluation does, at most
/// the longest horizon), divided by the time step. Out-of-range settings are clamped first.
pub fn steps(project: &Project) -> u64 {
    let longest_plan = project
        .plans
        .iter()
        .map(|p| f64::from(p.last_year.saturating_sub(p.first_year).saturating_add(1).max(0)) * 12.0)
        .fold(0.0, f64::max);
    steps_for(&project.settings, longest_plan)
}

fn steps_for(settings: &SimSettings, plan_months: f64) -> u64 {
    let horizon = HORIZON_MONTHS.clamp(f64::from(settings.horizon_months).max(plan_months));
    (horizon / DT_MONTHS.clamp(settings.dt_months)).ceil() as u64
}

/// Model evaluations per step: 1 for Euler, 4 for RK4.
pub fn evaluations_per_step(method: SimMethod) -> u64 {
    match method {
        SimMethod::Euler => 1,
        SimMethod::Rk4 => 4,
    }
}

/// Evaluations of one run of `project` with `method`.
pub fn evaluations(project: &Project, method: SimMethod) -> u64 {
    steps(project).saturating_mul(evaluations_per_step(method))
}

/// Variables plus links: the model's part of the work of one evaluation.
pub fn model_size(project: &Project) -> u64 {
    (project.variables.len() + project.links.len()) as u64
}

/// The largest number of shocks in one scenario, weighted ([`INPUT_WEIGHT`]).
fn scenario_inputs(project: &Project) -> u64 {
    INPUT_WEIGHT * project.scenarios.iter().map(|s| s.shocks.len() as u64).max().unwrap_or(0)
}

/// Effects per intervention id of the project.
type EffectCounts<'a> = std::collections::HashMap<&'a str, u64>;

fn effect_counts(project: &Project) -> EffectCounts<'_> {
    project.interventions.iter().map(|i| (i.id.as_str(), i.effects.len() as u64)).collect()
}

/// Input terms of a plan, weighted ([`INPUT_WEIGHT`]): every item's effects (its own, else its intervention's;
/// an intervention from the catalogue counts [`CATALOGUE_EFFECTS_ALLOWANCE`]).
fn plan_inputs(counts: &EffectCounts<'_>, plan: &Plan) -> u64 {
    let effects: u64 = plan
        .items
        .iter()
        .map(|item| match &item.effects {
            Some(effects) => effects.len() as u64,
            None => counts.get(item.intervention.as_str()).copied().unwrap_or(CATALOGUE_EFFECTS_ALLOWANCE),
        })
        .sum();
    INPUT_WEIGHT * effects
}

/// Input terms of the largest single run a command makes: the largest scenario or the largest plan (weighted).
pub fn largest_inputs(project: &Project) -> u64 {
    let counts = effect_counts(project);
    let plans = project.plans.iter().map(|p| plan_inputs(&counts, p)).max().unwrap_or(0);
    scenario_inputs(project).max(plans)
}

/// Work of one run ([`MAX_RUN_WORK`]) with the project's own method.
pub fn run_work(project: &Project) -> u64 {
    evaluations(project, project.settings.method).saturating_mul(model_size(project) + largest_inputs(project))
}

/// The work of `runs` Monte Carlo runs of `project` with `method` ([`MAX_MONTE_CARLO_WORK`]).
pub fn monte_carlo_work(project: &Project, runs: u64, method: SimMethod) -> u64 {
    let one = evaluations(project, method).saturating_mul(model_size(project) + scenario_inputs(project));
    runs.saturating_mul(one)
}

/// The work of the optimiser and of the plan report, whichever is larger, and its number of simulations
/// ([`MAX_COMMAND_WORK`]).
pub fn command_work(project: &Project) -> (u64, u64) {
    let size = model_size(project);
    let evaluations = evaluations(project, project.settings.method);
    // Optimiser: each candidate alone at four levels, then up to 20 runs of portfolios with every effect.
    let candidates = project.interventions.len() as u64 + CATALOGUE_ALLOWANCE;
    let all_effects: u64 =
        project.interventions.iter().map(|i| i.effects.len() as u64).sum::<u64>() + CATALOGUE_ALL_EFFECTS_ALLOWANCE;
    let optimise_terms = 4 * (candidates.saturating_mul(size) + all_effects) + 20 * (size + all_effects);
    let optimise = (4 * candidates + 20, optimise_terms.saturating_mul(evaluations));
    // Plan report: per plan its reference, the plan, the plan without each item (and one spare), all its inputs.
    let counts = effect_counts(project);
    let report = project.plans.iter().fold((0_u64, 0_u64), |(sims, work), plan| {
        let n = plan.items.len() as u64 + 3;
        let one = evaluations.saturating_mul(size + plan_inputs(&counts, plan));
        (sims + n, work.saturating_add(n.saturating_mul(one)))
    });
    if report.1 > optimise.1 { report } else { optimise }
}

/// A plan item, by its plan and its place in the plan's list (an intervention can be in a plan more than once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItemAt {
    pub plan: String,
    /// 0-based, in the plan's order.
    pub index: usize,
}

/// One broken limit (data; the text layers word it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Violation {
    /// Too many items in a list. `what` names the list (see [`ListKind`]); `owner` the item holding it, if any;
    /// `item` the plan item holding it (`owner` is then the item's intervention).
    TooMany { what: ListKind, owner: Option<String>, item: Option<PlanItemAt>, count: usize, max: usize },
    /// A text is too long. `field` names it; `owner` is the item's id (or empty for project details); `item` the plan
    /// item holding it (`owner` is then the item's intervention).
    TooLong { field: &'static str, owner: String, item: Option<PlanItemAt>, chars: usize, max: usize },
    /// All text together is too long.
    TotalTextTooLong { chars: usize, max: usize },
    /// The plan covers too many years.
    PlanTooLong { plan: String, years: i64, max: usize },
    /// One run is too much work: steps × evaluations per step (1 Euler, 4 RK4) × (model size + input terms).
    RunTooLarge { steps: u64, per_step: u64, size: u64, max: u64 },
    /// The stored Monte Carlo runs are too much work.
    MonteCarloTooLarge { runs: u64, work: u64, max: u64 },
    /// The simulations of the optimiser or the plan report are too much work.
    CommandsTooLarge { simulations: u64, work: u64, max: u64 },
}

impl Violation {
    /// Where the violation is: the item's id (empty for the project as a whole).
    pub fn owner(&self) -> &str {
        match self {
            Self::TooMany { owner, .. } => owner.as_deref().unwrap_or_default(),
            Self::TooLong { owner, .. } => owner,
            Self::PlanTooLong { plan, .. } => plan,
            _ => "",
        }
    }

    /// True when `self` is not in `before`, or is there with a smaller amount: an edit made it (worse).
    pub fn is_new_against(&self, before: &[Self]) -> bool {
        before.iter().all(|b| std::mem::discriminant(b) != std::mem::discriminant(self) || !self.worse_or_other(b))
    }

    /// Same kind as `other`: false when it concerns the same place and is not larger.
    fn worse_or_other(&self, other: &Self) -> bool {
        match (self, other) {
            (
                Self::TooMany { what, owner, item, count, .. },
                Self::TooMany { what: w, owner: o, item: i, count: c, .. },
            ) => what != w || owner != o || item != i || count > c,
            (
                Self::TooLong { field, owner, item, chars, .. },
                Self::TooLong { field: f, owner: o, item: i, chars: c, .. },
            ) => field != f || owner != o || item != i || chars > c,
            (Self::TotalTextTooLong { chars, .. }, Self::TotalTextTooLong { chars: c, .. }) => chars > c,
            (Self::PlanTooLong { plan, years, .. }, Self::PlanTooLong { plan: p, years: y, .. }) => {
                plan != p || years > y
            }
            (
                Self::RunTooLarge { steps, per_step, size, .. },
                Self::RunTooLarge { steps: s, per_step: e, size: z, .. },
            ) => steps.saturating_mul(*per_step).saturating_mul(*size) > s.saturating_mul(*e).saturating_mul(*z),
            (Self::MonteCarloTooLarge { work, .. }, Self::MonteCarloTooLarge { work: w, .. })
            | (Self::CommandsTooLarge { work, .. }, Self::CommandsTooLarge { work: w, .. }) => work > w,
            _ => true,
        }
    }
}

/// Which list a [`Violation::TooMany`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Variables,
    Links,
    Scenarios,
    Shocks,
    Interventions,
    Effects,
    Plans,
    PlanItems,
    OutcomeWeights,
    Tags,
    RetiredIds,
}

/// Every broken count, length and work limit of `project`, in file order (ranges of single numbers are checked by
/// the validators, with the same [`Range`]s). Linear in the size of the project.
pub fn violations(project: &Project) -> Vec<Violation> {
    let mut out = Vec::new();
    super::rules_scan::scan(project, &mut out);
    work(project, &mut out);
    out
}

fn work(project: &Project, out: &mut Vec<Violation>) {
    let evaluations = evaluations(project, project.settings.method);
    let size = model_size(project) + largest_inputs(project);
    let run = evaluations.saturating_mul(size);
    if run > MAX_RUN_WORK {
        let steps = steps(project);
        let per_step = evaluations_per_step(project.settings.method);
        out.push(Violation::RunTooLarge { steps, per_step, size, max: MAX_RUN_WORK });
        return;
    }
    let runs = u64::from(project.settings.monte_carlo_runs);
    let mc = monte_carlo_work(project, runs, project.settings.method);
    if mc > MAX_MONTE_CARLO_WORK {
        out.push(Violation::MonteCarloTooLarge { runs, work: mc, max: MAX_MONTE_CARLO_WORK });
    }
    let (simulations, all) = command_work(project);
    if all > MAX_COMMAND_WORK {
        out.push(Violation::CommandsTooLarge { simulations, work: all, max: MAX_COMMAND_WORK });
    }
}

/// Every range, limit and work limit with its reason, for documentation ([`table_markdown`], `docs/limits.md`).
pub fn table() -> Vec<(&'static str, String, &'static str)> {
    let range = |name: &'static str, r: Range| {
        let low = if r.min_exclusive { format!("> {}", r.min) } else { r.min.to_string() };
        (name, format!("{low} … {}", r.max), r.reason)
    };
    let limit = |name: &'static str, l: Limit| (name, format!("≤ {}", l.max), l.reason);
    vec![
        range("baseline", BASELINE),
        range("adjustment_months", ADJUSTMENT_MONTHS),
        range("delay months", DELAY_MONTHS),
        range("custom strength", CUSTOM_GAIN),
        range("outcome weight", OUTCOME_WEIGHT),
        range("effect points (interventions, shocks)", EFFECT_POINTS),
        range("months (start, end, ramp-up, after-effect, duration)", MONTHS),
        range("dt_months", DT_MONTHS),
        range("horizon_months", HORIZON_MONTHS),
        range("monte_carlo_runs", MONTE_CARLO_RUNS),
        range("reach_percent", REACH_PERCENT),
        range("euros (costs, budgets)", EUROS),
        range("years (plans, budgets)", YEAR),
        range("canvas position x, y", POSITION),
        ("plan length in years", format!("≤ {MAX_PLAN_YEARS}"), "the plan period fits in the longest horizon"),
        limit("variables", VARIABLES),
        limit("links", LINKS),
        limit("scenarios", SCENARIOS),
        limit("shocks per scenario", SHOCKS),
        limit("interventions", INTERVENTIONS),
        limit("effects per intervention or item", EFFECTS),
        limit("plans", PLANS),
        limit("items per plan", PLAN_ITEMS),
        limit("outcome weights", OUTCOME_WEIGHTS),
        limit("tags per list", TAGS),
        limit("retired ids", RETIRED_IDS),
        limit("name characters", NAME_CHARS),
        limit("short text characters", SHORT_TEXT_CHARS),
        limit("free text characters", TEXT_CHARS),
        limit("all text characters", TOTAL_TEXT_CHARS),
        ("evaluations × (variables + links + inputs)", format!("≤ {MAX_RUN_WORK}"), "one run within a second"),
        ("Monte Carlo runs × run work", format!("≤ {MAX_MONTE_CARLO_WORK}"), "Monte Carlo within seconds"),
        (
            "command simulations × run work",
            format!("≤ {MAX_COMMAND_WORK}"),
            "optimiser and plan report within seconds; compare, sensitivity and robust fit their runs to it",
        ),
        ("file size in bytes", format!("≤ {MAX_FILE_BYTES}"), "above the largest file the other limits allow (~22 MB)"),
    ]
}

/// [`table`] as a Markdown document (`docs/limits.md`; a test keeps that file up to date).
pub fn table_markdown() -> String {
    let mut out = String::from(
        "# Limits of a project file\n\nGenerated from `src/model/rules.rs` (`rules::table`); a test checks that this file \
         is up to date (`UPDATE_LIMITS=1 cargo test --lib limits_document` rewrites it). Validation enforces every \
         line: a file outside them is refused by `check` and by every command with the same message, and a file \
         within them finishes every command within seconds (`tests/io/worst_file.rs`).\n\n\
         | what | allowed | why |\n|---|---|---|\n",
    );
    for (name, allowed, reason) in table() {
        out.extend(["| ", name, " | ", &allowed, " | ", reason, " |\n"]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_document_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/limits.md");
        let text = table_markdown();
        if std::env::var_os("UPDATE_LIMITS").is_some() {
            std::fs::write(path, &text).expect("write docs/limits.md");
        }
        let written = std::fs::read_to_string(path).unwrap_or_default();
        assert!(written == text, "docs/limits.md is out of date: run UPDATE_LIMITS=1 cargo test --lib limits_document");
    }

    #[test]
    fn ranges_refuse_non_finite_numbers_and_respect_exclusive_minimum() {
        for r in [BASELINE, EUROS, DT_MONTHS, MONTHS] {
            assert!(!r.contains(f64::NAN) && !r.contains(f64::INFINITY) && !r.contains(f64::NEG_INFINITY));
            assert!(r.contains(r.min) && r.contains(r.max) && !r.contains(r.max * 1.01 + 1.0));
        }
        assert!(!ADJUSTMENT_MONTHS.contains(0.0));
        assert!(ADJUSTMENT_MONTHS.contains(0.001));
    }

    #[test]
    fn the_default_settings_and_empty_project_are_within_every_limit() {
        let p = Project::default();
        assert!(violations(&p).is_empty());
        let s = SimSettings::default();
        assert!(DT_MONTHS.contains(s.dt_months));
        assert!(HORIZON_MONTHS.contains(f64::from(s.horizon_months)));
        assert!(MONTE_CARLO_RUNS.contains(f64::from(s.monte_carlo_runs)));
    }

    #[test]
    fn the_largest_model_allows_a_monthly_step_over_a_century() {
        let mut p = Project::default();
        p.settings.dt_months = 1.0;
        p.settings.horizon_months = 1200;
        assert_eq!(steps(&p), 1200);
        assert!(1200 * (VARIABLES.max + LINKS.max) as u64 <= MAX_RUN_WORK);
        p.settings.method = SimMethod::Rk4;
        assert_eq!(evaluations(&p, SimMethod::Rk4), 4800);
        assert_eq!(table().len(), 34);
    }
}
