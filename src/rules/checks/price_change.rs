use std::collections::{BTreeMap, HashMap};

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::price_above_contract::allocate;
use super::{emit, line_evidence, validate_as, Check, Draft};
use crate::model::{normalize_number, LineKind, Period};
use crate::rules::{Ctx, Finding, Rule};

#[doc = include_str!("price_change.md")]
#[derive(Debug)]
pub struct PriceChange;

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Params {
    /// Report price decreases too (not disputed).
    decreases: bool,
}

/// The place in a numbered series ("Installment 5 of 36", "分期第5期", "第 5/12 期"): the
/// series is one recurring item, whatever the place.
static SERIES_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(installment|instalment|payment|pmt|month)\s*#?\s*\d+\s*(of|/)|第\s*\d+\s*(期|/)|\d+\s*/\s*(\d+\s*期)|(分期)\s*\d+")
        .expect("valid regex")
});

/// The key a recurring item is recognised by from month to month: its number, and its
/// text with spaces collapsed and the place in a numbered series left out.
pub(super) fn item_key(item: &str, number: Option<&str>) -> (String, String) {
    (
        number.map(normalize_number).unwrap_or_default(),
        item_text(item),
    )
}

/// [`item_key`] for the lines of a bill, the text of each distinct item worked out once: a
/// bill repeats the same few items on every line and in every month.
#[derive(Default)]
pub(super) struct ItemKeys<'a> {
    texts: HashMap<&'a str, String>,
}

impl<'a> ItemKeys<'a> {
    pub fn key(&mut self, item: &'a str, number: Option<&str>) -> (String, String) {
        let text = self.texts.entry(item).or_insert_with(|| item_text(item));
        (
            number.map(normalize_number).unwrap_or_default(),
            text.clone(),
        )
    }
}

/// The text part of [`item_key`].
fn item_text(item: &str) -> String {
    let text = item.split_whitespace().collect::<Vec<_>>().join(" ");
    // Every place holds a digit (`\d`, each of which is numeric): an item without one is
    // not in a series, and needs no search (nor the pattern compiled, which costs more).
    if !text.chars().any(char::is_numeric) {
        return text;
    }
    SERIES_PLACE
        .replace_all(&text, |c: &regex::Captures<'_>| {
            let whole = &c[0];
            match (c.get(1), c.get(4), c.get(5)) {
                (Some(w), _, _) => {
                    format!("{} # {}", w.as_str(), c.get(2).map_or("", |m| m.as_str()))
                }
                (_, Some(rest), _) => format!("#/{}", rest.as_str()),
                (_, _, Some(w)) => format!("{}#", w.as_str()),
                _ if whole.starts_with('第') => {
                    format!("第#{}", c.get(3).map_or("", |m| m.as_str()))
                }
                _ => whole.to_string(),
            }
        })
        .into_owned()
}

impl Check for PriceChange {
    fn name(&self) -> &'static str {
        "price-change"
    }
    fn doc(&self) -> &'static str {
        include_str!("price_change.md")
    }
    fn validate(&self, params: &toml::Table) -> Result<(), String> {
        validate_as::<Params>(params)
    }
    fn run(&self, rule: &Rule, ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
        let p: Params = rule.params();
        let m = ctx.matched;
        let cur = &ctx.config.account.currency;
        // Positive lines per (number, item) and period.
        let mut series: BTreeMap<(String, String), BTreeMap<Period, Vec<usize>>> = BTreeMap::new();
        let copies = ctx.duplicate_copies();
        // Recurring charges only: usage fees vary with use.
        let recurring = m.charges().filter(|l| l.kind == LineKind::Charge);
        let mut keys = ItemKeys::default();
        for (i, l, service) in recurring.map(|l| (l.id, l.line, l.service)) {
            let kind = service.map(|s| ctx.config.services[s].kind);
            if copies.contains(&i) || !rule.filter.item_ok(&l.item) || !rule.filter.kind_ok(kind) {
                continue;
            }
            series
                .entry(keys.key(&l.item, l.number.as_deref()))
                .or_default()
                .entry(l.period)
                .or_default()
                .push(i);
        }
        for ((_, item), periods) in &series {
            for (period, lines) in periods {
                let Some(prev_lines) = periods.get(&period.prev()) else {
                    continue;
                };
                let now: Decimal = lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                let before: Decimal = prev_lines.iter().map(|i| m.bill_lines[*i].amount).sum();
                let change = now - before;
                if change.is_zero() || (change < Decimal::ZERO && !p.decreases) {
                    continue;
                }
                let service = lines
                    .first()
                    .and_then(|i| m.service_of(*i))
                    .map(|s| &ctx.config.services[s]);
                // A first bill of a service started mid-month is pro rata, not a price.
                if let Some(start) = service.and_then(|s| s.start) {
                    if Period::of(start) == period.prev() && start != period.prev().first_day() {
                        continue;
                    }
                }
                if !rule.filter.amount_ok(change.abs()) {
                    continue;
                }
                let mut d = Draft::new(change);
                d.period = Some(*period);
                d.service = service.map(|s| s.id.as_str());
                d.item = Some(item.clone());
                d.evidence = prev_lines
                    .iter()
                    .chain(lines)
                    .map(|i| line_evidence(ctx, *i))
                    .collect();
                if change > Decimal::ZERO {
                    d.disputes = allocate(lines, |i| m.bill_lines[i].amount, change);
                }
                d.vars.push(("previous", period.prev().to_string()));
                d.vars.push(("before", ctx.lang.money(before, cur)));
                d.vars.push(("now", ctx.lang.money(now, cur)));
                emit(rule, ctx, d, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {

    use crate::rules::checks::testkit::{brief, findings, matched, ACCOUNT};

    #[test]
    fn a_pro_rata_first_month_is_not_a_price_change() {
        let cfg = format!("{ACCOUNT}[[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\nstart = \"2025-01-16\"\n");
        let lines = [
            ("2025-01", "套餐月费", "29.00"),
            ("2025-02", "套餐月费", "58.00"),
            ("2025-03", "套餐月费", "68.00"),
        ];
        let (c, m) = matched(&cfg, &lines, &[]);
        let (f, total) = findings("price-change", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-03".into(), "10.00".into())]);
        assert_eq!(total, "10.00");
        // Started on the 1st: January is a full month and February's change counts.
        let cfg = cfg.replace("2025-01-16", "2025-01-01");
        let (c, m) = matched(&cfg, &lines, &[]);
        assert_eq!(findings("price-change", None, &c, &m).0.len(), 2);
    }

    #[test]
    fn a_numbered_series_is_one_item() {
        use super::item_key;
        for (a, b) in [
            ("Installment 5 of 36", "Installment 6 of 36"),
            ("Device payment 12/24", "Device payment 13/24"),
            ("手机分期第5期", "手机分期第6期"),
            ("终端款 第 5/12 期", "终端款 第 6/12 期"),
            ("合约机 5/12期", "合约机 6/12期"),
            // Full-width digits are digits too.
            ("手机分期第５期", "手机分期第６期"),
        ] {
            assert_eq!(item_key(a, None), item_key(b, None), "{a} / {b}");
        }
        assert_ne!(
            item_key("Installment 5 of 36", None),
            item_key("Installment 5 of 24", None)
        );
        // An item without a digit keeps its text, spaces collapsed.
        assert_eq!(
            item_key(" 套餐  月租费 ", Some("86 138-0010-0000")),
            ("13800100000".into(), "套餐 月租费".into())
        );
        let lines = [
            ("2025-01", "Installment 5 of 36", "30.00"),
            ("2025-02", "Installment 6 of 36", "30.00"),
            ("2025-03", "Installment 7 of 36", "35.00"),
        ];
        let (c, m) = matched(ACCOUNT, &lines, &[]);
        let (f, total) = findings("price-change", None, &c, &m);
        assert_eq!(brief(&f), vec![("2025-03".into(), "5.00".into())]);
        assert_eq!(total, "5.00");
        assert!(findings("new-charge", None, &c, &m).0.is_empty());
    }

    #[test]
    fn decreases_only_on_request_and_never_disputed() {
        let lines = [
            ("2025-01", "来电显示", "8.00"),
            ("2025-02", "来电显示", "5.00"),
            ("2025-04", "来电显示", "9.00"),
        ];
        let (c, m) = matched(ACCOUNT, &lines, &[]);
        // 2025-03 is missing, so 2025-04 has no previous month to compare with.
        assert!(findings("price-change", None, &c, &m).0.is_empty());
        let (f, total) = findings("price-change", Some("decreases = true"), &c, &m);
        assert_eq!(brief(&f), vec![("2025-02".into(), "-3.00".into())]);
        assert_eq!(total, "0");
    }
}
