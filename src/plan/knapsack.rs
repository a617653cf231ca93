//! The exact search behind the optimiser: a multiple-choice knapsack with one budget constraint per year.
//!
//! Each class (candidate intervention) offers a few options (reach levels), each with a value (outcome area) and a
//! cost per year; at most one option per class is chosen ("none" is always allowed and costs nothing). Branch and
//! bound: depth first over the classes, options in order of value; the bound at a node is the smallest of the
//! linear-programming relaxations (Sinha & Zoltners 1979) of each single year's constraint and of the sum over the
//! years — each drops constraints, so each is a valid upper bound. Keeps the `top_k` best portfolios.

use super::concave_hull::ConcaveHull;
use std::sync::atomic::{AtomicBool, Ordering};

/// One option of a class: its value (higher is better) and its cost in each year.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub value: f64,
    pub cost_per_year_eur: Vec<f64>,
}

/// A chosen set: for each class the index of its chosen option, or `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    pub value: f64,
    pub picks: Vec<Option<usize>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SearchResult {
    /// Best first; at most `top_k`. Always holds at least the empty portfolio unless `top_k` is 0.
    pub portfolios: Vec<Portfolio>,
    /// False when the search was cancelled or hit its node limit (then the best is not proven optimal).
    pub complete: bool,
    pub nodes: u64,
}

/// Nodes after which the search stops and returns the best portfolios found so far (for small problems).
const NODE_LIMIT: u64 = 20_000_000;
/// Work of the whole search: nodes × the work of one node's bound (hull increments of every constraint plus the
/// years). A large problem (hundreds of candidates over decades) visits fewer nodes, so that the search takes a
/// bounded time (about a second in a release build) whatever the size; the first portfolios found are the greedy
/// ones, so a stopped search still returns good portfolios.
const SEARCH_WORK: u64 = 2_000_000_000;
/// Fewest nodes any search may visit (enough to follow the greedy path and a few branches off it).
const MIN_NODES: u64 = 10_000;

/// The node limit for a search whose bound costs `node_work`.
fn node_limit(node_work: u64) -> u64 {
    (SEARCH_WORK / node_work.max(1)).clamp(MIN_NODES, NODE_LIMIT)
}
/// Costs within this many euros of a budget count as within it.
const TOLERANCE_EUR: f64 = 0.005;

struct Opt {
    index: usize,
    value: f64,
    cost: Vec<f64>,
}

struct Class {
    index: usize,
    options: Vec<Opt>,
}

/// One increment of a class's upper concave hull in (cost, value) for one constraint.
struct Increment {
    class: usize,
    cost: f64,
    value: f64,
}

struct Search<'a> {
    classes: Vec<Class>,
    /// Per constraint: the years it sums (one year, or all finite years), and the hull increments sorted by slope.
    constraints: Vec<(Vec<usize>, Vec<Increment>)>,
    /// Sum of the best option value of classes `k..`.
    best_suffix: Vec<f64>,
    /// Lagrange multipliers per year (euro⁻¹; 0 for years without a limit) and, per depth, the sum of the classes'
    /// reduced profits `max(0, max_o v_o − λ·c_o)` from that depth on.
    lambda: Vec<f64>,
    reduced_suffix: Vec<f64>,
    remaining: Vec<f64>,
    picks: Vec<Option<usize>>,
    top: Vec<Portfolio>,
    top_k: usize,
    nodes: u64,
    node_limit: u64,
    stopped: bool,
    cancel: &'a AtomicBool,
}

/// The `top_k` best portfolios whose cost stays within `budgets_eur` in every year (use `f64::INFINITY` for a year
/// without a limit). Options with a value ≤ 0, a non-finite number, or a cost that alone breaks a year's budget
/// are never chosen. Deterministic.
pub fn best_portfolios(
    classes: &[Vec<Choice>],
    budgets_eur: &[f64],
    top_k: usize,
    cancel: &AtomicBool,
) -> SearchResult {
    let years = budgets_eur.len();
    let budgets: Vec<f64> = budgets_eur.iter().map(|b| if b.is_nan() { 0.0 } else { b.max(0.0) }).collect();
    let cost_of = |c: &Choice, y: usize| c.cost_per_year_eur.get(y).copied().unwrap_or(0.0);
    let prepared: Vec<Class> = classes
        .iter()
        .enumerate()
        .map(|(index, options)| {
            let mut opts: Vec<Opt> = options
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.value.is_finite()
                        && c.value > 0.0
                        && c.cost_per_year_eur.iter().all(|x| x.is_finite() && *x >= 0.0)
                        && (0..years).all(|y| cost_of(c, y) <= budgets[y] + TOLERANCE_EUR)
                })
                .map(|(i, c)| Opt { index: i, value: c.value, cost: (0..years).map(|y| cost_of(c, y)).collect() })
                .collect();
            remove_dominated(&mut opts);
            opts.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.index.cmp(&b.index)));
            Class { index, options: opts }
        })
        .filter(|c| !c.options.is_empty())
        .collect();
    let finite_years: Vec<usize> = (0..years).filter(|&y| budgets[y].is_finite()).collect();
    // Branch on the classes in order of value for money (share of the budgets used), so that the first portfolios
    // found are the greedy ones and the bound prunes early (as Horowitz–Sahni order a 0-1 knapsack).
    let efficiency = |c: &Class| {
        c.options
            .iter()
            .map(|o| {
                let share: f64 = finite_years.iter().map(|&y| o.cost[y] / budgets[y].max(1.0)).sum();
                if share > 0.0 { o.value / share } else { f64::INFINITY }
            })
            .fold(0.0, f64::max)
    };
    let mut keyed: Vec<(f64, Class)> = prepared.into_iter().map(|c| (efficiency(&c), c)).collect();
    keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.index.cmp(&b.1.index)));
    let prepared: Vec<Class> = keyed.into_iter().map(|(_, c)| c).collect();
    let mut constraint_years: Vec<Vec<usize>> = finite_years.iter().map(|&y| vec![y]).collect();
    if finite_years.len() > 1 {
        constraint_years.push(finite_years.clone());
    }
    let constraints: Vec<(Vec<usize>, Vec<Increment>)> = constraint_years
        .into_iter()
        .map(|ys| {
            let incs = increments(&prepared, &ys);
            (ys, incs)
        })
        .collect();
    let mut best_suffix = vec![0.0; prepared.len() + 1];
    for k in (0..prepared.len()).rev() {
        best_suffix[k] = best_suffix[k + 1] + prepared[k].options[0].value;
    }
    let lambda = lagrange_multipliers(&prepared, &budgets, &finite_years);
    let mut reduced_suffix = vec![0.0; prepared.len() + 1];
    for k in (0..prepared.len()).rev() {
        reduced_suffix[k] = reduced_suffix[k + 1] + reduced_profit(&prepared[k], &lambda).0;
    }
    let node_work = constraints_work(&constraints) + years as u64 + 1;
    let mut search = Search {
        node_limit: node_limit(node_work),
        classes: prepared,
        constraints,
        best_suffix,
        lambda,
        reduced_suffix,
        remaining: budgets,
        picks: vec![None; classes.len()],
        top: Vec::new(),
        top_k,
        nodes: 0,
        stopped: false,
        cancel,
    };
    if top_k > 0 {
        search.descend(0, 0.0);
    }
    SearchResult { portfolios: search.top, complete: !search.stopped, nodes: search.nodes }
}

/// The work of one bound: every constraint's years and hull increments.
fn constraints_work(constraints: &[(Vec<usize>, Vec<Increment>)]) -> u64 {
    constraints.iter().map(|(years, incs)| (years.len() + incs.len()) as u64).sum()
}

/// The reduced profit of a class for multipliers `lambda`: `max(0, max_o v_o − λ·c_o)` and the subgradient's cost
/// (the costs of the maximising option, or none).
fn reduced_profit<'c>(class: &'c Class, lambda: &[f64]) -> (f64, Option<&'c [f64]>) {
    let mut best = (0.0, None);
    for o in &class.options {
        let reduced = o.value - o.cost.iter().zip(lambda).map(|(c, l)| c * l).sum::<f64>();
        if reduced > best.0 {
            best = (reduced, Some(o.cost.as_slice()));
        }
    }
    best
}

/// Multipliers `λ ≥ 0` per year for the Lagrangian bound `Σ_y λ_y B_y + Σ_c max(0, max_o v_o − λ·c_o)`, which is
/// an upper bound for every `λ ≥ 0` (weak duality) and at its minimum equals the bound of the linear relaxation with
/// all years at once. Minimised by projected subgradient steps (deterministic, 400 steps), starting from one common
/// value per euro; the best `λ` seen is kept. Years without a limit keep `λ = 0`.
fn lagrange_multipliers(classes: &[Class], budgets: &[f64], finite_years: &[usize]) -> Vec<f64> {
    let mut lambda = vec![0.0; budgets.len()];
    if finite_years.is_empty() || classes.is_empty() {
        return lambda;
    }
    let dual = |lambda: &[f64]| -> (f64, Vec<f64>) {
        let mut value: f64 = finite_years.iter().map(|&y| lambda[y] * budgets[y]).sum();
        let mut spent = vec![0.0; budgets.len()];
        for class in classes {
            let (profit, cost) = reduced_profit(class, lambda);
            value += profit;
            if let Some(cost) = cost {
                for (s, c) in spent.iter_mut().zip(cost) {
                    *s += c;
                }
            }
        }
        (value, spent)
    };
    // Start: the largest value per euro of the whole plan period that still leaves the budget binding.
    let total_budget: f64 = finite_years.iter().map(|&y| budgets[y]).sum::<f64>().max(1.0);
    let mut start = 0.0_f64;
    for class in classes {
        for o in &class.options {
            let cost: f64 = finite_years.iter().map(|&y| o.cost[y]).sum();
            if cost > 0.0 {
                start = start.max(o.value / cost);
            }
        }
    }
    for &y in finite_years {
        lambda[y] = start * 0.5;
    }
    let (mut best_value, _) = dual(&lambda);
    let mut best = lambda.clone();
    let mut step_scale = start * 0.5 / (total_budget / finite_years.len() as f64);
    for iteration in 0..400_u32 {
        let (value, spent) = dual(&lambda);
        if value < best_value {
            best_value = value;
            best.clone_from(&lambda);
        }
        let step = step_scale / (1.0 + f64::from(iteration) / 20.0);
        for &y in finite_years {
            // d(dual)/dλ_y = B_y − spent_y.
            lambda[y] = (lambda[y] - step * (budgets[y] - spent[y])).max(0.0);
        }
        if iteration % 100 == 99 {
            lambda.clone_from(&best);
            step_scale *= 0.5;
        }
    }
    best
}

/// Drops options that another option of the same class beats: at least the value for at most the cost in every
/// year (ties keep the lower index).
fn remove_dominated(opts: &mut Vec<Opt>) {
    let dominated: Vec<bool> = opts
        .iter()
        .map(|a| {
            opts.iter().any(|b| {
                b.index != a.index
                    && b.value >= a.value
                    && b.cost.iter().zip(&a.cost).all(|(cb, ca)| cb <= ca)
                    && (b.value > a.value || b.cost.iter().zip(&a.cost).any(|(cb, ca)| cb < ca) || b.index < a.index)
            })
        })
        .collect();
    let mut keep = dominated.iter().map(|d| !d);
    opts.retain(|_| keep.next().unwrap_or(true));
}

/// The upper concave hull increments of every class for the constraint summing `years`, sorted by slope
/// (zero-cost increments first), ties by class then position, so each class's increments stay in order.
fn increments(classes: &[Class], years: &[usize]) -> Vec<Increment> {
    let mut all: Vec<(f64, usize, usize, Increment)> = Vec::new();
    for (k, class) in classes.iter().enumerate() {
        let points = class.options.iter().map(|o| (years.iter().map(|&y| o.cost[y]).sum::<f64>(), o.value)).collect();
        let hull = ConcaveHull::of(points);
        if hull.free > 0.0 {
            all.push((f64::INFINITY, k, 0, Increment { class: k, cost: 0.0, value: hull.free }));
        }
        for (pos, &(dc, dv)) in hull.steps.iter().enumerate() {
            all.push((dv / dc, k, pos + 1, Increment { class: k, cost: dc, value: dv }));
        }
    }
    all.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    all.into_iter().map(|(_, _, _, inc)| inc).collect()
}

impl Search<'_> {
    fn threshold(&self) -> f64 {
        if self.top.len() < self.top_k {
            f64::NEG_INFINITY
        } else {
            self.top.last().map_or(f64::NEG_INFINITY, |p| p.value)
        }
    }

    /// An upper bound on the value classes `depth..` can still add with the remaining budgets.
    fn bound(&self, depth: usize) -> f64 {
        let lagrange: f64 = self.reduced_suffix[depth]
            + self.lambda.iter().zip(&self.remaining).map(|(l, r)| l * (r + TOLERANCE_EUR).max(0.0)).sum::<f64>();
        let mut bound = self.best_suffix[depth].min(lagrange);
        for (years, incs) in &self.constraints {
            let mut room: f64 = years.iter().map(|&y| self.remaining[y]).sum::<f64>() + TOLERANCE_EUR;
            let mut ub = 0.0;
            for inc in incs.iter().filter(|i| i.class >= depth) {
                if inc.cost <= room {
                    room -= inc.cost;
                    ub += inc.value;
                } else {
                    ub += inc.value * (room / inc.cost).max(0.0);
                    break;
                }
            }
            bound = bound.min(ub);
        }
        bound
    }

    fn record(&mut self, value: f64) {
        let portfolio = Portfolio { value, picks: self.picks.clone() };
        let pos = self.top.iter().position(|p| value > p.value).unwrap_or(self.top.len());
        if pos < self.top_k {
            self.top.insert(pos, portfolio);
            self.top.truncate(self.top_k);
        }
    }

    fn descend(&mut self, depth: usize, value: f64) {
        self.nodes += 1;
        if self.nodes.is_multiple_of(1024) && (self.cancel.load(Ordering::Relaxed) || self.nodes >= self.node_limit) {
            self.stopped = true;
        }
        if self.stopped {
            return;
        }
        if depth == self.classes.len() {
            self.record(value);
            return;
        }
        let threshold = self.threshold();
        if value + self.bound(depth) <= threshold + 1e-9 * threshold.abs().max(1.0) {
            return;
        }
        let class_index = self.classes[depth].index;
        for o in 0..self.classes[depth].options.len() {
            let opt = &self.classes[depth].options[o];
            let fits = opt.cost.iter().zip(&self.remaining).all(|(c, r)| *c <= r + TOLERANCE_EUR);
            if !fits {
                continue;
            }
            let (opt_value, opt_index) = (opt.value, opt.index);
            let cost = opt.cost.clone();
            for (r, c) in self.remaining.iter_mut().zip(&cost) {
                *r -= c;
            }
            self.picks[class_index] = Some(opt_index);
            self.descend(depth + 1, value + opt_value);
            self.picks[class_index] = None;
            for (r, c) in self.remaining.iter_mut().zip(&cost) {
                *r += c;
            }
            if self.stopped {
                return;
            }
        }
        self.descend(depth + 1, value);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift) so the random cases are reproducible.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn the_node_limit_shrinks_with_the_work_of_a_node() {
        assert_eq!(node_limit(1), NODE_LIMIT, "a small problem keeps the full search");
        assert_eq!(node_limit(u64::MAX), MIN_NODES, "a huge problem still follows the greedy path");
        // Worst file: 600 candidates × 4 levels over 50 years (51 constraints).
        let work = 51 * (600 * 4 + 50) + 51;
        assert!(node_limit(work) * work <= SEARCH_WORK);
        assert!(node_limit(work) < node_limit(work / 10));
    }

    pub(super) fn brute_force(classes: &[Vec<Choice>], budgets: &[f64]) -> f64 {
        let mut best = 0.0_f64;
        let total: usize = classes.iter().map(|c| c.len() + 1).product();
        for mut code in 0..total {
            let mut value = 0.0;
            let mut spent = vec![0.0; budgets.len()];
            for class in classes {
                let pick = code % (class.len() + 1);
                code /= class.len() + 1;
                if pick > 0 {
                    value += class[pick - 1].value;
                    for (s, c) in spent.iter_mut().zip(&class[pick - 1].cost_per_year_eur) {
                        *s += c;
                    }
                }
            }
            if spent.iter().zip(budgets).all(|(s, b)| *s <= b + TOLERANCE_EUR) {
                best = best.max(value);
            }
        }
        best
    }

    fn random_case(rng: &mut Rng, classes: usize, years: usize) -> (Vec<Vec<Choice>>, Vec<f64>) {
        let cases = (0..classes)
            .map(|_| {
                let per_unit = 0.5 + rng.next();
                let one_off = (rng.next() * 20.0).round() * 1000.0;
                let start = (rng.next() * years as f64) as usize;
                let yearly = (rng.next() * 100.0).round() * 1000.0;
                (1..=4)
                    .map(|level| {
                        let share = f64::from(level) / 4.0;
                        let mut cost = vec![0.0; years];
                        for (y, c) in cost.iter_mut().enumerate().skip(start) {
                            *c = yearly * share + if y == start { one_off } else { 0.0 };
                        }
                        // Values are nearly linear in reach, with some noise and sometimes negative.
                        let value =
                            (per_unit * share * 10.0 + rng.next() - 0.2) * if rng.next() < 0.1 { -1.0 } else { 1.0 };
                        Choice { value, cost_per_year_eur: cost }
                    })
                    .collect()
            })
            .collect();
        let budgets = (0..years).map(|_| (rng.next() * 150.0).round() * 1000.0).collect();
        (cases, budgets)
    }

    #[test]
    fn equals_brute_force_on_random_cases_and_respects_every_budget() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let cancel = AtomicBool::new(false);
        for case in 0..300 {
            let (classes, budgets) = random_case(&mut rng, 1 + case % 6, 1 + case % 4);
            let result = best_portfolios(&classes, &budgets, 3, &cancel);
            assert!(result.complete);
            let expected = brute_force(&classes, &budgets);
            let best = &result.portfolios[0];
            assert!((best.value - expected).abs() < 1e-9, "case {case}: {} vs brute force {expected}", best.value);
            for p in &result.portfolios {
                let mut spent = vec![0.0; budgets.len()];
                let mut value = 0.0;
                for (class, pick) in classes.iter().zip(&p.picks) {
                    if let Some(o) = pick {
                        value += class[*o].value;
                        for (s, c) in spent.iter_mut().zip(&class[*o].cost_per_year_eur) {
                            *s += c;
                        }
                    }
                }
                assert!((value - p.value).abs() < 1e-9);
                assert!(spent.iter().zip(&budgets).all(|(s, b)| *s <= b + TOLERANCE_EUR), "case {case}");
            }
            assert!(result.portfolios.windows(2).all(|w| w[0].value >= w[1].value));
        }
    }

    #[test]
    fn unlimited_years_and_cancel() {
        let classes = vec![vec![Choice { value: 3.0, cost_per_year_eur: vec![1e9] }]];
        let result = best_portfolios(&classes, &[f64::INFINITY], 1, &AtomicBool::new(false));
        assert_eq!(result.portfolios[0].picks, vec![Some(0)]);
        let result = best_portfolios(&classes, &[10.0], 2, &AtomicBool::new(false));
        assert_eq!(result.portfolios[0].picks, vec![None], "too expensive alone: never chosen");
        assert_eq!(result.portfolios.len(), 1);
    }
}
