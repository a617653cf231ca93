//! `PlannerApp`: the document, the view state, the settings and the frame layout.

use eframe::egui;

use super::document::Document;
use super::recovery::{self, Autosave};
use super::settings::Settings;
use crate::analysis::loops::{DEFAULT_LOOP_CAP, LoopReport, find_loops};
use crate::io::find_recovery;
use crate::model::Project;
use crate::text::Language;
use crate::ui::canvas::canvas_ui;
use crate::ui::command::AppCommand;
use crate::ui::panels::dialogs::{Dialog, dialog_ui};
use crate::ui::panels::inspector_panel::inspector_panel_ui;
use crate::ui::panels::loops_panel::loops_panel_ui;
use crate::ui::panels::menu_bar::{MenuState, menu_bar_ui};
use crate::ui::panels::variables_panel::variables_panel_ui;
use crate::ui::view_state::{CentralTab, ViewState};
use crate::ui::{text, theme};
use egui::{RichText, Ui};
use std::path::PathBuf;
use std::time::Duration;

/// What the loops panel shows before the first loop search is done.
static EMPTY_REPORT: LoopReport = LoopReport { loops: Vec::new(), truncated: false, cap: DEFAULT_LOOP_CAP };

/// How the app is set up; tests pass one without storage and without native dialogs.
#[derive(Clone, Debug)]
pub struct AppConfig {
    pub settings: Settings,
    /// Where autosave writes its recovery copy; `None` switches autosave off.
    pub recovery_dir: Option<PathBuf>,
    pub initial_file: Option<PathBuf>,
    /// False in tests: `Open`/`SaveAs` then only report that dialogs are unavailable.
    pub native_dialogs: bool,
    pub autosave_interval: Duration,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            settings: Settings::default(),
            recovery_dir: None,
            initial_file: None,
            native_dialogs: false,
            autosave_interval: recovery::AUTOSAVE_INTERVAL,
        }
    }
}

/// What waits for the answer of the unsaved-changes dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum PendingAction {
    New,
    OpenDialog,
    OpenPath(PathBuf),
    Quit,
}

/// The last message of the status bar. Errors are shown in red and never silently dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatusMessage {
    pub text: String,
    pub is_error: bool,
}

pub struct PlannerApp {
    pub document: Document,
    pub view: ViewState,
    pub settings: Settings,
    pub status: StatusMessage,
    pub dialog: Option<Dialog>,
    pub(crate) pending: Option<PendingAction>,
    pub(crate) native_dialogs: bool,
    pub(crate) autosave: Autosave,
    pub(crate) allow_close: bool,
    queued: Vec<AppCommand>,
    /// The loop report of the project, per generation, from a background job (`ui::derived`).
    loops: crate::ui::derived::Derived<LoopReport>,
    /// The plan interventions per variable (canvas badges, inspector), per generation.
    markers: crate::ui::derived::Cached<
        std::collections::BTreeMap<crate::model::VariableId, Vec<crate::plan::InterventionMarker>>,
    >,
    last_title: String,
    /// The Simulatie tab (runtime state only).
    simulation: crate::ui::simulation::SimulationView,
    /// The Plan tab: catalogue, plan editor, budget, cost-effectiveness, optimiser (runtime state only).
    plan: crate::ui::plan::PlanView,
    /// The scenario editor window (runtime state only).
    scenario_editor: crate::ui::scenario_editor::ScenarioEditor,
    next_generation: u64,
    /// The compare window (Bestand → Vergelijken met…), while open.
    pub compare: Option<crate::ui::compare::CompareView>,
    /// The "Opgeslagen door" window is open.
    pub saved_by_open: bool,
    /// The Help window and its page, while open.
    pub help: Option<crate::ui::panels::help::HelpPage>,
    /// The in-app file window (`app::in_app_dialog`).
    pub file_window: super::in_app_dialog::FileWindow,
    /// Text in live fields that is not valid, as of the last frame drawn (saves and exports name it).
    pub(crate) invalid_inputs: Vec<crate::ui::fields::InvalidInput>,
    /// Exports being written (background jobs).
    pub(crate) exports: super::exports::Exports,
    /// The platform the app runs on: on macOS shortcuts are written with Cmd, not Ctrl.
    pub(crate) os: egui::os::OperatingSystem,
}

impl PlannerApp {
    /// The real app: settings from eframe storage, native dialogs, autosave in the storage directory.
    pub fn new(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let config = AppConfig {
            settings: Settings::load(cc.storage),
            recovery_dir: recovery::default_recovery_dir(),
            initial_file: file,
            // Without a dialog service the native dialog returns "cancelled" at once: say so instead (see
            // `file_dialog::native_available`).
            native_dialogs: super::file_dialog::native_available(),
            autosave_interval: recovery::AUTOSAVE_INTERVAL,
        };
        Self::with_config(&cc.egui_ctx, config)
    }

    /// An app from an explicit configuration (used by tests and benchmarks).
    pub fn with_config(ctx: &egui::Context, config: AppConfig) -> Self {
        theme::apply(ctx);
        let mut app = Self {
            document: Document::new(crate::io::default_project(), None, 0),
            view: ViewState { fit_requested: true, ..ViewState::default() },
            settings: config.settings,
            status: StatusMessage::default(),
            dialog: None,
            pending: None,
            native_dialogs: config.native_dialogs,
            autosave: Autosave::new(config.recovery_dir, config.autosave_interval),
            allow_close: false,
            queued: Vec::new(),
            loops: crate::ui::derived::Derived::new("loops"),
            markers: crate::ui::derived::Cached::default(),
            last_title: String::new(),
            simulation: crate::ui::simulation::SimulationView::new(),
            plan: crate::ui::plan::PlanView::default(),
            scenario_editor: crate::ui::scenario_editor::ScenarioEditor::default(),
            next_generation: 1,
            compare: None,
            saved_by_open: false,
            help: None,
            file_window: super::in_app_dialog::FileWindow::default(),
            invalid_inputs: Vec::new(),
            exports: super::exports::Exports::default(),
            os: ctx.os(),
        };
        text::STATUS_READY.get(app.language()).clone_into(&mut app.status.text);
        if let Some(file) = config.initial_file {
            app.open_path_now(&file);
        }
        if let Some(dir) = &app.autosave.dir
            && let Some(found) = find_recovery(dir)
        {
            app.dialog = Some(Dialog::RecoveryOffer { original_path: found.original_path });
        }
        app
    }

    pub fn language(&self) -> Language {
        self.settings.language
    }

    pub fn project(&self) -> &Project {
        &self.document.project
    }

    pub fn is_dirty(&self) -> bool {
        self.document.is_dirty()
    }

    /// Runs `command` at the start of the next frame (tests drive the app this way).
    pub fn queue(&mut self, command: AppCommand) {
        self.queued.push(command);
    }

    pub(crate) fn fresh_generation(&mut self) -> u64 {
        self.next_generation += 1;
        self.next_generation
    }

    /// The keys of Undo as this platform writes them, for the status line ("Ctrl+Z", on macOS "Cmd+Z").
    pub(crate) fn undo_keys(&self) -> String {
        crate::ui::panels::help::command_keys(&AppCommand::Undo, self.os == egui::os::OperatingSystem::Mac)
    }

    pub(crate) fn set_status(&mut self, message: impl Into<String>) {
        self.status = StatusMessage { text: message.into(), is_error: false };
    }

    pub(crate) fn set_error(&mut self, message: impl Into<String>) {
        self.status = StatusMessage { text: message.into(), is_error: true };
    }

    /// The loop analysis of the current project: the background job's result when it is in, else computed here and
    /// now (for callers outside a frame that cannot wait, such as tests).
    pub fn loop_report(&mut self) -> &LoopReport {
        let generation = self.document.generation;
        if self.loops.current(generation).is_none() {
            self.loops.set(generation, find_loops(&self.document.project, DEFAULT_LOOP_CAP));
        }
        self.loops.latest().unwrap_or(&EMPTY_REPORT)
    }

    /// How many times derived data was computed: (loop report, plan results, interventions per variable). A frame
    /// without an edit adds nothing.
    pub fn derived_computations(&self) -> (u64, u64, u64) {
        (self.loops.computations(), self.plan.results_computations(), self.markers.computations())
    }

    /// Starts the loop search when the project changed (a background job; the last report stays shown meanwhile).
    fn refresh_loops(&mut self, ctx: &egui::Context) {
        let project = &self.document.project;
        self.loops.refresh(ctx, self.document.generation, || {
            let project = project.clone();
            move |_: &crate::ui::job::JobContext| Ok(find_loops(&project, DEFAULT_LOOP_CAP))
        });
    }

    fn shortcuts(&self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        if self.dialog.is_some() {
            return;
        }
        let typing = ctx.egui_wants_keyboard_input();
        // In a live field every keystroke is already in the document: Ctrl+Z there is the document's undo (the
        // field's whole typed text in one step), not the text box's own.
        let in_live_field = crate::ui::fields::live_field_has_focus(ctx);
        for command in AppCommand::with_shortcuts() {
            let history = matches!(command, AppCommand::Undo | AppCommand::Redo);
            if typing && command.yields_to_text_input() && !(history && in_live_field) {
                continue;
            }
            let hit = [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
                .any(|s| ctx.input_mut(|i| i.consume_shortcut(&s)));
            if hit {
                commands.push(command);
            }
        }
    }

    fn frame_ui(&mut self, ui: &mut Ui, commands: &mut Vec<AppCommand>) {
        let language = self.language();
        egui::Panel::top("menu_bar").show(ui, |ui| {
            let state = MenuState {
                language,
                can_undo: self.document.history.can_undo(),
                can_redo: self.document.history.can_redo(),
                has_selection: !self.view.selection.is_empty(),
                recent_files: &self.settings.recent_files,
                own_file_dialog: self.settings.own_file_dialog,
            };
            menu_bar_ui(ui, &state, commands);
        });
        self.refresh_loops(ui.ctx());
        let loop_count = self.loops.latest().map(|r| r.loops.len());
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                let message = if self.status.is_error {
                    RichText::new(format!("{}: {}", text::error_prefix(language), self.status.text))
                        .color(theme::ERROR_TEXT)
                        .strong()
                } else {
                    RichText::new(&self.status.text)
                };
                ui.label(message);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(crate::text::format_percent_in(f64::from(self.view.transform.zoom) * 100.0, 0, language));
                    ui.separator();
                    let p = &self.document.project;
                    match loop_count {
                        Some(n) => ui.label(text::count_summary(language, p.variables.len(), p.links.len(), n)),
                        None => ui.label(text::JOB_LOOPS_BUSY.get(language)),
                    };
                });
            });
        });
        let project = &self.document.project;
        let markers = self.markers.get(self.document.generation, || crate::plan::interventions_per_variable(project));
        // Borrowed, not cloned (thousands of loops in large models); empty until the first search is done.
        let report = self.loops.latest().unwrap_or(&EMPTY_REPORT);
        let loops_failed = self.loops.failure().map(|why| text::job_failed(language, text::JOB_LOOPS, why));
        let loops_busy = self.loops.latest().is_none() && self.loops.is_computing();
        // The panels take a share of the window and give way before the canvas does; each folds away.
        let window_width = ui.ctx().content_rect().width();
        let left_width = (window_width * 0.17).clamp(180.0, 300.0);
        let mut left_open = !self.view.left_panel_hidden;
        egui::Panel::left("left_panel")
            .default_size(left_width)
            .size_range(160.0..=(window_width * 0.18).max(170.0))
            .show_collapsible(ui, &mut left_open, |ui| {
                ui.set_min_width(ui.available_width());
                let height = ui.available_height();
                let width = ui.available_width();
                ui.allocate_ui(egui::vec2(width, height * 0.52), |ui| {
                    variables_panel_ui(ui, &self.document.project, &mut self.view, language, commands);
                });
                ui.separator();
                if let Some(why) = &loops_failed {
                    ui.colored_label(theme::ERROR_TEXT, why);
                } else if loops_busy {
                    ui.label(RichText::new(text::JOB_LOOPS_BUSY.get(language)).weak());
                }
                loops_panel_ui(ui, &self.document.project, report, &mut self.view, language);
            });
        self.view.left_panel_hidden = !left_open;
        // The inspector belongs to the canvas; the other tabs need the width for plots and tables.
        if self.view.tab == CentralTab::Model {
            let mut open = !self.view.inspector_hidden;
            egui::Panel::right("inspector")
                // Wide enough at 1366 px for the longest Dutch label next to its choice box.
                .default_size((window_width * 0.215).clamp(220.0, 340.0))
                .size_range(200.0..=(window_width * 0.24).max(210.0))
                .show_collapsible(ui, &mut open, |ui| {
                    ui.set_min_width(ui.available_width());
                    egui::ScrollArea::vertical().id_salt("inspector_scroll").show(ui, |ui| {
                        inspector_panel_ui(ui, &self.document.project, markers, &mut self.view, language, commands);
                    });
                });
            self.view.inspector_hidden = !open;
        }
        egui::CentralPanel::no_frame().show(ui, |ui| {
            egui::Frame::new()
                .fill(ui.visuals().panel_fill)
                .inner_margin(egui::Margin::symmetric(8, 4))
                .show(ui, |ui| crate::ui::tab_bar::tab_bar_ui(ui, &mut self.view, language, commands));
            match self.view.tab {
                CentralTab::Simulation => {
                    ui.horizontal(|ui| {
                        ui.add_space(8.0);
                        self.scenario_editor.open_button_ui(ui, language);
                    });
                    // The view offers the scenarios, the plan variants and each plan under each crisis itself.
                    egui::ScrollArea::vertical().id_salt("simulation_scroll").show(ui, |ui| {
                        self.simulation.simulation_ui(ui, &self.document.project, self.document.generation, language);
                    });
                }
                CentralTab::Plan => {
                    // The plan view returns edits as values; they go through command handling like every edit.
                    let edits = self.plan.plan_ui(ui, &self.document.project, self.document.generation, language);
                    commands.extend(edits.into_iter().map(AppCommand::from));
                }
                CentralTab::Model => {
                    self.view.input_blocked = self.dialog.is_some();
                    canvas_ui(ui, &self.document.project, markers, &mut self.view, language, commands);
                    if let Some(compare) = &self.compare {
                        crate::ui::compare::overlay_ui(
                            ui,
                            compare,
                            &self.document.project,
                            &self.view.transform,
                            language,
                        );
                    }
                }
            }
        });
        for (edit, merge_key) in self.scenario_editor.window_ui(ui.ctx(), &self.document.project, language) {
            commands.push(match merge_key {
                Some(merge_key) => AppCommand::MergedEdit { edit, merge_key },
                None => AppCommand::Edit(edit),
            });
        }
        if let Some(dialog) = &self.dialog {
            dialog_ui(ui.ctx(), dialog, language, commands);
        }
        if self.saved_by_open {
            let settings = &mut self.settings;
            crate::ui::panels::saved_by::saved_by_window_ui(
                ui.ctx(),
                &mut self.saved_by_open,
                &mut settings.organisation,
                &mut settings.user_name,
                language,
            );
        }
        if let Some(page) = self.help {
            crate::ui::panels::help::help_window_ui(ui.ctx(), page, language, commands);
        }
        self.file_picker_ui(ui.ctx(), language, commands);
        if let Some(compare) = &mut self.compare {
            compare.refresh(&self.document.project, self.document.generation);
            if !crate::ui::compare::compare_window_ui(ui.ctx(), compare, language, commands) {
                commands.push(AppCommand::CloseCompare);
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.document.window_title(self.language());
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    /// The window title as it is now (tests check the dirty marker).
    pub fn window_title(&self) -> String {
        self.document.window_title(self.language())
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) {
            if !self.exports.is_empty() {
                // Closing now would lose the file being written: close when it is done (`poll_exports`).
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.exports.close_when_done = true;
            } else if self.allow_close || !self.is_dirty() {
                if !self.is_dirty() {
                    // Best effort at exit: a stale recovery copy is only offered, never forced on the user.
                    let _ = self.autosave.discard();
                }
            } else {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.pending = Some(PendingAction::Quit);
                self.dialog = Some(Dialog::Unsaved);
            }
        }
    }

    fn handle_dropped_files(ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let dropped = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| Some(f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()))
        });
        if let Some(path) = dropped {
            commands.push(AppCommand::OpenPath(path));
        }
    }

    /// Remembers which live fields hold invalid text; invalid text that left the screen is named in the status.
    fn note_field_state(&mut self, ctx: &egui::Context) {
        self.invalid_inputs = crate::ui::fields::invalid_inputs(ctx);
        let abandoned = crate::ui::fields::take_abandoned(ctx);
        if !abandoned.is_empty() {
            self.set_error(text::fields::abandoned(self.language(), &abandoned));
        }
    }

    fn autosave_tick(&mut self, ctx: &egui::Context) {
        let dirty = self.is_dirty();
        let result = self.autosave.tick(
            &self.document.project,
            &self.document.lineage,
            self.document.path.as_deref(),
            self.document.generation,
            dirty,
        );
        match result {
            Ok(true) if !self.invalid_inputs.is_empty() => {
                self.set_error(text::fields::written_except(self.language(), &self.invalid_inputs));
            }
            Ok(_) => {}
            Err(e) => self.set_error(crate::text::problems::save_error(&e, self.language())),
        }
        if let Some(wait) = self.autosave.due_in(self.document.generation, dirty) {
            ctx.request_repaint_after(wait);
        }
    }
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = std::mem::take(&mut self.queued);
        self.handle_close_request(&ctx);
        Self::handle_dropped_files(&ctx, &mut commands);
        self.shortcuts(&ctx, &mut commands);
        // Saving, exporting, opening and quitting wait for the widgets of this frame, so that a key typed in the
        // same frame as Ctrl+S is in what is written.
        let (whole_document, now): (Vec<_>, Vec<_>) = commands.drain(..).partition(AppCommand::acts_on_whole_document);
        for command in now {
            self.execute(&ctx, command);
        }
        self.frame_ui(ui, &mut commands);
        self.note_field_state(&ctx);
        if !whole_document.is_empty() {
            // A name still being typed on the canvas goes into the document before it is written or replaced.
            commands.extend(crate::ui::canvas::finish_rename(&mut self.view, &self.document.project));
            // What they change (a dialog, a new document) is drawn in the next frame.
            ctx.request_repaint();
        }
        for command in commands.into_iter().chain(whole_document) {
            self.execute(&ctx, command);
        }
        self.poll_exports(&ctx);
        self.autosave_tick(&ctx);
        self.update_title(&ctx);
        super::startup::first_frame_done(&ctx);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.store(storage);
    }
}
