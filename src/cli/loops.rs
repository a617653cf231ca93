//! `veerkrachtplanner loops BESTAND [--json]`: the feedback loops of a project.

use super::Args;
use crate::analysis::loops::{DEFAULT_LOOP_CAP, LoopKind, LoopReport, find_loops};
use crate::model::{Project, VariableId};
use crate::text::{Language, describe_loop};

pub fn run(mut args: Args) -> i32 {
    let json = args.flag("--json");
    let project = match super::positionals(&mut args, &["projectbestand"], "veerkrachtplanner loops BESTAND [--json]")
        .and_then(|p| super::load_project(&p[0]))
    {
        Ok(p) => p,
        Err(code) => return code,
    };
    let report = find_loops(&project, DEFAULT_LOOP_CAP);
    if json {
        outln!("{}", to_json(&report));
    } else {
        out!("{}", to_table(&project, &report));
    }
    0
}

/// `{"loops":[{"kind":"R"|"B","variables":[…],"title":string|null}],"truncated":bool}`.
pub fn to_json(report: &LoopReport) -> String {
    let loops: Vec<serde_json::Value> = report
        .loops
        .iter()
        .map(|l| {
            serde_json::json!({
                "kind": l.kind.letter(),
                "variables": l.variables.iter().map(VariableId::as_str).collect::<Vec<_>>(),
                "title": l.title,
            })
        })
        .collect();
    serde_json::json!({ "loops": loops, "truncated": report.truncated }).to_string()
}

/// A readable Dutch table: number, R/B, length, title and the description of every loop.
pub fn to_table(project: &Project, report: &LoopReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let r = report.count(LoopKind::Reinforcing);
    let b = report.count(LoopKind::Balancing);
    let _ =
        writeln!(out, "{} terugkoppellussen gevonden: {r} versterkend (R), {b} balancerend (B).", report.loops.len());
    if report.truncated {
        let _ = writeln!(
            out,
            "Let op: het model heeft te veel lussen om alle te zoeken (grens {}). Hieronder staan alleen de gevonden lussen.",
            report.cap
        );
    }
    if report.loops.is_empty() {
        return out;
    }
    let _ = writeln!(out, "\n{:>4}  {:<4}  {:>6}  Titel", "Nr", "Type", "Lengte");
    for (k, l) in report.loops.iter().enumerate() {
        let title = match (&l.title, l.report_number) {
            (Some(t), Some(n)) => format!("{t} (lus {n} uit het rapport)"),
            (Some(t), None) => format!("{t} (uit de tekst van het rapport)"),
            (None, _) => "–".to_owned(),
        };
        let _ = writeln!(out, "{:>4}  {:<4}  {:>6}  {title}", k + 1, l.kind.letter(), l.len());
        let _ = writeln!(out, "{:>20}{}", "", describe_loop(project, l, Language::Nl));
    }
    out
}
