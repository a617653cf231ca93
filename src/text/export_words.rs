//! The words of the exported report that are not content of the model: page labels, the table of contents, the
//! alternative texts of charts, and the message about characters no shipped font can print.

use super::Language;

/// "pagina 3 van 12".
pub fn page_of(language: Language, page: usize, pages: usize) -> String {
    language.pick(format!("pagina {page} van {pages}"), format!("page {page} of {pages}"))
}

/// The heading of the table of contents.
pub fn contents(language: Language) -> &'static str {
    language.pick("Inhoud", "Contents")
}

/// The cover's labels.
pub fn cover_label(language: Language, field: CoverField) -> &'static str {
    match field {
        CoverField::Gemeente => language.pick("Gemeente", "Municipality"),
        CoverField::Date => language.pick("Datum", "Date"),
        CoverField::Version => language.pick("Gemaakt met", "Made with"),
        CoverField::File => language.pick("Bestand", "File"),
    }
}

/// A line of the cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoverField {
    Gemeente,
    Date,
    Version,
    File,
}

/// Alternative text of a line chart: what it shows and where each line starts and ends.
pub fn line_chart_alt(
    language: Language,
    (title, x_label, y_label): (&str, &str, &str),
    lines: &[(String, String, String)],
) -> String {
    let parts: Vec<String> = lines
        .iter()
        .map(|(name, first, last)| {
            language.pick(format!("{name} van {first} naar {last}"), format!("{name} from {first} to {last}"))
        })
        .collect();
    language.pick(
        format!("Lijndiagram '{title}': {y_label} tegen {x_label}. {}.", parts.join("; ")),
        format!("Line chart '{title}': {y_label} against {x_label}. {}.", parts.join("; ")),
    )
}

/// Alternative text of a bar chart: the total per category.
pub fn bar_chart_alt(
    language: Language,
    (title, y_label): (&str, &str),
    bars: &[(String, String)],
    series: &[String],
) -> String {
    let parts: Vec<String> = bars.iter().map(|(category, total)| format!("{category}: {total}")).collect();
    match language {
        Language::Nl => format!(
            "Staafdiagram '{title}' ({y_label}), gestapeld naar {}. Totaal per categorie: {}.",
            series.join(", "),
            parts.join("; ")
        ),
        Language::En => format!(
            "Bar chart '{title}' ({y_label}), stacked by {}. Total per category: {}.",
            series.join(", "),
            parts.join("; ")
        ),
    }
}

/// Alternative text of the causal diagram.
pub fn diagram_alt(language: Language, variables: usize, links: usize) -> String {
    match language {
        Language::Nl => format!(
            "Causaal diagram met {variables} variabelen en {links} verbanden, gekleurd naar soort hulpbron \
             (individueel rood, maatschappelijk blauw, organisatorisch grijs); pijlen met + versterken, met − remmen."
        ),
        Language::En => format!(
            "Causal diagram with {variables} variables and {links} links, coloured by kind of resource (individual \
             red, societal blue, organisational grey); arrows with + strengthen, with − weaken."
        ),
    }
}

/// One character that no shipped font can print, with where it occurs (for the CLI and the app).
pub fn missing_character(language: Language, c: char, places: &[String]) -> String {
    match language {
        Language::Nl => format!(
            "Het teken '{c}' (U+{:04X}) staat in geen van de meegeleverde lettertypen en is in de PDF als '?' \
             gedrukt. Het komt voor in: {}.",
            c as u32,
            places.join("; ")
        ),
        Language::En => format!(
            "The character '{c}' (U+{:04X}) is in none of the shipped fonts and was printed as '?' in the PDF. It \
             occurs in: {}.",
            c as u32,
            places.join("; ")
        ),
    }
}

/// A part of the report, to say where a character occurs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Title,
    Subtitle,
    Footer,
    Cover,
    Heading,
    Text,
    ListItem,
    TableHeader,
    TableRow,
    Chart,
    Diagram,
}

/// The name of a part of the report ("tabel rij", followed by the row's number).
pub fn place(language: Language, place: Place) -> &'static str {
    let (nl, en) = match place {
        Place::Title => ("titel", "title"),
        Place::Subtitle => ("ondertitel", "subtitle"),
        Place::Footer => ("voettekst", "footer"),
        Place::Cover => ("voorblad", "cover"),
        Place::Heading => ("kop", "heading"),
        Place::Text => ("tekst", "text"),
        Place::ListItem => ("opsomming punt", "list item"),
        Place::TableHeader => ("tabelkop", "table header"),
        Place::TableRow => ("tabel rij", "table row"),
        Place::Chart => ("grafiek", "chart"),
        Place::Diagram => ("causaal diagram", "causal diagram"),
    };
    language.pick(nl, en)
}

/// The export could not be written (`detail` says why).
pub fn export_failed(format: &str, detail: &str) -> String {
    format!("Het {format}-bestand kon niet worden gemaakt: {detail}")
}

/// "30 november 2026" / "30 November 2026"; `month` is 1–12.
pub fn date(language: Language, year: i64, month: usize, day: i64) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let name = language.pick(NL, EN)[month.clamp(1, 12) - 1];
    format!("{day} {name} {year}")
}
