//! Revision ids: made at save time from the file's own content, so they are deterministic.
//!
//! # How a revision id is made
//! The id is a 128-bit FNV-1a hash (32 hex digits) of the canonical file text ([`super::to_ron_string`]) of the
//! project with an empty `revision` field, but with its parents, history and "saved by". So:
//! - the same project always gets the same id, and writing a file never changes it: `to_ron_string` only writes
//!   what is in the project (it does not stamp), so loading and saving again, or `normalize`, give the same bytes;
//! - [`stamp_revision`] (called by the app before saving and by `merge --out`) leaves a project whose content still
//!   matches its id untouched, so saving an unchanged file gives the same bytes; a changed project becomes a new
//!   revision whose parent is the old id, with the current "saved by".
//!
//! The hash is not cryptographic: it identifies revisions, it does not protect against forgery.

use crate::model::{Lineage, Project, SavedBy};

const FNV_OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const FNV_PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

fn fnv1a_128(bytes: &[u8]) -> u128 {
    bytes.iter().fold(FNV_OFFSET, |hash, &b| (hash ^ u128::from(b)).wrapping_mul(FNV_PRIME))
}

/// The revision id `project` would have: the hash of its canonical text with an empty `revision` field.
pub fn content_revision(project: &Project) -> String {
    let lineage = Lineage { revision: String::new(), ..project.lineage.clone() };
    let text = super::ron_write::project_text_with_lineage(project, crate::model::FORMAT_VERSION, &lineage);
    format!("{:032x}", fnv1a_128(text.as_bytes()))
}

/// Makes the project's lineage describe its current content. Returns `false` (and changes nothing) when the
/// content still matches its revision id. Otherwise the project becomes a new revision: its parent is the old
/// revision (or, for a merge result without an id yet, the parents it already has), the old revision goes into the
/// history, "saved by" becomes `saved_by`, and the id is recomputed.
pub fn stamp_revision(project: &mut Project, saved_by: &SavedBy) -> bool {
    if !project.lineage.revision.is_empty() && content_revision(project) == project.lineage.revision {
        return false;
    }
    let old = std::mem::take(&mut project.lineage);
    let mut lineage = Lineage { saved_by: saved_by.clone(), ..Lineage::default() };
    if old.revision.is_empty() {
        lineage.parents = old.parents;
        lineage.history = old.history;
    } else {
        lineage.history = old.history;
        for parent in old.parents {
            if !lineage.history.contains(&parent) {
                lineage.history.push(parent);
            }
        }
        lineage.parents = vec![old.revision];
    }
    let excess = lineage.history.len().saturating_sub(Lineage::MAX_HISTORY);
    lineage.history.drain(..excess);
    project.lineage = lineage;
    project.lineage.revision = content_revision(project);
    true
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::to_ron_string;
    use crate::model::{ResourceKind, Variable};

    fn who() -> SavedBy {
        SavedBy::current("GGD", "Anne")
    }

    #[test]
    fn stamping_is_deterministic_and_chains_revisions() {
        let mut p = Project::default();
        p.variables.push(Variable::new("a".into(), "A", ResourceKind::Individual));
        assert!(stamp_revision(&mut p, &who()));
        let first = p.lineage.revision.clone();
        assert_eq!(first.len(), 32);
        assert!(p.lineage.parents.is_empty());
        assert_eq!(p.lineage.saved_by.program_version, env!("CARGO_PKG_VERSION"));
        // Unchanged content: nothing changes, the same bytes are written.
        let text = to_ron_string(&p);
        assert!(!stamp_revision(&mut p, &SavedBy::current("Ander", "Iemand")));
        assert_eq!(to_ron_string(&p), text);
        // A loaded file keeps its id.
        let loaded = crate::io::parse_project(&text).unwrap();
        assert_eq!(loaded.lineage, p.lineage);
        assert_eq!(content_revision(&loaded), first);
        // A change makes a new revision whose parent is the old one.
        p.variables[0].name = "B".into();
        assert!(stamp_revision(&mut p, &who()));
        assert_ne!(p.lineage.revision, first);
        assert_eq!(p.lineage.parents, vec![first.clone()]);
        let second = p.lineage.revision.clone();
        p.variables[0].name = "C".into();
        stamp_revision(&mut p, &who());
        assert_eq!(p.lineage.parents, vec![second]);
        assert_eq!(p.lineage.history, vec![first.clone()]);
        assert!(p.lineage.descends_from(&first));
    }

    #[test]
    fn a_project_without_lineage_writes_no_lineage() {
        let text = to_ron_string(&Project::default());
        assert!(!text.contains("lineage"));
    }
}
