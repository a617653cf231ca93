//! The exports of the example project: building the report's document model, the whole accessible PDF (layout,
//! fonts subset and embedded, structure tree), the Word document (with its charts and diagram as pictures) and the
//! diagram as a PNG; targets ≤ 300 ms for the PDF and for the Word document. Plus the Dutch CSV of a run.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::export::csv::{Cell, CsvTable, write_csv};
use veerkrachtplanner::export::plan_report::plan_document;
use veerkrachtplanner::export::raster::{DEFAULT_WIDTH, diagram_png};
use veerkrachtplanner::export::report::{ReportOptions, plan_docx, plan_pdf};
use veerkrachtplanner::export::svg::causal_diagram;
use veerkrachtplanner::io::parse_project;
use veerkrachtplanner::text::Language;

fn bench(c: &mut Criterion) {
    let text = include_str!("../projects/voorbeeld-gemeente.veerkracht");
    let project = parse_project(text).unwrap();
    let options = ReportOptions {
        date: Some("30 november 2026".into()),
        file_name: Some("voorbeeld.veerkracht".into()),
        language: Language::Nl,
    };
    c.bench_function("report document of the example project", |b| {
        b.iter(|| plan_document(black_box(&project), Language::Nl));
    });
    c.bench_function("PDF/UA report of the example project (target <= 300 ms)", |b| {
        b.iter(|| plan_pdf(black_box(&project), &options).unwrap());
    });
    c.bench_function("Word report of the example project (target <= 300 ms)", |b| {
        b.iter(|| plan_docx(black_box(&project), &options).unwrap());
    });
    c.bench_function("diagram of the example project as a 1920 px PNG", |b| {
        b.iter(|| diagram_png(&causal_diagram(black_box(&project)), DEFAULT_WIDTH).unwrap());
    });
    let table = CsvTable {
        headers: (0..30).map(|i| format!("Variabele {i}")).collect(),
        rows: (0..61).map(|m| (0..30).map(|v| Cell::Number(f64::from(m * v) / 7.0, 6)).collect()).collect(),
    };
    c.bench_function("Dutch CSV, 61 months x 30 variables", |b| b.iter(|| write_csv(black_box(&table), Language::Nl)));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
