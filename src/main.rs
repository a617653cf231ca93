//! `veerkrachtplanner`: with a subcommand it runs on the command line, otherwise it opens the app.

use veerkrachtplanner::cli::{Launch, launch};

/// The message of the panic `println!` raises when stdout is closed (e.g. `veerkrachtplanner loops x | head`).
const CLOSED_STDOUT: &str = "failed printing to stdout";

fn panic_message(payload: &(dyn std::any::Any + Send)) -> Option<&str> {
    payload.downcast_ref::<String>().map(String::as_str).or_else(|| payload.downcast_ref::<&str>().copied())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // A reader that stops reading early (a pipe into `head`) is not an error: stop quietly, as Unix tools do.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !panic_message(info.payload()).is_some_and(|m| m.starts_with(CLOSED_STDOUT)) {
            default_hook(info);
        }
    }));
    let launched = std::panic::catch_unwind(|| launch(&args));
    match launched {
        Ok(Launch::Exit(code)) => std::process::exit(code),
        Ok(Launch::Gui { file }) => std::process::exit(run_gui(file)),
        Err(payload) if panic_message(payload.as_ref()).is_some_and(|m| m.starts_with(CLOSED_STDOUT)) => {
            std::process::exit(0)
        }
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

#[cfg(feature = "gui")]
fn run_gui(file: Option<std::path::PathBuf>) -> i32 {
    veerkrachtplanner::app::run(file)
}

#[cfg(not(feature = "gui"))]
fn run_gui(_file: Option<std::path::PathBuf>) -> i32 {
    eprintln!(
        "Deze versie is gebouwd zonder grafische omgeving (feature 'gui'). Gebruik een subopdracht; zie 'veerkrachtplanner help'."
    );
    2
}
