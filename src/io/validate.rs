//! Checks a project for everything the rest of the program relies on, and collects ALL problems (reporter pattern):
//! ids, references, ranges and non-finite numbers. Loading refuses a project with any `Error`.

use super::ron_text::FieldIndex;
use super::unknown_fields::unknown_fields;
use super::{Location, Place, Problem, ProblemKind, Quantity, Severity};
use crate::model::rules::{self, Range};
use crate::model::{Cost, Delay, Effect, InputShape, Project, Strength, is_valid_slug};
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// All problems of `project`, in file order, without line numbers.
pub fn validate(project: &Project) -> Vec<Problem> {
    Checker::default().run(project).into_iter().map(|(p, _)| p).collect()
}

/// All problems of `project`, in line order, with the line of the item in `source` (the text it was read from), found by searching
/// for the item's `id: "…"` (or `variable: "…"`, `intervention: "…"`, a layout key, …). Also warns about field
/// names in `source` that the model does not know (typos), which serde would otherwise ignore in silence.
pub fn validate_source(project: &Project, source: &str) -> Vec<Problem> {
    validate_text(project, source, true)
}

/// As [`validate_source`]; the scan for unknown field names only with `scan_fields` (the loader skips it when its
/// fast reader has read the text, which proves that every field name is known).
pub(crate) fn validate_text(project: &Project, source: &str, scan_fields: bool) -> Vec<Problem> {
    let found = Checker::default().run(project);
    let mut problems = if found.is_empty() {
        Vec::new()
    } else {
        let wanted: std::collections::HashSet<(&str, &str)> =
            found.iter().filter_map(|(_, a)| a.as_ref().map(|(f, v, _)| (*f, v.as_str()))).collect();
        let index = FieldIndex::new(source, &wanted);
        found
            .into_iter()
            .map(|(mut problem, anchor)| {
                if let Some((field, value, occurrence)) = anchor {
                    problem.line = index.line(field, &value, occurrence);
                }
                problem
            })
            .collect()
    };
    if scan_fields {
        problems.extend(unknown_fields(source));
    }
    // In line order (problems without a line, about the project as a whole, last); stable for equal lines.
    problems.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
    problems
}

/// The `field: "value"` (and which occurrence of it) whose line a broken limit gets.
fn limit_anchor(project: &Project, v: &rules::Violation) -> Option<(&'static str, String, usize)> {
    use rules::{ListKind, Violation};
    let item = match v {
        Violation::TooMany { item, .. } | Violation::TooLong { item, .. } => item.as_ref(),
        _ => None,
    };
    if let Some(at) = item {
        // As `plans` anchors items: the n-th `intervention: "…"` with this id, counted over all plans in order.
        let id = v.owner();
        let mut occurrence = 0;
        for plan in &project.plans {
            if plan.id.as_str() == at.plan {
                occurrence += plan.items.iter().take(at.index).filter(|i| i.intervention.as_str() == id).count();
                return Some(("intervention", id.to_owned(), occurrence));
            }
            occurrence += plan.items.iter().filter(|i| i.intervention.as_str() == id).count();
        }
        return None;
    }
    if let Violation::TooMany { what, owner: None, max, .. } = v {
        let first_over = match what {
            ListKind::Variables => project.variables.get(*max).map(|x| x.id.as_str()),
            ListKind::Links => project.links.get(*max).map(|x| x.id.as_str()),
            ListKind::Scenarios => project.scenarios.get(*max).map(|x| x.id.as_str()),
            ListKind::Interventions => project.interventions.get(*max).map(|x| x.id.as_str()),
            ListKind::Plans => project.plans.get(*max).map(|x| x.id.as_str()),
            _ => None,
        };
        return first_over.map(|id| ("id", id.to_owned(), 0));
    }
    let owner = v.owner();
    (!owner.is_empty()).then(|| ("id", owner.to_owned(), 0))
}

/// Where a problem would be, without allocating: a [`Location`] is made only for a problem found.
#[derive(Clone, Copy)]
struct Loc<'p> {
    place: Place,
    name: &'p str,
    parent: Option<&'p Loc<'p>>,
}

impl<'p> Loc<'p> {
    fn new(place: Place, name: &'p str) -> Self {
        Self { place, name, parent: None }
    }

    fn within(place: Place, name: &'p str, parent: &'p Loc<'p>) -> Self {
        Self { place, name, parent: Some(parent) }
    }

    fn location(&self) -> Location {
        match self.parent {
            None => Location::new(self.place, self.name),
            Some(parent) => Location::within(self.place, self.name, &parent.location()),
        }
    }
}

/// Where an item is in the text: the `occurrence`-th `field: "value"` (in canonical file order).
#[derive(Clone, Copy, Debug)]
struct Anchor<'a> {
    field: &'static str,
    value: &'a str,
    occurrence: usize,
}

type Found = (Problem, Option<(&'static str, String, usize)>);

#[derive(Default)]
struct Checker<'a> {
    found: Vec<Found>,
    seen: HashMap<(&'static str, &'a str), usize>,
}

/// The place of each collection's items, in the order of [`Checker::ids`].
const KINDS: [Place; 5] = [Place::Variable, Place::Link, Place::Scenario, Place::Intervention, Place::Plan];

impl<'a> Checker<'a> {
    /// The anchor of the next `field: "value"` in canonical order.
    fn anchor(&mut self, field: &'static str, value: &'a str) -> Anchor<'a> {
        let n = self.seen.entry((field, value)).or_insert(0);
        let occurrence = *n;
        *n += 1;
        Anchor { field, value, occurrence }
    }

    fn push(&mut self, severity: Severity, loc: &Loc<'_>, kind: ProblemKind, anchor: Option<Anchor<'_>>) {
        let problem =
            Problem { severity, kind, location: Some(loc.location()), line: None, column: None, detail: None };
        self.found.push((problem, anchor.map(|a| (a.field, a.value.to_owned(), a.occurrence))));
    }

    fn error(&mut self, loc: &Loc<'_>, kind: ProblemKind, anchor: Option<Anchor<'_>>) {
        self.push(Severity::Error, loc, kind, anchor);
    }

    fn warning(&mut self, loc: &Loc<'_>, kind: ProblemKind, anchor: Option<Anchor<'_>>) {
        self.push(Severity::Warning, loc, kind, anchor);
    }

    /// Errors when `value` is NaN or infinite; returns whether it is finite.
    fn finite(&mut self, value: f64, quantity: Quantity, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) -> bool {
        if value.is_finite() {
            return true;
        }
        self.error(loc, ProblemKind::NotANumber { quantity, value }, anchor);
        false
    }

    /// Errors when `value` is not finite or outside `range` (one of the ranges of `model::rules`).
    fn in_range(&mut self, value: f64, range: Range, quantity: Quantity, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        if self.finite(value, quantity, loc, anchor) && !range.contains(value) {
            self.error(loc, ProblemKind::OutOfRange { quantity, value, range }, anchor);
        }
    }

    fn name(&mut self, name: &str, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        if name.trim().is_empty() {
            self.error(loc, ProblemKind::EmptyName, anchor);
        }
    }

    fn run(mut self, project: &'a Project) -> Vec<Found> {
        let variables: HashSet<&str> = project.variables.iter().map(|v| v.id.as_str()).collect();
        self.seen.reserve(project.variables.len() + project.links.len() + project.layout.positions.len());
        self.ids(project);
        self.variables(project);
        self.links(project, &variables);
        self.layout(project, &variables);
        self.outcome(project, &variables);
        self.settings(project);
        self.scenarios(project, &variables);
        self.interventions(project, &variables);
        self.plans(project, &variables);
        self.limits(project);
        self.found
    }

    /// Counts, text lengths and work (`model::rules::violations`), at the item they concern: a plan item's own line,
    /// and for a list of the project that is too long, its first item over the maximum.
    fn limits(&mut self, project: &'a Project) {
        for v in rules::violations(project) {
            let anchor = limit_anchor(project, &v);
            self.found.push((Problem::error(ProblemKind::Limit(v)), anchor));
        }
    }

    /// Duplicate and malformed ids in every collection; the same id in two collections is a warning.
    fn ids(&mut self, project: &'a Project) {
        let lists: [Vec<&str>; 5] = [
            project.variables.iter().map(|v| v.id.as_str()).collect(),
            project.links.iter().map(|l| l.id.as_str()).collect(),
            project.scenarios.iter().map(|s| s.id.as_str()).collect(),
            project.interventions.iter().map(|i| i.id.as_str()).collect(),
            project.plans.iter().map(|p| p.id.as_str()).collect(),
        ];
        let total = lists.iter().map(Vec::len).sum();
        let mut owner: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(total, FxBuildHasher);
        let mut id_seen: HashMap<&str, usize> = HashMap::with_capacity_and_hasher(total, FxBuildHasher);
        for (kind, ids) in lists.iter().enumerate() {
            let place = KINDS[kind];
            let mut in_list: HashSet<&str> = HashSet::with_capacity_and_hasher(ids.len(), FxBuildHasher);
            for &id in ids {
                let occurrence = id_seen.entry(id).or_insert(0);
                let anchor = Some(Anchor { field: "id", value: id, occurrence: *occurrence });
                *occurrence += 1;
                let loc = Loc::new(place, id);
                if !is_valid_slug(id) {
                    self.error(&loc, ProblemKind::InvalidId { id: id.to_owned() }, anchor);
                }
                if !in_list.insert(id) {
                    self.error(&loc, ProblemKind::DuplicateId { id: id.to_owned(), list: place }, anchor);
                } else if let Some(&other) = owner.get(id)
                    && other != kind
                {
                    self.warning(&loc, ProblemKind::IdUsedElsewhere { id: id.to_owned(), other: KINDS[other] }, anchor);
                }
                owner.entry(id).or_insert(kind);
            }
        }
    }

    fn variables(&mut self, project: &'a Project) {
        for v in &project.variables {
            let anchor = Some(self.anchor("id", v.id.as_str()));
            let loc = Loc::new(Place::Variable, v.id.as_str());
            self.name(&v.name, &loc, anchor);
            self.in_range(v.baseline, rules::BASELINE, Quantity::Baseline, &loc, anchor);
            self.in_range(v.adjustment_months, rules::ADJUSTMENT_MONTHS, Quantity::AdjustmentMonths, &loc, anchor);
        }
    }

    fn links(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        let mut pairs: HashMap<(&str, &str), &str> =
            HashMap::with_capacity_and_hasher(project.links.len(), FxBuildHasher);
        for l in &project.links {
            let anchor = Some(self.anchor("id", l.id.as_str()));
            let loc = Loc::new(Place::Link, l.id.as_str());
            if !variables.contains(l.from.as_str()) {
                self.error(&loc, ProblemKind::UnknownLinkStart { variable: l.from.as_str().to_owned() }, anchor);
            }
            if !variables.contains(l.to.as_str()) {
                self.error(&loc, ProblemKind::UnknownLinkEnd { variable: l.to.as_str().to_owned() }, anchor);
            }
            if l.from == l.to {
                self.error(&loc, ProblemKind::SelfLink { variable: l.from.as_str().to_owned() }, anchor);
            } else if let Some(other) = pairs.insert((l.from.as_str(), l.to.as_str()), l.id.as_str()) {
                let kind = ProblemKind::DuplicateLink {
                    from: l.from.as_str().to_owned(),
                    to: l.to.as_str().to_owned(),
                    other: other.to_owned(),
                };
                self.warning(&loc, kind, anchor);
            }
            if let Strength::Custom(g) = l.strength {
                self.in_range(g, rules::CUSTOM_GAIN, Quantity::CustomGain, &loc, anchor);
            }
            if let Delay::Months(m) = l.delay {
                self.in_range(m, rules::DELAY_MONTHS, Quantity::DelayMonths, &loc, anchor);
            }
        }
    }

    fn layout(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for (id, pos) in &project.layout.positions {
            let anchor = Some(self.anchor("", id.as_str()));
            let loc = Loc::new(Place::Layout, id.as_str());
            self.in_range(f64::from(pos.x), rules::POSITION, Quantity::PositionX, &loc, anchor);
            self.in_range(f64::from(pos.y), rules::POSITION, Quantity::PositionY, &loc, anchor);
            if !variables.contains(id.as_str()) {
                self.warning(&loc, ProblemKind::PositionWithoutVariable, anchor);
            }
        }
    }

    fn outcome(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        let mut seen = HashSet::default();
        for w in &project.outcome.weights {
            let anchor = Some(self.anchor("variable", w.variable.as_str()));
            let loc = Loc::new(Place::OutcomeWeight, w.variable.as_str());
            if !variables.contains(w.variable.as_str()) {
                self.error(&loc, ProblemKind::UnknownVariable { variable: w.variable.as_str().to_owned() }, anchor);
            }
            self.in_range(w.weight, rules::OUTCOME_WEIGHT, Quantity::OutcomeWeight, &loc, anchor);
            if !seen.insert(w.variable.as_str()) {
                self.warning(&loc, ProblemKind::DuplicateOutcomeWeight, anchor);
            }
        }
    }

    fn settings(&mut self, project: &Project) {
        let s = &project.settings;
        let loc = Loc::new(Place::Settings, "");
        let horizon = f64::from(s.horizon_months);
        self.in_range(horizon, rules::HORIZON_MONTHS, Quantity::HorizonMonths, &loc, None);
        self.in_range(s.dt_months, rules::DT_MONTHS, Quantity::DtMonths, &loc, None);
        let runs = f64::from(s.monte_carlo_runs);
        self.in_range(runs, rules::MONTE_CARLO_RUNS, Quantity::MonteCarloRuns, &loc, None);
    }

    fn shape(&mut self, shape: &InputShape, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        self.in_range(shape.start_month, rules::MONTHS, Quantity::StartMonth, loc, anchor);
        self.in_range(shape.ramp_up_months, rules::MONTHS, Quantity::RampUpMonths, loc, anchor);
        self.in_range(shape.after_effect_months, rules::MONTHS, Quantity::AfterEffectMonths, loc, anchor);
        if let Some(end) = shape.end_month {
            self.in_range(end, rules::MONTHS, Quantity::EndMonth, loc, anchor);
        }
        if let Some(end) = shape.end_month
            && end.is_finite()
            && shape.start_month.is_finite()
            && end < shape.start_month
        {
            self.warning(loc, ProblemKind::EndBeforeStart { end, start: shape.start_month }, anchor);
        }
    }

    fn scenarios(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for s in &project.scenarios {
            let scenario_anchor = Some(self.anchor("id", s.id.as_str()));
            let scenario = Loc::new(Place::Scenario, s.id.as_str());
            self.name(&s.name, &scenario, scenario_anchor);
            for shock in &s.shocks {
                let anchor = Some(self.anchor("target", shock.target.as_str()));
                let loc = Loc::within(Place::Shock, shock.target.as_str(), &scenario);
                if !variables.contains(shock.target.as_str()) {
                    self.error(
                        &loc,
                        ProblemKind::UnknownVariable { variable: shock.target.as_str().to_owned() },
                        anchor,
                    );
                }
                self.in_range(shock.effect, rules::EFFECT_POINTS, Quantity::Effect, &loc, anchor);
                self.shape(&shock.shape, &loc, anchor);
            }
        }
    }

    fn effects(&mut self, effects: &'a [Effect], owner: &Loc<'_>, variables: &HashSet<&str>) {
        for e in effects {
            let anchor = Some(self.anchor("target", e.target.as_str()));
            let loc = Loc::within(Place::Effect, e.target.as_str(), owner);
            if !variables.contains(e.target.as_str()) {
                self.warning(
                    &loc,
                    ProblemKind::EffectOnUnknownVariable { variable: e.target.as_str().to_owned() },
                    anchor,
                );
            }
            self.in_range(e.points, rules::EFFECT_POINTS, Quantity::Effect, &loc, anchor);
        }
    }

    fn cost(&mut self, cost: &Cost, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        self.in_range(cost.one_off_eur, rules::EUROS, Quantity::OneOffEur, loc, anchor);
        self.in_range(cost.per_year_eur, rules::EUROS, Quantity::PerYearEur, loc, anchor);
    }

    fn interventions(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for i in &project.interventions {
            let anchor = Some(self.anchor("id", i.id.as_str()));
            let loc = Loc::new(Place::Intervention, i.id.as_str());
            self.name(&i.name, &loc, anchor);
            self.effects(&i.effects, &loc, variables);
            self.cost(&i.cost, &loc, anchor);
        }
    }

    fn plans(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        let own: HashSet<&str> = project.interventions.iter().map(|i| i.id.as_str()).collect();
        for p in &project.plans {
            let anchor = Some(self.anchor("id", p.id.as_str()));
            let plan = Loc::new(Place::Plan, p.id.as_str());
            self.name(&p.name, &plan, anchor);
            self.in_range(f64::from(p.first_year), rules::YEAR, Quantity::FirstYear, &plan, anchor);
            self.in_range(f64::from(p.last_year), rules::YEAR, Quantity::LastYear, &plan, anchor);
            if p.last_year < p.first_year {
                self.error(&plan, ProblemKind::YearsReversed { first: p.first_year, last: p.last_year }, anchor);
            }
            self.budgets(&p.budget_eur, (p.first_year, p.last_year), &plan, anchor);
            for item in &p.items {
                let item_anchor = Some(self.anchor("intervention", item.intervention.as_str()));
                let loc = Loc::within(Place::PlanItem, item.intervention.as_str(), &plan);
                let id = item.intervention.as_str();
                if !own.contains(id) && !crate::model::is_catalogue_intervention(id) {
                    // `plan` and `optimize` refuse such an item; so does loading.
                    self.error(&loc, ProblemKind::UnknownIntervention { id: id.to_owned() }, item_anchor);
                }
                let reach = rules::REACH_PERCENT;
                self.in_range(item.reach_percent, reach, Quantity::ReachPercent, &loc, item_anchor);
                self.in_range(item.start_month, rules::MONTHS, Quantity::StartMonth, &loc, item_anchor);
                if let Some(d) = item.duration_months {
                    self.in_range(d, rules::MONTHS, Quantity::DurationMonths, &loc, item_anchor);
                }
                self.in_range(item.ramp_up_months, rules::MONTHS, Quantity::RampUpMonths, &loc, item_anchor);
                self.in_range(item.after_effect_months, rules::MONTHS, Quantity::AfterEffectMonths, &loc, item_anchor);
                if let Some(effects) = &item.effects {
                    self.effects(effects, &loc, variables);
                }
                if let Some(cost) = &item.cost {
                    self.cost(cost, &loc, item_anchor);
                }
            }
        }
    }

    fn budgets(
        &mut self,
        budgets: &BTreeMap<i32, f64>,
        (first, last): (i32, i32),
        loc: &Loc<'_>,
        anchor: Option<Anchor<'_>>,
    ) {
        for (&year, &eur) in budgets {
            self.in_range(eur, rules::EUROS, Quantity::Budget(year), loc, anchor);
            if !rules::YEAR.contains(f64::from(year)) {
                self.error(loc, ProblemKind::BudgetYearOutOfRange { year, range: rules::YEAR }, anchor);
            } else if first <= last && !(first..=last).contains(&year) {
                self.warning(loc, ProblemKind::BudgetOutsidePlanYears { year, first, last }, anchor);
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Link, Polarity, ResourceKind, Variable};

    fn two_variables() -> Project {
        let mut p = Project::default();
        p.variables.push(Variable::new("stress".into(), "Stress", ResourceKind::Individual));
        p.variables.push(Variable::new("welbevinden".into(), "Welbevinden", ResourceKind::Individual));
        p.links.push(Link::new(
            "stress__welbevinden".into(),
            "stress".into(),
            "welbevinden".into(),
            Polarity::Negative,
        ));
        p
    }

    #[test]
    fn a_clean_project_has_no_problems() {
        assert!(validate(&two_variables()).is_empty());
    }

    #[test]
    fn lines_come_from_the_source_text() {
        let text =
            "(\n format_version: 1,\n variables: [\n  (id: \"a\", name: \"A\"),\n  (id: \"a\", name: \"\"),\n ],\n)";
        let project: Project = ron::from_str(text).unwrap();
        let problems = validate_source(&project, text);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems.iter().all(|p| p.line == Some(5)), "{problems:#?}");
    }
}
