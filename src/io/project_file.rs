//! Loading and saving `*.veerkracht` project files.
//!
//! Loading: size cap → UTF-8 → parse (the fast reader `ron_fast` for the common case, `ron` for everything else) →
//! `format_version` alone when that differs or fails → migrate older versions → validate. Every failure is a Dutch
//! [`LoadError`] that says what and where (line, column), found by `ron`. Saving: the canonical text (`ron_write`:
//! normalised order, the bytes of `ron`'s pretty serialiser with a fixed configuration, so the same project gives
//! the same bytes), atomic replace with a `.bak` of the previous file.

use super::errors::{LoadError, LoadErrorKind, SaveError};
use super::ron_error::problem_from_ron;
use super::{IoFailure, Problem, ProblemKind, atomic, migrate, validate};
use super::{ron_fast, ron_write};
use crate::model::{FORMAT_VERSION, Project};
use serde::{Deserialize, Deserializer};
use std::io::Read;
use std::path::Path;

/// Largest project file that is opened ([`crate::model::rules::MAX_FILE_BYTES`]).
pub const MAX_FILE_BYTES: u64 = crate::model::rules::MAX_FILE_BYTES;

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
        return Err(too_large(None, text.len() as u64));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(not_a_project(Problem::error(ProblemKind::EmptyFile)));
    }
    let current = u64::from(FORMAT_VERSION);
    // Fast path: a current file parses in one go. Only when that fails, or the version differs, is the version read
    // on its own, so that a newer or older file gets the right message instead of a confusing type error.
    let (first_try, fields_known) = read(text);
    let version = match &first_try {
        Ok(p) if p.format_version == FORMAT_VERSION => current,
        _ => probe_version(text)?,
    };
    if version > current {
        return Err(LoadError::one(
            LoadErrorKind::TooNew,
            Problem::error(ProblemKind::TooNew { version, known: FORMAT_VERSION }),
        ));
    }
    let migrated;
    let (text, (parsed, fields_known)) = if version < current {
        migrated = migrate::migrate(text, version).map_err(|p| not_a_project(*p))?;
        (migrated.as_str(), read(&migrated))
    } else {
        (text, (first_try, fields_known))
    };
    let mut project = parsed.map_err(|e| all_problems(&e, text))?;
    project.format_version = FORMAT_VERSION;
    let problems = validate::validate_text(&project, text, !fields_known);
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

/// The project in `text`: by the fast reader when the text is within its subset (then every field name is known,
/// `true`), otherwise by `ron` (`false`), which gives the same project or the error with its place.
fn read(text: &str) -> (Result<Project, ron::error::SpannedError>, bool) {
    match ron_fast::from_str::<Project>(text) {
        Some(project) => (Ok(project), true),
        None => (ron::from_str::<Project>(text), false),
    }
}

/// Every syntax and type problem the parser can find after repairing wrong values (`ron_repair`), and when the
/// repaired text reads, its content problems too (not on the lines of the repaired values), in line order.
fn all_problems(err: &ron::error::SpannedError, text: &str) -> LoadError {
    let (mut problems, repaired) = super::ron_repair::problems_with_repairs::<Project>(err, text);
    if let Some((project, repaired_text)) = repaired {
        let lines: std::collections::HashSet<usize> = problems.iter().filter_map(|p| p.line).collect();
        let content = validate::validate_source(&project, &repaired_text);
        problems.extend(content.into_iter().filter(|p| p.line.is_none_or(|l| !lines.contains(&l))));
        problems.sort_by_key(|p| (p.line.unwrap_or(usize::MAX), p.column.unwrap_or(0)));
    }
    LoadError { kind: LoadErrorKind::NotAProject, problems }
}

/// The `format_version` of `text`, read on its own (every other field is ignored).
fn probe_version(text: &str) -> Result<u64, LoadError> {
    let probe: VersionProbe = ron::from_str(text).map_err(|e| not_a_project(problem_from_ron(&e, text)))?;
    probe.format_version.ok_or_else(|| not_a_project(Problem::error(ProblemKind::NoFormatVersion)))
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
    let unreadable = |kind: ProblemKind| LoadError::one(LoadErrorKind::Unreadable, Problem::error(kind));
    let io_error =
        |e: &std::io::Error| unreadable(ProblemKind::CannotOpen { path: path.to_path_buf(), io: IoFailure::from(e) });
    let meta = std::fs::metadata(path).map_err(|e| io_error(&e))?;
    if meta.is_dir() {
        return Err(unreadable(ProblemKind::IsFolder { path: path.to_path_buf() }));
    }
    if meta.len() > cap {
        return Err(too_large(Some(path), meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Read one byte past the cap, so that a file that grows (or a device) is refused too.
    file.take(cap + 1).read_to_end(&mut bytes).map_err(|e| io_error(&e))?;
    if bytes.len() as u64 > cap {
        return Err(too_large(Some(path), bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.split(|&b| b == b'\n').count();
        unreadable(ProblemKind::NotText { path: path.to_path_buf(), line })
    })
}

fn too_large(path: Option<&Path>, bytes: u64) -> LoadError {
    let kind = ProblemKind::TooLarge { path: path.map(Path::to_path_buf), bytes, max: MAX_FILE_BYTES };
    LoadError::one(LoadErrorKind::Unreadable, Problem::error(kind))
}

fn not_a_project(problem: Problem) -> LoadError {
    LoadError::one(LoadErrorKind::NotAProject, problem)
}

/// The fixed output format: changing any of these changes every saved file, so don't. The canonical writer
/// (`ron_write`) writes exactly these bytes; `ron`'s pretty serialiser with this configuration stays as the tests'
/// reference.
pub fn pretty_config() -> ron::ser::PrettyConfig {
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
    Ok(ron_write::project_text(project, FORMAT_VERSION))
}

/// The file text by serde and `ron`'s pretty serialiser (what [`try_to_ron_string`] wrote before it had its own
/// writer): the reference the canonical writer is compared with, byte for byte.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn serde_ron_string(project: &Project) -> String {
    let mut p = project.clone();
    p.normalize();
    p.format_version = FORMAT_VERSION;
    let mut text = ron::ser::to_string_pretty(&p, pretty_config()).expect("serialisable");
    text.push('\n');
    text
}

/// As [`try_to_ron_string`]; serialising these plain types cannot fail in practice (empty string if it did).
pub fn to_ron_string(project: &Project) -> String {
    try_to_ron_string(project).unwrap_or_default()
}

/// Saves atomically: writes a temporary file in the same folder, syncs it, keeps the previous file as
/// `NAME.veerkracht.bak`, then renames the new file over `path`. The target is never left truncated.
pub fn save_project_file(project: &Project, path: &Path) -> Result<(), SaveError> {
    save_project_text(&try_to_ron_string(project)?, path)
}

/// The writing half of [`save_project_file`]: `text` (a project's [`to_ron_string`]) saved atomically with a `.bak`
/// of the previous file.
pub fn save_project_text(text: &str, path: &Path) -> Result<(), SaveError> {
    atomic::write_atomic(path, text.as_bytes(), true)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

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
        assert_eq!(err.problems[0].kind, ProblemKind::TooNew { version: 3, known: 2 });
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
