//! Help: F1 opens "Aan de slag" with the four steps and their pictures; the glossary and the shortcut list are pages
//! of the same window; the shortcut list is the command table with the platform's modifier.

use crate::harness;
use eframe::egui;
use egui_kittest::kittest::Queryable;
use veerkrachtplanner::app::{AppCommand, AppConfig};
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::panels::help::{HelpPage, shortcut_rows};
use veerkrachtplanner::ui::text::{self, glossary::GLOSSARY};

#[test]
fn f1_opens_getting_started_with_the_four_steps_and_their_pictures() {
    let mut h = harness(AppConfig::default());
    assert_eq!(h.state().help, None);
    h.key_press(egui::Key::F1);
    h.run();
    assert_eq!(h.state().help, Some(HelpPage::GettingStarted));
    for step in &text::HELP_STEPS {
        h.get_by_label(step.title.nl);
        h.get_by_label(step.what_to_click.nl);
    }
    assert_eq!(h.get_all_by_label(text::HELP_PICTURE.nl).count(), 4, "one picture per step");
    h.get_by_label("Sluiten").click();
    h.run();
    assert_eq!(h.state().help, None);
}

#[test]
fn the_help_menu_shows_the_glossary_and_the_shortcuts() {
    let mut h = harness(AppConfig::default());
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label("Begrippenlijst").click();
    h.run();
    assert_eq!(h.state().help, Some(HelpPage::Glossary));
    for term in ["veerkrachtindex", "terugkoppellus (R/B)", "voorbeeldwaarde", "bereik", "opbouwtijd", "nawerking"] {
        h.get_by_label(term);
    }
    h.get_by_label("hersteltijd");
    h.get_by_label("onzekerheidsband");
    // The pages are tabs of one window.
    h.get_all_by_label("Sneltoetsen").last().unwrap().click();
    h.run();
    assert_eq!(h.state().help, Some(HelpPage::Shortcuts));
    h.get_by_label("Opslaan als…");
    h.get_by_label("Ctrl+Shift+S");
    h.get_by_label("Ctrl+Shift+Z of Ctrl+Y");
    h.get_by_label("F1");
}

#[test]
fn shortcuts_use_cmd_on_macos_and_ctrl_elsewhere() {
    let mac = shortcut_rows(Language::En, true);
    let other = shortcut_rows(Language::En, false);
    let keys = |rows: &[(String, String)], action: &str| {
        rows.iter().find(|(a, _)| a == action).map(|(_, k)| k.clone()).unwrap_or_default()
    };
    assert_eq!(keys(&mac, "Save"), "Cmd+S");
    assert_eq!(keys(&other, "Save"), "Ctrl+S");
    assert_eq!(keys(&other, "Getting started"), "F1");
    // Every command with a shortcut is listed once.
    assert_eq!(other.len(), AppCommand::with_shortcuts().len());
}

#[test]
fn the_glossary_has_each_term_the_issue_names_with_meaning_and_example_in_both_languages() {
    for term in ["veerkrachtindex", "terugkoppellus", "voorbeeldwaarde", "bereik", "opbouwtijd", "nawerking"] {
        assert!(GLOSSARY.iter().any(|e| e.term.nl.starts_with(term)), "{term}");
    }
    for term in ["hersteltijd", "onzekerheidsband"] {
        assert!(GLOSSARY.iter().any(|e| e.term.nl == term), "{term}");
    }
    for entry in GLOSSARY {
        for t in [entry.term, entry.meaning, entry.example] {
            assert!(!t.nl.is_empty() && !t.en.is_empty(), "{t:?}");
        }
        assert_ne!(entry.meaning.nl, entry.meaning.en, "the meaning of {} is translated", entry.term.nl);
    }
}
