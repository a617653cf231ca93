//! Words of the Plan view's computed results.

use super::{Txt, texts};

texts! {
    PLAN_FIX_FIRST = "Los eerst de problemen in het plan op; daarna berekent het programma de effecten.", "First solve the problems in the plan; then the program calculates the effects.";
}
