//! Random projects and random edit sequences for the properties: a list of small numbers is read as edits.

use veerkrachtplanner::edit::{Edit, apply, new_link_edit, new_variable_edit};
use veerkrachtplanner::model::{
    Confidence, Cost, Effect, InputShape, Intervention, OutcomeWeight, Plan, PlanItem, Polarity, Position, Project,
    ResourceKind, Scenario, Shock, Strength,
};

/// One random edit: an operation number and three arguments.
pub type Op = (u8, u8, u8, i16);

fn nth<T: Clone>(list: &[T], k: u8) -> Option<T> {
    if list.is_empty() { None } else { Some(list[usize::from(k) % list.len()].clone()) }
}

/// The edit that `op` stands for on `p` (`None` when it does not apply, e.g. no variables yet).
pub fn edit_for(p: &Project, (op, a, b, v): Op, prefix: &str) -> Option<Edit> {
    let var = |k: u8| nth(&p.variables, k);
    let edit = match op % 14 {
        0 => new_variable_edit(p, &format!("{prefix}V{a}"), ResourceKind::ALL[usize::from(b) % 3], pos(a, b)),
        1 => {
            let mut x = var(a)?;
            x.name = format!("{prefix}N{b}");
            Edit::UpdateVariable(x)
        }
        2 => {
            let mut x = var(a)?;
            x.baseline = f64::from(b % 101);
            Edit::UpdateVariable(x)
        }
        3 => Edit::MoveVariables { moves: vec![(var(a)?.id, pos(b, a))] },
        4 => new_link_edit(p, &var(a)?.id, &var(b)?.id, if v < 0 { Polarity::Negative } else { Polarity::Positive })
            .ok()?,
        5 => {
            let mut l = nth(&p.links, a)?;
            l.strength = Strength::WORDS[usize::from(b) % 4];
            l.polarity = l.polarity.flipped();
            Edit::UpdateLink(l)
        }
        6 => Edit::Delete { variables: vec![var(a)?.id], links: Vec::new() },
        7 => Edit::Delete { variables: Vec::new(), links: vec![nth(&p.links, a)?.id] },
        8 => {
            let mut outcome = p.outcome.clone();
            let id = var(a)?.id;
            if outcome.weights.iter().any(|w| w.variable == id) {
                outcome.weights.retain(|w| w.variable != id);
            } else {
                let at = outcome.weights.partition_point(|w| w.variable < id);
                outcome.weights.insert(at, OutcomeWeight { variable: id, weight: f64::from(b), reason: String::new() });
            }
            Edit::SetOutcome(outcome)
        }
        9 => {
            let mut scenarios = p.scenarios.clone();
            let shock = Shock {
                target: var(b)?.id,
                effect: f64::from(v % 50),
                shape: InputShape::default(),
                note: String::new(),
            };
            let id = format!("{prefix}s{}", a % 3);
            match scenarios.iter_mut().find(|s| s.id.0 == id) {
                Some(s) if v % 3 == 0 => s.shocks.clear(),
                Some(s) => s.shocks.push(shock),
                None if p.id_taken(&id) => return None,
                None => {
                    scenarios.push(Scenario {
                        id: id.as_str().into(),
                        name: id.clone(),
                        description: String::new(),
                        shocks: vec![shock],
                    });
                    scenarios.sort_by(|x, y| x.id.cmp(&y.id));
                }
            }
            Edit::SetScenarios(scenarios)
        }
        10 => {
            let mut list = p.interventions.clone();
            let id = format!("{prefix}i{}", a % 2);
            let effect = Effect { target: var(b)?.id, points: f64::from(v % 10), confidence: Confidence::High };
            match list.iter_mut().find(|i| i.id.0 == id) {
                Some(i) => i.cost.per_year_eur = f64::from(b) * 100.0,
                None if p.id_taken(&id) => return None,
                None => {
                    list.push(Intervention {
                        id: id.as_str().into(),
                        name: id.clone(),
                        description: String::new(),
                        target_group: String::new(),
                        settings: Vec::new(),
                        source: String::new(),
                        databank: None,
                        effects: vec![effect],
                        cost: Cost::default(),
                        example_values: false,
                    });
                    list.sort_by(|x, y| x.id.cmp(&y.id));
                }
            }
            Edit::SetInterventions(list)
        }
        11 => {
            let mut plans = p.plans.clone();
            let intervention = nth(&p.interventions, b)?.id;
            let id = format!("{prefix}p{}", a % 2);
            let reach = f64::from(b % 101);
            match plans.iter_mut().find(|x| x.id.0 == id) {
                Some(plan) => match plan.items.iter_mut().find(|i| i.intervention == intervention) {
                    Some(item) if v % 2 == 0 => item.reach_percent = reach,
                    Some(_) => plan.items.retain(|i| i.intervention != intervention),
                    None => {
                        plan.items.push(PlanItem::new(intervention, reach));
                        plan.items.sort_by(|x, y| x.intervention.cmp(&y.intervention));
                    }
                },
                None if p.id_taken(&id) => return None,
                None => {
                    plans.push(Plan {
                        id: id.as_str().into(),
                        name: id.clone(),
                        first_year: 2026,
                        last_year: 2029,
                        budget_eur: [(2026, f64::from(v))].into_iter().collect(),
                        items: vec![PlanItem::new(intervention, reach)],
                        notes: String::new(),
                    });
                    plans.sort_by(|x, y| x.id.cmp(&y.id));
                }
            }
            Edit::SetPlans(plans)
        }
        12 => {
            let mut settings = p.settings.clone();
            settings.horizon_months = 12 + u32::from(b);
            Edit::SetSettings(settings)
        }
        _ => {
            let mut meta = p.meta.clone();
            meta.title = format!("{prefix}titel {a}");
            Edit::SetMeta(meta)
        }
    };
    Some(edit)
}

fn pos(a: u8, b: u8) -> Position {
    Position::new(f32::from(a) * 7.0, f32::from(b) * 3.0 - 100.0)
}

/// `p` after the edits `ops` stand for (edits the project refuses are skipped). Returns the applied edits too.
pub fn run(p: &Project, ops: &[Op], prefix: &str) -> (Project, Vec<Edit>) {
    let mut p = p.clone();
    let mut applied = Vec::new();
    for &op in ops {
        if let Some(edit) = edit_for(&p, op, prefix)
            && apply(&mut p, edit.clone()).is_ok()
        {
            applied.push(edit);
        }
    }
    (p, applied)
}

/// A random project: the edits of `ops` on an empty project.
pub fn project(ops: &[Op]) -> Project {
    run(&Project::default(), ops, "").0
}
