//! Modal dialogs: unsaved changes, a file that cannot be opened, unsaved work found at start, About.

use eframe::egui;

use crate::text::Language;
use crate::ui::command::{AppCommand, UnsavedChoice};
use crate::ui::text;
use crate::ui::theme;
use egui::{Id, Modal, RichText};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// "Save the changes first?" before New, Open or Quit.
    Unsaved,
    /// The file could not be opened; every problem with its place, and (behind "Technische details") the problems
    /// with their technical detail, when any has one.
    LoadProblems { path: PathBuf, problems: Vec<crate::io::Problem> },
    /// A recovery copy from an earlier session was found.
    RecoveryOffer { original_path: Option<PathBuf> },
    /// Help → Over Veerkrachtplanner: version, licence, sources.
    About,
}

pub fn dialog_ui(ctx: &egui::Context, dialog: &Dialog, language: Language, commands: &mut Vec<AppCommand>) {
    let response = Modal::new(Id::unique("app_dialog")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        match dialog {
            Dialog::Unsaved => {
                ui.heading(text::DIALOG_UNSAVED_TITLE.get(language));
                ui.add_space(6.0);
                ui.label(text::DIALOG_UNSAVED_BODY.get(language));
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    if ui.button(text::SAVE.get(language)).clicked() {
                        commands.push(AppCommand::ResolveUnsaved(UnsavedChoice::Save));
                    }
                    if ui.button(text::DONT_SAVE.get(language)).clicked() {
                        commands.push(AppCommand::ResolveUnsaved(UnsavedChoice::DontSave));
                    }
                    if ui.button(text::CANCEL.get(language)).clicked() {
                        commands.push(AppCommand::ResolveUnsaved(UnsavedChoice::Cancel));
                    }
                });
            }
            Dialog::LoadProblems { path, problems } => {
                ui.heading(text::DIALOG_LOAD_TITLE.get(language));
                ui.label(RichText::new(path.display().to_string()).monospace());
                ui.add_space(6.0);
                ui.label(text::DIALOG_LOAD_BODY.get(language));
                egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                    for problem in problems {
                        let problem = crate::text::problems::problem(problem, language);
                        ui.label(RichText::new(format!("• {problem}")).color(theme::ERROR_TEXT));
                    }
                    if problems.iter().any(|p| p.detail.is_some()) {
                        egui::CollapsingHeader::new(text::LOAD_DETAILS.get(language)).show(ui, |ui| {
                            for problem in problems.iter().filter(|p| p.detail.is_some()) {
                                let detail = crate::text::problems::verbose(problem, language);
                                ui.label(RichText::new(detail).monospace().small());
                            }
                        });
                    }
                });
                ui.add_space(12.0);
                if ui.button(text::OK.get(language)).clicked() {
                    commands.push(AppCommand::CloseLoadProblems);
                }
            }
            Dialog::About => super::about::about_ui(ui, language, commands),
            Dialog::RecoveryOffer { original_path } => {
                ui.heading(text::DIALOG_RECOVERY_TITLE.get(language));
                ui.add_space(6.0);
                ui.label(text::DIALOG_RECOVERY_BODY.get(language));
                if let Some(p) = original_path {
                    ui.label(RichText::new(p.display().to_string()).monospace());
                }
                ui.add_space(12.0);
                ui.horizontal(|ui| {
                    if ui.button(text::RESTORE.get(language)).clicked() {
                        commands.push(AppCommand::RestoreRecovery);
                    }
                    if ui.button(text::DISCARD.get(language)).clicked() {
                        commands.push(AppCommand::DiscardRecovery);
                    }
                });
            }
        }
    });
    if response.should_close() {
        match dialog {
            Dialog::Unsaved => commands.push(AppCommand::ResolveUnsaved(UnsavedChoice::Cancel)),
            Dialog::LoadProblems { .. } => commands.push(AppCommand::CloseLoadProblems),
            Dialog::About => commands.push(AppCommand::CloseAbout),
            Dialog::RecoveryOffer { .. } => {}
        }
    }
}
