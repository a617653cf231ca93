//! Waiting for background jobs in UI tests (shared by the UI test binaries).

use egui_kittest::Harness;

/// Runs frames until the app's background jobs (loop search, plan results, stability, exports) are done and their
/// results shown. A frame that shows a result may start the next job, so it waits until a frame after the jobs ended
/// starts none. The deadline is generous on purpose (a debug build on a busy machine is slow) and costs nothing when
/// the jobs end quickly.
pub fn settle<State>(harness: &mut Harness<'_, State>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(2);
    harness.run();
    while std::time::Instant::now() < deadline {
        if veerkrachtplanner::ui::job::running(&harness.ctx) == 0 {
            harness.run();
            if veerkrachtplanner::ui::job::running(&harness.ctx) == 0 {
                return;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    harness.run();
}
