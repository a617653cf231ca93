//! The built-in intervention catalogue (`assets/catalogue.ron`, embedded): the 10 TNO recommendations as levers,
//! the named programmes of `interventions.md` table B and Kansrijke Start. Effects and costs are voorbeeldwaarden.

use crate::model::{Intervention, InterventionId, Project};
use std::sync::OnceLock;

const CATALOGUE_RON: &str = include_str!("../../assets/catalogue.ron");

/// Parses a catalogue text (a RON list of interventions). Errors in Dutch with the position.
pub fn parse_catalogue(text: &str) -> Result<Vec<Intervention>, String> {
    ron::from_str(text).map_err(|e| format!("De interventiecatalogus is ongeldig: {e}"))
}

/// The built-in catalogue, parsed once. Empty if the embedded file were broken, which a test forbids.
pub fn catalogue() -> &'static [Intervention] {
    static CATALOGUE: OnceLock<Vec<Intervention>> = OnceLock::new();
    CATALOGUE.get_or_init(|| parse_catalogue(CATALOGUE_RON).unwrap_or_default())
}

/// The intervention with this id: the project's own first, then the catalogue.
pub fn find_intervention<'a>(project: &'a Project, id: &InterventionId) -> Option<&'a Intervention> {
    project.interventions.iter().find(|i| &i.id == id).or_else(|| catalogue().iter().find(|i| &i.id == id))
}

/// Every intervention the project can use: its own (sorted by id), then the catalogue entries it does not shadow
/// (in catalogue order).
pub fn all_interventions(project: &Project) -> Vec<&Intervention> {
    let mut own: Vec<&Intervention> = project.interventions.iter().collect();
    own.sort_by(|a, b| a.id.cmp(&b.id));
    let shadowed = |id: &InterventionId| project.interventions.iter().any(|i| &i.id == id);
    own.extend(catalogue().iter().filter(|i| !shadowed(&i.id)));
    own
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Confidence, Setting};
    use std::collections::BTreeSet;

    /// The variable ids of `marvel-model.md`.
    const MARVEL_IDS: [&str; 28] = [
        "stress",
        "welbevinden",
        "bestaanszekerheid",
        "toekomstperspectief",
        "opleiding_werk",
        "opvoedgedrag",
        "ouder_kind_relatie",
        "levensvaardigheden",
        "weg_naar_hulp",
        "professionele_hulp",
        "signalering",
        "mentale_problemen",
        "lichamelijke_problemen",
        "complexiteit_hulpsysteem",
        "wachttijden_ggz",
        "sociaal_netwerk",
        "zelfvertrouwen",
        "individuele_agency",
        "maatschappelijke_participatie",
        "succeservaringen",
        "community_support",
        "collectieve_agency",
        "vertrouwen_buurt",
        "fysieke_ontmoetingen",
        "gedeelde_idealen",
        "ingrijpende_gebeurtenissen",
        "prestatiedruk",
        "schaamte",
    ];

    #[test]
    fn the_embedded_catalogue_parses() {
        let parsed = parse_catalogue(CATALOGUE_RON).unwrap();
        assert_eq!(parsed.len(), catalogue().len());
        // 10 levers + 47 programmes of table B + Kansrijke Start.
        assert_eq!(parsed.len(), 58);
        let ids: BTreeSet<&str> = parsed.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), parsed.len(), "ids are unique");
        for n in 1..=10 {
            assert!(ids.contains(format!("tno_advies_{n:02}").as_str()));
        }
        assert!(ids.contains("kansrijke_start"));
        assert!(ids.iter().all(|id| crate::model::is_valid_slug(id)));
    }

    #[test]
    fn every_effect_targets_a_marvel_variable() {
        for intervention in catalogue() {
            assert!(!intervention.effects.is_empty(), "{} has effects", intervention.id);
            for effect in &intervention.effects {
                assert!(
                    MARVEL_IDS.contains(&effect.target.as_str()),
                    "{}: {} is not a variable of marvel-model.md",
                    intervention.id,
                    effect.target
                );
                let size = effect.points.abs();
                assert!((2.0..=6.0).contains(&size), "{}: effect size {size} is small", intervention.id);
            }
        }
    }

    #[test]
    fn entries_are_labelled_sourced_and_costed() {
        for i in catalogue() {
            assert!(i.example_values, "{} is a voorbeeldwaarde", i.id);
            assert!(!i.name.is_empty() && !i.description.is_empty() && !i.target_group.is_empty());
            assert!(!i.settings.is_empty());
            assert!(crate::plan::has_line_reference(&i.source), "{}: source {}", i.id, i.source);
            assert!(i.cost.one_off_eur >= 0.0 && i.cost.per_year_eur > 0.0);
        }
    }

    #[test]
    fn signs_follow_interventions_md() {
        let find = |id: &str| catalogue().iter().find(|i| i.id.as_str() == id).unwrap();
        // Advice 7: wachttijden_ggz−, weg_naar_hulp+, professionele_hulp+*, sociaal_netwerk+.
        let a7 = find("tno_advies_07");
        let points: Vec<(&str, f64, Confidence)> =
            a7.effects.iter().map(|e| (e.target.as_str(), e.points, e.confidence)).collect();
        assert_eq!(points[0].0, "wachttijden_ggz");
        assert!(points[0].1 < 0.0);
        assert!(points[1].1 > 0.0);
        assert_eq!(points[2].2, Confidence::Low, "judgement targets (*) have confidence laag");
        assert_eq!(a7.source, "tno:1172-1180 (111); tno10:56");
        // Table B 3: Triple P in the NJi-databank, setting gezin.
        let triple_p = find("triple_p_omgaan_met_pubers");
        assert_eq!(triple_p.databank.as_deref(), Some("NJi-databank"));
        assert_eq!(triple_p.settings, vec![Setting::Family]);
        assert_eq!(triple_p.source, "tno:511");
    }

    #[test]
    fn project_interventions_shadow_the_catalogue() {
        let mut project = Project::default();
        let mut own = catalogue()[0].clone();
        own.name = "Eigen versie".into();
        project.interventions.push(own.clone());
        assert_eq!(find_intervention(&project, &own.id).unwrap().name, "Eigen versie");
        assert_eq!(all_interventions(&project).len(), catalogue().len());
        assert!(find_intervention(&project, &InterventionId::new("bestaat_niet")).is_none());
    }
}
