//! Start-up timing: with `VEERKRACHTPLANNER_LOG_STARTUP` set, the app writes the wall-clock time at which its
//! first frame was laid out to standard error (seconds since 1970, to the microsecond), so that launch-to-first-
//! frame can be measured from outside: `date +%s.%N` before launching, this line after. With
//! `VEERKRACHTPLANNER_EXIT_AFTER_FIRST_FRAME` set as well (or alone), the app closes itself right after that frame,
//! so that the whole process can be timed (`benches/first_window.sh`).

use std::sync::Once;
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable that switches the log on.
pub const LOG_STARTUP_VAR: &str = "VEERKRACHTPLANNER_LOG_STARTUP";
/// The environment variable that makes the app close after its first frame.
pub const EXIT_AFTER_FIRST_FRAME_VAR: &str = "VEERKRACHTPLANNER_EXIT_AFTER_FIRST_FRAME";

static FIRST_FRAME: Once = Once::new();

/// Called at the end of every frame; acts only on the first one, and only when asked.
pub fn first_frame_done(ctx: &eframe::egui::Context) {
    FIRST_FRAME.call_once(|| {
        if std::env::var_os(LOG_STARTUP_VAR).is_some() {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
            eprintln!("first frame at {}.{:06}", now.as_secs(), now.subsec_micros());
        }
        if std::env::var_os(EXIT_AFTER_FIRST_FRAME_VAR).is_some() {
            ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Close);
        }
    });
}
