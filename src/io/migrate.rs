//! Migration of older project files to [`FORMAT_VERSION`].
//!
//! # How it works
//! A migration step turns the *text* of a version-`n` file into the text of a version-`n + 1` file. Steps run one
//! after the other until the current version is reached; after each step the mechanism itself rewrites the
//! top-level `format_version` field. Steps work on the text, not on `ron::Value`, because `ron::Value` forgets enum
//! variant names (`custom(0.4)` and `months(6.0)` would both come back as bare numbers). Text steps use the small
//! lexer of `ron_text`, so they never touch the inside of strings or comments, and they keep line numbers intact
//! so that later error messages still point at the right line of the user's file.
//!
//! # Adding a version
//! When the format changes: raise `model::FORMAT_VERSION` to `n + 1`, add a function `vN_to_vN1(&str) ->
//! Result<String, MigrationFailure>` below, list it in [`STEPS`] with `from: n`, and add a test with a real version-`n`
//! example. Never change an existing step.
//!
//! # The example step (version 0 → 1)
//! Version 0 is hypothetical (no version-0 file was ever shipped); it documents the mechanism and keeps it tested.
//! In version 0 a link's polarity was written as `sign: "+"` or `sign: "-"`; version 1 writes `polarity: positive`
//! / `polarity: negative`.
//!
//! # Version 1 → 2
//! Version 2 adds the optional top-level `lineage` (see `model::Lineage`); nothing else changes.

use super::ron_text::{self, Token, TokenKind};
use super::{MigrationFailure, Problem, ProblemKind};
use crate::model::FORMAT_VERSION;

/// One step from version `from` to `from + 1`.
struct Step {
    from: u64,
    apply: fn(&str) -> Result<String, MigrationFailure>,
}

const STEPS: &[Step] = &[Step { from: 0, apply: v0_to_v1 }, Step { from: 1, apply: v1_to_v2 }];

/// Brings `text` (a file of version `from_version`, which must be older than [`FORMAT_VERSION`]) up to the current
/// version. Errors are problems without line numbers (boxed: a problem is large).
pub(crate) fn migrate(text: &str, from_version: u64) -> Result<String, Box<Problem>> {
    let mut text = text.to_owned();
    let mut version = from_version;
    while version < u64::from(FORMAT_VERSION) {
        let Some(step) = STEPS.iter().find(|s| s.from == version) else {
            return Err(Box::new(Problem::error(ProblemKind::CannotMigrate { version, current: FORMAT_VERSION })));
        };
        let failed = |why| Box::new(Problem::error(ProblemKind::MigrationFailed { from: version, why }));
        text = (step.apply)(&text).map_err(failed)?;
        version += 1;
        let lost = || Box::new(Problem::error(ProblemKind::MigrationLostVersion));
        text = set_format_version(&text, version).ok_or_else(lost)?;
    }
    Ok(text)
}

/// Version 0 → 1: `sign: "+"` / `sign: "-"` becomes `polarity: positive` / `polarity: negative`.
fn v0_to_v1(text: &str) -> Result<String, MigrationFailure> {
    rewrite_fields(text, "sign", None, |value| match value {
        "\"+\"" => Ok("polarity: positive".to_owned()),
        "\"-\"" | "\"−\"" => Ok("polarity: negative".to_owned()),
        other => Err(MigrationFailure::UnknownSign { value: other.to_owned() }),
    })
}

/// Version 1 → 2: version 2 adds the optional `lineage` (revision id, parents, saved by). A version-1 file has none,
/// so its text stays as it is; it loads with an empty lineage and still compares and merges two-way.
#[allow(clippy::unnecessary_wraps)]
fn v1_to_v2(text: &str) -> Result<String, MigrationFailure> {
    Ok(text.to_owned())
}

/// Sets the top-level `format_version` to `version`; `None` when the text has no such field.
fn set_format_version(text: &str, version: u64) -> Option<String> {
    let mut seen = false;
    let out = rewrite_fields(text, "format_version", Some(1), |_| {
        seen = true;
        Ok::<_, std::convert::Infallible>(format!("format_version: {version}"))
    })
    .ok()?;
    seen.then_some(out)
}

/// Replaces every `field: value` (a field of a struct, whose value is one token) by `replace(value_text)`.
/// With `depth`, only fields at that nesting depth count (1 = the fields of the outermost struct).
fn rewrite_fields<E>(
    text: &str,
    field: &str,
    depth: Option<usize>,
    mut replace: impl FnMut(&str) -> Result<String, E>,
) -> Result<String, E> {
    let toks: Vec<Token> = ron_text::tokens(text);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut level = 0usize;
    for (k, tok) in toks.iter().enumerate() {
        match tok.kind {
            TokenKind::Punct(b'(' | b'[' | b'{') => level += 1,
            TokenKind::Punct(b')' | b']' | b'}') => level = level.saturating_sub(1),
            TokenKind::Ident => {
                let is_field = &text[tok.start..tok.end] == field
                    && k.checked_sub(1).is_some_and(|p| matches!(toks[p].kind, TokenKind::Punct(b'(' | b',')))
                    && toks.get(k + 1).is_some_and(|c| c.kind == TokenKind::Punct(b':'))
                    && depth.is_none_or(|d| d == level);
                if let (true, Some(value)) = (is_field, toks.get(k + 2))
                    && tok.start >= copied
                {
                    let replacement = replace(&text[value.start..value.end])?;
                    out.push_str(&text[copied..tok.start]);
                    out.push_str(&replacement);
                    copied = value.end;
                }
            }
            _ => {}
        }
    }
    out.push_str(&text[copied..]);
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const V0: &str = r#"(
    format_version: 0,
    variables: [
        (id: "stress", name: "Stress"),
        (id: "welbevinden", name: "Welbevinden"),
    ],
    links: [
        // sign: "?" in a comment stays as it is
        (id: "stress__welbevinden", from: "stress", to: "welbevinden", sign: "-", source: "sign: \"+\""),
        (id: "welbevinden__stress", from: "welbevinden", to: "stress", sign: "+"),
    ],
)"#;

    #[test]
    fn version_0_links_get_a_polarity() {
        let text = migrate(V0, 0).unwrap();
        let project: crate::model::Project = ron::from_str(&text).unwrap();
        assert_eq!(project.format_version, FORMAT_VERSION);
        assert_eq!(project.links[0].polarity, crate::model::Polarity::Negative);
        assert_eq!(project.links[1].polarity, crate::model::Polarity::Positive);
        // Strings and comments are untouched; line numbers are kept.
        assert_eq!(project.links[0].source, "sign: \"+\"");
        assert!(text.contains("// sign: \"?\" in a comment"));
        assert_eq!(text.lines().count(), V0.lines().count());
    }

    #[test]
    fn version_1_loads_without_lineage() {
        let v1 = "(\n    format_version: 1,\n    variables: [(id: \"a\", name: \"A\")],\n)";
        let text = migrate(v1, 1).unwrap();
        assert!(text.contains("format_version: 2"));
        let project: crate::model::Project = ron::from_str(&text).unwrap();
        assert!(project.lineage.is_empty());
        assert_eq!(project.variables.len(), 1);
    }

    #[test]
    fn bad_sign_is_reported_with_its_value() {
        let err = migrate(&V0.replace("sign: \"+\")", "sign: \"x\")"), 0).unwrap_err();
        let why = MigrationFailure::UnknownSign { value: "\"x\"".to_owned() };
        assert_eq!(err.kind, ProblemKind::MigrationFailed { from: 0, why });
    }

    #[test]
    fn only_the_top_level_version_is_rewritten() {
        let text = "(format_version: 0, meta: (notes: \"x\"), plans: [(format_version: 0)])";
        let out = set_format_version(text, 7).unwrap();
        assert_eq!(out, "(format_version: 7, meta: (notes: \"x\"), plans: [(format_version: 0)])");
    }
}
