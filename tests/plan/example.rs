//! The example project `projects/voorbeeld-gemeente.veerkracht`: the default TNO model for the fictional
//! Gemeente Veerdam with two plan variants. `example_project()` builds it; the file must equal its canonical form.
//! Regenerate with `VEERKRACHT_WRITE_EXAMPLE=1 cargo test --no-default-features --test plan write_example -- --ignored`.

use std::path::{Path, PathBuf};
use veerkrachtplanner::io::{default_project, load_project_file, to_ron_string};
use veerkrachtplanner::model::{Plan, PlanId, PlanItem, Project};
use veerkrachtplanner::plan::{budget_table, find_intervention};

fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht")
}

struct Row {
    id: &'static str,
    reach: f64,
    start: f64,
    owner: &'static str,
    partners: &'static [&'static str],
    wijken: &'static [&'static str],
    groups: &'static [&'static str],
}

fn item(r: &Row) -> PlanItem {
    PlanItem {
        intervention: r.id.into(),
        start_month: r.start,
        duration_months: None,
        reach_percent: r.reach,
        ramp_up_months: 6.0,
        after_effect_months: 12.0,
        effects: None,
        cost: None,
        owner: r.owner.into(),
        partners: r.partners.iter().map(|s| (*s).to_owned()).collect(),
        wijken: r.wijken.iter().map(|s| (*s).to_owned()).collect(),
        target_groups: r.groups.iter().map(|s| (*s).to_owned()).collect(),
    }
}

const BUDGET_EUR: [(i32, f64); 4] = [(2026, 900_000.0), (2027, 900_000.0), (2028, 900_000.0), (2029, 900_000.0)];
const WIJKEN: [&str; 3] = ["Oosterkwartier", "De Vaart", "Veerhaven"];

#[expect(clippy::too_many_lines, reason = "the example project as data, read top to bottom like the file it builds")]
pub fn example_project() -> Project {
    let mut project = default_project();
    project.meta.gemeente = "Gemeente Veerdam".into();
    project.meta.title = "Voorbeeld: lokaal veerkrachtplan Gemeente Veerdam 2026–2029".into();
    project.meta.author = "Veerkrachtplanner (voorbeeldproject)".into();
    project.meta.created = "2026-11-23".into();
    project.meta.modified = "2026-11-23".into();
    project.meta.notes = format!(
        "Fictief voorbeeld: Veerdam is een verzonnen middelgrote gemeente (ca. 80.000 inwoners) met drie \
         aandachtswijken ({}). Het causale model is het TNO-basismodel. ELK GETAL in dit project is een \
         voorbeeldwaarde: de budgetten, de bereiken, de kosten en effecten van de interventies (uit de catalogus) en \
         de gewichten van de veerkrachtindex. Vervang ze door de eigen cijfers van de gemeente.\n\n{}",
        WIJKEN.join(", "),
        project.meta.notes
    );
    let team = "Gemeente Veerdam, team Sociaal Domein";
    let plan_a = [
        Row {
            id: "tno_advies_05",
            reach: 60.0,
            start: 0.0,
            owner: team,
            partners: &["Welzijn Veerdam", "Woonstichting De Veer"],
            wijken: &WIJKEN,
            groups: &["bewoners"],
        },
        Row {
            id: "tno_advies_06",
            reach: 50.0,
            start: 0.0,
            owner: team,
            partners: &["Politie, wijkagenten", "Welzijn Veerdam"],
            wijken: &WIJKEN,
            groups: &["bewoners", "sleutelfiguren"],
        },
        Row {
            id: "buurtinitiatievenfonds",
            reach: 100.0,
            start: 0.0,
            owner: team,
            partners: &["Bewonersplatform Veerdam"],
            wijken: &WIJKEN,
            groups: &["bewoners"],
        },
        Row {
            id: "resto_vanharte_buurtrestaurant",
            reach: 50.0,
            start: 6.0,
            owner: "Welzijn Veerdam",
            partners: &["Voedselbank Veerdam"],
            wijken: &["Oosterkwartier"],
            groups: &["mensen in armoede", "geïsoleerde mensen"],
        },
        Row {
            id: "ervaringscafe",
            reach: 100.0,
            start: 3.0,
            owner: "Welzijn Veerdam",
            partners: &["GGZ Veerdam"],
            wijken: &["De Vaart"],
            groups: &["jongeren met een hulpvraag"],
        },
        Row {
            id: "openbare_bibliotheek_wijkplek",
            reach: 75.0,
            start: 0.0,
            owner: "Bibliotheek Veerdam",
            partners: &["Taalhuis Veerdam"],
            wijken: &["Veerhaven"],
            groups: &["alle inwoners"],
        },
        Row {
            id: "veerkrachtige_wijk_abcd",
            reach: 50.0,
            start: 12.0,
            owner: team,
            partners: &["Welzijn Veerdam", "Woonstichting De Veer"],
            wijken: &["Oosterkwartier"],
            groups: &["bewoners kwetsbare wijk"],
        },
    ];
    let plan_b = [
        Row {
            id: "tno_advies_04",
            reach: 100.0,
            start: 0.0,
            owner: team,
            partners: &["Klantcontactcentrum"],
            wijken: &[],
            groups: &["alle inwoners"],
        },
        Row {
            id: "tno_advies_07",
            reach: 100.0,
            start: 0.0,
            owner: team,
            partners: &["GGZ Veerdam", "Huisartsen Veerdam"],
            wijken: &[],
            groups: &["inwoners met een GGZ-hulpvraag"],
        },
        Row {
            id: "tno_advies_03",
            reach: 50.0,
            start: 0.0,
            owner: team,
            partners: &["Schuldhulp Veerdam", "Woonstichting De Veer"],
            wijken: &[],
            groups: &["huishoudens met onzekere bestaanszekerheid"],
        },
        Row {
            id: "doorbraakmethode",
            reach: 100.0,
            start: 0.0,
            owner: team,
            partners: &["Wijkteams Veerdam"],
            wijken: &[],
            groups: &["multiprobleemhuishoudens"],
        },
        Row {
            id: "samen_oplopen",
            reach: 75.0,
            start: 6.0,
            owner: "Welzijn Veerdam",
            partners: &["Humanitas Veerdam"],
            wijken: &WIJKEN,
            groups: &["gezinnen met armoede en stress"],
        },
        Row {
            id: "grip_op_je_dip_jongeren_hulp_online",
            reach: 100.0,
            start: 0.0,
            owner: "GGD Veerdam",
            partners: &[],
            wijken: &[],
            groups: &["jongeren 16-25"],
        },
        Row {
            id: "herstellen_doe_je_zelf_herstelacademie",
            reach: 50.0,
            start: 3.0,
            owner: "GGZ Veerdam",
            partners: &["Herstelacademie Veerdam"],
            wijken: &["De Vaart"],
            groups: &["GGZ-wachtenden"],
        },
    ];
    let budget = BUDGET_EUR.into_iter().collect();
    project.plans = vec![
        Plan {
            id: PlanId::new("plan_a"),
            name: "Plan A – wijkgericht".into(),
            first_year: 2026,
            last_year: 2029,
            budget_eur: budget,
            items: plan_a.iter().map(item).collect(),
            notes: "Investeert in ontmoeting en eigen kracht in de drie aandachtswijken (TNO-adviezen 5 en 6). \
                    Alle bedragen, bereiken en effecten zijn voorbeeldwaarden."
                .into(),
        },
        Plan {
            id: PlanId::new("plan_b"),
            name: "Plan B – hulp dichtbij".into(),
            first_year: 2026,
            last_year: 2029,
            budget_eur: BUDGET_EUR.into_iter().collect(),
            items: plan_b.iter().map(item).collect(),
            notes:
                "Maakt hulp en regelingen makkelijker te vinden en vergroot de bestaanszekerheid (TNO-adviezen 3, 4 \
                    en 7). Alle bedragen, bereiken en effecten zijn voorbeeldwaarden."
                    .into(),
        },
    ];
    project
}

#[test]
fn example_file_loads_and_is_canonical() {
    let path = example_path();
    let text = std::fs::read_to_string(&path).expect("projects/voorbeeld-gemeente.veerkracht is missing");
    let project = load_project_file(&path).unwrap();
    assert_eq!(to_ron_string(&project), text, "the example is saved in canonical form");
    assert_eq!(project, {
        let mut p = example_project();
        p.normalize();
        p
    });
}

#[test]
fn example_plans_are_within_budget_and_use_known_interventions() {
    let project = example_project();
    let names: Vec<&str> = project.plans.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Plan A – wijkgericht", "Plan B – hulp dichtbij"]);
    for plan in &project.plans {
        assert!((5..=8).contains(&plan.items.len()));
        for item in &plan.items {
            assert!(find_intervention(&project, &item.intervention).is_some(), "{}", item.intervention);
        }
        let table = budget_table(&project, plan).unwrap();
        assert!(table.over_budget_years.is_empty(), "{}: over budget in {:?}", plan.name, table.over_budget_years);
        assert!(table.total_per_year_eur.iter().all(|t| *t > 400_000.0), "the budget is put to use");
    }
}

#[test]
#[ignore = "writes projects/voorbeeld-gemeente.veerkracht; run on purpose"]
fn write_example() {
    if std::env::var_os("VEERKRACHT_WRITE_EXAMPLE").is_some() {
        std::fs::write(example_path(), to_ron_string(&example_project())).unwrap();
    }
}
