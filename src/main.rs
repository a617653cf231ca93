//! `veerkrachtplanner`: with a subcommand it runs on the command line, otherwise it opens the app.

use veerkrachtplanner::cli::{Launch, arguments, launch};

fn main() {
    let args = match arguments(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    match launch(&args) {
        Launch::Exit(code) => std::process::exit(code),
        Launch::Gui { file } => std::process::exit(run_gui(file)),
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
