//! Plan → Vergelijken, "Onder onzekerheid": plan A against plan B over many runs with the same draws for both
//! (the sentence "In 87 van de 100 doorrekeningen doet Plan B het beter dan Plan A", the spread of the difference
//! as a chart), and the tornado of plan B. The computation runs as the app's background job ([`UncertaintyJob`]).

use super::uncertainty_job::{UncertaintyJob, UncertaintyResult, start};
use crate::model::{Plan, PlanId, Project, ScenarioId};
use crate::plan::Comparison;
use crate::text::Language;
use crate::text::catalogue::intervention_name;
use crate::text::model_names::{scenario_name as shown_scenario, variable_name_in};
use crate::text::uncertainty::{assumption_label, comparison_sentence, difference_sentence, top_assumptions_sentence};
use crate::ui::job::JobPoll;
use crate::ui::plot_format::tick_label;
use crate::ui::text as t;
use eframe::egui::{self, RichText};
use egui_plot::{Bar, BarChart, Plot};

/// Bars of the difference chart.
const BINS: usize = 20;
/// Bars of the tornado.
const TORNADO_BARS: usize = 10;

/// View state of the section (never saved).
pub struct UncertaintyView {
    /// `None`: the reference (no plan).
    a: Option<PlanId>,
    b: Option<PlanId>,
    chosen: bool,
    runs: usize,
    scenario: Option<ScenarioId>,
    job: Option<UncertaintyJob>,
    result: Option<Box<UncertaintyResult>>,
    message: Option<String>,
}

impl Default for UncertaintyView {
    fn default() -> Self {
        Self { a: None, b: None, chosen: false, runs: 100, scenario: None, job: None, result: None, message: None }
    }
}

fn plan_label(project: &Project, id: Option<&PlanId>, language: Language) -> String {
    id.and_then(|id| project.plan(id)).map_or_else(|| t::ROBUST_REFERENCE.get(language).to_owned(), |p| p.name.clone())
}

fn plan_choice(
    ui: &mut egui::Ui,
    salt: &str,
    label: egui::Id,
    project: &Project,
    value: &mut Option<PlanId>,
    language: Language,
) {
    egui::ComboBox::from_id_salt(salt)
        .selected_text(plan_label(project, value.as_ref(), language))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, t::ROBUST_REFERENCE.get(language));
            for p in &project.plans {
                ui.selectable_value(value, Some(p.id.clone()), &p.name);
            }
        })
        .response
        .labelled_by(label);
}

pub fn uncertainty_ui(ui: &mut egui::Ui, view: &mut UncertaintyView, project: &Project, language: Language) {
    ui.add_space(8.0);
    ui.label(RichText::new(t::ROBUST_TITLE.get(language)).heading());
    ui.label(RichText::new(t::ROBUST_INTRO.get(language)).weak());
    if project.plans.is_empty() {
        ui.label(t::ROBUST_NEED_PLAN.get(language));
        return;
    }
    if !view.chosen {
        // Defaults: the first two variants, or the reference against the only one.
        view.chosen = true;
        if project.plans.len() >= 2 {
            view.a = Some(project.plans[0].id.clone());
            view.b = Some(project.plans[1].id.clone());
        } else {
            view.b = Some(project.plans[0].id.clone());
        }
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t::ROBUST_PLAN_A.get(language));
        plan_choice(ui, "robust_plan_a", label.id, project, &mut view.a, language);
        let label = ui.label(t::ROBUST_PLAN_B.get(language));
        plan_choice(ui, "robust_plan_b", label.id, project, &mut view.b, language);
        let label = ui.label(t::ROBUST_RUNS.get(language)).on_hover_text(t::HINT_ROBUST_RUNS.get(language));
        ui.add(egui::DragValue::new(&mut view.runs).range(10..=5000).speed(10)).labelled_by(label.id);
        let label = ui.label(t::ROBUST_CRISIS.get(language)).on_hover_text(t::HINT_ROBUST_CRISIS.get(language));
        let scenario_name = view.scenario.as_ref().and_then(|id| project.scenario(id)).map_or_else(
            || t::ROBUST_NO_CRISIS.get(language).to_owned(),
            |s| shown_scenario(&s.id, &s.name, language).to_owned(),
        );
        egui::ComboBox::from_id_salt("robust_scenario")
            .selected_text(scenario_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.scenario, None, t::ROBUST_NO_CRISIS.get(language));
                for s in &project.scenarios {
                    ui.selectable_value(
                        &mut view.scenario,
                        Some(s.id.clone()),
                        shown_scenario(&s.id, &s.name, language),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    match &view.job {
        Some(job) => {
            let fraction = job.fraction();
            let mut stop = false;
            ui.horizontal(|ui| {
                ui.add(egui::ProgressBar::new(fraction).desired_width(200.0).text(t::ROBUST_BUSY.get(language)));
                stop = ui.button(t::ROBUST_CANCEL.get(language)).clicked();
            });
            if stop {
                job.cancel();
            }
            match job.poll(ui.ctx()) {
                JobPoll::Running => {}
                JobPoll::Done(Ok(result)) => {
                    view.result = Some(Box::new(result));
                    view.message = None;
                    view.job = None;
                }
                JobPoll::Done(Err(reason)) | JobPoll::Failed(reason) => {
                    view.message = Some(reason);
                    view.job = None;
                }
                JobPoll::Cancelled => {
                    view.message = Some(t::ROBUST_STOPPED.get(language).to_owned());
                    view.job = None;
                }
            }
        }
        None => {
            if ui.button(t::ROBUST_COMPUTE.get(language)).on_hover_text(t::HINT_ROBUST_COMPUTE.get(language)).clicked()
            {
                let plan = |id: &Option<PlanId>| -> Option<Plan> {
                    match id {
                        Some(id) => project.plan(id).cloned(),
                        None => project.plans.first().map(|p| Plan {
                            id: PlanId::new("referentie"),
                            name: t::ROBUST_REFERENCE.get(language).to_owned(),
                            items: Vec::new(),
                            ..p.clone()
                        }),
                    }
                };
                if let (Some(a), Some(b)) = (plan(&view.a), plan(&view.b)) {
                    let scenario = view.scenario.as_ref().and_then(|id| project.scenario(id)).cloned();
                    view.job = Some(start(ui.ctx(), project.clone(), (a, b), scenario, view.runs, language));
                    view.message = None;
                }
            }
        }
    }
    if let Some(message) = &view.message {
        ui.colored_label(super::OVER_BUDGET, message);
    }
    if let Some(result) = &view.result {
        result_ui(ui, result, project, language);
    }
}

fn result_ui(ui: &mut egui::Ui, result: &UncertaintyResult, project: &Project, language: Language) {
    if let Some((runs, asked)) = result.runs_lowered {
        ui.label(RichText::new(crate::text::uncertainty::fewer_runs_sentence(runs, asked, language)).weak());
    }
    for (scenario, c) in &result.comparisons {
        let situation = scenario.as_ref().map_or_else(
            || t::ROBUST_WITHOUT.get(language).to_owned(),
            |s| format!("{} {s}", t::ROBUST_WITH.get(language)),
        );
        ui.label(RichText::new(situation).strong());
        ui.label(RichText::new(comparison_sentence(c, &result.name_a, &result.name_b, language)).size(16.0));
        ui.label(difference_sentence(c, language));
    }
    difference_chart(ui, &result.comparisons, language);
    ui.add_space(6.0);
    ui.label(RichText::new(t::ROBUST_TORNADO.get(language)).strong());
    ui.label(RichText::new(t::ROBUST_TORNADO_HINT.get(language)).weak());
    tornado_chart(ui, result, project, language);
    ui.label(top_assumptions_sentence(&result.sensitivity, project, 3, language));
}

/// A histogram of `B − A` per situation (same bins for all).
fn difference_chart(ui: &mut egui::Ui, comparisons: &[(Option<String>, Comparison)], language: Language) {
    let all = comparisons.iter().flat_map(|(_, c)| c.difference.iter().copied());
    let (lo, hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), d| (lo.min(d), hi.max(d)));
    if !lo.is_finite() {
        return;
    }
    let width = if hi > lo { (hi - lo) / BINS as f64 } else { 1.0 };
    let charts: Vec<BarChart> = comparisons
        .iter()
        .enumerate()
        .map(|(k, (scenario, c))| {
            let mut counts = [0usize; BINS];
            for d in &c.difference {
                counts[(((d - lo) / width) as usize).min(BINS - 1)] += 1;
            }
            let name = scenario.clone().unwrap_or_else(|| t::ROBUST_WITHOUT.get(language).to_owned());
            let bars = counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(b, n)| Bar::new(lo + (b as f64 + 0.5) * width, *n as f64).width(width * 0.9))
                .collect();
            BarChart::new(name, bars).color(crate::ui::theme::series_colour(k))
        })
        .collect();
    Plot::new("robust_difference_chart")
        .height(170.0)
        .allow_scroll(false)
        .x_axis_label(t::ROBUST_AXIS_DIFFERENCE.get(language))
        .y_axis_label(t::ROBUST_AXIS_COUNT.get(language))
        .x_axis_formatter(move |mark, _| tick_label(&mark, language))
        .legend(egui_plot::Legend::default())
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
        });
}

/// A short axis label: "Stress → Welbevinden" or "Grow It! app: Stress" (names cut to fit).
fn short_label(assumption: &crate::plan::Assumption, project: &Project, language: Language) -> String {
    let cut = |s: &str, n: usize| -> String {
        if s.chars().count() > n { format!("{}…", s.chars().take(n - 1).collect::<String>()) } else { s.to_owned() }
    };
    let var = |id: &crate::model::VariableId| variable_name_in(project, id, language).to_owned();
    match assumption {
        crate::plan::Assumption::Link { from, to, .. } => format!("{} → {}", cut(&var(from), 16), cut(&var(to), 16)),
        crate::plan::Assumption::Effect { intervention, target } => {
            let name = crate::plan::find_intervention(project, intervention)
                .map_or_else(|| intervention.to_string(), |i| intervention_name(&i.id, &i.name, language).to_owned());
            format!("{}: {}", cut(&name, 20), cut(&var(target), 14))
        }
    }
}

/// Horizontal bars from the effect at the weakest to the effect at the strongest end, largest swing on top.
fn tornado_chart(ui: &mut egui::Ui, result: &UncertaintyResult, project: &Project, language: Language) {
    let top: Vec<_> = result.sensitivity.top(TORNADO_BARS).collect();
    if top.is_empty() {
        return;
    }
    let n = top.len();
    let labels: Vec<String> = top.iter().map(|b| assumption_label(&b.assumption, project, language)).collect();
    let bars: Vec<Bar> = top
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(k, (bar, label))| {
            Bar::new((n - 1 - k) as f64, bar.effect_high - bar.effect_low)
                .base_offset(bar.effect_low)
                .width(0.7)
                .name(label)
        })
        .collect();
    let short: Vec<String> = top.iter().map(|b| short_label(&b.assumption, project, language)).collect();
    Plot::new("robust_tornado_chart")
        .height(30.0 + 22.0 * n as f64 as f32)
        .allow_scroll(false)
        .x_axis_label(t::ROBUST_AXIS_EFFECT.get(language))
        .x_axis_formatter(move |mark, _| tick_label(&mark, language))
        .custom_y_axes(vec![
            egui_plot::AxisHints::new_y()
                .formatter(move |mark, _| {
                    let k = mark.value.round();
                    if (mark.value - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < n {
                        short[n - 1 - k as usize].clone()
                    } else {
                        String::new()
                    }
                })
                .label_spacing(12.0..=14.0)
                .min_thickness(180.0),
        ])
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new("tornado", bars).horizontal().color(crate::ui::theme::series_colour(1)));
        });
}
