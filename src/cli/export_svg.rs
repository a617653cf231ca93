//! `veerkrachtplanner export-svg BESTAND UIT.svg`: writes the causal diagram as SVG.

use super::Args;
use std::path::Path;

pub fn run(mut args: Args) -> i32 {
    let (project, out) = match super::positionals(
        &mut args,
        &["projectbestand", "uitvoerbestand (.svg)"],
        "veerkrachtplanner export-svg BESTAND UIT.svg",
    )
    .and_then(|p| Ok((super::load_project(&p[0])?, p[1].clone())))
    {
        Ok(v) => v,
        Err(code) => return code,
    };
    let svg = crate::export::causal_diagram_svg(&project);
    match crate::io::write_export_file(Path::new(&out), svg.as_bytes()) {
        Ok(()) => {
            outln!("Causaal diagram geschreven naar '{out}'.");
            0
        }
        Err(e) => {
            eprintln!("{e}");
            2
        }
    }
}
