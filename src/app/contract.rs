//! The one place where the app imports the functions of `edit`, `analysis` and `io::recovery` it builds on.

pub use crate::analysis::auto_layout::auto_layout;
pub use crate::analysis::loops::{describe_loop, find_loops, FeedbackLoop, LoopKind, LoopReport, DEFAULT_LOOP_CAP};
pub use crate::edit::{new_link_edit, new_variable_edit, rename_variable_edit, History};
pub use crate::io::{discard_recovery, find_recovery, write_recovery};
