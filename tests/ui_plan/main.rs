//! The plan panels rendered with egui_kittest on the example project.
#![allow(clippy::unwrap_used)]

mod uncertainty;

use eframe::egui;
use egui_kittest::Harness;
#[path = "../ui/settle.rs"]
mod settle;
use egui_kittest::kittest::Queryable;
use settle::settle;
use veerkrachtplanner::edit::Edit;
use veerkrachtplanner::io::parse_project;
use veerkrachtplanner::model::Project;
use veerkrachtplanner::text::Language;
use veerkrachtplanner::ui::plan::{PlanTab, PlanView};

fn example() -> Project {
    parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).unwrap()
}

/// Renders the view on `tab` and returns the edits of the frames run.
fn render(project: &Project, tab: PlanTab, check: impl FnOnce(&Harness<'_>)) -> Vec<Edit> {
    let mut view = PlanView::new();
    view.tab = tab;
    let mut edits = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 1000.0)).build_ui(|ui| {
            edits.extend(view.plan_ui(ui, project, 1, Language::Nl).into_iter().map(|r| r.edit));
        });
        settle(&mut harness);
        check(&harness);
    }
    edits
}

#[test]
fn plan_view_shows_the_example_variants() {
    let project = example();
    let edits = render(&project, PlanTab::Plan, |h| {
        assert!(h.query_all_by_label_contains("Plan A").next().is_some(), "the variant picker shows Plan A");
        assert!(h.query_all_by_label_contains("voorbeeldwaarde").next().is_some(), "voorbeeldwaarden are labelled");
        assert!(h.query_by_label("Nieuwe variant").is_some());
    });
    assert!(edits.is_empty(), "looking does not edit");
}

#[test]
fn budget_and_comparison_pages() {
    let project = example();
    render(&project, PlanTab::Budget, |h| {
        assert!(h.query_all_by_label_contains("Binnen budget in elk jaar").next().is_some());
        assert!(h.query_all_by_label_contains("€ 900.000").next().is_some(), "budget in Dutch amounts");
    });
    render(&project, PlanTab::Compare, |h| {
        assert!(h.query_all_by_label_contains("Plan B – hulp dichtbij").next().is_some());
        assert!(h.query_all_by_label_contains("Effect per € 1.000").next().is_some());
    });
    render(&project, PlanTab::CostEffectiveness, |h| {
        assert!(h.query_all_by_label_contains("Kosteneffectiviteit per interventie").next().is_some());
    });
}

#[test]
fn adding_from_the_catalogue_returns_a_set_plans_edit() {
    let project = example();
    let mut view = PlanView::new();
    view.tab = PlanTab::Interventions;
    let mut edits = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 1000.0)).build_ui(|ui| {
            edits.extend(view.plan_ui(ui, &project, 1, Language::Nl).into_iter().map(|r| r.edit));
        });
        settle(&mut harness);
        harness.query_all_by_label("Toevoegen aan plan").next().unwrap().click();
        settle(&mut harness);
    }
    let Some(Edit::SetPlans(plans)) = edits.first() else { panic!("expected SetPlans, got {edits:?}") };
    assert_eq!(plans.len(), project.plans.len());
    let added: usize =
        plans.iter().map(|p| p.items.len()).sum::<usize>() - project.plans.iter().map(|p| p.items.len()).sum::<usize>();
    assert_eq!(added, 1, "one intervention added to the current plan");
}

#[test]
fn item_details_and_the_optimiser_dialog() {
    let project = example();
    let mut view = PlanView::new();
    let mut edits = Vec::new();
    {
        let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 1400.0)).build_ui(|ui| {
            edits.extend(view.plan_ui(ui, &project, 1, Language::Nl).into_iter().map(|r| r.edit));
        });
        settle(&mut harness);
        // Select the first item of Plan A (items are stored in id order): its details show.
        harness.get_by_label("Buurtinitiatieven: initiatievenfonds; Leeszaal Rotterdam West; Zorgvrijstaat").click();
        settle(&mut harness);
        assert!(harness.query_all_by_label("Bereik:").next().is_some());
        assert!(harness.query_by_label("Effecten aanpassen").is_some());

        harness.get_by_label("Optimaliseren…").click();
        settle(&mut harness);
        harness.get_by_label("Optimalisatie starten").click();
        let mut done = false;
        for _ in 0..600 {
            harness.step();
            if harness.query_by_label("Toevoegen als nieuwe planvariant").is_some() {
                done = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert!(done, "the optimiser finishes on its thread");
        assert!(harness.query_all_by_label_contains("Gekozen:").next().is_some());
        harness.get_by_label("Toevoegen als nieuwe planvariant").click();
        settle(&mut harness);
    }
    let Some(Edit::SetPlans(plans)) = edits.last() else { panic!("expected SetPlans, got {edits:?}") };
    assert_eq!(plans.len(), project.plans.len() + 1, "the optimised portfolio is a new variant");
    let new = plans.last().unwrap();
    assert!(!new.items.is_empty());
    assert!(project.plan(&new.id).is_none(), "with a fresh id");
}

#[test]
fn comparison_page_in_english() {
    let project = example();
    let mut view = PlanView::new();
    view.tab = PlanTab::Compare;
    let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 1000.0)).build_ui(|ui| {
        let _edits = view.plan_ui(ui, &project, 1, Language::En);
    });
    settle(&mut harness);
    harness.get_by_label("Compare plan variants");
    harness.get_by_label("Total cost");
    harness.get_by_label("Optimise…");
    assert!(harness.query_by_label("Totale kosten").is_none());
}

#[test]
fn catalogue_search_finds_by_everyday_words_and_offers_the_closest_when_empty() {
    let project = example();
    let mut view = PlanView::new();
    view.tab = PlanTab::Interventions;
    let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 900.0)).build_ui(|ui| {
        let _edits = view.plan_ui(ui, &project, 1, Language::Nl);
    });
    settle(&mut harness);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Zoeken:").focus();
    settle(&mut harness);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Zoeken:").type_text("eenzaamheid");
    settle(&mut harness);
    assert!(harness.query_all_by_label_contains("Geen interventie gevonden").next().is_none());
    let found = harness.query_all_by_label("Toevoegen aan plan").count();
    assert!(found >= 1, "eenzaamheid finds interventions");
    assert!(found < veerkrachtplanner::plan::catalogue().len(), "and not every intervention");
    drop(harness);
    let mut view = PlanView::new();
    view.tab = PlanTab::Interventions;
    let mut harness = Harness::builder().with_size(egui::vec2(1200.0, 900.0)).build_ui(|ui| {
        let _edits = view.plan_ui(ui, &project, 1, Language::Nl);
    });
    settle(&mut harness);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Zoeken:").focus();
    settle(&mut harness);
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Zoeken:").type_text("ervaringscfe");
    settle(&mut harness);
    assert!(harness.query_all_by_label_contains("Geen interventie gevonden").next().is_some(), "says so");
    assert!(harness.query_by_label("Het dichtst in de buurt:").is_some(), "and offers the closest");
}
