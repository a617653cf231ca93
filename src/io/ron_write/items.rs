//! How each type of the model is written (the order of its fields is the order of its declaration, as serde
//! writes it). Every struct is destructured without `..`, so a new field fails to compile here until it is written.

use super::{Writer, sorted};
use crate::model::{
    Confidence, Cost, Delay, Direction, Effect, InputShape, Intervention, Layout, Lineage, Link, Meta, OutcomeIndex,
    OutcomeWeight, Plan, PlanItem, Polarity, Position, ResourceKind, ResourceTag, SavedBy, Scenario, Setting, Shock,
    SimMethod, SimSettings, Strength, Variable, VariableId,
};
use std::collections::BTreeMap;

impl Writer {
    pub(super) fn lineage(&mut self, lineage: &Lineage) {
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

    pub(super) fn meta(&mut self, meta: &Meta) {
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

    pub(super) fn variable(&mut self, v: &Variable) {
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

    pub(super) fn link(&mut self, l: &Link) {
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
    pub(super) fn layout(&mut self, layout: &Layout, variables: &[&Variable]) {
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

    pub(super) fn outcome(&mut self, outcome: &OutcomeIndex) {
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

    pub(super) fn settings(&mut self, settings: &SimSettings) {
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

    pub(super) fn scenario(&mut self, s: &Scenario) {
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

    pub(super) fn intervention(&mut self, i: &Intervention) {
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

    pub(super) fn plan(&mut self, p: &Plan) {
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
