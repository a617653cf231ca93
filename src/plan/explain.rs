//! The optimiser's plain Dutch explanation: "Gekozen: … omdat …; niet gekozen: … (te duur per indexpunt)".

use super::optimizer::CandidateReport;
use super::{format_eur, format_number};
use std::fmt::Write as _;

const TOLERANCE_EUR: f64 = 0.005;

/// Why a candidate was not chosen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NotChosen {
    NoPositiveEffect,
    DoesNotFit(i32),
    TooExpensive,
}

/// Fills every report's `reason` and returns the whole explanation.
pub(super) fn explain(
    reports: &mut [CandidateReport],
    years: &[i32],
    budgets: &[f64],
    outcome: &str,
    verified_area: f64,
) -> String {
    let mut chosen: Vec<(String, f64, Option<f64>)> = Vec::new();
    let mut not_chosen: Vec<(NotChosen, String)> = Vec::new();
    for report in reports.iter_mut() {
        if let Some(level) = report.chosen_reach_percent {
            let l = report.levels_percent.iter().position(|x| *x == level).unwrap_or(0);
            let area = report.area_per_level.get(l).copied().unwrap_or(0.0);
            let cost = report.total_cost_per_level_eur.get(l).copied().unwrap_or(0.0);
            let per_1000 = (cost > 0.0).then(|| area / cost * 1000.0);
            let max_level = report.levels_percent.iter().copied().fold(0.0, f64::max);
            report.reason = format!(
                "gekozen op {} % bereik: +{} indexpunt-maanden voor {}{}{}",
                format_number(level, 0),
                format_number(area, 1),
                format_eur(cost),
                per_1000.map_or_else(String::new, |r| format!(" ({} per € 1.000)", format_number(r, 2))),
                if level < max_level { "; meer bereik past niet naast de rest of levert elders meer op" } else { "" }
            );
            chosen.push((format!("{} ({} %)", report.name, format_number(level, 0)), area, per_1000));
            continue;
        }
        let why = if report.area_per_level.iter().all(|a| *a <= 0.0) {
            NotChosen::NoPositiveEffect
        } else if let Some(year) = first_year_over_budget(report, years, budgets) {
            NotChosen::DoesNotFit(year)
        } else {
            NotChosen::TooExpensive
        };
        report.reason = match why {
            NotChosen::NoPositiveEffect => format!("niet gekozen: geen positief effect op de {outcome}"),
            NotChosen::DoesNotFit(year) => {
                format!("niet gekozen: past zelfs bij het laagste bereik niet in het budget van {year}")
            }
            NotChosen::TooExpensive => {
                "niet gekozen: te duur per indexpunt (het budget levert bij andere interventies meer op)".to_owned()
            }
        };
        not_chosen.push((why, report.name.clone()));
    }

    let mut text = String::new();
    if chosen.is_empty() {
        text.push_str("Niets gekozen: geen enkele kandidaat past binnen het budget met een positief effect.");
    } else {
        chosen.sort_by(|a, b| b.2.unwrap_or(f64::INFINITY).total_cmp(&a.2.unwrap_or(f64::INFINITY)));
        let names: Vec<&str> = chosen.iter().map(|c| c.0.as_str()).collect();
        let _ = write!(
            text,
            "Gekozen: {} omdat deze combinatie binnen het budget van elk jaar de grootste winst op de {outcome} geeft: \
             +{} indexpunt-maanden ten opzichte van de referentie (nagerekend met een volledige simulatie).",
            names.join(", "),
            format_number(verified_area, 1)
        );
        let ratios: Vec<String> =
            chosen.iter().filter_map(|(name, _, r)| r.map(|r| format!("{name}: {}", format_number(r, 2)))).collect();
        if !ratios.is_empty() {
            let _ = write!(text, " Indexpunt-maanden per € 1.000: {}.", ratios.join("; "));
        }
    }
    let groups =
        [(NotChosen::TooExpensive, "te duur per indexpunt"), (NotChosen::NoPositiveEffect, "geen positief effect")];
    for (kind, label) in groups {
        let names: Vec<&str> = not_chosen.iter().filter(|(k, _)| *k == kind).map(|(_, n)| n.as_str()).collect();
        if !names.is_empty() {
            let _ = write!(text, "\nNiet gekozen ({label}): {}.", names.join(", "));
        }
    }
    let too_big: Vec<String> = not_chosen
        .iter()
        .filter_map(|(k, n)| match k {
            NotChosen::DoesNotFit(y) => Some(format!("{n} ({y})")),
            _ => None,
        })
        .collect();
    if !too_big.is_empty() {
        let _ = write!(text, "\nNiet gekozen (past niet in het budget van dat jaar): {}.", too_big.join(", "));
    }
    text
}

/// The first year in which even the candidate's cheapest level alone exceeds the budget.
fn first_year_over_budget(report: &CandidateReport, years: &[i32], budgets: &[f64]) -> Option<i32> {
    let cheapest =
        report.total_cost_per_level_eur.iter().enumerate().min_by(|a, b| a.1.total_cmp(b.1)).map(|(l, _)| l)?;
    let costs = report.cost_per_year_per_level_eur.get(cheapest)?;
    years.iter().zip(budgets).zip(costs).find(|((_, b), c)| **c > **b + TOLERANCE_EUR).map(|((y, _), _)| *y)
}
