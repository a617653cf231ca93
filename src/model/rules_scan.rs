//! The linear scan behind [`super::rules::violations`]: counts of lists and lengths of texts, in file order.

use super::rules::{
    EFFECTS, INTERVENTIONS, LINKS, Limit, ListKind, MAX_PLAN_YEARS, NAME_CHARS, OUTCOME_WEIGHTS, PLAN_ITEMS, PLANS,
    RETIRED_IDS, SCENARIOS, SHOCKS, SHORT_TEXT_CHARS, TAGS, TEXT_CHARS, TOTAL_TEXT_CHARS, VARIABLES, Violation,
};
use super::{Effect, Project};

struct Scan<'a> {
    out: &'a mut Vec<Violation>,
    total: usize,
}

impl Scan<'_> {
    fn list(&mut self, what: ListKind, owner: Option<&str>, count: usize, limit: Limit) {
        if count > limit.max {
            self.out.push(Violation::TooMany { what, owner: owner.map(str::to_owned), count, max: limit.max });
        }
    }

    fn text(&mut self, field: &'static str, owner: &str, text: &str, limit: Limit) {
        let chars = text.chars().count();
        self.total += chars;
        if chars > limit.max {
            self.out.push(Violation::TooLong { field, owner: owner.to_owned(), chars, max: limit.max });
        }
    }

    fn tags(&mut self, field: &'static str, owner: &str, tags: &[String]) {
        self.list(ListKind::Tags, Some(owner), tags.len(), TAGS);
        for t in tags {
            self.text(field, owner, t, SHORT_TEXT_CHARS);
        }
    }

    fn effects(&mut self, owner: &str, effects: &[Effect]) {
        self.list(ListKind::Effects, Some(owner), effects.len(), EFFECTS);
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
        s.effects(id, &i.effects);
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
        for item in &plan.items {
            let owner = item.intervention.as_str();
            s.text("owner", owner, &item.owner, SHORT_TEXT_CHARS);
            s.tags("partners", owner, &item.partners);
            s.tags("wijken", owner, &item.wijken);
            s.tags("target_groups", owner, &item.target_groups);
            if let Some(effects) = &item.effects {
                s.effects(owner, effects);
            }
        }
    }
    s.list(ListKind::RetiredIds, None, p.retired_ids.len(), RETIRED_IDS);
    if s.total > TOTAL_TEXT_CHARS.max {
        s.out.push(Violation::TotalTextTooLong { chars: s.total, max: TOTAL_TEXT_CHARS.max });
    }
}
