//! Each damaged file gives its own, specific Dutch message, at the right line.

use crate::fixture;
use veerkrachtplanner::io::{
    LoadError, LoadErrorKind, MAX_FILE_BYTES, ProblemKind, Severity, load_project_file, load_project_file_with_warnings,
};
use veerkrachtplanner::model::{FORMAT_VERSION, Polarity};

fn load_err(name: &str) -> LoadError {
    match load_project_file(&fixture(name)) {
        Ok(_) => panic!("{name} should not load"),
        Err(e) => e,
    }
}

/// The only problem of a file that is not a project (syntax, type, version, reading).
fn single(name: &str, kind: LoadErrorKind) -> String {
    let e = load_err(name);
    assert_eq!(e.kind, kind, "{name}: {e}");
    assert_eq!(e.problems.len(), 1, "{name}: {e}");
    assert_eq!(e.problems[0].severity, Severity::Error);
    e.to_string()
}

#[test]
fn the_valid_base_loads_without_warnings() {
    let loaded = load_project_file_with_warnings(&fixture("klein-geldig.veerkracht")).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.migrated_from, None);
    assert_eq!(loaded.project.variables.len(), 3);
    assert_eq!(loaded.project.links.len(), 2);
}

#[test]
fn truncated_file() {
    let text = single("afgebroken.veerkracht", LoadErrorKind::NotAProject);
    // The file ends on line 12, after `from: "soc` (column 51 is just past the last character).
    assert!(text.starts_with("Regel 12, kolom 51: het bestand is afgebroken (onvolledig)"), "{text}");
}

#[test]
fn wrong_type() {
    let text = single("verkeerd-type.veerkracht", LoadErrorKind::NotAProject);
    // Column 69 is the opening quote of "hoog". The parser's English text is only in the detail.
    assert_eq!(text, "Regel 6, kolom 69: hier wordt een getal verwacht, bijvoorbeeld 50.0");
    let problem = &load_err("verkeerd-type.veerkracht").problems[0];
    assert_eq!(problem.detail.as_deref(), Some("Expected float"));
    let verbose = veerkrachtplanner::text::problems::verbose(problem, veerkrachtplanner::text::Language::Nl);
    assert!(verbose.ends_with("50.0 [technisch: Expected float]"), "{verbose}");
}

#[test]
fn unknown_word() {
    let text = single("onbekende-waarde.veerkracht", LoadErrorKind::NotAProject);
    assert!(
        text.starts_with(
            "Regel 11, kolom 102: onbekende waarde 'heel_sterk' voor de sterkte; toegestaan: zwak, gemiddeld, sterk, zeer_sterk, custom"
        ),
        "{text}"
    );
}

#[test]
fn missing_field_is_named() {
    let text = single("ontbrekend-veld.veerkracht", LoadErrorKind::NotAProject);
    // Column 84 is the ')' that closes the link.
    assert!(text.starts_with("Regel 12, kolom 84: het veld 'to' ontbreekt in een verband"), "{text}");
}

#[test]
fn dangling_link_end() {
    let e = load_err("losse-koppeling.veerkracht");
    assert_eq!(e.kind, LoadErrorKind::Invalid);
    assert_eq!(
        e.to_string(),
        "Regel 12, verband 'sociaal_netwerk__stress': de oorzaak 'sociaal_netwerkk' bestaat niet als variabele"
    );
}

#[test]
fn duplicate_id() {
    let e = load_err("dubbele-id.veerkracht");
    assert_eq!(e.kind, LoadErrorKind::Invalid);
    let lines: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Regel 8, variabele 'stress': de id 'stress' komt meer dan eens voor bij de variabelen",
            // The renamed variable is gone, so the link that started there now dangles.
            "Regel 12, verband 'sociaal_netwerk__stress': de oorzaak 'sociaal_netwerk' bestaat niet als variabele",
        ]
    );
}

#[test]
fn newer_version_is_refused_naming_both_versions() {
    let text = single("nieuwere-versie.veerkracht", LoadErrorKind::TooNew);
    assert_eq!(
        text,
        format!(
            "Dit bestand heeft formaatversie 3; deze versie van Veerkrachtplanner kent versie {FORMAT_VERSION} en \
             ouder. Werk het programma bij."
        )
    );
}

#[test]
fn not_a_number() {
    let e = load_err("nan.veerkracht");
    assert_eq!(e.kind, LoadErrorKind::Invalid);
    let lines: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Regel 15, opmaak 'stress': de x-positie is geen geldig getal (NaN)",
            "Regel 25, plan 'plan_a': het budget voor 2026 is geen geldig getal (NaN)",
        ]
    );
}

#[test]
fn empty_name() {
    let e = load_err("lege-naam.veerkracht");
    assert_eq!(e.to_string(), "Regel 7, variabele 'welbevinden': de naam is leeg");
}

#[test]
fn baseline_out_of_range() {
    let e = load_err("baseline-buiten-bereik.veerkracht");
    assert_eq!(e.to_string(), "Regel 6, variabele 'stress': de uitgangswaarde (baseline) 160 ligt buiten 0–100");
}

#[test]
fn not_utf8() {
    let path = fixture("geen-utf8.veerkracht");
    let text = single("geen-utf8.veerkracht", LoadErrorKind::Unreadable);
    assert_eq!(
        text,
        format!(
            "'{}' is geen tekstbestand: op regel 4 staan tekens die geen UTF-8 zijn. Een projectbestand van \
             Veerkrachtplanner is platte tekst; is dit wel het goede bestand?",
            path.display()
        )
    );
}

#[test]
fn empty_file() {
    assert_eq!(single("leeg.veerkracht", LoadErrorKind::NotAProject), "Het bestand is leeg");
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("weg.veerkracht");
    let e = load_project_file(&path).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Unreadable);
    assert_eq!(e.to_string(), format!("Kan '{}' niet openen: het bestand bestaat niet.", path.display()));
    let e = load_project_file(dir.path()).unwrap_err();
    assert_eq!(e.to_string(), format!("'{}' is een map, geen projectbestand.", dir.path().display()));
}

#[test]
fn hostile_huge_file_is_refused_with_both_sizes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enorm.veerkracht");
    // A valid start followed by a comment that pushes the file 100 kB over the cap.
    let mut text = String::from("(format_version: 1)\n//");
    text.push_str(&"x".repeat(usize::try_from(MAX_FILE_BYTES).unwrap() + 100 * 1024));
    std::fs::write(&path, &text).unwrap();
    let e = load_project_file(&path).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::Unreadable);
    assert_eq!(
        e.to_string(),
        format!(
            "Het bestand '{}' is 64,1 MB groot; Veerkrachtplanner opent projectbestanden tot 64 MB. Is dit wel een \
             projectbestand?",
            path.display()
        )
    );
}

#[test]
fn deeply_nested_file_does_not_crash() {
    let text = format!("(format_version: 1, variables: {})", "[".repeat(200_000));
    let e = veerkrachtplanner::io::parse_project(&text).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::NotAProject);
    assert!(e.to_string().contains("het bestand is te diep genest"), "{e}");
}

#[test]
fn warnings_do_not_stop_loading() {
    let loaded = load_project_file_with_warnings(&fixture("waarschuwingen.veerkracht")).unwrap();
    let lines: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "Waarschuwing: regel 13, verband 'nog_eens_stress__welbevinden': er is al een verband van 'stress' \
             naar 'welbevinden' ('stress__welbevinden')",
            "Waarschuwing: regel 18, opmaak 'verdwenen': positie van een variabele die niet bestaat (wordt bij \
             opslaan weggelaten)",
        ]
    );
}

#[test]
fn version_0_is_migrated() {
    let loaded = load_project_file_with_warnings(&fixture("versie-0.veerkracht")).unwrap();
    assert_eq!(loaded.migrated_from, Some(0));
    assert_eq!(loaded.project.format_version, FORMAT_VERSION);
    let polarity = |id: &str| loaded.project.links.iter().find(|l| l.id.as_str() == id).unwrap().polarity;
    assert_eq!(polarity("stress__welbevinden"), Polarity::Negative);
    assert_eq!(polarity("sociaal_netwerk__stress"), Polarity::Positive);
    // Apart from the polarity words it is the same project as the version-1 base.
    let mut base = load_project_file(&fixture("klein-geldig.veerkracht")).unwrap();
    base.links.iter_mut().find(|l| l.id.as_str() == "sociaal_netwerk__stress").unwrap().polarity = Polarity::Positive;
    assert_eq!(loaded.project, base);
}

#[test]
fn every_cut_off_version_of_a_file_says_it_is_cut_off() {
    let text = std::fs::read_to_string(fixture("klein-geldig.veerkracht")).unwrap();
    let content_end = text.trim_end().len();
    let comment_end = text.find('\n').unwrap();
    let mut checked = 0;
    for cut in comment_end..content_end {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let e = veerkrachtplanner::io::parse_project(&text[..cut]).unwrap_err();
        let p = &e.problems[0];
        assert_eq!(e.kind, LoadErrorKind::NotAProject, "cut at {cut}: {e}");
        assert_eq!(p.kind, ProblemKind::Truncated, "cut at {cut}: {e}");
        let message = veerkrachtplanner::text::problems::message(&p.kind, veerkrachtplanner::text::Language::Nl);
        assert!(message.starts_with("het bestand is afgebroken (onvolledig)"), "cut at {cut}: {e}");
        let prefix = text[..cut].trim_end();
        assert_eq!(p.line, Some(1 + prefix.matches('\n').count()), "cut at {cut}: {e}");
        checked += 1;
    }
    assert!(checked > 1000);
}

#[test]
fn random_damage_never_panics_and_syntax_errors_have_a_line() {
    let text = std::fs::read_to_string(fixture("klein-geldig.veerkracht")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let replacements = ['"', '(', ')', '[', ']', '{', '}', ',', ':', 'x', '1', '-', ' ', '\n', 'é', '/', '*', '\\'];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| {
        // xorshift64*: deterministic, no dependency.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    };
    for _ in 0..2000 {
        let mut damaged = chars.clone();
        for _ in 0..=next(3) {
            let at = next(damaged.len());
            damaged[at] = replacements[next(replacements.len())];
        }
        let damaged: String = damaged.into_iter().collect();
        match veerkrachtplanner::io::parse_project_with_warnings(&damaged) {
            Ok(_) => {}
            Err(e) => {
                assert!(!e.problems.is_empty());
                if e.kind == LoadErrorKind::NotAProject
                    && !matches!(e.problems[0].kind, ProblemKind::NoFormatVersion | ProblemKind::MigrationLostVersion)
                {
                    assert!(e.problems[0].line.is_some(), "{e}\n{damaged}");
                }
                assert!(!e.to_string().is_empty());
            }
        }
    }
}

#[test]
fn unknown_field_name_is_a_warning_with_its_line() {
    let loaded = load_project_file_with_warnings(&fixture("onbekend-veld.veerkracht")).unwrap();
    let lines: Vec<String> = loaded.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        ["Waarschuwing: regel 6, veld 'baselin': onbekende veldnaam (tikfout?); deze waarde wordt genegeerd en \
          verdwijnt bij opslaan"]
    );
    // The misspelt value was not used: the baseline is the default 50.
    assert_eq!(loaded.project.variables[0].baseline, 50.0);
}

#[test]
fn syntax_and_content_problems_come_together_in_line_order() {
    // Line 6 has text where a number belongs; make line 7's baseline out of range as well.
    let text = std::fs::read_to_string(fixture("verkeerd-type.veerkracht")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    assert!(lines[6].contains("(id: \"welbevinden\""), "{}", lines[6]);
    lines[6] = lines[6].replace("kind: individueel)", "kind: individueel, baseline: 160.0)");
    let e = veerkrachtplanner::io::parse_project(&lines.join("\n")).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::NotAProject);
    let shown: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    assert!(shown[0].starts_with("Regel 6, kolom 69: hier wordt een getal verwacht"), "{shown:#?}");
    assert!(shown[1].starts_with("Regel 7, variabele "), "{shown:#?}");
    assert!(shown[1].contains("160 ligt buiten 0–100"), "{shown:#?}");
}

/// A broken count gets a line too: a plan item's own line (naming its plan), and for a list of the project that is
/// too long, its first item over the maximum. (Seeds of the fuzzers, which found no such file themselves.)
#[test]
fn broken_counts_are_at_their_line() {
    let seed = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/load").join(name);
        load_project_file(&path).unwrap_err().to_string()
    };
    assert_eq!(
        seed("101-labels.veerkracht"),
        "Regel 269: 'tno_advies_05' in plan 'p' heeft 101 labels; het maximum is 100"
    );
    assert_eq!(seed("51-plannen.veerkracht"), "Regel 260: Het project heeft 51 plannen; het maximum is 50");
    assert_eq!(
        seed("plan-51-jaar.veerkracht"),
        "Regel 259: Plan 'p' beslaat 51 jaar; een plan beslaat hoogstens 50 jaar"
    );
}
