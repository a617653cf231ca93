//! The crisis scenario `nieuwe_crisis`.

use crate::canonical::load_default;
use veerkrachtplanner::model::ScenarioId;

#[test]
fn crisis_scenario_exists_with_explained_shocks() {
    let p = load_default();
    let s = p.scenario(&ScenarioId::new("nieuwe_crisis")).expect("scenario nieuwe_crisis");
    assert_eq!(s.name, "Nieuwe crisis");
    assert!(!s.shocks.is_empty());
    for shock in &s.shocks {
        assert!(p.variable(&shock.target).is_some(), "{} is not a variable", shock.target);
        assert!(
            shock.note.to_lowercase().contains("voorbeeldwaarde"),
            "{}: note must say voorbeeldwaarde",
            shock.target
        );
        assert!(shock.effect.is_finite() && shock.effect != 0.0);
        // Twelve months from month 12, with a ramp-up and an after-effect.
        assert_eq!(shock.shape.start_month, 12.0, "{}", shock.target);
        assert_eq!(shock.shape.end_month, Some(24.0), "{}", shock.target);
        assert!(shock.shape.ramp_up_months > 0.0 && shock.shape.ramp_up_months < 12.0);
        assert!(shock.shape.after_effect_months > 0.0);
    }
    let effect = |id: &str| s.shocks.iter().filter(|x| x.target.as_str() == id).map(|x| x.effect).sum::<f64>();
    assert!(effect("stress") > 0.0, "a crisis raises stress");
    assert!(effect("bestaanszekerheid") < 0.0, "a crisis lowers bestaanszekerheid");
    assert!(effect("sociaal_netwerk") < 0.0, "a crisis shrinks the social network");
}
