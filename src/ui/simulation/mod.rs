//! The Simulatie view: reference against scenarios (and plan variants set by the caller), chosen variables and the
//! veerkrachtindex over time, the 10–90 % Monte Carlo band (a `ui::job` background job: progress, cancel), the
//! resilience figures, the model's return time and a lock-in warning naming the driving loops (background job, per
//! project generation).
//!
//! Deterministic runs take microseconds and are done inline; they are redone when `project_generation` changes,
//! debounced by [`DEBOUNCE_SECONDS`], or at once when a choice in the view changes.

mod compute;
mod plot;

use crate::model::{Project, VariableId};
use crate::sim::{Input, McResult, StructuralResilience};
use crate::text::Language;
use crate::text::format_number_in;
use crate::text::model_names::{scenario_name, variable_name};
use crate::ui::derived::Derived;
use crate::ui::job::{Job, JobPoll};
use crate::ui::text::{self as t};
use compute::{Computed, RunChoice};
use eframe::egui::{self, Color32, RichText};
use plot::Series;
use std::collections::BTreeSet;

/// Quiet time after an edit before the runs are redone.
pub const DEBOUNCE_SECONDS: f64 = 0.3;

/// Runtime state of the Simulatie view (never saved).
pub struct SimulationView {
    /// Extra runs to offer next to the scenarios and the project's plans (which the view adds itself as
    /// "Plan: naam"), e.g. a plan combined with a crisis: (label, inputs). Set by the caller.
    pub extra_inputs: Vec<(String, Vec<Input>)>,
    chosen: BTreeSet<RunChoice>,
    show_index: bool,
    plotted: BTreeSet<VariableId>,
    show_uncertainty: bool,
    generation: Option<u64>,
    pending_since: Option<f64>,
    dirty: bool,
    used_extra: Vec<(String, Vec<Input>)>,
    /// The project's plan variants as runs ("Plan: naam", and "Plan: naam + scenario" for every scenario), rebuilt
    /// on every recompute; problems per plan.
    plan_runs: Vec<compute::ExtraRun>,
    plan_problems: Vec<String>,
    computed: Option<Computed>,
    error: Option<String>,
    /// The Monte Carlo job under way and the label of the run it is for.
    mc_job: Option<(String, Job<McResult>)>,
    /// The uncertainty bands computed so far, one per ticked run (by label), in the order they finished.
    mc: Vec<(String, McResult)>,
    mc_note: Option<String>,
    /// The model's return time, lock-in verdict and driving loops (`None`: the project does not compile), per
    /// project generation, from a background job.
    stability: Derived<Option<StructuralResilience>>,
    /// The project generation of the last recompute.
    computed_generation: u64,
    language: Language,
}

impl Default for SimulationView {
    fn default() -> Self {
        Self {
            extra_inputs: Vec::new(),
            chosen: BTreeSet::new(),
            show_index: true,
            plotted: BTreeSet::new(),
            show_uncertainty: false,
            generation: None,
            pending_since: None,
            dirty: true,
            used_extra: Vec::new(),
            plan_runs: Vec::new(),
            plan_problems: Vec::new(),
            computed: None,
            error: None,
            mc_job: None,
            mc: Vec::new(),
            mc_note: None,
            stability: Derived::new("stability"),
            computed_generation: 0,
            language: Language::Nl,
        }
    }
}

impl SimulationView {
    pub fn new() -> Self {
        Self::default()
    }

    /// Draws the view in `language`. `project_generation` must change whenever the project changes.
    pub fn simulation_ui(&mut self, ui: &mut egui::Ui, project: &Project, project_generation: u64, language: Language) {
        if language != self.language {
            // Run labels (reference, plan variants) are in the language: recompute them at once.
            self.language = language;
            self.dirty = true;
        }
        self.update(ui, project, project_generation);
        egui::Panel::left("simulatie_keuzes").resizable(true).default_size(240.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.choices_ui(ui, project));
        });
        self.results_ui(ui);
    }

    /// Debounce, recompute, start and poll Monte Carlo.
    fn update(&mut self, ui: &egui::Ui, project: &Project, generation: u64) {
        let now = ui.input(|i| i.time);
        if self.generation.is_none() {
            // First frame: compare the first scenario with the reference.
            if let Some(s) = project.scenarios.first() {
                self.chosen.insert(RunChoice::Scenario(s.id.clone()));
            }
        }
        if self.generation != Some(generation) {
            self.generation = Some(generation);
            if self.computed.is_none() && self.error.is_none() {
                self.dirty = true;
            } else {
                self.pending_since = Some(now);
            }
        }
        if self.extra_inputs != self.used_extra {
            self.dirty = true;
        }
        if let Some(since) = self.pending_since {
            let waited = now - since;
            if waited >= DEBOUNCE_SECONDS {
                self.dirty = true;
            } else {
                ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(DEBOUNCE_SECONDS - waited));
            }
        }
        if self.dirty {
            self.recompute(project);
            self.computed_generation = generation;
        }
        // Debounced with the runs: while the user types, no eigenvalue per keystroke.
        self.stability.refresh(ui.ctx(), self.computed_generation, || {
            let project = project.clone();
            move |_: &crate::ui::job::JobContext| {
                let horizon = crate::sim::RunOptions::from(&project.settings).horizon_months;
                let compiled = crate::sim::compile(&project).ok();
                // The driving loops are named only for the lock-in warning, the one place they are shown.
                Ok(compiled.map(|c| {
                    let mut s = crate::sim::return_time_and_lock_in(&c, horizon, None);
                    if s.lock_in {
                        s.drivers = crate::sim::stability::drivers(&project);
                    }
                    s
                }))
            }
        });
        self.poll_monte_carlo(ui, project);
    }

    fn recompute(&mut self, project: &Project) {
        self.dirty = false;
        self.pending_since = None;
        self.used_extra.clone_from(&self.extra_inputs);
        let chosen: Vec<RunChoice> = self.chosen.iter().cloned().collect();
        self.mc_job = None;
        self.mc.clear();
        self.mc_note = None;
        self.plan_runs.clear();
        self.plan_problems.clear();
        for plan in &project.plans {
            match crate::plan::plan_inputs(project, plan) {
                Ok(inputs) => {
                    let at = self.plan_runs.len();
                    for s in &project.scenarios {
                        let mut combined = inputs.clone();
                        combined.extend(crate::sim::scenario_inputs(s));
                        let crisis = scenario_name(&s.id, &s.name, self.language);
                        let label = format!("{} + {crisis}", t::sim_plan_run(self.language, &plan.name));
                        self.plan_runs.push((label, combined, crate::sim::shock_start_month(s)));
                    }
                    self.plan_runs.insert(at, (t::sim_plan_run(self.language, &plan.name), inputs, None));
                }
                Err(e) => self.plan_problems.push(format!("{}: {e}", plan.name)),
            }
        }
        let offered: Vec<compute::ExtraRun> = self
            .plan_runs
            .iter()
            .cloned()
            .chain(self.extra_inputs.iter().map(|(l, i)| (l.clone(), i.clone(), None)))
            .collect();
        match compute::compute(project, &chosen, &offered, t::SIM_REFERENCE.get(self.language), self.language) {
            Ok(c) => {
                if self.plotted.is_empty() && c.index.is_none() {
                    // Without an index, show the first variable so that the chart is not empty.
                    if let Some(id) = c.compiled.variable_ids().first() {
                        self.plotted.insert(id.clone());
                    }
                }
                self.computed = Some(c);
                self.error = None;
            }
            Err(e) => {
                self.computed = None;
                self.error = Some(e);
            }
        }
    }

    fn poll_monte_carlo(&mut self, ui: &egui::Ui, project: &Project) {
        if let Some((label, job)) = &self.mc_job {
            match job.poll(ui.ctx()) {
                JobPoll::Running => {}
                JobPoll::Done(result) => {
                    // A run whose band lacked a newly plotted variable is replaced.
                    self.mc.retain(|(l, _)| l != label);
                    self.mc.push((label.clone(), result));
                    ui.ctx().request_repaint();
                    self.mc_job = None;
                }
                JobPoll::Cancelled => {
                    self.mc_note = Some(t::SIM_MC_STOPPED.get(self.language).to_owned());
                    self.mc_job = None;
                }
                JobPoll::Failed(why) => {
                    self.mc_note = Some(t::job_failed(self.language, t::JOB_UNCERTAINTY, &why));
                    self.mc_job = None;
                }
            }
        } else if self.show_uncertainty
            && self.mc_note.is_none()
            && let Some(c) = &self.computed
            && let wanted = plotted_columns(c, &self.plotted)
            && let Some(run) = band_runs(c).find(|r| {
                !self.mc.iter().any(|(label, mc)| *label == r.label && wanted.iter().all(|&v| mc.has_band(v)))
            })
        {
            // One run at a time: every ticked run gets its band (the reference when none is ticked), of the index and
            // the plotted variables only, so that memory grows with runs × plotted series.
            let runs = project.settings.monte_carlo_runs as usize;
            let seed = project.settings.monte_carlo_seed;
            let (compiled, inputs, opts, index) = (c.compiled.clone(), run.inputs.clone(), c.opts, c.index.clone());
            let job = Job::start(ui.ctx(), "monte-carlo", move |jc| {
                let request = crate::sim::McRequest { variables: Some(&wanted), threads: 0 };
                crate::sim::monte_carlo_request(
                    &compiled,
                    &inputs,
                    &opts,
                    index.as_ref(),
                    runs,
                    seed,
                    request,
                    jc.progress(),
                )
            });
            self.mc_job = Some((run.label.clone(), job));
        }
    }

    fn choices_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        let language = self.language;
        ui.heading(t::SIM_RUNS.get(language));
        ui.add_enabled(false, egui::Checkbox::new(&mut true, t::SIM_REFERENCE_CHECK.get(language)))
            .on_disabled_hover_text(t::HINT_SIM_REFERENCE.get(language));
        let mut changed = false;
        for s in &project.scenarios {
            let choice = RunChoice::Scenario(s.id.clone());
            let mut on = self.chosen.contains(&choice);
            let response = ui.checkbox(&mut on, scenario_name(&s.id, &s.name, language));
            let hint = if s.description.is_empty() {
                t::HINT_SIM_SCENARIO.get(language)
            } else {
                crate::text::model_descriptions::scenario_description(&s.id, &s.description, language)
            };
            let response = response.on_hover_text(hint);
            if response.changed() {
                changed = true;
                if on {
                    self.chosen.insert(choice);
                } else {
                    self.chosen.remove(&choice);
                }
            }
        }
        let labels: Vec<&String> =
            self.plan_runs.iter().map(|(l, _, _)| l).chain(self.extra_inputs.iter().map(|(l, _)| l)).collect();
        for label in labels {
            let choice = RunChoice::Extra(label.clone());
            let mut on = self.chosen.contains(&choice);
            if ui.checkbox(&mut on, label).on_hover_text(t::HINT_SIM_EXTRA.get(language)).changed() {
                changed = true;
                if on {
                    self.chosen.insert(choice);
                } else {
                    self.chosen.remove(&choice);
                }
            }
        }
        for problem in &self.plan_problems {
            ui.label(RichText::new(t::sim_not_simulable(language, problem)).weak());
        }
        if project.scenarios.is_empty() && self.extra_inputs.is_empty() && project.plans.is_empty() {
            ui.label(RichText::new(t::SIM_NO_RUNS.get(language)).weak());
        }
        ui.separator();
        ui.heading(t::SIM_CHART.get(language));
        ui.checkbox(&mut self.show_index, t::SIM_INDEX.get(language)).on_hover_text(t::HINT_SIM_INDEX.get(language));
        let mut variables: Vec<_> = project.variables.iter().collect();
        variables.sort_by_key(|v| variable_name(&v.id, &v.name, language).to_lowercase());
        for v in variables {
            let mut on = self.plotted.contains(&v.id);
            let check = ui.checkbox(&mut on, variable_name(&v.id, &v.name, language));
            if check.on_hover_text(t::HINT_SIM_VARIABLE.get(language)).changed() {
                if on {
                    self.plotted.insert(v.id.clone());
                } else {
                    self.plotted.remove(&v.id);
                }
            }
        }
        ui.separator();
        ui.heading(t::SIM_UNCERTAINTY.get(language));
        let runs = (project.settings.monte_carlo_runs as usize).clamp(1, crate::sim::monte_carlo::MAX_RUNS);
        if ui
            .checkbox(&mut self.show_uncertainty, t::sim_band_checkbox(language, runs))
            .on_hover_text(t::SIM_UNCERTAINTY_HINT.get(language))
            .changed()
        {
            self.mc_note = None;
            ui.ctx().request_repaint();
            if !self.show_uncertainty {
                self.mc_job = None;
                self.mc.clear();
            }
        }
        if let Some((label, job)) = &self.mc_job {
            ui.add(egui::ProgressBar::new(job.fraction()).show_percentage().text(t::sim_busy(language, label)));
            if ui.button(t::SIM_CANCEL.get(language)).clicked() {
                job.cancel();
            }
        } else if !self.mc.is_empty() {
            let labels: Vec<&str> = self.mc.iter().map(|(label, _)| label.as_str()).collect();
            ui.label(t::sim_band_for(language, &labels.join(", ")));
        }
        if let Some(note) = &self.mc_note {
            ui.label(RichText::new(note).weak());
            if self.show_uncertainty
                && ui
                    .button(t::SIM_RECALCULATE.get(language))
                    .on_hover_text(t::HINT_SIM_RECALCULATE.get(language))
                    .clicked()
            {
                self.mc_note = None;
                ui.ctx().request_repaint();
            }
        }
        if changed {
            self.dirty = true;
            ui.ctx().request_repaint();
        }
    }

    fn results_ui(&mut self, ui: &mut egui::Ui) {
        let language = self.language;
        if let Some(e) = &self.error {
            ui.colored_label(Color32::from_rgb(0xb0, 0x00, 0x20), t::sim_cannot_run(language, e));
            return;
        }
        let Some(c) = &self.computed else { return };
        structural_ui(ui, c, &self.stability, language);
        index_summary_ui(ui, c, language);
        let mut series = Vec::new();
        if self.show_index && c.index.is_some() {
            series.push(Series::Index);
        }
        series.extend(self.plotted.iter().filter_map(|id| c.compiled.variable_index(id)).map(Series::Variable));
        let height = (ui.available_height() - 170.0).max(220.0);
        plot::plot_ui(ui, c, &series, &self.mc, height, language);
        resilience_table_ui(ui, c, language);
    }
}

/// The columns of the plotted variables, ascending.
fn plotted_columns(c: &Computed, plotted: &BTreeSet<VariableId>) -> Vec<usize> {
    let mut columns: Vec<usize> = plotted.iter().filter_map(|id| c.compiled.variable_index(id)).collect();
    columns.sort_unstable();
    columns
}

/// The runs that get an uncertainty band: every ticked run, or the reference when none is ticked.
fn band_runs(c: &Computed) -> impl Iterator<Item = &compute::RunSet> {
    let reference = c.others.is_empty().then_some(&c.reference);
    c.others.iter().chain(reference)
}

fn structural_ui(
    ui: &mut egui::Ui,
    c: &Computed,
    stability: &Derived<Option<StructuralResilience>>,
    language: Language,
) {
    if let Some(why) = stability.failure() {
        ui.colored_label(Color32::from_rgb(0xb0, 0x00, 0x20), t::job_failed(language, t::JOB_SIMULATION, why));
    }
    match stability.latest() {
        Some(Some(s)) => stability_ui(ui, c, s, language),
        Some(None) => {}
        None if stability.is_computing() => {
            ui.label(RichText::new(t::JOB_STABILITY_BUSY.get(language)).weak());
        }
        None => {}
    }
    if !c.pinned.is_empty() {
        let names: Vec<String> =
            c.pinned.iter().filter_map(|id| c.compiled.variable_index(id)).map(|v| c.names[v].clone()).collect();
        ui.colored_label(Color32::from_rgb(0x99, 0x4d, 0x00), t::sim_pinned(language, &names.join(", ")));
    }
}

/// The lock-in warning with its driving loops, and the return time.
fn stability_ui(ui: &mut egui::Ui, c: &Computed, s: &StructuralResilience, language: Language) {
    if s.lock_in {
        egui::Frame::new().fill(Color32::from_rgb(0xff, 0xf3, 0xcd)).inner_margin(8.0).corner_radius(4.0).show(
            ui,
            |ui| {
                ui.colored_label(
                    Color32::from_rgb(0x66, 0x4d, 0x03),
                    RichText::new(t::sim_lock_in(language, c.opts.horizon_months)).strong(),
                );
                if s.drivers.is_empty() {
                    ui.label(t::SIM_NO_DRIVER.get(language));
                } else {
                    ui.label(t::SIM_DRIVEN_BY.get(language));
                    for d in &s.drivers {
                        ui.label(t::sim_driver(language, &d.title, &format_number_in(d.loop_gain, 2, language)));
                    }
                }
            },
        );
    }
    let text = match s.return_time_months {
        _ if !s.computed => t::SIM_RETURN_NOT_COMPUTED.get(language).to_owned(),
        Some(rt) => t::sim_return_time(language, &format_number_in(rt, 1, language)),
        None => t::SIM_RETURN_INFINITE.get(language).to_owned(),
    };
    ui.label(text);
}

fn index_summary_ui(ui: &mut egui::Ui, c: &Computed, language: Language) {
    if let Some(e) = &c.index_error {
        ui.label(RichText::new(t::sim_index_unavailable(language, e)).weak());
        return;
    }
    let parts: Vec<String> = c
        .all_runs()
        .filter_map(|r| r.index.as_ref().map(|ix| (r, ix)))
        .map(|(r, ix)| format!("{} {}", r.label, format_number_in(ix.last().copied().unwrap_or(f64::NAN), 1, language)))
        .collect();
    ui.label(t::sim_index_after(language, c.opts.horizon_months, &parts.join(" · ")))
        .on_hover_text(t::SIM_INDEX_HINT.get(language));
}

fn resilience_table_ui(ui: &mut egui::Ui, c: &Computed, language: Language) {
    if c.others.is_empty() || c.index.is_none() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(t::SIM_TABLE_TITLE.get(language));
    egui::Grid::new("simulatie_veerkracht").striped(true).num_columns(6).show(ui, |ui| {
        for (h, hint) in [
            (t::SIM_COL_RUN, t::HINT_SIM_COL_RUN),
            (t::SIM_COL_EFFECT, t::HINT_SIM_COL_EFFECT),
            (t::SIM_COL_PRE_SHOCK, t::HINT_SIM_COL_PRE_SHOCK),
            (t::SIM_COL_DEPTH, t::HINT_SIM_COL_DEPTH),
            (t::SIM_COL_RECOVERY, t::HINT_SIM_COL_RECOVERY),
            (t::SIM_COL_LOSS, t::HINT_SIM_COL_LOSS),
        ] {
            ui.strong(h.get(language)).on_hover_text(hint.get(language));
        }
        ui.end_row();
        for r in &c.others {
            ui.label(&r.label);
            ui.label(
                r.area_vs_reference.map_or("–".to_owned(), |a| {
                    t::sim_index_point_months(language, &format_number_in(a, 1, language))
                }),
            );
            match &r.triangle {
                Some((start, tri)) => {
                    ui.label(t::sim_at_month(language, &format_number_in(tri.pre_shock, 1, language), *start));
                    ui.label(t::sim_at_month(language, &format_number_in(tri.depth, 1, language), tri.depth_month));
                    ui.label(tri.recovery_months.map_or(t::SIM_NOT_RECOVERED.get(language).to_owned(), |m| {
                        t::months(language, &format_number_in(m, 1, language))
                    }));
                    ui.label(t::sim_index_point_months(language, &format_number_in(tri.area_lost, 1, language)));
                }
                None => {
                    for _ in 0..4 {
                        ui.label("–");
                    }
                }
            }
            ui.end_row();
        }
    });
}
