//! Inline SVG charts for the evidence pack, drawn by our own code: per service, monthly
//! charges against usage with idle months marked; debits against bill totals. The output
//! is deterministic (fixed coordinates, no randomness, no clock) so it can be snapshot-tested,
//! and every text in it is escaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::i18n::{human_bytes, human_seconds, Lang};
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

fn f(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

impl BarChart {
    /// The chart as an `<svg>` element.
    pub fn svg(&self, id: &str) -> String {
        let e = xml_escape;
        let n = self.groups.len().max(1) as f64;
        let plot_w = W - LEFT - RIGHT;
        let plot_h = H - TOP - BOTTOM;
        let gw = plot_w / n;
        let shared_max = self
            .series
            .iter()
            .filter(|s| !s.own_scale)
            .flat_map(|s| s.values.iter().copied())
            .fold(0.0_f64, f64::max);
        let shared_max = if shared_max > 0.0 {
            nice(shared_max)
        } else {
            1.0
        };
        let mut o = String::new();
        let _ = write!(
            o,
            r#"<svg xmlns="http://www.w3.org/2000/svg" id="{}" class="chart" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-labelledby="{}-t">"#,
            e(id),
            f(W),
            f(H),
            f(W),
            f(H),
            e(id)
        );
        let _ = write!(o, r#"<title id="{}-t">{}</title>"#, e(id), e(&self.title));
        let _ = write!(
            o,
            r##"<defs><pattern id="{}-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#fde8e8"/><line x1="0" y1="0" x2="0" y2="8" stroke="#e8a0a0" stroke-width="3"/></pattern></defs>"##,
            e(id)
        );
        let _ = write!(
            o,
            r##"<text x="{}" y="20" class="ct" font-size="15" font-weight="bold" fill="#222">{}</text>"##,
            f(LEFT),
            e(&self.title)
        );
        // Marks behind the bars.
        for (i, m) in self.marks.iter().enumerate() {
            let Some(m) = m else { continue };
            let x = LEFT + gw * i as f64;
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
                f(x + 1.0),
                f(TOP),
                f(gw - 2.0),
                f(plot_h),
                fill
            );
            let color = if m.class == "idle" { "#b00020" } else { "#555" };
            let _ = write!(
                o,
                r#"<text class="mark-label" x="{}" y="{}" text-anchor="middle" font-size="11" font-weight="bold" fill="{}">{}</text>"#,
                f(x + gw / 2.0),
                f(TOP + 12.0),
                color,
                e(&m.label)
            );
        }
        // Axis and grid.
        for k in 0..=4 {
            let v = shared_max * k as f64 / 4.0;
            let y = TOP + plot_h - plot_h * k as f64 / 4.0;
            let _ = write!(
                o,
                r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#ccc" stroke-width="1"/>"##,
                f(LEFT),
                f(y),
                f(W - RIGHT),
                f(y)
            );
            let _ = write!(
                o,
                r##"<text x="{}" y="{}" text-anchor="end" font-size="10" fill="#444">{}</text>"##,
                f(LEFT - 6.0),
                f(y + 3.0),
                f(v)
            );
        }
        let _ = write!(
            o,
            r##"<text x="12" y="{}" font-size="10" fill="#444" transform="rotate(-90 12 {})" text-anchor="middle">{}</text>"##,
            f(TOP + plot_h / 2.0),
            f(TOP + plot_h / 2.0),
            e(&self.axis)
        );
        // Bars.
        let ns = self.series.len().max(1) as f64;
        let inner = gw * 0.8;
        let bw = inner / ns;
        for (si, s) in self.series.iter().enumerate() {
            let max = if s.own_scale {
                let m = s.values.iter().copied().fold(0.0_f64, f64::max);
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
                let h = (plot_h * v / max).max(0.0);
                let y = TOP + plot_h - h;
                let idle =
                    matches!(self.marks.get(gi), Some(Some(m)) if m.class == "idle") && si == 0;
                let fill = if idle { "#b00020" } else { s.color };
                let label = s.labels.get(gi).cloned().unwrap_or_default();
                let _ = write!(
                    o,
                    r#"<rect class="bar s{si}{}" data-group="{}" x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{} {}: {}</title></rect>"#,
                    if idle { " idle-bar" } else { "" },
                    e(self.groups.get(gi).map(String::as_str).unwrap_or("")),
                    f(x),
                    f(y),
                    f((bw - 2.0).max(1.0)),
                    f(h),
                    fill,
                    e(self.groups.get(gi).map(String::as_str).unwrap_or("")),
                    e(&s.name),
                    e(&label)
                );
                if !label.is_empty() && bw >= 18.0 {
                    let _ = write!(
                        o,
                        r##"<text x="{}" y="{}" text-anchor="middle" font-size="8" fill="#333">{}</text>"##,
                        f(x + (bw - 2.0) / 2.0),
                        f((y - 3.0).max(TOP + 22.0)),
                        e(&label)
                    );
                }
            }
        }
        // Group labels.
        for (i, g) in self.groups.iter().enumerate() {
            let _ = write!(
                o,
                r##"<text x="{}" y="{}" text-anchor="middle" font-size="10" fill="#222">{}</text>"##,
                f(LEFT + gw * i as f64 + gw / 2.0),
                f(TOP + plot_h + 14.0),
                e(g)
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
        // Legend.
        let mut lx = LEFT;
        let ly = H - 22.0;
        for (si, s) in self.series.iter().enumerate() {
            let _ = write!(
                o,
                r#"<rect x="{}" y="{}" width="12" height="12" fill="{}"/>"#,
                f(lx),
                f(ly - 10.0),
                s.color
            );
            let name = s.name.clone();
            let _ = write!(
                o,
                r##"<text class="legend s{si}" x="{}" y="{}" font-size="11" fill="#222">{}</text>"##,
                f(lx + 16.0),
                f(ly),
                e(&name)
            );
            lx += 24.0
                + 7.0
                    * name
                        .chars()
                        .map(|c| if c.is_ascii() { 1.0 } else { 1.8 })
                        .sum::<f64>();
        }
        o.push_str("</svg>");
        o
    }
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
                    label: lang.pick("闲置", "閒置", "idle").to_string(),
                }));
            } else if !covered && !used {
                marks.push(Some(Mark {
                    class: "nodata",
                    label: lang.pick("无详单", "無詳單", "no records").to_string(),
                }));
            } else {
                marks.push(None);
            }
        }
        let cur = &audit.config.account.currency;
        let charges = Series {
            name: lang.pick("月费用", "月費用", "charged").to_string(),
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
                lang.pick("流量（按比例）", "流量（按比例）", "data used (scaled)")
            } else if by_secs {
                lang.pick("时长（按比例）", "時長（按比例）", "time used (scaled)")
            } else {
                lang.pick(
                    "使用记录（按比例）",
                    "使用記錄（按比例）",
                    "usage records (scaled)",
                )
            }
            .to_string(),
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
        let title = match lang {
            Lang::ZhCn => format!("{}：每月费用与使用量", s.name),
            Lang::ZhTw => format!("{}：每月費用與使用量", s.name),
            Lang::En => format!("{}: monthly charges against usage", s.name),
        };
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
                label: lang
                    .pick("无账单扣款", "無帳單扣款", "unbilled debit")
                    .to_string(),
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
        title: lang
            .pick(
                "每期账单金额与实际扣款",
                "每期帳單金額與實際扣款",
                "Bill totals against debits, per billing period",
            )
            .to_string(),
        groups: ps.iter().map(|p| p.to_string()).collect(),
        series: vec![
            series(
                lang.pick("账单金额", "帳單金額", "billed"),
                "#3b6ea5",
                &billed,
            ),
            series(
                lang.pick("对应扣款", "對應扣款", "debited for the bill"),
                "#d9822b",
                &paid,
            ),
            series(
                lang.pick("无账单扣款", "無帳單扣款", "debit with no bill"),
                "#b00020",
                &extra,
            ),
        ],
        marks,
        axis: audit.config.account.currency.clone(),
    })
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
}
