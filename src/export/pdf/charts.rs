//! Line and bar charts as vector graphics. The geometry is worked out y up (PDF style); [`UpCanvas`] flips it onto
//! the page.

use super::canvas::{MUTED_COLOR, PAGE_HEIGHT, Page, Role, TEXT_COLOR};
use super::fonts::{Fonts, Style};
use crate::export::document::{BarChart, LineChart, Rgb, Series};
use crate::text::{Language, format_number_in};

/// Draws on a page with y measured up from the page's bottom edge, all under one role (the figure's leaf).
pub struct UpCanvas<'a> {
    pub page: &'a mut Page,
    pub role: Role,
    pub fonts: &'a Fonts,
    /// The language of the tick labels' numbers.
    pub language: Language,
}

impl UpCanvas<'_> {
    fn text(&mut self, style: Style, size: f32, x: f32, y: f32, color: Rgb, text: &str) {
        self.page.text(self.role, style, size, (x, PAGE_HEIGHT - y), color, text);
    }

    fn width(&self, style: Style, size: f32, text: &str) -> f32 {
        self.fonts.width(style, size, text)
    }

    fn line(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, width: f32, color: Rgb) {
        self.page.line(self.role, (x0, PAGE_HEIGHT - y0), (x1, PAGE_HEIGHT - y1), width, color);
    }

    fn rect_fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.page.rect(self.role, (x, PAGE_HEIGHT - y - h), (w, h), color);
    }

    fn polyline(&mut self, points: &[(f32, f32)], width: f32, color: Rgb) {
        let flipped: Vec<(f32, f32)> = points.iter().map(|&(x, y)| (x, PAGE_HEIGHT - y)).collect();
        self.page.polyline(self.role, &flipped, width, color);
    }

    fn polygon(&mut self, points: &[(f32, f32)], color: Rgb) {
        let flipped: Vec<(f32, f32)> = points.iter().map(|&(x, y)| (x, PAGE_HEIGHT - y)).collect();
        self.page.polygon(self.role, &flipped, color);
    }
}

/// A chart's height without extra legend rows.
const CHART_HEIGHT: f32 = 230.0;
const GRID: Rgb = Rgb(225, 228, 232);
const AXIS: Rgb = Rgb(120, 126, 132);
const LIMIT: Rgb = Rgb(33, 37, 41);

/// "Nice" axis ticks covering `lo..=hi`: steps of 1, 2 or 5 × 10^k, about five of them.
pub fn nice_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let (lo, hi) = if (hi - lo).abs() < 1e-9 { (lo - 1.0, hi + 1.0) } else { (lo.min(hi), lo.max(hi)) };
    let raw = (hi - lo) / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    // Up to and including the first tick at or above `hi` (with a small tolerance for rounding).
    while ticks.len() < 20 {
        ticks.push(if t.abs() < step * 1e-9 { 0.0 } else { t });
        if t >= hi - step * 1e-9 {
            break;
        }
        t += step;
    }
    ticks
}

fn tick_label(v: f64, lang: Language) -> String {
    format_number_in(v, usize::from((v - v.round()).abs() >= 1e-9), lang)
}

/// Plot frame: draws the title, grid, y ticks; returns a mapping from data y to page y and the plot rectangle.
struct Frame {
    left: f32,
    right: f32,
    bottom: f32,
    top: f32,
    y_lo: f64,
    y_hi: f64,
}

impl Frame {
    fn y(&self, v: f64) -> f32 {
        let span = (self.y_hi - self.y_lo).max(1e-12);
        self.bottom + ((v - self.y_lo) / span) as f32 * (self.top - self.bottom)
    }
}

/// A rectangle on the page: lower-left corner, width, height (points).
#[derive(Clone, Copy)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

fn frame(
    canvas: &mut UpCanvas<'_>,
    title: &str,
    y_label: &str,
    area: Area,
    lo: f64,
    hi: f64,
    extra_bottom: f32,
) -> Frame {
    let Area { x, y, w, h } = area;
    canvas.text(Style::Bold, 10.5, x, y + h - 12.0, TEXT_COLOR, title);
    let ticks = nice_ticks(lo, hi);
    let y_lo = ticks.first().copied().unwrap_or(lo);
    let y_hi = ticks.last().copied().unwrap_or(hi);
    let label_width =
        ticks.iter().map(|t| canvas.width(Style::Regular, 7.5, &tick_label(*t, canvas.language))).fold(0.0, f32::max);
    let f = Frame {
        left: x + label_width + 8.0,
        right: x + w,
        bottom: y + 40.0 + extra_bottom,
        top: y + h - 24.0,
        y_lo,
        y_hi,
    };
    for t in &ticks {
        let ty = f.y(*t);
        canvas.line(f.left, ty, f.right, ty, 0.4, GRID);
        let label = tick_label(*t, canvas.language);
        let lw = canvas.width(Style::Regular, 7.5, &label);
        canvas.text(Style::Regular, 7.5, f.left - 4.0 - lw, ty - 2.5, MUTED_COLOR, &label);
    }
    canvas.line(f.left, f.bottom, f.right, f.bottom, 0.8, AXIS);
    if !y_label.is_empty() {
        canvas.text(Style::Italic, 7.5, f.left, f.top + 4.0, MUTED_COLOR, y_label);
    }
    f
}

/// A legend entry as placed: offset from the legend's top-left (x right, y down) and its wrapped name.
struct LegendEntry {
    dx: f32,
    dy: f32,
    lines: Vec<String>,
}

const LEGEND_ROW: f32 = 11.0;
const LEGEND_SIZE: f32 = 8.0;

/// Places the legend entries left to right in rows of `width`; a name too long for a row wraps onto several.
fn legend_layout(fonts: &Fonts, series: &[Series], width: f32) -> (Vec<LegendEntry>, usize) {
    let mut cx = 0.0;
    let mut row = 0;
    let mut row_lines = 1;
    let mut entries = Vec::with_capacity(series.len());
    for s in series {
        let lines = fonts.wrap(Style::Regular, LEGEND_SIZE, &s.name, width - 14.0);
        let text_w = lines.iter().map(|l| fonts.width(Style::Regular, LEGEND_SIZE, l)).fold(0.0, f32::max);
        let w = 12.0 + text_w + 14.0;
        if cx + w > width && cx > 0.0 {
            cx = 0.0;
            row += row_lines;
            row_lines = 1;
        }
        row_lines = row_lines.max(lines.len());
        entries.push(LegendEntry { dx: cx, dy: row as f32 * LEGEND_ROW, lines });
        cx += w;
    }
    (entries, if series.is_empty() { 0 } else { row + row_lines })
}

/// Draws the legend with its first row at `top` (baseline), further rows below.
fn legend(canvas: &mut UpCanvas<'_>, series: &[Series], x: f32, top: f32, width: f32) {
    let (entries, _) = legend_layout(canvas.fonts, series, width);
    for (s, entry) in series.iter().zip(entries) {
        canvas.rect_fill(x + entry.dx, top - entry.dy, 9.0, 7.0, s.color);
        for (i, line) in entry.lines.iter().enumerate() {
            let y = top - entry.dy - i as f32 * LEGEND_ROW;
            canvas.text(Style::Regular, LEGEND_SIZE, x + entry.dx + 12.0, y, TEXT_COLOR, line);
        }
    }
}

/// Extra height the legend needs beyond its first row.
fn legend_extra(fonts: &Fonts, series: &[Series], width: f32) -> f32 {
    let (_, rows) = legend_layout(fonts, series, width);
    rows.saturating_sub(1) as f32 * LEGEND_ROW
}

/// The height of a chart with these series at `width`: the plot keeps its size, the legend grows below it.
pub fn height(fonts: &Fonts, series: &[Series], width: f32) -> f32 {
    CHART_HEIGHT + legend_extra(fonts, series, width)
}

fn finite_range(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.filter(|v| v.is_finite()).fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

pub fn line_chart(canvas: &mut UpCanvas<'_>, chart: &LineChart, area: Area) {
    let band_values = chart.band.iter().flat_map(|(lo, hi, _)| lo.iter().chain(hi.iter()).copied());
    let all = chart.series.iter().flat_map(|s| s.values.iter().copied()).chain(band_values);
    let (lo, hi) = finite_range(all).unwrap_or((0.0, 1.0));
    let pad = ((hi - lo) * 0.08).max(0.5);
    let extra = legend_extra(canvas.fonts, &chart.series, area.w);
    let f = frame(canvas, &chart.title, &chart.y_label, area, lo - pad, hi + pad, extra);
    let (x_lo, x_hi) = finite_range(chart.x.iter().copied()).unwrap_or((0.0, 1.0));
    let x_span = (x_hi - x_lo).max(1e-12);
    let px = |v: f64| f.left + ((v - x_lo) / x_span) as f32 * (f.right - f.left);
    if let Some((band_lo, band_hi, color)) = &chart.band {
        let mut polygon: Vec<(f32, f32)> = chart.x.iter().zip(band_hi).map(|(xv, v)| (px(*xv), f.y(*v))).collect();
        polygon.extend(chart.x.iter().zip(band_lo).rev().map(|(xv, v)| (px(*xv), f.y(*v))));
        canvas.polygon(&polygon, *color);
    }
    for s in &chart.series {
        let points: Vec<(f32, f32)> =
            chart.x.iter().zip(&s.values).filter(|(_, v)| v.is_finite()).map(|(xv, v)| (px(*xv), f.y(*v))).collect();
        canvas.polyline(&points, 1.4, s.color);
    }
    for t in nice_ticks(x_lo, x_hi) {
        if t < x_lo - 1e-9 || t > x_hi + 1e-9 {
            continue;
        }
        let label = tick_label(t, canvas.language);
        let lw = canvas.width(Style::Regular, 7.5, &label);
        canvas.line(px(t), f.bottom, px(t), f.bottom - 3.0, 0.6, AXIS);
        canvas.text(Style::Regular, 7.5, px(t) - lw / 2.0, f.bottom - 11.0, MUTED_COLOR, &label);
    }
    let xl = canvas.width(Style::Italic, 7.5, &chart.x_label);
    canvas.text(Style::Italic, 7.5, f.right - xl, f.bottom - 20.0, MUTED_COLOR, &chart.x_label);
    legend(canvas, &chart.series, area.x, area.y + 4.0 + extra, area.w);
}

pub fn bar_chart(canvas: &mut UpCanvas<'_>, chart: &BarChart, area: Area) {
    let n = chart.categories.len();
    let totals: Vec<f64> =
        (0..n).map(|c| chart.series.iter().map(|s| s.values.get(c).copied().unwrap_or(0.0).max(0.0)).sum()).collect();
    let limit_max = chart.limits.iter().flatten().copied().filter(|v| v.is_finite()).fold(0.0, f64::max);
    let hi = totals.iter().copied().fold(limit_max, f64::max).max(1.0);
    let extra = legend_extra(canvas.fonts, &chart.series, area.w);
    let f = frame(canvas, &chart.title, &chart.y_label, area, 0.0, hi * 1.05, extra);
    if n == 0 {
        return;
    }
    let slot = (f.right - f.left) / n as f32;
    let bar = (slot * 0.6).min(60.0);
    for (c, category) in chart.categories.iter().enumerate() {
        let cx = f.left + slot * (c as f32 + 0.5);
        let mut acc = 0.0;
        for s in &chart.series {
            let v = s.values.get(c).copied().unwrap_or(0.0).max(0.0);
            if v > 0.0 {
                let y0 = f.y(acc);
                let y1 = f.y(acc + v);
                canvas.rect_fill(cx - bar / 2.0, y0, bar, y1 - y0, s.color);
            }
            acc += v;
        }
        if let Some(limit) = chart.limits.as_ref().and_then(|l| l.get(c)) {
            let ly = f.y(*limit);
            canvas.line(cx - bar / 2.0 - 6.0, ly, cx + bar / 2.0 + 6.0, ly, 1.6, LIMIT);
        }
        let lw = canvas.width(Style::Regular, 8.0, category);
        canvas.text(Style::Regular, 8.0, cx - lw / 2.0, f.bottom - 11.0, TEXT_COLOR, category);
    }
    legend(canvas, &chart.series, area.x, area.y + 4.0 + extra, area.w);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice_and_cover_the_range() {
        let t = nice_ticks(0.0, 100.0);
        assert_eq!(t.first().copied(), Some(0.0));
        assert!(t.last().copied().unwrap_or(0.0) >= 100.0);
        assert!(t.windows(2).all(|w| ((w[1] - w[0]) - 20.0).abs() < 1e-9));
        let t = nice_ticks(47.3, 52.1);
        assert!(t[0] <= 47.3 && *t.last().unwrap_or(&0.0) >= 52.1);
        assert!(!nice_ticks(5.0, 5.0).is_empty());
    }
}
