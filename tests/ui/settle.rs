//! Waiting for background jobs in UI tests (shared by the UI test binaries).

use egui_kittest::Harness;

/// Runs frames until the app's background jobs (loop search, plan results, stability, exports) are done and their
/// results shown.
pub fn settle<State>(harness: &mut Harness<'_, State>) {
    harness.run();
    for _ in 0..5000 {
        if veerkrachtplanner::ui::job::running(&harness.ctx) == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    harness.run();
}
