//! The reinforcing loops with the largest loop gain, without listing every loop first.
//!
//! A loop's gain is the product of its links' factors `s · g / G` ([`LoopGains`]), each at most 1 in size, so a path
//! can only lose gain as it grows: the product so far bounds every loop that continues it. The search is a
//! depth-first branch and bound from every start node `s` over nodes `> s` (each loop found once, from its smallest
//! node, as in `find_loops`), strongest links first, cutting every path whose product is already below the `k`-th
//! best gain found. On the models people draw it visits a few hundred links where listing all loops visits millions;
//! a fixed step budget bounds it on any model (then the result is the best found and marked truncated).

use super::cycles::Cycle;
use super::describe::LoopGains;
use super::feedback_loop::FeedbackLoop;
use super::graph::ModelGraph;
use super::loops::feedback_loop;
use crate::model::Project;

/// Relative slack on the bound, so that a loop whose gain ties the `k`-th best is never cut by rounding.
const TIE_SLACK: f64 = 1e-9;

/// The result of [`strongest_reinforcing_loops`].
#[derive(Clone, Debug, Default)]
pub struct StrongestLoops {
    /// Every reinforcing loop with a gain at least the `k`-th best (ties included), strongest first.
    pub loops: Vec<FeedbackLoop>,
    /// The step budget ran out: the loops are the strongest found, not necessarily the strongest there are.
    pub truncated: bool,
}

/// The loops found so far with their gains, and the bound they set.
struct Best {
    k: usize,
    found: Vec<(f64, Cycle)>,
}

impl Best {
    /// The `k`-th best gain found (0 until `k` loops are found): a path below it cannot lead to a better loop.
    fn threshold(&self) -> f64 {
        if self.found.len() < self.k { 0.0 } else { self.found[self.k - 1].0 * (1.0 - TIE_SLACK) }
    }

    fn add(&mut self, gain: f64, cycle: Cycle) {
        let at = self.found.partition_point(|(g, _)| *g >= gain);
        self.found.insert(at, (gain, cycle));
        let threshold = self.threshold();
        self.found.retain(|(g, _)| *g >= threshold);
    }
}

/// The reinforcing loops of `project` with the `k` largest loop gains (more when gains tie), within `max_steps` link
/// visits.
pub fn strongest_reinforcing_loops(project: &Project, k: usize, max_steps: u64) -> StrongestLoops {
    if k == 0 {
        return StrongestLoops::default();
    }
    let graph = ModelGraph::new(project);
    let gains = LoopGains::new(project);
    // Out-links with their factor, strongest first (a link of factor 0 carries no loop gain).
    let out: Vec<Vec<(usize, usize, f64)>> = graph
        .out_edges()
        .into_iter()
        .map(|edges| {
            let mut with_factor: Vec<(usize, usize, f64)> = edges
                .into_iter()
                .map(|(to, link)| (to, link, gains.factor(project.links[link].id.as_str())))
                .filter(|(_, _, f)| *f != 0.0)
                .collect();
            with_factor.sort_by(|a, b| b.2.abs().total_cmp(&a.2.abs()));
            with_factor
        })
        .collect();
    let mut best = Best { k, found: Vec::new() };
    let mut steps = 0u64;
    let mut truncated = false;
    let mut on_path = vec![false; out.len()];
    'starts: for s in 0..out.len() {
        // The path: its nodes, the links between them, the product up to each node and the next link to try.
        let mut nodes = vec![s];
        let mut links: Vec<usize> = Vec::new();
        let mut products = vec![1.0_f64];
        let mut next = vec![0_usize];
        on_path[s] = true;
        while let Some(&v) = nodes.last() {
            let depth = nodes.len() - 1;
            let Some(&(w, link, factor)) = out[v].get(next[depth]) else {
                on_path[v] = false;
                nodes.pop();
                products.pop();
                next.pop();
                links.pop();
                continue;
            };
            next[depth] += 1;
            steps += 1;
            if steps > max_steps {
                truncated = true;
                for &n in &nodes {
                    on_path[n] = false;
                }
                break 'starts;
            }
            let product = products[depth] * factor;
            if product.abs() < best.threshold() {
                // The links are sorted by strength: the ones after this one are weaker still.
                next[depth] = out[v].len();
                continue;
            }
            if w == s {
                if product > 0.0 {
                    let mut cycle_links = links.clone();
                    cycle_links.push(link);
                    best.add(product, Cycle { nodes: nodes.clone(), edges: cycle_links });
                }
            } else if w > s && !on_path[w] {
                on_path[w] = true;
                nodes.push(w);
                links.push(link);
                products.push(product);
                next.push(0);
            }
        }
    }
    let loops = best.found.iter().map(|(_, c)| feedback_loop(project, &graph, c)).collect();
    StrongestLoops { loops, truncated }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::analysis::loops::{DEFAULT_LOOP_CAP, LoopKind, find_loops};

    /// The `k` strongest reinforcing loops by listing them all: (gain, links), strongest first, ties by links.
    fn by_listing(project: &Project, k: usize) -> Vec<(f64, Vec<String>)> {
        let gains = LoopGains::new(project);
        let mut all: Vec<(f64, Vec<String>)> = find_loops(project, DEFAULT_LOOP_CAP)
            .loops
            .iter()
            .filter(|l| l.kind == LoopKind::Reinforcing)
            .map(|l| (gains.of(l), l.links.iter().map(ToString::to_string).collect()))
            .filter(|(g, _)| *g > 0.0)
            .collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.truncate(k);
        all
    }

    fn by_search(project: &Project, k: usize) -> Vec<(f64, Vec<String>)> {
        let gains = LoopGains::new(project);
        let found = strongest_reinforcing_loops(project, k, u64::MAX);
        assert!(!found.truncated);
        let mut all: Vec<(f64, Vec<String>)> =
            found.loops.iter().map(|l| (gains.of(l), l.links.iter().map(ToString::to_string).collect())).collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.truncate(k);
        all
    }

    #[test]
    fn the_search_finds_what_listing_every_loop_finds_on_the_example_projects() {
        let example = crate::io::parse_project(include_str!("../../projects/voorbeeld-gemeente.veerkracht")).unwrap();
        for project in [crate::io::default_project(), example] {
            for k in [1, 3, 10] {
                assert_eq!(by_search(&project, k), by_listing(&project, k), "k = {k}");
            }
        }
    }

    #[test]
    fn the_search_finds_what_listing_finds_on_random_models() {
        use crate::model::{Link, LinkId, Polarity, ResourceKind, Strength, Variable, VariableId};
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            usize::try_from(seed % n as u64).unwrap()
        };
        let mut with_loops = 0;
        for _ in 0..20 {
            let mut p = Project::default();
            for i in 0..12 {
                p.variables.push(Variable::new(
                    VariableId::new(format!("v{i:02}")),
                    format!("V{i}"),
                    ResourceKind::ALL[i % 3],
                ));
            }
            for l in 0..30 {
                let (from, to) = (next(12), next(12));
                let polarity = if next(3) == 0 { Polarity::Negative } else { Polarity::Positive };
                let mut link = Link::new(
                    LinkId::new(format!("l{l:02}")),
                    format!("v{from:02}").as_str().into(),
                    format!("v{to:02}").as_str().into(),
                    polarity,
                );
                link.strength = [Strength::Weak, Strength::Medium, Strength::Strong, Strength::Custom(2.5)][next(4)];
                p.links.push(link);
            }
            let listed = by_listing(&p, 3);
            with_loops += usize::from(!listed.is_empty());
            assert_eq!(by_search(&p, 3), listed);
        }
        assert!(with_loops >= 10, "most random models have reinforcing loops ({with_loops} of 20)");
    }

    #[test]
    fn a_small_budget_is_reported_as_truncated() {
        let found = strongest_reinforcing_loops(&crate::io::default_project(), 3, 2);
        assert!(found.truncated);
    }
}
