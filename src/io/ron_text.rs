//! A small lexer over RON text that knows strings and comments. Used to find the line of an item (`id: "x"`) and by
//! text-level migrations, which must not touch the inside of strings or comments.

use std::collections::{HashMap, HashSet};

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
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t));
    out
}

/// Like [`tokens`], without collecting them.
pub(crate) fn for_each_token(text: &str, mut emit: impl FnMut(Token)) {
    let bytes = text.as_bytes();
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
                emit(Token { kind: TokenKind::Str, start, end: i, line: start_line });
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
                emit(Token { kind: TokenKind::Str, start, end: i, line: start_line });
                continue;
            }
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' | b':' => {
                i += 1;
                emit(Token { kind: TokenKind::Punct(b), start, end: i, line: start_line });
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
            emit(Token { kind: TokenKind::Ident, start, end: i, line: start_line });
        } else {
            i += 1;
            while i < bytes.len() && !is_boundary(bytes[i]) {
                i += 1;
            }
            // Keep `i` on a char boundary (multi-byte UTF-8 never contains boundary bytes, so this holds).
            emit(Token { kind: TokenKind::Other, start, end: i, line: start_line });
        }
    }
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

/// Every field name used in `text` (`name:` right after `(` or `,`) with the line of each use and the path of the
/// struct it is in, in file order.
///
/// The path names the fields whose values enclose the struct, joined by `/`: `""` for the outermost struct,
/// `"variables"` for a variable (the items of a list or the values of a map have the path of the list or map),
/// `"plans/items/effects"` for an effect of a plan item. `Some(…)` and a struct name before `(` add nothing, so
/// `cost: Some((…))` and `cost: Cost(…)` are both at `…/cost`.
pub(crate) fn field_paths(text: &str) -> Vec<FieldUse<'_>> {
    // Per open bracket: the path of the struct whose fields are directly inside it (`None`: not a struct, e.g. a
    // list, a map, or the `(` of `Some(`), and the last field seen directly inside it.
    struct Open {
        path: Option<String>,
        field: Option<String>,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut out = Vec::new();
    let (mut before, mut candidate): (Option<Token>, Option<Token>) = (None, None);
    // The struct (innermost open struct) and the field whose value a new `(` belongs to.
    let value_path = |open: &[Open]| -> String {
        match open.iter().rev().find(|o| o.path.is_some()) {
            Some(Open { path: Some(path), field }) => {
                let field = field.as_deref().unwrap_or("");
                if path.is_empty() { field.to_owned() } else { format!("{path}/{field}") }
            }
            _ => String::new(),
        }
    };
    for_each_token(text, |tok| {
        if let Some(c) = candidate.take()
            && tok.kind == TokenKind::Punct(b':')
        {
            let name = text[c.start..c.end].trim_start_matches("r#");
            if let Some(top) = open.last_mut()
                && let Some(path) = &top.path
            {
                out.push(FieldUse { path: path.clone(), name, line: c.line });
                top.field = Some(name.to_owned());
            }
        }
        match tok.kind {
            TokenKind::Punct(b'(') => {
                let some = before.is_some_and(|b| b.kind == TokenKind::Ident && &text[b.start..b.end] == "Some");
                let path = (!some).then(|| if open.is_empty() { String::new() } else { value_path(&open) });
                open.push(Open { path, field: None });
            }
            TokenKind::Punct(b'[' | b'{') => open.push(Open { path: None, field: None }),
            TokenKind::Punct(b')' | b']' | b'}') => {
                open.pop();
            }
            _ => {}
        }
        if tok.kind == TokenKind::Ident && before.is_some_and(|b| matches!(b.kind, TokenKind::Punct(b'(' | b','))) {
            candidate = Some(tok);
        }
        before = Some(tok);
    });
    out
}

/// One use of a field name: the path of its struct (see [`field_paths`]), the name and its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldUse<'a> {
    pub path: String,
    pub name: &'a str,
    pub line: usize,
}

/// Where some string-valued fields occur: `(field, value)` → the lines, in file order. Map keys (`"x": …` inside
/// `{}`) count under the field name `""`. Only the wanted pairs are recorded, in one pass without a token list.
pub(crate) struct FieldIndex {
    lines: HashMap<(String, String), Vec<usize>>,
}

impl FieldIndex {
    pub(crate) fn new(text: &str, wanted: &HashSet<(&str, &str)>) -> Self {
        let fields: HashSet<&str> = wanted.iter().map(|(f, _)| *f).collect();
        let mut lines: HashMap<(String, String), Vec<usize>> = HashMap::new();
        let mut record = |field: &str, tok: &Token| {
            if !fields.contains(field) {
                return;
            }
            let raw = &text[tok.start..tok.end];
            let plain = raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"') && !raw.contains('\\');
            let value =
                if plain { std::borrow::Cow::Borrowed(&raw[1..raw.len() - 1]) } else { string_value(text, tok).into() };
            if wanted.contains(&(field, value.as_ref())) {
                lines.entry((field.to_owned(), value.into_owned())).or_default().push(tok.line);
            }
        };
        let (mut prev2, mut prev): (Option<Token>, Option<Token>) = (None, None);
        let mut pending_key: Option<Token> = None;
        for_each_token(text, |tok| {
            if let Some(key) = pending_key.take()
                && tok.kind == TokenKind::Punct(b':')
            {
                record("", &key);
            }
            if tok.kind == TokenKind::Str {
                if let (Some(field), Some(colon)) = (prev2, prev)
                    && colon.kind == TokenKind::Punct(b':')
                    && field.kind == TokenKind::Ident
                {
                    // `field: "value"`
                    record(text[field.start..field.end].trim_start_matches("r#"), &tok);
                } else if prev.is_some_and(|p| matches!(p.kind, TokenKind::Punct(b'{' | b','))) {
                    // maybe `{ "key": …` or `, "key": …`
                    pending_key = Some(tok);
                }
            }
            prev2 = prev;
            prev = Some(tok);
        });
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
        let wanted = HashSet::from([("id", "ja"), ("id", "nee"), ("id", "ook niet"), ("name", "a, b: (c)")]);
        let index = FieldIndex::new(text, &wanted);
        assert_eq!(index.line("id", "ja", 0), Some(2));
        assert_eq!(index.line("id", "ja", 1), Some(4));
        assert_eq!(index.line("id", "nee", 0), None);
        assert_eq!(index.line("id", "ook niet", 0), None);
        assert_eq!(index.line("name", "a, b: (c)", 0), Some(3));
    }

    #[test]
    fn records_map_keys_and_escapes() {
        let text = "(positions: {\n\"stress\": (x: 1.0, y: 2.0),\n\"a\\\"b\": (x: 0.0, y: 0.0)})";
        let wanted = HashSet::from([("", "stress"), ("", "a\"b")]);
        let index = FieldIndex::new(text, &wanted);
        assert_eq!(index.line("", "stress", 0), Some(2));
        assert_eq!(index.line("", "a\"b", 0), Some(3));
    }

    #[test]
    fn finds_field_names_only_in_field_position_with_the_path_of_their_struct() {
        let text = "(a: x, b: (c: 1, d: e(2)),\n // f: 1\n g: [(h: \"i: j\")], k: {\"l\": (m: 1)},\n \
                    n: Some((o: Some(1), p: [Q(r: 2)])), s: 3)";
        let uses = field_paths(text);
        let names: Vec<(&str, &str)> = uses.iter().map(|u| (u.path.as_str(), u.name)).collect();
        assert_eq!(
            names,
            [
                ("", "a"),
                ("", "b"),
                ("b", "c"),
                ("b", "d"),
                ("", "g"),
                ("g", "h"),
                ("", "k"),
                ("k", "m"),
                ("", "n"),
                ("n", "o"),
                ("n", "p"),
                ("n/p", "r"),
                ("", "s"),
            ]
        );
        assert_eq!(uses[4], FieldUse { path: String::new(), name: "g", line: 3 });
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for text in ["\"abc", "/* x", "r#\"abc", "id: ", "é\"", "r#", "\\"] {
            let _ = tokens(text);
            let _ = FieldIndex::new(text, &HashSet::from([("id", "x"), ("", "x")]));
        }
    }
}
