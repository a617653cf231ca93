//! Load and save of a generated 1000-variable / 3000-link project (target: load + save ≤ 20 ms together).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use veerkrachtplanner::io::{
    load_project_file, parse_project, save_project_file, save_project_text, to_ron_string, validate, write_export_file,
};
use veerkrachtplanner::model::{Link, Polarity, Position, Project, ResourceKind, Strength, Variable};

fn big_project() -> Project {
    let mut p = Project::default();
    p.meta.title = "Benchmark".into();
    for i in 0..1000 {
        let id = format!("variabele_{i}");
        let mut v = Variable::new(id.as_str().into(), format!("Variabele nummer {i}"), ResourceKind::ALL[i % 3]);
        v.description = "Een beschrijving van een paar woorden.".into();
        v.source = "TNO 2023".into();
        p.variables.push(v);
        p.layout.positions.insert(id.as_str().into(), Position::new(i as f32 * 1.5, (i % 37) as f32 * 20.0));
    }
    for i in 0..3000 {
        // Three distinct targets per variable, never itself: no duplicate pairs, no self-links.
        let from = i % 1000;
        let to = (from + 1 + (i / 1000) * 17) % 1000;
        let mut l = Link::new(
            format!("koppeling_{i}").as_str().into(),
            format!("variabele_{from}").as_str().into(),
            format!("variabele_{to}").as_str().into(),
            if i % 2 == 0 { Polarity::Positive } else { Polarity::Negative },
        );
        l.strength = if i % 5 == 0 { Strength::Custom(0.35) } else { Strength::Strong };
        p.links.push(l);
    }
    p
}

fn bench(c: &mut Criterion) {
    let project = big_project();
    let text = to_ron_string(&project);
    let loaded = veerkrachtplanner::io::parse_project_with_warnings(&text).expect("parse");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("groot.veerkracht");
    save_project_file(&project, &path).expect("save");

    c.bench_function("io/parse_project (1000 var, 3000 links)", |b| b.iter(|| parse_project(black_box(&text))));
    let parsed = parse_project(&text).expect("parse");
    c.bench_function("io/validate (1000 var, 3000 links)", |b| b.iter(|| validate(black_box(&parsed)).len()));
    c.bench_function("io/to_ron_string (1000 var, 3000 links)", |b| b.iter(|| to_ron_string(black_box(&project))));
    // The app stamps a revision before it saves: the hash of the canonical text (once, or twice when it changed).
    c.bench_function("io/content_revision (1000 var, 3000 links)", |b| {
        b.iter(|| veerkrachtplanner::io::content_revision(black_box(&project)));
    });
    c.bench_function("io/load_project_file (1000 var, 3000 links)", |b| b.iter(|| load_project_file(black_box(&path))));
    c.bench_function("io/save_project_file (1000 var, 3000 links)", |b| {
        b.iter(|| save_project_file(black_box(&project), &path));
    });
    // The two halves of saving: serialising is `to_ron_string` above; this is the atomic write with the `.bak`
    // (temporary file, fsync, rename, folder fsync; for the backup and for the file).
    c.bench_function("io/save_project_text: write + fsync only (1000 var, 3000 links)", |b| {
        b.iter(|| save_project_text(black_box(&text), &path));
    });
    // One atomic write without the `.bak` copy: what the backup adds to the save is the difference.
    let export = dir.path().join("export.veerkracht");
    c.bench_function("io/write_export_file: one atomic write, no .bak (1000 var, 3000 links)", |b| {
        b.iter(|| write_export_file(&export, black_box(text.as_bytes())));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
