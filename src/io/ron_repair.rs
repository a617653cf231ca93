//! All syntax and type problems at once where the parser can go on: a wrong kind of value (text where a number
//! belongs, an unknown word, a number too large for its field) is reported, replaced by a harmless value of the
//! right kind, and the text is read again, up to [`MAX_REPAIRS`] times. When the repaired text reads as a project,
//! its content problems are reported too (except on the lines of the repaired values). Errors of structure (a
//! missing comma or bracket, a cut-off file) end the search: after them the parser cannot know what was meant.

use super::Problem;
use super::ron_error::problem_from_ron;
use ron::error::{Error as RonError, SpannedError};
use serde::de::DeserializeOwned;

/// At most this many values are repaired (each repair reads the whole text again)…
pub(crate) const MAX_REPAIRS: usize = 20;
/// …and at most this many bytes are read again in all, so that a large damaged file is not read twenty times.
const MAX_REREAD_BYTES: usize = 40_000_000;

/// The problems of `first` (the parser's error on `text`) and of every later value error found after repairing the
/// earlier ones, in text order; with the value read from the repaired text when that succeeds.
pub(crate) fn problems_with_repairs<T: DeserializeOwned>(
    first: &SpannedError,
    text: &str,
) -> (Vec<Problem>, Option<(T, String)>) {
    let mut problems = vec![problem_from_ron(first, text)];
    let Some(mut repaired) = repair(first, text) else { return (problems, None) };
    for _ in 0..(MAX_REREAD_BYTES / text.len().max(1)).clamp(1, MAX_REPAIRS) {
        match ron::from_str::<T>(&repaired) {
            Ok(value) => return (problems, Some((value, repaired))),
            Err(err) => {
                problems.push(problem_from_ron(&err, &repaired));
                match repair(&err, &repaired) {
                    Some(next) => repaired = next,
                    None => break,
                }
            }
        }
    }
    (problems, None)
}

/// `text` with the value at the error replaced by one of the right kind, or `None` when the error is not about a
/// single value (or the value cannot be found).
fn repair(err: &SpannedError, text: &str) -> Option<String> {
    let placeholder = match &err.code {
        RonError::ExpectedFloat | RonError::FloatUnderscore => "1.0".to_owned(),
        RonError::ExpectedInteger
        | RonError::IntegerOutOfBounds
        | RonError::InvalidIntegerDigit { .. }
        | RonError::UnderscoreAtBeginning => "1".to_owned(),
        RonError::ExpectedString | RonError::InvalidEscape(_) => "\"x\"".to_owned(),
        RonError::ExpectedBoolean => "false".to_owned(),
        RonError::NoSuchEnumVariant { expected, .. } => (*expected.first()?).to_owned(),
        RonError::InvalidValueForType { expected, .. } => match expected.as_str() {
            "f64" | "f32" => "1.0".to_owned(),
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => "1".to_owned(),
            "a string" => "\"x\"".to_owned(),
            "a boolean" => "false".to_owned(),
            _ => return None,
        },
        _ => return None,
    };
    let start = offset(text, err.span.start.line, err.span.start.col)?;
    let start = start + text[start..].len() - text[start..].trim_start_matches([' ', '\t']).len();
    let len = token_len(&text[start..]);
    if len == 0 {
        return None;
    }
    let mut out = String::with_capacity(text.len() + placeholder.len());
    out.push_str(&text[..start]);
    out.push_str(&placeholder);
    out.push_str(&text[start + len..]);
    (out != text).then_some(out)
}

/// Byte offset of 1-based `line` and `column` (in characters), as ron counts them.
fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)? };
    let rest = &text[line_start..];
    let in_line = rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
    Some(line_start + in_line)
}

/// Length in bytes of the value at the start of `text`: a quoted text (with its escapes), or a word or number up to
/// the next separator.
fn token_len(text: &str) -> usize {
    if let Some(body) = text.strip_prefix('"') {
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => return i + 2,
                '\n' => return 0,
                _ => {}
            }
        }
        0
    } else {
        text.find(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | ']' | '}' | '(' | '[' | ':'))
            .unwrap_or(text.len())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::ProblemKind;
    use crate::model::Project;

    fn problems(text: &str) -> (Vec<Problem>, bool) {
        let err = ron::from_str::<Project>(text).unwrap_err();
        let (problems, repaired) = problems_with_repairs::<Project>(&err, text);
        (problems, repaired.is_some())
    }

    #[test]
    fn every_wrong_value_is_reported_and_the_rest_read() {
        let text = "(format_version: 2,\n variables: [(id: \"a\", name: \"A\", baseline: \"hoog\"),\n \
                    (id: \"b\", name: \"B\", adjustment_months: zes)],\n links: [(id: \"a__b\", from: \"a\", to: \"b\", \
                    polarity: positive, strength: heel_sterk)])";
        let (found, read) = problems(text);
        let lines: Vec<Option<usize>> = found.iter().map(|p| p.line).collect();
        assert_eq!(lines, [Some(2), Some(3), Some(4)], "{found:#?}");
        assert_eq!(found[0].kind, ProblemKind::Syntax(RonError::ExpectedFloat), "{:?}", found[0]);
        let ProblemKind::Syntax(RonError::NoSuchEnumVariant { found: word, .. }) = &found[2].kind else {
            panic!("{:?}", found[2])
        };
        assert_eq!(word, "heel_sterk");
        assert!(read, "after the repairs the text reads as a project");
    }

    #[test]
    fn a_structural_error_ends_the_search() {
        let text = "(format_version: 2, variables: [(id: \"a\" name: \"A\")])";
        let (found, read) = problems(text);
        assert_eq!(found.len(), 1);
        assert!(!read);
    }

    #[test]
    fn tokens_and_offsets() {
        assert_eq!(token_len("\"a\\\"b\", x"), 6);
        assert_eq!(token_len("heel_sterk)"), 10);
        assert_eq!(token_len("12.5,"), 4);
        assert_eq!(offset("ab\ncdé\nf", 2, 3), Some(5));
        assert_eq!(offset("ab\ncdé\nf", 3, 1), Some(8));
    }
}
