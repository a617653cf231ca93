//! In English no screen shows a Dutch string of our own. The test collects the Dutch side of every text table (the
//! `"nl", "en"` pairs and the `Language::Nl =>` arms in `src/ui` and `src/text`), switches the app to English, walks
//! every view, tab, panel and window, and fails on any visible text that is one of those Dutch strings. What a
//! gemeente wrote itself (the example project's names and descriptions) and the catalogue's prose and source titles
//! stay as written and are taken out first.

use super::laptop::{LAPTOP, app_at, example_file};
use super::*;
use egui_kittest::kittest::NodeT;
use std::collections::BTreeSet;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::panels::help::HelpPage;

/// The string literals of a Rust source with the text just before each (to see `Language::Nl =>`).
fn literals(source: &str) -> Vec<(usize, usize, String)> {
    let bytes: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == '\'' && i + 2 < bytes.len() && bytes[i + 2] == '\'' {
            i += 3;
            continue;
        }
        if c == '/' && bytes.get(i + 1) == Some(&'/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '"' {
            let start = i;
            let mut literal = String::new();
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                    match bytes.get(i) {
                        Some('\n') => {
                            i += 1;
                            while i < bytes.len() && bytes[i].is_whitespace() {
                                i += 1;
                            }
                            continue;
                        }
                        Some('"') => literal.push('"'),
                        Some('n') => literal.push('\n'),
                        Some(other) => literal.push(*other),
                        None => {}
                    }
                } else {
                    literal.push(bytes[i]);
                }
                i += 1;
            }
            found.push((start, i, literal));
        }
        i += 1;
    }
    found
}

/// The Dutch and the English strings of one source file.
fn tables(source: &str, dutch: &mut BTreeSet<String>, english: &mut BTreeSet<String>) {
    let chars: Vec<char> = source.chars().collect();
    let between = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    let found = literals(source);
    for (k, (start, _, text)) in found.iter().enumerate() {
        let before: String = chars[start.saturating_sub(40)..*start].iter().collect();
        let before = before.split_whitespace().collect::<Vec<_>>().join(" ");
        if before.ends_with("Language::Nl => format!(") || before.ends_with("Language::Nl =>") {
            dutch.insert(text.clone());
        } else if before.ends_with("Language::En => format!(") || before.ends_with("Language::En =>") {
            english.insert(text.clone());
        }
        // A pair "nl", "en" (texts! tables, Txt::new, pick).
        if let Some((next_start, _, next)) = found.get(k + 1) {
            let gap = between(found[k].1 + 1, *next_start);
            if gap.trim() == "," {
                dutch.insert(text.clone());
                english.insert(next.clone());
            }
        }
    }
}

fn sources(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// The fixed pieces of the Dutch strings (format placeholders cut out) that are not also English.
fn dutch_table() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root.join("ui"), &mut files);
    sources(&root.join("text"), &mut files);
    let (mut dutch, mut english) = (BTreeSet::new(), BTreeSet::new());
    for file in &files {
        tables(file, &mut dutch, &mut english);
    }
    let english_pieces: BTreeSet<String> = english.iter().flat_map(|e| pieces(e)).collect();
    dutch
        .iter()
        .flat_map(|d| pieces(d))
        .filter(|p| !english_pieces.contains(p) && !english.contains(p))
        .filter(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect()
}

/// The text between `{…}` placeholders, trimmed of spaces and punctuation.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push(std::mem::take(&mut current));
            }
            '}' => depth -= 1,
            _ if depth == 0 => current.push(c),
            _ => {}
        }
    }
    out.push(current);
    out.into_iter()
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || ".,:;()'•–-".contains(c)).to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// What the gemeente and the catalogue wrote themselves: it stays as written in every language.
fn own_texts() -> Vec<String> {
    let project = veerkrachtplanner::io::load_project_file(&example_file()).unwrap();
    let mut texts: Vec<String> = Vec::new();
    for v in &project.variables {
        texts.extend([v.name.clone(), v.description.clone(), v.source.clone()]);
    }
    for l in &project.links {
        texts.push(l.source.clone());
    }
    for s in &project.scenarios {
        texts.extend([s.name.clone(), s.description.clone()]);
        texts.extend(s.shocks.iter().map(|s| s.note.clone()));
    }
    for w in &project.outcome.weights {
        texts.push(w.reason.clone());
    }
    for p in &project.plans {
        texts.extend([p.name.clone(), p.notes.clone()]);
    }
    for i in project.interventions.iter().chain(veerkrachtplanner::plan::catalogue()) {
        texts.extend([i.name.clone(), i.description.clone(), i.source.clone(), i.target_group.clone()]);
        texts.extend(i.databank.clone());
    }
    texts.extend([project.meta.gemeente.clone(), project.meta.title.clone(), project.meta.notes.clone()]);
    let mut texts: Vec<String> = texts.into_iter().filter(|t| t.chars().count() > 2).collect();
    // Longest first, so a name inside a longer text does not leave the rest behind.
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts
}

fn visible(harness: &Harness<'static, PlannerApp>) -> Vec<String> {
    harness
        .query_all_by(|n| n.label().is_some() || n.value().is_some())
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

struct Walk {
    dutch: BTreeSet<String>,
    own: Vec<String>,
    found: Vec<String>,
    seen: usize,
}

impl Walk {
    fn check(&mut self, harness: &Harness<'static, PlannerApp>, view: &str) {
        let texts = visible(harness);
        assert!(!texts.is_empty(), "{view}: nothing on screen");
        self.seen += texts.len();
        for text in texts {
            // A piece of a long text of the gemeente's own (a wrapped line of a description).
            if text.trim().chars().count() > 20 && self.own.iter().any(|own| own.contains(text.trim())) {
                continue;
            }
            // A menu item's label ends with its shortcut ("Save as… Ctrl+Shift+S").
            let text = text.split(" Ctrl+").next().unwrap_or_default().to_owned();
            let rest = self.own.iter().fold(text.clone(), |t, own| t.replace(own.as_str(), " "));
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || ".,:;()'•–-".contains(c));
            let hit = self
                .dutch
                .iter()
                .find(|d| rest == d.as_str() || (d.chars().count() >= 14 && contains_as_words(rest, d)));
            if let Some(d) = hit {
                self.found.push(format!("{view}: \"{text}\" (Dutch: \"{d}\")"));
            }
        }
    }
}

/// Whether `needle` occurs in `text` with no letter or digit glued to either end ("Veerkrachtplan" is not in
/// "Veerkrachtplanner", the product's name in both languages).
fn contains_as_words(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn a_dutch_string_is_found_only_as_whole_words() {
    assert!(contains_as_words("Export Veerkrachtplan now", "Veerkrachtplan"));
    assert!(contains_as_words("Veerkrachtplan", "Veerkrachtplan"));
    assert!(!contains_as_words("About Veerkrachtplanner", "Veerkrachtplan"));
}

fn settle(harness: &mut Harness<'static, PlannerApp>) {
    for _ in 0..40 {
        harness.run();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn click(harness: &mut Harness<'static, PlannerApp>, label: &str) {
    harness.get_all_by_label(label).last().unwrap_or_else(|| panic!("no {label}")).click();
    settle(harness);
}

#[test]
fn the_dutch_table_holds_the_dutch_side_only() {
    let table = dutch_table();
    assert!(table.contains("Terugkoppellussen"), "{} strings", table.len());
    assert!(table.contains("Ongedaan maken"));
    assert!(!table.contains("Veerkrachtplanner"), "the same in both languages");
    assert!(!table.contains("Feedback loops"));
    assert!(table.len() > 300, "{}", table.len());
}

#[test]
fn the_walk_sees_dutch_when_the_app_is_in_dutch() {
    let mut walk = Walk { dutch: dutch_table(), own: own_texts(), found: Vec::new(), seen: 0 };
    let mut h = app_at(LAPTOP, Some(example_file()));
    settle(&mut h);
    walk.check(&h, "Model");
    click(&mut h, "Simulatie");
    walk.check(&h, "Simulatie");
    assert!(walk.found.len() > 30, "{:#?}", walk.found);
    assert!(walk.found.iter().any(|f| f.contains("\"Terugkoppellussen\"")), "{:#?}", walk.found);
}

#[test]
fn english_mode_shows_no_dutch_string_of_our_own_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut walk = Walk { dutch: dutch_table(), own: own_texts(), found: Vec::new(), seen: 0 };
    let mut h = app_at(LAPTOP, Some(example_file()));
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    settle(&mut h);
    walk.check(&h, "Model");
    // Tooltips, without waiting for them.
    h.ctx.all_styles_mut(|s| s.interaction.tooltip_delay = 0.0);
    for label in ["Only loops through the selected variable", "Only the report's loops"] {
        h.get_by_label(label).hover();
        settle(&mut h);
        walk.check(&h, &format!("Tooltip of {label}"));
    }
    // Every menu, with the settings in View.
    for (menu, item) in [
        ("File", "Save as…"),
        ("Edit", "Select all"),
        ("View", "Always use the built-in file window"),
        ("Help", "Glossary"),
    ] {
        h.get_all_by_label(menu).next().unwrap().click();
        h.run();
        walk.check(&h, &format!("{menu} menu"));
        assert!(h.query_by_label_contains(item).is_some(), "{menu} is open");
        h.key_press(egui::Key::Escape);
        settle(&mut h);
    }

    // Inspector of a variable and of a link; a loop highlighted; the status after an edit and an undo.
    canvas_node(&h, "Stress").click();
    settle(&mut h);
    walk.check(&h, "Inspector (variable)");
    click(&mut h, "Advanced");
    walk.check(&h, "Inspector (advanced)");
    let link = h.state().project().links[0].id.clone();
    h.state_mut().view.selection = veerkrachtplanner::ui::view_state::Selection::only_link(link);
    settle(&mut h);
    walk.check(&h, "Inspector (link)");
    run_command(&mut h, AppCommand::DeleteSelection);
    walk.check(&h, "Status after delete");
    run_command(&mut h, AppCommand::Undo);
    walk.check(&h, "Status after undo");
    // The link's variables are named as on the canvas: built-in ones in English, not as stored in the file.
    {
        use veerkrachtplanner::text::model_names::variable_name_in;
        let p = h.state().project();
        let l = &p.links[0];
        let (from, to) = (variable_name_in(p, &l.from, Language::En), variable_name_in(p, &l.to, Language::En));
        let status = &h.state().status.text;
        assert_eq!(status, &format!("Undone: link '{from} → {to}' removed."));
        let stored = (&p.variable(&l.from).unwrap().name, &p.variable(&l.to).unwrap().name);
        assert!(stored.0 != from || stored.1 != to, "the example's first link has a built-in variable");
    }
    run_command(&mut h, AppCommand::Redo);
    walk.check(&h, "Status after redo");
    run_command(&mut h, AppCommand::Undo);
    click(&mut h, "Only the report's loops");
    walk.check(&h, "Loops panel");

    // Simulation with the uncertainty band.
    click(&mut h, "Simulation");
    walk.check(&h, "Simulation");
    let band = h.query_all_by_label_contains("uncertainty band").next().map(|b| b.click()).is_some();
    assert!(band, "the band can be switched on");
    settle(&mut h);
    walk.check(&h, "Simulation with band");

    // Every page of Plan and the optimiser.
    click(&mut h, "Plan");
    for page in ["Interventions", "Budget", "Cost-effectiveness", "Compare variants", "Plan"] {
        click(&mut h, page);
        walk.check(&h, page);
        if page == "Interventions" {
            // Our own catalogue items (the TNO recommendations) have English names; programme names stay.
            assert!(h.query_all_by_label("TNO advice 1: Ease the load on single parents").next().is_some());
            assert!(visible(&h).iter().all(|t| !t.starts_with("TNO-advies")), "a Dutch name of our own");
            // So do their descriptions and target groups.
            assert!(h.query_all_by_label_contains("Ask single-parent families what they need").next().is_some());
            assert!(h.query_all_by_label_contains("Target group: single-parent families").next().is_some());
            let dutch = "Eenoudergezinnen vragen wat ze nodig hebben";
            assert!(visible(&h).iter().all(|t| !t.contains(dutch)), "a Dutch description of our own");
            assert!(visible(&h).iter().all(|t| !t.contains("Target group: eenoudergezinnen")), "a Dutch target group");
        }
    }
    click(&mut h, "Optimise…");
    click(&mut h, "Start optimisation");
    for _ in 0..200 {
        if h.query_by_label("Add as a new plan variant").is_some() {
            break;
        }
        settle(&mut h);
    }
    walk.check(&h, "Optimiser");

    // Help, About, the saved-by window, the file window and compare.
    for page in HelpPage::ALL {
        run_command(&mut h, AppCommand::ShowHelp(page));
        walk.check(&h, &format!("Help {page:?}"));
    }
    run_command(&mut h, AppCommand::CloseHelp);
    run_command(&mut h, AppCommand::ShowAbout);
    walk.check(&h, "About");
    run_command(&mut h, AppCommand::CloseAbout);
    run_command(&mut h, AppCommand::EditSavedBy);
    walk.check(&h, "Saved by");
    run_command(&mut h, AppCommand::Open);
    walk.check(&h, "File window");
    let mut other = veerkrachtplanner::io::load_project_file(&example_file()).unwrap();
    other.variables[0].baseline += 5.0;
    let other_path = dir.path().join("other.veerkracht");
    veerkrachtplanner::io::save_project_file(&other, &other_path).unwrap();
    run_command(&mut h, AppCommand::ComparePath(other_path));
    click(&mut h, "Model");
    walk.check(&h, "Compare");

    // The scenario editor in a fresh window (the others would cover its button).
    let mut h = app_at(LAPTOP, Some(example_file()));
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    click(&mut h, "Simulation");
    click(&mut h, "Edit scenarios…");
    walk.check(&h, "Scenario editor");

    // The built-in model (no file): its own names are ours, so in English they are English.
    let built_in = veerkrachtplanner::io::default_project();
    let names: Vec<&str> = built_in
        .variables
        .iter()
        .map(|v| v.name.as_str())
        .chain(built_in.scenarios.iter().map(|s| s.name.as_str()))
        .collect();
    walk.own.retain(|own| !names.contains(&own.as_str()));
    let mut h = app_at(LAPTOP, None);
    run_command(&mut h, AppCommand::SetLanguage(Language::En));
    settle(&mut h);
    walk.check(&h, "Built-in model");
    assert!(h.query_by_label("Major life events").is_some());
    // The inspector shows a built-in variable's description in English too.
    h.state_mut().view.selection = veerkrachtplanner::ui::view_state::Selection::only_variable("stress".into());
    settle(&mut h);
    walk.check(&h, "Built-in model, inspector");
    assert!(visible(&h).iter().any(|t| t.starts_with("Stress as felt.")), "the English description");
    assert!(visible(&h).iter().all(|t| !t.starts_with("Ervaren stress.")), "a Dutch description of our own");
    click(&mut h, "Simulation");
    click(&mut h, "New crisis");
    walk.check(&h, "Built-in model, simulation");

    assert!(walk.seen > 500, "the walk saw {} texts", walk.seen);
    assert!(walk.found.is_empty(), "Dutch in English mode:\n{}", walk.found.join("\n"));
}
