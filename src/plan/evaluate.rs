//! The simulation behind the plan computations: [`Evaluator`] compiles the project once and runs it for any set of
//! inputs, reporting the chosen outcome. Also the plain entry points that build one.

use super::candidate::{OptimizeResult, Progress};
use super::effects::{CostEffectiveness, PlanEffect, cost_effectiveness_with, plan_effect_with};
use super::optimizer::{OptimizeRequest, optimize_with};
use super::outcome::{Outcome, OutcomeModel, Room};
use super::{PlanError, plan_months};
use crate::model::{OutcomeIndex, OutcomeWeight, Plan, Project};
use crate::sim::{Compiled, IndexWeights, Input, RunOptions, compile, compile_index};
use std::sync::atomic::AtomicBool;

/// A compiled project plus the outcome to report and its reference run.
pub struct Evaluator {
    compiled: Compiled,
    weights: IndexWeights,
    options: RunOptions,
    reference: Vec<f64>,
    /// Every variable's value per saved month in the reference run (row-major).
    reference_values: Vec<f64>,
}

impl Evaluator {
    /// Compiles `project` for `outcome`. The horizon is the project's, extended to at least `min_horizon_months`
    /// (the plan's months) so that no planned month falls outside the run.
    pub fn new(project: &Project, outcome: &Outcome, min_horizon_months: f64) -> Result<Self, PlanError> {
        let compiled = compile(project)?;
        let index = match outcome {
            Outcome::Index => project.outcome.clone(),
            Outcome::Variable(id) => {
                if project.variable(id).is_none() {
                    return Err(PlanError::UnknownOutcomeVariable { variable: id.to_string() });
                }
                OutcomeIndex {
                    weights: vec![OutcomeWeight { variable: id.clone(), weight: 1.0, reason: String::new() }],
                }
            }
        };
        let weights = compile_index(&compiled, &index, project)?;
        let mut options = RunOptions::from(&project.settings);
        if min_horizon_months.is_finite() && min_horizon_months > f64::from(options.horizon_months) {
            options.horizon_months = min_horizon_months.ceil().min(1200.0) as u32;
        }
        let empty = compiled.compile_inputs(&[])?;
        let reference_run = compiled.run(&empty, &options);
        let reference = weights.series(&reference_run);
        Ok(Self { compiled, weights, options, reference, reference_values: reference_run.as_slice().to_vec() })
    }

    /// The compiled model, the outcome weights and the run options (for repeated runs with other gains).
    pub fn parts(&self) -> (&Compiled, &IndexWeights, &RunOptions) {
        (&self.compiled, &self.weights, &self.options)
    }

    /// The outcome series of the reference run (no inputs, central values).
    pub fn reference_series(&self) -> &[f64] {
        &self.reference
    }

    /// Whether none of `inputs` acts on a variable of the model (no inputs, or only effects on variables a smaller
    /// model lacks, as the catalogue's on a model of its own): the run is then the reference run itself, so
    /// [`OutcomeModel`] answers without simulating (the optimiser tries every catalogue intervention at four levels).
    fn acts_on_nothing(&self, inputs: &[Input]) -> bool {
        inputs.iter().all(|i| self.compiled.variable_index(&i.target).is_none())
    }

    /// The run with these inputs (inputs on variables the model lacks are left out).
    fn trajectory(&self, inputs: &[Input]) -> Result<crate::sim::Trajectory, PlanError> {
        // An effect on a variable the model does not have does not count (load validation warns about it; a
        // catalogue intervention may act on variables a smaller model lacks).
        let known: Vec<Input> =
            inputs.iter().filter(|i| self.compiled.variable_index(&i.target).is_some()).cloned().collect();
        let compiled_inputs = self.compiled.compile_inputs(&known)?;
        Ok(self.compiled.run(&compiled_inputs, &self.options))
    }

    /// The horizon of every run, in months.
    pub fn horizon_months(&self) -> u32 {
        self.options.horizon_months
    }
}

impl OutcomeModel for Evaluator {
    fn series(&self, inputs: &[Input]) -> Result<Vec<f64>, PlanError> {
        if self.acts_on_nothing(inputs) {
            return Ok(self.reference.clone());
        }
        Ok(self.weights.series(&self.trajectory(inputs)?))
    }

    fn reference(&self) -> &[f64] {
        &self.reference
    }

    fn area_and_deviation(&self, inputs: &[Input]) -> Result<(f64, Option<Vec<f64>>), PlanError> {
        if self.acts_on_nothing(inputs) {
            // Exactly what the run would give: no difference from the reference anywhere.
            let area = crate::sim::area_between(&self.reference, &self.reference);
            return Ok((area, Some(vec![0.0; self.reference_values.len()])));
        }
        let run = self.trajectory(inputs)?;
        let area = crate::sim::area_between(&self.weights.series(&run), &self.reference);
        let deviation = run.as_slice().iter().zip(&self.reference_values).map(|(x, r)| x - r).collect();
        Ok((area, Some(deviation)))
    }

    fn room(&self) -> Room<'_> {
        Room::Reference(&self.reference_values)
    }
}

/// The plan's effect on `outcome` against the reference run.
pub fn plan_effect(project: &Project, plan: &Plan, outcome: &Outcome) -> Result<PlanEffect, PlanError> {
    plan_effect_with(&Evaluator::new(project, outcome, plan_months(plan))?, project, plan)
}

/// Every item's contribution to `outcome` per € 1.000, best first.
pub fn cost_effectiveness(
    project: &Project,
    plan: &Plan,
    outcome: &Outcome,
) -> Result<Vec<CostEffectiveness>, PlanError> {
    cost_effectiveness_with(&Evaluator::new(project, outcome, plan_months(plan))?, project, plan)
}

/// The best portfolio within budget, simulated with the project's own model.
pub fn optimize(
    project: &Project,
    request: &OptimizeRequest,
    progress: &mut dyn FnMut(Progress),
    cancel: &AtomicBool,
) -> Result<OptimizeResult, PlanError> {
    let months = f64::from((request.last_year - request.first_year + 1).max(0)) * 12.0;
    optimize_with(&Evaluator::new(project, &request.outcome, months)?, project, request, progress, cancel)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Confidence, InputShape};

    fn input(target: &str, effect: f64) -> Input {
        Input {
            target: target.into(),
            effect,
            reach: 0.5,
            shape: InputShape { start_month: 2.0, ramp_up_months: 3.0, end_month: None, after_effect_months: 0.0 },
            confidence: Some(Confidence::Medium),
        }
    }

    #[test]
    fn inputs_on_missing_variables_give_exactly_the_simulated_answer_without_simulating() {
        let project = crate::io::default_project();
        let evaluator = Evaluator::new(&project, &Outcome::Index, 0.0).unwrap();
        let nowhere = [input("bestaat_niet", 40.0), input("ook_niet", -10.0)];
        assert!(evaluator.acts_on_nothing(&nowhere) && evaluator.acts_on_nothing(&[]));
        // What the full run gives (the run with no inputs the model knows).
        let run = evaluator.trajectory(&nowhere).unwrap();
        let area = crate::sim::area_between(&evaluator.weights.series(&run), &evaluator.reference);
        let deviation: Vec<f64> = run.as_slice().iter().zip(&evaluator.reference_values).map(|(x, r)| x - r).collect();
        let (quick_area, quick_deviation) = evaluator.area_and_deviation(&nowhere).unwrap();
        assert_eq!(quick_area.to_bits(), area.to_bits());
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&quick_deviation.unwrap()), bits(&deviation));
        assert_eq!(bits(&evaluator.series(&nowhere).unwrap()), bits(&evaluator.weights.series(&run)));

        // One input on a variable the model has is simulated as before.
        let somewhere = [input("bestaat_niet", 40.0), input(project.outcome.weights[0].variable.as_str(), 20.0)];
        assert!(!evaluator.acts_on_nothing(&somewhere));
        let (area, deviation) = evaluator.area_and_deviation(&somewhere).unwrap();
        assert!(area != 0.0 && deviation.unwrap().iter().any(|d| *d != 0.0));
    }
}
