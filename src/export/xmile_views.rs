//! The `<views>` section of the XMILE export: one stock-and-flow view with the diagram as the user drew it, so
//! that Stella and Vensim open the model with the boxes where the canvas has them.
//!
//! Each variable is a small cluster around its canvas position (scaled by [`SPREAD`], so that clusters do not
//! overlap): the stock `d_` in the centre with its inflow `adj_` coming in from the left, the shown value `x_` and
//! `y_` to the right, the goal `e_` and the inputs `u_` above the flow. A delayed link's stock `z_` and flow `dz_`
//! sit halfway between its two variables. Connectors follow the equations: inside a cluster, and for every link from
//! its cause (`y_` or the delay stock) to the effect's `e_`.

use super::xml::escape;
use crate::export::svg_route::Pt;
use crate::model::{Link, Variable};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Canvas units → view units: clusters are wider than the canvas boxes.
const SPREAD: f64 = 1.6;
/// The view's margin around the clusters.
const MARGIN: f64 = 140.0;
const STOCK_HALF_WIDTH: f64 = 22.5;

/// The quantities of one variable cluster and where they sit.
struct Cluster {
    centre: Pt,
}

impl Cluster {
    fn stock(&self) -> Pt {
        self.centre
    }
    fn flow(&self) -> Pt {
        Pt::new(self.centre.x - 70.0, self.centre.y)
    }
    fn cloud(&self) -> Pt {
        Pt::new(self.centre.x - 130.0, self.centre.y)
    }
    fn x(&self) -> Pt {
        Pt::new(self.centre.x + 65.0, self.centre.y - 25.0)
    }
    fn y(&self) -> Pt {
        Pt::new(self.centre.x + 65.0, self.centre.y + 30.0)
    }
    fn e(&self) -> Pt {
        Pt::new(self.centre.x - 70.0, self.centre.y - 45.0)
    }
    fn u(&self) -> Pt {
        Pt::new(self.centre.x - 120.0, self.centre.y - 70.0)
    }
}

/// The direction from `a` to `b` in degrees, counter-clockwise from east (the view's y axis points down).
fn angle(a: Pt, b: Pt) -> f64 {
    let degrees = (-(b.y - a.y)).atan2(b.x - a.x).to_degrees();
    let degrees = if degrees < 0.0 { degrees + 360.0 } else { degrees };
    (degrees * 10.0).round() / 10.0
}

fn n(v: f64) -> String {
    crate::export::diagram::num(v)
}

struct View {
    out: String,
    uid: usize,
    /// Where each named quantity sits (for the connectors' angles).
    at: BTreeMap<String, Pt>,
}

impl View {
    fn place(&mut self, kind: &str, name: &str, p: Pt) {
        let _ = writeln!(self.out, r#"        <{kind} name="{}" x="{}" y="{}"/>"#, escape(name), n(p.x), n(p.y));
        self.at.insert(name.to_owned(), p);
    }

    fn flow(&mut self, name: &str, p: Pt, from: Pt, to: Pt) {
        let _ = writeln!(
            self.out,
            r#"        <flow name="{}" x="{}" y="{}"><pts><pt x="{}" y="{}"/><pt x="{}" y="{}"/></pts></flow>"#,
            escape(name),
            n(p.x),
            n(p.y),
            n(from.x),
            n(from.y),
            n(to.x),
            n(to.y)
        );
        self.at.insert(name.to_owned(), p);
    }

    fn connector(&mut self, from: &str, to: &str) {
        let (Some(&a), Some(&b)) = (self.at.get(from), self.at.get(to)) else {
            return;
        };
        self.uid += 1;
        let _ = writeln!(
            self.out,
            r#"        <connector uid="{}" angle="{}"><from>{}</from><to>{}</to></connector>"#,
            self.uid,
            angle(a, b),
            escape(from),
            escape(to)
        );
    }
}

/// The `<views>` element for `variables` (with their XMILE base names and canvas centres) and the `links` whose
/// ends are known (`delayed` gives the base name of a link with a delay stock).
pub(super) fn views(
    variables: &[(&Variable, &str, Pt)],
    links: &[(&Link, Option<&str>)],
    bases: &BTreeMap<&crate::model::VariableId, &str>,
) -> String {
    let min_x = variables.iter().map(|(_, _, p)| p.x).fold(f64::INFINITY, f64::min);
    let min_y = variables.iter().map(|(_, _, p)| p.y).fold(f64::INFINITY, f64::min);
    let (min_x, min_y) = if min_x.is_finite() { (min_x, min_y) } else { (0.0, 0.0) };
    let place = |p: Pt| Pt::new(MARGIN + (p.x - min_x) * SPREAD, MARGIN + (p.y - min_y) * SPREAD);
    let mut view = View { out: String::new(), uid: 0, at: BTreeMap::new() };
    let mut centres: BTreeMap<&str, Pt> = BTreeMap::new();
    for (_, b, p) in variables {
        let c = Cluster { centre: place(*p) };
        centres.insert(b, c.centre);
        view.place("stock", &format!("d_{b}"), c.stock());
        let stock_edge = Pt::new(c.stock().x - STOCK_HALF_WIDTH, c.stock().y);
        view.flow(&format!("adj_{b}"), c.flow(), c.cloud(), stock_edge);
        view.place("aux", &format!("x_{b}"), c.x());
        view.place("aux", &format!("y_{b}"), c.y());
        view.place("aux", &format!("e_{b}"), c.e());
        view.place("aux", &format!("u_{b}"), c.u());
    }
    for (link, delayed) in links {
        let (Some(from), Some(to)) = (bases.get(&link.from), bases.get(&link.to)) else {
            continue;
        };
        if let (Some(z), Some(a), Some(b)) = (delayed, centres.get(from), centres.get(to)) {
            let mid = Pt::new(f64::midpoint(a.x, b.x), f64::midpoint(a.y, b.y) + 50.0);
            view.place("stock", &format!("z_{z}"), mid);
            let flow = Pt::new(mid.x - 70.0, mid.y);
            view.flow(
                &format!("dz_{z}"),
                flow,
                Pt::new(mid.x - 130.0, mid.y),
                Pt::new(mid.x - STOCK_HALF_WIDTH, mid.y),
            );
        }
    }
    for (_, b, _) in variables {
        view.connector(&format!("d_{b}"), &format!("x_{b}"));
        view.connector(&format!("x_{b}"), &format!("y_{b}"));
        view.connector(&format!("d_{b}"), &format!("adj_{b}"));
        view.connector(&format!("e_{b}"), &format!("adj_{b}"));
        view.connector(&format!("u_{b}"), &format!("e_{b}"));
    }
    for (link, delayed) in links {
        let (Some(from), Some(to)) = (bases.get(&link.from), bases.get(&link.to)) else {
            continue;
        };
        match delayed {
            Some(z) => {
                view.connector(&format!("y_{from}"), &format!("dz_{z}"));
                view.connector(&format!("z_{z}"), &format!("dz_{z}"));
                view.connector(&format!("z_{z}"), &format!("e_{to}"));
            }
            None => view.connector(&format!("y_{from}"), &format!("e_{to}")),
        }
    }
    format!("  <views>\n    <view type=\"stock_flow\">\n{}    </view>\n  </views>\n", view.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angles_are_counter_clockwise_from_east_with_y_down() {
        let o = Pt::new(0.0, 0.0);
        assert_eq!(angle(o, Pt::new(10.0, 0.0)), 0.0);
        assert_eq!(angle(o, Pt::new(0.0, -10.0)), 90.0);
        assert_eq!(angle(o, Pt::new(-10.0, 0.0)), 180.0);
        assert_eq!(angle(o, Pt::new(0.0, 10.0)), 270.0);
    }
}
