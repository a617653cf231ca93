//! The deterministic runs behind the Simulatie view (µs each: done inline on the UI thread). The model's return
//! time and lock-in verdict (an eigenvalue and a loop search) are not here: the view computes them in a background
//! job, once per project generation.

use crate::model::{Project, ScenarioId, VariableId};
use crate::sim::{self, Compiled, CompiledInputs, IndexWeights, Input, ResilienceTriangle, RunOptions, Trajectory};

/// Which run to compare with the reference.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RunChoice {
    Scenario(ScenarioId),
    /// An extra run (a plan, a plan under a scenario, or an entry of [`super::SimulationView::extra_inputs`]) by
    /// its label.
    Extra(String),
}

/// One run and its outcomes.
pub struct RunSet {
    pub label: String,
    /// The run's place among all runs the view offers (scenarios first, then the extra runs): its colour, so that
    /// a run keeps its colour whichever other runs are ticked.
    pub slot: usize,
    pub traj: Trajectory,
    pub inputs: CompiledInputs,
    pub index: Option<Vec<f64>>,
    /// Resilience triangle of the index, with the shock's start month, when the run has shocks.
    pub triangle: Option<(usize, ResilienceTriangle)>,
    /// Index area against the reference (index-point-months).
    pub area_vs_reference: Option<f64>,
}

pub struct Computed {
    pub compiled: Compiled,
    pub opts: RunOptions,
    /// Variable names in column order.
    pub names: Vec<String>,
    pub index: Option<IndexWeights>,
    pub index_error: Option<String>,
    pub reference: RunSet,
    pub others: Vec<RunSet>,
    /// Variables at 0 or 100 at some month of a shown run (sorted by id).
    pub pinned: Vec<VariableId>,
}

impl Computed {
    /// The reference first, then the chosen runs.
    pub fn all_runs(&self) -> impl Iterator<Item = &RunSet> {
        std::iter::once(&self.reference).chain(self.others.iter())
    }
}

fn run_set(
    c: &Compiled,
    opts: &RunOptions,
    index: Option<&IndexWeights>,
    label: String,
    inputs: &[Input],
    shock_start: Option<usize>,
) -> Result<RunSet, String> {
    let inputs = c.compile_inputs(inputs).map_err(|e| format!("{label}: {e}"))?;
    let traj = c.run(&inputs, opts);
    let index = index.map(|w| w.series(&traj));
    let triangle = match (&index, shock_start) {
        (Some(series), Some(start)) => Some((start, sim::resilience_triangle(series, start, true))),
        _ => None,
    };
    Ok(RunSet { label, slot: 0, traj, inputs, index, triangle, area_vs_reference: None })
}

/// An extra run offered in the view: label, inputs, and the start month of its shocks when it has any.
pub type ExtraRun = (String, Vec<Input>, Option<usize>);

/// Compiles the project and runs the reference and every chosen run. Unknown choices are skipped.
/// `reference_label` names the reference run (in the user's language).
pub fn compute(
    project: &Project,
    chosen: &[RunChoice],
    extra: &[ExtraRun],
    reference_label: &str,
) -> Result<Computed, String> {
    let compiled = sim::compile(project).map_err(|e| e.to_string())?;
    let opts = RunOptions::from(&project.settings);
    let (index, index_error) = match sim::compile_index(&compiled, &project.outcome, project) {
        Ok(w) => (Some(w), None),
        Err(e) => (None, Some(e.to_string())),
    };
    let reference = run_set(&compiled, &opts, index.as_ref(), reference_label.to_owned(), &[], None)?;
    let mut others = Vec::new();
    for choice in chosen {
        let set = match choice {
            RunChoice::Scenario(id) => {
                let Some(slot) = project.scenarios.iter().position(|s| s.id == *id) else { continue };
                let s = &project.scenarios[slot];
                let inputs = sim::scenario_inputs(s);
                let set =
                    run_set(&compiled, &opts, index.as_ref(), s.name.clone(), &inputs, sim::shock_start_month(s))?;
                RunSet { slot, ..set }
            }
            RunChoice::Extra(label) => {
                let Some(at) = extra.iter().position(|(l, _, _)| l == label) else { continue };
                let (_, inputs, shock_start) = &extra[at];
                let set = run_set(&compiled, &opts, index.as_ref(), label.clone(), inputs, *shock_start)?;
                RunSet { slot: project.scenarios.len() + at, ..set }
            }
        };
        others.push(set);
    }
    for set in &mut others {
        if let (Some(a), Some(b)) = (&set.index, &reference.index) {
            set.area_vs_reference = Some(sim::area_between(a, b));
        }
    }
    let pinned_run = others.first().map_or(&reference.traj, |s| &s.traj);
    let mut pinned = sim::stability::pinned_variables(&compiled, pinned_run);
    for set in &others {
        for id in sim::stability::pinned_variables(&compiled, &set.traj) {
            if !pinned.contains(&id) {
                pinned.push(id);
            }
        }
    }
    pinned.sort();
    let names = compiled
        .variable_ids()
        .iter()
        .map(|id| project.variable(id).map_or_else(|| id.to_string(), |v| v.name.clone()))
        .collect();
    Ok(Computed { compiled, opts, names, index, index_error, reference, others, pinned })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InputShape, Scenario, Shock};

    #[test]
    fn a_run_keeps_its_colour_slot_whichever_other_runs_are_ticked() {
        let mut project = crate::io::default_project();
        let target = project.variables[0].id.clone();
        for (id, name) in [("een", "Eerste"), ("twee", "Tweede")] {
            project.scenarios.push(Scenario {
                id: ScenarioId::new(id),
                name: name.to_owned(),
                description: String::new(),
                shocks: vec![Shock {
                    target: VariableId::new(target.as_str()),
                    effect: 10.0,
                    shape: InputShape::default(),
                    note: String::new(),
                }],
            });
        }
        let n = project.scenarios.len();
        let slot_of = |chosen: &[RunChoice], label: &str| {
            let extra: Vec<ExtraRun> = vec![("Extra".to_owned(), Vec::new(), None)];
            let c = compute(&project, chosen, &extra, "Referentie").unwrap();
            c.others.iter().find(|r| r.label == label).map(|r| r.slot)
        };
        let second = RunChoice::Scenario(ScenarioId::new("twee"));
        let first = RunChoice::Scenario(ScenarioId::new("een"));
        let extra = RunChoice::Extra("Extra".to_owned());
        assert_eq!(slot_of(std::slice::from_ref(&second), "Tweede"), Some(n - 1));
        assert_eq!(slot_of(&[first, second.clone()], "Tweede"), Some(n - 1), "ticking another run keeps the colour");
        assert_eq!(slot_of(std::slice::from_ref(&extra), "Extra"), Some(n));
        assert_eq!(slot_of(&[second, extra], "Extra"), Some(n));
    }
}
