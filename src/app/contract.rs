//! The one place where the app imports the functions of `edit`, `analysis` and `io::recovery`. While a helper's
//! part is not merged yet, the name points at the stand-in in `shim`.

pub use super::shim::{
    apply, auto_layout, describe_loop, discard_recovery, find_loops, find_recovery, new_link_edit,
    new_variable_edit, write_recovery, FeedbackLoop, History, LoopKind, LoopReport, DEFAULT_LOOP_CAP,
};
