//! What the plan computations measure: the veerkrachtindex or one variable, as a series per month, compared with
//! the reference run. [`OutcomeModel`] hides the simulation so the plan logic can be tested on exact linear models.

use super::PlanError;
use crate::model::VariableId;
use crate::sim::Input;
use serde::Serialize;

/// The outcome to compare: the project's veerkrachtindex, or one variable counted in its desired direction
/// (`100 − x` where lower is better).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub enum Outcome {
    #[default]
    Index,
    Variable(VariableId),
}

/// Something that turns inputs into an outcome series (one value per saved month, t = 0, 1, …, horizon).
pub trait OutcomeModel {
    /// The outcome series with these inputs.
    fn series(&self, inputs: &[Input]) -> Result<Vec<f64>, PlanError>;

    /// The outcome series of the reference run (no inputs).
    fn reference(&self) -> &[f64];

    /// The area between the series with these inputs and the reference (index-point-months; positive is better).
    fn area(&self, inputs: &[Input]) -> Result<f64, PlanError> {
        Ok(area_between(&self.series(inputs)?, self.reference()))
    }

    /// As [`Self::area`], plus, when the model can give it, how far the run moved every variable from the
    /// reference run (`x − x_ref` per saved month and variable, row-major), for the additivity check.
    fn area_and_deviation(&self, inputs: &[Input]) -> Result<(f64, Option<Vec<f64>>), PlanError> {
        Ok((self.area(inputs)?, None))
    }

    /// How far the model's variables are from 0 and 100, for the additivity check of [`super::additivity`].
    fn room(&self) -> Room<'_> {
        Room::Unknown
    }
}

pub use crate::sim::area_between;

/// What a model says about the bounds 0 and 100 (the only non-linearity of the simulation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Room<'a> {
    /// Exactly linear: outcomes always add up.
    Unlimited,
    /// Every variable's value per saved month in the reference run (row-major, as the deviations).
    Reference(&'a [f64]),
    /// Not known: outcomes may not add up.
    Unknown,
}

#[cfg(test)]
pub(crate) mod testing {
    //! An exact linear stand-in for the simulation: every target variable adds `weight × effect × reach × ramp(t)`
    //! to the outcome, so the area of a sum of inputs is the sum of their areas.
    use super::*;
    use crate::sim::ramp;
    use std::collections::BTreeMap;

    pub struct LinearModel {
        pub weights: BTreeMap<String, f64>,
        pub months: usize,
        pub reference: Vec<f64>,
    }

    impl LinearModel {
        pub fn new(weights: &[(&str, f64)], months: usize) -> Self {
            Self {
                weights: weights.iter().map(|(k, w)| ((*k).to_owned(), *w)).collect(),
                months,
                reference: vec![50.0; months + 1],
            }
        }
    }

    impl OutcomeModel for LinearModel {
        fn series(&self, inputs: &[Input]) -> Result<Vec<f64>, PlanError> {
            Ok((0..=self.months)
                .map(|t| {
                    50.0 + inputs
                        .iter()
                        .map(|i| {
                            self.weights.get(i.target.as_str()).copied().unwrap_or(0.0)
                                * i.effect
                                * i.reach
                                * ramp(&i.shape, t as f64)
                        })
                        .sum::<f64>()
                })
                .collect())
        }

        fn reference(&self) -> &[f64] {
            &self.reference
        }

        fn room(&self) -> Room<'_> {
            Room::Unlimited
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_is_the_trapezoid_of_the_difference() {
        assert_eq!(area_between(&[0.0, 2.0, 2.0], &[0.0, 0.0, 0.0]), 1.0 + 2.0);
        assert_eq!(area_between(&[1.0], &[0.0]), 0.0);
        assert_eq!(area_between(&[0.0, -2.0], &[0.0, 0.0]), -1.0);
    }
}
