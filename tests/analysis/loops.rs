//! Feedback loops: the report's loops on the seed's model, sorting, rotation, parallel links, caps, texts, gains.

use crate::common::{LINKS, VARIABLES, add_link, basis_model, brute_force_cycles, ids, link_id, model, random_model};
use veerkrachtplanner::analysis::loops::{
    DEFAULT_LOOP_CAP, FeedbackLoop, LoopKind, LoopReport, describe_loop, find_loops, find_loops_within, loop_gain,
    loops_through,
};
use veerkrachtplanner::analysis::named_loops::NAMED_LOOPS;
use veerkrachtplanner::model::{Polarity, Project, Strength, VariableId};
use veerkrachtplanner::text::{self, Language};

fn find<'a>(report: &'a LoopReport, cycle: &[&str]) -> &'a FeedbackLoop {
    let want = ids(cycle);
    report.loops.iter().find(|l| l.variables == want).unwrap_or_else(|| panic!("loop {cycle:?} not found"))
}

/// Kind from the product of polarities, computed here from the marvel-model.md table.
fn expected_kind(cycle: &[&str]) -> LoopKind {
    let mut product = 1;
    for k in 0..cycle.len() {
        let (from, to) = (cycle[k], cycle[(k + 1) % cycle.len()]);
        let (_, _, sign) = LINKS.iter().find(|(f, t, _)| *f == from && *t == to).unwrap();
        if *sign == '-' {
            product = -product;
        }
    }
    if product > 0 { LoopKind::Reinforcing } else { LoopKind::Balancing }
}

pub fn check_basis_report(project: &Project) {
    let report = find_loops(project, DEFAULT_LOOP_CAP);
    assert!(!report.truncated);
    // The six numbered loops, each cycle the table names, all R, all titled.
    let numbered: &[(u8, &str, &[&str])] = &[
        (1, "Welbevinden, bestaanszekerheid en stress", &["bestaanszekerheid", "stress", "welbevinden"]),
        (
            2,
            "Bestaanszekerheid en toekomstperspectief",
            &["bestaanszekerheid", "toekomstperspectief", "stress", "opleiding_werk"],
        ),
        (
            3,
            "Intergenerationeel effect van stress",
            &["levensvaardigheden", "stress", "opvoedgedrag", "ouder_kind_relatie"],
        ),
        (4, "Je weg kunnen vinden in het systeem", &["levensvaardigheden", "weg_naar_hulp", "professionele_hulp"]),
        (5, "Sleutelrol sociale netwerk", &["maatschappelijke_participatie", "sociaal_netwerk"]),
        (
            5,
            "Sleutelrol sociale netwerk",
            &["individuele_agency", "maatschappelijke_participatie", "sociaal_netwerk", "zelfvertrouwen"],
        ),
        (
            6,
            "Individuele en collectieve agency",
            &["individuele_agency", "maatschappelijke_participatie", "succeservaringen"],
        ),
        (6, "Individuele en collectieve agency", &["collectieve_agency", "maatschappelijke_participatie"]),
    ];
    for (number, title, cycle) in numbered {
        let l = find(&report, cycle);
        assert_eq!(l.kind, LoopKind::Reinforcing, "loop {number}");
        assert_eq!(l.kind, expected_kind(cycle));
        assert_eq!(l.title.as_deref(), Some(*title));
        assert_eq!(l.report_number, Some(*number));
    }
    for n in 1..=6u8 {
        assert!(report.loops.iter().any(|l| l.report_number == Some(n)), "loop {n} present");
    }
    let help = find(&report, &["mentale_problemen", "signalering", "professionele_hulp"]);
    assert_eq!(help.kind, LoopKind::Balancing);
    assert_eq!(help.kind, expected_kind(&["mentale_problemen", "signalering", "professionele_hulp"]));
    assert!(help.title.is_some());
    assert_eq!(help.report_number, None);
    let shame = find(&report, &["bestaanszekerheid", "schaamte", "stress", "welbevinden"]);
    assert_eq!(shame.kind, LoopKind::Reinforcing);
    assert!(shame.title.is_some());
    assert_eq!(shame.report_number, None);
    // Exactly the cycles of the named-loop table carry a title.
    assert_eq!(report.loops.iter().filter(|l| l.title.is_some()).count(), NAMED_LOOPS.len());
    // Every loop's kind is the product of its polarities.
    for l in &report.loops {
        let negatives = l.links.iter().filter(|id| project.link(id).unwrap().polarity == Polarity::Negative).count();
        assert_eq!(l.kind == LoopKind::Reinforcing, negatives % 2 == 0);
    }
}

#[test]
fn basis_model_matches_the_tables() {
    let p = basis_model();
    assert_eq!(p.variables.len(), 28);
    assert_eq!(p.links.len(), 47);
    assert_eq!(VARIABLES.len(), 28);
}

#[test]
fn report_loops_found_on_the_seed_model() {
    check_basis_report(&basis_model());
}

#[test]
fn agrees_with_brute_force_on_the_seed_model_and_random_models() {
    let mut models = vec![basis_model()];
    for seed in 0..30 {
        models.push(random_model(seed, 3 + (seed as usize % 6), 4 + (seed as usize % 13)));
    }
    for p in &models {
        let report = find_loops(p, DEFAULT_LOOP_CAP);
        assert!(!report.truncated);
        let mut got: Vec<(Vec<String>, Vec<String>)> = report
            .loops
            .iter()
            .map(|l| (l.variables.iter().map(|v| v.0.clone()).collect(), l.links.iter().map(|v| v.0.clone()).collect()))
            .collect();
        got.sort();
        assert_eq!(got, brute_force_cycles(p));
        for l in &report.loops {
            // links[k] goes variables[k] → variables[k+1 mod n].
            for (k, id) in l.links.iter().enumerate() {
                let link = p.link(id).unwrap();
                assert_eq!(link.from, l.variables[k]);
                assert_eq!(link.to, l.variables[(k + 1) % l.len()]);
            }
        }
    }
}

fn assert_sorted(report: &LoopReport) {
    for pair in report.loops.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let key = |l: &FeedbackLoop| (l.len(), l.variables.clone(), l.links.clone());
        assert!(key(a) < key(b), "{:?} before {:?}", a.variables, b.variables);
    }
}

#[test]
fn sorted_shortest_first_then_by_ids_and_rotated_to_smallest_id() {
    let p = model(
        &["a", "b", "c", "d"],
        &[("d", "c", '+'), ("c", "d", '+'), ("c", "b", '-'), ("b", "a", '+'), ("a", "c", '+'), ("b", "c", '+')],
    );
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    let got: Vec<Vec<VariableId>> = report.loops.iter().map(|l| l.variables.clone()).collect();
    assert_eq!(got, vec![ids(&["b", "c"]), ids(&["c", "d"]), ids(&["a", "c", "b"])]);
    assert_eq!(report.loops[0].kind, LoopKind::Balancing);
    assert_eq!(report.loops[1].kind, LoopKind::Reinforcing);
    assert_eq!(report.loops[2].kind, LoopKind::Balancing);
    assert_sorted(&report);
    assert_sorted(&find_loops(&basis_model(), DEFAULT_LOOP_CAP));
    for l in &find_loops(&basis_model(), DEFAULT_LOOP_CAP).loops {
        assert_eq!(l.variables[0], *l.variables.iter().min().unwrap());
    }
}

#[test]
fn parallel_links_are_distinct_loops() {
    let mut p = model(&["x", "y"], &[("x", "y", '+'), ("y", "x", '+')]);
    add_link(&mut p, "x__y_tweede", "x", "y", '-');
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    assert_eq!(report.loops.len(), 2);
    assert_eq!(report.loops[0].links, vec![link_id("x", "y"), link_id("y", "x")]);
    assert_eq!(report.loops[0].kind, LoopKind::Reinforcing);
    assert_eq!(report.loops[1].links[0].as_str(), "x__y_tweede");
    assert_eq!(report.loops[1].kind, LoopKind::Balancing);
}

#[test]
fn self_link_dangling_links_and_empty_models() {
    let mut p = model(&["a", "b"], &[("a", "a", '-')]);
    add_link(&mut p, "a__nergens", "a", "nergens", '+');
    add_link(&mut p, "nergens__a", "nergens", "a", '+');
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    assert_eq!(report.loops.len(), 1);
    assert_eq!(report.loops[0].variables, ids(&["a"]));
    assert_eq!(report.loops[0].kind, LoopKind::Balancing);
    let empty = find_loops(&Project::default(), DEFAULT_LOOP_CAP);
    assert!(empty.loops.is_empty() && !empty.truncated);
}

#[test]
fn user_model_not_mislabelled() {
    // The ids of loop 1 but in the opposite direction: a different cycle, no title.
    let p = model(
        &["stress", "welbevinden", "bestaanszekerheid"],
        &[
            ("stress", "bestaanszekerheid", '+'),
            ("bestaanszekerheid", "welbevinden", '+'),
            ("welbevinden", "stress", '+'),
        ],
    );
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    assert_eq!(report.loops.len(), 1);
    assert_eq!(report.loops[0].title, None);
    assert_eq!(report.loops[0].report_number, None);
}

#[test]
fn loops_through_a_variable() {
    let report = find_loops(&basis_model(), DEFAULT_LOOP_CAP);
    let id = VariableId::new("schaamte");
    let through: Vec<&FeedbackLoop> = loops_through(&report, &id).collect();
    assert!(!through.is_empty());
    assert!(through.iter().all(|l| l.variables.contains(&id)));
    let expected = report.loops.iter().filter(|l| l.variables.contains(&id)).count();
    assert_eq!(through.len(), expected);
    // Variables without any incoming link are in no loop.
    assert_eq!(loops_through(&report, &VariableId::new("prestatiedruk")).count(), 0);
}

fn complete_model(n: usize) -> Project {
    let names: Vec<String> = (0..n).map(|i| format!("v{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut p = model(&refs, &[]);
    for a in &names {
        for b in &names {
            if a != b {
                add_link(&mut p, &format!("{a}__{b}"), a, b, '+');
            }
        }
    }
    p
}

#[test]
fn complete_digraph_stops_at_the_cap() {
    let p = complete_model(40);
    let report = find_loops(&p, 500);
    assert!(report.truncated);
    assert_eq!(report.cap, 500);
    assert!(report.loops.len() <= 500);
    assert_eq!(report.loops.len(), 500);
    assert_sorted(&report);
    // Cut short, it lists the shortest loops: K_40 has 780 two-variable loops, more than the cap.
    assert!(report.loops.iter().all(|l| l.len() == 2));
    // With room for all 780 two-variable loops but not for the 19 760 three-variable ones, it lists exactly all
    // loops of length 2.
    let wider = find_loops(&p, 5_000);
    assert!(wider.truncated);
    assert_eq!(wider.loops.len(), 780);
    assert!(wider.loops.iter().all(|l| l.len() == 2));
    // A tiny step budget also stops (and never hangs) on the default cap.
    let bounded = find_loops_within(&p, DEFAULT_LOOP_CAP, 10_000);
    assert!(bounded.truncated);
    assert!(bounded.loops.len() < DEFAULT_LOOP_CAP);
    // Exactly at the cap is not truncated: K_4 has 20 elementary cycles (6·1 + 4·2 + 1·6).
    let k4 = complete_model(4);
    assert_eq!(find_loops(&k4, 20).loops.len(), 20);
    assert!(!find_loops(&k4, 20).truncated);
    assert!(find_loops(&k4, 19).truncated);
}

/// The loop as (more?, name) steps.
fn steps(p: &Project, l: &FeedbackLoop) -> Vec<(bool, String)> {
    let d = describe_loop(p, l);
    assert_eq!(d.kind, l.kind);
    d.steps.into_iter().map(|s| (s.more, s.name)).collect()
}

fn expected(steps: &[(bool, &str)]) -> Vec<(bool, String)> {
    steps.iter().map(|(more, name)| (*more, (*name).to_owned())).collect()
}

#[test]
fn describe_loop_one_and_the_balancing_loop() {
    let p = basis_model();
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    let one = report.loops.iter().find(|l| l.report_number == Some(1)).unwrap();
    // The loop is stored from its smallest id (bestaanszekerheid) but read from where the report starts it.
    assert_eq!(one.variables[0].as_str(), "bestaanszekerheid");
    assert_eq!(
        steps(&p, one),
        expected(&[(true, "stress"), (false, "welbevinden"), (false, "bestaanszekerheid"), (true, "stress")])
    );
    // An unnamed loop is read from its first variable.
    let other = report.loops.iter().find(|l| l.variables == ids(&["sociaal_netwerk", "stress"])).unwrap();
    assert_eq!(other.title, None);
    assert_eq!(steps(&p, other), expected(&[(true, "sociaal netwerk"), (false, "stress"), (true, "sociaal netwerk")]));
    let help = find(&report, &["mentale_problemen", "signalering", "professionele_hulp"]);
    assert_eq!(
        steps(&p, help),
        expected(&[
            (true, "mentale problemen"),
            (true, "signalering van problemen"),
            (true, "ontvangen professionele hulp"),
            (false, "mentale problemen"),
        ])
    );
    // One sentence end to end in both languages (the wording itself is tested in `text::loops`).
    assert!(text::describe_loop(&p, help, Language::En).starts_with("More mental health problems → more "));
    assert!(
        text::describe_loop(&p, help, Language::Nl).ends_with(": een zichzelf afremmende (balancerende) kringloop.")
    );
}

#[test]
fn loop_gain_follows_simulation_md() {
    let mut p = basis_model();
    let report = find_loops(&p, DEFAULT_LOOP_CAP);
    let one = report.loops.iter().find(|l| l.report_number == Some(1)).unwrap().clone();
    // All links gemiddeld (0.5). Into welbevinden 2 links (G = 1), into bestaanszekerheid 2 (G = 1), into stress
    // 7 links (G = 3.5): (−0.5)·(0.5)·(−0.5/3.5) = 1/28.
    assert!((loop_gain(&p, &one) - 1.0 / 28.0).abs() < 1e-12);
    // A zeer sterke link stress → welbevinden raises G of welbevinden to 1.5: (−1/1.5)·0.5·(−0.5/3.5).
    p.link_mut(&link_id("stress", "welbevinden")).unwrap().strength = Strength::VeryStrong;
    let expected = (-1.0 / 1.5) * 0.5 * (-0.5 / 3.5);
    assert!((loop_gain(&p, &one) - expected).abs() < 1e-12);
    let help = find(&report, &["mentale_problemen", "signalering", "professionele_hulp"]).clone();
    assert!(loop_gain(&p, &help) < 0.0, "a balancing loop has a negative gain");
}
