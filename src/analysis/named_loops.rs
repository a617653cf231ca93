//! The feedback loops the TNO report names (marvel-model.md), recognised by their exact cycle of variable ids.
//!
//! Matching is rotation-independent but otherwise exact: a loop in a user's own model only gets a report title when
//! it runs through exactly the same variables (by id) in the same order. Parallel links do not matter.

use crate::model::VariableId;

/// A loop from the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NamedLoop {
    /// The report's loop number (1-6); `None` for loops that follow from the text but are not numbered.
    pub report_number: Option<u8>,
    /// The report's Dutch title.
    pub title_nl: &'static str,
    pub title_en: &'static str,
    /// The cycle of variable ids, in loop order (any rotation).
    pub cycle: &'static [&'static str],
}

/// The six numbered loops of the report (lines 960-1075; loops 5 and 6 are families of cycles, each cycle the
/// report names gets the title), followed by two loops that are **not numbered in the report** but follow from its
/// text: the balancing loop mentale_problemen → signalering → professionele_hulp (line 956, 1025) and the shame
/// spiral of lines 911 and 1249.
pub const NAMED_LOOPS: &[NamedLoop] = &[
    NamedLoop {
        report_number: Some(1),
        title_nl: "Welbevinden, bestaanszekerheid en stress",
        title_en: "Well-being, livelihood security and stress",
        cycle: &["stress", "welbevinden", "bestaanszekerheid"],
    },
    NamedLoop {
        report_number: Some(2),
        title_nl: "Bestaanszekerheid en toekomstperspectief",
        title_en: "Livelihood security and prospects",
        cycle: &["stress", "opleiding_werk", "bestaanszekerheid", "toekomstperspectief"],
    },
    NamedLoop {
        report_number: Some(3),
        title_nl: "Intergenerationeel effect van stress",
        title_en: "Intergenerational effect of stress",
        cycle: &["stress", "opvoedgedrag", "ouder_kind_relatie", "levensvaardigheden"],
    },
    NamedLoop {
        report_number: Some(4),
        title_nl: "Je weg kunnen vinden in het systeem",
        title_en: "Finding your way in the system",
        cycle: &["weg_naar_hulp", "professionele_hulp", "levensvaardigheden"],
    },
    NamedLoop {
        report_number: Some(5),
        title_nl: "Sleutelrol sociale netwerk",
        title_en: "Key role of the social network",
        cycle: &["sociaal_netwerk", "maatschappelijke_participatie"],
    },
    NamedLoop {
        report_number: Some(5),
        title_nl: "Sleutelrol sociale netwerk",
        title_en: "Key role of the social network",
        cycle: &["sociaal_netwerk", "zelfvertrouwen", "individuele_agency", "maatschappelijke_participatie"],
    },
    NamedLoop {
        report_number: Some(6),
        title_nl: "Individuele en collectieve agency",
        title_en: "Individual and collective agency",
        cycle: &["individuele_agency", "maatschappelijke_participatie", "succeservaringen"],
    },
    NamedLoop {
        report_number: Some(6),
        title_nl: "Individuele en collectieve agency",
        title_en: "Individual and collective agency",
        cycle: &["maatschappelijke_participatie", "collectieve_agency"],
    },
    // Not a numbered loop of the report: follows from lines 956 and 1025 (help reduces mental problems).
    NamedLoop {
        report_number: None,
        title_nl: "Hulp vermindert mentale problemen",
        title_en: "Help reduces mental health problems",
        cycle: &["mentale_problemen", "signalering", "professionele_hulp"],
    },
    // Not a numbered loop of the report: the shame spiral of lines 911 and 1249.
    NamedLoop {
        report_number: None,
        title_nl: "Schaamtespiraal",
        title_en: "Shame spiral",
        cycle: &["bestaanszekerheid", "schaamte", "stress", "welbevinden"],
    },
];

impl NamedLoop {
    /// True when `variables` is this loop's cycle, in any rotation.
    pub fn matches(&self, variables: &[VariableId]) -> bool {
        let n = self.cycle.len();
        if variables.len() != n || n == 0 {
            return false;
        }
        (0..n).any(|shift| (0..n).all(|k| variables[(k + shift) % n].as_str() == self.cycle[k]))
    }
}

/// The report loop whose cycle is exactly `variables` (any rotation), if any.
pub fn recognise(variables: &[VariableId]) -> Option<&'static NamedLoop> {
    NAMED_LOOPS.iter().find(|named| named.matches(variables))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(s: &[&str]) -> Vec<VariableId> {
        s.iter().map(|&x| VariableId::new(x)).collect()
    }

    #[test]
    fn rotation_independent_but_exact() {
        let n = recognise(&ids(&["bestaanszekerheid", "stress", "welbevinden"])).map(|l| l.report_number);
        assert_eq!(n, Some(Some(1)));
        // Reversed order is a different cycle.
        assert!(recognise(&ids(&["bestaanszekerheid", "welbevinden", "stress"])).is_none());
        // A sub- or super-sequence is a different cycle.
        assert!(recognise(&ids(&["stress", "welbevinden"])).is_none());
        assert!(recognise(&ids(&["stress", "welbevinden", "bestaanszekerheid", "x"])).is_none());
    }

    #[test]
    fn no_two_entries_share_a_cycle() {
        for (i, a) in NAMED_LOOPS.iter().enumerate() {
            let a_ids = ids(a.cycle);
            for b in &NAMED_LOOPS[i + 1..] {
                assert!(!b.matches(&a_ids), "{} and {}", a.title_nl, b.title_nl);
            }
        }
    }
}
