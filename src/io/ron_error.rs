//! RON syntax and type errors in Dutch, with line and column: "Regel 12, kolom 5: het bestand is afgebroken".

use super::Problem;
use ron::error::{Error as RonError, SpannedError};

/// What a file that stops too early is called.
pub(crate) const TRUNCATED: &str = "het bestand is afgebroken (onvolledig): het houdt op midden in het project. \
                                    Misschien is het niet helemaal gekopieerd of verstuurd";

/// Turns a RON error on `text` into a Dutch [`Problem`] at the error's line and column. An error at the very end
/// of the text means the file was cut off, whatever the parser expected there. The English text of the parser is
/// appended in parentheses for support questions.
pub(crate) fn problem_from_ron(err: &SpannedError, text: &str) -> Problem {
    let end = end_of_content(text);
    let at_end = (err.span.end.line, err.span.end.col) >= end;
    let truncated = match err.code {
        // An unterminated string always runs into the end of the file.
        RonError::Eof | RonError::ExpectedStringEnd | RonError::UnclosedBlockComment => true,
        RonError::TrailingCharacters | RonError::MissingStructField { .. } => false,
        _ => at_end,
    };
    let (dutch, (line, column)) = if truncated {
        (TRUNCATED.to_owned(), end)
    } else {
        (dutch_message(&err.code), skip_whitespace(text, (err.span.start.line, err.span.start.col)))
    };
    let message = format!("{dutch} (technisch: {})", err.code);
    Problem::error("", message).at(Some(line.max(1)), Some(column.max(1)))
}

/// The parser reports some errors just before the whitespace that precedes the offending value; point at the value.
fn skip_whitespace(text: &str, (line, column): (usize, usize)) -> (usize, usize) {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return (line, column);
    };
    let mut col = column;
    for c in line_text.chars().skip(column.saturating_sub(1)) {
        if c == ' ' || c == '\t' {
            col += 1;
        } else {
            return (line, col);
        }
    }
    (line, column)
}

/// `(line, column)` just after the last non-whitespace character, counted as ron counts (1-based, in chars).
fn end_of_content(text: &str) -> (usize, usize) {
    let trimmed = text.trim_end();
    let line = 1 + trimmed.bytes().filter(|&b| b == b'\n').count();
    let column = 1 + trimmed.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}

const NOT_A_PROJECT: &str = "dit is geen projectbestand van Veerkrachtplanner";

/// The Dutch text for one RON error kind (without position).
pub(crate) fn dutch_message(code: &RonError) -> String {
    match code {
        RonError::Eof => "het bestand is afgebroken (onvolledig): het houdt op midden in het project".to_owned(),
        RonError::ExpectedFloat => "hier wordt een getal verwacht, bijvoorbeeld 50.0".to_owned(),
        RonError::ExpectedInteger => "hier wordt een geheel getal verwacht, bijvoorbeeld 60".to_owned(),
        RonError::IntegerOutOfBounds => "dit getal past hier niet (te groot, te klein of negatief)".to_owned(),
        RonError::FloatUnderscore | RonError::UnderscoreAtBeginning | RonError::InvalidIntegerDigit { .. } => {
            "dit is geen geldig getal".to_owned()
        }
        RonError::ExpectedString => {
            "hier wordt tekst tussen aanhalingstekens verwacht, bijvoorbeeld \"Stress\"".to_owned()
        }
        RonError::ExpectedStringEnd => "een tekst is niet afgesloten met een aanhalingsteken (\")".to_owned(),
        RonError::InvalidEscape(_) => "een tekst bevat een ongeldige \\-code".to_owned(),
        RonError::ExpectedBoolean => "hier wordt true of false verwacht".to_owned(),
        RonError::ExpectedComma => "hier ontbreekt een komma".to_owned(),
        RonError::ExpectedArray => "hier wordt een lijst verwacht die begint met '['".to_owned(),
        RonError::ExpectedArrayEnd => "een lijst is niet afgesloten met ']'".to_owned(),
        RonError::ExpectedMap => "hier wordt een tabel verwacht die begint met '{'".to_owned(),
        RonError::ExpectedMapColon => "hier wordt een dubbele punt ':' verwacht".to_owned(),
        RonError::ExpectedMapEnd => "een tabel is niet afgesloten met '}'".to_owned(),
        RonError::ExpectedStructLike => "hier wordt '(' verwacht".to_owned(),
        RonError::ExpectedNamedStructLike(name) => {
            if name.is_empty() {
                "hier wordt '(' verwacht".to_owned()
            } else if *name == "Project" {
                format!("{NOT_A_PROJECT}: het moet beginnen met '('")
            } else {
                format!("hier wordt '(' verwacht voor {}", dutch_type(name))
            }
        }
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => "hier wordt ')' verwacht".to_owned(),
        RonError::ExpectedDifferentStructName { expected: "Project", found } => {
            format!("{NOT_A_PROJECT}: het begint met '{found}' in plaats van met '('")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            format!("hier wordt {} verwacht, maar er staat '{found}'", dutch_type(expected))
        }
        RonError::ExpectedOption => "hier wordt Some(…) of None verwacht".to_owned(),
        RonError::ExpectedIdentifier => {
            "hier wordt een naam verwacht (een veldnaam of een woord zoals sterk)".to_owned()
        }
        RonError::SuggestRawIdentifier(found) | RonError::InvalidIdentifier(found) => {
            format!("'{found}' is hier geen geldige waarde; hier hoort een woord, zoals sterk of gemiddeld")
        }
        RonError::UnexpectedChar(c) => format!("onverwacht teken '{c}'"),
        RonError::TrailingCharacters => "na het einde van het project staat nog tekst".to_owned(),
        RonError::UnclosedBlockComment => "een commentaar '/*' is niet afgesloten met '*/'".to_owned(),
        RonError::Utf8Error(_) => "het bestand bevat ongeldige tekens (geen UTF-8)".to_owned(),
        RonError::ExceededRecursionLimit => "het bestand is te diep genest".to_owned(),
        RonError::NoSuchEnumVariant { expected, found, outer } => format!(
            "onbekende waarde '{found}'{}; toegestaan: {}",
            outer.as_deref().map(|o| format!(" voor {}", dutch_type(o))).unwrap_or_default(),
            expected.join(", ")
        ),
        RonError::NoSuchStructField { expected, found, outer } => format!(
            "onbekend veld '{found}'{}; bekende velden: {}",
            outer.as_deref().map(|o| format!(" in {}", dutch_type(o))).unwrap_or_default(),
            expected.join(", ")
        ),
        RonError::MissingStructField { field, outer } => format!(
            "het veld '{field}' ontbreekt{}",
            outer.as_deref().map(|o| format!(" in {}", dutch_type(o))).unwrap_or_default()
        ),
        RonError::DuplicateStructField { field, outer } => format!(
            "het veld '{field}' staat er twee keer{}",
            outer.as_deref().map(|o| format!(" in {}", dutch_type(o))).unwrap_or_default()
        ),
        RonError::InvalidValueForType { expected, found } => {
            format!(
                "verkeerd soort waarde: verwacht {}, maar er staat {}",
                dutch_expected(expected),
                dutch_found(found)
            )
        }
        RonError::ExpectedDifferentLength { expected, found } => {
            format!("verkeerd aantal elementen: verwacht {expected}, maar er staan er {found}")
        }
        RonError::Message(_) => "ongeldige waarde".to_owned(),
        _ => "dit deel van het bestand is niet te lezen".to_owned(),
    }
}

/// Dutch name of a model type as it appears in serde's messages ("Link" → "verband").
pub(crate) fn dutch_type(name: &str) -> String {
    let dutch = match name {
        "Project" => "het project",
        "Meta" => "de projectgegevens (meta)",
        "Variable" => "een variabele",
        "Link" => "een verband",
        "Layout" => "de opmaak (layout)",
        "Position" => "een positie",
        "OutcomeIndex" => "de veerkrachtindex (outcome)",
        "OutcomeWeight" => "een uitkomstgewicht",
        "SimSettings" => "de simulatie-instellingen (settings)",
        "Scenario" => "een scenario",
        "Shock" => "een schok",
        "InputShape" => "een tijdsverloop (shape)",
        "Intervention" => "een interventie",
        "Effect" => "een effect",
        "Cost" => "de kosten",
        "Plan" => "een plan",
        "PlanItem" => "een planonderdeel",
        "ResourceKind" => "de soort hulpbron (kind)",
        "ResourceTag" => "de hulpbron (resource)",
        "Direction" => "de richting (direction)",
        "Polarity" => "de polariteit",
        "Strength" => "de sterkte",
        "Delay" => "de vertraging",
        "Confidence" => "de zekerheid",
        "SimMethod" => "de rekenmethode",
        "Setting" => "de setting",
        other => return format!("'{other}'"),
    };
    dutch.to_owned()
}

/// serde's "expected" text in Dutch ("f64" → "een getal").
fn dutch_expected(expected: &str) -> String {
    match expected {
        "f64" | "f32" => "een getal".to_owned(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "een geheel getal van 0 of meer".to_owned(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "een geheel getal".to_owned(),
        "a string" => "tekst tussen aanhalingstekens".to_owned(),
        "a boolean" => "true of false".to_owned(),
        "a sequence" => "een lijst [ … ]".to_owned(),
        "a map" => "een tabel { … }".to_owned(),
        "option" => "Some(…) of None".to_owned(),
        other => {
            if let Some(name) = other.strip_prefix("struct ").or_else(|| other.strip_prefix("enum ")) {
                dutch_type(name)
            } else {
                other.to_owned()
            }
        }
    }
}

/// ron's "found" text in Dutch ("the string \"x\"" → "de tekst \"x\"").
fn dutch_found(found: &str) -> String {
    let number = |s: &str| s.trim_matches('`').to_owned();
    if let Some(rest) = found.strip_prefix("the string ") {
        format!("de tekst {rest}")
    } else if let Some(rest) = found
        .strip_prefix("the unsigned integer ")
        .or_else(|| found.strip_prefix("the signed integer "))
        .or_else(|| found.strip_prefix("the floating point number "))
    {
        format!("het getal {}", number(rest))
    } else if let Some(rest) = found.strip_prefix("the boolean ") {
        number(rest)
    } else {
        match found {
            "a unit value" => "een losse naam of ()".to_owned(),
            "an optional value" => "Some(…) of None".to_owned(),
            "a sequence" => "een lijst".to_owned(),
            "a map" => "een tabel of structuur".to_owned(),
            other => other.to_owned(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_error_at_the_end_means_cut_off() {
        let text = "(format_version: 1,\n variables: [(id: \"a\", na";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert!(p.message.starts_with("het bestand is afgebroken (onvolledig)"), "{p}");
        assert_eq!((p.line, p.column), (Some(2), Some(26)));
        let text = "(format_version: 1, variables: [(id: \"a\" name: \"A\")])";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert!(p.message.starts_with("hier ontbreekt een komma"), "{p}");
        assert_eq!((p.line, p.column), (Some(1), Some(42)));
        // Points at the value, not at the space before it.
        let text = "(format_version: 1,\n variables: [(id: \"a\", name: \"A\", baseline:   \"hoog\")])";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert!(p.message.starts_with("hier wordt een getal verwacht"), "{p}");
        assert_eq!((p.line, p.column), (Some(2), Some(47)));
    }

    #[test]
    fn translates_types_and_values() {
        assert_eq!(dutch_expected("f64"), "een getal");
        assert_eq!(dutch_expected("struct Link"), "een verband");
        assert_eq!(dutch_found("the string \"hoog\""), "de tekst \"hoog\"");
        assert_eq!(dutch_found("the signed integer `-3`"), "het getal -3");
        assert_eq!(dutch_type("Onbekend"), "'Onbekend'");
    }
}
