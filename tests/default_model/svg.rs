//! The SVG diagram of the default project.

use crate::canonical::{default_path, load_default};
use crate::reference::{LINKS, VARIABLES};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use veerkrachtplanner::export::causal_diagram_svg;

/// The default project's diagram, rendered once for all tests (routing is slow in debug builds).
fn default_svg() -> &'static str {
    static SVG: OnceLock<String> = OnceLock::new();
    SVG.get_or_init(|| causal_diagram_svg(&load_default()))
}

/// Value of attribute `name` in one tag's text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// All tags (the text between `<` and `>`), in order.
fn tags(svg: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("unclosed '<'");
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}

fn tags_with_class<'a>(svg: &'a str, element: &str, class: &str) -> Vec<&'a str> {
    tags(svg)
        .into_iter()
        .filter(|t| t.split_whitespace().next() == Some(element) && attr(t, "class") == Some(class))
        .collect()
}

#[test]
fn one_box_per_variable() {
    let svg = default_svg();
    let boxes = tags_with_class(svg, "rect", "variable");
    assert_eq!(boxes.len(), VARIABLES.len());
    for (id, _, _) in VARIABLES {
        assert_eq!(boxes.iter().filter(|t| attr(t, "data-id") == Some(id)).count(), 1, "{id}");
    }
}

#[test]
fn one_path_per_link_with_its_sign() {
    let svg = default_svg();
    let paths = tags_with_class(svg, "path", "link");
    assert_eq!(paths.len(), LINKS.len());
    for (from, to, sign, _) in LINKS {
        let found: Vec<_> =
            paths.iter().filter(|t| attr(t, "data-from") == Some(from) && attr(t, "data-to") == Some(to)).collect();
        assert_eq!(found.len(), 1, "{from} → {to}");
        let symbol = if sign == '+' { "+" } else { "−" };
        assert_eq!(attr(found[0], "data-polarity"), Some(symbol), "{from} → {to}");
    }
    // Inferred links are dashed, stated ones are not.
    for (from, to, _, inferred) in LINKS {
        let t = paths.iter().find(|t| attr(t, "data-from") == Some(from) && attr(t, "data-to") == Some(to)).unwrap();
        assert_eq!(attr(t, "stroke-dasharray").is_some(), inferred, "{from} → {to}");
    }
}

#[test]
fn opposite_links_are_distinct_curves() {
    let svg = default_svg();
    let paths = tags_with_class(svg, "path", "link");
    let d = |from: &str, to: &str| {
        let t = paths.iter().find(|t| attr(t, "data-from") == Some(from) && attr(t, "data-to") == Some(to)).unwrap();
        attr(t, "d").unwrap().to_owned()
    };
    for (a, b) in [("stress", "sociaal_netwerk"), ("sociaal_netwerk", "maatschappelijke_participatie")] {
        // The control points ("Q cx cy") of the two directions differ.
        let q = |s: String| s.split(" Q ").nth(1).unwrap().split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        assert_ne!(q(d(a, b)), q(d(b, a)), "{a} ⇄ {b}");
    }
}

#[test]
fn svg_is_well_formed() {
    let svg = default_svg();
    assert!(svg.starts_with("<?xml"));
    let mut stack: Vec<String> = Vec::new();
    let mut opened: BTreeMap<String, usize> = BTreeMap::new();
    for tag in tags(svg) {
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().unwrap_or_else(|| panic!("closing </{name}> without opening"));
            assert_eq!(top, name.trim(), "mismatched closing tag");
        } else {
            let name = tag.split_whitespace().next().unwrap().trim_end_matches('/').to_owned();
            *opened.entry(name.clone()).or_default() += 1;
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
    }
    assert!(stack.is_empty(), "unclosed tags: {stack:?}");
    assert_eq!(opened.get("svg"), Some(&1));
    // No raw '&' except entities.
    for (i, _) in svg.match_indices('&') {
        let rest = &svg[i..];
        assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| rest.starts_with(e)));
    }
}

#[test]
fn boxes_lie_inside_the_picture() {
    let svg = default_svg();
    let root = tags(svg).into_iter().find(|t| t.starts_with("svg ")).unwrap();
    let width: f64 = attr(root, "width").unwrap().parse().unwrap();
    let height: f64 = attr(root, "height").unwrap().parse().unwrap();
    for t in tags_with_class(svg, "rect", "variable") {
        let num = |n: &str| attr(t, n).unwrap().parse::<f64>().unwrap();
        let (x, y, w, h) = (num("x"), num("y"), num("width"), num("height"));
        assert!(x >= 0.0 && y >= 0.0 && x + w <= width && y + h <= height, "{t}");
        assert_eq!((w, h), (160.0, 56.0));
    }
}

#[test]
fn deterministic() {
    let p = load_default();
    assert_eq!(causal_diagram_svg(&p), causal_diagram_svg(&p.clone()));
}

#[test]
fn cli_writes_the_svg() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("model.svg");
    let args = vec!["export-svg".to_owned(), default_path().display().to_string(), out.display().to_string()];
    assert_eq!(veerkrachtplanner::cli::launch(&args), veerkrachtplanner::cli::Launch::Exit(0));
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, default_svg());
    let missing = vec!["export-svg".to_owned(), "bestaat-niet.veerkracht".to_owned(), out.display().to_string()];
    assert_eq!(veerkrachtplanner::cli::launch(&missing), veerkrachtplanner::cli::Launch::Exit(2));
    assert_eq!(veerkrachtplanner::cli::launch(&["export-svg".to_owned()]), veerkrachtplanner::cli::Launch::Exit(2));
}
