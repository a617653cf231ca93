//! The names of the catalogue items that are ours in the user's language. The ten TNO recommendations are our own
//! short titles and get an English name; the names of existing programmes (Triple P, Resto VanHarte, …) and every
//! source title stay as written. A name the user changed is shown as the user wrote it.

use super::Language;
use crate::model::InterventionId;

/// Id, the Dutch name as shipped in `assets/catalogue.ron`, the English name.
const OUR_NAMES: [(&str, &str, &str); 10] = [
    ("tno_advies_01", "TNO-advies 1: Alleenstaande ouders ontlasten", "TNO advice 1: Ease the load on single parents"),
    ("tno_advies_02", "TNO-advies 2: School – ouders – zorgnetwerk", "TNO advice 2: School – parents – care network"),
    ("tno_advies_03", "TNO-advies 3: Bestaanszekerheid vergroten", "TNO advice 3: Increase livelihood security"),
    (
        "tno_advies_04",
        "TNO-advies 4: Begrijpelijke, nabije overheid",
        "TNO advice 4: Understandable, nearby government",
    ),
    ("tno_advies_05", "TNO-advies 5: Sociale infrastructuur wijk", "TNO advice 5: Neighbourhood social infrastructure"),
    ("tno_advies_06", "TNO-advies 6: Agency van bewoners", "TNO advice 6: Residents' agency"),
    ("tno_advies_07", "TNO-advies 7: Vroege, centrale GGZ-intake", "TNO advice 7: Early, central mental health intake"),
    ("tno_advies_08", "TNO-advies 8: Lotgenoten en peer support", "TNO advice 8: Peer support"),
    ("tno_advies_09", "TNO-advies 9: Asielzoekers aan het werk", "TNO advice 9: Asylum seekers at work"),
    (
        "tno_advies_10",
        "TNO-advies 10: Leren en ontwikkelen onderkant arbeidsmarkt",
        "TNO advice 10: Learning and development at the lower end of the labour market",
    ),
];

/// The name to show for intervention `id` called `name`: the English name of one of our own items in English,
/// otherwise `name` as written.
pub fn intervention_name<'a>(id: &InterventionId, name: &'a str, lang: Language) -> &'a str {
    if lang == Language::En
        && let Some((_, _, english)) = OUR_NAMES.iter().find(|(i, nl, _)| *i == id.as_str() && *nl == name)
    {
        return english;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_items_get_english_names_and_the_rest_stays_as_written() {
        let id = InterventionId::new("tno_advies_03");
        let dutch = "TNO-advies 3: Bestaanszekerheid vergroten";
        assert_eq!(intervention_name(&id, dutch, Language::En), "TNO advice 3: Increase livelihood security");
        assert_eq!(intervention_name(&id, dutch, Language::Nl), dutch);
        // Renamed by the user: shown as written.
        assert_eq!(intervention_name(&id, "Armoedeaanpak", Language::En), "Armoedeaanpak");
        let triple_p = InterventionId::new("triple_p_omgaan_met_pubers");
        assert_eq!(intervention_name(&triple_p, "Triple P", Language::En), "Triple P");
    }

    #[test]
    fn the_table_matches_the_shipped_catalogue() {
        for (id, nl, _) in OUR_NAMES {
            let item = crate::plan::catalogue().iter().find(|i| i.id.as_str() == id).expect("in the catalogue");
            assert_eq!(item.name, nl, "{id}");
        }
    }
}
