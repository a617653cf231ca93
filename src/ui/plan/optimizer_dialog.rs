//! The optimiser dialog: budget per year, candidates and outcome; runs `plan::optimize` as a background job with a
//! progress bar and a cancel button; shows the explanation and offers the result as a new plan variant.

use super::optimizer_results as results;
use super::{OVER_BUDGET, example_badge, new_plan};
use crate::edit::Edit;
use crate::model::{Plan, Project, VariableId};
use crate::plan::{
    CandidateSet, OptimizeRequest, OptimizeResult, Outcome, PlanError, Progress, candidate_items, optimize,
};
use crate::text::errors::plan_error;
use crate::text::model_names::variable_name;
use crate::text::optimizer::{outcome_label, plan_name, stage};
use crate::text::{Language, format_eur_in, format_number_in};
use crate::ui::job::{Job, JobPoll};
use crate::ui::text as t;
use eframe::egui::{self, RichText};

/// The dialog's state.
pub struct OptimizerDialog {
    open: bool,
    budget_per_year_eur: f64,
    candidates: CandidateSet,
    outcome: Outcome,
    /// The plan whose years (and items) are used.
    base: Option<Plan>,
    running: Option<Job<Result<OptimizeResult, String>>>,
    result: Option<Result<OptimizeResult, String>>,
}

impl Default for OptimizerDialog {
    fn default() -> Self {
        Self {
            open: false,
            budget_per_year_eur: 500_000.0,
            candidates: CandidateSet::All,
            outcome: Outcome::Index,
            base: None,
            running: None,
            result: None,
        }
    }
}

fn set_label(s: CandidateSet, language: Language) -> &'static str {
    match s {
        CandidateSet::All => t::PLAN_OPT_ALL,
        CandidateSet::Catalogue => t::PLAN_OPT_CATALOGUE,
        CandidateSet::Plan => t::PLAN_OPT_PLAN,
    }
    .get(language)
}

impl OptimizerDialog {
    /// Opens the dialog for the years (and budget) of `base`.
    pub fn open(&mut self, base: Option<&Plan>) {
        self.open = true;
        self.base = base.cloned();
        if let Some(b) = base.and_then(|b| b.budget_eur.values().copied().reduce(f64::min)) {
            self.budget_per_year_eur = b;
        }
    }

    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    fn start(&mut self, ctx: &egui::Context, project: &Project, language: Language) {
        let (first_year, last_year) = self.base.as_ref().map_or((2026, 2029), |b| (b.first_year, b.last_year));
        let mut request = OptimizeRequest::new(
            first_year,
            last_year,
            (first_year..=last_year).map(|y| (y, self.budget_per_year_eur)).collect(),
            candidate_items(project, self.base.as_ref(), self.candidates),
        );
        request.outcome = self.outcome.clone();
        let project = project.clone();
        self.result = None;
        // Dropping a running job (closing the dialog, starting anew) cancels it.
        self.running = Some(Job::start(ctx, "optimiser", move |jc| {
            let mut report = |p: Progress| {
                jc.set_fraction(p.fraction);
                jc.set_stage(stage(p.stage, language));
            };
            match optimize(&project, &request, &mut report, jc.cancel_flag()) {
                Err(PlanError::Cancelled) => Err(crate::sim::Cancelled),
                result => Ok(result.map_err(|e| plan_error(&e, language))),
            }
        }));
    }

    /// Draws the dialog when open; returns `SetPlans` when the user adds the result as a plan variant.
    pub fn window_ui(&mut self, ctx: &egui::Context, project: &Project, language: Language) -> Option<Edit> {
        if !self.open {
            return None;
        }
        let mut open = self.open;
        let mut edit = None;
        // Never taller or wider than the window: the results scroll inside it.
        let room = ctx.content_rect().size() - egui::vec2(40.0, 60.0);
        egui::Window::new(t::PLAN_OPT_TITLE.get(language))
            .open(&mut open)
            .default_width(620.0_f32.min(room.x))
            .max_size(room)
            .show(ctx, |ui| {
                edit = self.contents_ui(ui, project, language);
            });
        if !open {
            self.running = None;
        }
        self.open = open;
        edit
    }

    fn contents_ui(&mut self, ui: &mut egui::Ui, project: &Project, language: Language) -> Option<Edit> {
        let years =
            self.base.as_ref().map_or_else(|| "2026–2029".to_owned(), |b| format!("{}–{}", b.first_year, b.last_year));
        ui.label(t::plan_opt_intro(language, &years));
        let idle = self.running.is_none();
        ui.add_enabled_ui(idle, |ui| {
            egui::Grid::new("plan_optimizer_settings").num_columns(2).show(ui, |ui| {
                let l = ui.label(t::PLAN_OPT_BUDGET.get(language)).on_hover_text(t::HINT_OPT_BUDGET.get(language));
                // The amount in the language's format (`€ 900.000`, `€900,000`), typed the same way.
                ui.add(
                    egui::DragValue::new(&mut self.budget_per_year_eur)
                        .range(0.0..=1e10)
                        .speed(1000.0)
                        .prefix(language.pick("€ ", "€"))
                        .custom_formatter(move |v, _| crate::ui::fields::format_grouped_for_edit(v, 0, language))
                        .custom_parser(move |text| {
                            crate::ui::fields::parse_number(text.trim().trim_start_matches('€').trim(), language).ok()
                        }),
                )
                .labelled_by(l.id);
                ui.end_row();
                let l =
                    ui.label(t::PLAN_OPT_CANDIDATES.get(language)).on_hover_text(t::HINT_OPT_CANDIDATES.get(language));
                egui::ComboBox::from_id_salt("plan_optimizer_candidates")
                    .selected_text(set_label(self.candidates, language))
                    .show_ui(ui, |ui| {
                        for s in [CandidateSet::All, CandidateSet::Catalogue, CandidateSet::Plan] {
                            ui.selectable_value(&mut self.candidates, s, set_label(s, language));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(t::PLAN_OPT_OUTCOME.get(language)).on_hover_text(t::HINT_OPT_OUTCOME.get(language));
                egui::ComboBox::from_id_salt("plan_optimizer_outcome")
                    .selected_text(outcome_label(&self.outcome, project, language))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut self.outcome, Outcome::Index, t::PLAN_AXIS_INDEX.get(language));
                        for v in &project.variables {
                            ui.selectable_value(
                                &mut self.outcome,
                                Outcome::Variable(VariableId::new(v.id.as_str())),
                                variable_name(&v.id, &v.name, language),
                            );
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
            });
        });
        ui.horizontal(|ui| {
            if idle
                && ui.button(t::PLAN_OPT_START.get(language)).on_hover_text(t::HINT_OPT_START.get(language)).clicked()
            {
                self.start(ui.ctx(), project, language);
            }
            if let Some(job) = &self.running
                && ui.button(t::PLAN_OPT_CANCEL.get(language)).clicked()
            {
                job.cancel();
            }
        });
        if let Some(job) = &self.running {
            let finished = match job.poll(ui.ctx()) {
                JobPoll::Running => None,
                JobPoll::Done(result) => Some(result),
                JobPoll::Cancelled => Some(Err(plan_error(&PlanError::Cancelled, language))),
                JobPoll::Failed(why) => Some(Err(t::job_failed(language, t::JOB_OPTIMISER, &why))),
            };
            if let Some(stage) = job.stage() {
                ui.add(egui::ProgressBar::new(job.fraction()).text(stage).show_percentage());
            } else {
                ui.add(egui::ProgressBar::new(0.0).text(t::PLAN_OPT_STARTING.get(language)));
            }
            if let Some(result) = finished {
                self.result = Some(result);
                self.running = None;
            }
        }
        let mut edit = None;
        match &self.result {
            Some(Err(e)) => {
                ui.colored_label(OVER_BUDGET, e);
            }
            Some(Ok(result)) => {
                ui.separator();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(t::PLAN_OPT_RESULT.get(language)).strong());
                    example_badge(ui, language);
                    // Above the scrolling part, so it is always in reach.
                    if !result.plan.items.is_empty()
                        && ui
                            .button(t::PLAN_OPT_ADD.get(language))
                            .on_hover_text(t::HINT_OPT_ADD.get(language))
                            .clicked()
                    {
                        edit = Some(add_as_variant(project, result, self.budget_per_year_eur, language));
                    }
                });
                // What the window has left under the settings; the results scroll within it.
                let room = (ui.ctx().content_rect().bottom() - 40.0 - ui.cursor().top()).max(160.0);
                egui::ScrollArea::vertical()
                    .id_salt("plan_optimizer_results")
                    .auto_shrink([false, true])
                    .max_height(room)
                    .min_scrolled_height(room)
                    .show(ui, |ui| {
                        let outcome = outcome_label(&result.outcome, project, language);
                        results::results_ui(ui, result, &outcome, language);
                    });
            }
            None => {}
        }
        edit
    }
}

/// The optimiser's plan as a new variant with a fresh id, the budget in its name and a short note.
fn add_as_variant(project: &Project, result: &OptimizeResult, budget_per_year_eur: f64, language: Language) -> Edit {
    let mut plans = project.plans.clone();
    let mut plan = result.plan.clone();
    let fresh = new_plan(project, &plans, None);
    if project.id_taken(plan.id.as_str()) {
        plan.id = fresh.id;
    }
    plan.name = format!("{} ({})", plan_name(language), format_eur_in(budget_per_year_eur, language));
    let highest = result.cost_per_year_eur.iter().copied().fold(0.0, f64::max);
    plan.notes = t::opt_variant_note(
        language,
        plan.items.len(),
        &format_eur_in(highest, language),
        &format_eur_in(budget_per_year_eur, language),
        &format_number_in(result.verified_area, 1, language),
    );
    plans.push(plan);
    Edit::SetPlans(plans)
}
