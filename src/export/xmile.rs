//! Export of the simulation model as an XMILE 1.0 document (OASIS), readable by Stella, PySD and other
//! XMILE tools, so that a run can be reproduced outside the product (`simulation.md`, "Integration").
//!
//! # Mapping (one element per quantity of `simulation.md`)
//! For every variable `i` (in id order):
//! - `<stock name="d_<i>">`, initial value `0`, one inflow `adj_<i>`;
//! - `<flow name="adj_<i>">` = `(e_<i> - d_<i>) / T`;
//! - `<aux name="x_<i>">` = `MIN(100, MAX(0, b + d_<i>))` — the value the product shows;
//! - `<aux name="y_<i>">` = `x_<i> - b`;
//! - `<aux name="u_<i>">` = the sum of the inputs on `i` (`0` without inputs), each `effect × reach` times its
//!   ramp written with `TIME` and nested `IF … THEN … ELSE` (piecewise exact, after-effect level `L` computed here);
//! - `<aux name="e_<i>">` = `(Σ s·g·z) / G + u_<i>` with the links into `i` in link-id order; `G_i` is written as a
//!   constant (and left out when it is 1).
//!
//! For every link with a delay `τ > 0` (in link-id order) an explicit first-order delay: `<stock name="z_<link>">`
//! with initial value `0` and inflow `<flow name="dz_<link>">` = `(y_<from> - z_<link>) / τ`. Explicit stocks rather
//! than `SMTH1`: tools differ in `SMTH1`'s initial value and integration details, a stock and a flow they all read
//! the same. A link without delay uses `y_<from>` directly.
//!
//! # Choices
//! - **Numbers as constants.** Baselines, gains, `G_i`, `T_i`, `τ` and input sizes are written as literals (shortest
//!   text that reads back to the same `f64`; negative literals in parentheses). Nothing is a separate constant, so
//!   the document stays small and exactly one meaning is exported.
//! - **Step.** `dt` is the step the engine really uses (`1 / round(1 / dt)`, see `sim::RunOptions`), and `T_i`, `τ`
//!   are written as `max(T, dt)`, `max(τ, dt)` as the engine uses them inside a run (identical for every `T, τ ≥ dt`).
//! - **Method.** `Euler` or `RK4` as in the settings. PySD always integrates with Euler.
//! - **Names.** Ids become lower-case ASCII letters, digits and single underscores (XMILE treats `_` and space as
//!   the same and ignores case); names that would coincide get `_2`, `_3`, … in id order. [`xmile_names`] gives the
//!   names used.
//! - **Bad input never panics.** Links or inputs naming an unknown variable are left out, a non-finite number is
//!   written as `0`. [`try_project_to_xmile`] refuses such projects with the simulation's Dutch message instead.
//! - **Units.** Stocks and auxiliaries are in `Indexpunten`, flows in `Indexpunten/Months`.
//! - **Diagram.** A `<views>` section places every quantity near its variable's canvas position (see
//!   `xmile_views`), so that Stella and Vensim show the diagram as drawn.
//! - Times are months from the plan's start (`time_units="Months"`), from 0 to the horizon. Output is deterministic:
//!   no dates, no random ids.

use super::svg_route::Pt;
use super::xml::escape;
use crate::model::{InputShape, Link, LinkId, Project, SimMethod, SimSettings, Variable, VariableId};
use crate::sim::{Input, RunOptions, SimError};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The XMILE names of a project's quantities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct XmileNames {
    /// Per variable id: the sanitised base (the part after `d_`, `x_`, …).
    pub variables: BTreeMap<VariableId, String>,
    /// Per link id: the sanitised base (the part after `z_` / `dz_`).
    pub links: BTreeMap<LinkId, String>,
}

impl XmileNames {
    /// The name of `x` (the shown value) of a variable, e.g. `x_stress`.
    pub fn x(&self, id: &VariableId) -> Option<String> {
        self.variables.get(id).map(|b| format!("x_{b}"))
    }
}

/// The names [`project_to_xmile`] uses for `project`.
pub fn xmile_names(project: &Project) -> XmileNames {
    let mut var_ids: Vec<&VariableId> = project.variables.iter().map(|v| &v.id).collect();
    var_ids.sort();
    var_ids.dedup();
    let mut link_ids: Vec<&LinkId> = project.links.iter().map(|l| &l.id).collect();
    link_ids.sort();
    link_ids.dedup();
    XmileNames {
        variables: unique_names(var_ids.iter().map(|id| id.as_str()))
            .into_iter()
            .zip(var_ids)
            .map(|(n, id)| (id.clone(), n))
            .collect(),
        links: unique_names(link_ids.iter().map(|id| id.as_str()))
            .into_iter()
            .zip(link_ids)
            .map(|(n, id)| (id.clone(), n))
            .collect(),
    }
}

/// Sanitised, pairwise different names, in the order given.
fn unique_names<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut used = BTreeSet::new();
    let mut out = Vec::new();
    for id in ids {
        let base = sanitize(id);
        let mut name = base.clone();
        let mut n = 2u64;
        while used.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        used.insert(name.clone());
        out.push(name);
    }
    out
}

/// Lower-case ASCII letters and digits, every other run of characters one `_`, no `_` at either end; never empty.
fn sanitize(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out.push('v');
    }
    out
}

/// A number as XMILE text: the shortest decimal that reads back to the same `f64`, negatives in parentheses,
/// never `-0`; a non-finite number (refused by the simulation) as `0`.
fn num(x: f64) -> String {
    if !x.is_finite() || x == 0.0 {
        "0".to_owned()
    } else if x < 0.0 {
        format!("({x})")
    } else {
        format!("{x}")
    }
}

/// The ramp of `simulation.md` as an XMILE expression in `TIME` (see `sim::ramp`, which it mirrors exactly).
fn ramp_expression(shape: &InputShape) -> String {
    let s = shape.start_month;
    let r = shape.ramp_up_months;
    let rising = if r > 0.0 { format!("MIN(1, (TIME - {}) / {})", num(s), num(r)) } else { "1".to_owned() };
    let running = match shape.end_month {
        None => rising,
        Some(e) => {
            let a = shape.after_effect_months;
            // L: the ramp just before the end (0 when the input ends before it starts).
            let level = if e <= s {
                0.0
            } else if r > 0.0 {
                ((e - s) / r).min(1.0)
            } else {
                1.0
            };
            let after = if a > 0.0 && level != 0.0 {
                format!("{} * MAX(0, 1 - (TIME - {}) / {})", num(level), num(e), num(a))
            } else {
                "0".to_owned()
            };
            format!("(IF TIME >= {} THEN {after} ELSE {rising})", num(e))
        }
    };
    format!("IF TIME < {} THEN 0 ELSE {running}", num(s))
}

/// Joins signed terms `(coefficient, text)` into `a * p - b * q …`; `"0"` when there are none.
fn signed_sum(terms: &[(f64, String)]) -> String {
    let mut out = String::new();
    for (k, (coefficient, text)) in terms.iter().enumerate() {
        let c = if coefficient.is_finite() { *coefficient } else { 0.0 };
        let magnitude = num(c.abs());
        match (k, c < 0.0) {
            (0, false) => write!(out, "{magnitude} * {text}"),
            (0, true) => write!(out, "-{magnitude} * {text}"),
            (_, false) => write!(out, " + {magnitude} * {text}"),
            (_, true) => write!(out, " - {magnitude} * {text}"),
        }
        .unwrap_or(());
    }
    if out.is_empty() { "0".to_owned() } else { out }
}

/// The unit of every level (stocks and auxiliaries): points on the 0–100 index.
const LEVEL_UNITS: &str = "Indexpunten";
/// The unit of every flow: index points per month (the model's time unit).
const FLOW_UNITS: &str = "Indexpunten/Months";

/// One `<aux>` / `<flow>` element.
fn element(out: &mut String, kind: &str, name: &str, eqn: &str, doc: &str) {
    let units = if kind == "flow" { FLOW_UNITS } else { LEVEL_UNITS };
    let _ = writeln!(
        out,
        "      <{kind} name=\"{}\">\n        <eqn>{}</eqn>\n        <units>{units}</units>\n        <doc>{}</doc>\n      </{kind}>",
        escape(name),
        escape(eqn),
        escape(doc)
    );
}

/// One `<stock>` with initial value 0 and one inflow.
fn stock(out: &mut String, name: &str, inflow: &str, doc: &str) {
    let _ = writeln!(
        out,
        "      <stock name=\"{}\">\n        <eqn>0</eqn>\n        <inflow>{}</inflow>\n        <units>{LEVEL_UNITS}</units>\n        <doc>{}</doc>\n      </stock>",
        escape(name),
        escape(inflow),
        escape(doc)
    );
}

/// As [`project_to_xmile`], but first checks the model and the inputs as a simulation run does; errors (Dutch)
/// as the simulation does.
pub fn try_project_to_xmile(project: &Project, inputs: &[Input], settings: &SimSettings) -> Result<String, SimError> {
    let compiled = crate::sim::compile(project)?;
    compiled.compile_inputs(inputs)?;
    Ok(project_to_xmile(project, inputs, settings))
}

/// The model of `project` with `inputs` (scenario shocks and/or plan items) as an XMILE 1.0 document; see the
/// module documentation for the mapping. Deterministic; never panics.
pub fn project_to_xmile(project: &Project, inputs: &[Input], settings: &SimSettings) -> String {
    let names = xmile_names(project);
    let opts = RunOptions::from(settings);
    let h = opts.step_months();
    let mut vars: Vec<_> = project.variables.iter().collect();
    vars.sort_by(|a, b| a.id.cmp(&b.id));
    vars.dedup_by(|a, b| a.id == b.id);
    let mut links: Vec<_> = project
        .links
        .iter()
        .filter(|l| names.variables.contains_key(&l.from) && names.variables.contains_key(&l.to))
        .collect();
    links.sort_by(|a, b| a.id.cmp(&b.id));
    links.dedup_by(|a, b| a.id == b.id);

    let mut body = String::new();
    for v in &vars {
        let b = &names.variables[&v.id];
        let label = format!("{} ({})", v.name, v.id);
        let baseline = if v.baseline.is_finite() { v.baseline } else { 0.0 };
        let adjustment = if v.adjustment_months.is_finite() { v.adjustment_months.max(h) } else { 0.0 };
        stock(&mut body, &format!("d_{b}"), &format!("adj_{b}"), &format!("{label}: afwijking d van de basiswaarde."));
        element(
            &mut body,
            "flow",
            &format!("adj_{b}"),
            &format!("(e_{b} - d_{b}) / {}", num(adjustment)),
            &format!("{label}: aanpassing naar het doel e met reactietijd {} maanden.", num(adjustment)),
        );
        element(
            &mut body,
            "aux",
            &format!("x_{b}"),
            &format!("MIN(100, MAX(0, {} + d_{b}))", num(baseline)),
            &format!("{label}: indexwaarde 0-100 zoals de Veerkrachtplanner die toont."),
        );
        element(
            &mut body,
            "aux",
            &format!("y_{b}"),
            &format!("x_{b} - {}", num(baseline)),
            &format!("{label}: afwijking van de basiswaarde na begrenzing."),
        );
        let terms: Vec<(f64, String)> = inputs
            .iter()
            .filter(|input| input.target == v.id)
            .map(|input| (input.effect * input.reach, format!("({})", ramp_expression(&input.shape))))
            .collect();
        element(
            &mut body,
            "aux",
            &format!("u_{b}"),
            &signed_sum(&terms),
            &format!("{label}: invloeden (interventies en schokken) in indexpunten."),
        );
        let into: Vec<_> = links.iter().filter(|l| l.to == v.id).collect();
        let g_norm = into.iter().map(|l| l.strength.gain()).filter(|g| g.is_finite()).sum::<f64>().max(1.0);
        let terms: Vec<(f64, String)> = into
            .iter()
            .map(|l| {
                let source = if l.delay.months() > 0.0 {
                    format!("z_{}", names.links[&l.id])
                } else {
                    format!("y_{}", names.variables[&l.from])
                };
                (l.polarity.sign() * l.strength.gain(), source)
            })
            .collect();
        let causes = match (terms.is_empty(), g_norm > 1.0) {
            (true, _) => String::new(),
            (false, false) => format!("{} + ", signed_sum(&terms)),
            (false, true) => format!("({}) / {} + ", signed_sum(&terms), num(g_norm)),
        };
        element(
            &mut body,
            "aux",
            &format!("e_{b}"),
            &format!("{causes}u_{b}"),
            &format!("{label}: waar de oorzaken de variabele heen duwen (G = {}).", num(g_norm)),
        );
    }
    for l in links.iter().filter(|l| l.delay.months() > 0.0) {
        let zb = &names.links[&l.id];
        let from = &names.variables[&l.from];
        let tau = l.delay.months();
        let tau = if tau.is_finite() { tau.max(h) } else { 0.0 };
        let label = format!("Verband {} ({} -> {})", l.id, l.from, l.to);
        stock(&mut body, &format!("z_{zb}"), &format!("dz_{zb}"), &format!("{label}: vertraagde oorzaak."));
        element(
            &mut body,
            "flow",
            &format!("dz_{zb}"),
            &format!("(y_{from} - z_{zb}) / {}", num(tau)),
            &format!("{label}: eerste-orde vertraging van {} maanden.", num(tau)),
        );
    }

    let method = match settings.method {
        SimMethod::Euler => "Euler",
        SimMethod::Rk4 => "RK4",
    };
    let title = if project.meta.title.is_empty() { "Veerkrachtplanner-model" } else { project.meta.title.as_str() };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<xmile version=\"1.0\" xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\">\n");
    out.push_str("  <header>\n    <vendor>Veerkrachtplanner</vendor>\n");
    let _ = writeln!(
        out,
        "    <product version=\"{}\" lang=\"nl\">Veerkrachtplanner</product>\n    <name>{}</name>",
        crate::VERSION,
        escape(title)
    );
    if !project.meta.author.is_empty() {
        let _ = writeln!(out, "    <author>{}</author>", escape(&project.meta.author));
    }
    out.push_str("  </header>\n");
    let _ = writeln!(
        out,
        "  <sim_specs method=\"{method}\" time_units=\"Months\">\n    <start>0</start>\n    <stop>{}</stop>\n    <dt>{}</dt>\n  </sim_specs>",
        opts.horizon_months,
        num(h)
    );
    out.push_str("  <model>\n    <variables>\n");
    out.push_str(&body);
    out.push_str("    </variables>\n");
    out.push_str(&views(project, &names, &vars, &links));
    out.push_str("  </model>\n</xmile>\n");
    out
}

/// The diagram's view (see `xmile_views`): variables at their canvas positions.
fn views(project: &Project, names: &XmileNames, vars: &[&Variable], links: &[&Link]) -> String {
    let centres = super::svg::centres(project);
    let bases: BTreeMap<&VariableId, &str> = names.variables.iter().map(|(id, b)| (id, b.as_str())).collect();
    let placed: Vec<(&Variable, &str, Pt)> =
        vars.iter().filter_map(|v| Some((*v, *bases.get(&v.id)?, *centres.get(&v.id)?))).collect();
    let linked: Vec<(&Link, Option<&str>)> = links
        .iter()
        .map(|l| (*l, (l.delay.months() > 0.0).then(|| names.links.get(&l.id).map(String::as_str)).flatten()))
        .collect();
    super::xmile_views::views(&placed, &linked, &bases)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Delay, Link, Polarity, ResourceKind, Strength, Variable};

    #[test]
    fn names_are_sanitised_and_unique() {
        assert_eq!(sanitize("stress__welbevinden"), "stress_welbevinden");
        assert_eq!(sanitize("Één-twee"), "n_twee");
        assert_eq!(sanitize("__"), "v");
        let names = unique_names(["a__b", "a_b", "A b", "a_b_2"].into_iter());
        assert_eq!(names, ["a_b", "a_b_2", "a_b_3", "a_b_2_2"]);
    }

    #[test]
    fn numbers_read_back_exactly() {
        for x in [0.1, 1.0 / 3.0, 1e-9, 1234.5678, 2.0f64.sqrt()] {
            assert_eq!(num(x).parse::<f64>().ok(), Some(x));
        }
        assert_eq!(num(-0.5), "(-0.5)");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn xml_text_is_escaped() {
        assert_eq!(escape("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
        assert_eq!(escape("x\u{1}y"), "x y");
    }

    #[test]
    fn ramp_expression_has_the_documented_pieces() {
        let sh = InputShape { start_month: 2.0, ramp_up_months: 4.0, end_month: Some(10.0), after_effect_months: 5.0 };
        assert_eq!(
            ramp_expression(&sh),
            "IF TIME < 2 THEN 0 ELSE (IF TIME >= 10 THEN 1 * MAX(0, 1 - (TIME - 10) / 5) ELSE MIN(1, (TIME - 2) / 4))"
        );
        let half =
            InputShape { start_month: 0.0, ramp_up_months: 10.0, end_month: Some(5.0), after_effect_months: 10.0 };
        assert!(ramp_expression(&half).contains("THEN 0.5 * MAX(0, 1 - (TIME - 5) / 10)"));
        let step = InputShape { start_month: 3.0, ramp_up_months: 0.0, end_month: Some(6.0), after_effect_months: 0.0 };
        assert_eq!(ramp_expression(&step), "IF TIME < 3 THEN 0 ELSE (IF TIME >= 6 THEN 0 ELSE 1)");
        let open = InputShape { start_month: 1.0, ramp_up_months: 0.0, end_month: None, after_effect_months: 3.0 };
        assert_eq!(ramp_expression(&open), "IF TIME < 1 THEN 0 ELSE 1");
    }

    #[test]
    fn bad_links_and_numbers_do_not_panic() {
        let mut a = Variable::new("a".into(), "A", ResourceKind::Individual);
        a.baseline = f64::NAN;
        let mut l = Link::new("l".into(), "a".into(), "onbekend".into(), Polarity::Negative);
        l.strength = Strength::Custom(f64::INFINITY);
        l.delay = Delay::Months(f64::NAN);
        let p = Project { variables: vec![a.clone(), a], links: vec![l], ..Project::default() };
        let text = project_to_xmile(&p, &[], &SimSettings::default());
        assert!(text.contains("<aux name=\"x_a\">"), "{text}");
        assert!(!text.contains("NaN") && !text.replace("inflow", "").contains("inf"), "{text}");
        assert!(try_project_to_xmile(&p, &[], &SimSettings::default()).is_err());
    }
}
