//! The command line: thin, parses arguments, calls the core, prints. Errors go to stderr in Dutch.
//!
//! Exit codes: 0 success, 1 the command ran but found problems, 2 unusable input or arguments.
//!
//! Output goes through `outln!` and `out!` (defined before the submodules, so in scope in all of them): a reader that stops early (a pipe into `head`) is an
//! `io::ErrorKind::BrokenPipe`, and the program then stops quietly with code 0, as Unix tools do.

/// `println!` for the command line, see [`write_stdout`].
macro_rules! outln {
    () => {
        $crate::cli::write_stdout(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `print!` for the command line, see [`write_stdout`].
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(format_args!($($arg)*))
    };
}

mod args;
mod check;
mod compare;
mod diff;
mod export_docx;
mod export_pdf;
mod export_png;
mod export_report;
mod export_svg;
mod export_xmile;
mod loops;
mod merge;
mod normalize;
mod optimize;
mod optimize_robust;
mod plan;
mod sensitivity;
mod simulate;
mod uncertainty_args;

pub use args::Args;

/// What `main` should do after looking at the command line.
#[derive(Debug, PartialEq, Eq)]
pub enum Launch {
    /// Start the GUI, optionally opening this file.
    Gui { file: Option<std::path::PathBuf> },
    /// A subcommand ran; exit with this code.
    Exit(i32),
}

const USAGE: &str = "Gebruik:
  veerkrachtplanner [BESTAND]                  opent de app (met het standaardproject of BESTAND)
  veerkrachtplanner check BESTAND              controleert een projectbestand
  veerkrachtplanner normalize BESTAND [--out UIT]  schrijft het project in de vaste vorm (voor vergelijken)
  veerkrachtplanner loops BESTAND [--json]     toont de terugkoppellussen
  veerkrachtplanner simulate BESTAND [--scenario NAAM] [--plan NAAM] [--runs N --seed S] [--method euler|rk4] [--csv UIT] [--json]
                                               CSV voor Excel: --taal nl|en (; en komma of , en punt), --ids
                                               (id's als kop), --alle-runs (referentie en elke planvariant)
  veerkrachtplanner plan BESTAND [--json] [--csv UIT [--taal nl|en] [--ids]]
                                               begroting en uitkomsten per planvariant (CSV voor Excel)
  veerkrachtplanner export-svg BESTAND UIT.svg  schrijft het causale diagram als SVG
  veerkrachtplanner export-png BESTAND UIT.png [--width PX]  het causale diagram als PNG (standaard 1920 breed)
  veerkrachtplanner optimize BESTAND --budget-per-year EUR [--candidates all|catalogue|plan] [--json]
                                               [--robust p10|beter [--runs N] [--seed S]]
  veerkrachtplanner compare BESTAND --plans A,B [--scenario NAAM] [--runs N] [--seed S] [--json]
                                               plan A tegen plan B onder onzekerheid (zelfde trekkingen)
  veerkrachtplanner sensitivity BESTAND --plan NAAM [--scenario NAAM] [--json]
                                               welke aannames het effect van een plan het meest bepalen
  veerkrachtplanner export-pdf BESTAND UIT.pdf [--taal nl|en]  het plan als afdrukbaar PDF-rapport voor de raad
  veerkrachtplanner export-docx BESTAND UIT.docx [--taal nl|en]  het plan als bewerkbaar Word-document
  veerkrachtplanner export-xmile BESTAND UIT.xmile [--scenario NAAM] [--plan NAAM]
                                               schrijft het model als XMILE (Stella, PySD)
  veerkrachtplanner diff A B [--json]          toont alle verschillen tussen twee projectbestanden
                                               (afsluitcode 0: gelijk, 1: verschillend)
  veerkrachtplanner merge BASIS ONS HUN --out BESTAND [--json]
                                               voegt twee versies van één basisversie samen
                                               (afsluitcode 0: samengevoegd, 1: conflicten, niets geschreven)
  veerkrachtplanner help                       deze hulptekst

Met --verbose tonen meldingen over een bestand ook de technische details (voor vragen aan de helpdesk).";

/// `--verbose` was given: problems with a file are printed with their technical detail.
static VERBOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `--verbose` was given.
/// The exit code of a command that either succeeded (0) or refused its input with a Dutch message (2, message on
/// stderr).
pub(crate) fn exit_code(result: Result<(), String>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("{message}");
            2
        }
    }
}

pub(crate) fn verbose() -> bool {
    VERBOSE.load(std::sync::atomic::Ordering::Relaxed)
}

/// A problem as printed: with its technical detail under `--verbose`.
pub(crate) fn problem_text(problem: &crate::io::Problem) -> String {
    if verbose() { crate::text::problems::verbose(problem, crate::text::Language::Nl) } else { problem.to_string() }
}

/// Every problem of a load error, one per line (see [`problem_text`]).
pub(crate) fn load_error_text(error: &crate::io::LoadError) -> String {
    error.problems.iter().map(problem_text).collect::<Vec<_>>().join("\n")
}

/// Writes to standard output. A closed pipe (`io::ErrorKind::BrokenPipe`) ends the program quietly with code 0;
/// any other write error ends it with a Dutch message and code 1.
pub(crate) fn write_stdout(text: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    if let Err(e) = std::io::stdout().lock().write_fmt(text) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("Kan niet naar de standaarduitvoer schrijven: {e}");
        std::process::exit(1);
    }
}

/// The arguments as text. An argument that is not valid Unicode (e.g. a file name in another encoding) gets a
/// Dutch message that says which one.
pub fn arguments(os: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Vec<String>, String> {
    os.into_iter()
        .enumerate()
        .map(|(k, a)| {
            a.into_string().map_err(|bad| {
                format!(
                    "Argument {} ('{}') is geen geldige tekst (UTF-8). Geef de bestandsnaam in gewone tekens op of \
                     hernoem het bestand.",
                    k + 1,
                    bad.to_string_lossy()
                )
            })
        })
        .collect()
}

/// Looks at the arguments (without the program name) and runs a subcommand if one is given.
pub fn launch(args: &[String]) -> Launch {
    // `--verbose` may stand anywhere after the command.
    let verbose = args.iter().skip(1).any(|a| a == "--verbose");
    VERBOSE.store(verbose, std::sync::atomic::Ordering::Relaxed);
    let kept: Vec<String>;
    let args = if verbose {
        kept = args.iter().enumerate().filter(|(k, a)| *k == 0 || *a != "--verbose").map(|(_, a)| a.clone()).collect();
        kept.as_slice()
    } else {
        args
    };
    let Some(first) = args.first() else {
        return Launch::Gui { file: None };
    };
    let rest = Args::new(args[1..].to_vec());
    let code = match first.as_str() {
        "help" | "--help" | "-h" => {
            outln!("{USAGE}");
            0
        }
        "check" => check::run(rest),
        "normalize" => normalize::run(rest),
        "export-svg" => export_svg::run(rest),
        "export-png" => export_png::run(rest),
        "plan" => plan::run(rest),
        "optimize" => optimize::run(rest),
        "compare" => compare::run(rest),
        "sensitivity" => sensitivity::run(rest),
        "--version" | "-V" => {
            outln!("veerkrachtplanner {}", crate::VERSION);
            0
        }
        "loops" => loops::run(rest),
        "export-pdf" => export_pdf::run(rest),
        "export-docx" => export_docx::run(rest),
        "simulate" => simulate::run(rest),
        "export-xmile" => export_xmile::run(rest),
        "diff" => diff::run(rest),
        "merge" => merge::run(rest),
        other if other.starts_with('-') => {
            eprintln!("Onbekende optie '{other}'.\n\n{USAGE}");
            2
        }
        other if args.len() == 1 && std::path::Path::new(other).extension().is_some() => {
            return Launch::Gui { file: Some(other.into()) };
        }
        other => {
            eprintln!("Onbekende opdracht '{other}'.\n\n{USAGE}");
            2
        }
    };
    Launch::Exit(code)
}

/// Reads the positional arguments `what` (in order), then checks that nothing else was given.
/// On error prints the Dutch message with `usage` and returns exit code 2.
pub(crate) fn positionals(args: &mut Args, what: &[&str], usage: &str) -> Result<Vec<String>, i32> {
    let mut out = Vec::with_capacity(what.len());
    for w in what {
        match args.positional(w) {
            Ok(v) => out.push(v),
            Err(e) => {
                eprintln!("{e}\nGebruik: {usage}");
                return Err(2);
            }
        }
    }
    if let Err(e) = args.finish() {
        eprintln!("{e}\nGebruik: {usage}");
        return Err(2);
    }
    Ok(out)
}

/// Loads a project file for a subcommand; on failure prints the Dutch problems and returns exit code 2.
pub(crate) fn load_project(path: &str) -> Result<crate::model::Project, i32> {
    crate::io::load_project_file(std::path::Path::new(path)).map_err(|e| {
        eprintln!("{}", load_error_text(&e));
        2
    })
}

#[cfg(all(test, unix))]
mod argument_tests {
    use super::arguments;
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt as _;

    #[test]
    fn a_non_utf8_argument_gets_a_message_that_says_which() {
        let ok = arguments([OsString::from("check"), OsString::from("model.veerkracht")]).unwrap();
        assert_eq!(ok, ["check", "model.veerkracht"]);
        let bad = OsString::from_vec(b"caf\xe9.veerkracht".to_vec());
        let message = arguments([OsString::from("check"), bad]).unwrap_err();
        assert!(message.starts_with("Argument 2 ("), "{message}");
    }
}

/// The time printed on reports, in seconds since 1970: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
pub(crate) fn report_time() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
    })
}
