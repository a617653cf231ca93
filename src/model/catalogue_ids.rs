//! The ids of the built-in intervention catalogue (`assets/catalogue.ron`, the same file `plan::catalogue`
//! parses): a plan item may use a catalogue intervention that the project does not hold, so load validation must
//! know which ids exist.

use super::Intervention;
use std::collections::HashSet;
use std::sync::OnceLock;

const CATALOGUE_RON: &str = include_str!("../../assets/catalogue.ron");

/// Whether `id` is an intervention of the built-in catalogue.
pub fn is_catalogue_intervention(id: &str) -> bool {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        ron::from_str::<Vec<Intervention>>(CATALOGUE_RON)
            .map(|list| list.into_iter().map(|i| i.id.as_str().to_owned()).collect())
            .unwrap_or_default()
    })
    .contains(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_catalogue() {
        assert!(is_catalogue_intervention("tno_advies_01"));
        assert!(!is_catalogue_intervention("buurtcirkels"));
    }
}
