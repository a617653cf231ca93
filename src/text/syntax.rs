//! The RON parser's errors (a file that is not a readable project) in words: "hier ontbreekt een komma" /
//! "a comma is missing here". Used by `text::problems`; the parser's own English text stays the problem's detail.

use super::Language;
use ron::error::Error as RonError;

/// What a file that stops too early is called.
pub fn truncated(lang: Language) -> &'static str {
    lang.pick(
        "het bestand is afgebroken (onvolledig): het houdt op midden in het project. Misschien is het niet helemaal \
         gekopieerd of verstuurd",
        "the file is cut off (incomplete): it stops in the middle of the project. Perhaps it was not copied or sent \
         completely",
    )
}

/// The text for one RON error kind (without position), lower case.
pub fn syntax(code: &RonError, lang: Language) -> String {
    match lang {
        Language::Nl => dutch(code),
        Language::En => english(code),
    }
}

/// " voor een verband" / " for a link" when the parser names the outer type.
fn outer(outer: Option<&str>, nl: &str, en: &str, lang: Language) -> String {
    outer.map(|o| format!(" {} {}", lang.pick(nl, en), type_name(o, lang))).unwrap_or_default()
}

const NOT_A_PROJECT_NL: &str = "dit is geen projectbestand van Veerkrachtplanner";
const NOT_A_PROJECT_EN: &str = "this is not a Veerkrachtplanner project file";

fn dutch(code: &RonError) -> String {
    let lang = Language::Nl;
    match code {
        RonError::Eof => "het bestand is afgebroken (onvolledig): het houdt op midden in het project".to_owned(),
        RonError::ExpectedFloat => "hier wordt een getal verwacht, bijvoorbeeld 50.0".to_owned(),
        RonError::ExpectedInteger => "hier wordt een geheel getal verwacht, bijvoorbeeld 60".to_owned(),
        RonError::IntegerOutOfBounds => "dit getal past hier niet (te groot, te klein of negatief)".to_owned(),
        RonError::FloatUnderscore | RonError::UnderscoreAtBeginning | RonError::InvalidIntegerDigit { .. } => {
            "dit is geen geldig getal".to_owned()
        }
        RonError::ExpectedString => {
            "hier wordt tekst tussen aanhalingstekens verwacht, bijvoorbeeld \"Stress\"".to_owned()
        }
        RonError::ExpectedStringEnd => "een tekst is niet afgesloten met een aanhalingsteken (\")".to_owned(),
        RonError::InvalidEscape(_) => "een tekst bevat een ongeldige \\-code".to_owned(),
        RonError::ExpectedBoolean => "hier wordt true of false verwacht".to_owned(),
        RonError::ExpectedComma => "hier ontbreekt een komma".to_owned(),
        RonError::ExpectedArray => "hier wordt een lijst verwacht die begint met '['".to_owned(),
        RonError::ExpectedArrayEnd => "een lijst is niet afgesloten met ']'".to_owned(),
        RonError::ExpectedMap => "hier wordt een tabel verwacht die begint met '{'".to_owned(),
        RonError::ExpectedMapColon => "hier wordt een dubbele punt ':' verwacht".to_owned(),
        RonError::ExpectedMapEnd => "een tabel is niet afgesloten met '}'".to_owned(),
        RonError::ExpectedStructLike => "hier wordt '(' verwacht".to_owned(),
        RonError::ExpectedNamedStructLike(name) => {
            if name.is_empty() {
                "hier wordt '(' verwacht".to_owned()
            } else if *name == "Project" {
                format!("{NOT_A_PROJECT_NL}: het moet beginnen met '('")
            } else {
                format!("hier wordt '(' verwacht voor {}", type_name(name, lang))
            }
        }
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => "hier wordt ')' verwacht".to_owned(),
        RonError::ExpectedDifferentStructName { expected: "Project", found } => {
            format!("{NOT_A_PROJECT_NL}: het begint met '{found}' in plaats van met '('")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            format!("hier wordt {} verwacht, maar er staat '{found}'", type_name(expected, lang))
        }
        RonError::ExpectedOption => "hier wordt Some(…) of None verwacht".to_owned(),
        RonError::ExpectedIdentifier => {
            "hier wordt een naam verwacht (een veldnaam of een woord zoals sterk)".to_owned()
        }
        RonError::SuggestRawIdentifier(found) | RonError::InvalidIdentifier(found) => {
            format!("'{found}' is hier geen geldige waarde; hier hoort een woord, zoals sterk of gemiddeld")
        }
        RonError::UnexpectedChar(c) => format!("onverwacht teken '{c}'"),
        RonError::TrailingCharacters => "na het einde van het project staat nog tekst".to_owned(),
        RonError::UnclosedBlockComment => "een commentaar '/*' is niet afgesloten met '*/'".to_owned(),
        RonError::Utf8Error(_) => "het bestand bevat ongeldige tekens (geen UTF-8)".to_owned(),
        RonError::ExceededRecursionLimit => "het bestand is te diep genest".to_owned(),
        RonError::NoSuchEnumVariant { expected, found, outer: o } => format!(
            "onbekende waarde '{found}'{}; toegestaan: {}",
            outer(o.as_deref(), "voor", "for", lang),
            expected.join(", ")
        ),
        RonError::NoSuchStructField { expected, found, outer: o } => format!(
            "onbekend veld '{found}'{}; bekende velden: {}",
            outer(o.as_deref(), "in", "in", lang),
            expected.join(", ")
        ),
        RonError::MissingStructField { field, outer: o } => {
            format!("het veld '{field}' ontbreekt{}", outer(o.as_deref(), "in", "in", lang))
        }
        RonError::DuplicateStructField { field, outer: o } => {
            format!("het veld '{field}' staat er twee keer{}", outer(o.as_deref(), "in", "in", lang))
        }
        RonError::InvalidValueForType { expected, found } => format!(
            "verkeerd soort waarde: verwacht {}, maar er staat {}",
            expected_text(expected, lang),
            found_text(found, lang)
        ),
        RonError::ExpectedDifferentLength { expected, found } => {
            format!("verkeerd aantal elementen: verwacht {expected}, maar er staan er {found}")
        }
        RonError::Message(_) => "ongeldige waarde".to_owned(),
        _ => "dit deel van het bestand is niet te lezen".to_owned(),
    }
}

fn english(code: &RonError) -> String {
    let lang = Language::En;
    match code {
        RonError::Eof => "the file is cut off (incomplete): it stops in the middle of the project".to_owned(),
        RonError::ExpectedFloat => "a number is expected here, for example 50.0".to_owned(),
        RonError::ExpectedInteger => "a whole number is expected here, for example 60".to_owned(),
        RonError::IntegerOutOfBounds => "this number does not fit here (too large, too small or negative)".to_owned(),
        RonError::FloatUnderscore | RonError::UnderscoreAtBeginning | RonError::InvalidIntegerDigit { .. } => {
            "this is not a valid number".to_owned()
        }
        RonError::ExpectedString => "text in quotation marks is expected here, for example \"Stress\"".to_owned(),
        RonError::ExpectedStringEnd => "a text is not closed with a quotation mark (\")".to_owned(),
        RonError::InvalidEscape(_) => "a text contains an invalid \\ code".to_owned(),
        RonError::ExpectedBoolean => "true or false is expected here".to_owned(),
        RonError::ExpectedComma => "a comma is missing here".to_owned(),
        RonError::ExpectedArray => "a list starting with '[' is expected here".to_owned(),
        RonError::ExpectedArrayEnd => "a list is not closed with ']'".to_owned(),
        RonError::ExpectedMap => "a table starting with '{' is expected here".to_owned(),
        RonError::ExpectedMapColon => "a colon ':' is expected here".to_owned(),
        RonError::ExpectedMapEnd => "a table is not closed with '}'".to_owned(),
        RonError::ExpectedStructLike => "'(' is expected here".to_owned(),
        RonError::ExpectedNamedStructLike(name) => {
            if name.is_empty() {
                "'(' is expected here".to_owned()
            } else if *name == "Project" {
                format!("{NOT_A_PROJECT_EN}: it must start with '('")
            } else {
                format!("'(' is expected here for {}", type_name(name, lang))
            }
        }
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => "')' is expected here".to_owned(),
        RonError::ExpectedDifferentStructName { expected: "Project", found } => {
            format!("{NOT_A_PROJECT_EN}: it starts with '{found}' instead of '('")
        }
        RonError::ExpectedDifferentStructName { expected, found } => {
            format!("{} is expected here, but it says '{found}'", type_name(expected, lang))
        }
        RonError::ExpectedOption => "Some(…) or None is expected here".to_owned(),
        RonError::ExpectedIdentifier => "a name is expected here (a field name or a word such as sterk)".to_owned(),
        RonError::SuggestRawIdentifier(found) | RonError::InvalidIdentifier(found) => {
            format!("'{found}' is not a valid value here; a word belongs here, such as sterk or gemiddeld")
        }
        RonError::UnexpectedChar(c) => format!("unexpected character '{c}'"),
        RonError::TrailingCharacters => "there is more text after the end of the project".to_owned(),
        RonError::UnclosedBlockComment => "a comment '/*' is not closed with '*/'".to_owned(),
        RonError::Utf8Error(_) => "the file contains invalid characters (not UTF-8)".to_owned(),
        RonError::ExceededRecursionLimit => "the file is nested too deeply".to_owned(),
        RonError::NoSuchEnumVariant { expected, found, outer: o } => format!(
            "unknown value '{found}'{}; allowed: {}",
            outer(o.as_deref(), "voor", "for", lang),
            expected.join(", ")
        ),
        RonError::NoSuchStructField { expected, found, outer: o } => format!(
            "unknown field '{found}'{}; known fields: {}",
            outer(o.as_deref(), "in", "in", lang),
            expected.join(", ")
        ),
        RonError::MissingStructField { field, outer: o } => {
            format!("the field '{field}' is missing{}", outer(o.as_deref(), "in", "in", lang))
        }
        RonError::DuplicateStructField { field, outer: o } => {
            format!("the field '{field}' occurs twice{}", outer(o.as_deref(), "in", "in", lang))
        }
        RonError::InvalidValueForType { expected, found } => format!(
            "wrong kind of value: expected {}, but it says {}",
            expected_text(expected, lang),
            found_text(found, lang)
        ),
        RonError::ExpectedDifferentLength { expected, found } => {
            format!("wrong number of elements: expected {expected}, but there are {found}")
        }
        RonError::Message(_) => "invalid value".to_owned(),
        _ => "this part of the file cannot be read".to_owned(),
    }
}

/// The name of a model type as it appears in serde's messages ("Link" → "een verband" / "a link").
pub fn type_name(name: &str, lang: Language) -> String {
    let (nl, en) = match name {
        "Project" => ("het project", "the project"),
        "Meta" => ("de projectgegevens (meta)", "the project details (meta)"),
        "Variable" => ("een variabele", "a variable"),
        "Link" => ("een verband", "a link"),
        "Layout" => ("de opmaak (layout)", "the layout"),
        "Position" => ("een positie", "a position"),
        "OutcomeIndex" => ("de veerkrachtindex (outcome)", "the resilience index (outcome)"),
        "OutcomeWeight" => ("een uitkomstgewicht", "an outcome weight"),
        "SimSettings" => ("de simulatie-instellingen (settings)", "the simulation settings"),
        "Scenario" => ("een scenario", "a scenario"),
        "Shock" => ("een schok", "a shock"),
        "InputShape" => ("een tijdsverloop (shape)", "a time course (shape)"),
        "Intervention" => ("een interventie", "an intervention"),
        "Effect" => ("een effect", "an effect"),
        "Cost" => ("de kosten", "the costs"),
        "Plan" => ("een plan", "a plan"),
        "PlanItem" => ("een planonderdeel", "a plan item"),
        "ResourceKind" => ("de soort hulpbron (kind)", "the kind of resource (kind)"),
        "ResourceTag" => ("de hulpbron (resource)", "the resource"),
        "Direction" => ("de richting (direction)", "the direction"),
        "Polarity" => ("de polariteit", "the polarity"),
        "Strength" => ("de sterkte", "the strength"),
        "Delay" => ("de vertraging", "the delay"),
        "Confidence" => ("de zekerheid", "the confidence"),
        "SimMethod" => ("de rekenmethode", "the calculation method"),
        "Setting" => ("de setting", "the setting"),
        other => return format!("'{other}'"),
    };
    lang.pick(nl, en).to_owned()
}

/// serde's "expected" text in words ("f64" → "een getal" / "a number").
fn expected_text(expected: &str, lang: Language) -> String {
    let (nl, en) = match expected {
        "f64" | "f32" => ("een getal", "a number"),
        "u8" | "u16" | "u32" | "u64" | "usize" => ("een geheel getal van 0 of meer", "a whole number of 0 or more"),
        "i8" | "i16" | "i32" | "i64" | "isize" => ("een geheel getal", "a whole number"),
        "a string" => ("tekst tussen aanhalingstekens", "text in quotation marks"),
        "a boolean" => ("true of false", "true or false"),
        "a sequence" => ("een lijst [ … ]", "a list [ … ]"),
        "a map" => ("een tabel { … }", "a table { … }"),
        "option" => ("Some(…) of None", "Some(…) or None"),
        other => {
            return match other.strip_prefix("struct ").or_else(|| other.strip_prefix("enum ")) {
                Some(name) => type_name(name, lang),
                None => other.to_owned(),
            };
        }
    };
    lang.pick(nl, en).to_owned()
}

/// ron's "found" text in words ("the string \"x\"" → "de tekst \"x\"" / "the text \"x\"").
fn found_text(found: &str, lang: Language) -> String {
    let number = |s: &str| s.trim_matches('`').to_owned();
    if let Some(rest) = found.strip_prefix("the string ") {
        format!("{} {rest}", lang.pick("de tekst", "the text"))
    } else if let Some(rest) = found
        .strip_prefix("the unsigned integer ")
        .or_else(|| found.strip_prefix("the signed integer "))
        .or_else(|| found.strip_prefix("the floating point number "))
    {
        format!("{} {}", lang.pick("het getal", "the number"), number(rest))
    } else if let Some(rest) = found.strip_prefix("the boolean ") {
        number(rest)
    } else {
        let (nl, en) = match found {
            "a unit value" => ("een losse naam of ()", "a bare name or ()"),
            "an optional value" => ("Some(…) of None", "Some(…) or None"),
            "a sequence" => ("een lijst", "a list"),
            "a map" => ("een tabel of structuur", "a table or structure"),
            other => return other.to_owned(),
        };
        lang.pick(nl, en).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_types_and_values() {
        assert_eq!(expected_text("f64", Language::Nl), "een getal");
        assert_eq!(expected_text("struct Link", Language::Nl), "een verband");
        assert_eq!(expected_text("struct Link", Language::En), "a link");
        assert_eq!(found_text("the string \"hoog\"", Language::Nl), "de tekst \"hoog\"");
        assert_eq!(found_text("the signed integer `-3`", Language::Nl), "het getal -3");
        assert_eq!(found_text("the signed integer `-3`", Language::En), "the number -3");
        assert_eq!(type_name("Onbekend", Language::Nl), "'Onbekend'");
    }
}
