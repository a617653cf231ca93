//! Differences and conflicts in plain Dutch (or English): "Variabele 'Stress' gewijzigd: naam 'Stress' →
//! 'Spanning'". Field names and values of the project file are turned into the words the app uses.

use super::Language;
use crate::diff::{Change, Conflict, ConflictKind, Difference, Group, Key, Side};
use serde_json::Value;
use std::fmt::Write as _;

fn pick(language: Language, nl: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::Nl => nl,
        Language::En => en,
    }
}

/// The title of a group in the compare view.
pub fn group_title(group: Group, language: Language) -> &'static str {
    let (nl, en) = match group {
        Group::Variables => ("Variabelen", "Variables"),
        Group::Links => ("Verbanden", "Links"),
        Group::Scenarios => ("Scenario's", "Scenarios"),
        Group::Plans => ("Plannen en hun onderdelen", "Plans and their items"),
        Group::OutcomeWeights => ("Gewichten in de veerkrachtindex", "Weights in the resilience index"),
        Group::Interventions => ("Eigen interventies", "Own interventions"),
        Group::Settings => ("Simulatie-instellingen", "Simulation settings"),
        Group::Meta => ("Projectgegevens", "Project details"),
        Group::RetiredIds => ("Administratie van ids", "Id bookkeeping"),
    };
    pick(language, nl, en)
}

/// What kind of item a key names, lower case ("variabele").
pub fn kind_name(key: &Key, language: Language) -> &'static str {
    let (nl, en) = match key {
        Key::Variable(_) => ("variabele", "variable"),
        Key::Link(_) => ("verband", "link"),
        Key::Scenario(_) => ("scenario", "scenario"),
        Key::Plan(_) => ("plan", "plan"),
        Key::PlanItem(..) => ("planonderdeel", "plan item"),
        Key::OutcomeWeight(_) => ("gewicht", "weight"),
        Key::Intervention(_) => ("interventie", "intervention"),
        Key::Settings => ("simulatie-instellingen", "simulation settings"),
        Key::Meta => ("projectgegevens", "project details"),
        Key::RetiredIds => ("lijst van niet meer te gebruiken ids", "list of retired ids"),
    };
    pick(language, nl, en)
}

const FIELDS: &[(&str, &str, &str)] = &[
    ("name", "naam", "name"),
    ("description", "beschrijving", "description"),
    ("kind", "soort hulpbron", "kind of resource"),
    ("resource", "aard van de hulpbron", "nature of the resource"),
    ("baseline", "uitgangswaarde", "starting value"),
    ("direction", "wat is beter", "which way is better"),
    ("adjustment_months", "reactietijd (maanden)", "response time (months)"),
    ("source", "bron", "source"),
    ("position", "plaats in het diagram", "place in the diagram"),
    ("from", "van", "from"),
    ("to", "naar", "to"),
    ("polarity", "effect (+/−)", "effect (+/−)"),
    ("strength", "sterkte", "strength"),
    ("delay", "snelheid", "speed"),
    ("confidence", "zekerheid", "confidence"),
    ("shocks", "schokken", "shocks"),
    ("first_year", "eerste jaar", "first year"),
    ("last_year", "laatste jaar", "last year"),
    ("budget_eur", "budget per jaar (€)", "budget per year (€)"),
    ("notes", "toelichting", "notes"),
    ("start_month", "startmaand", "start month"),
    ("duration_months", "looptijd (maanden)", "duration (months)"),
    ("reach_percent", "bereik (%)", "reach (%)"),
    ("ramp_up_months", "opbouwtijd (maanden)", "build-up time (months)"),
    ("after_effect_months", "nawerking (maanden)", "after-effect (months)"),
    ("effects", "effecten", "effects"),
    ("cost", "kosten", "cost"),
    ("owner", "eigenaar", "owner"),
    ("partners", "partners", "partners"),
    ("wijken", "wijken", "neighbourhoods"),
    ("target_groups", "doelgroepen", "target groups"),
    ("target_group", "doelgroep", "target group"),
    ("settings", "omgevingen", "settings"),
    ("databank", "databank", "database"),
    ("example_values", "voorbeeldwaarden", "example values"),
    ("weight", "gewicht", "weight"),
    ("reason", "reden", "reason"),
    ("variable", "variabele", "variable"),
    ("intervention", "interventie", "intervention"),
    ("dt_months", "tijdstap (maanden)", "time step (months)"),
    ("horizon_months", "horizon (maanden)", "horizon (months)"),
    ("method", "rekenmethode", "method"),
    ("monte_carlo_runs", "aantal doorrekeningen voor de onzekerheidsband", "number of runs for the uncertainty band"),
    ("monte_carlo_seed", "startgetal van het toeval (onzekerheidsband)", "random seed (uncertainty band)"),
    ("gemeente", "gemeente", "municipality"),
    ("title", "titel", "title"),
    ("author", "auteur", "author"),
    ("created", "aangemaakt", "created"),
    ("modified", "gewijzigd", "modified"),
    ("retired_ids", "niet meer te gebruiken ids", "retired ids"),
    ("id", "id", "id"),
];

/// The field's name as users know it ("uitgangswaarde" for `baseline`); unknown fields keep their file name.
pub fn field_name(field: &str, language: Language) -> String {
    FIELDS
        .iter()
        .find(|(f, ..)| *f == field)
        .map_or_else(|| field.to_owned(), |(_, nl, en)| pick(language, nl, en).to_owned())
}

const WORDS: &[(&str, &str, &str)] = &[
    ("individueel", "individueel", "individual"),
    ("maatschappelijk", "maatschappelijk", "societal"),
    ("organisatorisch", "organisatorisch", "organisational"),
    ("sociaal", "sociaal", "social"),
    ("psychologisch", "psychologisch", "psychological"),
    ("cultureel", "cultureel", "cultural"),
    ("materieel", "materieel", "material"),
    ("higher_is_better", "hoger is beter", "higher is better"),
    ("lower_is_better", "lager is beter", "lower is better"),
    ("positive", "positief (+)", "positive (+)"),
    ("negative", "negatief (−)", "negative (−)"),
    ("zwak", "zwak", "weak"),
    ("gemiddeld", "gemiddeld", "medium"),
    ("sterk", "sterk", "strong"),
    ("zeer_sterk", "zeer sterk", "very strong"),
    ("direct", "direct", "immediate"),
    ("snel", "snel", "fast"),
    ("traag", "traag", "slow"),
    ("laag", "laag", "low"),
    ("hoog", "hoog", "high"),
    ("euler", "Euler", "Euler"),
    ("rk4", "Runge-Kutta (RK4)", "Runge-Kutta (RK4)"),
];

fn number(n: f64, language: Language) -> String {
    let mut text = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { format!("{n:.3}") };
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if language == Language::Nl { text.replace('.', ",") } else { text }
}

/// A value of the project file in words: numbers with a decimal comma, yes/no, the app's words for choices.
pub fn value_text(value: &Value, language: Language) -> String {
    match value {
        Value::Null => pick(language, "(niets)", "(nothing)").to_owned(),
        Value::Bool(b) => pick(language, if *b { "ja" } else { "nee" }, if *b { "yes" } else { "no" }).to_owned(),
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), |f| number(f, language)),
        Value::String(s) if s.is_empty() => pick(language, "(leeg)", "(empty)").to_owned(),
        Value::String(s) => WORDS
            .iter()
            .find(|(w, ..)| w == s)
            .map_or_else(|| format!("'{s}'"), |(_, nl, en)| pick(language, nl, en).to_owned()),
        Value::Array(items) if items.is_empty() => pick(language, "(geen)", "(none)").to_owned(),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            items.iter().map(|i| value_text(i, language)).collect::<Vec<_>>().join(", ")
        }
        Value::Array(items) => match (items.len(), language) {
            (1, Language::Nl) => "1 onderdeel".to_owned(),
            (n, Language::Nl) => format!("{n} onderdelen"),
            (1, Language::En) => "1 item".to_owned(),
            (n, Language::En) => format!("{n} items"),
        },
        Value::Object(map) => object_text(map, language),
    }
}

fn object_text(map: &serde_json::Map<String, Value>, language: Language) -> String {
    if let (Some(x), Some(y), 2) = (map.get("x"), map.get("y"), map.len()) {
        return format!("({}; {})", value_text(x, language), value_text(y, language));
    }
    if let (Some(g), 1) = (map.get("custom"), map.len()) {
        return format!("{} {}", pick(language, "eigen waarde", "custom value"), value_text(g, language));
    }
    if let (Some(m), 1) = (map.get("months"), map.len()) {
        return format!("{} {}", value_text(m, language), pick(language, "maanden", "months"));
    }
    let parts: Vec<String> = map
        .iter()
        .filter(|(k, _)| k.as_str() != "id")
        .map(|(k, v)| format!("{} {}", field_name(k, language), value_text(v, language)))
        .collect();
    parts.join(", ")
}

fn named(d_label: &str, key: &Key, language: Language) -> String {
    let kind = kind_name(key, language);
    if d_label.is_empty() {
        let mut chars = kind.chars();
        chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    } else {
        let mut chars = kind.chars();
        let kind: String = chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
        format!("{kind} '{d_label}'")
    }
}

/// One line per field: "uitgangswaarde: 50 → 60".
pub fn field_lines(d: &Difference, language: Language) -> Vec<String> {
    field_lines_with(d, language, |_, value| value_text(value, language))
}

/// Like [`field_lines`], with each value worded by `value(field, value)`.
pub(super) fn field_lines_with(
    d: &Difference,
    language: Language,
    value: impl Fn(&str, &Value) -> String,
) -> Vec<String> {
    match &d.change {
        Change::Changed(fields) => fields
            .iter()
            .map(|f| {
                format!("{}: {} → {}", field_name(&f.field, language), value(&f.field, &f.old), value(&f.field, &f.new))
            })
            .collect(),
        Change::Added(_) | Change::Removed(_) => Vec::new(),
    }
}

/// One sentence: "Variabele 'Stress' toegevoegd", "Verband 'A → B' gewijzigd: sterkte gemiddeld → sterk".
pub fn describe(d: &Difference, language: Language) -> String {
    let what = named(&d.label, &d.key, language);
    match &d.change {
        Change::Added(_) => format!("{what} {}", pick(language, "toegevoegd", "added")),
        Change::Removed(_) => format!("{what} {}", pick(language, "verwijderd", "removed")),
        Change::Changed(_) => {
            format!("{what} {}: {}", pick(language, "gewijzigd", "changed"), field_lines(d, language).join("; "))
        }
    }
}

/// Who saved a version, in one line: "revisie 1a2b3c4d5e6f, opgeslagen door GGD, Anne met Veerkrachtplanner 0.1.0";
/// `None` for a file without lineage (written by an older version or never saved).
pub fn saved_by_line(lineage: &crate::model::Lineage, language: Language) -> Option<String> {
    if lineage.revision.is_empty() {
        return None;
    }
    let revision = &lineage.revision[..lineage.revision.len().min(12)];
    let mut line = format!("{} {revision}", pick(language, "revisie", "revision"));
    let who: Vec<&str> = [lineage.saved_by.organisation.as_str(), lineage.saved_by.name.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !who.is_empty() {
        let _ = write!(line, ", {} {}", pick(language, "opgeslagen door", "saved by"), who.join(", "));
    }
    if !lineage.saved_by.program_version.is_empty() {
        let _ =
            write!(line, " {} Veerkrachtplanner {}", pick(language, "met", "with"), lineage.saved_by.program_version);
    }
    Some(line)
}

/// The side's name: "hier (dit bestand)" / "daar (het andere bestand)".
pub fn side_name(side: Side, language: Language) -> &'static str {
    match side {
        Side::Ours => pick(language, "deze versie", "this version"),
        Side::Theirs => pick(language, "de andere versie", "the other version"),
    }
}

fn presence(value: Option<&Value>, language: Language) -> String {
    match value {
        None => pick(language, "verwijderd", "removed").to_owned(),
        Some(_) => pick(language, "behouden of gewijzigd", "kept or changed").to_owned(),
    }
}

/// One sentence per conflict: what both sides did.
pub fn describe_conflict(c: &Conflict, language: Language) -> String {
    let what = named(&c.label, &c.key, language);
    match &c.kind {
        ConflictKind::Field { field, ours, theirs, .. } => format!(
            "{what}, {}: {} {} ↔ {} {}",
            field_name(field, language),
            side_name(Side::Ours, language),
            value_text(ours, language),
            side_name(Side::Theirs, language),
            value_text(theirs, language)
        ),
        ConflictKind::Item { ours, theirs, .. } => format!(
            "{what}: {} {}, {} {}",
            side_name(Side::Ours, language),
            presence(ours.as_ref(), language),
            side_name(Side::Theirs, language),
            presence(theirs.as_ref(), language),
        ),
    }
}

/// One side of an item conflict, line by line, for the side-by-side columns: "verwijderd", or "behouden" with the
/// item's name and every field that differs from the base ("uitgangswaarde: 50 → 60"; a field the base lacks shows
/// only its value).
pub fn conflict_side_lines(base: Option<&Value>, side: Option<&Value>, language: Language) -> Vec<String> {
    let Some(value) = side else { return vec![pick(language, "verwijderd", "removed").to_owned()] };
    let mut lines = vec![pick(language, "behouden", "kept").to_owned()];
    let Value::Object(map) = value else {
        lines.push(value_text(value, language));
        return lines;
    };
    let mut changed = 0;
    if let Some(name) = map.get("name") {
        let mut line = format!("{}: ", field_name("name", language));
        if let Some(before) = base.and_then(|b| b.get("name")).filter(|before| *before != name) {
            changed += 1;
            line.push_str(&value_text(before, language));
            line.push_str(" → ");
        }
        line.push_str(&value_text(name, language));
        lines.push(line);
    }
    for (field, now) in map.iter().filter(|(k, _)| !matches!(k.as_str(), "id" | "name")) {
        match base.and_then(|b| b.get(field)) {
            Some(before) if before == now => {}
            Some(before) => {
                changed += 1;
                lines.push(format!(
                    "{}: {} → {}",
                    field_name(field, language),
                    value_text(before, language),
                    value_text(now, language)
                ));
            }
            None => {
                changed += 1;
                lines.push(format!("{}: {}", field_name(field, language), value_text(now, language)));
            }
        }
    }
    if changed == 0 && base.is_some() {
        lines.push(pick(language, "(verder ongewijzigd)", "(otherwise unchanged)").to_owned());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::FieldChange;

    #[test]
    fn changes_read_as_plain_dutch() {
        let d = Difference {
            key: Key::Variable("stress".into()),
            label: "Stress".into(),
            change: Change::Changed(vec![
                FieldChange { field: "baseline".into(), old: serde_json::json!(50.0), new: serde_json::json!(62.5) },
                FieldChange {
                    field: "direction".into(),
                    old: serde_json::json!("higher_is_better"),
                    new: serde_json::json!("lower_is_better"),
                },
            ]),
        };
        assert_eq!(
            describe(&d, Language::Nl),
            "Variabele 'Stress' gewijzigd: uitgangswaarde: 50 → 62,5; wat is beter: hoger is beter → lager is beter"
        );
        assert_eq!(
            describe(&d, Language::En),
            "Variable 'Stress' changed: starting value: 50 → 62.5; which way is better: higher is better → lower is better"
        );
        let added = Difference { key: Key::Settings, label: String::new(), change: Change::Added(Value::Null) };
        assert_eq!(describe(&added, Language::Nl), "Simulatie-instellingen toegevoegd");
        assert_eq!(value_text(&serde_json::json!({"custom": 0.4}), Language::Nl), "eigen waarde 0,4");
        assert_eq!(value_text(&serde_json::json!({"x": 10.0, "y": -2.5}), Language::Nl), "(10; -2,5)");
    }

    #[test]
    fn an_item_conflict_side_shows_the_name_and_the_changed_fields() {
        let base = serde_json::json!({"id": "b", "name": "Beta", "baseline": 50.0, "unit": "%"});
        let changed = serde_json::json!({"id": "b", "name": "Beta", "baseline": 60.0, "unit": "%"});
        let lines = conflict_side_lines(Some(&base), Some(&changed), Language::Nl);
        assert_eq!(lines, vec!["behouden".to_owned(), "naam: 'Beta'".to_owned(), "uitgangswaarde: 50 → 60".to_owned()]);
        assert_eq!(conflict_side_lines(Some(&base), None, Language::Nl), vec!["verwijderd".to_owned()]);
        let same = conflict_side_lines(Some(&base), Some(&base), Language::En);
        assert_eq!(same.last().map(String::as_str), Some("(otherwise unchanged)"));
    }
}
