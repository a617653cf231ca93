//! Checks a project for everything the rest of the program relies on, and collects ALL problems (reporter pattern):
//! ids, references, ranges and non-finite numbers. Loading refuses a project with any `Error`.

use super::ron_text::FieldIndex;
use super::{Problem, Severity};
use crate::model::{is_valid_slug, Cost, Delay, Effect, InputShape, Project, Strength};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Highest accepted custom gain (`Strength::Custom`).
pub const MAX_CUSTOM_GAIN: f64 = 10.0;
/// Highest accepted delay and adjustment time, in months (50 years).
pub const MAX_MONTHS: f64 = 600.0;
/// Highest accepted simulation horizon, in months (100 years).
pub const MAX_HORIZON_MONTHS: u32 = 1200;
/// Highest accepted number of Monte Carlo runs.
pub const MAX_MONTE_CARLO_RUNS: u32 = 100_000;

/// All problems of `project`, in file order, without line numbers.
pub fn validate(project: &Project) -> Vec<Problem> {
    Checker::default().run(project).into_iter().map(|(p, _)| p).collect()
}

/// All problems of `project` with the line of the item in `source` (the text it was read from), found by searching
/// for the item's `id: "…"` (or `variable: "…"`, `intervention: "…"`, a layout key, …).
pub fn validate_source(project: &Project, source: &str) -> Vec<Problem> {
    let found = Checker::default().run(project);
    if found.is_empty() {
        return Vec::new();
    }
    let index = FieldIndex::new(source);
    found
        .into_iter()
        .map(|(mut problem, anchor)| {
            if let Some(a) = anchor {
                problem.line = index.line(a.field, &a.value, a.occurrence);
            }
            problem
        })
        .collect()
}

/// Where an item is in the text: the `occurrence`-th `field: "value"` (in canonical file order).
#[derive(Clone, Debug)]
struct Anchor {
    field: &'static str,
    value: String,
    occurrence: usize,
}

#[derive(Default)]
struct Checker {
    found: Vec<(Problem, Option<Anchor>)>,
    seen: HashMap<(&'static str, String), usize>,
}

/// Which collection an id belongs to, for messages.
const KINDS: [(&str, &str); 5] = [
    ("variabele", "variabelen"),
    ("koppeling", "koppelingen"),
    ("scenario", "scenario's"),
    ("interventie", "interventies"),
    ("plan", "plannen"),
];

impl Checker {
    /// The anchor of the next `field: "value"` in canonical order.
    fn anchor(&mut self, field: &'static str, value: &str) -> Anchor {
        let n = self.seen.entry((field, value.to_owned())).or_insert(0);
        let occurrence = *n;
        *n += 1;
        Anchor { field, value: value.to_owned(), occurrence }
    }

    fn push(&mut self, severity: Severity, location: &str, message: String, anchor: Option<&Anchor>) {
        let problem = Problem { severity, location: location.to_owned(), message, line: None, column: None };
        self.found.push((problem, anchor.cloned()));
    }

    fn error(&mut self, location: &str, message: String, anchor: Option<&Anchor>) {
        self.push(Severity::Error, location, message, anchor);
    }

    fn warning(&mut self, location: &str, message: String, anchor: Option<&Anchor>) {
        self.push(Severity::Warning, location, message, anchor);
    }

    /// Errors when `value` is NaN or infinite; returns whether it is finite.
    fn finite(&mut self, value: f64, what: &str, location: &str, anchor: Option<&Anchor>) -> bool {
        if value.is_finite() {
            return true;
        }
        self.error(location, format!("{what} is geen geldig getal ({value})"), anchor);
        false
    }

    /// Errors when `value` is not finite or outside `min..=max`.
    fn in_range(&mut self, value: f64, min: f64, max: f64, what: &str, location: &str, anchor: Option<&Anchor>) {
        if self.finite(value, what, location, anchor) && !(min..=max).contains(&value) {
            self.error(location, format!("{what} {value} ligt buiten {min}–{max}"), anchor);
        }
    }

    fn not_negative(&mut self, value: f64, what: &str, location: &str, anchor: Option<&Anchor>) {
        if self.finite(value, what, location, anchor) && value < 0.0 {
            self.error(location, format!("{what} {value} mag niet negatief zijn"), anchor);
        }
    }

    fn name(&mut self, name: &str, location: &str, anchor: Option<&Anchor>) {
        if name.trim().is_empty() {
            self.error(location, "de naam is leeg".to_owned(), anchor);
        }
    }

    fn run(mut self, project: &Project) -> Vec<(Problem, Option<Anchor>)> {
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
        self.found
    }

    /// Duplicate and malformed ids in every collection; the same id in two collections is a warning.
    fn ids(&mut self, project: &Project) {
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
            let mut in_list: HashSet<&str> = HashSet::new();
            for &id in ids {
                let occurrence = id_seen.entry(id).or_insert(0);
                let anchor = Anchor { field: "id", value: id.to_owned(), occurrence: *occurrence };
                *occurrence += 1;
                let location = format!("{singular} '{id}'");
                if !is_valid_slug(id) {
                    self.error(
                        &location,
                        format!(
                            "ongeldige id '{id}': gebruik alleen kleine letters a–z, cijfers en '_' \
                             (niet beginnend met '_', hoogstens 64 tekens)"
                        ),
                        Some(&anchor),
                    );
                }
                if !in_list.insert(id) {
                    self.error(&location, format!("de id '{id}' komt meer dan eens voor bij de {plural}"), Some(&anchor));
                } else if let Some(&other) = owner.get(id)
                    && other != kind
                {
                    self.warning(
                        &location,
                        format!("de id '{id}' wordt ook gebruikt door {} '{id}'", KINDS[other].0),
                        Some(&anchor),
                    );
                }
                owner.entry(id).or_insert(kind);
            }
        }
    }

    fn variables(&mut self, project: &Project) {
        for v in &project.variables {
            let anchor = self.anchor("id", v.id.as_str());
            let location = format!("variabele '{}'", v.id);
            self.name(&v.name, &location, Some(&anchor));
            self.in_range(v.baseline, 0.0, 100.0, "de uitgangswaarde (baseline)", &location, Some(&anchor));
            let what = "de aanpassingstijd (adjustment_months)";
            if self.finite(v.adjustment_months, what, &location, Some(&anchor))
                && !(v.adjustment_months > 0.0 && v.adjustment_months <= MAX_MONTHS)
            {
                self.error(
                    &location,
                    format!("{what} {} moet groter dan 0 en hoogstens {MAX_MONTHS} maanden zijn", v.adjustment_months),
                    Some(&anchor),
                );
            }
        }
    }

    fn links(&mut self, project: &Project, variables: &HashSet<&str>) {
        let mut pairs: HashMap<(&str, &str), &str> = HashMap::new();
        for l in &project.links {
            let anchor = Some(self.anchor("id", l.id.as_str()));
            let anchor = anchor.as_ref();
            let location = format!("koppeling '{}'", l.id);
            if !variables.contains(l.from.as_str()) {
                self.error(&location, format!("het begin '{}' bestaat niet als variabele", l.from), anchor);
            }
            if !variables.contains(l.to.as_str()) {
                self.error(&location, format!("het eind '{}' bestaat niet als variabele", l.to), anchor);
            }
            if l.from == l.to {
                self.error(&location, format!("een koppeling van '{}' naar zichzelf is niet toegestaan", l.from), anchor);
            } else if let Some(other) = pairs.insert((l.from.as_str(), l.to.as_str()), l.id.as_str()) {
                self.warning(
                    &location,
                    format!("er is al een koppeling van '{}' naar '{}' ('{other}')", l.from, l.to),
                    anchor,
                );
            }
            if let Strength::Custom(g) = l.strength {
                self.in_range(g, 0.0, MAX_CUSTOM_GAIN, "de eigen sterkte", &location, anchor);
            }
            if let Delay::Months(m) = l.delay {
                self.in_range(m, 0.0, MAX_MONTHS, "de vertraging in maanden", &location, anchor);
            }
        }
    }

    fn layout(&mut self, project: &Project, variables: &HashSet<&str>) {
        for (id, pos) in &project.layout.positions {
            let anchor = Some(self.anchor("", id.as_str()));
            let location = format!("opmaak '{id}'");
            self.finite(f64::from(pos.x), "de x-positie", &location, anchor.as_ref());
            self.finite(f64::from(pos.y), "de y-positie", &location, anchor.as_ref());
            if !variables.contains(id.as_str()) {
                self.warning(
                    &location,
                    "positie van een variabele die niet bestaat (wordt bij opslaan weggelaten)".to_owned(),
                    anchor.as_ref(),
                );
            }
        }
    }

    fn outcome(&mut self, project: &Project, variables: &HashSet<&str>) {
        let mut seen = HashSet::new();
        for w in &project.outcome.weights {
            let anchor = Some(self.anchor("variable", w.variable.as_str()));
            let location = format!("uitkomstgewicht '{}'", w.variable);
            if !variables.contains(w.variable.as_str()) {
                self.error(&location, format!("de variabele '{}' bestaat niet", w.variable), anchor.as_ref());
            }
            self.not_negative(w.weight, "het gewicht", &location, anchor.as_ref());
            if !seen.insert(w.variable.as_str()) {
                self.warning(&location, "deze variabele staat meer dan eens in de veerkrachtindex".to_owned(), anchor.as_ref());
            }
        }
    }

    fn settings(&mut self, project: &Project) {
        let s = &project.settings;
        let location = "simulatie-instellingen";
        if s.horizon_months == 0 || s.horizon_months > MAX_HORIZON_MONTHS {
            self.error(
                location,
                format!("de horizon (horizon_months) {} moet tussen 1 en {MAX_HORIZON_MONTHS} maanden liggen", s.horizon_months),
                None,
            );
        }
        let what = "de tijdstap (dt_months)";
        if self.finite(s.dt_months, what, location, None) && !(s.dt_months > 0.0 && s.dt_months <= 1.0) {
            self.error(location, format!("{what} {} moet groter dan 0 en hoogstens 1 maand zijn", s.dt_months), None);
        }
        if s.monte_carlo_runs > MAX_MONTE_CARLO_RUNS {
            self.error(
                location,
                format!("het aantal Monte Carlo-runs {} is meer dan {MAX_MONTE_CARLO_RUNS}", s.monte_carlo_runs),
                None,
            );
        }
    }

    fn shape(&mut self, shape: &InputShape, location: &str, anchor: Option<&Anchor>) {
        self.not_negative(shape.start_month, "de startmaand", location, anchor);
        self.not_negative(shape.ramp_up_months, "de opbouwtijd", location, anchor);
        self.not_negative(shape.after_effect_months, "de nawerking", location, anchor);
        if let Some(end) = shape.end_month
            && self.finite(end, "de eindmaand", location, anchor)
            && shape.start_month.is_finite()
            && end < shape.start_month
        {
            self.warning(location, format!("de eindmaand {end} ligt vóór de startmaand {}", shape.start_month), anchor);
        }
    }

    fn scenarios(&mut self, project: &Project, variables: &HashSet<&str>) {
        for s in &project.scenarios {
            let scenario_anchor = Some(self.anchor("id", s.id.as_str()));
            let location = format!("scenario '{}'", s.id);
            self.name(&s.name, &location, scenario_anchor.as_ref());
            for shock in &s.shocks {
                let anchor = Some(self.anchor("target", shock.target.as_str()));
                let location = format!("schok op '{}' in scenario '{}'", shock.target, s.id);
                if !variables.contains(shock.target.as_str()) {
                    self.error(&location, format!("de variabele '{}' bestaat niet", shock.target), anchor.as_ref());
                }
                self.finite(shock.effect, "het effect", &location, anchor.as_ref());
                self.shape(&shock.shape, &location, anchor.as_ref());
            }
        }
    }

    fn effects(&mut self, effects: &[Effect], owner: &str, variables: &HashSet<&str>) {
        for e in effects {
            let anchor = Some(self.anchor("target", e.target.as_str()));
            let location = format!("effect op '{}' in {owner}", e.target);
            if !variables.contains(e.target.as_str()) {
                self.warning(
                    &location,
                    format!("de variabele '{}' bestaat niet; dit effect telt niet mee", e.target),
                    anchor.as_ref(),
                );
            }
            self.finite(e.points, "het effect", &location, anchor.as_ref());
        }
    }

    fn cost(&mut self, cost: &Cost, location: &str, anchor: Option<&Anchor>) {
        self.not_negative(cost.one_off_eur, "de eenmalige kosten", location, anchor);
        self.not_negative(cost.per_year_eur, "de kosten per jaar", location, anchor);
    }

    fn interventions(&mut self, project: &Project, variables: &HashSet<&str>) {
        for i in &project.interventions {
            let anchor = Some(self.anchor("id", i.id.as_str()));
            let location = format!("interventie '{}'", i.id);
            self.name(&i.name, &location, anchor.as_ref());
            self.effects(&i.effects, &location, variables);
            self.cost(&i.cost, &location, anchor.as_ref());
        }
    }

    fn plans(&mut self, project: &Project, variables: &HashSet<&str>) {
        for p in &project.plans {
            let anchor = Some(self.anchor("id", p.id.as_str()));
            let location = format!("plan '{}'", p.id);
            self.name(&p.name, &location, anchor.as_ref());
            if p.last_year < p.first_year {
                self.error(
                    &location,
                    format!("het laatste jaar {} ligt vóór het eerste jaar {}", p.last_year, p.first_year),
                    anchor.as_ref(),
                );
            }
            self.budgets(&p.budget_eur, p.first_year, p.last_year, &location, anchor.as_ref());
            for item in &p.items {
                let item_anchor = Some(self.anchor("intervention", item.intervention.as_str()));
                let item_anchor = item_anchor.as_ref();
                let location = format!("planonderdeel '{}' in plan '{}'", item.intervention, p.id);
                self.in_range(item.reach_percent, 0.0, 100.0, "het bereik (reach_percent)", &location, item_anchor);
                self.not_negative(item.start_month, "de startmaand", &location, item_anchor);
                if let Some(d) = item.duration_months {
                    self.not_negative(d, "de looptijd", &location, item_anchor);
                }
                self.not_negative(item.ramp_up_months, "de opbouwtijd", &location, item_anchor);
                self.not_negative(item.after_effect_months, "de nawerking", &location, item_anchor);
                if let Some(effects) = &item.effects {
                    self.effects(effects, &location, variables);
                }
                if let Some(cost) = &item.cost {
                    self.cost(cost, &location, item_anchor);
                }
            }
        }
    }

    fn budgets(&mut self, budgets: &BTreeMap<i32, f64>, first: i32, last: i32, location: &str, anchor: Option<&Anchor>) {
        for (&year, &eur) in budgets {
            let what = format!("het budget voor {year}");
            if self.finite(eur, &what, location, anchor) && eur < 0.0 {
                self.error(location, format!("{what} ({eur} euro) mag niet negatief zijn"), anchor);
            }
            if first <= last && !(first..=last).contains(&year) {
                self.warning(location, format!("er is een budget voor {year}, buiten de planjaren {first}–{last}"), anchor);
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Link, Plan, PlanItem, Polarity, Position, ResourceKind, Variable};

    fn two_variables() -> Project {
        let mut p = Project::default();
        p.variables.push(Variable::new("stress".into(), "Stress", ResourceKind::Individueel));
        p.variables.push(Variable::new("welbevinden".into(), "Welbevinden", ResourceKind::Individueel));
        p.links.push(Link::new("stress__welbevinden".into(), "stress".into(), "welbevinden".into(), Polarity::Negative));
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
            "Variabele 'welbevinden': de aanpassingstijd (adjustment_months) 0 moet groter dan 0 en hoogstens 600 maanden zijn",
            "Koppeling 'stress__welbevinden': de eigen sterkte -0.5 ligt buiten 0–10",
            "Koppeling 'stress__welbevinden': de vertraging in maanden is geen geldig getal (NaN)",
            "Koppeling 'lus': een koppeling van 'stress' naar zichzelf is niet toegestaan",
            "Koppeling 'Fout Id': ongeldige id 'Fout Id'",
            "Koppeling 'Fout Id': het begin 'x' bestaat niet als variabele",
            "Opmaak 'weg': de x-positie is geen geldig getal (inf)",
            "Waarschuwing: opmaak 'weg': positie van een variabele die niet bestaat",
            "Simulatie-instellingen: de tijdstap (dt_months) 0 moet groter dan 0",
            "Simulatie-instellingen: de horizon (horizon_months) 1201 moet tussen 1 en 1200",
        ];
        for e in expect {
            assert!(all.iter().any(|m| m.starts_with(e)), "missing {e:?} in {all:#?}");
        }
        assert_eq!(all.len(), expect.len(), "{all:#?}");
    }

    #[test]
    fn duplicates_and_plans() {
        let mut p = two_variables();
        p.links.push(Link::new("stress__welbevinden".into(), "welbevinden".into(), "stress".into(), Polarity::Positive));
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
            "Koppeling 'stress__welbevinden': de id 'stress__welbevinden' komt meer dan eens voor bij de koppelingen",
            "Waarschuwing: koppeling 'nog_een': er is al een koppeling van 'stress' naar 'welbevinden' ('stress__welbevinden')",
            "Plan 'plan_a': het laatste jaar 2026 ligt vóór het eerste jaar 2027",
            "Plan 'plan_a': het budget voor 2026 (-1 euro) mag niet negatief zijn",
            "Planonderdeel 'buurtcirkels' in plan 'plan_a': het bereik (reach_percent) 120 ligt buiten 0–100",
        ] {
            assert!(all.iter().any(|m| m == e), "missing {e:?} in {all:#?}");
        }
    }

    #[test]
    fn lines_come_from_the_source_text() {
        let text = "(\n format_version: 1,\n variables: [\n  (id: \"a\", name: \"A\"),\n  (id: \"a\", name: \"\"),\n ],\n)";
        let project: Project = ron::from_str(text).unwrap();
        let problems = validate_source(&project, text);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems.iter().all(|p| p.line == Some(5)), "{problems:#?}");
    }
}
