//! Reach: which variables a variable influences (downstream) or is influenced by (upstream), and in how many steps.

use super::graph::ModelGraph;
use crate::model::{Project, VariableId};
use petgraph::Direction;
use std::collections::VecDeque;

/// Every variable reachable from `id` along links, with the fewest links needed; sorted by steps, then id.
/// `id` itself is not listed (not even when a loop leads back to it). An unknown id gives an empty list.
pub fn downstream(project: &Project, id: &VariableId) -> Vec<(VariableId, usize)> {
    reach(project, id, Direction::Outgoing)
}

/// Every variable from which `id` can be reached, with the fewest links needed; sorted by steps, then id.
pub fn upstream(project: &Project, id: &VariableId) -> Vec<(VariableId, usize)> {
    reach(project, id, Direction::Incoming)
}

fn reach(project: &Project, id: &VariableId, direction: Direction) -> Vec<(VariableId, usize)> {
    let graph = ModelGraph::new(project);
    let Some(start) = graph.node(id) else { return Vec::new() };
    let mut steps: Vec<Option<usize>> = vec![None; graph.node_count()];
    steps[start.index()] = Some(0);
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        let next = steps[node.index()].unwrap_or(0) + 1;
        for neighbour in graph.graph.neighbors_directed(node, direction) {
            if steps[neighbour.index()].is_none() {
                steps[neighbour.index()] = Some(next);
                queue.push_back(neighbour);
            }
        }
    }
    let mut found: Vec<(VariableId, usize)> = steps
        .iter()
        .enumerate()
        .filter(|&(n, _)| n != start.index())
        .filter_map(|(n, s)| Some((graph.ids[n].clone(), (*s)?)))
        .collect();
    found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    found
}
