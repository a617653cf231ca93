//! Automatic layout of the causal model: a deterministic layered drawing (causes left, effects right).
//!
//! 1. Cycles are broken by a depth-first search in id order: an edge back to a variable on the search stack is
//!    reversed (feedback loops are the rule in this model, so no edge is dropped).
//! 2. Longest-path layering: every edge goes at least one column to the right.
//! 3. Barycentre sweeps (left→right, right→left) order each column to reduce crossings.
//! 4. Boxes of [`BOX_WIDTH`]×[`BOX_HEIGHT`] with at least [`MIN_GAP`] between them; variables without any link go
//!    in a grid below the drawing. The top-left box corner is at (0, 0).
//!
//! Same model ⇒ same layout: no randomness, every tie is broken by id.

use crate::model::{Layout, Position, Project, VariableId};
use std::collections::HashMap;

pub const BOX_WIDTH: f32 = 160.0;
pub const BOX_HEIGHT: f32 = 56.0;
/// Smallest free space between two boxes.
pub const MIN_GAP: f32 = 60.0;
/// Free space between two columns (room for arrows).
const COLUMN_GAP: f32 = 120.0;
const SWEEPS: usize = 8;

/// Positions (box centres) for every variable of `project`.
pub fn auto_layout(project: &Project) -> Layout {
    let mut ids: Vec<&VariableId> = project.variables.iter().map(|v| &v.id).collect();
    ids.sort();
    ids.dedup();
    let n = ids.len();
    let index: HashMap<&VariableId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();

    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for link in &project.links {
        if let (Some(&a), Some(&b)) = (index.get(&link.from), index.get(&link.to))
            && a != b
        {
            out[a].push(b);
        }
    }
    for targets in &mut out {
        targets.sort_unstable();
        targets.dedup();
    }

    let (dag, topo) = acyclic(&out);
    let connected: Vec<bool> = (0..n).map(|v| !out[v].is_empty()).collect::<Vec<_>>();
    let mut has_edge = connected;
    for targets in &out {
        for &t in targets {
            has_edge[t] = true;
        }
    }

    // Longest-path layers over the connected variables.
    let mut layer = vec![0usize; n];
    for &u in &topo {
        for &w in &dag[u] {
            layer[w] = layer[w].max(layer[u] + 1);
        }
    }
    let layer_count = topo.iter().filter(|&&v| has_edge[v]).map(|&v| layer[v] + 1).max().unwrap_or(0);
    let mut layers: Vec<Vec<usize>> = vec![Vec::new(); layer_count];
    for &v in &topo {
        if has_edge[v] {
            layers[layer[v]].push(v);
        }
    }

    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (u, targets) in dag.iter().enumerate() {
        for &w in targets {
            preds[w].push(u);
        }
    }
    order_layers(&mut layers, &dag, &preds);

    let mut centres: Vec<(usize, f32, f32)> = Vec::with_capacity(n);
    let row_step = BOX_HEIGHT + MIN_GAP;
    let column_step = BOX_WIDTH + COLUMN_GAP;
    let mut max_y = f32::NEG_INFINITY;
    for (l, column) in layers.iter().enumerate() {
        let half = (column.len() as f32 - 1.0) / 2.0;
        for (rank, &v) in column.iter().enumerate() {
            let y = (rank as f32 - half) * row_step;
            max_y = max_y.max(y);
            centres.push((v, l as f32 * column_step, y));
        }
    }
    let loose: Vec<usize> = (0..n).filter(|&v| !has_edge[v]).collect();
    if !loose.is_empty() {
        let columns = layer_count.max((loose.len() as f64).sqrt().ceil() as usize).max(1);
        let top = if max_y.is_finite() { max_y + 2.0 * row_step } else { 0.0 };
        for (k, &v) in loose.iter().enumerate() {
            let x = (k % columns) as f32 * (BOX_WIDTH + MIN_GAP);
            let y = top + (k / columns) as f32 * row_step;
            centres.push((v, x, y));
        }
    }

    let min_x = centres.iter().map(|c| c.1).fold(f32::INFINITY, f32::min);
    let min_y = centres.iter().map(|c| c.2).fold(f32::INFINITY, f32::min);
    let mut layout = Layout::default();
    for (v, x, y) in centres {
        let position = Position::new(x - min_x + BOX_WIDTH / 2.0, y - min_y + BOX_HEIGHT / 2.0);
        layout.positions.insert(ids[v].clone(), position);
    }
    layout
}

/// Breaks cycles by reversing the edges that point back to a variable on the depth-first search stack.
/// Returns the acyclic successor lists and a topological order (reverse post-order of that search).
fn acyclic(out: &[Vec<usize>]) -> (Vec<Vec<usize>>, Vec<usize>) {
    const NEW: u8 = 0;
    const ON_STACK: u8 = 1;
    const DONE: u8 = 2;
    let n = out.len();
    let mut state = vec![NEW; n];
    let mut dag: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut post = Vec::with_capacity(n);
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if state[root] != NEW {
            continue;
        }
        state[root] = ON_STACK;
        stack.push((root, 0));
        while let Some(&mut (u, ref mut next)) = stack.last_mut() {
            if let Some(&w) = out[u].get(*next) {
                *next += 1;
                match state[w] {
                    NEW => {
                        dag[u].push(w);
                        state[w] = ON_STACK;
                        stack.push((w, 0));
                    }
                    ON_STACK => dag[w].push(u),
                    _ => dag[u].push(w),
                }
            } else {
                state[u] = DONE;
                post.push(u);
                stack.pop();
            }
        }
    }
    for targets in &mut dag {
        targets.sort_unstable();
        targets.dedup();
    }
    post.reverse();
    (dag, post)
}

/// Barycentre sweeps: each variable moves towards the mean place of its neighbours in the columns already ordered.
fn order_layers(layers: &mut [Vec<usize>], succs: &[Vec<usize>], preds: &[Vec<usize>]) {
    let n = succs.len();
    // Centred rank of each variable in its column, so columns of different heights line up in the middle.
    let mut place = vec![0.0f64; n];
    let update = |layers: &[Vec<usize>], place: &mut [f64]| {
        for column in layers {
            let half = (column.len() as f64 - 1.0) / 2.0;
            for (rank, &v) in column.iter().enumerate() {
                place[v] = rank as f64 - half;
            }
        }
    };
    update(layers, &mut place);
    for sweep in 0..SWEEPS {
        let forward = sweep % 2 == 0;
        let order: Vec<usize> =
            if forward { (1..layers.len()).collect() } else { (0..layers.len().saturating_sub(1)).rev().collect() };
        for l in order {
            let neighbours = if forward { preds } else { succs };
            let mut keyed: Vec<(f64, usize, usize)> = layers[l]
                .iter()
                .enumerate()
                .map(|(rank, &v)| {
                    let list = &neighbours[v];
                    let key = if list.is_empty() {
                        place[v]
                    } else {
                        list.iter().map(|&u| place[u]).sum::<f64>() / list.len() as f64
                    };
                    (key, rank, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            layers[l] = keyed.into_iter().map(|(_, _, v)| v).collect();
            let half = (layers[l].len() as f64 - 1.0) / 2.0;
            for (rank, &v) in layers[l].iter().enumerate() {
                place[v] = rank as f64 - half;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Link, Polarity, ResourceKind, Variable};

    fn chain_with_loop() -> Project {
        let mut p = Project::default();
        for id in ["a", "b", "c"] {
            p.variables.push(Variable::new(id.into(), id, ResourceKind::Individual));
        }
        for (from, to) in [("a", "b"), ("b", "c"), ("c", "a")] {
            p.links.push(Link::new(
                format!("{from}__{to}").as_str().into(),
                from.into(),
                to.into(),
                Polarity::Positive,
            ));
        }
        p
    }

    #[test]
    fn loop_is_drawn_left_to_right_from_first_id() {
        let layout = auto_layout(&chain_with_loop());
        let x = |id: &str| layout.positions[&VariableId::new(id)].x;
        // DFS from `a` reverses c → a, so the columns are a, b, c.
        assert!(x("a") < x("b") && x("b") < x("c"));
        assert_eq!(x("a"), BOX_WIDTH / 2.0);
    }
}
