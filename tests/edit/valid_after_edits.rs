//! One definition of a valid project: whatever sequence of edits (with undo and redo) a user makes, the project
//! passes load validation, saves, and reloads to the identical project. Edits with numbers far outside every
//! range (and NaN, infinities, huge years and texts) are mixed in; `edit` must refuse exactly those that loading
//! would refuse.

use crate::fixture::{Rng, small_model};
use crate::roundtrip::random_edit;
use proptest::prelude::*;
use veerkrachtplanner::edit::{Edit, History};
use veerkrachtplanner::io::{parse_project, to_ron_string, validate};
use veerkrachtplanner::model::{Confidence, Cost, Effect, Meta, Plan, PlanItem, Project, SimMethod, SimSettings};

/// Numbers around and far beyond the edges of the ranges in `model::rules`.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-1e308),
        Just(1e308),
        Just(0.0),
        Just(-0.0),
        Just(0.001),
        Just(1e12),
        Just(1e12 + 1.0),
        Just(1200.0),
        Just(600.0),
        -1e4..1e4f64,
        -2.0..2.0f64,
    ]
}

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![Just(i32::MIN), Just(i32::MAX), Just(1999), Just(2000), Just(2100), Just(2101), 1990..2110i32]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("  ".to_owned()),
        Just("x".repeat(250)),
        Just("é".repeat(20_001)),
        "[a-z ]{1,12}"
    ]
}

/// An edit with extreme values for the sections the random model edits rarely touch.
fn extreme_edit(p: &Project, n: &[f64], years: (i32, i32), words: &str, pick: u8) -> Edit {
    let v = |k: usize| n[k % n.len()];
    match pick % 6 {
        0 => Edit::SetSettings(SimSettings {
            dt_months: v(0),
            horizon_months: v(1).abs().min(f64::from(u32::MAX)) as u32,
            method: if v(2) > 0.0 { SimMethod::Rk4 } else { SimMethod::Euler },
            monte_carlo_runs: v(3).abs().min(f64::from(u32::MAX)) as u32,
            monte_carlo_seed: 7,
        }),
        1 => {
            let mut var = p.variables[0].clone();
            var.baseline = v(0);
            var.adjustment_months = v(1);
            words.clone_into(&mut var.name);
            words.clone_into(&mut var.description);
            Edit::UpdateVariable(var)
        }
        2 => {
            let mut plans = p.plans.clone();
            if let Some(plan) = plans.first_mut() {
                plan.first_year = years.0;
                plan.last_year = years.1;
                plan.budget_eur.insert(years.0, v(0));
                if let Some(item) = plan.items.first_mut() {
                    *item = PlanItem {
                        start_month: v(1),
                        duration_months: Some(v(2)),
                        ramp_up_months: v(3),
                        after_effect_months: v(4),
                        cost: Some(Cost { one_off_eur: v(5), per_year_eur: v(6) }),
                        owner: words.to_owned(),
                        ..PlanItem::new(item.intervention.clone(), v(7))
                    };
                }
            } else {
                plans.push(Plan {
                    id: p.fresh_id("plan").as_str().into(),
                    name: words.to_owned(),
                    first_year: years.0,
                    last_year: years.1,
                    budget_eur: [(years.1, v(0))].into(),
                    items: Vec::new(),
                    notes: String::new(),
                });
            }
            Edit::SetPlans(plans)
        }
        3 => {
            let mut list = p.interventions.clone();
            if let Some(i) = list.first_mut() {
                i.cost = Cost { one_off_eur: v(0), per_year_eur: v(1) };
                i.effects =
                    vec![Effect { target: p.variables[0].id.clone(), points: v(2), confidence: Confidence::default() }];
                words.clone_into(&mut i.name);
            }
            Edit::SetInterventions(list)
        }
        4 => Edit::SetMeta(Meta { title: words.to_owned(), notes: words.repeat(3), ..p.meta.clone() }),
        _ => {
            let mut scenarios = p.scenarios.clone();
            if let Some(s) = scenarios.first_mut()
                && let Some(shock) = s.shocks.first_mut()
            {
                shock.effect = v(0);
                shock.shape.start_month = v(1);
                shock.shape.end_month = Some(v(2));
                shock.shape.ramp_up_months = v(3);
            }
            Edit::SetScenarios(scenarios)
        }
    }
}

fn assert_valid(p: &Project, step: &str) {
    let errors: Vec<String> = validate(p).iter().filter(|x| x.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{step}: an edit left a project that loading refuses: {errors:#?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_edit_sequence_leaves_a_valid_project_that_reloads_identically(
        seed in any::<u64>(),
        numbers in prop::collection::vec(number(), 8),
        years in (year(), year()),
        words in text(),
        picks in prop::collection::vec(any::<u8>(), 12),
    ) {
        let mut rng = Rng::new(seed);
        let mut p = small_model();
        assert_valid(&p, "start");
        let mut history = History::new();
        for (k, pick) in picks.iter().enumerate() {
            let edit = if pick % 2 == 0 { random_edit(&p, &mut rng, 0) } else { extreme_edit(&p, &numbers, years, &words, pick / 2) };
            let _refused_or_done = history.apply(&mut p, edit);
            assert_valid(&p, &format!("step {k}"));
            if pick % 7 == 0 {
                history.undo(&mut p);
                assert_valid(&p, &format!("undo after step {k}"));
            }
            if pick % 11 == 0 {
                history.redo(&mut p);
                assert_valid(&p, &format!("redo after step {k}"));
            }
        }
        let text = to_ron_string(&p);
        let reloaded = parse_project(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&reloaded, &p);
    }
}
