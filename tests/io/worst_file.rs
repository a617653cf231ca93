//! The worst files within the limits of `model::rules`: `check` accepts them, and then every command must finish on
//! them. Two corners, because the work limits trade size against steps and simulations:
//! - **big**: the most variables and links, every link delayed, the strongest gains, RK4, the most steps and
//!   Monte Carlo runs the work limits allow, the longest texts; its first variables carry the ids the catalogue's
//!   interventions act on, so that `optimize` simulates every catalogue candidate (its worst case);
//! - **many**: a small model with the most interventions, effects, plans and items, at the smallest time step the
//!   work limits allow.
//!
//! `scale` divides the counts, so that an always-on test runs in seconds in a debug build; the full files run in
//! the ignored test (`cargo test --release --test io worst -- --ignored`), with time and memory measured by hand.

use crate::command_lines::{Effort, every_command_line, merged_file, write_other_versions};
use std::path::Path;
use std::process::Command;
use veerkrachtplanner::model::rules::{self, Range};
use veerkrachtplanner::model::{
    Confidence, Cost, Delay, Effect, InputShape, Intervention, Link, OutcomeWeight, Plan, PlanItem, Polarity, Position,
    Project, ResourceKind, Scenario, Shock, SimMethod, Strength, Variable, VariableId,
};

/// A text of exactly `chars` characters that is as long as possible in the file (escaped quotes, multi-byte).
fn text(chars: usize) -> String {
    "\"€\\é".chars().cycle().take(chars).collect()
}

fn top(range: Range) -> f64 {
    range.max
}

/// The variables the built-in catalogue's interventions act on, sorted: the first variables of a worst file get
/// these ids, so that every catalogue intervention the optimiser tries has an effect to simulate.
fn catalogue_targets() -> Vec<VariableId> {
    let mut targets: Vec<VariableId> =
        veerkrachtplanner::plan::catalogue().iter().flat_map(|i| i.effects.iter().map(|e| e.target.clone())).collect();
    targets.sort();
    targets.dedup();
    targets
}

/// The id of the `i`-th variable: a catalogue target while they last, then `v` and the number.
fn variable_id(targets: &[VariableId], i: usize) -> VariableId {
    targets.get(i).cloned().unwrap_or_else(|| VariableId::new(format!("v{i:05}")))
}

fn variables(p: &mut Project, n: usize, text_budget: &mut usize) {
    let targets = catalogue_targets();
    for i in 0..n {
        let id = variable_id(&targets, i);
        let mut v = Variable::new(id.clone(), "x", ResourceKind::Individual);
        let name = rules::NAME_CHARS.max.min(*text_budget);
        *text_budget -= name;
        v.name = format!("{}{}", i, text(name.saturating_sub(6)));
        // At the top of the scale, except the catalogue's targets: they start mid-scale, so that the catalogue's
        // interventions have room to act and the optimiser has portfolios to improve.
        v.baseline = if i < targets.len() { 50.0 } else { top(rules::BASELINE) };
        v.adjustment_months = rules::ADJUSTMENT_MONTHS.max;
        p.variables.push(v);
        let x = (i % 100) as f32 * 10_000.0 - 1e6 + 1.0;
        p.layout.positions.insert(id, Position::new(x, (i / 100) as f32 * 1000.0));
    }
}

fn links(p: &mut Project, n: usize, count: usize) {
    let steps = [1, 7, 31];
    for k in 0..count {
        let (i, j) = (k / 3 % n, (k / 3 + steps[k % 3] * (1 + k / (3 * n))) % n);
        if i == j {
            continue;
        }
        let polarity = if k % 2 == 0 { Polarity::Positive } else { Polarity::Negative };
        let mut l = Link::new(
            format!("l{k:05}").as_str().into(),
            p.variables[i].id.clone(),
            p.variables[j].id.clone(),
            polarity,
        );
        l.strength = Strength::Custom(rules::CUSTOM_GAIN.max);
        l.delay = Delay::Months(if k % 5 == 0 { 0.0 } else { rules::DELAY_MONTHS.max });
        l.confidence = Confidence::Low;
        p.links.push(l);
    }
}

fn shape() -> InputShape {
    InputShape {
        start_month: 0.0,
        ramp_up_months: rules::MONTHS.max,
        end_month: Some(rules::MONTHS.max),
        after_effect_months: rules::MONTHS.max,
    }
}

fn effects(p: &Project, n: usize, offset: usize) -> Vec<Effect> {
    (0..n)
        .map(|k| Effect {
            target: p.variables[(k + offset) % p.variables.len()].id.clone(),
            points: if k % 2 == 0 { rules::EFFECT_POINTS.max } else { rules::EFFECT_POINTS.min },
            confidence: Confidence::Low,
        })
        .collect()
}

fn scenario(p: &mut Project, shocks: usize) {
    let shocks = (0..shocks)
        .map(|k| Shock {
            target: p.variables[k % p.variables.len()].id.clone(),
            effect: rules::EFFECT_POINTS.min,
            shape: shape(),
            note: String::new(),
        })
        .collect();
    p.scenarios.push(Scenario { id: "crisis".into(), name: "Crisis".into(), description: String::new(), shocks });
}

fn interventions(p: &mut Project, n: usize, n_effects: usize) {
    for i in 0..n {
        let effects = effects(p, n_effects, i);
        p.interventions.push(Intervention {
            id: format!("i{i:04}").as_str().into(),
            name: format!("Interventie {i}"),
            description: String::new(),
            target_group: String::new(),
            settings: Vec::new(),
            source: String::new(),
            databank: None,
            effects,
            cost: Cost { one_off_eur: rules::EUROS.max, per_year_eur: rules::EUROS.max },
            example_values: false,
        });
    }
}

fn plans(p: &mut Project, n: usize, items: usize, years: i32) {
    let first = rules::YEAR.max as i32 - years + 1;
    for k in 0..n {
        let items = (0..items.min(p.interventions.len()))
            .map(|i| PlanItem {
                start_month: 0.0,
                duration_months: Some(rules::MONTHS.max),
                ramp_up_months: rules::MONTHS.max,
                after_effect_months: rules::MONTHS.max,
                cost: Some(Cost { one_off_eur: rules::EUROS.max, per_year_eur: rules::EUROS.max }),
                ..PlanItem::new(p.interventions[i].id.clone(), rules::REACH_PERCENT.max)
            })
            .collect();
        p.plans.push(Plan {
            id: format!("plan{k:02}").as_str().into(),
            name: format!("Plan {k}"),
            first_year: first,
            last_year: rules::YEAR.max as i32,
            budget_eur: (first..=rules::YEAR.max as i32).map(|y| (y, rules::EUROS.max)).collect(),
            items,
            notes: String::new(),
        });
    }
}

fn outcome(p: &mut Project) {
    let n = p.variables.len().min(rules::OUTCOME_WEIGHTS.max);
    p.outcome.weights = (0..n)
        .map(|i| OutcomeWeight {
            variable: p.variables[i].id.clone(),
            weight: rules::OUTCOME_WEIGHT.max,
            reason: String::new(),
        })
        .collect();
}

/// Whether `p` is within the work limits divided by `scale` (the Monte Carlo runs are set afterwards).
fn fits(p: &Project, scale: u64) -> bool {
    rules::run_work(p) <= rules::MAX_RUN_WORK / scale && rules::command_work(p).1 <= rules::MAX_COMMAND_WORK / scale
}

/// Sets the horizon to `months` and keeps every plan within it (the last years).
fn set_horizon(p: &mut Project, months: u32) {
    p.settings.horizon_months = months;
    let years = (months / 12).max(1) as i32;
    for plan in &mut p.plans {
        plan.first_year = plan.first_year.max(plan.last_year - years + 1);
        let first = plan.first_year;
        plan.budget_eur.retain(|y, _| *y >= first);
    }
}

/// RK4, the finest time step (two decimals) and the longest horizon up to `horizon` that the work limits (divided by
/// `scale`) allow, then the most Monte Carlo runs. When even one year at a monthly step is too much, items are
/// taken from the plans until it fits.
fn settle(p: &mut Project, horizon: u32, scale: u64) {
    p.settings.method = SimMethod::Rk4;
    p.settings.dt_months = 1.0;
    set_horizon(p, horizon);
    while !fits(p, scale) && p.settings.horizon_months > 12 {
        let months = p.settings.horizon_months;
        set_horizon(p, (months * 9 / 10).max(12));
    }
    while !fits(p, scale) && p.plans.iter().any(|plan| !plan.items.is_empty()) {
        for plan in &mut p.plans {
            plan.items.pop();
        }
    }
    // The finest step that still fits: work is about proportional to 1/dt.
    let mut dt = 0.01;
    while dt < 1.0 {
        p.settings.dt_months = dt;
        if fits(p, scale) {
            break;
        }
        dt = (dt * 1.05 * 100.0).ceil() / 100.0;
    }
    p.settings.dt_months = rules::DT_MONTHS.clamp(dt);
    let one = rules::monte_carlo_work(p, 1, SimMethod::Rk4).max(1);
    p.settings.monte_carlo_runs =
        rules::MONTE_CARLO_RUNS.clamp((rules::MAX_MONTE_CARLO_WORK / scale / one) as f64) as u32;
}

/// The largest model (`scale` 1) or a `scale`-times smaller one of the same shape.
pub fn big(scale: usize) -> Project {
    let mut p = Project::default();
    let mut text_budget = rules::TOTAL_TEXT_CHARS.max / scale;
    let n = rules::VARIABLES.max / scale;
    variables(&mut p, n, &mut text_budget);
    links(&mut p, n, rules::LINKS.max / scale);
    scenario(&mut p, rules::SHOCKS.max);
    outcome(&mut p);
    p.meta.notes = text(rules::TEXT_CHARS.max.min(text_budget));
    interventions(&mut p, 2, 3);
    plans(&mut p, 1, 2, 4);
    settle(&mut p, (1200 / scale as u32).max(12), scale as u64 * scale as u64);
    p
}

/// A model of 100 variables (fewer when `scale` > 1) with the most interventions, effects, plans and items (`scale` divides the counts).
pub fn many(scale: usize) -> Project {
    let mut p = Project::default();
    let mut text_budget = 0;
    let n = (100 / scale).max(10);
    variables(&mut p, n, &mut text_budget);
    links(&mut p, n, 3 * n);
    scenario(&mut p, rules::SHOCKS.max / scale);
    outcome(&mut p);
    interventions(&mut p, rules::INTERVENTIONS.max / scale, rules::EFFECTS.max / scale);
    plans(&mut p, rules::PLANS.max / scale, rules::PLAN_ITEMS.max / scale, rules::MAX_PLAN_YEARS as i32);
    settle(&mut p, (1200 / scale as u32).max(12), scale as u64 * scale as u64);
    p
}

/// Every command on `file`; each must run (exit code 0; 1 for `plan` over its budget and for `diff` and `merge`).
/// Returns (command, seconds).
pub fn run_every_command(file: &Path, dir: &Path) -> Vec<(String, f64)> {
    let exe = env!("CARGO_BIN_EXE_veerkrachtplanner");
    let project = veerkrachtplanner::io::load_project_file(file).unwrap();
    let mut times = Vec::new();
    write_other_versions(&project, dir).unwrap();
    for args in every_command_line(&project, file, dir, Effort::Full) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let result = Command::new(exe).args(&args).output().unwrap();
        let seconds = started.elapsed().as_secs_f64();
        let stdout = String::from_utf8_lossy(&result.stdout);
        let stderr = String::from_utf8_lossy(&result.stderr);
        // `plan` says 1 for a plan over its budget, `diff` and `merge` for different versions and conflicts.
        let one = matches!(args[0], "plan" | "diff" | "merge") && result.status.code() == Some(1);
        assert!(
            result.status.success() || one,
            "{args:?} failed ({:?}):\n{}\n{}",
            result.status,
            stderr,
            stdout.chars().take(2000).collect::<String>()
        );
        assert!(!stdout.contains("NaN") && !stdout.contains("€ ?"), "{args:?}");
        if args[0] == "plan" {
            let reports: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            for r in reports.as_array().unwrap() {
                assert_eq!(r["problems"], serde_json::json!([]), "a plan the file check accepted has problems");
            }
        }
        if let Some(out) = merged_file(&args)
            && result.status.success()
        {
            veerkrachtplanner::io::load_project_file(Path::new(out)).expect("merge wrote a file that loads");
        }
        times.push((args.join(" "), seconds));
    }
    times
}

fn save_and_run(project: &Project, name: &str) -> Vec<(String, f64)> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    veerkrachtplanner::io::save_project_file(project, &file).unwrap();
    let loaded = veerkrachtplanner::io::load_project_file_with_warnings(&file).unwrap();
    // The file lists everything sorted by id (the generator does not, at full size).
    let mut expected = project.clone();
    expected.normalize();
    assert!(loaded.project == expected, "the worst file reloads identically");
    run_every_command(&file, dir.path())
}

#[test]
fn small_versions_of_the_worst_files_work_in_every_command() {
    for (name, project) in [("big.veerkracht", big(500)), ("many.veerkracht", many(50))] {
        assert!(veerkrachtplanner::io::validate(&project).iter().all(|p| !p.is_error()), "{name}");
        for (command, seconds) in save_and_run(&project, name) {
            println!("{name} {command}: {seconds:.2} s");
        }
    }
}

#[test]
#[ignore = "the full worst files: run in a release build (cargo test --release --test io worst -- --ignored)"]
fn the_worst_files_work_in_every_command() {
    for (name, project) in [("big.veerkracht", big(1)), ("many.veerkracht", many(1))] {
        let problems = veerkrachtplanner::io::validate(&project);
        assert!(problems.iter().all(|p| !p.is_error()), "{name}: {problems:#?}");
        for (command, seconds) in save_and_run(&project, name) {
            println!("{name} {command}: {seconds:.2} s");
        }
    }
}

/// Writes both worst files (divided by `$WORST_SCALE`, default 1) into `$WORST_DIR`, for measuring by hand: each in a
/// folder of its own (`big/big.veerkracht`, `many/many.veerkracht`) with the versions `diff` and `merge` compare it
/// with, and `lines.txt`: every command line that `run_every_command` runs on it, one per line, the arguments
/// separated by tabs. `tests/scripts/worst-file-timings.sh` runs those lines, so it measures the same commands.
#[test]
#[ignore = "writes the worst files to $WORST_DIR for measurement"]
fn write_the_worst_files() {
    let Ok(dir) = std::env::var("WORST_DIR") else { return };
    let scale = std::env::var("WORST_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    for (name, project) in [("big", big(scale)), ("many", many(scale))] {
        let folder = Path::new(&dir).join(name);
        std::fs::create_dir_all(&folder).unwrap();
        let file = folder.join(format!("{name}.veerkracht"));
        veerkrachtplanner::io::save_project_file(&project, &file).unwrap();
        // As `run_every_command`: the lines of the project as loaded (sorted by id), so the same scenario and plan.
        let project = veerkrachtplanner::io::load_project_file(&file).unwrap();
        write_other_versions(&project, &folder).unwrap();
        let lines: String = every_command_line(&project, &file, &folder, Effort::Full)
            .iter()
            .map(|args| args.join("\t") + "\n")
            .collect();
        std::fs::write(folder.join("lines.txt"), lines).unwrap();
    }
}

/// The list above names every command the program has (it once missed the eight added after it was written).
#[test]
fn every_command_line_covers_every_command_of_the_help() {
    let help = Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).arg("help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let listed: std::collections::BTreeSet<&str> = help
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("veerkrachtplanner "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|name| *name != "help" && !name.starts_with('['))
        .collect();
    assert!(listed.len() >= 15, "{listed:?}");
    // A project with plans: without one there is nothing to compare or analyse.
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht");
    let project = veerkrachtplanner::io::load_project_file(&example).unwrap();
    let dir = Path::new("uit");
    let lines = every_command_line(&project, Path::new("p.veerkracht"), dir, Effort::Full);
    let quick = every_command_line(&project, Path::new("p.veerkracht"), dir, Effort::Quick);
    assert_eq!(quick.len(), lines.len(), "the fuzzer runs the same commands");
    let run: std::collections::BTreeSet<&str> = lines.iter().map(|l| l[0].as_str()).collect();
    assert_eq!(run, listed);
}
