//! Budget per year: sums, over-budget years, reach scaling, partial years.

use crate::common::{item, plan};
use veerkrachtplanner::model::{Cost, Project};
use veerkrachtplanner::plan::{budget_table, item_cost_per_year};

#[test]
fn budget_sums_per_year_over_items() {
    let p = plan(
        2026,
        2029,
        vec![item("tno_advies_05", 100.0, 40_000.0, 100_000.0), item("tno_advies_08", 50.0, 0.0, 60_000.0)],
        &[(2026, 200_000.0), (2027, 130_000.0), (2028, 130_000.0), (2029, 120_000.0)],
    );
    let t = budget_table(&Project::default(), &p).unwrap();
    assert_eq!(t.years, [2026, 2027, 2028, 2029]);
    // 2026: 40.000 one-off + 100.000 + 30.000; later years 130.000.
    assert_eq!(t.total_per_year_eur, [170_000.0, 130_000.0, 130_000.0, 130_000.0]);
    for (k, total) in t.total_per_year_eur.iter().enumerate() {
        let by_rows: f64 = t.rows.iter().map(|r| r.cost_per_year_eur[k]).sum();
        assert_eq!(*total, by_rows);
    }
    assert_eq!(t.total_eur, 560_000.0);
    assert_eq!(t.remaining_per_year_eur[0], Some(30_000.0));
    assert_eq!(t.over_budget_years, [2029], "only 2029 (130.000 > 120.000) is over budget");
}

#[test]
fn over_budget_detection_is_per_year_not_in_total() {
    // Total budget is ample, but all the money is in the wrong year.
    let p =
        plan(2026, 2027, vec![item("tno_advies_05", 100.0, 0.0, 100_000.0)], &[(2026, 1_000_000.0), (2027, 50_000.0)]);
    let t = budget_table(&Project::default(), &p).unwrap();
    assert!(t.total_eur < t.total_budget_eur);
    assert_eq!(t.over_budget_years, [2027]);
    assert_eq!(t.remaining_per_year_eur[1], Some(-50_000.0));
}

#[test]
fn yearly_cost_scales_with_reach_and_one_off_does_not() {
    let p = plan(2026, 2026, vec![], &[]);
    let cost = Cost { one_off_eur: 8_000.0, per_year_eur: 40_000.0 };
    for reach in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let c = item_cost_per_year(&p, &item("x", reach, 0.0, 0.0), &cost);
        assert_eq!(c, [8_000.0 + 40_000.0 * reach / 100.0]);
    }
}

#[test]
fn partial_years_cost_their_share() {
    let p = plan(2026, 2028, vec![], &[]);
    let cost = Cost { one_off_eur: 0.0, per_year_eur: 12_000.0 };
    // From April 2026 (month 3) for 18 months: 9 months in 2026, 9 in 2027.
    let mut it = item("x", 100.0, 0.0, 0.0);
    it.start_month = 3.0;
    it.duration_months = Some(18.0);
    assert_eq!(item_cost_per_year(&p, &it, &cost), [9_000.0, 9_000.0, 0.0]);
    // A duration running past the plan's end is cut off at the end.
    it.start_month = 30.0;
    it.duration_months = Some(60.0);
    assert_eq!(item_cost_per_year(&p, &it, &cost), [0.0, 0.0, 6_000.0]);
}

#[test]
fn unknown_intervention_is_an_error_that_names_it() {
    let mut it = item("bestaat_niet", 100.0, 0.0, 1.0);
    it.cost = None;
    let err = budget_table(&Project::default(), &plan(2026, 2026, vec![it], &[])).unwrap_err();
    assert!(
        matches!(&err, veerkrachtplanner::plan::PlanError::UnknownIntervention { intervention, .. } if intervention == "bestaat_niet"),
        "{err:?}"
    );
}
