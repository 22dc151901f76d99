//! China Mobile's monthly bill e-mail (139 mailbox): an HTML fee table whose parent rows
//! are the fee categories (套餐及固定费用, 语音通信费, 上网费, 短/彩信费, 增值业务费,
//! 代收费业务费, 其他费用, 优惠及减免) and whose child rows, under each parent, are the
//! items billed.
//!
//! The items are the bill lines; a category without items is a bill line itself. Each
//! category's stated subtotal is checked against its items, and the stated total
//! (本期费用合计) against all lines. The billing period comes from the mail (计费周期,
//! 账期, or the subject's `2025年06月…账单`) and is never guessed: a bill without one is
//! refused. Rows before the fee table (账户信息) and after its total are counted skips.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::html::Row;
use crate::import::{preamble_period, FileReport, ImportError, Reconcile, Sink};
use crate::model::{normalize_number, BillLine, BillTotal, Period, RecordKind, SourceRef};
use crate::parse::parse_amount;

/// The fee categories (parent rows), with the spellings seen.
const CATEGORIES: &[&str] = &[
    "套餐及固定费用",
    "套餐及固定费",
    "语音通信费",
    "上网费",
    "短/彩信费",
    "短彩信费",
    "短信彩信费",
    "增值业务费",
    "代收费业务费",
    "代收业务费",
    "其他费用",
    "优惠及减免",
];

fn is_category(cell: &str) -> bool {
    CATEGORIES.contains(&cell.trim())
}

fn is_total(cell: &str) -> bool {
    matches!(
        cell.trim(),
        "本期费用合计" | "本月费用合计" | "本期消费合计" | "费用合计" | "合计" | "本期应缴"
    )
}

fn first_cell(row: &Row) -> &str {
    row.cells
        .iter()
        .map(String::as_str)
        .find(|c| !c.is_empty())
        .unwrap_or("")
}

/// The amount of a row: its last cell that is a number (under a trillion: a bill's
/// amounts are, and their sums then cannot overflow).
fn amount(row: &Row) -> Option<Decimal> {
    let limit = Decimal::from(1_000_000_000_000i64);
    row.cells
        .iter()
        .skip(1)
        .rev()
        .find_map(|c| parse_amount(c))
        .filter(|a| a.abs() < limit)
}

/// Whether `rows` look like a China Mobile bill: at least three fee-category rows.
/// China Mobile's bill mail, registered in [`crate::import::formats::FORMATS`].
pub(crate) static LAYOUTS: &[crate::import::formats::MailLayout] =
    &[crate::import::formats::MailLayout {
        id: "cmcc-bill-mail",
        recognise,
        read: import,
    }];

fn recognise(rows: &[Row]) -> bool {
    rows.iter().filter(|r| is_category(first_cell(r))).count() >= 3
}

static SUBJECT_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月[^，,。]{0,8}账单").expect("valid regex")
});

/// The billing period the mail states.
fn period(rows: &[Row], context: &[String]) -> Option<Period> {
    let lines: Vec<String> = rows.iter().map(|r| r.cells.join(" ")).collect();
    preamble_period(&lines).or_else(|| {
        context.iter().chain(&lines).find_map(|t| {
            let c = SUBJECT_PERIOD.captures(t)?;
            Period::new(c[1].parse().ok()?, c[2].parse().ok()?)
        })
    })
}

/// The phone number the bill is for (手机号码 row), where it is shown whole.
fn number(rows: &[Row]) -> Option<String> {
    rows.iter().find_map(|r| {
        let label = first_cell(r);
        if !matches!(label, "手机号码" | "服务号码" | "号码" | "计费号码") {
            return None;
        }
        let n = normalize_number(r.cells.iter().skip(1).find(|c| !c.is_empty())?);
        (n.len() == 11 && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
    })
}

/// One category and the items under it.
struct Group {
    row: usize,
    name: String,
    stated: Option<Decimal>,
    items: Vec<(usize, String, Decimal)>,
}

fn import(
    rows: &[Row],
    context: &[String],
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let Some(period) = period(rows, context) else {
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("cmcc-no-period"),
        });
    };
    report.format = Some("cmcc-bill-mail".into());
    report.kind = Some(RecordKind::BillLines);
    let number = number(rows);
    let mut out = Lines {
        period,
        number,
        sink,
        total: Decimal::ZERO,
    };
    let mut group: Option<Group> = None;
    let mut state = Region::Before;
    for (i, row) in rows.iter().enumerate() {
        report.rows += 1;
        let first = first_cell(row);
        if state == Region::Before && !is_category(first) {
            report.skip(crate::msg!("skip-account-info"));
            continue;
        }
        if state == Region::After {
            report.skip(crate::msg!("skip-after-bill-total"));
            continue;
        }
        state = Region::Fees;
        if is_category(first) {
            if let Some(g) = group.take() {
                out.close(g, report);
            }
            group = Some(Group {
                row: i,
                name: first.to_string(),
                stated: amount(row),
                items: Vec::new(),
            });
            report.skip(crate::msg!("skip-fee-category"));
        } else if is_total(first) {
            if let Some(g) = group.take() {
                out.close(g, report);
            }
            state = Region::After;
            out.stated_total(i, amount(row), report);
        } else if let Some(a) = amount(row) {
            match group.as_mut() {
                Some(g) => {
                    g.items.push((i, first.to_string(), a));
                    // Counted as a record when the group closes and the line is sent.
                }
                None => report.skip(crate::msg!("skip-row-without-fee-category")),
            }
        } else {
            report.skip(crate::msg!("skip-row-without-amount"));
        }
    }
    if let Some(g) = group.take() {
        out.close(g, report);
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    Before,
    Fees,
    After,
}

/// Sends the bill lines and keeps their sum.
struct Lines<'a> {
    period: Period,
    number: Option<String>,
    sink: &'a mut dyn Sink,
    total: Decimal,
}

impl Lines<'_> {
    fn send(&mut self, row: usize, item: String, amount: Decimal, report: &mut FileReport) {
        report.records += 1;
        self.total = self.total.checked_add(amount).unwrap_or(self.total);
        self.sink.bill_line(BillLine {
            currency: None,
            period: self.period,
            item,
            amount,
            number: self.number.clone(),
            source: SourceRef::new(report.file.clone(), row as u64 + 1),
        });
    }

    /// A category ends: its items are the lines (or the category itself, without items),
    /// and their sum is checked against the category's stated subtotal.
    fn close(&mut self, g: Group, report: &mut FileReport) {
        if g.items.is_empty() {
            // The category row was counted as a skip; it is the record instead.
            if let Some(a) = g.stated {
                uncount(report, &crate::msg!("skip-fee-category"));
                self.send(g.row, g.name, a, report);
            }
            return;
        }
        let mut sum = Decimal::ZERO;
        for (_, _, a) in &g.items {
            sum = sum.checked_add(*a).unwrap_or(sum);
        }
        if let Some(stated) = g.stated {
            report.reconciliation.push(Reconcile::amounts(
                crate::msg!("reconcile-items-of", name = &g.name),
                stated,
                sum,
            ));
        }
        for (row, item, a) in g.items {
            self.send(row, item, a, report);
        }
    }

    fn stated_total(&mut self, row: usize, amount: Option<Decimal>, report: &mut FileReport) {
        let Some(a) = amount else {
            report.skip(crate::msg!("skip-total-without-amount"));
            return;
        };
        report.skip(crate::msg!("skip-stated-total"));
        report.reconciliation.push(Reconcile::amounts(
            crate::msg!("verbatim", text = "本期费用合计"),
            a,
            self.total,
        ));
        self.sink.bill_total(BillTotal {
            currency: None,
            period: self.period,
            amount: a,
            number: self.number.clone(),
            source: SourceRef::new(report.file.clone(), row as u64 + 1),
        });
    }
}

fn uncount(report: &mut FileReport, reason: &crate::i18n::Msg) {
    if let Some(n) = report.skipped.get_mut(reason) {
        *n -= 1;
        if *n == 0 {
            report.skipped.remove(reason);
        }
    }
}
