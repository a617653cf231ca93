//! RON syntax and type errors as problems with line and column (worded by `text::syntax`: "Regel 12, kolom 5:
//! het bestand is afgebroken").

use super::{Problem, ProblemKind};
use ron::error::{Error as RonError, SpannedError};

/// Turns a RON error on `text` into a [`Problem`] at the error's line and column. An error at the very end of the
/// text means the file was cut off ([`ProblemKind::Truncated`]), whatever the parser expected there. The English
/// text of the parser is kept as the problem's detail for support questions (`--verbose`, the app's details).
pub(crate) fn problem_from_ron(err: &SpannedError, text: &str) -> Problem {
    let end = end_of_content(text);
    let at_end = (err.span.end.line, err.span.end.col) >= end;
    let truncated = match err.code {
        // An unterminated string always runs into the end of the file.
        RonError::Eof | RonError::ExpectedStringEnd | RonError::UnclosedBlockComment => true,
        RonError::TrailingCharacters | RonError::MissingStructField { .. } => false,
        _ => at_end,
    };
    let (kind, (line, column)) = if truncated {
        (ProblemKind::Truncated, end)
    } else {
        (ProblemKind::Syntax(err.code.clone()), skip_whitespace(text, (err.span.start.line, err.span.start.col)))
    };
    Problem::error(kind).at(Some(line.max(1)), Some(column.max(1))).with_detail(err.code.to_string())
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_error_at_the_end_means_cut_off() {
        let text = "(format_version: 1,\n variables: [(id: \"a\", na";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert_eq!(p.kind, ProblemKind::Truncated);
        assert_eq!((p.line, p.column), (Some(2), Some(26)));
        let text = "(format_version: 1, variables: [(id: \"a\" name: \"A\")])";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert_eq!(p.kind, ProblemKind::Syntax(RonError::ExpectedComma));
        assert_eq!((p.line, p.column), (Some(1), Some(42)));
        // Points at the value, not at the space before it.
        let text = "(format_version: 1,\n variables: [(id: \"a\", name: \"A\", baseline:   \"hoog\")])";
        let err = ron::from_str::<crate::model::Project>(text).unwrap_err();
        let p = problem_from_ron(&err, text);
        assert_eq!(p.kind, ProblemKind::Syntax(RonError::ExpectedFloat));
        assert_eq!((p.line, p.column), (Some(2), Some(47)));
    }
}
