//! egui panels and the canvas. Functions that draw are named `*_ui`; colours come from `theme`, strings from `text`.

pub mod canvas;
pub mod command;
pub mod command_hints;
pub mod compare;
pub mod derived;
pub mod fields;
pub mod job;
pub mod panels;
pub mod plan;
pub mod plot_format;
pub mod scenario_editor;
pub mod simulation;
pub mod tab_bar;
pub mod text;
pub mod theme;
pub mod view_state;
