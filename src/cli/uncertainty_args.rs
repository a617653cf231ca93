//! The options that `compare` and `sensitivity` share: `[--scenario NAAM] [--outcome index|VARIABELE] [--runs N]
//! [--seed S] FILE`, parsed and checked in one place, and the project they name loaded.

use super::Args;
use super::simulate::find_scenario;
use crate::model::{Project, Scenario, VariableId};
use crate::plan::Outcome;

/// The shared options of a computation under uncertainty, after parsing.
pub(super) struct UncertaintyArgs {
    scenario_name: Option<String>,
    pub outcome: Outcome,
    runs: usize,
    /// Whether `--runs` was given (otherwise `runs` is the command's default, lowered to what fits).
    runs_given: bool,
    seed: Option<u64>,
    file: String,
}

impl UncertaintyArgs {
    /// Takes the shared options and the project file from `args` and checks that nothing else is left, so a
    /// command's own options must be taken before this. `--runs` defaults to `default_runs` and must lie between
    /// `min_runs` and the largest Monte Carlo count a project may ask for.
    pub fn parse(args: &mut Args, default_runs: usize, min_runs: usize) -> Result<Self, String> {
        let scenario_name = args.value("--scenario")?;
        let outcome = parse_outcome(args.value("--outcome")?.as_deref());
        let given = args.parsed::<usize>("--runs")?;
        let (runs, runs_given) = (given.unwrap_or(default_runs), given.is_some());
        let seed = args.parsed::<u64>("--seed")?;
        let file = args.positional("projectbestand")?;
        args.finish()?;
        let max = crate::model::rules::MONTE_CARLO_RUNS.max;
        if runs < min_runs || runs as f64 > max {
            return Err(format!("Optie --runs: geef {min_runs} tot en met {max} doorrekeningen op."));
        }
        Ok(Self { scenario_name, outcome, runs, runs_given, seed, file })
    }

    /// `--runs`, or the command's default.
    pub fn runs(&self) -> usize {
        self.runs
    }

    /// The runs to make when at most `max` fit: `--runs` as given (a command refuses more than fit, with the
    /// largest number that would), or else the default lowered to `max` (at least 1). With it the note to print when
    /// the default was lowered.
    pub fn runs_within(&self, max: usize) -> (usize, Option<String>) {
        if self.runs_given { (self.runs, None) } else { default_runs_within(self.runs, max) }
    }

    /// The project file, loaded and checked, with a Dutch message when it cannot be used.
    pub fn load(&self) -> Result<Project, String> {
        crate::io::load_project_file(std::path::Path::new(&self.file)).map_err(|e| super::load_error_text(&e))
    }

    /// The scenario `--scenario` names in `project`, if any.
    pub fn scenario<'a>(&self, project: &'a Project) -> Result<Option<&'a Scenario>, String> {
        find_scenario(project, self.scenario_name.as_deref())
    }

    /// `--seed`, or the project's own Monte Carlo seed.
    pub fn seed(&self, project: &Project) -> u64 {
        self.seed.unwrap_or(project.settings.monte_carlo_seed)
    }
}

/// A command's default number of runs when at most `max` fit: the default, or `max` (at least 1) with the note that
/// says the default was lowered.
pub(super) fn default_runs_within(default: usize, max: usize) -> (usize, Option<String>) {
    if default <= max {
        return (default, None);
    }
    let runs = max.max(1);
    (runs, Some(crate::text::uncertainty::fewer_runs_sentence(runs, default, crate::text::Language::Nl)))
}

/// `index` (or nothing): the veerkrachtindex; otherwise a variable id.
fn parse_outcome(outcome: Option<&str>) -> Outcome {
    match outcome {
        None | Some("index") => Outcome::Index,
        Some(id) => Outcome::Variable(VariableId::new(id)),
    }
}

/// A command that measures plans on the veerkrachtindex, on a model whose index has no outcome variables yet (a model
/// under construction, which `check` accepts): prints why there is nothing to `what` ("optimaliseren",
/// "vergelijken", "ontleden"), as text or as JSON `{"nothing_to_<key>": true, "reason": …}`, and returns true. This is
/// an answer, not a refusal. False, printing nothing, when there is something to measure.
pub(super) fn no_outcome_answer(project: &Project, outcome: &Outcome, json: bool, (key, what): (&str, &str)) -> bool {
    if *outcome != Outcome::Index || project.outcome.is_defined() {
        return false;
    }
    let reason = format!(
        "De veerkrachtindex heeft nog geen uitkomstvariabelen (met een gewicht groter dan 0), dus er valt niets te \
         {what}. Geef in het model uitkomstvariabelen een gewicht, of kies er een met --outcome VARIABELE."
    );
    if json {
        let mut answer = serde_json::Map::new();
        answer.insert(format!("nothing_to_{key}"), serde_json::Value::Bool(true));
        answer.insert("reason".to_owned(), serde_json::Value::String(reason));
        outln!("{}", serde_json::Value::Object(answer));
    } else {
        outln!("{reason}");
    }
    true
}
