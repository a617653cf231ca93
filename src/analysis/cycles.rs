//! Johnson's algorithm for the elementary cycles of a directed multigraph, iterative and with a work budget.
//!
//! Johnson, D. B. (1975), "Finding all the elementary circuits of a directed graph", SIAM J. Comput. 4(1).
//! Cycles are searched on the simple graph (parallel edges merged) and each cycle of nodes is then expanded into
//! one cycle per combination of parallel edges. Every cycle starts at its smallest node index, because the search
//! from start node `s` only visits nodes `>= s`.

use std::ops::Range;

/// Limits on the search. When one is reached the search stops and reports itself truncated.
#[derive(Clone, Copy, Debug)]
#[allow(clippy::struct_field_names)]
pub struct Budget {
    /// At most this many cycles are kept; finding one more means "truncated".
    pub max_cycles: usize,
    /// At most this many search steps (edge visits, unblock operations).
    pub max_steps: u64,
    /// At most this many nodes summed over all cycles kept (bounds memory for long cycles in dense graphs).
    pub max_elements: usize,
}

/// One cycle: node indices in cycle order from the smallest, and per step the edge payload (link index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cycle {
    pub nodes: Vec<usize>,
    pub edges: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
pub struct CycleSearch {
    pub cycles: Vec<Cycle>,
    /// True when a budget stopped the search before all cycles were found.
    pub truncated: bool,
    /// Search steps used.
    pub steps: u64,
}

pub(super) struct Frame {
    pub(super) node: usize,
    pub(super) next: usize,
    pub(super) found: bool,
}

/// Parallel edges grouped: per node `(target, range into out[node])`.
pub(super) fn group_targets(out: &[Vec<(usize, usize)>]) -> Vec<Vec<(usize, Range<usize>)>> {
    out.iter()
        .map(|edges| {
            let mut groups: Vec<(usize, Range<usize>)> = Vec::new();
            for (k, &(target, _)) in edges.iter().enumerate() {
                match groups.last_mut() {
                    Some((t, range)) if *t == target && range.end == k => range.end = k + 1,
                    _ => groups.push((target, k..k + 1)),
                }
            }
            groups
        })
        .collect()
}

/// All elementary cycles of the multigraph `out` (per node: `(target, payload)`, sorted by target), within the
/// budget. `component[v]` is the strongly connected component of node `v` (any partition that keeps every cycle
/// inside one part is correct; the SCCs make it fast).
pub fn elementary_cycles(out: &[Vec<(usize, usize)>], component: &[usize], budget: Budget) -> CycleSearch {
    let n = out.len().min(component.len());
    let adj = group_targets(out);
    let mut blocked = vec![false; n];
    let mut b_sets: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut search = Searcher { out, budget, result: CycleSearch::default(), elements: 0 };

    'starts: for s in 0..n {
        let inside = |w: usize| w >= s && w < n && component[w] == component[s];
        for v in s..n {
            blocked[v] = false;
            b_sets[v].clear();
        }
        let mut path: Vec<usize> = vec![s];
        let mut path_edges: Vec<Range<usize>> = Vec::new();
        let mut stack = vec![Frame { node: s, next: 0, found: false }];
        blocked[s] = true;
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
                    top.found = true;
                    if !search.emit(&path, &path_edges, range.clone()) {
                        search.result.truncated = true;
                        break 'starts;
                    }
                } else if !blocked[w] {
                    blocked[w] = true;
                    path.push(w);
                    path_edges.push(range.clone());
                    stack.push(Frame { node: w, next: 0, found: false });
                }
            } else {
                let found = top.found;
                if found {
                    unblock(v, &mut blocked, &mut b_sets, &mut search.result.steps);
                } else {
                    // Duplicates in a B list are harmless (unblocking twice is a no-op) and bounded by the steps.
                    for (w, _) in &adj[v] {
                        if inside(*w) {
                            b_sets[*w].push(v);
                        }
                    }
                    search.result.steps += adj[v].len() as u64;
                }
                stack.pop();
                path.pop();
                path_edges.pop();
                if found && let Some(parent) = stack.last_mut() {
                    parent.found = true;
                }
            }
        }
    }
    search.result
}

fn unblock(u: usize, blocked: &mut [bool], b_sets: &mut [Vec<usize>], steps: &mut u64) {
    blocked[u] = false;
    let mut work = vec![u];
    while let Some(x) = work.pop() {
        for w in std::mem::take(&mut b_sets[x]) {
            *steps += 1;
            if blocked[w] {
                blocked[w] = false;
                work.push(w);
            }
        }
    }
}

pub(super) struct Searcher<'a> {
    pub(super) out: &'a [Vec<(usize, usize)>],
    pub(super) budget: Budget,
    pub(super) result: CycleSearch,
    pub(super) elements: usize,
}

impl Searcher<'_> {
    /// Adds one cycle per combination of parallel edges along `path`. False when a budget is exhausted.
    pub(super) fn emit(&mut self, path: &[usize], path_edges: &[Range<usize>], closing: Range<usize>) -> bool {
        let ranges: Vec<Range<usize>> = path_edges.iter().cloned().chain(std::iter::once(closing)).collect();
        // Odometer over the choices of parallel edge per step.
        let mut choice: Vec<usize> = ranges.iter().map(|r| r.start).collect();
        loop {
            if self.result.cycles.len() >= self.budget.max_cycles
                || self.elements + path.len() > self.budget.max_elements
            {
                return false;
            }
            self.result.steps += 1;
            let edges = path.iter().zip(&choice).map(|(&node, &k)| self.out[node][k].1).collect();
            self.result.cycles.push(Cycle { nodes: path.to_vec(), edges });
            self.elements += path.len();
            let mut k = choice.len();
            loop {
                if k == 0 {
                    return true;
                }
                k -= 1;
                choice[k] += 1;
                if choice[k] < ranges[k].end {
                    break;
                }
                choice[k] = ranges[k].start;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIG: Budget = Budget { max_cycles: usize::MAX, max_steps: u64::MAX, max_elements: usize::MAX };

    fn complete(n: usize) -> Vec<Vec<(usize, usize)>> {
        (0..n).map(|i| (0..n).filter(|&j| j != i).map(|j| (j, i * n + j)).collect()).collect()
    }

    /// Number of elementary cycles of the complete digraph K_n: Σ_{k=2..n} C(n,k)·(k−1)!.
    fn complete_count(n: u64) -> u64 {
        let mut total = 0;
        for k in 2..=n {
            let mut c = 1u64;
            for i in 0..k {
                c = c * (n - i) / (i + 1);
            }
            let f: u64 = (1..k).product();
            total += c * f;
        }
        total
    }

    #[test]
    fn complete_digraphs_have_the_known_cycle_count() {
        for n in 1..=6 {
            let g = complete(n);
            let r = elementary_cycles(&g, &vec![0; n], BIG);
            assert!(!r.truncated);
            assert_eq!(r.cycles.len() as u64, complete_count(n as u64), "K_{n}");
            for c in &r.cycles {
                assert_eq!(c.nodes[0], *c.nodes.iter().min().unwrap_or(&0));
                let mut sorted = c.nodes.clone();
                sorted.sort_unstable();
                sorted.dedup();
                assert_eq!(sorted.len(), c.nodes.len(), "elementary");
            }
        }
    }

    #[test]
    fn self_loops_and_parallel_edges() {
        // 0 → 0; 0 ⇉ 1 (two edges); 1 → 0.
        let g = vec![vec![(0, 10), (1, 11), (1, 12)], vec![(0, 13)]];
        let r = elementary_cycles(&g, &[0, 0], BIG);
        let mut got: Vec<Vec<usize>> = r.cycles.iter().map(|c| c.edges.clone()).collect();
        got.sort();
        assert_eq!(got, vec![vec![10], vec![11, 13], vec![12, 13]]);
    }

    #[test]
    fn budgets_truncate() {
        let g = complete(8);
        let comp = vec![0; 8];
        let by_count = elementary_cycles(&g, &comp, Budget { max_cycles: 5, ..BIG });
        assert!(by_count.truncated);
        assert_eq!(by_count.cycles.len(), 5);
        let by_steps = elementary_cycles(&g, &comp, Budget { max_steps: 100, ..BIG });
        assert!(by_steps.truncated);
        assert!(by_steps.cycles.len() < complete_count(8) as usize);
        let exact = complete_count(4) as usize;
        let at_cap = elementary_cycles(&complete(4), &[0; 4], Budget { max_cycles: exact, ..BIG });
        assert!(!at_cap.truncated, "exactly cap cycles is not truncated");
    }
}
