//! Every kind of problem and every save error in both languages: not empty, different, and no Dutch in English.

use super::*;
use crate::io::validate;
use crate::io::{IoFailure, MigrationFailure};
use crate::model::rules::{self, ListKind, Violation};
use crate::model::{Delay, Link, Plan, PlanItem, Polarity, Position, Project, ResourceKind, Strength, Variable};
use ron::error::Error as RonError;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Whole Dutch words that no English text of ours contains.
const DUTCH_WORDS: [&str; 40] = [
    "de",
    "het",
    "een",
    "wordt",
    "niet",
    "van",
    "naar",
    "bij",
    "moet",
    "ligt",
    "bestaat",
    "bestand",
    "regel",
    "kolom",
    "waarschuwing",
    "verwacht",
    "hier",
    "geen",
    "en",
    "tekst",
    "getal",
    "waarde",
    "veld",
    "variabele",
    "verband",
    "interventie",
    "opmaak",
    "planonderdeel",
    "jaar",
    "maanden",
    "ontbreekt",
    "lijst",
    "tabel",
    "map",
    "kan",
    "schijf",
    "tekens",
    "zijn",
    "eerste",
    "laatste",
];

/// Every problem kind, each once (a new kind fails to compile in [`named`] until it is added here).
fn every_kind() -> Vec<ProblemKind> {
    let io = IoFailure { kind: ErrorKind::Other, text: "disk on fire".into() };
    let path = PathBuf::from("/x/plan.veerkracht");
    let violation = Violation::TooMany { what: ListKind::Links, owner: None, item: None, count: 30_001, max: 30_000 };
    vec![
        ProblemKind::NotANumber { quantity: Quantity::DelayMonths, value: f64::NAN },
        ProblemKind::OutOfRange { quantity: Quantity::Budget(2026), value: -1.0, range: rules::EUROS },
        ProblemKind::OutOfRange { quantity: Quantity::AdjustmentMonths, value: 0.0, range: rules::ADJUSTMENT_MONTHS },
        ProblemKind::EmptyName,
        ProblemKind::InvalidId { id: "Fout Id".into() },
        ProblemKind::DuplicateId { id: "a".into(), list: Place::Scenario },
        ProblemKind::IdUsedElsewhere { id: "a".into(), other: Place::Intervention },
        ProblemKind::UnknownLinkStart { variable: "x".into() },
        ProblemKind::UnknownLinkEnd { variable: "x".into() },
        ProblemKind::SelfLink { variable: "x".into() },
        ProblemKind::DuplicateLink { from: "a".into(), to: "b".into(), other: "a__b".into() },
        ProblemKind::PositionWithoutVariable,
        ProblemKind::UnknownVariable { variable: "x".into() },
        ProblemKind::DuplicateOutcomeWeight,
        ProblemKind::EndBeforeStart { end: 1.0, start: 2.0 },
        ProblemKind::EffectOnUnknownVariable { variable: "x".into() },
        ProblemKind::UnknownIntervention { id: "x".into() },
        ProblemKind::YearsReversed { first: 2027, last: 2026 },
        ProblemKind::BudgetYearOutOfRange { year: 3000, range: rules::YEAR },
        ProblemKind::BudgetOutsidePlanYears { year: 2030, first: 2026, last: 2027 },
        ProblemKind::Limit(violation),
        ProblemKind::UnknownField,
        ProblemKind::Truncated,
        ProblemKind::Syntax(RonError::ExpectedComma),
        ProblemKind::EmptyFile,
        ProblemKind::TooNew { version: 3, known: 2 },
        ProblemKind::NoFormatVersion,
        ProblemKind::CannotMigrate { version: 0, current: 2 },
        ProblemKind::MigrationFailed { from: 0, why: MigrationFailure::UnknownSign { value: "\"x\"".into() } },
        ProblemKind::MigrationLostVersion,
        ProblemKind::CannotOpen { path: path.clone(), io },
        ProblemKind::IsFolder { path: path.clone() },
        ProblemKind::TooLarge { path: Some(path.clone()), bytes: 80 << 20, max: 64 << 20 },
        ProblemKind::TooLarge { path: None, bytes: 26_542_080, max: 64 << 20 },
        ProblemKind::NotText { path, line: 3 },
    ]
}

/// A name per kind; the match has no wildcard, so a new kind must be named (and added to [`every_kind`]).
fn named(kind: &ProblemKind) -> &'static str {
    match kind {
        ProblemKind::NotANumber { .. } => "NotANumber",
        ProblemKind::OutOfRange { .. } => "OutOfRange",
        ProblemKind::EmptyName => "EmptyName",
        ProblemKind::InvalidId { .. } => "InvalidId",
        ProblemKind::DuplicateId { .. } => "DuplicateId",
        ProblemKind::IdUsedElsewhere { .. } => "IdUsedElsewhere",
        ProblemKind::UnknownLinkStart { .. } => "UnknownLinkStart",
        ProblemKind::UnknownLinkEnd { .. } => "UnknownLinkEnd",
        ProblemKind::SelfLink { .. } => "SelfLink",
        ProblemKind::DuplicateLink { .. } => "DuplicateLink",
        ProblemKind::PositionWithoutVariable => "PositionWithoutVariable",
        ProblemKind::UnknownVariable { .. } => "UnknownVariable",
        ProblemKind::DuplicateOutcomeWeight => "DuplicateOutcomeWeight",
        ProblemKind::EndBeforeStart { .. } => "EndBeforeStart",
        ProblemKind::EffectOnUnknownVariable { .. } => "EffectOnUnknownVariable",
        ProblemKind::UnknownIntervention { .. } => "UnknownIntervention",
        ProblemKind::YearsReversed { .. } => "YearsReversed",
        ProblemKind::BudgetYearOutOfRange { .. } => "BudgetYearOutOfRange",
        ProblemKind::BudgetOutsidePlanYears { .. } => "BudgetOutsidePlanYears",
        ProblemKind::Limit(_) => "Limit",
        ProblemKind::UnknownField => "UnknownField",
        ProblemKind::Truncated => "Truncated",
        ProblemKind::Syntax(_) => "Syntax",
        ProblemKind::EmptyFile => "EmptyFile",
        ProblemKind::TooNew { .. } => "TooNew",
        ProblemKind::NoFormatVersion => "NoFormatVersion",
        ProblemKind::CannotMigrate { .. } => "CannotMigrate",
        ProblemKind::MigrationFailed { .. } => "MigrationFailed",
        ProblemKind::MigrationLostVersion => "MigrationLostVersion",
        ProblemKind::CannotOpen { .. } => "CannotOpen",
        ProblemKind::IsFolder { .. } => "IsFolder",
        ProblemKind::TooLarge { .. } => "TooLarge",
        ProblemKind::NotText { .. } => "NotText",
    }
}

/// The Dutch words in `text` (whole words, case-insensitive).
fn dutch_words(text: &str) -> Vec<&'static str> {
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric() && c != '-').map(str::to_lowercase).collect();
    DUTCH_WORDS.iter().copied().filter(|d| words.iter().any(|w| w == d)).collect()
}

fn check_pair(what: &str, nl: &str, en: &str) {
    assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{what}: empty text");
    assert_ne!(nl, en, "{what}: the same in both languages");
    assert!(dutch_words(en).is_empty(), "{what}: Dutch {:?} in the English {en:?}", dutch_words(en));
}

#[test]
fn every_problem_kind_has_its_own_words_in_both_languages() {
    let kinds = every_kind();
    let names: std::collections::BTreeSet<&str> = kinds.iter().map(named).collect();
    assert_eq!(names.len(), 33, "every kind once: {names:?}");
    let places = [Place::Settings, Place::Variable, Place::Layout, Place::Field];
    for (k, kind) in kinds.into_iter().enumerate() {
        let parent = Location::new(Place::Plan, "plan_a");
        let location = Location::within(Place::PlanItem, "tno_advies_07", &parent);
        let mut p = Problem::error(kind).in_item(location).at(Some(12), Some(5)).with_detail("Expected float");
        if k % 2 == 1 {
            p.severity = Severity::Warning;
            p.location = Some(Location::new(places[k % places.len()], "x"));
        }
        let what = format!("{:?}", p.kind);
        check_pair(&what, &problem(&p, Language::Nl), &problem(&p, Language::En));
        check_pair(&what, &verbose(&p, Language::Nl), &verbose(&p, Language::En));
    }
}

#[test]
fn every_syntax_error_and_save_error_in_both_languages() {
    let codes = [
        RonError::Eof,
        RonError::ExpectedFloat,
        RonError::ExpectedInteger,
        RonError::IntegerOutOfBounds,
        RonError::ExpectedString,
        RonError::ExpectedStringEnd,
        RonError::ExpectedBoolean,
        RonError::ExpectedArray,
        RonError::ExpectedArrayEnd,
        RonError::ExpectedMap,
        RonError::ExpectedMapColon,
        RonError::ExpectedMapEnd,
        RonError::ExpectedStructLike,
        RonError::ExpectedNamedStructLike("Project"),
        RonError::ExpectedNamedStructLike("Link"),
        RonError::ExpectedStructLikeEnd,
        RonError::ExpectedDifferentStructName { expected: "Project", found: "Plan".into() },
        RonError::ExpectedDifferentStructName { expected: "Link", found: "Plan".into() },
        RonError::ExpectedOption,
        RonError::ExpectedIdentifier,
        RonError::UnexpectedChar('%'),
        RonError::TrailingCharacters,
        RonError::UnclosedBlockComment,
        RonError::ExceededRecursionLimit,
        RonError::NoSuchEnumVariant { expected: &["a", "b"], found: "c".into(), outer: Some("Strength".into()) },
        RonError::NoSuchStructField { expected: &["a"], found: "c".into(), outer: Some("Variable".into()) },
        RonError::MissingStructField { field: "id", outer: Some("Plan".into()) },
        RonError::DuplicateStructField { field: "id", outer: None },
        RonError::InvalidValueForType { expected: "f64".into(), found: "the string \"x\"".into() },
        RonError::InvalidValueForType { expected: "struct Link".into(), found: "a map".into() },
        RonError::ExpectedDifferentLength { expected: "2 elements".into(), found: 3 },
        RonError::Message("x".into()),
        RonError::ExpectedUnit,
    ];
    for code in codes {
        check_pair(&format!("{code:?}"), &syntax(&code, Language::Nl), &syntax(&code, Language::En));
    }
    let io = |kind| IoFailure { kind, text: "os text".into() };
    let path = PathBuf::from("/x/plan.veerkracht");
    let write = |why| SaveError::Write { path: path.clone(), why };
    let errors = [
        write(WriteFailure::NotAFileName),
        write(WriteFailure::FolderMissing { folder: PathBuf::from("/x") }),
        write(WriteFailure::IsAFolder),
        write(WriteFailure::Io(io(ErrorKind::StorageFull))),
        write(WriteFailure::Io(io(ErrorKind::PermissionDenied))),
        write(WriteFailure::Io(io(ErrorKind::Other))),
        SaveError::RecoveryFolder { dir: PathBuf::from("/x"), io: io(ErrorKind::ReadOnlyFilesystem) },
        SaveError::RecoveryText { detail: "os text".into() },
        SaveError::RecoveryDiscard { dir: PathBuf::from("/x"), io: io(ErrorKind::NotFound) },
        SaveError::ToText { code: RonError::ExceededRecursionLimit },
    ];
    for e in errors {
        check_pair(&format!("{e:?}"), &save_error(&e, Language::Nl), &save_error(&e, Language::En));
    }
}

#[test]
fn dutch_as_before_and_english_with_english_numbers() {
    let p = Problem::error(ProblemKind::Truncated).at(Some(12), Some(5));
    assert!(p.to_string().starts_with("Regel 12, kolom 5: het bestand is afgebroken (onvolledig)"), "{p}");
    assert!(problem(&p, Language::En).starts_with("Line 12, column 5: the file is cut off (incomplete)"));
    let p =
        Problem::warning(ProblemKind::UnknownField).in_item(Location::new(Place::Field, "baselin")).at(Some(7), None);
    assert_eq!(
        p.to_string(),
        "Waarschuwing: regel 7, veld 'baselin': onbekende veldnaam (tikfout?); deze waarde wordt genegeerd en \
         verdwijnt bij opslaan"
    );
    assert!(problem(&p, Language::En).starts_with("Warning: line 7, field 'baselin': unknown field name"));
    let p =
        Problem::error(ProblemKind::Syntax(RonError::ExpectedFloat)).at(Some(3), Some(9)).with_detail("Expected float");
    assert_eq!(p.to_string(), "Regel 3, kolom 9: hier wordt een getal verwacht, bijvoorbeeld 50.0");
    assert_eq!(verbose(&p, Language::Nl), format!("{p} [technisch: Expected float]"));
    assert!(verbose(&p, Language::En).ends_with("[technical: Expected float]"));
    let big = ProblemKind::TooLarge { path: None, bytes: 26_542_080, max: 64 << 20 };
    assert!(problem(&Problem::error(big.clone()), Language::Nl).starts_with("De tekst is 25,3 MB groot"));
    assert!(problem(&Problem::error(big), Language::En).starts_with("The text is 25.3 MB in size"));
    assert_eq!(file_size(1536, Language::Nl), "1,5 kB");
    assert_eq!(file_size(12, Language::En), "12 bytes");
}

// The Dutch of `io::validate` as `check` prints it.

fn two_variables() -> Project {
    let mut p = Project::default();
    p.variables.push(Variable::new("stress".into(), "Stress", ResourceKind::Individual));
    p.variables.push(Variable::new("welbevinden".into(), "Welbevinden", ResourceKind::Individual));
    p.links.push(Link::new("stress__welbevinden".into(), "stress".into(), "welbevinden".into(), Polarity::Negative));
    p
}

fn messages(p: &Project) -> Vec<String> {
    validate(p).iter().map(ToString::to_string).collect()
}

#[test]
fn collects_all_problems_at_once() {
    let mut p = two_variables();
    p.variables[0].baseline = 101.0;
    p.variables[1].name = "  ".into();
    p.variables[1].adjustment_months = 0.0;
    p.links.push(Link::new("lus".into(), "stress".into(), "stress".into(), Polarity::Positive));
    p.links.push(Link::new("Fout Id".into(), "x".into(), "welbevinden".into(), Polarity::Positive));
    p.links[0].strength = Strength::Custom(-0.5);
    p.links[0].delay = Delay::Months(f64::NAN);
    p.layout.positions.insert("weg".into(), Position::new(f32::INFINITY, 0.0));
    p.settings.dt_months = 0.0;
    p.settings.horizon_months = 1201;
    let all = messages(&p);
    let expect = [
        "Variabele 'stress': de uitgangswaarde (baseline) 101 ligt buiten 0–100",
        "Variabele 'welbevinden': de naam is leeg",
        "Variabele 'welbevinden': de reactietijd (adjustment_months) 0 moet groter dan 0 en hoogstens 600 zijn",
        "Verband 'stress__welbevinden': de eigen sterkte -0.5 ligt buiten 0–10",
        "Verband 'stress__welbevinden': de vertraging in maanden is geen geldig getal (NaN)",
        "Verband 'lus': een verband van 'stress' naar zichzelf is niet toegestaan",
        "Verband 'Fout Id': ongeldige id 'Fout Id'",
        "Verband 'Fout Id': de oorzaak 'x' bestaat niet als variabele",
        "Opmaak 'weg': de x-positie is geen geldig getal (inf)",
        "Waarschuwing: opmaak 'weg': positie van een variabele die niet bestaat",
        "Simulatie-instellingen: de horizon in maanden (horizon_months) 1201 ligt buiten 1–1200",
        "Simulatie-instellingen: de tijdstap in maanden (dt_months) 0 ligt buiten 0.01–1",
    ];
    for e in expect {
        assert!(all.iter().any(|m| m.starts_with(e)), "missing {e:?} in {all:#?}");
    }
    assert_eq!(all.len(), expect.len(), "{all:#?}");
}

#[test]
fn duplicates_and_plans() {
    let mut p = two_variables();
    p.links.push(Link::new("stress__welbevinden".into(), "welbevinden".into(), "stress".into(), Polarity::Positive));
    p.links.push(Link::new("nog_een".into(), "stress".into(), "welbevinden".into(), Polarity::Positive));
    let mut plan = Plan {
        id: "plan_a".into(),
        name: "Plan A".into(),
        first_year: 2027,
        last_year: 2026,
        budget_eur: BTreeMap::from([(2026, -1.0)]),
        items: Vec::new(),
        notes: String::new(),
    };
    plan.items.push(PlanItem {
        intervention: "tno_advies_07".into(),
        start_month: 0.0,
        duration_months: None,
        reach_percent: 120.0,
        ramp_up_months: 0.0,
        after_effect_months: 0.0,
        effects: None,
        cost: None,
        owner: String::new(),
        partners: vec![],
        wijken: vec![],
        target_groups: vec![],
    });
    p.plans.push(plan);
    let all = messages(&p);
    for e in [
        "Verband 'stress__welbevinden': de id 'stress__welbevinden' komt meer dan eens voor bij de verbanden",
        "Waarschuwing: verband 'nog_een': er is al een verband van 'stress' naar 'welbevinden' ('stress__welbevinden')",
        "Plan 'plan_a': het laatste jaar 2026 ligt vóór het eerste jaar 2027",
        "Plan 'plan_a': het budget voor 2026 -1 ligt buiten 0–1000000000000",
        "Planonderdeel 'tno_advies_07' in plan 'plan_a': het bereik in procent (reach_percent) 120 ligt buiten 0–100",
    ] {
        assert!(all.iter().any(|m| m == e), "missing {e:?} in {all:#?}");
    }
}
