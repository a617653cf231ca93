//! Veerkrachtplanner: a gemeente builds its own local veerkracht (resilience) plan on the causal model of the
//! TNO *Metaonderzoek veerkracht* (2023).
//!
//! Layers (each uses only the ones above it): `model` → `edit`, `analysis`, `io` → `diff` → `sim` → `plan` → `text`
//! → `export` → `cli` → `ui` → `app` (feature `gui`). Everything but `ui` and `app` builds without egui.

/// The program version (`veerkrachtplanner --version`, the About dialog, the PDF cover, XMILE headers).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod analysis;
pub mod cli;
pub mod diff;
pub mod edit;
pub mod export;
pub mod io;
pub mod model;
pub mod plan;
pub mod sim;
pub mod text;

#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod ui;
