//! A plan's items as simulation inputs (`simulation.md`, "Inputs"): one input per effect of each item.

use super::{ItemProblem, PlanError, find_intervention};
use crate::model::{Effect, InputShape, Intervention, Plan, PlanItem, Project};
use crate::sim::Input;

/// Months the plan covers: January of `first_year` up to the end of `last_year` (0 when the years are reversed).
pub fn plan_months(plan: &Plan) -> f64 {
    f64::from((plan.last_year - plan.first_year + 1).max(0)) * 12.0
}

/// The months `[start, end)` in which the item runs, clipped to the plan period. `None` when it never runs
/// within the plan (starts after the plan's end, or has no positive duration).
pub fn item_window_months(plan: &Plan, item: &PlanItem) -> Option<(f64, f64)> {
    let plan_end = plan_months(plan);
    let start = item.start_month.max(0.0);
    let end = item.duration_months.map_or(plan_end, |d| (item.start_month + d).min(plan_end));
    (start < end).then_some((start, end))
}

/// The effects of an item: its own overrides, else the intervention's.
pub fn item_effects<'a>(item: &'a PlanItem, intervention: &'a Intervention) -> &'a [Effect] {
    item.effects.as_deref().unwrap_or(&intervention.effects)
}

/// Problems with one item's numbers (empty when all is well), each naming `plan` and the item's intervention.
pub fn validate_item(plan: &Plan, item: &PlanItem) -> Vec<PlanError> {
    let mut problems = Vec::new();
    let mut check = |ok: bool, problem: ItemProblem| {
        if !ok {
            problems.push(PlanError::InvalidItem {
                plan: plan.name.clone(),
                intervention: item.intervention.to_string(),
                problem,
            });
        }
    };
    check(item.reach_percent.is_finite() && (0.0..=100.0).contains(&item.reach_percent), ItemProblem::Reach);
    check(item.start_month.is_finite() && item.start_month >= 0.0, ItemProblem::StartMonth);
    check(item.duration_months.is_none_or(|d| d.is_finite() && d > 0.0), ItemProblem::Duration);
    check(item.ramp_up_months.is_finite() && item.ramp_up_months >= 0.0, ItemProblem::RampUp);
    check(item.after_effect_months.is_finite() && item.after_effect_months >= 0.0, ItemProblem::AfterEffect);
    if let Some(effects) = &item.effects {
        check(effects.iter().all(|e| e.points.is_finite()), ItemProblem::Effect);
    }
    if let Some(cost) = &item.cost {
        check(
            cost.one_off_eur.is_finite()
                && cost.one_off_eur >= 0.0
                && cost.per_year_eur.is_finite()
                && cost.per_year_eur >= 0.0,
            ItemProblem::Cost,
        );
    }
    problems
}

/// The inputs of one item: one per effect, shaped by the item's start, duration, ramp-up and after-effect.
/// An item without a duration runs until the end of the plan.
pub fn item_inputs(project: &Project, plan: &Plan, item: &PlanItem) -> Result<Vec<Input>, PlanError> {
    if let Some(error) = PlanError::from_problems(validate_item(plan, item)) {
        return Err(error);
    }
    let intervention = find_intervention(project, &item.intervention).ok_or_else(|| {
        PlanError::UnknownIntervention { plan: plan.name.clone(), intervention: item.intervention.to_string() }
    })?;
    let end_month = item.start_month + item.duration_months.unwrap_or(plan_months(plan) - item.start_month);
    let shape = InputShape {
        start_month: item.start_month,
        ramp_up_months: item.ramp_up_months,
        end_month: Some(end_month.min(plan_months(plan)).max(item.start_month)),
        after_effect_months: item.after_effect_months,
    };
    Ok(item_effects(item, intervention)
        .iter()
        .filter(|e| e.points.is_finite())
        .map(|e| Input {
            target: e.target.clone(),
            effect: e.points,
            reach: item.reach_percent / 100.0,
            shape,
            confidence: Some(e.confidence),
        })
        .collect())
}

/// All inputs of a plan, item by item in the plan's order. Stops at the first item with a problem.
pub fn plan_inputs(project: &Project, plan: &Plan) -> Result<Vec<Input>, PlanError> {
    let mut inputs = Vec::new();
    for item in &plan.items {
        inputs.extend(item_inputs(project, plan, item)?);
    }
    Ok(inputs)
}

/// True when a source text cites at least one seed line: `key:123`.
pub fn has_line_reference(source: &str) -> bool {
    source.split(|c: char| c.is_whitespace() || c == ';' || c == ',' || c == '(').any(|word| {
        word.split_once(':').is_some_and(|(key, line)| {
            !key.is_empty()
                && key.chars().all(|c| c.is_ascii_alphanumeric())
                && line.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Confidence, Effect, PlanId};
    use crate::sim::ramp;

    fn item(id: &str, reach: f64) -> PlanItem {
        PlanItem::new(id.into(), reach)
    }

    fn plan(items: Vec<PlanItem>) -> Plan {
        Plan {
            id: PlanId::new("p"),
            name: "Plan".into(),
            first_year: 2026,
            last_year: 2029,
            budget_eur: std::collections::BTreeMap::new(),
            items,
            notes: String::new(),
        }
    }

    #[test]
    fn an_item_becomes_one_input_per_effect() {
        let project = Project::default();
        let mut it = item("tno_advies_07", 50.0);
        it.start_month = 6.0;
        it.duration_months = Some(24.0);
        it.ramp_up_months = 3.0;
        it.after_effect_months = 12.0;
        let p = plan(vec![it]);
        let inputs = plan_inputs(&project, &p).unwrap();
        let intervention = find_intervention(&project, &"tno_advies_07".into()).unwrap();
        assert_eq!(inputs.len(), intervention.effects.len());
        for (input, effect) in inputs.iter().zip(&intervention.effects) {
            assert_eq!(input.target, effect.target);
            assert_eq!(input.effect, effect.points);
            assert_eq!(input.reach, 0.5);
            assert_eq!(input.confidence, Some(effect.confidence));
            assert_eq!(input.shape.end_month, Some(30.0));
            assert_eq!(ramp(&input.shape, 7.5), 0.5);
            assert_eq!(ramp(&input.shape, 36.0), 0.5);
        }
    }

    #[test]
    fn overrides_and_open_ends() {
        let project = Project::default();
        let mut it = item("tno_advies_07", 100.0);
        it.effects = Some(vec![Effect { target: "stress".into(), points: -5.0, confidence: Confidence::High }]);
        let p = plan(vec![it]);
        let inputs = plan_inputs(&project, &p).unwrap();
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].effect, -5.0);
        assert_eq!(inputs[0].confidence, Some(Confidence::High));
        assert_eq!(inputs[0].shape.end_month, Some(48.0), "runs until the end of the plan (4 years)");
    }

    #[test]
    fn unknown_interventions_and_bad_numbers_are_reported_with_where() {
        let project = Project::default();
        let p = plan(vec![item("bestaat_niet", 50.0)]);
        let err = plan_inputs(&project, &p).unwrap_err();
        assert_eq!(err, PlanError::UnknownIntervention { plan: p.name.clone(), intervention: "bestaat_niet".into() });
        let err = plan_inputs(&project, &plan(vec![item("tno_advies_01", 150.0)])).unwrap_err();
        assert!(matches!(err, PlanError::InvalidItem { problem: ItemProblem::Reach, .. }), "{err:?}");
        let mut bad = item("tno_advies_01", f64::NAN);
        bad.duration_months = Some(-1.0);
        let problems = validate_item(&plan(vec![]), &bad);
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn windows_are_clipped_to_the_plan() {
        let p = plan(vec![]);
        let mut it = item("x", 100.0);
        it.start_month = 40.0;
        assert_eq!(item_window_months(&p, &it), Some((40.0, 48.0)));
        it.duration_months = Some(4.0);
        assert_eq!(item_window_months(&p, &it), Some((40.0, 44.0)));
        it.start_month = 48.0;
        assert_eq!(item_window_months(&p, &it), None);
    }

    #[test]
    fn line_references_are_recognised() {
        assert!(has_line_reference("tno:1116-1120 (88); tno10:37"));
        assert!(has_line_reference("herstel:175; tno:1158-1161"));
        assert!(!has_line_reference("TNO 2023"));
        assert!(!has_line_reference(""));
    }
}
