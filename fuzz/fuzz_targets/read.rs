//! The two read paths and the two writers agree: whatever the fast reader accepts, `ron` reads to the same project,
//! and the canonical writer writes the bytes of `ron`'s pretty serialiser for it (also when the project does not
//! validate: the writer must not depend on validation).
#![no_main]

use libfuzzer_sys::fuzz_target;
use veerkrachtplanner::io::fuzzing::{fast_read, ron_read, serde_text};
use veerkrachtplanner::io::to_ron_string;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some(fast) = fast_read(text) else { return };
    let slow = ron_read(text).expect("the fast reader accepted a text that ron refuses");
    let (fast_text, slow_text) = (serde_text(&fast), serde_text(&slow));
    // Compared as text: NaN fields make the projects themselves unequal to each other.
    assert_eq!(fast_text, slow_text, "the fast reader and ron read different projects");
    assert_eq!(to_ron_string(&fast), fast_text, "the canonical writer differs from ron's serialiser");
});
