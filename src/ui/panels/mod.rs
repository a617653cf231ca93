//! The panels around the canvas and the modal dialogs.

pub mod about;
pub mod dialogs;
pub mod file_picker;
pub mod help;
pub mod inspector_panel;
pub mod loops_panel;
pub mod menu_bar;
pub mod saved_by;
pub mod variables_panel;
