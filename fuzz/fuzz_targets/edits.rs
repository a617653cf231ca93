//! Random edit sequences with undo and redo, starting from the built-in TNO model. Each byte chooses an edit (or an
//! undo/redo) and the following bytes its numbers (raw f64 bits too, so NaN, the infinities and huge values occur)
//! and texts. After every step that changed it the project passes load validation; an undo followed by a redo
//! gives back the same project; at the end it saves and reloads to the identical project.
#![no_main]

use libfuzzer_sys::fuzz_target;
use veerkrachtplanner::edit::{Edit, History, new_link_edit, new_variable_edit, rename_variable_edit};
use veerkrachtplanner::io::{default_project, parse_project, to_ron_string, validate};
use veerkrachtplanner::model::{
    Cost, Delay, Effect, InputShape, Plan, PlanItem, Polarity, Position, Project, ResourceKind, Shock, SimMethod,
    SimSettings, Strength,
};

/// Reads numbers and choices from the fuzzer's bytes (zero when they run out).
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let Some((&b, rest)) = self.0.split_first() else { return 0 };
        self.0 = rest;
        b
    }

    fn index(&mut self, len: usize) -> usize {
        if len == 0 { 0 } else { (usize::from(self.byte()) << 8 | usize::from(self.byte())) % len }
    }

    /// Mostly ordinary numbers, sometimes any bit pattern.
    fn number(&mut self) -> f64 {
        match self.byte() % 8 {
            0 => {
                let mut bits = [0u8; 8];
                for b in &mut bits {
                    *b = self.byte();
                }
                f64::from_le_bytes(bits)
            }
            1 => -f64::from(self.byte()),
            2 => f64::from(u16::from(self.byte()) << 8 | u16::from(self.byte())) * 100.0,
            3 => f64::from(self.byte()) / 100.0,
            _ => f64::from(self.byte()),
        }
    }

    fn text(&mut self) -> String {
        let len = usize::from(self.byte() % 16);
        (0..len).map(|_| char::from(b' ' + self.byte() % 95)).collect()
    }
}

fn edit(p: &Project, b: &mut Bytes<'_>, pick: u8) -> Option<Edit> {
    let var = |b: &mut Bytes<'_>| p.variables.get(b.index(p.variables.len())).map(|v| v.id.clone());
    Some(match pick % 14 {
        0 => new_variable_edit(p, &b.text(), ResourceKind::Individual, Position::new(b.number() as f32, 1.0)),
        1 => {
            let mut v = p.variables.get(b.index(p.variables.len()))?.clone();
            v.baseline = b.number();
            v.adjustment_months = b.number();
            Edit::UpdateVariable(v)
        }
        2 => rename_variable_edit(p, &var(b)?, &b.text()).ok()?,
        3 => new_link_edit(p, &var(b)?, &var(b)?, if b.byte() % 2 == 0 { Polarity::Positive } else { Polarity::Negative })
            .ok()?,
        4 => {
            let mut l = p.links.get(b.index(p.links.len()))?.clone();
            l.strength = Strength::Custom(b.number());
            l.delay = Delay::Months(b.number());
            Edit::UpdateLink(l)
        }
        5 => Edit::MoveVariables { moves: vec![(var(b)?, Position::new(b.number() as f32, b.number() as f32))] },
        6 => Edit::Delete { variables: vec![var(b)?], links: Vec::new() },
        7 => Edit::Delete { variables: Vec::new(), links: vec![p.links.get(b.index(p.links.len()))?.id.clone()] },
        8 => Edit::SetSettings(SimSettings {
            dt_months: b.number(),
            horizon_months: b.number().clamp(0.0, 1e6) as u32,
            method: if b.byte() % 2 == 0 { SimMethod::Euler } else { SimMethod::Rk4 },
            monte_carlo_runs: b.number().clamp(0.0, 1e6) as u32,
            monte_carlo_seed: u64::from(b.byte()),
        }),
        9 => {
            let mut scenarios = p.scenarios.clone();
            let s = scenarios.get_mut(b.index(p.scenarios.len()))?;
            s.shocks.push(Shock {
                target: var(b)?,
                effect: b.number(),
                shape: InputShape {
                    start_month: b.number(),
                    ramp_up_months: b.number(),
                    end_month: Some(b.number()),
                    after_effect_months: b.number(),
                },
                note: b.text(),
            });
            Edit::SetScenarios(scenarios)
        }
        10 => {
            let mut list = p.interventions.clone();
            let i = list.get_mut(b.index(p.interventions.len()))?;
            i.cost = Cost { one_off_eur: b.number(), per_year_eur: b.number() };
            i.effects.push(Effect { target: var(b)?, points: b.number(), confidence: Default::default() });
            Edit::SetInterventions(list)
        }
        11 => {
            let mut plans = p.plans.clone();
            let first = 2000 + i32::from(b.byte());
            let intervention = p.interventions.get(b.index(p.interventions.len()))?.id.clone();
            plans.push(Plan {
                id: p.fresh_id("plan").as_str().into(),
                name: b.text(),
                first_year: first,
                last_year: first + i32::from(b.byte() % 64) - 4,
                budget_eur: [(first, b.number())].into(),
                items: vec![PlanItem {
                    start_month: b.number(),
                    duration_months: Some(b.number()),
                    ramp_up_months: b.number(),
                    after_effect_months: b.number(),
                    ..PlanItem::new(intervention, b.number())
                }],
                notes: b.text(),
            });
            Edit::SetPlans(plans)
        }
        12 => Edit::SetPlans(Vec::new()),
        _ => {
            let (first, second) = (b.byte() % 13, b.byte() % 13);
            Edit::Batch(vec![edit(p, b, first)?, edit(p, b, second)?])
        }
    })
}

fn assert_valid(p: &Project, step: usize) {
    let errors: Vec<String> = validate(p).iter().filter(|x| x.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "step {step}: an edit left a project that loading refuses: {errors:?}");
}

/// The TNO model, read once (reading it for every input would be most of the work).
fn start() -> Project {
    static START: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    START.get_or_init(default_project).clone()
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let mut p = start();
    let mut history = History::new();
    for step in 0..32 {
        if b.0.is_empty() {
            break;
        }
        let pick = b.byte();
        // Whether the step may have changed the project; a step that certainly did not (nothing to undo, no edit,
        // a refused edit or an undo with its redo, both asserted to leave the project equal) needs no validation.
        let changed = match pick % 16 {
            14 => {
                let before = p.clone();
                if history.undo(&mut p).is_some() {
                    history.redo(&mut p);
                    assert_eq!(p, before, "undo then redo changed the project");
                }
                false
            }
            15 => history.undo(&mut p).is_some(),
            _ => match edit(&p, &mut b, pick) {
                Some(e) => {
                    let before = p.clone();
                    let applied = history.apply(&mut p, e).is_ok();
                    if !applied {
                        assert_eq!(p, before, "a refused edit changed the project");
                    }
                    applied
                }
                None => false,
            },
        };
        if changed {
            assert_valid(&p, step);
        }
    }
    let reloaded = parse_project(&to_ron_string(&p)).expect("an edited project loads");
    assert_eq!(reloaded, p, "save and reload changed the edited project");
});
