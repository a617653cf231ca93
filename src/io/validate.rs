//! Checks a project for everything the rest of the program relies on, and collects ALL problems (reporter pattern):
//! ids, references, ranges and non-finite numbers. Loading refuses a project with any `Error`.

use super::ron_text::FieldIndex;
use super::unknown_fields::unknown_fields;
use super::{Problem, Severity};
use crate::model::rules::{self, Range};
use crate::model::{Cost, Delay, Effect, InputShape, Project, Strength, is_valid_slug};
use std::collections::{BTreeMap, HashMap, HashSet};

/// All problems of `project`, in file order, without line numbers.
pub fn validate(project: &Project) -> Vec<Problem> {
    Checker::default().run(project).into_iter().map(|(p, _)| p).collect()
}

/// All problems of `project`, in line order, with the line of the item in `source` (the text it was read from), found by searching
/// for the item's `id: "…"` (or `variable: "…"`, `intervention: "…"`, a layout key, …). Also warns about field
/// names in `source` that the model does not know (typos), which serde would otherwise ignore in silence.
pub fn validate_source(project: &Project, source: &str) -> Vec<Problem> {
    let found = Checker::default().run(project);
    let mut problems = if found.is_empty() {
        Vec::new()
    } else {
        let wanted: HashSet<(&str, &str)> =
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
    problems.extend(unknown_fields(source));
    // In line order (problems without a line, about the project as a whole, last); stable for equal lines.
    problems.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
    problems
}

/// Where an item is in the text: the `occurrence`-th `field: "value"` (in canonical file order).
#[derive(Clone, Copy, Debug)]
struct Anchor<'a> {
    field: &'static str,
    value: &'a str,
    occurrence: usize,
}

/// The Dutch location of an item, built only when there is a problem: `kind 'name'` (` in parent`).
#[derive(Clone, Copy)]
struct Loc<'a> {
    kind: &'static str,
    name: &'a str,
    parent: Option<&'a Loc<'a>>,
}

impl<'a> Loc<'a> {
    fn new(kind: &'static str, name: &'a str) -> Self {
        Self { kind, name, parent: None }
    }

    fn within(kind: &'static str, name: &'a str, parent: &'a Loc<'a>) -> Self {
        Self { kind, name, parent: Some(parent) }
    }
}

impl std::fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.name.is_empty() {
            f.write_str(self.kind)?;
        } else {
            write!(f, "{} '{}'", self.kind, self.name)?;
        }
        match self.parent {
            Some(p) => write!(f, " in {p}"),
            None => Ok(()),
        }
    }
}

type Found = (Problem, Option<(&'static str, String, usize)>);

#[derive(Default)]
struct Checker<'a> {
    found: Vec<Found>,
    seen: HashMap<(&'static str, &'a str), usize>,
}

/// Which collection an id belongs to, for messages.
const KINDS: [(&str, &str); 5] = [
    ("variabele", "variabelen"),
    ("verband", "verbanden"),
    ("scenario", "scenario's"),
    ("interventie", "interventies"),
    ("plan", "plannen"),
];

impl<'a> Checker<'a> {
    /// The anchor of the next `field: "value"` in canonical order.
    fn anchor(&mut self, field: &'static str, value: &'a str) -> Anchor<'a> {
        let n = self.seen.entry((field, value)).or_insert(0);
        let occurrence = *n;
        *n += 1;
        Anchor { field, value, occurrence }
    }

    fn push(&mut self, severity: Severity, loc: &Loc<'_>, message: String, anchor: Option<Anchor<'_>>) {
        let problem = Problem { severity, location: loc.to_string(), message, line: None, column: None };
        self.found.push((problem, anchor.map(|a| (a.field, a.value.to_owned(), a.occurrence))));
    }

    fn error(&mut self, loc: &Loc<'_>, message: String, anchor: Option<Anchor<'_>>) {
        self.push(Severity::Error, loc, message, anchor);
    }

    fn warning(&mut self, loc: &Loc<'_>, message: String, anchor: Option<Anchor<'_>>) {
        self.push(Severity::Warning, loc, message, anchor);
    }

    /// Errors when `value` is NaN or infinite; returns whether it is finite.
    fn finite(&mut self, value: f64, what: &str, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) -> bool {
        if value.is_finite() {
            return true;
        }
        self.error(loc, format!("{what} is geen geldig getal ({value})"), anchor);
        false
    }

    /// Errors when `value` is not finite or outside `range` (one of the ranges of `model::rules`).
    fn in_range(&mut self, value: f64, range: Range, what: &str, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        if self.finite(value, what, loc, anchor) && !range.contains(value) {
            self.error(loc, format!("{what} {} {}", number(value), range_text(range)), anchor);
        }
    }

    fn name(&mut self, name: &str, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        if name.trim().is_empty() {
            self.error(loc, "de naam is leeg".to_owned(), anchor);
        }
    }

    fn run(mut self, project: &'a Project) -> Vec<Found> {
        let variables: HashSet<&str> = project.variables.iter().map(|v| v.id.as_str()).collect();
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

    /// Counts, text lengths and work (`model::rules::violations`), at the item they concern.
    fn limits(&mut self, project: &'a Project) {
        for v in rules::violations(project) {
            let owner = crate::model::violation_owner(&v).to_owned();
            let anchor = (!owner.is_empty()).then_some(("id", owner, 0));
            let problem = Problem {
                severity: Severity::Error,
                location: String::new(),
                message: super::problem::capitalize(&v.to_string()),
                line: None,
                column: None,
            };
            self.found.push((problem, anchor));
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
        let mut owner: HashMap<&str, usize> = HashMap::new();
        let mut id_seen: HashMap<&str, usize> = HashMap::new();
        for (kind, ids) in lists.iter().enumerate() {
            let (singular, plural) = KINDS[kind];
            let mut in_list: HashSet<&str> = HashSet::with_capacity(ids.len());
            for &id in ids {
                let occurrence = id_seen.entry(id).or_insert(0);
                let anchor = Some(Anchor { field: "id", value: id, occurrence: *occurrence });
                *occurrence += 1;
                let loc = Loc::new(singular, id);
                if !is_valid_slug(id) {
                    self.error(
                        &loc,
                        format!(
                            "ongeldige id '{id}': gebruik alleen kleine letters a–z, cijfers en '_' \
                             (niet beginnend met '_', hoogstens 64 tekens)"
                        ),
                        anchor,
                    );
                }
                if !in_list.insert(id) {
                    self.error(&loc, format!("de id '{id}' komt meer dan eens voor bij de {plural}"), anchor);
                } else if let Some(&other) = owner.get(id)
                    && other != kind
                {
                    self.warning(
                        &loc,
                        format!("de id '{id}' wordt ook gebruikt door {} '{id}'", KINDS[other].0),
                        anchor,
                    );
                }
                owner.entry(id).or_insert(kind);
            }
        }
    }

    fn variables(&mut self, project: &'a Project) {
        for v in &project.variables {
            let anchor = Some(self.anchor("id", v.id.as_str()));
            let loc = Loc::new("variabele", v.id.as_str());
            self.name(&v.name, &loc, anchor);
            self.in_range(v.baseline, rules::BASELINE, "de uitgangswaarde (baseline)", &loc, anchor);
            let what = "de aanpassingstijd (adjustment_months)";
            self.in_range(v.adjustment_months, rules::ADJUSTMENT_MONTHS, what, &loc, anchor);
        }
    }

    fn links(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        let mut pairs: HashMap<(&str, &str), &str> = HashMap::with_capacity(project.links.len());
        for l in &project.links {
            let anchor = Some(self.anchor("id", l.id.as_str()));
            let loc = Loc::new("verband", l.id.as_str());
            if !variables.contains(l.from.as_str()) {
                self.error(&loc, format!("het begin '{}' bestaat niet als variabele", l.from), anchor);
            }
            if !variables.contains(l.to.as_str()) {
                self.error(&loc, format!("het eind '{}' bestaat niet als variabele", l.to), anchor);
            }
            if l.from == l.to {
                self.error(&loc, format!("een verband van '{}' naar zichzelf is niet toegestaan", l.from), anchor);
            } else if let Some(other) = pairs.insert((l.from.as_str(), l.to.as_str()), l.id.as_str()) {
                self.warning(
                    &loc,
                    format!("er is al een verband van '{}' naar '{}' ('{other}')", l.from, l.to),
                    anchor,
                );
            }
            if let Strength::Custom(g) = l.strength {
                self.in_range(g, rules::CUSTOM_GAIN, "de eigen sterkte", &loc, anchor);
            }
            if let Delay::Months(m) = l.delay {
                self.in_range(m, rules::DELAY_MONTHS, "de vertraging in maanden", &loc, anchor);
            }
        }
    }

    fn layout(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for (id, pos) in &project.layout.positions {
            let anchor = Some(self.anchor("", id.as_str()));
            let loc = Loc::new("opmaak", id.as_str());
            self.in_range(f64::from(pos.x), rules::POSITION, "de x-positie", &loc, anchor);
            self.in_range(f64::from(pos.y), rules::POSITION, "de y-positie", &loc, anchor);
            if !variables.contains(id.as_str()) {
                self.warning(
                    &loc,
                    "positie van een variabele die niet bestaat (wordt bij opslaan weggelaten)".to_owned(),
                    anchor,
                );
            }
        }
    }

    fn outcome(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        let mut seen = HashSet::new();
        for w in &project.outcome.weights {
            let anchor = Some(self.anchor("variable", w.variable.as_str()));
            let loc = Loc::new("uitkomstgewicht", w.variable.as_str());
            if !variables.contains(w.variable.as_str()) {
                self.error(&loc, format!("de variabele '{}' bestaat niet", w.variable), anchor);
            }
            self.in_range(w.weight, rules::OUTCOME_WEIGHT, "het gewicht", &loc, anchor);
            if !seen.insert(w.variable.as_str()) {
                self.warning(&loc, "deze variabele staat meer dan eens in de veerkrachtindex".to_owned(), anchor);
            }
        }
    }

    fn settings(&mut self, project: &Project) {
        let s = &project.settings;
        let loc = Loc::new("simulatie-instellingen", "");
        let horizon = f64::from(s.horizon_months);
        self.in_range(horizon, rules::HORIZON_MONTHS, "de horizon in maanden (horizon_months)", &loc, None);
        self.in_range(s.dt_months, rules::DT_MONTHS, "de tijdstap in maanden (dt_months)", &loc, None);
        let runs = f64::from(s.monte_carlo_runs);
        self.in_range(runs, rules::MONTE_CARLO_RUNS, "het aantal Monte Carlo-runs", &loc, None);
    }

    fn shape(&mut self, shape: &InputShape, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        self.in_range(shape.start_month, rules::MONTHS, "de startmaand", loc, anchor);
        self.in_range(shape.ramp_up_months, rules::MONTHS, "de opbouwtijd", loc, anchor);
        self.in_range(shape.after_effect_months, rules::MONTHS, "de nawerking", loc, anchor);
        if let Some(end) = shape.end_month {
            self.in_range(end, rules::MONTHS, "de eindmaand", loc, anchor);
        }
        if let Some(end) = shape.end_month
            && end.is_finite()
            && shape.start_month.is_finite()
            && end < shape.start_month
        {
            self.warning(loc, format!("de eindmaand {end} ligt vóór de startmaand {}", shape.start_month), anchor);
        }
    }

    fn scenarios(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for s in &project.scenarios {
            let scenario_anchor = Some(self.anchor("id", s.id.as_str()));
            let scenario = Loc::new("scenario", s.id.as_str());
            self.name(&s.name, &scenario, scenario_anchor);
            for shock in &s.shocks {
                let anchor = Some(self.anchor("target", shock.target.as_str()));
                let loc = Loc::within("schok op", shock.target.as_str(), &scenario);
                if !variables.contains(shock.target.as_str()) {
                    self.error(&loc, format!("de variabele '{}' bestaat niet", shock.target), anchor);
                }
                self.in_range(shock.effect, rules::EFFECT_POINTS, "het effect", &loc, anchor);
                self.shape(&shock.shape, &loc, anchor);
            }
        }
    }

    fn effects(&mut self, effects: &'a [Effect], owner: &Loc<'_>, variables: &HashSet<&str>) {
        for e in effects {
            let anchor = Some(self.anchor("target", e.target.as_str()));
            let loc = Loc { kind: "effect op", name: e.target.as_str(), parent: Some(owner) };
            if !variables.contains(e.target.as_str()) {
                self.warning(
                    &loc,
                    format!("de variabele '{}' bestaat niet; dit effect telt niet mee", e.target),
                    anchor,
                );
            }
            self.in_range(e.points, rules::EFFECT_POINTS, "het effect", &loc, anchor);
        }
    }

    fn cost(&mut self, cost: &Cost, loc: &Loc<'_>, anchor: Option<Anchor<'_>>) {
        self.in_range(cost.one_off_eur, rules::EUROS, "de eenmalige kosten in euro", loc, anchor);
        self.in_range(cost.per_year_eur, rules::EUROS, "de kosten per jaar in euro", loc, anchor);
    }

    fn interventions(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for i in &project.interventions {
            let anchor = Some(self.anchor("id", i.id.as_str()));
            let loc = Loc::new("interventie", i.id.as_str());
            self.name(&i.name, &loc, anchor);
            self.effects(&i.effects, &loc, variables);
            self.cost(&i.cost, &loc, anchor);
        }
    }

    fn plans(&mut self, project: &'a Project, variables: &HashSet<&str>) {
        for p in &project.plans {
            let anchor = Some(self.anchor("id", p.id.as_str()));
            let plan = Loc::new("plan", p.id.as_str());
            self.name(&p.name, &plan, anchor);
            self.in_range(f64::from(p.first_year), rules::YEAR, "het eerste jaar", &plan, anchor);
            self.in_range(f64::from(p.last_year), rules::YEAR, "het laatste jaar", &plan, anchor);
            if p.last_year < p.first_year {
                self.error(
                    &plan,
                    format!("het laatste jaar {} ligt vóór het eerste jaar {}", p.last_year, p.first_year),
                    anchor,
                );
            }
            self.budgets(&p.budget_eur, (p.first_year, p.last_year), &plan, anchor);
            for item in &p.items {
                let item_anchor = Some(self.anchor("intervention", item.intervention.as_str()));
                let loc = Loc::within("planonderdeel", item.intervention.as_str(), &plan);
                let reach = rules::REACH_PERCENT;
                self.in_range(item.reach_percent, reach, "het bereik in procent (reach_percent)", &loc, item_anchor);
                self.in_range(item.start_month, rules::MONTHS, "de startmaand", &loc, item_anchor);
                if let Some(d) = item.duration_months {
                    self.in_range(d, rules::MONTHS, "de looptijd", &loc, item_anchor);
                }
                self.in_range(item.ramp_up_months, rules::MONTHS, "de opbouwtijd", &loc, item_anchor);
                self.in_range(item.after_effect_months, rules::MONTHS, "de nawerking", &loc, item_anchor);
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
            let what = format!("het budget voor {year}");
            self.in_range(eur, rules::EUROS, &what, loc, anchor);
            if !rules::YEAR.contains(f64::from(year)) {
                self.error(loc, format!("het budgetjaar {year} {}", range_text(rules::YEAR)), anchor);
            } else if first <= last && !(first..=last).contains(&year) {
                self.warning(loc, format!("er is een budget voor {year}, buiten de planjaren {first}–{last}"), anchor);
            }
        }
    }
}

/// A number in a message: as written in the file, with an exponent only for huge or tiny values (1e308).
fn number(x: f64) -> String {
    if x != 0.0 && !(1e-6..1e15).contains(&x.abs()) { format!("{x:e}") } else { format!("{x}") }
}

/// "ligt buiten 0–100" / "moet groter dan 0 en hoogstens 600 zijn".
fn range_text(range: Range) -> String {
    let n = number;
    if range.min_exclusive {
        format!("moet groter dan {} en hoogstens {} zijn", n(range.min), n(range.max))
    } else {
        format!("ligt buiten {}–{}", n(range.min), n(range.max))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Link, Plan, PlanItem, Polarity, Position, ResourceKind, Variable};

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

    fn messages(p: &Project) -> Vec<String> {
        validate(p).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_clean_project_has_no_problems() {
        assert!(validate(&two_variables()).is_empty());
    }

    #[test]
    fn collects_all_problems_at_once() {
        let mut p = two_variables();
        p.variables[0].baseline = 101.0;
        p.variables[1].name = "  ".into();
        p.variables[1].adjustment_months = 0.0;
        p.links.push(Link::new("lus".into(), "stress".into(), "stress".into(), Polarity::Positive));
        p.links.push(Link::new("Fout Id".into(), "x".into(), "welbevinden".into(), Polarity::Positive));
        p.links[0].strength = Strength::Custom(-0.5);
        p.links[0].delay = Delay::Months(f64::NAN);
        p.layout.positions.insert("weg".into(), Position::new(f32::INFINITY, 0.0));
        p.settings.dt_months = 0.0;
        p.settings.horizon_months = 1201;
        let all = messages(&p);
        let expect = [
            "Variabele 'stress': de uitgangswaarde (baseline) 101 ligt buiten 0–100",
            "Variabele 'welbevinden': de naam is leeg",
            "Variabele 'welbevinden': de aanpassingstijd (adjustment_months) 0 moet groter dan 0 en hoogstens 600 zijn",
            "Verband 'stress__welbevinden': de eigen sterkte -0.5 ligt buiten 0–10",
            "Verband 'stress__welbevinden': de vertraging in maanden is geen geldig getal (NaN)",
            "Verband 'lus': een verband van 'stress' naar zichzelf is niet toegestaan",
            "Verband 'Fout Id': ongeldige id 'Fout Id'",
            "Verband 'Fout Id': het begin 'x' bestaat niet als variabele",
            "Opmaak 'weg': de x-positie is geen geldig getal (inf)",
            "Waarschuwing: opmaak 'weg': positie van een variabele die niet bestaat",
            "Simulatie-instellingen: de horizon in maanden (horizon_months) 1201 ligt buiten 1–1200",
            "Simulatie-instellingen: de tijdstap in maanden (dt_months) 0 ligt buiten 0.01–1",
        ];
        for e in expect {
            assert!(all.iter().any(|m| m.starts_with(e)), "missing {e:?} in {all:#?}");
        }
        assert_eq!(all.len(), expect.len(), "{all:#?}");
    }

    #[test]
    fn duplicates_and_plans() {
        let mut p = two_variables();
        p.links.push(Link::new(
            "stress__welbevinden".into(),
            "welbevinden".into(),
            "stress".into(),
            Polarity::Positive,
        ));
        p.links.push(Link::new("nog_een".into(), "stress".into(), "welbevinden".into(), Polarity::Positive));
        let mut plan = Plan {
            id: "plan_a".into(),
            name: "Plan A".into(),
            first_year: 2027,
            last_year: 2026,
            budget_eur: BTreeMap::from([(2026, -1.0)]),
            items: Vec::new(),
            notes: String::new(),
        };
        plan.items.push(PlanItem {
            intervention: "buurtcirkels".into(),
            start_month: 0.0,
            duration_months: None,
            reach_percent: 120.0,
            ramp_up_months: 0.0,
            after_effect_months: 0.0,
            effects: None,
            cost: None,
            owner: String::new(),
            partners: vec![],
            wijken: vec![],
            target_groups: vec![],
        });
        p.plans.push(plan);
        let all = messages(&p);
        for e in [
            "Verband 'stress__welbevinden': de id 'stress__welbevinden' komt meer dan eens voor bij de verbanden",
            "Waarschuwing: verband 'nog_een': er is al een verband van 'stress' naar 'welbevinden' ('stress__welbevinden')",
            "Plan 'plan_a': het laatste jaar 2026 ligt vóór het eerste jaar 2027",
            "Plan 'plan_a': het budget voor 2026 -1 ligt buiten 0–1000000000000",
            "Planonderdeel 'buurtcirkels' in plan 'plan_a': het bereik in procent (reach_percent) 120 ligt buiten 0–100",
        ] {
            assert!(all.iter().any(|m| m == e), "missing {e:?} in {all:#?}");
        }
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
