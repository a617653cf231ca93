//! The printable plan: the document built from the example project and its PDF.

mod english;

use std::path::PathBuf;
use veerkrachtplanner::export::document::Block;
use veerkrachtplanner::export::pdf::render_pdf;
use veerkrachtplanner::export::plan_report::plan_document;
use veerkrachtplanner::io::{default_project, load_project_file};
use veerkrachtplanner::plan::budget_table;
use veerkrachtplanner::text::Language;

fn example() -> veerkrachtplanner::model::Project {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht");
    load_project_file(&path).expect("the example project loads")
}

fn headings(blocks: &[Block]) -> Vec<String> {
    blocks.iter().filter_map(|b| if let Block::Heading(h) = b { Some(h.clone()) } else { None }).collect()
}

#[test]
fn the_plan_document_has_every_section_for_every_variant() {
    let project = example();
    let doc = plan_document(&project, Language::Nl).expect("report");
    assert!(doc.title.contains(&project.meta.gemeente));
    let h = headings(&doc.blocks);
    assert!(h[0].starts_with("1. Samenvatting"));
    assert!(h[1].starts_with("2. Het model"));
    for (i, plan) in project.plans.iter().enumerate() {
        assert!(h[2 + i].contains(&plan.name), "{h:?}");
    }
    assert!(h.iter().any(|x| x.contains("Crisis-stresstest")));
    assert!(h.last().is_some_and(|x| x.contains("Verantwoording")));
    // Every plan's budget table lists each item, the total and the budget.
    let tables: Vec<_> =
        doc.blocks.iter().filter_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).collect();
    for plan in &project.plans {
        let budget = budget_table(&project, plan).expect("budget");
        let table = tables
            .iter()
            .find(|t| {
                t.headers.first().is_some_and(|h| h == "Kosten per jaar")
                    && t.rows.len() == budget.rows.len() + 3
                    && t.rows[0][0].starts_with(&budget.rows[0].name)
            })
            .expect("a budget table per plan");
        assert_eq!(table.headers.len(), budget.years.len() + 2);
        assert_eq!(table.rows[budget.rows.len()][0], "Totaal");
    }
    // Voorbeeldwaarden are marked.
    assert!(tables.iter().any(|t| t.rows.iter().any(|r| r[0].ends_with(" *"))));
    let charts = doc.blocks.iter().filter(|b| matches!(b, Block::LineChart(_) | Block::BarChart(_))).count();
    assert!(charts >= 2 + project.plans.len());
}

#[test]
fn the_crisis_table_compares_with_and_without_each_plan() {
    let project = example();
    let doc = plan_document(&project, Language::Nl).expect("report");
    let crisis = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.headers.first().is_some_and(|h| h == "Run") => Some(t),
            _ => None,
        })
        .expect("crisis table");
    assert_eq!(crisis.rows.len(), 1 + project.plans.len());
    assert_eq!(crisis.rows[0][0], "Zonder plan");
}

#[test]
fn a_project_without_plans_still_reports_model_and_crisis() {
    let doc = plan_document(&default_project(), Language::Nl).expect("report");
    let h = headings(&doc.blocks);
    assert_eq!(h.len(), 5, "{h:?}");
    assert!(h[3].ends_with("Aannames"), "{h:?}");
    let pdf = render_pdf(&doc).expect("pdf");
    assert!(pdf.bytes.starts_with(b"%PDF-1.7"));
    assert!(pdf.missing.is_empty());
}

#[test]
fn export_pdf_command_writes_a_pdf_and_reports_errors_in_dutch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("plan.pdf");
    let exe = env!("CARGO_BIN_EXE_veerkrachtplanner");
    let example = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("projects/voorbeeld-gemeente.veerkracht");
    let status = std::process::Command::new(exe).arg("export-pdf").arg(&example).arg(&out).output().expect("run");
    assert_eq!(status.status.code(), Some(0), "{}", String::from_utf8_lossy(&status.stderr));
    let bytes = std::fs::read(&out).expect("pdf written");
    assert!(bytes.starts_with(b"%PDF-1.7") && bytes.trim_ascii_end().ends_with(b"%%EOF"));
    let missing = dir.path().join("nergens/plan.pdf");
    let failed = std::process::Command::new(exe).arg("export-pdf").arg(&example).arg(&missing).output().expect("run");
    assert_eq!(failed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("bestaat niet"));
    let usage = std::process::Command::new(exe).arg("export-pdf").output().expect("run");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("Gebruik: veerkrachtplanner export-pdf"));
    let english = dir.path().join("plan-en.pdf");
    let run = |args: &[&str]| std::process::Command::new(exe).args(args).output().expect("run");
    let en = run(&["export-pdf", &example.to_string_lossy(), &english.to_string_lossy(), "--taal", "en"]);
    assert_eq!(en.status.code(), Some(0), "{}", String::from_utf8_lossy(&en.stderr));
    assert!(std::fs::read(&english).expect("written").windows(9).any(|w| w == b"/Lang(en)"));
    let bad = run(&["export-docx", &example.to_string_lossy(), &english.to_string_lossy(), "--taal", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("Optie --taal: 'fr' is onbekend"));
}

#[test]
fn a_project_without_an_index_reports_model_and_budgets_but_no_effects() {
    let mut project = example();
    project.outcome.weights.clear();
    let doc = plan_document(&project, Language::Nl).expect("report without index");
    let h = headings(&doc.blocks);
    assert!(!h.iter().any(|x| x.contains("Crisis-stresstest")), "{h:?}");
    assert!(doc.blocks.iter().any(|b| matches!(b, Block::Note(n) if n.contains("uitkomstvariabelen"))));
    assert!(
        doc.blocks
            .iter()
            .any(|b| matches!(b, Block::Table(t) if t.headers.first().is_some_and(|x| x == "Kosten per jaar")))
    );
}

#[test]
fn the_cover_names_the_program_version() {
    let doc = plan_document(&example(), Language::Nl).expect("report");
    let first_heading = doc.blocks.iter().position(|b| matches!(b, Block::Heading(_))).expect("a heading");
    let cover = &doc.blocks[..first_heading];
    let expected = format!("Veerkrachtplanner {}", veerkrachtplanner::VERSION);
    assert!(
        cover.iter().any(|b| matches!(b, Block::Note(n) if n.contains(&expected))),
        "the cover (before section 1) should say '{expected}': {cover:?}"
    );
    assert_eq!(veerkrachtplanner::VERSION, env!("CARGO_PKG_VERSION"));
}

#[test]
fn version_prints_the_version_the_cover_shows() {
    for flag in ["--version", "-V"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_veerkrachtplanner")).arg(flag).output().expect("run");
        assert!(out.status.success(), "{flag}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("veerkrachtplanner {}\n", veerkrachtplanner::VERSION));
    }
}

#[test]
fn the_assumptions_section_lists_every_example_value_a_plan_uses() {
    use veerkrachtplanner::plan::find_intervention;
    let project = example();
    let doc = plan_document(&project, Language::Nl).expect("report");
    let at =
        doc.blocks.iter().position(|b| matches!(b, Block::Heading(h) if h.ends_with("Aannames"))).expect("section");
    let Some(Block::Table(table)) = doc.blocks[at + 1..].iter().find(|b| matches!(b, Block::Table(_))) else {
        panic!("the section has a table");
    };
    for plan in &project.plans {
        for item in &plan.items {
            let intervention = find_intervention(&project, &item.intervention).expect("known intervention");
            if !intervention.example_values {
                continue;
            }
            if item.cost.is_none() {
                assert!(
                    table
                        .rows
                        .iter()
                        .any(|r| r[0] == intervention.name && r[1] == "kosten" && r[3].contains(&plan.name)),
                    "cost of {} missing",
                    intervention.name
                );
            }
            if item.effects.is_none() {
                let effects =
                    table.rows.iter().filter(|r| r[0] == intervention.name && r[1].starts_with("effect")).count();
                assert_eq!(effects, intervention.effects.len(), "effects of {}", intervention.name);
            }
        }
    }
}
