//! Which interventions of the project's plans act on which variable: the markers on the canvas and the list in the
//! inspector.

use super::{find_intervention, item_effects};
use crate::model::{InterventionId, Project, VariableId};
use std::collections::BTreeMap;

/// One intervention acting on a variable in one plan variant.
#[derive(Clone, Debug, PartialEq)]
pub struct InterventionMarker {
    pub plan: String,
    pub intervention_id: InterventionId,
    pub intervention: String,
    /// Index points at full reach (signed), before reach and ramp.
    pub points: f64,
}

/// For every variable that some plan item acts on: the items (by plan, then intervention id). Items whose
/// intervention is unknown are left out (validation reports them).
pub fn interventions_per_variable(project: &Project) -> BTreeMap<VariableId, Vec<InterventionMarker>> {
    let mut out: BTreeMap<VariableId, Vec<InterventionMarker>> = BTreeMap::new();
    for plan in &project.plans {
        for item in &plan.items {
            let Some(intervention) = find_intervention(project, &item.intervention) else { continue };
            for effect in item_effects(item, intervention) {
                out.entry(effect.target.clone()).or_default().push(InterventionMarker {
                    plan: plan.name.clone(),
                    intervention_id: intervention.id.clone(),
                    intervention: intervention.name.clone(),
                    points: effect.points,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Effect, Plan, PlanId, PlanItem};

    #[test]
    fn markers_follow_the_items_effects_and_overrides() {
        let mut project = crate::io::default_project();
        let mut item = PlanItem::new("tno_advies_07".into(), 50.0);
        item.effects = Some(vec![Effect {
            target: "stress".into(),
            points: -2.0,
            confidence: crate::model::Confidence::default(),
        }]);
        project.plans.push(Plan {
            id: PlanId::new("p"),
            name: "Plan A".into(),
            first_year: 2026,
            last_year: 2027,
            budget_eur: BTreeMap::new(),
            items: vec![
                item,
                PlanItem::new("kansrijke_start".into(), 100.0),
                PlanItem::new("bestaat_niet".into(), 10.0),
            ],
            notes: String::new(),
        });
        let markers = interventions_per_variable(&project);
        let stress = &markers[&VariableId::new("stress")];
        assert!(stress.iter().any(|m| m.points == -2.0 && m.plan == "Plan A"));
        // The override replaces the intervention's own effects: advice 7 acts on nothing else.
        let advice7 = crate::plan::catalogue().iter().find(|i| i.id.as_str() == "tno_advies_07").unwrap();
        for effect in &advice7.effects {
            if effect.target.as_str() != "stress" {
                assert!(markers.get(&effect.target).is_none_or(|v| v.iter().all(|m| m.intervention != advice7.name)));
            }
        }
        // Kansrijke Start's own effects are used when there is no override.
        let ks = crate::plan::catalogue().iter().find(|i| i.id.as_str() == "kansrijke_start").unwrap();
        for effect in &ks.effects {
            assert!(markers[&effect.target].iter().any(|m| m.intervention == ks.name));
        }
        assert!(interventions_per_variable(&crate::io::default_project()).is_empty());
    }
}
