//! Loading and saving `*.veerkracht` project files.
//!
//! Loading: size cap → UTF-8 → `format_version` alone → migrate older versions → parse → validate. Every failure is
//! a Dutch [`LoadError`] that says what and where (line, column). Saving: normalise, pretty RON with a fixed
//! configuration (same project ⇒ same bytes), atomic replace with a `.bak` of the previous file.

use super::errors::{LoadError, LoadErrorKind, SaveError};
use super::ron_error::{dutch_message, problem_from_ron};
use super::{Problem, atomic, migrate, validate};
use crate::model::{FORMAT_VERSION, Project};
use serde::{Deserialize, Deserializer};
use std::io::Read;
use std::path::Path;

/// Largest project file that is opened (64 MiB; the full TNO model is well under 100 kB). Above the largest file
/// the limits of `model::rules` allow (about 22 MB, measured with the worst files of `tests/io/worst_file.rs`).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A successfully loaded project with the warnings found while checking it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub project: Project,
    /// Problems of severity `Warning` (never errors), with line numbers.
    pub warnings: Vec<Problem>,
    /// `Some(v)` when the file had the older format version `v` and was migrated; saving writes the current one.
    pub migrated_from: Option<u32>,
}

/// Reads only `format_version`; every other field is ignored, so this also works on files from newer versions.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct VersionProbe {
    #[serde(default, deserialize_with = "some_u64")]
    format_version: Option<u64>,
}

fn some_u64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    u64::deserialize(deserializer).map(Some)
}

/// Parses project text; warnings are dropped (use [`parse_project_with_warnings`] to show them).
pub fn parse_project(text: &str) -> Result<Project, LoadError> {
    parse_project_with_warnings(text).map(|loaded| loaded.project)
}

/// Parses, migrates and validates project text.
pub fn parse_project_with_warnings(text: &str) -> Result<Loaded, LoadError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large("de tekst", text.len() as u64));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(not_a_project(Problem::error("", "het bestand is leeg")));
    }
    let current = u64::from(FORMAT_VERSION);
    // Fast path: a current file parses in one go. Only when that fails, or the version differs, is the version read
    // on its own, so that a newer or older file gets the right message instead of a confusing type error.
    let first_try = ron::from_str::<Project>(text);
    let version = match &first_try {
        Ok(p) if p.format_version == FORMAT_VERSION => current,
        _ => probe_version(text)?,
    };
    if version > current {
        return Err(LoadError::one(
            LoadErrorKind::TooNew,
            Problem::error(
                "",
                format!(
                    "Dit bestand heeft formaatversie {version}; deze versie van Veerkrachtplanner kent versie \
                     {current} en ouder. Werk het programma bij."
                ),
            ),
        ));
    }
    let migrated;
    let (text, parsed) = if version < current {
        migrated = migrate::migrate(text, version).map_err(not_a_project)?;
        (migrated.as_str(), ron::from_str::<Project>(&migrated))
    } else {
        (text, first_try)
    };
    let mut project = parsed.map_err(|e| not_a_project(problem_from_ron(&e, text)))?;
    project.format_version = FORMAT_VERSION;
    let problems = validate::validate_source(&project, text);
    if problems.iter().any(Problem::is_error) {
        return Err(LoadError { kind: LoadErrorKind::Invalid, problems });
    }
    // Keep every collection in id order, so edits and their inverses restore a project exactly (see `edit`).
    project.normalize();
    Ok(Loaded {
        project,
        warnings: problems,
        migrated_from: (version < current).then(|| u32::try_from(version).unwrap_or(0)),
    })
}

/// The `format_version` of `text`, read on its own (every other field is ignored).
fn probe_version(text: &str) -> Result<u64, LoadError> {
    let probe: VersionProbe = ron::from_str(text).map_err(|e| not_a_project(problem_from_ron(&e, text)))?;
    probe.format_version.ok_or_else(|| {
        not_a_project(Problem::error(
            "",
            "het veld 'format_version' ontbreekt; is dit wel een projectbestand van Veerkrachtplanner?",
        ))
    })
}

/// Reads a project file; warnings are dropped (use [`load_project_file_with_warnings`] to show them).
pub fn load_project_file(path: &Path) -> Result<Project, LoadError> {
    load_project_file_with_warnings(path).map(|loaded| loaded.project)
}

/// Reads a project file (at most [`MAX_FILE_BYTES`]), then as [`parse_project_with_warnings`].
pub fn load_project_file_with_warnings(path: &Path) -> Result<Loaded, LoadError> {
    let text = read_text_capped(path, MAX_FILE_BYTES)?;
    parse_project_with_warnings(&text)
}

/// Reads at most `cap` bytes of UTF-8 text, with Dutch errors. Also used for recovery files.
pub(crate) fn read_text_capped(path: &Path, cap: u64) -> Result<String, LoadError> {
    let shown = path.display();
    let unreadable = |message: String| LoadError::one(LoadErrorKind::Unreadable, Problem::error("", message));
    let io_error = |e: &std::io::Error| unreadable(format!("Kan '{shown}' niet openen: {}.", describe_read_error(e)));
    let meta = std::fs::metadata(path).map_err(|e| io_error(&e))?;
    if meta.is_dir() {
        return Err(unreadable(format!("'{shown}' is een map, geen projectbestand.")));
    }
    if meta.len() > cap {
        return Err(too_large(&format!("het bestand '{shown}'"), meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Read one byte past the cap, so that a file that grows (or a device) is refused too.
    file.take(cap + 1).read_to_end(&mut bytes).map_err(|e| io_error(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(&format!("het bestand '{shown}'"), bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.split(|&b| b == b'\n').count();
        unreadable(format!(
            "'{shown}' is geen tekstbestand: op regel {line} staan tekens die geen UTF-8 zijn. Een projectbestand \
             van Veerkrachtplanner is platte tekst; is dit wel het goede bestand?"
        ))
    })
}

fn describe_read_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "het bestand bestaat niet".to_owned(),
        ErrorKind::PermissionDenied => "geen leesrechten".to_owned(),
        _ => format!("leesfout ({e})"),
    }
}

fn too_large(what: &str, bytes: u64) -> LoadError {
    let message = format!(
        "{what} is {} groot; Veerkrachtplanner opent projectbestanden tot {}. Is dit wel een projectbestand?",
        format_size(bytes),
        format_size(MAX_FILE_BYTES)
    );
    LoadError::one(LoadErrorKind::Unreadable, Problem::error("", super::problem::capitalize(&message)))
}

/// "20 MB", "25,3 MB", "512 kB", "12 bytes" (Dutch decimal comma; 1 MB = 1024 × 1024 bytes).
pub(crate) fn format_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let scaled = |unit: u64, name: &str| {
        let tenths = (bytes * 10 + unit / 2) / unit;
        if tenths.is_multiple_of(10) {
            format!("{} {name}", tenths / 10)
        } else {
            format!("{},{} {name}", tenths / 10, tenths % 10)
        }
    };
    if bytes >= MB {
        scaled(MB, "MB")
    } else if bytes >= KB {
        scaled(KB, "kB")
    } else {
        format!("{bytes} bytes")
    }
}

fn not_a_project(problem: Problem) -> LoadError {
    LoadError::one(LoadErrorKind::NotAProject, problem)
}

/// The fixed output format: changing any of these changes every saved file, so don't.
fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .depth_limit(usize::MAX)
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .compact_structs(false)
        .compact_maps(false)
        .escape_strings(true)
        .number_suffixes(false)
        .extensions(ron::extensions::Extensions::empty())
}

/// The file text of `project`: normalised (sorted by id), current format version, pretty RON, final newline.
/// Deterministic: the same project always gives the same bytes.
pub fn try_to_ron_string(project: &Project) -> Result<String, SaveError> {
    let mut p = project.clone();
    p.normalize();
    p.format_version = FORMAT_VERSION;
    let mut text = ron::ser::to_string_pretty(&p, pretty_config())
        .map_err(|e| SaveError(format!("Kan het project niet omzetten naar tekst: {}.", dutch_message(&e))))?;
    text.push('\n');
    Ok(text)
}

/// As [`try_to_ron_string`]; serialising these plain types cannot fail in practice (empty string if it did).
pub fn to_ron_string(project: &Project) -> String {
    try_to_ron_string(project).unwrap_or_default()
}

/// Saves atomically: writes a temporary file in the same folder, syncs it, keeps the previous file as
/// `NAME.veerkracht.bak`, then renames the new file over `path`. The target is never left truncated.
pub fn save_project_file(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = try_to_ron_string(project)?;
    atomic::write_atomic(path, text.as_bytes(), true)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_dutch() {
        assert_eq!(format_size(MAX_FILE_BYTES), "64 MB");
        assert_eq!(format_size(MAX_FILE_BYTES + MAX_FILE_BYTES / 4), "80 MB");
        assert_eq!(format_size(26_542_080), "25,3 MB");
        assert_eq!(format_size(1536), "1,5 kB");
        assert_eq!(format_size(12), "12 bytes");
    }

    #[test]
    fn version_probe_ignores_everything_else() {
        let probe: VersionProbe = ron::from_str("(nieuw_veld: [1, 2], format_version: 9, x: (y: z))").unwrap();
        assert_eq!(probe.format_version, Some(9));
        let probe: VersionProbe = ron::from_str("(meta: ())").unwrap();
        assert_eq!(probe.format_version, None);
    }

    #[test]
    fn newer_version_names_both_versions() {
        let err = parse_project("(format_version: 3, iets_nieuws: true)").unwrap_err();
        assert_eq!(err.kind, LoadErrorKind::TooNew);
        assert_eq!(
            err.to_string(),
            "Dit bestand heeft formaatversie 3; deze versie van Veerkrachtplanner kent versie 2 en ouder. \
             Werk het programma bij."
        );
    }

    #[test]
    fn saving_is_deterministic_and_ends_with_a_newline() {
        let mut p = Project::default();
        p.variables.push(crate::model::Variable::new("b".into(), "B", crate::model::ResourceKind::Individual));
        p.variables.push(crate::model::Variable::new("a".into(), "A", crate::model::ResourceKind::Individual));
        let text = to_ron_string(&p);
        assert!(text.ends_with(")\n"));
        assert!(text.find("id: \"a\"").unwrap() < text.find("id: \"b\"").unwrap());
        let again = parse_project(&text).unwrap();
        assert_eq!(to_ron_string(&again), text);
    }

    #[test]
    fn byte_order_mark_and_empty_text() {
        assert!(parse_project("\u{feff}(format_version: 1)").is_ok());
        let err = parse_project(" \n ").unwrap_err();
        assert_eq!(err.to_string(), "Het bestand is leeg");
    }
}
