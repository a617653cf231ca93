//! Which assumptions a tornado varies when not all of them fit in one computation
//! ([`crate::model::rules::MAX_COMMAND_WORK`]): first only those that can move an outcome variable (a number whose
//! variable has no path to an outcome cannot change the effect), then, when those still do not fit, the
//! intervention effects before the links (they are the plan's own numbers), each the widest range first.

/// How many assumptions of one kind a tornado varied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    /// Varied.
    pub analysed: usize,
    /// Able to move an outcome variable.
    pub can_move: usize,
    /// In the plan and the model.
    pub total: usize,
}

impl Tally {
    /// True when some that could move the outcome were left out.
    pub fn is_partial(&self) -> bool {
        self.analysed < self.can_move
    }
}

/// Which links and intervention effects a tornado varied when not all of them fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Screening {
    pub links: Tally,
    pub effects: Tally,
}

/// One uncertain number that may be varied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Candidate {
    /// Whether it can move an outcome variable.
    pub can_move: bool,
    /// `high − low` of its range.
    pub width: f64,
}

/// The links and effects to vary (indices into `links` and `effects`, in order) when `room` of them fit: all of
/// them, without screening, when they fit; otherwise see the module documentation. `None` when not one fits.
pub(super) fn choose(
    links: &[Candidate],
    effects: &[Candidate],
    room: usize,
) -> Option<(Vec<usize>, Vec<usize>, Option<Screening>)> {
    if links.len() + effects.len() <= room {
        return Some(((0..links.len()).collect(), (0..effects.len()).collect(), None));
    }
    if room == 0 {
        return None;
    }
    let widest = |candidates: &[Candidate], room: usize| -> (Vec<usize>, Tally) {
        let mut chosen: Vec<usize> = (0..candidates.len()).filter(|k| candidates[*k].can_move).collect();
        let can_move = chosen.len();
        if chosen.len() > room {
            // Stable: equal widths keep their order.
            chosen.sort_by(|a, b| candidates[*b].width.total_cmp(&candidates[*a].width));
            chosen.truncate(room);
            chosen.sort_unstable();
        }
        let tally = Tally { analysed: chosen.len(), can_move, total: candidates.len() };
        (chosen, tally)
    };
    let (chosen_effects, effect_tally) = widest(effects, room);
    let (chosen_links, link_tally) = widest(links, room - chosen_effects.len());
    Some((chosen_links, chosen_effects, Some(Screening { links: link_tally, effects: effect_tally })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates(list: &[(bool, f64)]) -> Vec<Candidate> {
        list.iter().map(|&(can_move, width)| Candidate { can_move, width }).collect()
    }

    #[test]
    fn everything_when_it_fits_then_what_can_move_the_outcome_then_effects_and_the_widest() {
        let links = candidates(&[(true, 0.1), (false, 9.0), (true, 0.3), (true, 0.2)]);
        let effects = candidates(&[(true, 1.0), (false, 5.0)]);
        let tally = |analysed, can_move, total| Tally { analysed, can_move, total };
        assert_eq!(choose(&links, &effects, 6), Some((vec![0, 1, 2, 3], vec![0, 1], None)));
        let screened = |links, effects| Some(Screening { links, effects });
        assert_eq!(
            choose(&links, &effects, 5),
            Some((vec![0, 2, 3], vec![0], screened(tally(3, 3, 4), tally(1, 1, 2))))
        );
        assert_eq!(choose(&links, &effects, 3), Some((vec![2, 3], vec![0], screened(tally(2, 3, 4), tally(1, 1, 2)))));
        assert_eq!(choose(&links, &effects, 1), Some((vec![], vec![0], screened(tally(0, 3, 4), tally(1, 1, 2)))));
        assert_eq!(choose(&links, &effects, 0), None);
        assert!(tally(2, 3, 4).is_partial() && !tally(3, 3, 4).is_partial());
    }

    #[test]
    fn equal_widths_keep_their_order() {
        let links = candidates(&[(true, 1.0), (true, 1.0), (true, 1.0)]);
        assert_eq!(choose(&links, &[], 2).map(|c| c.0), Some(vec![0, 1]));
    }
}
