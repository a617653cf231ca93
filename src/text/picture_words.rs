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
