//! The one place where the app imports the functions of `edit`, `analysis` and `io::recovery` it builds on.

pub use crate::analysis::auto_layout::auto_layout;
pub use crate::analysis::loops::{DEFAULT_LOOP_CAP, FeedbackLoop, LoopKind, LoopReport, describe_loop, find_loops};
pub use crate::edit::{History, new_link_edit, new_variable_edit, rename_variable_edit};
pub use crate::io::{discard_recovery, find_recovery, write_recovery};
