//! `veerkrachtplanner check`: exit 0 clean (warnings allowed), 1 project errors, 2 unreadable or not a project.

use crate::fixture;
use std::process::{Command, Output};

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).arg("check").args(args).output().unwrap()
}

fn run_on(name: &str) -> (i32, String, String) {
    let path = fixture(name);
    let out = check(&[path.to_str().unwrap()]);
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn clean_file_exits_0() {
    let (code, stdout, stderr) = run_on("klein-geldig.veerkracht");
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.trim_end().ends_with(": in orde (3 variabelen, 2 verbanden, 1 scenario, 1 plan)."), "{stdout}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn warnings_are_printed_and_exit_0() {
    let (code, stdout, _) = run_on("waarschuwingen.veerkracht");
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.starts_with("Waarschuwing: regel 13, verband 'nog_eens_stress__welbevinden'"), "{stdout}");
    assert!(stdout.contains("Waarschuwing: regel 18, opmaak 'verdwenen'"), "{stdout}");
    assert!(stdout.contains(": in orde, met 2 waarschuwingen (3 variabelen, 3 verbanden"), "{stdout}");
}

#[test]
fn project_errors_exit_1_with_line_numbers() {
    let (code, stdout, _) = run_on("dubbele-id.veerkracht");
    assert_eq!(code, 1, "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert_eq!(lines[0], "Regel 8, variabele 'stress': de id 'stress' komt meer dan eens voor bij de variabelen");
    assert!(lines[1].starts_with("Regel 12, verband 'sociaal_netwerk__stress'"), "{stdout}");
    assert!(lines[2].ends_with(": 2 fouten; dit project kan zo niet worden geopend."), "{stdout}");
}

#[test]
fn unreadable_or_not_a_project_exits_2() {
    for (name, expect) in [
        ("afgebroken.veerkracht", "Regel 12, kolom 51: het bestand is afgebroken (onvolledig)"),
        ("verkeerd-type.veerkracht", "hier wordt een getal verwacht"),
        ("nieuwere-versie.veerkracht", "Dit bestand heeft formaatversie 3"),
        ("geen-utf8.veerkracht", "is geen tekstbestand: op regel 4"),
        ("leeg.veerkracht", "Het bestand is leeg"),
    ] {
        let (code, stdout, stderr) = run_on(name);
        assert_eq!(code, 2, "{name}: {stdout}{stderr}");
        assert!(stderr.starts_with("Kan '"), "{name}: {stderr}");
        assert!(stderr.contains(expect), "{name}: {stderr}");
    }
}

#[test]
fn missing_file_and_bad_arguments_exit_2() {
    let out = check(&["bestaat/niet.veerkracht"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("het bestand bestaat niet"));
    let out = check(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Geef een projectbestand op."));
    let path = fixture("klein-geldig.veerkracht");
    let out = check(&[path.to_str().unwrap(), "--wat"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Onbekend argument '--wat'."));
}

#[test]
fn migrated_file_says_so() {
    let (code, stdout, _) = run_on("versie-0.veerkracht");
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("Let op: dit bestand heeft de oude formaatversie 0; bij opslaan wordt het versie 2."),
        "{stdout}"
    );
}
