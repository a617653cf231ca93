//! `veerkrachtplanner export-svg BESTAND UIT.svg`: writes the causal diagram as SVG.

use super::Args;
use std::path::Path;

pub fn run(mut args: Args) -> i32 {
    let (file, out) = match (args.positional("projectbestand"), args.positional("uitvoerbestand (.svg)")) {
        (Ok(file), Ok(out)) => (file, out),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}\nGebruik: veerkrachtplanner export-svg BESTAND UIT.svg");
            return 2;
        }
    };
    if let Err(e) = args.finish() {
        eprintln!("{e}\nGebruik: veerkrachtplanner export-svg BESTAND UIT.svg");
        return 2;
    }
    let project = match crate::io::load_project_file(Path::new(&file)) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    let svg = crate::export::causal_diagram_svg(&project);
    match std::fs::write(&out, svg) {
        Ok(()) => {
            println!("Causaal diagram geschreven naar '{out}'.");
            0
        }
        Err(e) => {
            eprintln!("Kan '{out}' niet schrijven: {e}");
            2
        }
    }
}
