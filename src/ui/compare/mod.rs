//! The compare window (Bestand → Vergelijken met…): every difference with the other version, grouped, accepted
//! or rejected per difference, per group or all at once (each acceptance is one undoable edit batch); a three-way
//! merge with a common base version and its conflicts side by side; colours on the canvas.

mod overlay;

pub use overlay::{Mark, MarkShape, marks, overlay_ui};

use crate::diff::{Diff, Difference, Group, Key, MergeResult, Side, diff};
use crate::model::Project;
use crate::text::Language;
use crate::text::diff as dtext;
use crate::text::diff_names::describe_in;
use crate::ui::command::AppCommand;
use crate::ui::text;
use eframe::egui;
use egui::{Color32, RichText, Ui};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// A three-way merge in progress.
pub struct MergeView {
    pub base_path: PathBuf,
    pub result: MergeResult,
    /// One choice per conflict (ours until the user picks).
    pub choices: Vec<Side>,
    /// Why the last "apply" was refused (validation problems).
    pub problems: Vec<crate::io::Problem>,
}

/// The state of the compare window (runtime only, never saved).
pub struct CompareView {
    pub other_path: PathBuf,
    pub other: Project,
    pub diff: Diff,
    /// The document generation `diff` was computed for.
    pub generation: u64,
    pub rejected: BTreeSet<Key>,
    pub show_other_positions: bool,
    /// A common base version found next to the open file (its `.bak` or the file on disk), if any.
    pub base_candidate: Option<PathBuf>,
    pub merge: Option<MergeView>,
}

impl CompareView {
    pub fn new(project: &Project, generation: u64, other_path: PathBuf, other: Project) -> Self {
        let diff = diff(project, &other);
        Self {
            other_path,
            other,
            diff,
            generation,
            rejected: BTreeSet::new(),
            show_other_positions: false,
            base_candidate: None,
            merge: None,
        }
    }

    /// Recomputes the differences when the open project changed.
    pub fn refresh(&mut self, project: &Project, generation: u64) {
        if generation != self.generation {
            self.diff = diff(project, &self.other);
            self.generation = generation;
        }
    }

    /// The differences still open (not rejected).
    pub fn open_differences(&self) -> impl Iterator<Item = &Difference> {
        self.diff.differences.iter().filter(|d| !self.rejected.contains(&d.key))
    }
}

fn accept(commands: &mut Vec<AppCommand>, keys: Vec<Key>) {
    if !keys.is_empty() {
        commands.push(AppCommand::AcceptDifferences(keys));
    }
}

/// The compare window. Returns false when the user closed it.
pub fn compare_window_ui(
    ctx: &egui::Context,
    view: &mut CompareView,
    language: Language,
    commands: &mut Vec<AppCommand>,
) -> bool {
    let mut open = true;
    let name = view.other_path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    egui::Window::new(format!("{} — {name}", text::COMPARE_TITLE.get(language)))
        .open(&mut open)
        .default_size([560.0, 520.0])
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label(text::COMPARE_WITH.get(language));
                ui.monospace(view.other_path.display().to_string());
            });
            if let Some(line) = dtext::saved_by_line(&view.other.lineage, language) {
                ui.label(RichText::new(line).small());
            }
            legend(ui, language);
            ui.checkbox(&mut view.show_other_positions, text::COMPARE_OTHER_POSITIONS.get(language))
                .on_hover_text(text::HINT_COMPARE_POSITIONS.get(language));
            ui.separator();
            if view.merge.is_some() {
                merge_ui(ui, view, language, commands);
            } else {
                differences_ui(ui, view, language, commands);
            }
        });
    open
}

fn legend(ui: &mut Ui, language: Language) {
    ui.horizontal_wrapped(|ui| {
        ui.label(text::COMPARE_LEGEND.get(language));
        for (colour, label) in [
            (overlay::ADDED, text::LEGEND_ADDED),
            (overlay::REMOVED, text::LEGEND_REMOVED),
            (overlay::CHANGED, text::LEGEND_CHANGED),
        ] {
            ui.label(RichText::new("●").color(colour));
            ui.label(label.get(language));
        }
    });
}

fn differences_ui(ui: &mut Ui, view: &mut CompareView, language: Language, commands: &mut Vec<AppCommand>) {
    let open: Vec<Key> = view.open_differences().map(|d| d.key.clone()).collect();
    ui.horizontal(|ui| {
        ui.strong(text::difference_count(language, open.len()));
        if ui
            .add_enabled(!open.is_empty(), egui::Button::new(text::COMPARE_ACCEPT_ALL.get(language)))
            .on_hover_text(text::HINT_COMPARE_ACCEPT_ALL.get(language))
            .clicked()
        {
            accept(commands, open.clone());
        }
        if ui
            .add_enabled(!open.is_empty(), egui::Button::new(text::COMPARE_REJECT_ALL.get(language)))
            .on_hover_text(text::HINT_COMPARE_REJECT_ALL.get(language))
            .clicked()
        {
            view.rejected.extend(open.iter().cloned());
        }
        if !view.rejected.is_empty() && ui.button(text::COMPARE_SHOW_REJECTED.get(language)).clicked() {
            view.rejected.clear();
        }
    });
    ui.horizontal(|ui| {
        if let Some(base) = &view.base_candidate {
            if ui.button(text::MERGE_WITH_BASE.get(language)).on_hover_text(base.display().to_string()).clicked() {
                commands.push(AppCommand::MergeWithBase(Some(base.clone())));
            }
        } else {
            ui.label(RichText::new(text::MERGE_NO_BASE.get(language)).small());
        }
        if ui.button(text::MERGE_PICK_BASE.get(language)).on_hover_text(text::HINT_MERGE_BASE.get(language)).clicked() {
            commands.push(AppCommand::MergeWithBase(None));
        }
    });
    ui.separator();
    if open.is_empty() {
        ui.label(text::COMPARE_NONE.get(language));
        return;
    }
    let mut rejected = Vec::new();
    egui::ScrollArea::vertical().id_salt("compare_list").show(ui, |ui| {
        for group in Group::ALL {
            let items: Vec<&Difference> = view.open_differences().filter(|d| d.key.group() == group).collect();
            if items.is_empty() {
                continue;
            }
            let title = format!("{} ({})", dtext::group_title(group, language), items.len());
            egui::CollapsingHeader::new(title).id_salt(("compare_group", group)).default_open(true).show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.small_button(text::COMPARE_ACCEPT_GROUP.get(language)).clicked() {
                        accept(commands, items.iter().map(|d| d.key.clone()).collect());
                    }
                    if ui.small_button(text::COMPARE_REJECT_GROUP.get(language)).clicked() {
                        rejected.extend(items.iter().map(|d| d.key.clone()));
                    }
                });
                for d in &items {
                    difference_row(ui, d, &view.other, language, commands, &mut rejected);
                }
            });
        }
    });
    view.rejected.extend(rejected);
}

fn difference_row(
    ui: &mut Ui,
    d: &Difference,
    other: &Project,
    language: Language,
    commands: &mut Vec<AppCommand>,
    rejected: &mut Vec<Key>,
) {
    let colour = overlay::colour_of(&d.change);
    ui.horizontal(|ui| {
        ui.label(RichText::new("●").color(colour));
        let headline = match &d.change {
            crate::diff::Change::Changed(_) => {
                let full = describe_in(d, &[other], language);
                full.split_once(": ").map_or(full.clone(), |(head, _)| head.to_owned())
            }
            _ => describe_in(d, &[other], language),
        };
        ui.label(headline);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.small_button(text::COMPARE_REJECT.get(language)).clicked() {
                rejected.push(d.key.clone());
            }
            if ui.small_button(text::COMPARE_ACCEPT.get(language)).clicked() {
                accept(commands, vec![d.key.clone()]);
            }
        });
    });
    for line in dtext::field_lines(d, language) {
        ui.label(RichText::new(format!("      {line}")).small().color(Color32::GRAY));
    }
}

fn merge_ui(ui: &mut Ui, view: &mut CompareView, language: Language, commands: &mut Vec<AppCommand>) {
    let Some(merge) = &mut view.merge else { return };
    ui.label(format!("{} {}", text::MERGE_WITH_BASE.get(language), merge.base_path.display()));
    if !merge.result.base_is_ancestor {
        ui.colored_label(overlay::REMOVED, text::MERGE_NOT_ANCESTOR.get(language));
    }
    ui.label(format!("{} {}", text::MERGE_AUTO.get(language), merge.result.taken_from_theirs));
    if !merge.result.conflicts.is_empty() {
        ui.strong(text::MERGE_CONFLICTS.get(language));
        egui::ScrollArea::vertical().id_salt("merge_conflicts").max_height(300.0).show(ui, |ui| {
            egui::Grid::new("merge_conflict_grid").striped(true).num_columns(3).show(ui, |ui| {
                ui.strong(text::MERGE_ITEM.get(language));
                ui.strong(text::MERGE_THIS.get(language));
                ui.strong(text::MERGE_OTHER.get(language));
                ui.end_row();
                for (k, conflict) in merge.result.conflicts.iter().enumerate() {
                    let (ours, theirs) = conflict_sides(conflict, language);
                    ui.label(dtext::describe_conflict(conflict, language).split(':').next().unwrap_or_default());
                    ui.radio_value(&mut merge.choices[k], Side::Ours, ours);
                    ui.radio_value(&mut merge.choices[k], Side::Theirs, theirs);
                    ui.end_row();
                }
            });
        });
    }
    for p in &merge.result.problems {
        ui.colored_label(overlay::REMOVED, crate::text::problems::problem(p, language));
    }
    if !merge.problems.is_empty() {
        ui.colored_label(overlay::REMOVED, text::MERGE_INVALID.get(language));
        for p in &merge.problems {
            ui.colored_label(overlay::REMOVED, crate::text::problems::problem(p, language));
        }
    }
    ui.horizontal(|ui| {
        if ui.button(text::MERGE_APPLY.get(language)).clicked() {
            commands.push(AppCommand::AcceptMerge);
        }
        if ui.button(text::COMPARE_CLOSE.get(language)).clicked() {
            view.merge = None;
        }
    });
}

/// Both sides of a conflict in words, for the side-by-side columns.
fn conflict_sides(conflict: &crate::diff::Conflict, language: Language) -> (String, String) {
    use crate::diff::ConflictKind;
    match &conflict.kind {
        ConflictKind::Field { field, ours, theirs, .. } => {
            let name = dtext::field_name(field, language);
            (
                format!("{name}: {}", dtext::value_text(ours, language)),
                format!("{name}: {}", dtext::value_text(theirs, language)),
            )
        }
        ConflictKind::Item { base, ours, theirs } => {
            let side = |v: &Option<serde_json::Value>| {
                dtext::conflict_side_lines(base.as_ref(), v.as_ref(), language).join("\n")
            };
            (side(ours), side(theirs))
        }
    }
}
