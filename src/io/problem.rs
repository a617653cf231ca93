//! One problem found in a project file: what, where (in Dutch) and how bad.

use std::fmt;

/// How bad a problem is. An `Error` stops loading; a `Warning` is shown but the project opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// "fout" / "waarschuwing".
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "fout",
            Self::Warning => "waarschuwing",
        }
    }
}

/// A problem with a project, for people: `location` and `message` are Dutch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Which item, e.g. "verband 'stress__welbevinden'"; empty when it concerns the file as a whole.
    pub location: String,
    /// What is wrong, e.g. "het eind 'x' bestaat niet als variabele".
    pub message: String,
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known (syntax errors).
    pub column: Option<usize>,
}

impl Problem {
    pub fn error(location: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, location: location.into(), message: message.into(), line: None, column: None }
    }

    pub fn warning(location: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(location, message) }
    }

    #[must_use]
    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Formats as e.g. `Regel 12, kolom 5: het bestand is afgebroken (onvolledig)`,
/// `Regel 40, verband 'a__b': het begin 'x' bestaat niet als variabele` or
/// `Waarschuwing: regel 7, opmaak 'y': …`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut head = Vec::new();
        match (self.line, self.column) {
            (Some(l), Some(c)) => head.push(format!("regel {l}, kolom {c}")),
            (Some(l), None) => head.push(format!("regel {l}")),
            _ => {}
        }
        if !self.location.is_empty() {
            head.push(self.location.clone());
        }
        let mut text = head.join(", ");
        if text.is_empty() {
            text.push_str(&self.message);
        } else {
            text.push_str(": ");
            text.push_str(&self.message);
        }
        if self.severity == Severity::Warning {
            write!(f, "Waarschuwing: {text}")
        } else {
            f.write_str(&capitalize(&text))
        }
    }
}

/// First character upper case (Dutch sentence start).
pub(crate) fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_line_column_location_and_severity() {
        let p = Problem::error("", "het bestand is afgebroken (onvolledig)").at(Some(12), Some(5));
        assert_eq!(p.to_string(), "Regel 12, kolom 5: het bestand is afgebroken (onvolledig)");
        let p = Problem::error("verband 'a__b'", "x").at(Some(40), None);
        assert_eq!(p.to_string(), "Regel 40, verband 'a__b': x");
        let p = Problem::warning("opmaak 'y'", "z");
        assert_eq!(p.to_string(), "Waarschuwing: opmaak 'y': z");
        assert_eq!(Problem::error("", "het bestand is leeg").to_string(), "Het bestand is leeg");
    }
}
