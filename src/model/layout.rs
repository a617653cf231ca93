//! Canvas positions are data (they are saved); pan, zoom and selection are not.

use super::VariableId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Centre of a variable's box in canvas units (1 unit = 1 logical pixel at zoom 1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Position {
    pub x: f32,
    pub y: f32,
}

impl Position {
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// Position per variable id. A variable without an entry is placed by automatic layout.
    #[serde(default)]
    pub positions: BTreeMap<VariableId, Position>,
}
