//! `veerkrachtplanner sensitivity FILE --plan NAAM [--scenario NAAM] [--outcome index|VARIABELE] [--runs N]
//! [--seed S] [--json]`: how much the plan's effect moves when one assumption at a time (a link strength or an
//! intervention effect) goes to the ends of its range (a tornado), with the first-order variance index from
//! `--runs` draws (default 200; 0 skips it), and the three assumptions that matter most.

use super::Args;
use super::compare::find_plan;
use super::plan::print_table;
use super::uncertainty_args::UncertaintyArgs;
use crate::plan::{Assumption, SensitivityRequest, sensitivity};
use crate::sim::monte_carlo::Progress;
use crate::text::optimizer::outcome_label;
use crate::text::uncertainty::{assumption_label, top_assumptions_sentence};
use crate::text::{Language, format_number};
use serde_json::json;

pub fn run(mut args: Args) -> i32 {
    super::exit_code(run_inner(&mut args))
}

fn run_inner(args: &mut Args) -> Result<(), String> {
    let json_out = args.flag("--json");
    let plan = args.value("--plan")?.ok_or_else(|| "Geef het plan op met --plan NAAM.".to_owned())?;
    let options = UncertaintyArgs::parse(args, 200, 0)?;
    let project = options.load()?;
    if super::uncertainty_args::no_outcome_answer(&project, &options.outcome, json_out, ("analyse", "ontleden")) {
        return Ok(());
    }
    let plan = find_plan(&project, &plan)?;
    let scenario = options.scenario(&project)?;
    let (outcome, runs, seed) = (&options.outcome, options.runs(), options.seed(&project));
    let request = SensitivityRequest {
        outcome: outcome.clone(),
        scenario: scenario.cloned(),
        variance_runs: runs,
        seed,
        threads: 0,
    };
    let result = sensitivity(&project, &plan, &request, &Progress::new()).map_err(|e| e.to_string())?;
    let label = outcome_label(outcome, &project, Language::Nl);
    let top = top_assumptions_sentence(&result, &project, 3, Language::Nl);
    if json_out {
        let value = json!({
            "plan": {"id": plan.id.to_string(), "name": plan.name},
            "scenario": scenario.map(|s| json!({"id": s.id.to_string(), "name": s.name})),
            "outcome_label": label,
            "central_effect": result.central_effect,
            "variance": result.variance,
            "variance_runs": result.variance_runs,
            "screening": result.screening.map(|s| {
                let tally = |t: crate::plan::Tally| json!({"analysed": t.analysed, "can_move_the_outcome": t.can_move, "total": t.total});
                json!({"links": tally(s.links), "effects": tally(s.effects)})
            }),
            "first_order_sum": result.first_order_sum(),
            "bars": result.bars.iter().map(|b| json!({
                "kind": match b.assumption { Assumption::Link { .. } => "link", Assumption::Effect { .. } => "effect" },
                "id": match &b.assumption {
                    Assumption::Link { id, .. } => id.to_string(),
                    Assumption::Effect { intervention, target } => format!("{intervention}:{target}"),
                },
                "label": assumption_label(&b.assumption, &project, Language::Nl),
                "central": b.central,
                "low": b.low,
                "high": b.high,
                "effect_low": b.effect_low,
                "effect_high": b.effect_high,
                "swing": b.swing,
                "first_order": b.first_order,
            })).collect::<Vec<_>>(),
            "top_assumptions": top,
        });
        let text =
            serde_json::to_string_pretty(&value).map_err(|e| format!("Kan de uitvoer niet als JSON schrijven: {e}"))?;
        outln!("{text}");
        return Ok(());
    }
    let situation = scenario.map_or_else(|| "zonder crisis".to_owned(), |s| format!("met scenario {}", s.name));
    outln!(
        "Gevoeligheid van het effect van {} op de {label} ({situation}): {} punt-maanden met de middenwaarden.",
        plan.name,
        format_number(result.central_effect, 1)
    );
    outln!("Elke aanname apart naar de grenzen van haar onzekerheid, de rest in het midden:\n");
    let mut rows = vec![vec![
        "Aanname".to_owned(),
        "Zwakst".to_owned(),
        "Sterkst".to_owned(),
        "Effect bij zwakst".to_owned(),
        "Effect bij sterkst".to_owned(),
        "Uitslag".to_owned(),
        "Aandeel variantie".to_owned(),
    ]];
    for b in result.bars.iter().filter(|b| b.swing > 0.0) {
        rows.push(vec![
            assumption_label(&b.assumption, &project, Language::Nl),
            format_number(b.low, 2),
            format_number(b.high, 2),
            format_number(b.effect_low, 1),
            format_number(b.effect_high, 1),
            format_number(b.swing, 1),
            b.first_order.map_or_else(|| "–".to_owned(), |s| format!("{} %", format_number(100.0 * s, 0))),
        ]);
    }
    print_table(&rows, 0);
    let without = result.bars.iter().filter(|b| b.swing <= 0.0).count();
    if without > 0 {
        outln!("({without} aannames veranderen het effect niet.)");
    }
    if let Some(sum) = result.first_order_sum() {
        outln!(
            "\nAandeel variantie: eerste-orde-index (lineaire schatting) uit {} doorrekeningen; samen {} % (dicht bij \
             100 %: de aannames werken los van elkaar).",
            result.variance_runs,
            format_number(100.0 * sum, 0)
        );
    }
    if result.variance_runs < runs.min(crate::plan::MAX_DRAWS) && runs >= 2 {
        let done = match result.variance_runs {
            0 => "niet berekend".to_owned(),
            n => format!("{n} doorrekeningen in plaats van {runs}"),
        };
        outln!(
            "\nAandeel variantie: {done}; meer doorrekeningen passen er voor dit model niet binnen enkele \
             seconden."
        );
    }
    outln!("\n{top}");
    Ok(())
}
