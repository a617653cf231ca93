//! Strings of the compare and merge window (Bestand → Vergelijken met…).

use super::{Txt, texts};

texts! {
    CMD_COMPARE = "Vergelijken met…", "Compare with…";
    COMPARE_TITLE = "Vergelijken", "Compare";
    COMPARE_WITH = "Andere versie:", "Other version:";
    COMPARE_NONE = "Geen verschillen: de projecten zijn inhoudelijk gelijk.", "No differences: the projects have the same content.";
    COMPARE_ACCEPT = "Overnemen", "Accept";
    COMPARE_REJECT = "Afwijzen", "Reject";
    COMPARE_ACCEPT_GROUP = "Groep overnemen", "Accept group";
    COMPARE_REJECT_GROUP = "Groep afwijzen", "Reject group";
    COMPARE_ACCEPT_ALL = "Alles overnemen", "Accept all";
    COMPARE_REJECT_ALL = "Alles afwijzen", "Reject all";
    COMPARE_SHOW_REJECTED = "Afgewezen verschillen weer tonen", "Show rejected differences again";
    COMPARE_OTHER_POSITIONS = "Posities van de andere versie tonen", "Show the other version's positions";
    COMPARE_CLOSE = "Sluiten", "Close";
    COMPARE_LEGEND = "In het model:", "In the model:";
    CANVAS_DIFFERENCE = "Verschil in het model:", "Difference in the model:";
    LEGEND_ADDED = "alleen in de andere versie", "only in the other version";
    LEGEND_REMOVED = "alleen in deze versie", "only in this version";
    LEGEND_CHANGED = "gewijzigd", "changed";
    MERGE_WITH_BASE = "Samenvoegen met de gemeenschappelijke basisversie", "Merge using the common base version";
    MERGE_PICK_BASE = "Basisversie kiezen…", "Choose base version…";
    MERGE_NO_BASE = "Geen gemeenschappelijke basisversie gevonden (de .bak of het bestand op schijf); vergelijk en neem per verschil over, of kies een basisversie.", "No common base version found (the .bak or the file on disk); compare and accept per difference, or choose a base version.";
    MERGE_AUTO = "Automatisch overgenomen uit de andere versie:", "Taken over from the other version automatically:";
    MERGE_CONFLICTS = "Conflicten: kies per conflict welke versie geldt", "Conflicts: choose which version counts for each";
    MERGE_ITEM = "Onderdeel", "Item";
    MERGE_THIS = "Deze versie", "This version";
    MERGE_OTHER = "Andere versie", "Other version";
    MERGE_APPLY = "Samenvoeging overnemen", "Apply the merge";
    MERGE_INVALID = "De samenvoeging is nog niet geldig:", "The merge is not valid yet:";
    MERGE_NOT_ANCESTOR = "Let op: volgens de bestandsgeschiedenis is dit geen gemeenschappelijke basisversie.", "Note: according to the file history this is not a common base version.";
    STATUS_COMPARE_OPENED = "Vergeleken met", "Compared with";
    STATUS_MERGED = "Samenvoeging overgenomen", "Merge applied";
    CMD_SAVED_BY = "Opgeslagen door…", "Saved by…";
    SAVED_BY_TITLE = "Opgeslagen door", "Saved by";
    SAVED_BY_BODY = "Wie opslaat, staat in het bestand (beide velden mogen leeg blijven). Zo ziet wie het bestand terugkrijgt van wie de wijzigingen komen.", "Who saves is recorded in the file (both fields may stay empty), so that whoever gets the file back sees whose changes these are.";
    SAVED_BY_ORGANISATION = "Organisatie", "Organisation";
    SAVED_BY_NAME = "Naam", "Name";
    SAVED_BY_VERSION = "Programmaversie (wordt altijd vastgelegd):", "Program version (always recorded):";
}

/// "12 verschillen" / "12 differences".
pub fn difference_count(language: crate::text::Language, n: usize) -> String {
    match (language, n) {
        (crate::text::Language::Nl, 1) => "1 verschil".to_owned(),
        (crate::text::Language::Nl, n) => format!("{n} verschillen"),
        (crate::text::Language::En, 1) => "1 difference".to_owned(),
        (crate::text::Language::En, n) => format!("{n} differences"),
    }
}
