//! A small lexer over RON text that knows strings and comments. Used to find the line of an item (`id: "x"`) and by
//! text-level migrations, which must not touch the inside of strings or comments.

use std::collections::HashMap;

/// A significant token (whitespace and comments are skipped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// `name` or `r#name`.
    Ident,
    /// A complete string literal, quotes included (`"a\"b"`, `r#"…"#`).
    Str,
    /// One of `( ) [ ] { } , :`.
    Punct(u8),
    /// Anything else: numbers, `-`, chars, unterminated strings.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokenKind,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
}

/// Splits `text` into significant tokens. Never fails: unterminated strings or comments run to the end.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let start_line = line;
        match b {
            b'\n' => {
                line += 1;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                // RON block comments nest.
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if bytes[i] == b'\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
                continue;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    if bytes.get(i) == Some(&b'\n') {
                        line += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(bytes.len());
                out.push(Token { kind: TokenKind::Str, start, end: i, line: start_line });
                continue;
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) && raw_string_start(bytes, i).is_some() => {
                let (hashes, body) = raw_string_start(bytes, i).unwrap_or((0, i + 2));
                let mut closing = vec![b'"'];
                closing.extend(std::iter::repeat_n(b'#', hashes));
                i = body;
                while i < bytes.len() && !bytes[i..].starts_with(&closing) {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i = (i + closing.len()).min(bytes.len());
                out.push(Token { kind: TokenKind::Str, start, end: i, line: start_line });
                continue;
            }
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' => {
                i += 1;
                out.push(Token { kind: TokenKind::Punct(b), start, end: i, line: start_line });
                continue;
            }
            _ => {}
        }
        if b.is_ascii_alphabetic() || b == b'_' {
            if b == b'r' && bytes.get(i + 1) == Some(&b'#') {
                i += 2;
            }
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push(Token { kind: TokenKind::Ident, start, end: i, line: start_line });
        } else {
            i += 1;
            while i < bytes.len() && !is_boundary(bytes[i]) {
                i += 1;
            }
            // Keep `i` on a char boundary (multi-byte UTF-8 never contains boundary bytes, so this holds).
            out.push(Token { kind: TokenKind::Other, start, end: i, line: start_line });
        }
    }
    out
}

fn is_boundary(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b'"' | b'/')
}

/// For `r"…"` / `r#"…"#` at `i`: the number of `#` and the index just after the opening quote.
fn raw_string_start(bytes: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut j = i + 1;
    let mut hashes = 0;
    while bytes.get(j) == Some(&b'#') {
        hashes += 1;
        j += 1;
    }
    (bytes.get(j) == Some(&b'"')).then_some((hashes, j + 1))
}

/// The contents of a plain string token without quotes and with the common escapes undone; `None` for raw strings
/// with unusual escapes is never needed here, so raw strings are returned as written.
pub(crate) fn string_value(text: &str, token: &Token) -> String {
    let raw = &text[token.start..token.end];
    if raw.starts_with('r') {
        let inner = raw.trim_start_matches('r').trim_matches('#');
        return inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(inner).to_owned();
    }
    let inner = raw.strip_prefix('"').map_or(raw, |s| s.strip_suffix('"').unwrap_or(s));
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Where string-valued fields occur: `(field, value)` → the lines, in file order. Map keys (`"x": …` inside `{}`)
/// are recorded under the field name `""`.
pub(crate) struct FieldIndex {
    lines: HashMap<(String, String), Vec<usize>>,
}

impl FieldIndex {
    pub(crate) fn new(text: &str) -> Self {
        let toks = tokens(text);
        let mut lines: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (k, tok) in toks.iter().enumerate() {
            if tok.kind != TokenKind::Str {
                continue;
            }
            let prev = k.checked_sub(1).map(|p| toks[p]);
            let next = toks.get(k + 1);
            // `field: "value"`
            if let (Some(colon), Some(field)) = (prev, k.checked_sub(2).map(|p| toks[p]))
                && colon.kind == TokenKind::Punct(b':')
                && field.kind == TokenKind::Ident
            {
                let name = text[field.start..field.end].trim_start_matches("r#").to_owned();
                lines.entry((name, string_value(text, tok))).or_default().push(tok.line);
                continue;
            }
            // `{ "key": …` or `, "key": …`
            if next.is_some_and(|n| n.kind == TokenKind::Punct(b':'))
                && prev.is_some_and(|p| matches!(p.kind, TokenKind::Punct(b'{' | b',')))
            {
                lines.entry((String::new(), string_value(text, tok))).or_default().push(tok.line);
            }
        }
        Self { lines }
    }

    /// Line of the `occurrence`-th (0-based) `field: "value"`; falls back to the last one seen.
    pub(crate) fn line(&self, field: &str, value: &str, occurrence: usize) -> Option<usize> {
        let found = self.lines.get(&(field.to_owned(), value.to_owned()))?;
        found.get(occurrence).or_else(|| found.last()).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_strings_and_comments() {
        let text = "( // id: \"nee\"\n  id: \"ja\", /* id: \"ook niet\" \n */ name: \"a, b: (c)\",\n  id: \"ja\" )";
        let index = FieldIndex::new(text);
        assert_eq!(index.line("id", "ja", 0), Some(2));
        assert_eq!(index.line("id", "ja", 1), Some(4));
        assert_eq!(index.line("id", "nee", 0), None);
        assert_eq!(index.line("id", "ook niet", 0), None);
        assert_eq!(index.line("name", "a, b: (c)", 0), Some(3));
    }

    #[test]
    fn records_map_keys_and_escapes() {
        let text = "(positions: {\n\"stress\": (x: 1.0, y: 2.0),\n\"a\\\"b\": (x: 0.0, y: 0.0)})";
        let index = FieldIndex::new(text);
        assert_eq!(index.line("", "stress", 0), Some(2));
        assert_eq!(index.line("", "a\"b", 0), Some(3));
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for text in ["\"abc", "/* x", "r#\"abc", "id: ", "é\"", "r#", "\\"] {
            let _ = tokens(text);
            let _ = FieldIndex::new(text);
        }
    }
}
