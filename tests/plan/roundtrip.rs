//! Plans survive saving and loading.

use crate::common::{item, plan, with_effect};
use veerkrachtplanner::io::{parse_project, to_ron_string};
use veerkrachtplanner::model::{Cost, Project};

#[test]
fn plans_survive_the_file_round_trip() {
    let mut a = item("tno_advies_05", 62.5, 0.0, 0.0);
    a.cost = Some(Cost { one_off_eur: 12_345.67, per_year_eur: 98_765.43 });
    a.start_month = 3.0;
    a.duration_months = Some(27.5);
    a.ramp_up_months = 4.0;
    a.after_effect_months = 9.0;
    a.owner = "Gemeente Veerdam".into();
    a.partners = vec!["Welzijn Veerdam".into(), "GGD".into()];
    a.wijken = vec!["Oosterkwartier".into()];
    a.target_groups = vec!["eenoudergezinnen".into()];
    let b = with_effect(item("samen_oplopen", 40.0, 1.0, 2.0), "stress", -3.5);
    let mut p = plan(2026, 2029, vec![a, b], &[(2026, 250_000.0), (2029, 1e6)]);
    p.notes = "Alle getallen zijn voorbeeldwaarden.".into();
    let mut project = Project::default();
    project.plans.push(p);
    let mut own = veerkrachtplanner::plan::catalogue()[3].clone();
    own.id = "eigen_interventie".into();
    project.interventions.push(own);
    let text = to_ron_string(&project);
    let back = parse_project(&text).unwrap();
    let mut expected = project.clone();
    expected.normalize();
    assert_eq!(back.plans, expected.plans);
    assert_eq!(back.interventions, expected.interventions);
    assert_eq!(to_ron_string(&back), text, "saving again gives the same text");
}
