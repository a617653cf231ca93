//! A source reference as a reader can follow it. The catalogue cites the seed texts by key and line
//! (`tno:1116-1120 (88); tno10:37`); on screen that becomes the title of the document and the page
//! (`TNO, Metaonderzoek veerkracht (2023), blz. 88; TNO, 10 beleidsadviezen veerkracht (2023)`). The titles of the
//! sources stay as they are written; anything that is not a known key is shown as written.

use super::Language;

/// The documents behind the catalogue's source keys.
const DOCUMENTS: [(&str, &str); 5] = [
    ("tno", "TNO, Metaonderzoek veerkracht (2023)"),
    ("tno10", "TNO, 10 beleidsadviezen veerkracht (2023)"),
    ("trimbos", "Trimbos-instituut, Veerkracht: beleidsmaatregelen en interventies"),
    ("herstel", "Herstelopgave 2: sociale en mentale veerkracht (2021)"),
    ("persp", "Perspectieven op veerkracht"),
];

/// One part of a reference (`tno:1116-1120 (88)`) in words, or `None` when it is not a `key:lines` reference.
fn part(reference: &str, lang: Language) -> Option<String> {
    let (key, rest) = reference.split_once(':')?;
    let (_, title) = DOCUMENTS.iter().find(|(k, _)| *k == key.trim())?;
    let lines = rest.split('(').next().unwrap_or_default().trim();
    if lines.is_empty() || !lines.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ',' || c == ' ') {
        return None;
    }
    let page = rest.split_once('(').and_then(|(_, p)| p.strip_suffix(')')).map(str::trim);
    Some(match page {
        Some(page) if !page.is_empty() => format!("{title}, {} {page}", lang.pick("blz.", "p.")),
        _ => (*title).to_owned(),
    })
}

/// The reference `source` in words; parts that are not a known `key:lines` reference stay as written.
pub fn readable_source(source: &str, lang: Language) -> String {
    let mut parts: Vec<String> = Vec::new();
    for reference in source.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        let words = part(reference, lang).unwrap_or_else(|| reference.to_owned());
        if !parts.contains(&words) {
            parts.push(words);
        }
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_become_titles_with_the_page() {
        assert_eq!(
            readable_source("tno:1116-1120 (88); tno10:37", Language::Nl),
            "TNO, Metaonderzoek veerkracht (2023), blz. 88; TNO, 10 beleidsadviezen veerkracht (2023)"
        );
        assert_eq!(
            readable_source("tno:1162-1166 (99-103); trimbos:26-30", Language::En),
            "TNO, Metaonderzoek veerkracht (2023), p. 99-103; Trimbos-instituut, Veerkracht: beleidsmaatregelen en \
             interventies"
        );
        // Two line ranges of the same document without a page are named once.
        assert_eq!(readable_source("tno10:48-52; tno10:56", Language::Nl), "TNO, 10 beleidsadviezen veerkracht (2023)");
    }

    #[test]
    fn anything_else_stays_as_written() {
        assert_eq!(readable_source("TNO 2023, r. 950", Language::Nl), "TNO 2023, r. 950");
        assert_eq!(readable_source("gemeente: eigen schatting", Language::Nl), "gemeente: eigen schatting");
        assert_eq!(readable_source("", Language::Nl), "");
    }
}
