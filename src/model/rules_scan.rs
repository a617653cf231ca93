//! The linear scan behind [`super::rules::violations`]: counts of lists and lengths of texts, in file order.

use super::rules::{
    EFFECTS, INTERVENTIONS, LINKS, Limit, ListKind, MAX_PLAN_YEARS, NAME_CHARS, OUTCOME_WEIGHTS, PLAN_ITEMS, PLANS,
    PlanItemAt, RETIRED_IDS, SCENARIOS, SHOCKS, SHORT_TEXT_CHARS, TAGS, TEXT_CHARS, TOTAL_TEXT_CHARS, VARIABLES,
    Violation,
};
use super::{Effect, Project};

struct Scan<'a> {
    out: &'a mut Vec<Violation>,
    total: usize,
}

impl Scan<'_> {
    fn list(&mut self, what: ListKind, owner: Option<&str>, count: usize, limit: Limit) {
        self.list_in(what, owner, None, count, limit);
    }

    fn list_in(&mut self, what: ListKind, owner: Option<&str>, item: Option<&At>, count: usize, limit: Limit) {
        if count > limit.max {
            let (owner, item) = (owner.map(str::to_owned), item.map(At::to_owned));
            self.out.push(Violation::TooMany { what, owner, item, count, max: limit.max });
        }
    }

    fn text(&mut self, field: &'static str, owner: &str, text: &str, limit: Limit) {
        self.text_in(field, owner, None, text, limit);
    }

    fn text_in(&mut self, field: &'static str, owner: &str, item: Option<&At>, text: &str, limit: Limit) {
        let chars = text.chars().count();
        self.total += chars;
        if chars > limit.max {
            let (owner, item) = (owner.to_owned(), item.map(At::to_owned));
            self.out.push(Violation::TooLong { field, owner, item, chars, max: limit.max });
        }
    }

    fn tags(&mut self, field: &'static str, owner: &str, item: &At, tags: &[String]) {
        self.list_in(ListKind::Tags, Some(owner), Some(item), tags.len(), TAGS);
        for t in tags {
            self.text_in(field, owner, Some(item), t, SHORT_TEXT_CHARS);
        }
    }

    fn effects(&mut self, owner: &str, item: Option<&At>, effects: &[Effect]) {
        self.list_in(ListKind::Effects, Some(owner), item, effects.len(), EFFECTS);
    }
}

/// A plan item while scanning (borrowed; copied into a violation only when one is found).
struct At<'a> {
    plan: &'a str,
    index: usize,
}

impl At<'_> {
    fn to_owned(&self) -> PlanItemAt {
        PlanItemAt { plan: self.plan.to_owned(), index: self.index }
    }
}

pub(super) fn scan(p: &Project, out: &mut Vec<Violation>) {
    let mut s = Scan { out, total: 0 };
    let m = &p.meta;
    for (field, text) in [
        ("gemeente", &m.gemeente),
        ("title", &m.title),
        ("author", &m.author),
        ("created", &m.created),
        ("modified", &m.modified),
    ] {
        let limit = if field == "title" { NAME_CHARS } else { SHORT_TEXT_CHARS };
        s.text(field, "", text, limit);
    }
    s.text("notes", "", &m.notes, TEXT_CHARS);
    s.list(ListKind::Variables, None, p.variables.len(), VARIABLES);
    for v in &p.variables {
        let id = v.id.as_str();
        s.text("name", id, &v.name, NAME_CHARS);
        s.text("description", id, &v.description, TEXT_CHARS);
        s.text("source", id, &v.source, TEXT_CHARS);
    }
    s.list(ListKind::Links, None, p.links.len(), LINKS);
    for l in &p.links {
        s.text("source", l.id.as_str(), &l.source, TEXT_CHARS);
    }
    s.list(ListKind::OutcomeWeights, None, p.outcome.weights.len(), OUTCOME_WEIGHTS);
    for w in &p.outcome.weights {
        s.text("reason", w.variable.as_str(), &w.reason, TEXT_CHARS);
    }
    s.list(ListKind::Scenarios, None, p.scenarios.len(), SCENARIOS);
    for sc in &p.scenarios {
        let id = sc.id.as_str();
        s.text("name", id, &sc.name, NAME_CHARS);
        s.text("description", id, &sc.description, TEXT_CHARS);
        s.list(ListKind::Shocks, Some(id), sc.shocks.len(), SHOCKS);
        for shock in &sc.shocks {
            s.text("note", id, &shock.note, TEXT_CHARS);
        }
    }
    s.list(ListKind::Interventions, None, p.interventions.len(), INTERVENTIONS);
    for i in &p.interventions {
        let id = i.id.as_str();
        s.text("name", id, &i.name, NAME_CHARS);
        s.text("description", id, &i.description, TEXT_CHARS);
        s.text("target_group", id, &i.target_group, TEXT_CHARS);
        s.text("source", id, &i.source, TEXT_CHARS);
        s.text("databank", id, i.databank.as_deref().unwrap_or_default(), SHORT_TEXT_CHARS);
        s.list(ListKind::Tags, Some(id), i.settings.len(), TAGS);
        s.effects(id, None, &i.effects);
    }
    s.list(ListKind::Plans, None, p.plans.len(), PLANS);
    for plan in &p.plans {
        let id = plan.id.as_str();
        s.text("name", id, &plan.name, NAME_CHARS);
        s.text("notes", id, &plan.notes, TEXT_CHARS);
        let years = i64::from(plan.last_year) - i64::from(plan.first_year) + 1;
        if years > MAX_PLAN_YEARS as i64 {
            s.out.push(Violation::PlanTooLong { plan: id.to_owned(), years, max: MAX_PLAN_YEARS });
        }
        s.list(ListKind::PlanItems, Some(id), plan.items.len(), PLAN_ITEMS);
        for (index, item) in plan.items.iter().enumerate() {
            let owner = item.intervention.as_str();
            let at = At { plan: id, index };
            s.text_in("owner", owner, Some(&at), &item.owner, SHORT_TEXT_CHARS);
            s.tags("partners", owner, &at, &item.partners);
            s.tags("wijken", owner, &at, &item.wijken);
            s.tags("target_groups", owner, &at, &item.target_groups);
            if let Some(effects) = &item.effects {
                s.effects(owner, Some(&at), effects);
            }
        }
    }
    s.list(ListKind::RetiredIds, None, p.retired_ids.len(), RETIRED_IDS);
    if s.total > TOTAL_TEXT_CHARS.max {
        s.out.push(Violation::TotalTextTooLong { chars: s.total, max: TOTAL_TEXT_CHARS.max });
    }
}
