//! apply then apply(inverse) gives back an equal project — for every variant and for random sequences.

use crate::fixture::{Rng, assert_consistent, small_model};
use veerkrachtplanner::analysis::auto_layout::auto_layout;
use veerkrachtplanner::edit::{Edit, History, apply, new_link_edit, new_variable_edit, rename_variable_edit};
use veerkrachtplanner::model::{
    Confidence, Delay, Effect, InputShape, LinkId, Meta, OutcomeIndex, OutcomeWeight, Polarity, Position, Project,
    ResourceKind, Shock, Strength, Variable, VariableId,
};

/// Applies `edit`, then its inverse, then the inverse of that: before, after, before, after.
fn assert_round_trip(project: &Project, edit: &Edit) {
    let before = project.clone();
    let mut p = project.clone();
    let inverse = apply(&mut p, edit.clone()).unwrap_or_else(|e| panic!("{edit:?}: {e}"));
    let after = p.clone();
    assert_consistent(&after);
    let redo = apply(&mut p, inverse).unwrap();
    assert_eq!(p, before, "undo of {:?}", edit.summary());
    apply(&mut p, redo).unwrap();
    assert_eq!(p, after, "redo of {:?}", edit.summary());
}

fn every_variant(p: &Project) -> Vec<(Project, Edit)> {
    let mut changed = p.variable(&"angst".into()).unwrap().clone();
    changed.baseline = 70.0;
    changed.kind = ResourceKind::Organisational;
    let mut relinked = p.link(&"loket__buurt".into()).unwrap().clone();
    relinked.to = "angst".into();
    relinked.strength = Strength::Custom(0.9);
    relinked.delay = Delay::Months(2.0);
    let mut scenarios = p.scenarios.clone();
    scenarios[0].shocks.push(Shock {
        target: "loket".into(),
        effect: -5.0,
        shape: InputShape::default(),
        note: String::new(),
    });
    let mut interventions = p.interventions.clone();
    interventions[0].effects.clear();
    let mut plans = p.plans.clone();
    plans[0].budget_eur.insert(2027, 5.0);
    let mut settings = p.settings.clone();
    settings.dt_months = 0.5;
    let mut deleted = p.clone();
    let restore = apply(&mut deleted, Edit::Delete { variables: vec!["loket".into()], links: vec![] }).unwrap();
    let on_deleted = vec![(deleted.clone(), restore.clone()), (deleted, Edit::Batch(vec![restore]))];
    let on_model = vec![
        new_variable_edit(p, "Nieuwe factor", ResourceKind::Societal, Position::new(5.0, 6.0)),
        Edit::UpdateVariable(changed),
        rename_variable_edit(p, &"buurt".into(), "De buurt").unwrap(),
        new_link_edit(p, &"angst".into(), &"loket".into(), Polarity::Negative).unwrap(),
        new_link_edit(p, &"angst".into(), &"contact".into(), Polarity::Positive).unwrap(),
        Edit::UpdateLink(relinked),
        Edit::MoveVariables { moves: vec![("angst".into(), Position::new(1.0, 2.0))] },
        Edit::MoveVariables {
            moves: vec![("loket".into(), Position::new(1.0, 2.0)), ("angst".into(), Position::new(3.0, 4.0))],
        },
        Edit::SetPositions { positions: vec![("angst".into(), None), ("loket".into(), Some(Position::new(9.0, 9.0)))] },
        Edit::Delete { variables: vec!["loket".into()], links: vec!["angst__contact".into()] },
        Edit::Delete { variables: vec!["draagkracht".into()], links: vec![] },
        Edit::Delete { variables: vec![], links: vec!["buurt__contact".into(), "buurt__contact".into()] },
        Edit::Remove { variables: vec!["loket".into()], links: vec![] },
        Edit::SetMeta(Meta { gemeente: "Zwolle".into(), ..p.meta.clone() }),
        Edit::SetLayout(auto_layout(p)),
        Edit::SetOutcome(OutcomeIndex {
            weights: vec![OutcomeWeight { variable: "loket".into(), weight: 3.0, reason: String::new() }],
        }),
        Edit::SetSettings(settings),
        Edit::SetScenarios(scenarios),
        Edit::SetScenarios(Vec::new()),
        Edit::SetInterventions(interventions),
        Edit::SetPlans(plans),
        Edit::Batch(vec![
            new_variable_edit(p, "X", ResourceKind::Individual, Position::default()),
            Edit::AddLink(veerkrachtplanner::model::Link::new(
                "x__angst".into(),
                "x".into(),
                "angst".into(),
                Polarity::Positive,
            )),
            Edit::MoveVariables { moves: vec![("x".into(), Position::new(7.0, 7.0))] },
            Edit::Delete { variables: vec!["x".into()], links: vec![] },
        ]),
        Edit::Batch(Vec::new()),
    ];
    on_model.into_iter().map(|e| (p.clone(), e)).chain(on_deleted).collect()
}

#[test]
fn every_variant_round_trips() {
    let p = small_model();
    let edits = every_variant(&p);
    let mut kinds: Vec<String> =
        edits.iter().map(|(_, e)| format!("{e:?}").split([' ', '(', '{']).next().unwrap().to_owned()).collect();
    kinds.sort();
    kinds.dedup();
    assert_eq!(kinds.len(), 17, "all 17 variants are covered: {kinds:?}");
    for (base, edit) in edits {
        assert_round_trip(&base, &edit);
    }
}

fn pick_var(p: &Project, rng: &mut Rng) -> VariableId {
    if p.variables.is_empty() || rng.chance(0.05) {
        return "bestaat_niet".into();
    }
    p.variables[rng.below(p.variables.len())].id.clone()
}

fn pick_link(p: &Project, rng: &mut Rng) -> LinkId {
    if p.links.is_empty() || rng.chance(0.05) {
        return "bestaat_niet".into();
    }
    p.links[rng.below(p.links.len())].id.clone()
}

const NAMES: [&str; 6] = ["Stress", "Steun", "Wijk", "Angst", "Sociaal contact", "Loket"];

pub(crate) fn random_edit(p: &Project, rng: &mut Rng, depth: u32) -> Edit {
    let position = Position::new((rng.unit() * 800.0) as f32, (rng.unit() * 600.0) as f32);
    match rng.below(if depth > 0 { 15 } else { 16 }) {
        0 | 1 => new_variable_edit(p, NAMES[rng.below(NAMES.len())], ResourceKind::ALL[rng.below(3)], position),
        2 => {
            let id = pick_var(p, rng);
            let mut v = p.variable(&id).cloned().unwrap_or_else(|| Variable::new(id, "?", ResourceKind::Individual));
            v.baseline = if rng.chance(0.1) { f64::NAN } else { rng.unit() * 120.0 };
            v.adjustment_months = rng.unit() * 12.0 - 1.0;
            Edit::UpdateVariable(v)
        }
        3 => rename_variable_edit(p, &pick_var(p, rng), NAMES[rng.below(NAMES.len())])
            .unwrap_or_else(|_| Edit::Batch(Vec::new())),
        4 | 5 => {
            let polarity = if rng.chance(0.5) { Polarity::Positive } else { Polarity::Negative };
            new_link_edit(p, &pick_var(p, rng), &pick_var(p, rng), polarity).unwrap_or_else(|_| Edit::Batch(vec![]))
        }
        6 => {
            let id = pick_link(p, rng);
            match p.link(&id).cloned() {
                Some(mut l) => {
                    l.polarity = l.polarity.flipped();
                    l.strength = Strength::Custom(rng.unit() * 11.0);
                    if rng.chance(0.3) {
                        l.to = pick_var(p, rng);
                    }
                    Edit::UpdateLink(l)
                }
                None => Edit::UpdateLink(crate::fixture::link("a", "b", Polarity::Positive)),
            }
        }
        7 | 8 => {
            let moves = (0..=rng.below(3)).map(|_| (pick_var(p, rng), position)).collect();
            Edit::MoveVariables { moves }
        }
        9 => {
            let positions =
                (0..=rng.below(3)).map(|_| (pick_var(p, rng), rng.chance(0.5).then_some(position))).collect();
            Edit::SetPositions { positions }
        }
        10 | 11 => {
            let variables = (0..rng.below(3)).map(|_| pick_var(p, rng)).collect();
            let links = (0..rng.below(3)).map(|_| pick_link(p, rng)).collect();
            Edit::Delete { variables, links }
        }
        12 => {
            let mut weights = Vec::new();
            for v in &p.variables {
                if rng.chance(0.4) {
                    weights.push(OutcomeWeight {
                        variable: v.id.clone(),
                        weight: rng.unit() * 3.0,
                        reason: String::new(),
                    });
                }
            }
            weights.sort_by(|a, b| a.variable.cmp(&b.variable));
            Edit::SetOutcome(OutcomeIndex { weights })
        }
        13 => {
            let mut scenarios = p.scenarios.clone();
            if let Some(s) = scenarios.first_mut() {
                if s.shocks.is_empty() || rng.chance(0.5) {
                    let shape = InputShape::default();
                    s.shocks.push(Shock { target: pick_var(p, rng), effect: 5.0, shape, note: String::new() });
                } else {
                    s.shocks.clear();
                }
            }
            Edit::SetScenarios(scenarios)
        }
        14 => {
            let mut plans = p.plans.clone();
            if let Some(item) = plans.first_mut().and_then(|pl| pl.items.first_mut()) {
                item.effects = if rng.chance(0.5) {
                    None
                } else {
                    Some(vec![Effect { target: pick_var(p, rng), points: 1.0, confidence: Confidence::default() }])
                };
            }
            let mut interventions = p.interventions.clone();
            if let Some(i) = interventions.first_mut() {
                i.effects.clear();
            }
            Edit::Batch(vec![Edit::SetPlans(plans), Edit::SetInterventions(interventions)])
        }
        _ => {
            // A batch of random edits (may fail half-way and must then roll back).
            let mut scratch = p.clone();
            let mut edits = Vec::new();
            for _ in 0..=rng.below(4) {
                let e = random_edit(&scratch, rng, depth + 1);
                if apply(&mut scratch, e.clone()).is_ok() || rng.chance(0.3) {
                    edits.push(e);
                }
            }
            Edit::Batch(edits)
        }
    }
}

#[test]
fn random_sequences_undo_to_the_original_and_redo_to_the_end() {
    let (mut applied, mut refused) = (0, 0);
    for seed in 0..300 {
        let mut rng = Rng::new(seed);
        let mut p = small_model();
        let mut history = History::new();
        let mut states = vec![p.clone()];
        for _ in 0..25 {
            let edit = random_edit(&p, &mut rng, 0);
            let before = p.clone();
            match history.apply(&mut p, edit) {
                Ok(()) => {
                    applied += 1;
                    assert_consistent(&p);
                    states.push(p.clone());
                }
                Err(error) => {
                    refused += 1;
                    assert!(!error.to_string().is_empty());
                    assert_eq!(p, before, "seed {seed}: a refused edit changed the project ({error})");
                }
            }
        }
        assert_eq!(history.undo_len(), states.len() - 1);
        for expected in states.iter().rev().skip(1) {
            history.undo(&mut p).unwrap().unwrap();
            assert_eq!(&p, expected, "seed {seed}: undo");
        }
        assert!(history.undo(&mut p).is_none());
        assert!(history.is_at_saved_point());
        for expected in states.iter().skip(1) {
            history.redo(&mut p).unwrap().unwrap();
            assert_eq!(&p, expected, "seed {seed}: redo");
        }
        assert!(!history.can_redo());
        // And back once more: undo after redo is exact too.
        while history.can_undo() {
            history.undo(&mut p).unwrap().unwrap();
        }
        assert_eq!(p, states[0], "seed {seed}: second undo");
    }
    assert!(applied > 3000 && refused > 300, "the generator exercises both paths: {applied} / {refused}");
}

#[test]
fn default_model_deletes_and_restores_each_variable_exactly() {
    let mut model = veerkrachtplanner::io::default_project();
    model.normalize();
    let mut deleted = 0;
    for v in &model.variables {
        let mut p = model.clone();
        let Ok(restore) = apply(&mut p, Edit::Delete { variables: vec![v.id.clone()], links: vec![] }) else {
            continue; // still used by a scenario or plan
        };
        deleted += 1;
        assert_consistent(&p);
        apply(&mut p, restore).unwrap();
        assert_eq!(p, model, "delete + restore of {}", v.id);
    }
    assert!(deleted > 0);
}
