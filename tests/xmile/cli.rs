//! `veerkrachtplanner export-xmile` end to end: the file it writes is the library's document for the scenario's
//! shocks plus the plan's items; bad arguments give exit code 2 and a Dutch message.

use std::process::{Command, Output};
use veerkrachtplanner::export::xmile::project_to_xmile;
use veerkrachtplanner::model::{Confidence, Cost, Effect, Intervention, Plan, PlanId, PlanItem};

fn export(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).arg("export-xmile").args(args).output().unwrap()
}

fn write_project(dir: &std::path::Path) -> std::path::PathBuf {
    let mut p = veerkrachtplanner::io::default_project();
    p.interventions.push(Intervention {
        id: "buurtwerk".into(),
        name: "Buurtwerk".to_owned(),
        description: String::new(),
        target_group: String::new(),
        settings: Vec::new(),
        source: String::new(),
        databank: None,
        effects: vec![Effect { target: "stress".into(), points: -8.0, confidence: Confidence::default() }],
        cost: Cost::default(),
        example_values: true,
    });
    p.plans.push(Plan {
        id: PlanId::new("plan_a"),
        name: "Plan A".to_owned(),
        first_year: 2026,
        last_year: 2030,
        budget_eur: std::collections::BTreeMap::new(),
        items: vec![PlanItem {
            start_month: 3.0,
            duration_months: Some(24.0),
            ramp_up_months: 6.0,
            after_effect_months: 12.0,
            ..PlanItem::new("buurtwerk".into(), 50.0)
        }],
        notes: String::new(),
    });
    let path = dir.join("model.veerkracht");
    std::fs::write(&path, veerkrachtplanner::io::to_ron_string(&p)).unwrap();
    path
}

#[test]
fn writes_the_document_for_scenario_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let out_path = dir.path().join("uit.xmile");
    let out = export(&[
        file.to_str().unwrap(),
        out_path.to_str().unwrap(),
        "--scenario",
        "Nieuwe crisis",
        "--plan",
        "plan_a",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("XMILE-model geschreven"));
    let written = std::fs::read_to_string(&out_path).unwrap();
    let project = veerkrachtplanner::io::load_project_file(&file).unwrap();
    let mut inputs = veerkrachtplanner::sim::scenario_inputs(project.scenario(&"nieuwe_crisis".into()).unwrap());
    let shocks = inputs.len();
    inputs.extend(veerkrachtplanner::plan::plan_inputs(&project, &project.plans[0]).unwrap());
    assert_eq!(inputs.len(), shocks + 1);
    assert_eq!(written, project_to_xmile(&project, &inputs, &project.settings));
    // The plan's item (-8 × 50 % reach) and the crisis shock (+20) both act on stress.
    assert!(written.contains("<eqn>20 * (IF TIME &lt; 12 THEN 0 ELSE"));
    assert!(
        written.contains(" - 4 * (IF TIME &lt; 3 THEN 0 ELSE (IF TIME &gt;= 27 THEN 1 * MAX(0, 1 - (TIME - 27) / 12)")
    );
}

#[test]
fn bad_arguments_are_refused_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_project(dir.path());
    let f = file.to_str().unwrap();
    let out_path = dir.path().join("uit.xmile");
    let o = out_path.to_str().unwrap();
    let unknown_plan = export(&[f, o, "--plan", "plan_z"]);
    assert_eq!(unknown_plan.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown_plan.stderr).contains("Onbekende planvariant 'plan_z'"));
    let unknown_scenario = export(&[f, o, "--scenario", "oorlog"]);
    assert_eq!(unknown_scenario.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown_scenario.stderr).contains("Onbekend scenario"));
    let missing_out = export(&[f]);
    assert_eq!(missing_out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing_out.stderr).contains("uitvoerbestand"));
    assert!(!out_path.exists());
}
