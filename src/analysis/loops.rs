//! Feedback loops of the causal model: every elementary cycle, typed R or B, sorted, with the report's titles.
//!
//! [`find_loops`] enumerates all elementary cycles with Johnson's algorithm (see `cycles.rs`), counting parallel
//! links between the same pair of variables as distinct loops. It is bounded twice: at most `cap` loops, and a fixed
//! amount of search work, so even a dense model of hundreds of variables returns quickly with `truncated: true`.
//! When it is cut short, it lists the shortest loops instead (all loops up to the longest length that fits).

use super::cycles::{Budget, Cycle, CycleSearch, elementary_cycles};
use super::graph::ModelGraph;
use super::named_loops::recognise;
use super::short_cycles::short_cycles;
use crate::model::{Polarity, Project, VariableId};

pub use super::describe::{LoopDescription, LoopGains, LoopStep, describe_loop, describe_loop_named, loop_gain};
pub use super::feedback_loop::{FeedbackLoop, LoopReport};
pub use super::loop_kind::LoopKind;

/// Enough for any model a person draws; a dense model stops here and says so.
pub const DEFAULT_LOOP_CAP: usize = 10_000;

/// Search steps allowed (edge visits and unblock operations): a few tens of milliseconds.
pub const STEP_BUDGET: u64 = 2_000_000;

/// Variables summed over all loops found: bounds memory when a dense model has very long loops.
pub const ELEMENT_BUDGET: usize = 150_000;

/// Finds the feedback loops of `project`, at most `cap` of them.
pub fn find_loops(project: &Project, cap: usize) -> LoopReport {
    find_loops_within(project, cap, STEP_BUDGET)
}

/// [`find_loops`] with an explicit search-step budget.
pub fn find_loops_within(project: &Project, cap: usize, max_steps: u64) -> LoopReport {
    let graph = ModelGraph::new(project);
    let out = graph.out_edges();
    let mut component = vec![0; graph.node_count()];
    for (c, scc) in petgraph::algo::tarjan_scc(&graph.graph).iter().enumerate() {
        for node in scc {
            component[node.index()] = c;
        }
    }
    let budget = Budget { max_cycles: cap, max_steps, max_elements: ELEMENT_BUDGET };
    let full = elementary_cycles(&out, &component, budget);
    let search = if full.truncated { shortest_first(&out, &component, budget, full) } else { full };
    let mut cycles = search.cycles;
    // Node index order is id order, so comparing index sequences compares id sequences.
    cycles.sort_by(|a, b| {
        a.nodes.len().cmp(&b.nodes.len()).then_with(|| a.nodes.cmp(&b.nodes)).then_with(|| {
            let la = a.edges.iter().map(|&e| &project.links[e].id);
            let lb = b.edges.iter().map(|&e| &project.links[e].id);
            la.cmp(lb)
        })
    });
    let loops = cycles.into_iter().map(|c| feedback_loop(project, &graph, &c)).collect();
    LoopReport { loops, truncated: search.truncated, cap }
}

/// The loop of `project` that cycle `c` of `graph` (nodes from the smallest index) runs along: R or B, the report's
/// title when it is one of its loops.
pub(super) fn feedback_loop(project: &Project, graph: &ModelGraph, c: &Cycle) -> FeedbackLoop {
    let variables: Vec<VariableId> = c.nodes.iter().map(|&n| graph.ids[n].clone()).collect();
    let negatives = c.edges.iter().filter(|&&e| project.links[e].polarity == Polarity::Negative).count();
    let named = recognise(&variables);
    FeedbackLoop {
        kind: LoopKind::from_negative_count(negatives),
        links: c.edges.iter().map(|&e| project.links[e].id.clone()).collect(),
        variables,
        title: named.map(|n| n.title_nl.to_owned()),
        report_number: named.and_then(|n| n.report_number),
    }
}

/// When the full search is cut short, its loops are whatever the depth-first search met first (often very long
/// ones). Instead list all loops up to the largest length that fits the budget, or, when even the shortest loops
/// do not all fit, as many of the shortest as fit. The result stays marked truncated.
fn shortest_first(out: &[Vec<(usize, usize)>], component: &[usize], budget: Budget, full: CycleSearch) -> CycleSearch {
    let mut remaining = budget.max_steps.saturating_mul(2);
    let mut complete: Option<CycleSearch> = None;
    for max_len in 1..=out.len() {
        let pass =
            short_cycles(out, component, max_len, Budget { max_steps: budget.max_steps.min(remaining), ..budget });
        remaining = remaining.saturating_sub(pass.steps);
        if pass.truncated {
            let chosen = match complete {
                Some(c) if !c.cycles.is_empty() => c,
                _ if !pass.cycles.is_empty() => pass,
                _ => full,
            };
            return CycleSearch { truncated: true, ..chosen };
        }
        complete = Some(pass);
    }
    // Every length fitted: the bounded search found every loop after all.
    complete.unwrap_or(full)
}

/// The loops that run through variable `id`.
pub fn loops_through<'a>(report: &'a LoopReport, id: &VariableId) -> impl Iterator<Item = &'a FeedbackLoop> {
    let id = id.clone();
    report.loops.iter().filter(move |l| l.contains(&id))
}
