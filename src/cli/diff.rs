//! `veerkrachtplanner diff A B [--json]`: every difference from project A to project B, grouped.
//! Exit 0 when they are equal, 1 when they differ, 2 on unusable input.

use super::Args;
use crate::diff::{Change, Diff, Group, diff};
use crate::model::Project;
use crate::text::Language;
use crate::text::diff as text;
use std::fmt::Write as _;

const USAGE: &str = "veerkrachtplanner diff A B [--json]";

pub fn run(mut args: Args) -> i32 {
    let json = args.flag("--json");
    let paths = match super::positionals(&mut args, &["eerste projectbestand (A)", "tweede projectbestand (B)"], USAGE)
    {
        Ok(p) => p,
        Err(code) => return code,
    };
    let (Ok(a), Ok(b)) = (super::load_project(&paths[0]), super::load_project(&paths[1])) else {
        return 2;
    };
    let d = diff(&a, &b);
    if json {
        outln!("{}", serde_json::json!({ "equal": d.is_empty(), "differences": d.differences }));
    } else {
        out!("{}", to_text(&a, &b, &d, Language::Nl));
    }
    i32::from(!d.is_empty())
}

/// The differences as readable text, one group after the other.
pub fn to_text(a: &Project, b: &Project, d: &Diff, language: Language) -> String {
    let mut out = String::new();
    for (name, p) in [("A", a), ("B", b)] {
        if let Some(line) = text::saved_by_line(&p.lineage, language) {
            let _ = writeln!(out, "{name}: {line}");
        }
    }
    if b.lineage.descends_from(&a.lineage.revision) && a.lineage.revision != b.lineage.revision {
        let _ = writeln!(out, "B is een latere versie van A.");
    } else if a.lineage.descends_from(&b.lineage.revision) && a.lineage.revision != b.lineage.revision {
        let _ = writeln!(out, "A is een latere versie van B.");
    }
    if d.is_empty() {
        let _ = writeln!(out, "Geen verschillen: de projecten zijn inhoudelijk gelijk.");
        return out;
    }
    let _ = writeln!(out, "{} verschil{} van A naar B:", d.len(), if d.len() == 1 { "" } else { "len" });
    for group in Group::ALL {
        let items: Vec<_> = d.group(group).collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{} ({}):", text::group_title(group, language), items.len());
        for item in items {
            let mark = match item.change {
                Change::Added(_) => '+',
                Change::Removed(_) => '-',
                Change::Changed(_) => '~',
            };
            let _ = writeln!(out, "  {mark} {}", text::describe(item, language));
        }
    }
    out
}
