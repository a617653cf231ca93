//! The plan panels: intervention catalogue, plan editor, budget, cost-effectiveness, variant comparison and the
//! optimiser dialog. [`PlanView`] holds only view state; every change comes back as an [`Edit`] value (in an [`EditRequest`]) that the app
//! applies (the project is never mutated here).

mod budget_panel;
mod calendar_axis;
mod catalogue_panel;
mod catalogue_search;
mod compare_panel;
mod effects_panel;
mod optimizer_dialog;
mod optimizer_results;
mod plan_editor;
mod results;
mod uncertainty_job;
mod uncertainty_panel;

use crate::edit::Edit;
use crate::model::{Plan, PlanId, Project};
use crate::text::Language;
use crate::ui::fields::EditRequest;
use crate::ui::text as t;
use eframe::egui::{self, Color32, RichText};

pub use optimizer_dialog::OptimizerDialog;
pub use results::{PlanResults, ResultsCache};

/// Which page of the plan panel is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlanTab {
    Interventions,
    #[default]
    Plan,
    Budget,
    CostEffectiveness,
    Compare,
}

impl PlanTab {
    pub const ALL: [Self; 5] = [Self::Interventions, Self::Plan, Self::Budget, Self::CostEffectiveness, Self::Compare];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            Self::Interventions => t::PLAN_TAB_INTERVENTIONS,
            Self::Plan => t::PLAN_TAB_PLAN,
            Self::Budget => t::PLAN_TAB_BUDGET,
            Self::CostEffectiveness => t::PLAN_TAB_COST_EFFECTIVENESS,
            Self::Compare => t::PLAN_TAB_COMPARE,
        }
        .get(language)
    }
}

/// View state of the plan panels (never saved in the project).
#[derive(Default)]
pub struct PlanView {
    pub tab: PlanTab,
    /// The plan variant being edited; `None`: the first one.
    pub selected_plan: Option<PlanId>,
    /// The item (index in the selected plan) whose details are shown.
    pub selected_item: Option<usize>,
    catalogue: catalogue_panel::CatalogueFilter,
    editor: plan_editor::EditorState,
    results: ResultsCache,
    optimizer: OptimizerDialog,
    uncertainty: uncertainty_panel::UncertaintyView,
    /// The language of the last frame drawn (for the pages that take the view).
    language: Language,
}

/// Colour of amounts over budget.
pub const OVER_BUDGET: Color32 = Color32::from_rgb(200, 40, 40);
/// Colour of the voorbeeldwaarde label.
pub const EXAMPLE_COLOUR: Color32 = Color32::from_rgb(176, 112, 0);

/// Shows the "voorbeeldwaarde" label with an explanation on hover.
pub fn example_badge(ui: &mut egui::Ui, language: Language) {
    ui.label(RichText::new(t::PLAN_EXAMPLE.get(language)).small().italics().color(EXAMPLE_COLOUR))
        .on_hover_text(t::PLAN_EXAMPLE_HINT.get(language));
}

impl PlanView {
    pub fn new() -> Self {
        Self::default()
    }

    /// Draws the plan panels for `project` in `language` and returns the edits the user made (the app applies them;
    /// typed ones carry the merge key of their field). `generation` must change whenever the project changes.
    pub fn plan_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        generation: u64,
        language: Language,
    ) -> Vec<EditRequest> {
        self.language = language;
        let mut edits = Vec::new();
        self.results.refresh(ui.ctx(), project, generation);
        ui.horizontal_wrapped(|ui| {
            for tab in PlanTab::ALL {
                ui.selectable_value(&mut self.tab, tab, tab.label(language));
            }
            ui.separator();
            if ui.button(t::PLAN_OPTIMISE.get(language)).on_hover_text(t::PLAN_OPTIMISE_HINT.get(language)).clicked() {
                self.optimizer.open(self.current_plan(project));
            }
        });
        if let Some(why) = self.results.failure() {
            ui.colored_label(OVER_BUDGET, t::job_failed(language, t::JOB_PLAN_RESULTS, why));
        } else if self.results.is_computing()
            && matches!(self.tab, PlanTab::Budget | PlanTab::CostEffectiveness | PlanTab::Compare)
        {
            ui.label(RichText::new(t::JOB_PLAN_RESULTS_BUSY.get(language)).weak());
        }
        ui.separator();
        match self.tab {
            PlanTab::Interventions => {
                let current = self.current_plan(project);
                if let Some(edit) = catalogue_panel::catalogue_ui(ui, &mut self.catalogue, project, current, language) {
                    if let Edit::SetPlans(plans) = &edit {
                        self.select_if_new(project, plans);
                    }
                    edits.push(edit.into());
                }
            }
            PlanTab::Plan => {
                if let Some(edit) = plan_editor::editor_ui(ui, self, project) {
                    edits.push(edit);
                }
            }
            PlanTab::Budget => {
                budget_panel::budget_ui(ui, self.current_plan(project), &self.results, language);
            }
            PlanTab::CostEffectiveness => {
                effects_panel::effects_ui(ui, self.current_plan(project), &self.results, language);
            }
            PlanTab::Compare => {
                egui::ScrollArea::vertical().id_salt("plan_compare_scroll").show(ui, |ui| {
                    compare_panel::compare_ui(ui, project, &self.results, language);
                    uncertainty_panel::uncertainty_ui(ui, &mut self.uncertainty, project, language);
                });
            }
        }
        if let Some(edit) = self.optimizer.window_ui(ui.ctx(), project, language) {
            if let Edit::SetPlans(plans) = &edit {
                self.select_if_new(project, plans);
                self.tab = PlanTab::Plan;
            }
            edits.push(edit.into());
        }
        edits
    }

    /// How many times the plan results were computed (tests: a frame without an edit computes nothing).
    pub fn results_computations(&self) -> u64 {
        self.results.computations()
    }

    /// The plan variant shown: the selected one if it still exists, else the first.
    pub fn current_plan<'a>(&self, project: &'a Project) -> Option<&'a Plan> {
        self.selected_plan.as_ref().and_then(|id| project.plan(id)).or_else(|| project.plans.first())
    }

    /// After an edit that adds a plan, select the new one.
    fn select_if_new(&mut self, project: &Project, plans: &[Plan]) {
        if let Some(new) = plans.iter().find(|p| project.plan(&p.id).is_none()) {
            self.selected_plan = Some(new.id.clone());
            self.selected_item = None;
        }
    }
}

/// A new, empty plan variant with a fresh id ("Plan C"), the years and budget of `like` (else 2026–2029).
pub fn new_plan(project: &Project, plans: &[Plan], like: Option<&Plan>) -> Plan {
    let taken = |id: &str| project.id_taken(id) || plans.iter().any(|p| p.id.as_str() == id);
    let letter = (b'a'..=b'z').find(|c| !taken(&format!("plan_{}", *c as char))).map_or('x', char::from);
    let mut id = format!("plan_{letter}");
    let mut n = 2;
    while taken(&id) {
        id = format!("plan_{letter}_{n}");
        n += 1;
    }
    Plan {
        id: PlanId::new(id),
        name: format!("Plan {}", letter.to_ascii_uppercase()),
        first_year: like.map_or(2026, |p| p.first_year),
        last_year: like.map_or(2029, |p| p.last_year),
        budget_eur: like.map(|p| p.budget_eur.clone()).unwrap_or_default(),
        items: Vec::new(),
        notes: String::new(),
    }
}
