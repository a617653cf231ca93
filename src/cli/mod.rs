//! The command line: thin, parses arguments, calls the core, prints. Errors go to stderr in Dutch.
//!
//! Exit codes: 0 success, 1 the command ran but found problems, 2 unusable input or arguments.

mod args;
mod check;
mod export_xmile;
mod loops;
mod simulate;

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
  veerkrachtplanner loops BESTAND [--json]     toont de terugkoppellussen
  veerkrachtplanner simulate BESTAND [--scenario NAAM] [--runs N --seed S] [--method euler|rk4] [--csv UIT] [--json]
  veerkrachtplanner plan BESTAND [--json]      begroting en uitkomsten per planvariant
  veerkrachtplanner optimize BESTAND --budget-per-year EUR [--candidates all|catalogue|plan] [--json]
  veerkrachtplanner export-xmile BESTAND UIT.xmile [--scenario NAAM] [--plan NAAM]
                                               schrijft het model als XMILE (Stella, PySD)
  veerkrachtplanner help                       deze hulptekst";

/// Looks at the arguments (without the program name) and runs a subcommand if one is given.
pub fn launch(args: &[String]) -> Launch {
    let Some(first) = args.first() else {
        return Launch::Gui { file: None };
    };
    let rest = Args::new(args[1..].to_vec());
    let code = match first.as_str() {
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            0
        }
        "check" => check::run(rest),
        "--version" | "-V" => {
            println!("veerkrachtplanner {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "loops" => loops::run(rest),
        "simulate" => simulate::run(rest),
        "export-xmile" => export_xmile::run(rest),
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
