//! The document itself: well-formed XML, unique names, every variable and link present, settings honoured.

use super::small_project;
use std::collections::BTreeSet;
use veerkrachtplanner::export::xmile::{project_to_xmile, xmile_names};
use veerkrachtplanner::model::{Project, SimMethod, SimSettings};
use veerkrachtplanner::sim::{Input, scenario_inputs};

/// A tiny XML checker: balanced, properly nested tags, quoted attributes, only the five predefined entities (or
/// character references) after `&`, and exactly one root element. Returns the names of all `name="…"` attributes
/// outside `<views>`.
fn check_xml(text: &str) -> Result<Vec<String>, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut roots = 0;
    let mut rest = text;
    let check_text = |s: &str| -> Result<(), String> {
        let mut parts = s.split('&');
        parts.next();
        for p in parts {
            let entity = p.split(';').next().unwrap_or("");
            let ok =
                matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos") || (entity.starts_with('#') && p.contains(';'));
            if !ok || !p.contains(';') {
                return Err(format!("bad entity near '&{}'", &p[..p.len().min(10)]));
            }
        }
        if s.contains('>') {
            return Err(format!("raw '>' in text: {s}"));
        }
        Ok(())
    };
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open])?;
        if !stack.is_empty() || rest[..open].trim().is_empty() {
        } else {
            return Err("text outside the root element".to_owned());
        }
        let close = rest[open..].find('>').ok_or("unclosed '<'")? + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if tag.starts_with('?') {
            if !tag.ends_with('?') || roots > 0 || !stack.is_empty() {
                return Err(format!("bad processing instruction <{tag}>"));
            }
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = stack.pop().ok_or_else(|| format!("</{name}> without opening tag"))?;
            if top != name.trim() {
                return Err(format!("</{name}> closes <{top}>"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let mut words = tag.splitn(2, char::is_whitespace);
        let name = words.next().unwrap_or("");
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
            return Err(format!("bad tag name in <{tag}>"));
        }
        let mut attrs = words.next().unwrap_or("").trim();
        while !attrs.is_empty() {
            let (key, after) = attrs.split_once("=\"").ok_or_else(|| format!("unquoted attribute in <{tag}>"))?;
            let (value, after) = after.split_once('"').ok_or_else(|| format!("unterminated attribute in <{tag}>"))?;
            if value.contains('<') {
                return Err(format!("'<' in attribute of <{tag}>"));
            }
            check_text(value)?;
            // The diagram's view names the model's quantities again; only the model's own names count.
            if key.trim() == "name" && !stack.iter().any(|t| t == "views") {
                names.push(value.to_owned());
            }
            attrs = after.trim_start();
        }
        if stack.is_empty() {
            roots += 1;
        }
        if !self_closing {
            stack.push(name.to_owned());
        }
    }
    check_text(rest)?;
    if !rest.trim().is_empty() {
        return Err("text after the root element".to_owned());
    }
    if let Some(top) = stack.pop() {
        return Err(format!("<{top}> is never closed"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(names)
}

/// XMILE compares names ignoring case and treating `_` and space alike.
fn canonical(name: &str) -> String {
    name.to_lowercase().replace(' ', "_")
}

/// The text of the `<eqn>` of the element called `name`, unescaped.
fn equation(text: &str, name: &str) -> Option<String> {
    let start = text.find(&format!("name=\"{name}\">"))?;
    let rest = &text[start..];
    let eqn = &rest[rest.find("<eqn>")? + 5..rest.find("</eqn>")?];
    Some(eqn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
}

fn check_complete(project: &Project, inputs: &[Input]) {
    let text = project_to_xmile(project, inputs, &SimSettings::default());
    let names = check_xml(&text).unwrap_or_else(|e| panic!("not well formed: {e}\n{text}"));
    let canonical_names: BTreeSet<String> = names.iter().map(|n| canonical(n)).collect();
    assert_eq!(canonical_names.len(), names.len(), "names are not unique");
    let xn = xmile_names(project);
    for v in &project.variables {
        let b = &xn.variables[&v.id];
        for prefix in ["d", "adj", "x", "y", "u", "e"] {
            assert!(names.contains(&format!("{prefix}_{b}")), "{prefix}_{b} missing");
        }
        assert!(text.contains(&format!("<stock name=\"d_{b}\">")));
        assert!(text.contains(&format!("<inflow>adj_{b}</inflow>")));
        assert_eq!(equation(&text, &format!("x_{b}")).unwrap(), format!("MIN(100, MAX(0, {} + d_{b}))", v.baseline));
    }
    for l in &project.links {
        let e = equation(&text, &format!("e_{}", xn.variables[&l.to])).unwrap();
        let source = if l.delay.months() > 0.0 {
            let z = format!("z_{}", xn.links[&l.id]);
            assert!(text.contains(&format!("<stock name=\"{z}\">")), "{z} missing");
            assert_eq!(
                equation(&text, &format!("dz_{}", xn.links[&l.id])).unwrap(),
                format!("(y_{} - {z}) / {}", xn.variables[&l.from], l.delay.months())
            );
            z
        } else {
            format!("y_{}", xn.variables[&l.from])
        };
        let term = format!("{} * {source}", l.strength.gain());
        assert!(e.contains(&term), "link {} missing from e: {e}", l.id);
        let sign_ok = match l.polarity {
            veerkrachtplanner::model::Polarity::Negative => {
                e.contains(&format!("-{term}")) || e.contains(&format!("- {term}"))
            }
            veerkrachtplanner::model::Polarity::Positive => {
                !e.contains(&format!("-{term}")) && !e.contains(&format!("- {term}"))
            }
        };
        assert!(sign_ok, "link {} has the wrong sign in {e}", l.id);
    }
    for input in inputs {
        let u = equation(&text, &format!("u_{}", xn.variables[&input.target])).unwrap();
        assert!(u.contains(&format!("IF TIME < {} THEN 0", input.shape.start_month)), "{u}");
    }
}

#[test]
fn the_default_project_exports_completely() {
    let project = veerkrachtplanner::io::default_project();
    let scenario = project.scenario(&"nieuwe_crisis".into()).unwrap();
    let inputs = scenario_inputs(scenario);
    assert!(!inputs.is_empty());
    check_complete(&project, &inputs);
}

#[test]
fn the_small_project_exports_completely() {
    let project = small_project();
    let inputs = veerkrachtplanner::plan::plan_inputs(&project, &project.plans[0]).unwrap();
    check_complete(&project, &inputs);
    let xn = xmile_names(&project);
    assert_eq!(xn.variables[&"Buurt-Huis".into()], "buurt_huis");
    // "steun__stress" and "steun_stress" are the same XMILE name: the second in id order gets a suffix.
    assert_eq!(xn.links[&"steun__stress".into()], "steun_stress");
    assert_eq!(xn.links[&"steun_stress".into()], "steun_stress_2");
    // Two causes with gains 1.0 and 0.75 into steun: G = 1.75.
    let text = project_to_xmile(&project, &inputs, &SimSettings::default());
    assert!(equation(&text, "e_steun").unwrap().contains(") / 1.75 + u_steun"));
    // The item that ends during its ramp-up (4 of 10 months) fades from L = 0.4.
    assert!(equation(&text, "u_steun").unwrap().contains("THEN 0.4 * MAX(0, 1 - (TIME - 9) / 8)"));
}

#[test]
fn every_quantity_has_units_and_a_place_in_the_view() {
    let project = veerkrachtplanner::io::default_project();
    let text = project_to_xmile(&project, &[], &SimSettings::default());
    let model = &text[..text.find("<views>").expect("a views section")];
    let elements = model.matches("<stock name=").count()
        + model.matches("<flow name=").count()
        + model.matches("<aux name=").count();
    assert_eq!(model.matches("<units>").count(), elements, "units on every quantity");
    assert_eq!(model.matches("<units>Indexpunten/Months</units>").count(), model.matches("<flow name=").count());
    assert!(text.find("</views>").expect("closed") < text.find("</model>").expect("model"), "views inside model");
    let view = &text[text.find("<views>").unwrap_or(0)..];
    let xn = xmile_names(&project);
    let position = |kind: &str, name: &str| -> (f64, f64) {
        let start = view.find(&format!("<{kind} name=\"{name}\" x=\"")).unwrap_or_else(|| panic!("{name} not in view"));
        let attrs: Vec<f64> = view[start..]
            .split('"')
            .skip(3)
            .step_by(2)
            .take(2)
            .map(|v| v.parse().unwrap_or_else(|_| panic!("coordinate of {name}: {v}")))
            .collect();
        (attrs[0], attrs[1])
    };
    // The stocks keep the canvas's arrangement: left of / above on the canvas stays left of / above in the view.
    let vars = &project.variables;
    for a in vars {
        for b in vars {
            let (pa, pb) = (project.layout.positions[&a.id], project.layout.positions[&b.id]);
            let (va, vb) = (
                position("stock", &format!("d_{}", xn.variables[&a.id])),
                position("stock", &format!("d_{}", xn.variables[&b.id])),
            );
            if pa.x + 1.0 < pb.x {
                assert!(va.0 < vb.0, "{} left of {}", a.id, b.id);
            }
            if pa.y + 1.0 < pb.y {
                assert!(va.1 < vb.1, "{} above {}", a.id, b.id);
            }
        }
    }
    for l in &project.links {
        let to = format!("<to>e_{}</to>", xn.variables[&l.to]);
        let from = if l.delay.months() > 0.0 {
            format!("z_{}", xn.links[&l.id])
        } else {
            format!("y_{}", xn.variables[&l.from])
        };
        assert!(view.contains(&format!("<from>{from}</from>{to}")), "no connector {from} → e_{}", xn.variables[&l.to]);
    }
}

#[test]
fn settings_and_escaping() {
    let mut project = small_project();
    project.meta.title = "Veerkracht <Zuid> & \"Noord\"".to_owned();
    project.variables[0].name = "Stress & <spanning>".to_owned();
    let settings = SimSettings { dt_months: 0.5, horizon_months: 36, method: SimMethod::Rk4, ..SimSettings::default() };
    let text = project_to_xmile(&project, &[], &settings);
    check_xml(&text).unwrap();
    assert!(text.contains("<xmile version=\"1.0\" xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\">"));
    assert!(text.contains("<sim_specs method=\"RK4\" time_units=\"Months\">"));
    assert!(text.contains("<start>0</start>") && text.contains("<stop>36</stop>") && text.contains("<dt>0.5</dt>"));
    assert!(text.contains("<name>Veerkracht &lt;Zuid&gt; &amp; &quot;Noord&quot;</name>"));
    assert!(text.contains("Stress &amp; &lt;spanning&gt;"));
    // Deterministic: the same input gives the same bytes.
    assert_eq!(text, project_to_xmile(&project, &[], &settings));
}

#[test]
fn the_checker_rejects_broken_xml() {
    assert!(check_xml("<a><b></a></b>").is_err());
    assert!(check_xml("<a>x & y</a>").is_err());
    assert!(check_xml("<a x=1></a>").is_err());
    assert!(check_xml("<a></a><b/>").is_err());
    assert!(check_xml("<a>").is_err());
    assert_eq!(check_xml("<?xml version=\"1.0\"?>\n<a name=\"n\"><b/>&lt;</a>\n").unwrap(), ["n"]);
}
