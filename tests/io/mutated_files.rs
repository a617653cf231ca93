//! Property test: a mutated project file (bytes changed, cut, repeated, numbers replaced by extreme ones) gives a
//! load error or a project; a project that loads compiles and simulates to finite numbers. Never a panic or NaN.

use proptest::prelude::*;
use veerkrachtplanner::io::parse_project;
use veerkrachtplanner::sim::{RunOptions, compile, scenario_inputs};

const BASE: &str = include_str!("../fixtures/klein-geldig.veerkracht");

#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Cut(usize, usize),
    Repeat(usize, usize),
    Number(usize, &'static str),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let numbers =
        prop::sample::select(vec!["1e308", "-1e308", "NaN", "inf", "0", "-0.0", "99999999999", "0.0001", "2101", "-1"]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 0..40usize).prop_map(|(i, n)| Mutation::Cut(i, n)),
        (any::<usize>(), 0..40usize).prop_map(|(i, n)| Mutation::Repeat(i, n)),
        (any::<usize>(), numbers).prop_map(|(i, s)| Mutation::Number(i, s)),
    ]
}

fn apply(text: &mut Vec<u8>, m: &Mutation) {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match *m {
        Mutation::Flip(i, b) => {
            let k = at(i, text.len());
            if let Some(x) = text.get_mut(k) {
                *x = b;
            }
        }
        Mutation::Cut(i, n) => {
            let k = at(i, text.len());
            let end = (k + n).min(text.len());
            text.drain(k..end);
        }
        Mutation::Repeat(i, n) => {
            let k = at(i, text.len());
            let end = (k + n).min(text.len());
            let copy = text[k..end].to_vec();
            text.splice(k..k, copy);
        }
        Mutation::Number(i, s) => {
            // Replace the number that starts at or after position i.
            let k = at(i, text.len());
            if let Some(start) = text[k..].iter().position(u8::is_ascii_digit).map(|p| p + k) {
                let end = text[start..]
                    .iter()
                    .position(|c| !(c.is_ascii_digit() || *c == b'.' || *c == b'e'))
                    .map_or(text.len(), |p| p + start);
                text.splice(start..end, s.bytes());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_load_or_are_refused_and_never_give_nan(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut bytes = BASE.as_bytes().to_vec();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let Ok(text) = String::from_utf8(bytes) else { return Ok(()) };
        let Ok(project) = parse_project(&text) else { return Ok(()) };
        let compiled = compile(&project).map_err(|e| TestCaseError::fail(format!("a loaded project does not compile: {e}")))?;
        for scenario in std::iter::once(None).chain(project.scenarios.iter().map(Some)) {
            let inputs = scenario.map(scenario_inputs).unwrap_or_default();
            let inputs = compiled.compile_inputs(&inputs).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let run = compiled.run(&inputs, &RunOptions::from(&project.settings));
            prop_assert!(run.as_slice().iter().all(|x| x.is_finite()), "NaN or infinity in a run");
        }
    }
}
