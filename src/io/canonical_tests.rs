//! The fast paths against their references: the canonical writer (`ron_write`) gives the bytes of serde + `ron`'s
//! pretty serialiser, and whatever the fast reader (`ron_fast`) accepts, `ron` reads to the same project. Checked on
//! every shipped project, fixture and fuzz input, on a project with every field and every enum variant, on
//! generated projects and on damaged texts.

use super::project_file::serde_ron_string;
use super::{ron_fast, ron_write};
use crate::model::{
    Confidence, Cost, Delay, Direction, Effect, FORMAT_VERSION, InputShape, Intervention, Lineage, Link, OutcomeWeight,
    Plan, PlanItem, Polarity, Position, Project, ResourceKind, ResourceTag, SavedBy, Scenario, Setting, Shock,
    SimMethod, Strength, Variable,
};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

fn canonical(p: &Project) -> String {
    ron_write::project_text(p, FORMAT_VERSION)
}

/// The fast reader agrees with `ron` on `text`; returns whether it took the text.
fn reader_agrees(name: &str, text: &str) -> bool {
    let Some(fast) = ron_fast::from_str::<Project>(text) else { return false };
    let reference =
        ron::from_str::<Project>(text).unwrap_or_else(|e| panic!("{name}: fast reader took what ron refuses: {e}"));
    // The serde text tells -0.0 from 0.0 and the sign of NaN; `Debug` shows the order as read.
    assert_eq!(serde_ron_string(&fast), serde_ron_string(&reference), "{name}");
    assert_eq!(format!("{fast:?}"), format!("{reference:?}"), "{name}");
    true
}

/// The writer agrees with serde on the project in `text` (when `ron` reads it).
fn writer_agrees(name: &str, text: &str) {
    if let Ok(project) = ron::from_str::<Project>(text) {
        assert_eq!(canonical(&project), serde_ron_string(&project), "{name}");
    }
}

fn files(folder: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.unwrap().path();
            let text = String::from_utf8(std::fs::read(&path).ok()?).ok()?;
            Some((path.display().to_string(), text))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn shipped_projects_and_fixtures_take_the_fast_paths() {
    let mut shipped = files("projects");
    shipped.retain(|(name, _)| name.ends_with(".veerkracht"));
    assert!(shipped.len() >= 2);
    for (name, text) in &shipped {
        assert!(reader_agrees(name, text), "{name}: a shipped project must take the fast reader");
        writer_agrees(name, text);
        let project = ron::from_str::<Project>(text).unwrap();
        assert!(reader_agrees(name, &canonical(&project)), "{name}: the canonical text must take the fast reader");
    }
    for (name, text) in files("tests/fixtures") {
        reader_agrees(&name, &text);
        writer_agrees(&name, &text);
    }
}

#[test]
fn every_fuzz_input_agrees_with_ron() {
    let mut fast = 0;
    let inputs: Vec<(String, String)> = files("fuzz/corpus/load").into_iter().chain(files("fuzz/crashers")).collect();
    assert!(inputs.len() > 100);
    for (name, text) in &inputs {
        fast += usize::from(reader_agrees(name, text));
        writer_agrees(name, text);
        // Without block comments, more of each input is within the subset.
        let plain = text.replace("/*", "");
        fast += usize::from(reader_agrees(name, &plain));
    }
    // Most seeds are damaged on purpose; the valid ones are read fast.
    assert!(fast > 10, "only {fast} inputs took the fast reader");
}

/// A project with every field set, every `Option` both ways and texts that need escapes.
fn full_project() -> Project {
    let lineage = Lineage {
        revision: "r2".into(),
        parents: vec!["r1".into(), "r0".into()],
        history: vec![],
        saved_by: SavedBy {
            organisation: "Gemeente \"X\"".into(),
            name: "Ééntje\t\\".into(),
            program_version: "1".into(),
        },
    };
    let mut p = Project { lineage, ..Project::default() };
    p.meta.notes = "regel\nregel 'twee' \u{1b} \u{301} \u{200b} 🙂 \0 end".into();
    for (i, kind) in ResourceKind::ALL.into_iter().enumerate() {
        let mut v = Variable::new(format!("v{i}").as_str().into(), format!("V{i}"), kind);
        v.resource = ResourceTag::ALL.get(i).copied();
        v.direction = if i % 2 == 0 { Direction::HigherIsBetter } else { Direction::LowerIsBetter };
        v.baseline = [0.1 + 0.2, -0.0, 1e21][i];
        v.adjustment_months = [1e-7, f64::NAN, -f64::NAN][i];
        p.variables.push(v);
    }
    p.variables.push(Variable::new("v9".into(), "", ResourceKind::Individual));
    p.variables[3].resource = Some(ResourceTag::Material);
    let strengths = Strength::WORDS.into_iter().chain([Strength::Custom(1.0 / 3.0)]);
    let delays = Delay::WORDS.into_iter().chain([Delay::Months(f64::INFINITY)]);
    for (i, (strength, delay)) in strengths.zip(delays).enumerate() {
        let mut l = Link::new(format!("l{i}").as_str().into(), "v0".into(), "v1".into(), Polarity::Negative);
        l.strength = strength;
        l.delay = delay;
        l.confidence = Confidence::ALL[i % 3];
        p.links.push(l);
    }
    p.links[0].polarity = Polarity::Positive;
    p.layout.positions.insert("v0".into(), Position::new(-0.0, f32::MAX));
    p.layout.positions.insert("v1".into(), Position::new(1.5e-9, 3.0));
    p.layout.positions.insert("weg".into(), Position::new(1.0, 1.0));
    p.outcome.weights.push(OutcomeWeight { variable: "v1".into(), weight: 0.5, reason: "r".into() });
    p.outcome.weights.push(OutcomeWeight { variable: "v0".into(), weight: 1.0, reason: String::new() });
    p.settings.method = SimMethod::Rk4;
    p.settings.monte_carlo_seed = u64::MAX;
    let shape = InputShape { start_month: 1.0, ramp_up_months: 2.0, end_month: Some(3.0), after_effect_months: 4.0 };
    p.scenarios.push(Scenario {
        id: "s".into(),
        name: "S".into(),
        description: "d".into(),
        shocks: vec![
            Shock { target: "v0".into(), effect: -10.0, shape, note: "n".into() },
            Shock { target: "v1".into(), effect: 1.0, shape: InputShape::default(), note: String::new() },
        ],
    });
    p.scenarios.push(Scenario { id: "a".into(), name: "A".into(), description: String::new(), shocks: vec![] });
    let effect = |c| Effect { target: "v0".into(), points: 2.5, confidence: c };
    p.interventions.push(Intervention {
        id: "i".into(),
        name: "I".into(),
        description: "d".into(),
        target_group: "t".into(),
        settings: Setting::ALL.to_vec(),
        source: "s".into(),
        databank: Some("db".into()),
        effects: Confidence::ALL.into_iter().map(effect).collect(),
        cost: Cost { one_off_eur: 1000.0, per_year_eur: 12.5 },
        example_values: true,
    });
    p.interventions.push(Intervention {
        id: "h".into(),
        name: "H".into(),
        description: String::new(),
        target_group: String::new(),
        settings: vec![],
        source: String::new(),
        databank: None,
        effects: vec![],
        cost: Cost::default(),
        example_values: false,
    });
    let mut item = PlanItem::new("i".into(), 50.0);
    item.duration_months = Some(12.0);
    item.effects = Some(vec![effect(Confidence::High)]);
    item.cost = Some(Cost { one_off_eur: 1.0, per_year_eur: 2.0 });
    item.owner = "o".into();
    item.partners = vec!["p1".into(), "p2".into()];
    item.wijken = vec!["w".into()];
    item.target_groups = vec!["t".into()];
    p.plans.push(Plan {
        id: "p".into(),
        name: "P".into(),
        first_year: -3,
        last_year: 2030,
        budget_eur: BTreeMap::from([(2026, 1.0), (-1, 0.0)]),
        items: vec![item, PlanItem::new("b".into(), 10.0), PlanItem::new("a".into(), 1.0)],
        notes: "n".into(),
    });
    p.plans.push(Plan {
        id: "leeg".into(),
        name: "L".into(),
        first_year: 2026,
        last_year: 2026,
        budget_eur: BTreeMap::new(),
        items: vec![],
        notes: String::new(),
    });
    p.retired_ids = vec!["z".into(), "a".into(), "z".into()];
    p
}

/// `p` with its non-finite numbers made finite.
fn finite(mut p: Project) -> Project {
    for v in &mut p.variables {
        v.adjustment_months = 1.0;
        v.baseline = if v.baseline.is_finite() { v.baseline } else { 2.0 };
    }
    for l in &mut p.links {
        l.delay = Delay::Months(3.0);
        l.strength = Strength::Custom(if l.strength.gain().is_finite() { l.strength.gain() } else { 0.5 });
    }
    p
}

#[test]
fn every_field_and_variant_is_written_as_serde_writes_it() {
    let p = full_project();
    let text = canonical(&p);
    assert_eq!(text, serde_ron_string(&p));
    // `NaN` and `inf` (which loading refuses anyway) are outside the subset.
    assert!(!reader_agrees("full project", &text));
    assert!(reader_agrees("finite project", &canonical(&finite(p.clone()))), "canonical text must be read fast");
    // Without a lineage, the field is left out, as serde's `skip_serializing_if` does.
    let mut q = p.clone();
    q.lineage = Lineage::default();
    assert_eq!(canonical(&q), serde_ron_string(&q));
    assert_eq!(canonical(&Project::default()), serde_ron_string(&Project::default()));
}

#[test]
fn numbers_are_written_as_the_serialiser_writes_them() {
    let mut p = Project::default();
    let mut values: Vec<f64> = vec![0.0, -0.0, 1e15 - 1.0, 1e15, 1e15 + 1.0, 9_007_199_254_740_993.0, 1e16, 1e17];
    values.extend((-3000..3000).map(|i| f64::from(i) * 0.5));
    values.extend((0..64).map(|e| 2f64.powi(e)).flat_map(|v| [v - 1.0, v, v + 1.0, -v]));
    for (i, value) in values.iter().enumerate() {
        let mut v = Variable::new(format!("v{i:05}").as_str().into(), "x", ResourceKind::Individual);
        v.baseline = *value;
        p.layout.positions.insert(v.id.clone(), Position::new(*value as f32, (*value * 3.0) as f32));
        p.variables.push(v);
    }
    assert_eq!(canonical(&p), serde_ron_string(&p));
}

#[test]
fn defaults_of_left_out_fields_are_those_of_serde() {
    let text = "(format_version: 2, variables: [(id: \"a\", name: \"A\")], links: [(id: \"l\", from: \"a\", to: \
                \"a\")], scenarios: [(id: \"s\", name: \"S\", shocks: [(target: \"a\", effect: 1.0, shape: \
                (start_month: 0.0))])], interventions: [(id: \"i\", name: \"I\")], plans: [(id: \"p\", name: \
                \"P\", first_year: 2026, last_year: 2027, items: [(intervention: \"i\", reach_percent: 5.0)])], \
                outcome: (weights: [(variable: \"a\", weight: 1.0)]), meta: (), settings: (), layout: (), \
                lineage: (saved_by: ()))";
    assert!(reader_agrees("short", text));
    assert!(reader_agrees("only the version", "(format_version: 2)"));
}

#[test]
fn the_reader_gives_up_outside_its_subset() {
    let base = canonical(&full_project());
    for (from, to) in [
        ("format_version: 2", "format_version: 2 // commentaar"),
        ("format_version: 2", "format_version: 0x2"),
        ("format_version: 2", "format_version: 02"),
        ("format_version: 2", "format_version: 2_0"),
        ("format_version: 2", "format_version: 2u32"),
        ("format_version: 2", "r#format_version: 2"),
        ("format_version: 2", "format_versie: 2"),
        ("format_version: 2", "format_version: 2, format_version: 2"),
        ("baseline: 50.0", "baseline: 5_0.0"),
        ("baseline: 50.0", "baseline: 50.0f64"),
        ("baseline: 50.0", "baseline: inf"),
        ("higher_is_better", "HigherIsBetter"),
        ("Some(sociaal)", "sociaal"),
        ("name: \"V0\"", "name: r\"V0\""),
        ("name: \"V0\"", "name: \"V\\x300\""),
        ("name: \"V0\"", "name: \"V\\\n0\""),
        ("custom(", "custom (("),
    ] {
        let text = base.replacen(from, to, 1);
        assert_ne!(text, base, "{from}");
        assert!(ron_fast::from_str::<Project>(&text).is_none(), "{to}");
    }
    assert!(ron_fast::from_str::<Project>(&format!("Project{base}")).is_none());
    assert!(ron_fast::from_str::<Project>(&format!("{base})")).is_none());
    assert!(ron_fast::from_str::<Project>(&format!("#![enable(implicit_some)]\n{base}")).is_none());
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z ]{0,12}",
        any::<String>(),
        "[\"'\\\\\\n\\t\\r\\x00-\\x1f\\x7f-\\xa0é€🙂\\u{301}\\u{200b}]{0,8}"
    ]
}

fn arb_f64() -> impl Strategy<Value = f64> {
    // Finite: `NaN` and `inf` are outside the reader's subset (the full project has them for the writer).
    prop_oneof![
        any::<f64>().prop_filter("finite", |v| v.is_finite()),
        -1000.0..1000.0,
        Just(-0.0),
        Just(1e16),
        Just(1e-5)
    ]
}

fn arb_id() -> impl Strategy<Value = String> {
    prop_oneof!["[a-e]{1,2}", any::<String>()]
}

prop_compose! {
    fn arb_variable()(id in arb_id(), name in arb_text(), description in arb_text(), kind in 0..3usize,
                      tag in proptest::option::of(0..4usize), baseline in arb_f64(), lower in any::<bool>(),
                      adjustment in arb_f64(), source in arb_text()) -> Variable {
        let mut v = Variable::new(id.as_str().into(), name, ResourceKind::ALL[kind]);
        v.description = description;
        v.resource = tag.map(|t| ResourceTag::ALL[t]);
        v.baseline = baseline;
        v.direction = if lower { Direction::LowerIsBetter } else { Direction::HigherIsBetter };
        v.adjustment_months = adjustment;
        v.source = source;
        v
    }
}

prop_compose! {
    fn arb_link()(id in arb_id(), from in arb_id(), to in arb_id(), negative in any::<bool>(), strength in 0..5usize,
                  gain in arb_f64(), delay in 0..5usize, months in arb_f64(), confidence in 0..3usize,
                  source in arb_text()) -> Link {
        let polarity = if negative { Polarity::Negative } else { Polarity::Positive };
        let mut l = Link::new(id.as_str().into(), from.as_str().into(), to.as_str().into(), polarity);
        l.strength = Strength::WORDS.get(strength).copied().unwrap_or(Strength::Custom(gain));
        l.delay = Delay::WORDS.get(delay).copied().unwrap_or(Delay::Months(months));
        l.confidence = Confidence::ALL[confidence];
        l.source = source;
        l
    }
}

prop_compose! {
    fn arb_project()(variables in proptest::collection::vec(arb_variable(), 0..6),
                     links in proptest::collection::vec(arb_link(), 0..6),
                     positions in proptest::collection::vec((arb_id(), -1e30f32..1e30, -1.0f32..1.0), 0..6),
                     notes in arb_text(), seed in any::<u64>(), years in (any::<i32>(), any::<i32>()),
                     retired in proptest::collection::vec(arb_id(), 0..4)) -> Project {
        let mut p = finite(full_project());
        p.variables.extend(variables);
        p.links = links;
        p.layout.positions.extend(positions.into_iter().map(|(id, x, y)| (id.as_str().into(), Position::new(x, y))));
        p.meta.notes = notes;
        p.settings.monte_carlo_seed = seed;
        p.plans[0].first_year = years.0;
        p.plans[0].budget_eur.insert(years.1, 2.0);
        p.retired_ids = retired;
        p
    }
}

/// What a damage inserts: punctuation, whitespace, quotes, escapes and the characters of numbers and names.
const DAMAGE: &str = "[ \\n,:()\\[\\]{}\"\\\\a0.e_-]{0,3}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_projects_are_written_and_read_as_serde_does(p in arb_project()) {
        let text = canonical(&p);
        prop_assert_eq!(&text, &serde_ron_string(&p));
        prop_assert!(reader_agrees("generated", &text), "canonical text must be read fast");
    }

    #[test]
    fn damaged_texts_are_read_as_ron_reads_them_or_given_up(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0..4usize, DAMAGE), 1..4)
    ) {
        let mut text = canonical(&finite(full_project())).into_bytes();
        for (at, len, insert) in cuts {
            let start = at.index(text.len());
            let end = (start + len).min(text.len());
            text.splice(start..end, insert.bytes());
        }
        if let Ok(text) = String::from_utf8(text) {
            reader_agrees("damaged", &text);
        }
    }
}

#[test]
fn a_saved_lineage_gives_no_warnings_on_either_path() {
    let saved_by = SavedBy { organisation: "Gemeente".into(), name: "A".into(), program_version: "1".into() };
    let lineage = Lineage { revision: "r2".into(), parents: vec!["r1".into()], history: vec!["r0".into()], saved_by };
    let mut p = Project { lineage, ..Project::default() };
    p.variables.push(Variable::new("a".into(), "A", ResourceKind::Individual));
    let text = canonical(&p);
    assert!(ron_fast::from_str::<Project>(&text).is_some());
    // The fast reader, and `ron` with the scan for unknown names (a block comment is outside the fast subset).
    for text in [text.clone(), format!("/* opmerking */\n{text}")] {
        let loaded = super::parse_project_with_warnings(&text).unwrap();
        assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
        assert_eq!(loaded.project, p);
    }
}

#[test]
fn the_revision_text_is_the_text_of_the_project_without_its_revision() {
    let p = full_project();
    let mut probe = p.clone();
    probe.lineage.revision.clear();
    let lineage = Lineage { revision: String::new(), ..p.lineage.clone() };
    assert_eq!(ron_write::project_text_with_lineage(&p, FORMAT_VERSION, &lineage), canonical(&probe));
    // A lineage that only had a revision is left out, as an empty one is.
    let only = Project { lineage: Lineage { revision: "r".into(), ..Lineage::default() }, ..Project::default() };
    let blank = Lineage::default();
    assert_eq!(ron_write::project_text_with_lineage(&only, FORMAT_VERSION, &blank), canonical(&Project::default()));
}
