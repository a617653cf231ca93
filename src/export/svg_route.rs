//! Geometry of the causal diagram: boxes, curved links between them and the choice of each link's bend.
//!
//! A link is a quadratic Bézier from box centre to box centre, clipped at both box borders. Its control point
//! lies on the perpendicular bisector of the chord, `bend × chord length` to the left of the direction of travel
//! (screen coordinates, y down). Two opposite links between the same pair both bend left of their own travel, so
//! they become two distinct curves. Each link tries a few bends and keeps the one that crosses the fewest other
//! boxes and already routed links (links are routed in id order, so the result is deterministic).

/// Half width and half height of a variable's box in canvas units.
pub const BOX_HALF_WIDTH: f64 = 80.0;
pub const BOX_HALF_HEIGHT: f64 = 28.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pt {
    pub x: f64,
    pub y: f64,
}

impl Pt {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }
    fn add(self, o: Self) -> Self {
        Self::new(self.x + o.x, self.y + o.y)
    }
    fn sub(self, o: Self) -> Self {
        Self::new(self.x - o.x, self.y - o.y)
    }
    fn scale(self, k: f64) -> Self {
        Self::new(self.x * k, self.y * k)
    }
    pub fn len(self) -> f64 {
        self.x.hypot(self.y)
    }
    /// Unit vector, or (1, 0) for a zero vector.
    pub fn unit(self) -> Self {
        let l = self.len();
        if l > 1e-9 { self.scale(1.0 / l) } else { Self::new(1.0, 0.0) }
    }
    /// Rotated 90° to the left of travel on screen (y down): east → north.
    pub fn left(self) -> Self {
        Self::new(self.y, -self.x)
    }
}

/// An axis-aligned box around a centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub centre: Pt,
    pub half_width: f64,
    pub half_height: f64,
}

impl Rect {
    pub fn variable_box(centre: Pt) -> Self {
        Self { centre, half_width: BOX_HALF_WIDTH, half_height: BOX_HALF_HEIGHT }
    }
    pub fn grown(self, margin: f64) -> Self {
        Self { half_width: self.half_width + margin, half_height: self.half_height + margin, ..self }
    }
    pub fn contains(self, p: Pt) -> bool {
        (p.x - self.centre.x).abs() <= self.half_width && (p.y - self.centre.y).abs() <= self.half_height
    }
}

/// Boxes and points by grid cell, for "is a box or a point near here" in constant time instead of a scan over every
/// box and point (which made placing the signs of 30 000 links take seconds). Gives exactly the answers of the
/// scan: a query looks at every cell that can hold a match.
#[derive(Debug)]
pub struct Nearby {
    boxes: std::collections::HashMap<(i64, i64), Vec<Rect>>,
    points: std::collections::HashMap<(i64, i64), Vec<Pt>>,
    /// The largest half width and half height of any box.
    reach: Pt,
}

/// Cell size of [`Nearby`], in SVG units (about a box).
const CELL: f64 = 128.0;

fn cell_of(v: f64) -> i64 {
    (v / CELL).floor() as i64
}

/// The cells whose centres-of-content can be within `dx`, `dy` of `p`.
fn cells_around(p: Pt, dx: f64, dy: f64) -> impl Iterator<Item = (i64, i64)> {
    let (x0, x1) = (cell_of(p.x - dx), cell_of(p.x + dx));
    let (y0, y1) = (cell_of(p.y - dy), cell_of(p.y + dy));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

impl Nearby {
    /// Indexes `boxes` by the cell of their centre.
    pub fn new(boxes: &[Rect]) -> Self {
        let mut near = Self {
            boxes: std::collections::HashMap::new(),
            points: std::collections::HashMap::new(),
            reach: Pt::new(0.0, 0.0),
        };
        for b in boxes {
            near.reach = Pt::new(near.reach.x.max(b.half_width), near.reach.y.max(b.half_height));
            near.boxes.entry((cell_of(b.centre.x), cell_of(b.centre.y))).or_default().push(*b);
        }
        near
    }

    /// Whether `p` lies in a box grown by `margin` (as `Rect::grown(margin).contains(p)`).
    pub fn in_box(&self, p: Pt, margin: f64) -> bool {
        cells_around(p, self.reach.x + margin, self.reach.y + margin)
            .filter_map(|c| self.boxes.get(&c))
            .flatten()
            .any(|b| b.grown(margin).contains(p))
    }

    /// Whether a point added before lies closer than `distance` to `p`.
    pub fn point_within(&self, p: Pt, distance: f64) -> bool {
        cells_around(p, distance, distance)
            .filter_map(|c| self.points.get(&c))
            .flatten()
            .any(|o| Pt::new(o.x - p.x, o.y - p.y).len() < distance)
    }

    pub fn add_point(&mut self, p: Pt) {
        self.points.entry((cell_of(p.x), cell_of(p.y))).or_default().push(p);
    }
}

/// A quadratic Bézier `p0 → p2` with control point `c`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quad {
    pub p0: Pt,
    pub c: Pt,
    pub p2: Pt,
}

impl Quad {
    /// From centre `a` to centre `b`, bent `bend × |b − a|` to the left of travel.
    pub fn bent(a: Pt, b: Pt, bend: f64) -> Self {
        let chord = b.sub(a);
        let mid = a.add(chord.scale(0.5));
        Self { p0: a, c: mid.add(chord.unit().left().scale(bend * chord.len())), p2: b }
    }

    pub fn at(self, t: f64) -> Pt {
        let u = 1.0 - t;
        self.p0.scale(u * u).add(self.c.scale(2.0 * u * t)).add(self.p2.scale(t * t))
    }

    /// Unit tangent at `t`.
    pub fn tangent(self, t: f64) -> Pt {
        self.c.sub(self.p0).scale(2.0 * (1.0 - t)).add(self.p2.sub(self.c).scale(2.0 * t)).unit()
    }

    /// The part of the curve between `t0` and `t1`, itself a quadratic (blossom of the control polygon).
    pub fn sub_curve(self, t0: f64, t1: f64) -> Self {
        let blossom = |s: f64, t: f64| {
            self.p0
                .scale((1.0 - s) * (1.0 - t))
                .add(self.c.scale((1.0 - s) * t + s * (1.0 - t)))
                .add(self.p2.scale(s * t))
        };
        Self { p0: blossom(t0, t0), c: blossom(t0, t1), p2: blossom(t1, t1) }
    }

    /// The last `t` in `[lo, hi]` still inside `rect` when the curve leaves it (bisection; `inside_at_lo` is where
    /// the curve is inside). Returns the boundary parameter.
    fn boundary(self, rect: Rect, mut inside: f64, mut outside: f64) -> f64 {
        if rect.contains(self.at(outside)) {
            return outside;
        }
        for _ in 0..40 {
            let mid = 0.5 * (inside + outside);
            if rect.contains(self.at(mid)) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        outside
    }

    /// The visible part between the two boxes: parameters where the curve leaves `from` and enters `to`.
    pub fn clip(self, from: Rect, to: Rect) -> (f64, f64) {
        let t0 = self.boundary(from, 0.0, 0.5);
        let t1 = self.boundary(to, 1.0, 0.5);
        if t1 > t0 { (t0, t1) } else { (0.5, 0.5) }
    }

    /// The parameter `t ≤ t_end` whose point lies `distance` (straight line) before the point at `t_end`.
    pub fn back_from(self, t_end: f64, distance: f64, t_min: f64) -> f64 {
        let end = self.at(t_end);
        let (mut near, mut far) = (t_end, t_min);
        if self.at(far).sub(end).len() < distance {
            return far;
        }
        for _ in 0..40 {
            let mid = 0.5 * (near + far);
            if self.at(mid).sub(end).len() < distance {
                near = mid;
            } else {
                far = mid;
            }
        }
        near
    }

    /// Points along the visible part, for hit tests.
    pub fn polyline(self, t0: f64, t1: f64, segments: usize) -> Vec<Pt> {
        (0..=segments).map(|i| self.at(t0 + (t1 - t0) * i as f64 / segments as f64)).collect()
    }
}

/// True when segments `a1-a2` and `b1-b2` properly cross.
fn segments_cross(a1: Pt, a2: Pt, b1: Pt, b2: Pt) -> bool {
    let cross = |o: Pt, p: Pt, q: Pt| (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
    let d1 = cross(b1, b2, a1);
    let d2 = cross(b1, b2, a2);
    let d3 = cross(a1, a2, b1);
    let d4 = cross(a1, a2, b2);
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Number of crossings between two polylines.
pub fn crossings(a: &[Pt], b: &[Pt]) -> usize {
    let (a_min, a_max) = extent(a);
    let (b_min, b_max) = extent(b);
    if a_max.x < b_min.x || b_max.x < a_min.x || a_max.y < b_min.y || b_max.y < a_min.y {
        return 0;
    }
    let mut n = 0;
    for sa in a.windows(2) {
        for sb in b.windows(2) {
            if segments_cross(sa[0], sa[1], sb[0], sb[1]) {
                n += 1;
            }
        }
    }
    n
}

/// Smallest and largest coordinates of a polyline.
fn extent(points: &[Pt]) -> (Pt, Pt) {
    points
        .iter()
        .fold((Pt::new(f64::INFINITY, f64::INFINITY), Pt::new(f64::NEG_INFINITY, f64::NEG_INFINITY)), |(lo, hi), p| {
            (Pt::new(lo.x.min(p.x), lo.y.min(p.y)), Pt::new(hi.x.max(p.x), hi.y.max(p.y)))
        })
}

/// Bends a single link may take, in order of preference.
const SINGLE_BENDS: [f64; 11] = [0.12, -0.12, 0.0, 0.25, -0.25, 0.4, -0.4, 0.6, -0.6, 0.8, -0.8];
/// Bends of one link of an opposite pair: always to its own left, so the pair stays two curves.
const PAIR_BENDS: [f64; 4] = [0.18, 0.3, 0.45, 0.6];

/// Penalties of the bend choice: a box crossed costs more than any number of link crossings in practice.
const BOX_HIT_COST: f64 = 1000.0;
const LINK_CROSSING_COST: f64 = 40.0;
/// Passing within `NEAR_MARGIN` of a box it does not touch: readable, but crowded.
const NEAR_BOX_COST: f64 = 15.0;
const NEAR_MARGIN: f64 = 30.0;
const BEND_COST: f64 = 60.0;
/// Segments of the polyline used for hit tests and crossings.
pub const ROUTE_SEGMENTS: usize = 32;

/// A routed link: the curve from centre to centre and its visible parameter range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Route {
    pub curve: Quad,
    pub t0: f64,
    pub t1: f64,
    pub bend: f64,
}

/// The route without a search (for very large diagrams): the first bend of the list [`route`] would try first.
pub fn fixed_route(a: Pt, b: Pt, has_opposite: bool) -> Route {
    let bend = if has_opposite { PAIR_BENDS[0] } else { SINGLE_BENDS[0] };
    let curve = Quad::bent(a, b, bend);
    let (t0, t1) = curve.clip(Rect::variable_box(a), Rect::variable_box(b));
    Route { curve, t0, t1, bend }
}

/// Chooses the bend of a link from `a` to `b` (box centres) given the other boxes and the links routed so far.
pub fn route(a: Pt, b: Pt, has_opposite: bool, obstacles: &[Rect], routed: &[Vec<Pt>]) -> Route {
    let bends: &[f64] = if has_opposite { &PAIR_BENDS } else { &SINGLE_BENDS };
    let (from, to) = (Rect::variable_box(a), Rect::variable_box(b));
    let mut best: Option<(f64, Route)> = None;
    for (rank, &bend) in bends.iter().enumerate() {
        let curve = Quad::bent(a, b, bend);
        let (t0, t1) = curve.clip(from, to);
        let line = curve.polyline(t0, t1, ROUTE_SEGMENTS);
        let hits = obstacles.iter().filter(|r| line.iter().any(|p| r.grown(6.0).contains(*p))).count();
        let near = obstacles.iter().filter(|r| line.iter().any(|p| r.grown(NEAR_MARGIN).contains(*p))).count();
        let crossed: usize = routed.iter().map(|other| crossings(&line, other)).sum();
        let cost = hits as f64 * BOX_HIT_COST
            + (near - hits) as f64 * NEAR_BOX_COST
            + crossed as f64 * LINK_CROSSING_COST
            + bend.abs() * BEND_COST
            + rank as f64 * 0.01;
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, Route { curve, t0, t1, bend }));
        }
    }
    best.map_or_else(
        || {
            let curve = Quad::bent(a, b, 0.0);
            let (t0, t1) = curve.clip(from, to);
            Route { curve, t0, t1, bend: 0.0 }
        },
        |(_, r)| r,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bend_goes_left_of_travel_on_screen() {
        // Travelling east, left on screen (y down) is up: negative y.
        let q = Quad::bent(Pt::new(0.0, 0.0), Pt::new(100.0, 0.0), 0.2);
        assert!((q.c.x - 50.0).abs() < 1e-9 && (q.c.y + 20.0).abs() < 1e-9);
    }

    #[test]
    fn opposite_links_bend_to_opposite_sides() {
        let a = Pt::new(0.0, 0.0);
        let b = Pt::new(300.0, 0.0);
        let ab = route(a, b, true, &[], &[]);
        let ba = route(b, a, true, &[], &[]);
        assert!(ab.curve.at(0.5).y < -1.0 && ba.curve.at(0.5).y > 1.0);
    }

    #[test]
    fn clip_lands_on_box_borders() {
        let q = Quad::bent(Pt::new(0.0, 0.0), Pt::new(400.0, 0.0), 0.0);
        let (t0, t1) = q.clip(Rect::variable_box(q.p0), Rect::variable_box(q.p2));
        assert!((q.at(t0).x - BOX_HALF_WIDTH).abs() < 1e-6);
        assert!((q.at(t1).x - (400.0 - BOX_HALF_WIDTH)).abs() < 1e-6);
    }

    #[test]
    fn sub_curve_matches_the_original() {
        let whole = Quad::bent(Pt::new(10.0, 20.0), Pt::new(300.0, -80.0), 0.3);
        let part = whole.sub_curve(0.2, 0.7);
        for i in 0..=10 {
            let u = f64::from(i) / 10.0;
            let on_part = part.at(u);
            let on_whole = whole.at(0.2 + 0.5 * u);
            assert!(on_part.sub(on_whole).len() < 1e-9);
        }
    }

    #[test]
    fn route_avoids_a_box_in_the_way() {
        let a = Pt::new(0.0, 0.0);
        let b = Pt::new(600.0, 0.0);
        let blocker = Rect::variable_box(Pt::new(300.0, 0.0));
        let r = route(a, b, false, &[blocker], &[]);
        let line = r.curve.polyline(r.t0, r.t1, 48);
        assert!(!line.iter().any(|p| blocker.contains(*p)));
    }

    #[test]
    fn nearby_answers_like_a_scan_over_everything() {
        let boxes: Vec<Rect> = (0..50)
            .map(|k| Rect::variable_box(Pt::new(f64::from(k * 37 % 500) - 250.0, f64::from(k * 53 % 300) - 150.0)))
            .collect();
        let mut near = Nearby::new(&boxes);
        let mut points = Vec::new();
        for k in 0..400 {
            let p = Pt::new(f64::from(k * 7919 % 700) - 350.0, f64::from(k * 104_729 % 400) - 200.0);
            let in_box = boxes.iter().any(|b| b.grown(10.0).contains(p));
            let close = points.iter().any(|o: &Pt| Pt::new(o.x - p.x, o.y - p.y).len() < 18.0);
            assert_eq!(near.in_box(p, 10.0), in_box, "{p:?}");
            assert_eq!(near.point_within(p, 18.0), close, "{p:?}");
            points.push(p);
            near.add_point(p);
        }
    }

    #[test]
    fn crossing_of_an_x() {
        let a = [Pt::new(0.0, 0.0), Pt::new(10.0, 10.0)];
        let b = [Pt::new(0.0, 10.0), Pt::new(10.0, 0.0)];
        assert_eq!(crossings(&a, &b), 1);
        let c = [Pt::new(20.0, 0.0), Pt::new(30.0, 10.0)];
        assert_eq!(crossings(&a, &c), 0);
    }
}
