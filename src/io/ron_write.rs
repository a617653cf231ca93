//! The canonical file text of a project, written directly: the exact bytes that `ron`'s pretty serialiser gives with
//! the fixed configuration of the file format (4-space indentation, `name: value`, a trailing comma after every
//! item, no struct names), without cloning the project and without serde's per-value dispatch.
//!
//! The order is the normalised one (`Project::normalize`: every collection sorted by id, stable; the layout only
//! for existing variables; retired ids sorted without duplicates), taken from sorted references instead of a
//! sorted copy. Every struct is destructured without `..`, so a new field in the model fails to compile here until
//! it is written; the tests compare the bytes with the serde path for every field and every enum variant.

use crate::model::{Lineage, Project};
use std::fmt::Write as _;

mod items;

/// The canonical text of `project` with `format_version` set to `version`, ending with a newline.
pub(crate) fn project_text(project: &Project, version: u32) -> String {
    project_text_with_lineage(project, version, &project.lineage)
}

/// As [`project_text`], with `lineage` in place of the project's own (the text a revision id is made from, without
/// a copy of the project).
pub(crate) fn project_text_with_lineage(project: &Project, version: u32, lineage: &Lineage) -> String {
    let Project {
        format_version: _,
        lineage: _,
        meta,
        variables,
        links,
        layout,
        outcome,
        settings,
        scenarios,
        interventions,
        plans,
        retired_ids,
    } = project;
    let mut w = Writer { out: String::with_capacity(estimate(project)), depth: 0 };
    let variables = sorted(variables, |v| v.id.as_str());
    w.open('(');
    w.field("format_version");
    w.uint(u64::from(version));
    if !lineage.is_empty() {
        w.field("lineage");
        w.lineage(lineage);
    }
    w.field("meta");
    w.meta(meta);
    w.field("variables");
    w.seq(&variables, |w, v| w.variable(v));
    w.field("links");
    w.seq(&sorted(links, |l| l.id.as_str()), |w, l| w.link(l));
    w.field("layout");
    w.layout(layout, &variables);
    w.field("outcome");
    w.outcome(outcome);
    w.field("settings");
    w.settings(settings);
    w.field("scenarios");
    w.seq(&sorted(scenarios, |s| s.id.as_str()), |w, s| w.scenario(s));
    w.field("interventions");
    w.seq(&sorted(interventions, |i| i.id.as_str()), |w, i| w.intervention(i));
    w.field("plans");
    w.seq(&sorted(plans, |p| p.id.as_str()), |w, p| w.plan(p));
    w.field("retired_ids");
    let mut retired: Vec<&str> = retired_ids.iter().map(String::as_str).collect();
    retired.sort_unstable();
    retired.dedup();
    w.seq(&retired, |w, s| w.string(s));
    w.close(')');
    w.out.push('\n');
    w.out
}

/// A guess of the text's length (within a factor of about two), so that the buffer rarely grows.
fn estimate(p: &Project) -> usize {
    let texts: usize = p.variables.iter().map(|v| v.name.len() + v.description.len() + v.source.len()).sum::<usize>()
        + p.links.iter().map(|l| l.source.len()).sum::<usize>();
    4096 + texts + 330 * p.variables.len() + 320 * p.links.len() + 2048 * (p.interventions.len() + p.plans.len())
}

/// References to `items` in the order of a stable sort by `key` (the order of `Project::normalize`).
fn sorted<T>(items: &[T], key: impl Fn(&T) -> &str) -> Vec<&T> {
    let mut refs: Vec<&T> = items.iter().collect();
    if !refs.is_sorted_by(|a, b| key(a) <= key(b)) {
        refs.sort_by(|a, b| key(a).cmp(key(b)));
    }
    refs
}

struct Writer {
    out: String,
    /// The number of open brackets, as the serialiser counts them: the indentation of the next item.
    depth: usize,
}

impl Writer {
    fn indent(&mut self) {
        const SPACES: &str = "                                                                ";
        let width = 4 * self.depth;
        if width <= SPACES.len() {
            self.out.push_str(&SPACES[..width]);
        } else {
            self.out.extend(std::iter::repeat_n(' ', width));
        }
    }

    /// An opening bracket of a non-empty compound.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.out.push('\n');
        self.depth += 1;
    }

    /// The closing bracket of a non-empty compound, after its last item's comma.
    fn close(&mut self, bracket: char) {
        self.out.push_str(",\n");
        self.depth -= 1;
        self.indent();
        self.out.push(bracket);
    }

    /// `name: ` of a struct field (the comma before it is written here, from the second field on).
    fn field(&mut self, name: &str) {
        if !self.out.ends_with('\n') {
            self.out.push_str(",\n");
        }
        self.indent();
        self.out.push_str(name);
        self.out.push_str(": ");
    }

    /// Before the second and later items of a sequence or map.
    fn item(&mut self, first: bool) {
        if !first {
            self.out.push_str(",\n");
        }
        self.indent();
    }

    fn seq<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        if items.is_empty() {
            self.out.push_str("[]");
            return;
        }
        self.open('[');
        for (i, item) in items.iter().enumerate() {
            self.item(i == 0);
            each(self, item);
        }
        self.close(']');
    }

    /// A string literal with every character as `char::escape_debug` writes it (what the serialiser uses):
    /// printable ASCII except quotes and the backslash as it is, so only other characters need a look.
    fn string(&mut self, value: &str) {
        let plain = |b: &u8| matches!(b, b' '..=b'~') && !matches!(b, b'"' | b'\'' | b'\\');
        self.out.push('"');
        let mut rest = value;
        while let Some(special) = rest.bytes().position(|b| !plain(&b)) {
            self.out.push_str(&rest[..special]);
            let mut chars = rest[special..].chars();
            if let Some(c) = chars.next() {
                self.out.extend(c.escape_debug());
            }
            rest = chars.as_str();
        }
        self.out.push_str(rest);
        self.out.push('"');
    }

    fn uint(&mut self, value: u64) {
        let _ = write!(self.out, "{value}");
    }

    fn int(&mut self, value: i32) {
        let _ = write!(self.out, "{value}");
    }

    /// As `{:?}` (the serialiser's format), with `-` before a negative NaN as the serialiser writes it.
    fn f64(&mut self, value: f64) {
        if value.is_nan() && value.is_sign_negative() {
            self.out.push('-');
        }
        if !self.whole(value, 1e15) {
            let _ = write!(self.out, "{value:?}");
        }
    }

    fn f32(&mut self, value: f32) {
        if value.is_nan() && value.is_sign_negative() {
            self.out.push('-');
        }
        if !self.whole(f64::from(value), 16_777_216.0) {
            let _ = write!(self.out, "{value:?}");
        }
    }

    /// A whole number below `limit` as `{:?}` writes it (`50.0`, `-0.0`), without the float formatter; `false` for
    /// any other value. Below 10¹⁵ for f64 and 2²⁴ for f32 the neighbouring floats are at most 1 apart, so the
    /// shortest digits that read back are the whole number's own (above, `{:?}` may round: `1.2345679e11_f32`).
    fn whole(&mut self, value: f64, limit: f64) -> bool {
        if value.fract() != 0.0 || value.abs() >= limit {
            return false;
        }
        if value.is_sign_negative() {
            self.out.push('-');
        }
        let _ = write!(self.out, "{}.0", value.abs() as u64);
        true
    }

    fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    fn some(&mut self, write: impl FnOnce(&mut Self)) {
        self.out.push_str("Some(");
        write(self);
        self.out.push(')');
    }

    fn opt_f64(&mut self, value: Option<f64>) {
        match value {
            Some(v) => self.some(|w| w.f64(v)),
            None => self.out.push_str("None"),
        }
    }

    fn strings(&mut self, items: &[String]) {
        self.seq(items, |w, s| w.string(s));
    }
}
