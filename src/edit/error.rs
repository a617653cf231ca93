//! [`EditError`]: why an edit was refused, in Dutch.

use std::fmt;

/// Why an edit could not be applied (in Dutch, for the status bar). The project is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError(pub String);

impl EditError {
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }

    pub fn message(&self) -> &str {
        &self.0
    }

    pub(crate) fn unknown_variable(id: &str) -> Self {
        Self(format!("Variabele '{id}' bestaat niet"))
    }

    pub(crate) fn unknown_link(id: &str) -> Self {
        Self(format!("Koppeling '{id}' bestaat niet"))
    }

    pub(crate) fn id_taken(id: &str) -> Self {
        Self(format!("Id '{id}' is al in gebruik of was eerder in gebruik"))
    }

    pub(crate) fn id_in_use(id: &str) -> Self {
        Self(format!("Id '{id}' is al in gebruik"))
    }

    pub(crate) fn invalid_id(id: &str) -> Self {
        Self(format!(
            "Id '{id}' is ongeldig: gebruik alleen kleine letters, cijfers en '_' (hoogstens 64 tekens, niet beginnend met '_')"
        ))
    }

    pub(crate) fn self_link() -> Self {
        Self("Een koppeling van een variabele naar zichzelf kan niet".to_owned())
    }

    pub(crate) fn duplicate(what: &str, id: &str) -> Self {
        Self(format!("{what} '{id}' komt twee keer voor"))
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EditError {}
