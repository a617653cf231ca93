//! The words of the picture exports (the diagram as PNG, the charts in the Word document).

/// Why a picture was not made: its size in pixels is beyond what the export draws.
pub fn picture_too_large(width: u64, height: u64, max_pixels: u64) -> String {
    format!(
        "het plaatje zou {width} × {height} beeldpunten worden; het kan hoogstens {} miljoen beeldpunten zijn. Kies een kleinere breedte.",
        max_pixels / 1_000_000
    )
}

/// Why a picture width is refused.
pub fn picture_width_out_of_range(width: u32, min: u32, max: u32) -> String {
    format!("de breedte {width} beeldpunten ligt niet tussen {min} en {max}")
}

/// The PNG encoder failed (rare: out of memory).
pub fn picture_not_encoded(detail: &str) -> String {
    format!("het PNG-bestand kon niet worden gemaakt ({detail})")
}

/// The diagram picture was made, but at its width the names in the boxes are too small to read: a width that would
/// do (`None` when no allowed width would), or the SVG, which scales without loss.
pub fn diagram_text_unreadable(width: u32, readable: Option<u32>) -> String {
    let head = format!("Let op: bij {width} beeldpunten breed zijn de namen in de vakjes te klein om te lezen.");
    match readable {
        Some(readable) => format!(
            "{head} Kies een grotere breedte, bijvoorbeeld --width {readable}, of maak een SVG met export-svg: die kan \
             zonder verlies worden vergroot."
        ),
        None => format!("{head} Maak een SVG met export-svg: die kan zonder verlies worden vergroot."),
    }
}

/// As [`diagram_text_unreadable`], for the app's diagram picture (full-HD wide; the app has no width to choose).
pub fn diagram_picture_unreadable_in_app(lang: super::Language) -> String {
    lang.pick(
        "Let op: het model is zo groot dat de namen in de vakjes van dit plaatje te klein zijn om te lezen. Exporteer \
         het diagram als SVG: dat kan zonder verlies worden vergroot.",
        "Note: the model is so large that the names in the boxes of this picture are too small to read. Export the \
         diagram as SVG: it scales without loss.",
    )
    .to_owned()
}
