//! The causal model as a petgraph [`DiGraph`]: one node per variable, one edge per link.
//!
//! Built in a deterministic order: nodes in order of variable id, edges in order of (from, to, link id). A node's
//! weight is the index of its variable in `project.variables`, an edge's weight the index of its link in
//! `project.links`. Links whose ends are not variables of the project are left out; of two variables with the same
//! id only the first counts (the loader refuses such files, but analysis never panics on them).

use crate::model::{Project, VariableId};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::BTreeMap;

/// The graph of a project plus the lookups between ids and node indices.
#[derive(Clone, Debug)]
pub struct ModelGraph {
    /// Node weight: index into `project.variables`; edge weight: index into `project.links`.
    pub graph: DiGraph<usize, usize>,
    /// Variable ids by node index (sorted ascending, so node order is id order).
    pub ids: Vec<VariableId>,
    index_of: BTreeMap<VariableId, NodeIndex>,
}

impl ModelGraph {
    /// Builds the graph of `project`.
    pub fn new(project: &Project) -> Self {
        let mut by_id: BTreeMap<VariableId, usize> = BTreeMap::new();
        for (i, v) in project.variables.iter().enumerate() {
            by_id.entry(v.id.clone()).or_insert(i);
        }
        let mut graph = DiGraph::with_capacity(by_id.len(), project.links.len());
        let mut ids = Vec::with_capacity(by_id.len());
        let mut index_of = BTreeMap::new();
        for (id, &var_index) in &by_id {
            let node = graph.add_node(var_index);
            ids.push(id.clone());
            index_of.insert(id.clone(), node);
        }
        let mut edges: Vec<(NodeIndex, NodeIndex, usize)> = project
            .links
            .iter()
            .enumerate()
            .filter_map(|(li, l)| Some((*index_of.get(&l.from)?, *index_of.get(&l.to)?, li)))
            .collect();
        edges.sort_by(|a, b| {
            (a.0, a.1)
                .cmp(&(b.0, b.1))
                .then_with(|| project.links[a.2].id.cmp(&project.links[b.2].id))
                .then(a.2.cmp(&b.2))
        });
        for (from, to, li) in edges {
            graph.add_edge(from, to, li);
        }
        Self { graph, ids, index_of }
    }

    /// The node of variable `id`, if it is in the model.
    pub fn node(&self, id: &VariableId) -> Option<NodeIndex> {
        self.index_of.get(id).copied()
    }

    /// The id of a node.
    pub fn id(&self, node: NodeIndex) -> Option<&VariableId> {
        self.ids.get(node.index())
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Per node, its outgoing edges as `(target node index, link index)` in (target, link id) order.
    pub fn out_edges(&self) -> Vec<Vec<(usize, usize)>> {
        let mut out = vec![Vec::new(); self.graph.node_count()];
        // Edge indices follow insertion order, which is sorted by (from, to, link id).
        for e in self.graph.raw_edges() {
            out[e.source().index()].push((e.target().index(), e.weight));
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Link, LinkId, Polarity, ResourceKind, Variable};

    #[test]
    fn nodes_sorted_by_id_and_dangling_links_skipped() {
        let mut p = Project::default();
        for id in ["c", "a", "b"] {
            p.variables.push(Variable::new(id.into(), id, ResourceKind::Individual));
        }
        p.links.push(Link::new(LinkId::new("l2"), "c".into(), "a".into(), Polarity::Positive));
        p.links.push(Link::new(LinkId::new("l1"), "a".into(), "zz".into(), Polarity::Positive));
        p.links.push(Link::new(LinkId::new("l0"), "a".into(), "b".into(), Polarity::Negative));
        let g = ModelGraph::new(&p);
        assert_eq!(g.ids, vec![VariableId::new("a"), VariableId::new("b"), VariableId::new("c")]);
        assert_eq!(g.graph.edge_count(), 2);
        let a = g.node(&"a".into()).unwrap();
        assert_eq!(g.graph[a], 1, "node weight is the index in project.variables");
        let out = g.out_edges();
        assert_eq!(out[0], vec![(1, 2)]);
        assert_eq!(out[2], vec![(0, 0)]);
    }
}
