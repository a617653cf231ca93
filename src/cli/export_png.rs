//! `veerkrachtplanner export-png BESTAND UIT.png [--width PX]`: the causal diagram as a PNG picture (for slides),
//! with the look of the SVG; 1920 pixels wide unless `--width` says otherwise.

use super::Args;
use crate::export::raster::{self, DEFAULT_WIDTH};
use std::path::Path;

pub fn run(mut args: Args) -> i32 {
    match run_inner(&mut args) {
        Ok(message) => {
            outln!("{message}");
            0
        }
        Err((code, message)) => {
            eprintln!("{message}");
            code
        }
    }
}

/// Exit codes: 1 the picture cannot be made (e.g. too large), 2 bad arguments, unreadable project or failed write.
fn run_inner(args: &mut Args) -> Result<String, (i32, String)> {
    let width = args.parsed::<u32>("--width").map_err(|e| (2, e))?.unwrap_or(DEFAULT_WIDTH);
    let file = args.positional("projectbestand").map_err(|e| (2, e))?;
    let out = args.positional("uitvoerbestand (.png)").map_err(|e| (2, e))?;
    args.finish().map_err(|e| (2, e))?;
    let project = crate::io::load_project_file(Path::new(&file)).map_err(|e| (2, super::load_error_text(&e)))?;
    let scene = crate::export::svg::causal_diagram(&project);
    let picture = raster::diagram_png(&scene, width).map_err(|e| (1, e.to_string()))?;
    crate::io::write_export_file(Path::new(&out), &picture.png).map_err(|e| (2, e.to_string()))?;
    let written =
        format!("Causaal diagram geschreven naar '{out}' ({} × {} beeldpunten).", picture.width_px, picture.height_px);
    Ok(match raster::diagram_readability(&scene, width) {
        Ok(()) => written,
        Err(readable) => format!("{written}\n{}", crate::text::picture_words::diagram_text_unreadable(width, readable)),
    })
}
