//! Downstream / upstream reach with step counts (BFS).

use crate::common::{basis_model, model};
use veerkrachtplanner::analysis::reach::{downstream, upstream};
use veerkrachtplanner::model::VariableId;

fn v(s: &str) -> VariableId {
    VariableId::new(s)
}

#[test]
fn reach_counts_fewest_steps_and_sorts() {
    // a → b → c → d, a → c, d → a (loop back to the start), e isolated.
    let p = model(
        &["a", "b", "c", "d", "e"],
        &[("a", "b", '+'), ("b", "c", '+'), ("c", "d", '-'), ("a", "c", '+'), ("d", "a", '+')],
    );
    assert_eq!(downstream(&p, &v("a")), vec![(v("b"), 1), (v("c"), 1), (v("d"), 2)]);
    assert_eq!(upstream(&p, &v("c")), vec![(v("a"), 1), (v("b"), 1), (v("d"), 2)]);
    assert!(downstream(&p, &v("e")).is_empty());
    assert!(downstream(&p, &v("onbekend")).is_empty());
}

#[test]
fn reach_on_the_seed_model() {
    let p = basis_model();
    let down = downstream(&p, &v("wachttijden_ggz"));
    assert_eq!(down[0], (v("professionele_hulp"), 1));
    assert!(down.contains(&(v("stress"), 3)), "via levensvaardigheden: {down:?}");
    let up = upstream(&p, &v("prestatiedruk"));
    assert!(up.is_empty());
    let up_stress = upstream(&p, &v("stress"));
    assert_eq!(up_stress.iter().filter(|(_, s)| *s == 1).count(), 7, "stress has seven direct causes");
    for pair in up_stress.windows(2) {
        assert!((pair[0].1, &pair[0].0) < (pair[1].1, &pair[1].0));
    }
}
