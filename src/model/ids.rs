//! Stable identifiers. Ids are string slugs in newtypes: they survive renames, are never reused
//! (see [`crate::model::Project::retired_ids`]) and sort deterministically.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

string_id!(
    /// A variable of the causal model, e.g. `stress`.
    VariableId
);
string_id!(
    /// A link (arrow) of the causal model, e.g. `stress__welbevinden`.
    LinkId
);
string_id!(
    /// A crisis / shock scenario, e.g. `nieuwe_crisis`.
    ScenarioId
);
string_id!(
    /// An intervention, from the built-in catalogue or defined in the project.
    InterventionId
);
string_id!(
    /// A plan variant, e.g. `plan_a`.
    PlanId
);

/// Turns a Dutch name into an id slug: lowercase ASCII letters, digits and `_`.
/// `"Ouder-kind relatie"` → `"ouder_kind_relatie"`. Never empty (falls back to `"x"`).
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut last_underscore = true;
    for c in name.chars() {
        let mapped = match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => Some('a'),
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => Some('e'),
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => Some('i'),
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => Some('o'),
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => Some('u'),
            _ => None,
        };
        if let Some(m) = mapped {
            out.push(m);
            last_underscore = false;
        } else if !last_underscore {
            out.push('_');
            last_underscore = true;
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

/// True when `id` is a valid slug as [`slugify`] produces them.
pub fn is_valid_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !id.starts_with('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_dutch_names() {
        assert_eq!(slugify("Ouder-kind relatie"), "ouder_kind_relatie");
        assert_eq!(slugify("  Één tegen eenzaamheid! "), "een_tegen_eenzaamheid");
        assert_eq!(slugify("???"), "x");
        assert!(is_valid_slug(&slugify("Wachttijden GGZ")));
        assert!(!is_valid_slug("Stress"));
    }
}
