//! Inline SVG charts for the evidence pack, drawn by our own code: per service, monthly
//! charges against usage with idle months marked; debits against bill totals. The output
//! is deterministic (fixed coordinates, no randomness, no clock) so it can be snapshot-tested,
//! and every text in it is escaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::i18n::{human_bytes, human_seconds};
use crate::model::Period;

/// Escape text for XML/HTML content and attributes.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One bar series.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    /// CSS colour.
    pub color: &'static str,
    /// Heights (scaled to the series' own maximum when `own_scale`).
    pub values: Vec<f64>,
    /// The value as people read it, per group.
    pub labels: Vec<String>,
    pub own_scale: bool,
}

/// A mark on a group (an idle month, a month without usage data, an unbilled debit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// CSS class: `idle`, `nodata`, `unbilled`.
    pub class: &'static str,
    pub label: String,
}

/// A grouped bar chart.
#[derive(Debug, Clone)]
pub struct BarChart {
    pub title: String,
    pub groups: Vec<String>,
    pub series: Vec<Series>,
    pub marks: Vec<Option<Mark>>,
    /// The caption of the shared (left) scale.
    pub axis: String,
}

const W: f64 = 720.0;
const H: f64 = 300.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 70.0;
/// Value labels stay below the band of the mark labels at the top of the plot.
const BAND: f64 = 16.0;
/// Font size of the value labels.
const VALUE_SIZE: f64 = 8.0;
/// The height of a text above and below its baseline, in em: generous for CJK fonts
/// (Noto Sans CJK: 1.16 and 0.29), so real glyph boxes stay within the layout's boxes.
const ASCENT: f64 = 1.2;
const DESCENT: f64 = 0.3;

fn f(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// How a label is anchored at its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// One text of a chart. Its length is fixed with SVG `textLength` (glyphs scaled to fit), so
/// the box it takes is the same whatever fonts the machine has: the layout below keeps these
/// boxes inside the chart and apart from each other.
#[derive(Debug, Clone)]
struct Label {
    class: &'static str,
    text: String,
    x: f64,
    y: f64,
    size: f64,
    bold: bool,
    fill: &'static str,
    anchor: Anchor,
    /// Drawn rotated by -90° around (x, y): read from bottom to top.
    vertical: bool,
    /// The length the text is drawn at.
    len: f64,
}

impl Label {
    /// The box (x0, y0, x1, y1) the label takes: its length along the baseline, and
    /// [`ASCENT`] above it and [`DESCENT`] below. (The layout is built so that these
    /// boxes hold; the tests check it.)
    #[cfg(test)]
    fn bbox(&self) -> (f64, f64, f64, f64) {
        let back = match self.anchor {
            Anchor::Start => 0.0,
            Anchor::Middle => self.len / 2.0,
            Anchor::End => self.len,
        };
        let (up, down) = (ASCENT * self.size, DESCENT * self.size);
        if self.vertical {
            (
                self.x - up,
                self.y - self.len + back,
                self.x + down,
                self.y + back,
            )
        } else {
            (
                self.x - back,
                self.y - up,
                self.x - back + self.len,
                self.y + down,
            )
        }
    }

    fn write(&self, o: &mut String) {
        let anchor = match self.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let rotate = if self.vertical {
            format!(r#" transform="rotate(-90 {} {})""#, f(self.x), f(self.y))
        } else {
            String::new()
        };
        let _ = write!(
            o,
            r#"<text class="{}" x="{}" y="{}" text-anchor="{anchor}" font-size="{}"{} fill="{}" textLength="{}" lengthAdjust="spacingAndGlyphs"{rotate}>{}</text>"#,
            self.class,
            f(self.x),
            f(self.y),
            f(self.size),
            if self.bold {
                r#" font-weight="bold""#
            } else {
                ""
            },
            self.fill,
            f(self.len),
            xml_escape(&self.text)
        );
    }
}

/// The natural length of `text` at `size`, generous for any common font: 0.62 em a Latin
/// character or digit, 1 em a CJK (wide) one.
fn natural_len(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.62 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// A size (between `min` and `size`) and length for `text` within `max`: the font shrinks
/// first, then the glyphs are squeezed.
fn fit(text: &str, size: f64, min: f64, max: f64) -> (f64, f64) {
    let n = natural_len(text, size);
    if n <= max || n <= 0.0 {
        return (size, n);
    }
    let s = (size * max / n).max(min).min(size);
    (s, natural_len(text, s).min(max.max(0.0)))
}

/// An axis value in at most about six characters: 950, 1.2k, 35M, 7.9e28.
fn compact(v: f64) -> String {
    let a = v.abs();
    let (x, unit) = if a >= 1e15 {
        return format!("{v:.1e}");
    } else if a >= 1e12 {
        (v / 1e12, "T")
    } else if a >= 1e9 {
        (v / 1e9, "G")
    } else if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e4 {
        (v / 1e3, "k")
    } else {
        (v, "")
    };
    let r = (x * 100.0).round() / 100.0;
    let s = if r == r.trunc() {
        format!("{}", r as i64)
    } else if (r * 10.0) == (r * 10.0).trunc() {
        format!("{r:.1}")
    } else {
        format!("{r:.2}")
    };
    format!("{s}{unit}")
}

/// Where everything of a chart goes.
struct Layout {
    labels: Vec<Label>,
    bars: Vec<Bar>,
}

struct Bar {
    class: String,
    group: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    fill: &'static str,
    tooltip: String,
}

impl BarChart {
    fn groups_n(&self) -> f64 {
        self.groups.len().max(1) as f64
    }

    fn shared_max(&self) -> f64 {
        let m = self
            .series
            .iter()
            .filter(|s| !s.own_scale)
            .flat_map(|s| s.values.iter().copied())
            .filter(|v| v.is_finite())
            .fold(0.0_f64, f64::max);
        if m > 0.0 {
            nice(m)
        } else {
            1.0
        }
    }

    /// Place every text and bar: texts inside the chart and not overlapping, bars inside the
    /// plot, for values of any size.
    fn layout(&self) -> Layout {
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let gw = plot_w / self.groups_n();
        let shared_max = self.shared_max();
        let mut labels = Vec::new();
        let label =
            |class, text: &str, (x, y): (f64, f64), (size, len), anchor, bold, fill| Label {
                class,
                text: text.to_string(),
                x,
                y,
                size,
                bold,
                fill,
                anchor,
                vertical: false,
                len,
            };
        labels.push(label(
            "ct",
            &self.title,
            (LEFT, 20.0),
            fit(&self.title, 15.0, 9.0, W - LEFT - RIGHT),
            Anchor::Start,
            true,
            "#222",
        ));
        for (i, m) in self.marks.iter().enumerate() {
            let Some(m) = m else { continue };
            let fill = if m.class == "idle" { "#b00020" } else { "#555" };
            labels.push(label(
                "mark-label",
                &m.label,
                (LEFT + gw * i as f64 + gw / 2.0, TOP + 12.0),
                fit(&m.label, 11.0, 6.0, gw - 4.0),
                Anchor::Middle,
                true,
                fill,
            ));
        }
        for k in 0..=4 {
            let text = compact(shared_max * k as f64 / 4.0);
            let y = TOP + plot_h - plot_h * k as f64 / 4.0;
            labels.push(label(
                "tick",
                &text,
                (LEFT - 6.0, y + 3.0),
                fit(&text, 10.0, 6.0, LEFT - 22.0),
                Anchor::End,
                false,
                "#444",
            ));
        }
        let mut axis = label(
            "axis",
            &self.axis,
            (12.0, TOP + plot_h / 2.0),
            fit(&self.axis, 10.0, 6.0, plot_h),
            Anchor::Middle,
            false,
            "#444",
        );
        axis.vertical = true;
        labels.push(axis);
        let bars = self.bars(gw, plot_h, shared_max, &mut labels);
        for (i, g) in self.groups.iter().enumerate() {
            labels.push(label(
                "grp",
                g,
                (LEFT + gw * i as f64 + gw / 2.0, TOP + plot_h + 14.0),
                fit(g, 10.0, 6.0, gw - 2.0),
                Anchor::Middle,
                false,
                "#222",
            ));
        }
        // Legend: one row; squeezed when the names do not fit.
        let sizes: Vec<f64> = self
            .series
            .iter()
            .map(|s| natural_len(&s.name, 11.0))
            .collect();
        let room = W - LEFT - RIGHT - 24.0 * self.series.len() as f64;
        let squeeze = if sizes.iter().sum::<f64>() > room && room > 0.0 {
            room / sizes.iter().sum::<f64>()
        } else {
            1.0
        };
        let mut lx = LEFT;
        for (s, n) in self.series.iter().zip(&sizes) {
            let len = n * squeeze;
            labels.push(label(
                "legend",
                &s.name,
                (lx + 16.0, H - 22.0),
                (11.0, len),
                Anchor::Start,
                false,
                "#222",
            ));
            lx += 24.0 + len;
        }
        Layout { labels, bars }
    }

    /// The bars and their value labels.
    fn bars(&self, gw: f64, plot_h: f64, shared_max: f64, labels: &mut Vec<Label>) -> Vec<Bar> {
        let ns = self.series.len().max(1) as f64;
        let bw = gw * 0.8 / ns;
        let base = TOP + plot_h;
        let mut bars = Vec::new();
        for (si, s) in self.series.iter().enumerate() {
            let max = if s.own_scale {
                let m = s
                    .values
                    .iter()
                    .copied()
                    .filter(|v| v.is_finite())
                    .fold(0.0_f64, f64::max);
                if m > 0.0 {
                    m
                } else {
                    1.0
                }
            } else {
                shared_max
            };
            for (gi, v) in s.values.iter().enumerate() {
                let x = LEFT + gw * gi as f64 + gw * 0.1 + bw * si as f64;
                let v = if v.is_finite() { v.max(0.0) } else { 0.0 };
                let h = (plot_h * v / max).clamp(0.0, plot_h);
                let y = base - h;
                let idle =
                    matches!(self.marks.get(gi), Some(Some(m)) if m.class == "idle") && si == 0;
                let group = self.groups.get(gi).cloned().unwrap_or_default();
                let text = s.labels.get(gi).cloned().unwrap_or_default();
                let w = (bw - 2.0).max(1.0);
                bars.push(Bar {
                    class: format!("bar s{si}{}", if idle { " idle-bar" } else { "" }),
                    tooltip: format!("{group} {}: {text}", s.name),
                    group,
                    x,
                    y,
                    w,
                    h,
                    fill: if idle { "#b00020" } else { s.color },
                });
                if let Some(l) = value_label(&text, x + w / 2.0, y, bw, h) {
                    labels.push(l);
                }
            }
        }
        bars
    }

    /// The chart as an `<svg>` element.
    pub fn svg(&self, id: &str) -> String {
        let e = xml_escape;
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let gw = plot_w / self.groups_n();
        let layout = self.layout();
        let mut o = String::new();
        let _ = write!(
            o,
            r#"<svg xmlns="http://www.w3.org/2000/svg" id="{}" class="chart" viewBox="0 0 {} {}" width="{}" height="{}" data-plot="{} {} {} {}" role="img" aria-labelledby="{}-t">"#,
            e(id),
            f(W),
            f(H),
            f(W),
            f(H),
            f(LEFT),
            f(TOP),
            f(plot_w),
            f(plot_h),
            e(id)
        );
        let _ = write!(o, r#"<title id="{}-t">{}</title>"#, e(id), e(&self.title));
        let _ = write!(
            o,
            r##"<defs><pattern id="{}-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fde8e8"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e8a0a0" stroke-width="3"/></pattern></defs>"##,
            e(id)
        );
        // Marks behind the bars.
        for (i, m) in self.marks.iter().enumerate() {
            let Some(m) = m else { continue };
            let fill = match m.class {
                "idle" => format!("url(#{}-hatch)", e(id)),
                "unbilled" => "#fff1d6".to_string(),
                _ => "#eeeeee".to_string(),
            };
            let _ = write!(
                o,
                r#"<rect class="mark {}" data-group="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
                m.class,
                e(self.groups.get(i).map(String::as_str).unwrap_or("")),
                f(LEFT + gw * i as f64 + 1.0),
                f(TOP),
                f(gw - 2.0),
                f(plot_h),
                fill
            );
        }
        for k in 0..=4 {
            let y = TOP + plot_h - plot_h * k as f64 / 4.0;
            let _ = write!(
                o,
                r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#ccc" stroke-width="1"/>"##,
                f(LEFT),
                f(y),
                f(W - RIGHT),
                f(y)
            );
        }
        for b in &layout.bars {
            let _ = write!(
                o,
                r#"<rect class="{}" data-group="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>"#,
                b.class,
                e(&b.group),
                f(b.x),
                f(b.y),
                f(b.w),
                f(b.h),
                b.fill,
                e(&b.tooltip)
            );
        }
        let _ = write!(
            o,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#222" stroke-width="1"/>"##,
            f(LEFT),
            f(TOP + plot_h),
            f(W - RIGHT),
            f(TOP + plot_h)
        );
        let mut lx = LEFT;
        for (s, l) in self
            .series
            .iter()
            .zip(layout.labels.iter().filter(|l| l.class == "legend"))
        {
            let _ = write!(
                o,
                r#"<rect x="{}" y="{}" width="12" height="12" fill="{}"/>"#,
                f(lx),
                f(H - 32.0),
                s.color
            );
            lx += 24.0 + l.len;
        }
        for l in &layout.labels {
            l.write(&mut o);
        }
        o.push_str("</svg>");
        o
    }
}

/// The label of a bar of width `bw` (centre `cx`, top `y`, height `h`): above the bar,
/// else inside it in white; horizontal when it fits the bar's width, else read upwards;
/// squeezed down to 60 % at most, else left out (the value stays in the bar's tooltip and
/// in the tables of the pack).
fn value_label(text: &str, cx: f64, y: f64, bw: f64, h: f64) -> Option<Label> {
    if text.is_empty() {
        return None;
    }
    let size = VALUE_SIZE;
    let n = natural_len(text, size);
    let (up, down) = (ASCENT * size, DESCENT * size);
    let above = y - 3.0 - (TOP + BAND);
    let mut l = Label {
        class: "val",
        text: text.to_string(),
        x: cx,
        y: y - 3.0,
        size,
        bold: false,
        fill: "#333",
        anchor: Anchor::Middle,
        vertical: false,
        len: n,
    };
    if n <= bw - 1.0 {
        if above >= up {
            return Some(l);
        }
        // Inside the bar, below the band of the mark labels.
        let top = y.max(TOP + BAND);
        if y + h >= top + 2.0 + up + down {
            l.y = top + 2.0 + up;
            l.fill = "#fff";
            return Some(l);
        }
        return None;
    }
    if bw - 1.0 < up + down {
        return None;
    }
    l.vertical = true;
    l.x = cx + (up - down) / 2.0;
    let inside_top = y.max(TOP + BAND) + 3.0;
    let inside = y + h - 3.0 - inside_top;
    let (room, outside) = if above >= inside {
        (above, true)
    } else {
        (inside, false)
    };
    if room < 0.6 * n || room <= 0.0 {
        return None;
    }
    l.len = n.min(room);
    if outside {
        l.anchor = Anchor::Start;
    } else {
        l.anchor = Anchor::End;
        l.y = inside_top;
        l.fill = "#fff";
    }
    Some(l)
}

/// A round number at or above `x` for the top of the scale.
fn nice(x: f64) -> f64 {
    let p = 10f64.powf(x.log10().floor());
    for m in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] {
        if m * p >= x {
            return m * p;
        }
    }
    10.0 * p
}

fn dec(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// Per service with billed lines: monthly charges against usage, idle months marked.
/// Returns (service id, chart, idle periods).
pub fn service_charts(audit: &Audit) -> Vec<(String, BarChart, Vec<Period>)> {
    let lang = audit.lang;
    let m = &audit.matched;
    let ps: Vec<Period> = m.bills.keys().copied().collect();
    let mut out = Vec::new();
    for (si, s) in audit.config.services.iter().enumerate() {
        let charged: Vec<Decimal> = ps
            .iter()
            .map(|p| {
                m.bills[p]
                    .lines
                    .iter()
                    .filter(|i| m.service_of(**i) == Some(si))
                    .map(|i| m.bill_lines[*i].amount)
                    .filter(|a| *a > Decimal::ZERO)
                    .sum()
            })
            .collect();
        if charged.iter().all(|c| c.is_zero()) {
            continue;
        }
        let usage: Vec<(u64, u64, u64)> = ps
            .iter()
            .map(|p| {
                m.usage_of(&s.id, *p)
                    .map(|u| (u.records, u.bytes, u.seconds))
                    .unwrap_or((0, 0, 0))
            })
            .collect();
        let by_bytes = usage.iter().any(|u| u.1 > 0);
        let by_secs = !by_bytes && usage.iter().any(|u| u.2 > 0);
        let mut marks = Vec::new();
        let mut idle = Vec::new();
        for (i, p) in ps.iter().enumerate() {
            let covered = m.covered(&s.id, *p).is_some();
            let used = usage[i].0 > 0;
            if !s.kind.has_usage() {
                marks.push(None);
            } else if covered && !used && charged[i] > Decimal::ZERO {
                idle.push(*p);
                marks.push(Some(Mark {
                    class: "idle",
                    label: crate::tr!(lang, "chart-idle"),
                }));
            } else if !covered && !used && unreadable(m, &s.id, *p) {
                marks.push(Some(Mark {
                    class: "nodata",
                    label: crate::tr!(lang, "chart-unreadable-records").to_string(),
                }));
            } else if !covered && !used {
                marks.push(Some(Mark {
                    class: "nodata",
                    label: crate::tr!(lang, "chart-no-records"),
                }));
            } else {
                marks.push(None);
            }
        }
        let cur = &audit.config.account.currency;
        let charges = Series {
            name: crate::tr!(lang, "chart-charged"),
            color: "#3b6ea5",
            values: charged.iter().map(|c| dec(*c)).collect(),
            labels: charged
                .iter()
                .map(|c| crate::i18n::group_thousands(*c))
                .collect(),
            own_scale: false,
        };
        let usage_series = Series {
            name: if by_bytes {
                crate::tr!(lang, "chart-data-scaled")
            } else if by_secs {
                crate::tr!(lang, "chart-time-scaled")
            } else {
                crate::tr!(lang, "chart-records-scaled")
            },
            color: "#2e9e5b",
            values: usage
                .iter()
                .map(|u| {
                    if by_bytes {
                        u.1 as f64
                    } else if by_secs {
                        u.2 as f64
                    } else {
                        u.0 as f64
                    }
                })
                .collect(),
            labels: usage
                .iter()
                .map(|u| {
                    if by_bytes {
                        human_bytes(u.1)
                    } else if by_secs {
                        human_seconds(lang, u.2)
                    } else {
                        u.0.to_string()
                    }
                })
                .collect(),
            own_scale: true,
        };
        let title = crate::tr!(lang, "chart-service-title", service = &s.name);
        let series = if s.kind.has_usage() {
            vec![charges, usage_series]
        } else {
            vec![charges]
        };
        out.push((
            s.id.clone(),
            BarChart {
                title,
                groups: ps.iter().map(|p| p.to_string()).collect(),
                series,
                marks,
                axis: cur.clone(),
            },
            idle,
        ));
    }
    out
}

/// Debits against bill totals per billing period: the debits the matcher paired with each
/// bill, plus carrier-bound debits that no bill explains (in the month they were taken,
/// marked).
pub fn payments_chart(audit: &Audit) -> Option<BarChart> {
    let lang = audit.lang;
    let m = &audit.matched;
    if m.carrier_txs.is_empty() {
        return None;
    }
    let mut ps: BTreeSet<Period> = m.bills.keys().copied().collect();
    let unbilled: Vec<(Period, Decimal)> = m
        .unpaired_debits
        .iter()
        .filter_map(|i| m.transactions.get(*i))
        .map(|t| (Period::of(t.date.date()), -t.amount))
        .collect();
    ps.extend(unbilled.iter().map(|(p, _)| *p));
    let ps: Vec<Period> = ps.into_iter().collect();
    let billed: Vec<Decimal> = ps
        .iter()
        .map(|p| m.bills.get(p).map(|b| b.amount).unwrap_or_default())
        .collect();
    let paid: Vec<Decimal> = ps
        .iter()
        .map(|p| {
            m.payments
                .iter()
                .filter(|x| x.period == *p)
                .map(|x| x.paid)
                .sum::<Decimal>()
        })
        .collect();
    let extra: Vec<Decimal> = ps
        .iter()
        .map(|p| {
            unbilled
                .iter()
                .filter(|(q, _)| q == p)
                .map(|(_, a)| *a)
                .sum::<Decimal>()
        })
        .collect();
    let marks = extra
        .iter()
        .map(|x| {
            (!x.is_zero()).then(|| Mark {
                class: "unbilled",
                label: crate::tr!(lang, "chart-unbilled-debit"),
            })
        })
        .collect();
    let series = |name: &str, color: &'static str, v: &[Decimal]| Series {
        name: name.to_string(),
        color,
        values: v.iter().map(|d| dec(*d)).collect(),
        labels: v.iter().map(|d| crate::i18n::group_thousands(*d)).collect(),
        own_scale: false,
    };
    Some(BarChart {
        title: crate::tr!(lang, "chart-payments-title"),
        groups: ps.iter().map(|p| p.to_string()).collect(),
        series: vec![
            series(&crate::tr!(lang, "chart-billed"), "#3b6ea5", &billed),
            series(&crate::tr!(lang, "chart-debited"), "#d9822b", &paid),
            series(&crate::tr!(lang, "chart-debit-no-bill"), "#b00020", &extra),
        ],
        marks,
        axis: audit.config.account.currency.clone(),
    })
}

/// Whether a month of a service has usage rows that could not be read (see
/// [`crate::matcher::unread`]): not "no records".
fn unreadable(m: &crate::matcher::Matched, service: &str, p: Period) -> bool {
    m.unread_usage
        .iter()
        .any(|u| u.service == service && u.period == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_is_deterministic() {
        let c = BarChart {
            title: "<script>alert(1)</script>".into(),
            groups: vec!["2025-01".into(), "2025-02".into()],
            series: vec![Series {
                name: "a&b".into(),
                color: "#000",
                values: vec![1.0, 0.0],
                labels: vec!["1".into(), "0".into()],
                own_scale: false,
            }],
            marks: vec![
                None,
                Some(Mark {
                    class: "idle",
                    label: "idle".into(),
                }),
            ],
            axis: "CNY".into(),
        };
        let a = c.svg("x");
        assert_eq!(a, c.svg("x"));
        assert!(!a.contains("<script>"));
        assert!(a.contains("&lt;script&gt;"));
        assert!(a.contains("a&amp;b"));
        assert_eq!(a.matches("class=\"mark idle\"").count(), 1);
        assert_eq!(nice(258.0), 300.0);
        assert_eq!(f(1.25), "1.3");
    }

    fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    /// Every text inside the chart and apart from every other, every bar inside the plot,
    /// every value label inside the plot and below the mark labels.
    fn check_layout(c: &BarChart) -> Result<(), String> {
        let l = c.layout();
        let (px0, py0, px1, py1) = (LEFT, TOP, W - RIGHT, H - BOTTOM);
        for b in &l.bars {
            if !(b.x >= px0 && b.x + b.w <= px1 && b.y >= py0 && b.y + b.h <= py1 + 1e-9)
                || b.h.is_nan()
                || b.h < 0.0
            {
                return Err(format!(
                    "bar {} {} outside the plot: {} {} {} {}",
                    b.class, b.group, b.x, b.y, b.w, b.h
                ));
            }
        }
        for (i, a) in l.labels.iter().enumerate() {
            let bb = a.bbox();
            if !(bb.0 >= 0.0 && bb.1 >= 0.0 && bb.2 <= W && bb.3 <= H) {
                return Err(format!(
                    "{} {:?} outside the chart: {bb:?}",
                    a.class, a.text
                ));
            }
            if !(a.len > 0.0 || a.text.is_empty()) || !a.len.is_finite() {
                return Err(format!("{} {:?}: length {}", a.class, a.text, a.len));
            }
            if a.class == "val"
                && !(bb.0 >= px0 && bb.2 <= px1 && bb.1 >= TOP + BAND && bb.3 <= py1)
            {
                return Err(format!("value {:?} outside the plot: {bb:?}", a.text));
            }
            for b in &l.labels[i + 1..] {
                if overlap(bb, b.bbox()) {
                    return Err(format!(
                        "{} {:?} {bb:?} overlaps {} {:?} {:?}",
                        a.class,
                        a.text,
                        b.class,
                        b.text,
                        b.bbox()
                    ));
                }
            }
        }
        Ok(())
    }

    fn chart(
        values: &[Vec<f64>],
        marks: &[Option<&'static str>],
        titles: (&str, &str),
    ) -> BarChart {
        let n = values.first().map(|v| v.len()).unwrap_or(0);
        let names = [
            "月费用",
            "data used (scaled)",
            "无账单扣款 debit with no bill",
        ];
        BarChart {
            title: titles.0.to_string(),
            groups: (0..n)
                .map(|i| format!("{}-{:02}", 2024 + i / 12, i % 12 + 1))
                .collect(),
            series: values
                .iter()
                .enumerate()
                .map(|(si, v)| Series {
                    name: names[si % 3].to_string(),
                    color: "#3b6ea5",
                    values: v.clone(),
                    labels: v
                        .iter()
                        .map(|x| {
                            let d = Decimal::from_f64_retain(*x).unwrap_or_default().round_dp(2);
                            crate::i18n::group_thousands(d)
                        })
                        .collect(),
                    own_scale: si == 1,
                })
                .collect(),
            marks: (0..n)
                .map(|i| {
                    marks.get(i).copied().flatten().map(|class| Mark {
                        class,
                        label: match class {
                            "idle" => "闲置".to_string(),
                            _ => "unbilled debit 无账单扣款".to_string(),
                        },
                    })
                })
                .collect(),
            axis: titles.1.to_string(),
        }
    }

    #[test]
    fn planted_hard_charts_lay_out_cleanly() {
        // The demo's shape, a huge and a tiny amount side by side, the largest Decimal,
        // zeros only, one group, many groups, a long title.
        let cases: Vec<Vec<Vec<f64>>> = vec![
            vec![
                vec![258.0; 10],
                vec![36e9, 29e9, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
            ],
            vec![vec![12_345_678.9, 0.01, 258.0, 99_999_999_999.99]; 3],
            vec![vec![7.922_816_251_426_434e28, 1.0]],
            vec![vec![0.0; 12]; 2],
            vec![vec![1_648.0]],
            vec![(0..36).map(|i| (i * 1013) as f64).collect(); 3],
            vec![vec![f64::NAN, f64::INFINITY, -5.0, 3.0]],
        ];
        for v in &cases {
            let n = v[0].len();
            let marks: Vec<Option<&'static str>> = (0..n)
                .map(|i| match i % 3 {
                    0 => Some("idle"),
                    1 => Some("unbilled"),
                    _ => None,
                })
                .collect();
            let c = chart(v, &marks, ("企业宽带 200M 专线（杭州某某科技有限公司）：每月费用与使用量 monthly charges against usage, a very long title indeed", "CNY"));
            check_layout(&c).unwrap();
            let svg = c.svg("t");
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Charts of 1 to 40 groups and 1 to 3 series, amounts from a cent to 10^20 and
        /// zeros: the layout holds.
        #[test]
        fn any_chart_lays_out_cleanly(
            groups in 1usize..40,
            series in 1usize..4,
            seed in proptest::collection::vec((0u32..22, 1u32..1000), 120),
            marks in proptest::collection::vec(0u8..3, 40),
        ) {
            let values: Vec<Vec<f64>> = (0..series)
                .map(|s| {
                    (0..groups)
                        .map(|g| {
                            let (exp, m) = seed[(s * 40 + g) % seed.len()];
                            if exp == 0 { 0.0 } else { m as f64 * 10f64.powi(exp as i32 - 3) }
                        })
                        .collect()
                })
                .collect();
            let marks: Vec<Option<&'static str>> = marks
                .iter()
                .map(|m| match m {
                    0 => None,
                    1 => Some("idle"),
                    _ => Some("unbilled"),
                })
                .collect();
            let c = chart(&values, &marks, ("每期账单金额与实际扣款", "USD"));
            if let Err(e) = check_layout(&c) {
                proptest::prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn axis_values_are_compact() {
        assert_eq!(compact(0.0), "0");
        assert_eq!(compact(150.0), "150");
        assert_eq!(compact(2.5), "2.5");
        assert_eq!(compact(12_500.0), "12.5k");
        assert_eq!(compact(30_000_000.0), "30M");
        assert_eq!(compact(8e28), "8.0e28");
    }
}
