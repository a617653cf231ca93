//! The canonical file text of a project, written directly: the exact bytes that `ron`'s pretty serialiser gives with
//! the fixed configuration of the file format (4-space indentation, `name: value`, a trailing comma after every
//! item, no struct names), without cloning the project and without serde's per-value dispatch.
//!
//! The order is the normalised one (`Project::normalize`: every collection sorted by id, stable; the layout only
//! for existing variables; retired ids sorted without duplicates), taken from sorted references instead of a
//! sorted copy. Every struct is destructured without `..`, so a new field in the model fails to compile here until
//! it is written; the tests compare the bytes with the serde path for every field and every enum variant.

use crate::model::{
    Confidence, Cost, Delay, Direction, Effect, InputShape, Intervention, Layout, Lineage, Link, Meta, OutcomeIndex,
    OutcomeWeight, Plan, PlanItem, Polarity, Position, Project, ResourceKind, ResourceTag, SavedBy, Scenario, Setting,
    Shock, SimMethod, SimSettings, Strength, Variable, VariableId,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The canonical text of `project` with `format_version` set to `version`, ending with a newline.
pub(crate) fn project_text(project: &Project, version: u32) -> String {
    let Project {
        format_version: _,
        lineage,
        meta,
        variables,
        links,
        layout,
        outcome,
        settings,
        scenarios,
        interventions,
        plans,
        retired_ids,
    } = project;
    let mut w = Writer { out: String::with_capacity(estimate(project)), depth: 0 };
    let variables = sorted(variables, |v| v.id.as_str());
    w.open('(');
    w.field("format_version");
    w.uint(u64::from(version));
    if !lineage.is_empty() {
        w.field("lineage");
        w.lineage(lineage);
    }
    w.field("meta");
    w.meta(meta);
    w.field("variables");
    w.seq(&variables, |w, v| w.variable(v));
    w.field("links");
    w.seq(&sorted(links, |l| l.id.as_str()), |w, l| w.link(l));
    w.field("layout");
    w.layout(layout, &variables);
    w.field("outcome");
    w.outcome(outcome);
    w.field("settings");
    w.settings(settings);
    w.field("scenarios");
    w.seq(&sorted(scenarios, |s| s.id.as_str()), |w, s| w.scenario(s));
    w.field("interventions");
    w.seq(&sorted(interventions, |i| i.id.as_str()), |w, i| w.intervention(i));
    w.field("plans");
    w.seq(&sorted(plans, |p| p.id.as_str()), |w, p| w.plan(p));
    w.field("retired_ids");
    let mut retired: Vec<&str> = retired_ids.iter().map(String::as_str).collect();
    retired.sort_unstable();
    retired.dedup();
    w.seq(&retired, |w, s| w.string(s));
    w.close(')');
    w.out.push('\n');
    w.out
}

/// A guess of the text's length (within a factor of about two), so that the buffer rarely grows.
fn estimate(p: &Project) -> usize {
    let texts: usize = p.variables.iter().map(|v| v.name.len() + v.description.len() + v.source.len()).sum::<usize>()
        + p.links.iter().map(|l| l.source.len()).sum::<usize>();
    4096 + texts + 330 * p.variables.len() + 320 * p.links.len() + 2048 * (p.interventions.len() + p.plans.len())
}

/// References to `items` in the order of a stable sort by `key` (the order of `Project::normalize`).
fn sorted<T>(items: &[T], key: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut refs: Vec<&T> = items.iter().collect();
    if !refs.is_sorted_by(|a, b| key(a) <= key(b)) {
        refs.sort_by(|a, b| key(a).cmp(key(b)));
    }
    refs
}

struct Writer {
    out: String,
    /// The number of open brackets, as the serialiser counts them: the indentation of the next item.
    depth: usize,
}

impl Writer {
    fn indent(&mut self) {
        const SPACES: &str = "                                                                ";
        let width = 4 * self.depth;
        if width <= SPACES.len() {
            self.out.push_str(&SPACES[..width]);
        } else {
            self.out.extend(std::iter::repeat_n(' ', width));
        }
    }

    /// An opening bracket of a non-empty compound.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.out.push('\n');
        self.depth += 1;
    }

    /// The closing bracket of a non-empty compound, after its last item's comma.
    fn close(&mut self, bracket: char) {
        self.out.push_str(",\n");
        self.depth -= 1;
        self.indent();
        self.out.push(bracket);
    }

    /// `name: ` of a struct field (the comma before it is written here, from the second field on).
    fn field(&mut self, name: &str) {
        if !self.out.ends_with('\n') {
            self.out.push_str(",\n");
        }
        self.indent();
        self.out.push_str(name);
        self.out.push_str(": ");
    }

    /// Before the second and later items of a sequence or map.
    fn item(&mut self, first: bool) {
        if !first {
            self.out.push_str(",\n");
        }
        self.indent();
    }

    fn seq<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.open('[');
        for (i, item) in items.iter().enumerate() {
            self.item(i == 0);
            each(self, item);
        }
        self.close(']');
    }

    /// A string literal with every character as `char::escape_debug` writes it (what the serialiser uses):
    /// printable ASCII except quotes and the backslash as it is, so only other characters need a look.
    fn string(&mut self, value: &str) {
        let plain = |b: &u8| matches!(b, b' '..=b'~') && !matches!(b, b'"' | b'\'' | b'\\');
        self.out.push('"');
        let mut rest = value;
        while let Some(special) = rest.bytes().position(|b| !plain(&b)) {
            self.out.push_str(&rest[..special]);
            let mut chars = rest[special..].chars();
            if let Some(c) = chars.next() {
                self.out.extend(c.escape_debug());
            }
            rest = chars.as_str();
        }
        self.out.push_str(rest);
        self.out.push('"');
    }

    fn uint(&mut self, value: u64) {
        let _ = write!(self.out, "{value}");
    }

    fn int(&mut self, value: i32) {
        let _ = write!(self.out, "{value}");
    }

    /// As `{:?}` (the serialiser's format), with `-` before a negative NaN as the serialiser writes it.
    fn f64(&mut self, value: f64) {
        if value.is_nan() && value.is_sign_negative() {
            self.out.push('-');
        }
        if !self.whole(value, 1e15) {
            let _ = write!(self.out, "{value:?}");
        }
    }

    fn f32(&mut self, value: f32) {
        if value.is_nan() && value.is_sign_negative() {
            self.out.push('-');
        }
        if !self.whole(f64::from(value), 16_777_216.0) {
            let _ = write!(self.out, "{value:?}");
        }
    }

    /// A whole number below `limit` as `{:?}` writes it (`50.0`, `-0.0`), without the float formatter; `false` for
    /// any other value. Below 10¹⁵ for f64 and 2²⁴ for f32 the neighbouring floats are at most 1 apart, so the
    /// shortest digits that read back are the whole number's own (above, `{:?}` may round: `1.2345679e11_f32`).
    fn whole(&mut self, value: f64, limit: f64) -> bool {
        if value.fract() != 0.0 || value.abs() >= limit {
            return false;
        }
        if value.is_sign_negative() {
            self.out.push('-');
        }
        let _ = write!(self.out, "{}.0", value.abs() as u64);
        true
    }

    fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    fn some(&mut self, write: impl FnOnce(&mut Self)) {
        self.out.push_str("Some(");
        write(self);
        self.out.push(')');
    }

    fn opt_f64(&mut self, value: Option<f64>) {
        match value {
            Some(v) => self.some(|w| w.f64(v)),
            None => self.out.push_str("None"),
        }
    }

    fn strings(&mut self, items: &[String]) {
        self.seq(items, |w, s| w.string(s));
    }

    fn lineage(&mut self, lineage: &Lineage) {
        let Lineage { revision, parents, history, saved_by } = lineage;
        self.open('(');
        self.field("revision");
        self.string(revision);
        self.field("parents");
        self.strings(parents);
        self.field("history");
        self.strings(history);
        self.field("saved_by");
        let SavedBy { organisation, name, program_version } = saved_by;
        self.open('(');
        self.field("organisation");
        self.string(organisation);
        self.field("name");
        self.string(name);
        self.field("program_version");
        self.string(program_version);
        self.close(')');
        self.close(')');
    }

    fn meta(&mut self, meta: &Meta) {
        let Meta { gemeente, title, author, created, modified, notes } = meta;
        self.open('(');
        for (name, value) in
            [("gemeente", gemeente), ("title", title), ("author", author), ("created", created), ("modified", modified)]
        {
            self.field(name);
            self.string(value);
        }
        self.field("notes");
        self.string(notes);
        self.close(')');
    }

    fn variable(&mut self, v: &Variable) {
        let Variable { id, name, description, kind, resource, baseline, direction, adjustment_months, source } = v;
        self.open('(');
        self.field("id");
        self.string(id.as_str());
        self.field("name");
        self.string(name);
        self.field("description");
        self.string(description);
        self.field("kind");
        self.out.push_str(kind_name(*kind));
        self.field("resource");
        match resource {
            Some(tag) => self.some(|w| w.out.push_str(tag_name(*tag))),
            None => self.out.push_str("None"),
        }
        self.field("baseline");
        self.f64(*baseline);
        self.field("direction");
        self.out.push_str(match direction {
            Direction::HigherIsBetter => "higher_is_better",
            Direction::LowerIsBetter => "lower_is_better",
        });
        self.field("adjustment_months");
        self.f64(*adjustment_months);
        self.field("source");
        self.string(source);
        self.close(')');
    }

    fn link(&mut self, l: &Link) {
        let Link { id, from, to, polarity, strength, delay, confidence, source } = l;
        self.open('(');
        self.field("id");
        self.string(id.as_str());
        self.field("from");
        self.string(from.as_str());
        self.field("to");
        self.string(to.as_str());
        self.field("polarity");
        self.out.push_str(match polarity {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
        });
        self.field("strength");
        match strength {
            Strength::Weak => self.out.push_str("zwak"),
            Strength::Medium => self.out.push_str("gemiddeld"),
            Strength::Strong => self.out.push_str("sterk"),
            Strength::VeryStrong => self.out.push_str("zeer_sterk"),
            Strength::Custom(g) => self.newtype_variant("custom", *g),
        }
        self.field("delay");
        match delay {
            Delay::Direct => self.out.push_str("direct"),
            Delay::Fast => self.out.push_str("snel"),
            Delay::Medium => self.out.push_str("gemiddeld"),
            Delay::Slow => self.out.push_str("traag"),
            Delay::Months(m) => self.newtype_variant("months", *m),
        }
        self.field("confidence");
        self.out.push_str(confidence_name(*confidence));
        self.field("source");
        self.string(source);
        self.close(')');
    }

    fn newtype_variant(&mut self, name: &str, value: f64) {
        self.out.push_str(name);
        self.out.push('(');
        self.f64(value);
        self.out.push(')');
    }

    /// The positions of existing variables only (`variables` is sorted by id, as the map is).
    fn layout(&mut self, layout: &Layout, variables: &[&Variable]) {
        let Layout { positions } = layout;
        let mut ids = variables.iter().map(|v| &v.id).peekable();
        let kept: Vec<(&VariableId, &Position)> = positions
            .iter()
            .filter(|(id, _)| {
                while ids.next_if(|v| *v < *id).is_some() {}
                ids.peek().is_some_and(|v| v == id)
            })
            .collect();
        self.open('(');
        self.field("positions");
        if kept.is_empty() {
            self.out.push_str("{}");
        } else {
            self.open('{');
            for (i, (id, pos)) in kept.into_iter().enumerate() {
                self.item(i == 0);
                self.string(id.as_str());
                self.out.push_str(": ");
                let Position { x, y } = pos;
                self.open('(');
                self.field("x");
                self.f32(*x);
                self.field("y");
                self.f32(*y);
                self.close(')');
            }
            self.close('}');
        }
        self.close(')');
    }

    fn outcome(&mut self, outcome: &OutcomeIndex) {
        let OutcomeIndex { weights } = outcome;
        self.open('(');
        self.field("weights");
        self.seq(&sorted(weights, |w| w.variable.as_str()), |w, weight| {
            let OutcomeWeight { variable, weight, reason } = weight;
            w.open('(');
            w.field("variable");
            w.string(variable.as_str());
            w.field("weight");
            w.f64(*weight);
            w.field("reason");
            w.string(reason);
            w.close(')');
        });
        self.close(')');
    }

    fn settings(&mut self, settings: &SimSettings) {
        let SimSettings { dt_months, horizon_months, method, monte_carlo_runs, monte_carlo_seed } = settings;
        self.open('(');
        self.field("dt_months");
        self.f64(*dt_months);
        self.field("horizon_months");
        self.uint(u64::from(*horizon_months));
        self.field("method");
        self.out.push_str(match method {
            SimMethod::Euler => "euler",
            SimMethod::Rk4 => "rk4",
        });
        self.field("monte_carlo_runs");
        self.uint(u64::from(*monte_carlo_runs));
        self.field("monte_carlo_seed");
        self.uint(*monte_carlo_seed);
        self.close(')');
    }

    fn scenario(&mut self, s: &Scenario) {
        let Scenario { id, name, description, shocks } = s;
        self.open('(');
        self.field("id");
        self.string(id.as_str());
        self.field("name");
        self.string(name);
        self.field("description");
        self.string(description);
        self.field("shocks");
        self.seq(shocks, |w, shock| {
            let Shock { target, effect, shape, note } = shock;
            w.open('(');
            w.field("target");
            w.string(target.as_str());
            w.field("effect");
            w.f64(*effect);
            w.field("shape");
            let InputShape { start_month, ramp_up_months, end_month, after_effect_months } = shape;
            w.open('(');
            w.field("start_month");
            w.f64(*start_month);
            w.field("ramp_up_months");
            w.f64(*ramp_up_months);
            w.field("end_month");
            w.opt_f64(*end_month);
            w.field("after_effect_months");
            w.f64(*after_effect_months);
            w.close(')');
            w.field("note");
            w.string(note);
            w.close(')');
        });
        self.close(')');
    }

    fn effects(&mut self, effects: &[Effect]) {
        self.seq(effects, |w, e| {
            let Effect { target, points, confidence } = e;
            w.open('(');
            w.field("target");
            w.string(target.as_str());
            w.field("points");
            w.f64(*points);
            w.field("confidence");
            w.out.push_str(confidence_name(*confidence));
            w.close(')');
        });
    }

    fn cost(&mut self, cost: &Cost) {
        let Cost { one_off_eur, per_year_eur } = cost;
        self.open('(');
        self.field("one_off_eur");
        self.f64(*one_off_eur);
        self.field("per_year_eur");
        self.f64(*per_year_eur);
        self.close(')');
    }

    fn intervention(&mut self, i: &Intervention) {
        let Intervention {
            id,
            name,
            description,
            target_group,
            settings,
            source,
            databank,
            effects,
            cost,
            example_values,
        } = i;
        self.open('(');
        self.field("id");
        self.string(id.as_str());
        self.field("name");
        self.string(name);
        self.field("description");
        self.string(description);
        self.field("target_group");
        self.string(target_group);
        self.field("settings");
        self.seq(settings, |w, s| w.out.push_str(setting_name(*s)));
        self.field("source");
        self.string(source);
        self.field("databank");
        match databank {
            Some(d) => self.some(|w| w.string(d)),
            None => self.out.push_str("None"),
        }
        self.field("effects");
        self.effects(effects);
        self.field("cost");
        self.cost(cost);
        self.field("example_values");
        self.bool(*example_values);
        self.close(')');
    }

    fn plan(&mut self, p: &Plan) {
        let Plan { id, name, first_year, last_year, budget_eur, items, notes } = p;
        self.open('(');
        self.field("id");
        self.string(id.as_str());
        self.field("name");
        self.string(name);
        self.field("first_year");
        self.int(*first_year);
        self.field("last_year");
        self.int(*last_year);
        self.field("budget_eur");
        self.budgets(budget_eur);
        self.field("items");
        self.seq(&sorted(items, |i| i.intervention.as_str()), |w, item| w.plan_item(item));
        self.field("notes");
        self.string(notes);
        self.close(')');
    }

    fn budgets(&mut self, budgets: &BTreeMap<i32, f64>) {
        if budgets.is_empty() {
            self.out.push_str("{}");
            return;
        }
        self.open('{');
        for (i, (year, eur)) in budgets.iter().enumerate() {
            self.item(i == 0);
            self.int(*year);
            self.out.push_str(": ");
            self.f64(*eur);
        }
        self.close('}');
    }

    fn plan_item(&mut self, item: &PlanItem) {
        let PlanItem {
            intervention,
            start_month,
            duration_months,
            reach_percent,
            ramp_up_months,
            after_effect_months,
            effects,
            cost,
            owner,
            partners,
            wijken,
            target_groups,
        } = item;
        self.open('(');
        self.field("intervention");
        self.string(intervention.as_str());
        self.field("start_month");
        self.f64(*start_month);
        self.field("duration_months");
        self.opt_f64(*duration_months);
        self.field("reach_percent");
        self.f64(*reach_percent);
        self.field("ramp_up_months");
        self.f64(*ramp_up_months);
        self.field("after_effect_months");
        self.f64(*after_effect_months);
        self.field("effects");
        match effects {
            Some(e) => self.some(|w| w.effects(e)),
            None => self.out.push_str("None"),
        }
        self.field("cost");
        match cost {
            Some(c) => self.some(|w| w.cost(c)),
            None => self.out.push_str("None"),
        }
        self.field("owner");
        self.string(owner);
        self.field("partners");
        self.strings(partners);
        self.field("wijken");
        self.strings(wijken);
        self.field("target_groups");
        self.strings(target_groups);
        self.close(')');
    }
}

fn kind_name(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Individual => "individueel",
        ResourceKind::Societal => "maatschappelijk",
        ResourceKind::Organisational => "organisatorisch",
    }
}

fn tag_name(tag: ResourceTag) -> &'static str {
    match tag {
        ResourceTag::Social => "sociaal",
        ResourceTag::Psychological => "psychologisch",
        ResourceTag::Cultural => "cultureel",
        ResourceTag::Material => "materieel",
    }
}

fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Low => "laag",
        Confidence::Medium => "gemiddeld",
        Confidence::High => "hoog",
    }
}

fn setting_name(setting: Setting) -> &'static str {
    match setting {
        Setting::Neighbourhood => "wijk",
        Setting::School => "school",
        Setting::Care => "zorg",
        Setting::Work => "werk",
        Setting::Family => "gezin",
        Setting::Online => "online",
        Setting::MunicipalServices => "loket",
    }
}
