//! Elementary cycles up to a given length, for when a model has too many loops to list them all: the short loops
//! are the ones a person can read and act on.
//!
//! A depth-limited search from every start node `s` over nodes `>= s` (so each cycle is found once, from its
//! smallest node), pruned by the distance back to `s` (a breadth-first search over reversed edges, itself limited to
//! the length). Johnson's blocking cannot be used with a length limit, so the work is bounded by the budget only.

use super::cycles::{Budget, CycleSearch, Frame, Searcher, group_targets};
use std::collections::VecDeque;
use std::ops::Range;

/// All elementary cycles of at most `max_len` nodes of the multigraph `out`, within the budget.
pub fn short_cycles(out: &[Vec<(usize, usize)>], component: &[usize], max_len: usize, budget: Budget) -> CycleSearch {
    let n = out.len().min(component.len());
    let adj = group_targets(out);
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (v, targets) in adj.iter().enumerate().take(n) {
        for (w, _) in targets {
            if *w < n {
                reverse[*w].push(v);
            }
        }
    }
    let mut dist = vec![usize::MAX; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut on_path = vec![false; n];
    let mut search = Searcher { out, budget, result: CycleSearch::default(), elements: 0 };
    if max_len == 0 {
        return search.result;
    }

    'starts: for s in 0..n {
        let inside = |w: usize| w >= s && w < n && component[w] == component[s];
        for &t in &touched {
            dist[t] = usize::MAX;
        }
        touched.clear();
        // Distance (in links) from each node back to s, up to max_len − 1.
        dist[s] = 0;
        touched.push(s);
        let mut queue = VecDeque::from([s]);
        while let Some(x) = queue.pop_front() {
            search.result.steps += 1;
            if dist[x] + 1 >= max_len {
                continue;
            }
            search.result.steps += reverse[x].len() as u64;
            if search.result.steps > budget.max_steps {
                search.result.truncated = true;
                break 'starts;
            }
            for &p in &reverse[x] {
                if inside(p) && dist[p] == usize::MAX {
                    dist[p] = dist[x] + 1;
                    touched.push(p);
                    queue.push_back(p);
                }
            }
        }

        let mut path: Vec<usize> = vec![s];
        let mut path_edges: Vec<Range<usize>> = Vec::new();
        let mut stack = vec![Frame { node: s, next: 0, found: false }];
        on_path[s] = true;
        while let Some(top) = stack.last_mut() {
            search.result.steps += 1;
            if search.result.steps > budget.max_steps {
                search.result.truncated = true;
                break 'starts;
            }
            let v = top.node;
            if let Some((w, range)) = adj[v].get(top.next) {
                top.next += 1;
                let w = *w;
                if !inside(w) {
                    continue;
                }
                if w == s {
                    if !search.emit(&path, &path_edges, range.clone()) {
                        search.result.truncated = true;
                        break 'starts;
                    }
                } else if !on_path[w] && dist[w] != usize::MAX && path.len() + dist[w] <= max_len {
                    if path.len() + 1 == max_len {
                        // w is the last node: only its links back to s matter (dist[w] is 1 here).
                        let Ok(k) = adj[w].binary_search_by_key(&s, |(t, _)| *t) else { continue };
                        path.push(w);
                        path_edges.push(range.clone());
                        let emitted = search.emit(&path, &path_edges, adj[w][k].1.clone());
                        path.pop();
                        path_edges.pop();
                        if !emitted {
                            search.result.truncated = true;
                            break 'starts;
                        }
                        continue;
                    }
                    on_path[w] = true;
                    path.push(w);
                    path_edges.push(range.clone());
                    stack.push(Frame { node: w, next: 0, found: false });
                }
            } else {
                on_path[v] = false;
                stack.pop();
                path.pop();
                path_edges.pop();
            }
        }
    }
    search.result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cycles::elementary_cycles;

    const BIG: Budget = Budget { max_cycles: usize::MAX, max_steps: u64::MAX, max_elements: usize::MAX };

    fn lcg_graph(seed: u64, n: usize, m: usize) -> Vec<Vec<(usize, usize)>> {
        let mut x = seed;
        let mut next = |k: usize| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((x >> 33) % k as u64) as usize
        };
        let mut out = vec![Vec::new(); n];
        for e in 0..m {
            let (a, b) = (next(n), next(n));
            out[a].push((b, e));
        }
        for edges in &mut out {
            edges.sort_unstable();
        }
        out
    }

    #[test]
    fn equals_the_full_search_filtered_by_length() {
        for seed in 0..20 {
            let g = lcg_graph(seed, 7, 16);
            let comp = vec![0; 7];
            let mut all = elementary_cycles(&g, &comp, BIG).cycles;
            all.sort_by(|a, b| a.edges.cmp(&b.edges));
            for max_len in 0..=7 {
                let mut short = short_cycles(&g, &comp, max_len, BIG).cycles;
                short.sort_by(|a, b| a.edges.cmp(&b.edges));
                let expected: Vec<_> = all.iter().filter(|c| c.nodes.len() <= max_len).cloned().collect();
                assert_eq!(short, expected, "seed {seed}, max_len {max_len}");
            }
        }
    }
}
