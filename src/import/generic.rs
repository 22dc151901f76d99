//! The generic layouts: bill lines, usage records and transactions, recognised by their
//! header row and read row by row into the model.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use chrono::{NaiveDateTime, NaiveTime};
use regex::Regex;
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;

use super::header::{header_base, header_is, header_unit, map_columns, normalize_header, Field};
use crate::model::{
    BillLine, BillTotal, Period, RecordKind, SourceRef, Transaction, UsageKind, UsageRecord,
};
use crate::parse::{
    bare_integer, clean, date_without_year, decimal_mark_of, is_placeholder, parse_amount,
    parse_amount_with, parse_datetime, parse_duration, parse_period, parse_time, parse_volume,
    plain_amount, DateMemo, DecimalMark, DurationUnit, MarkEvidence, VolumeUnit,
};
use crate::short_text::ShortText;

/// A CJK ideograph (a Chinese header word).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// One row of a table, whatever the container (CSV record or spreadsheet row).
pub trait RowView {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn text(&self, i: usize) -> Cow<'_, str>;
    /// The cell's bytes as read, where the row is text (CSV): the hot parsers try their
    /// fast path for a plain ASCII value (`2025-08-01 12:30:05`, `75`, `258.00`) on these
    /// before `text`. Such a fast path answers only where the general path would give the
    /// same value (see the property tests in `parse`).
    fn raw(&self, _i: usize) -> Option<&[u8]> {
        None
    }
    /// A numeric cell (spreadsheets only).
    fn number(&self, _i: usize) -> Option<f64> {
        None
    }
    /// A date/time cell (spreadsheets only).
    fn datetime(&self, _i: usize) -> Option<NaiveDateTime> {
        None
    }
    fn is_blank(&self) -> bool {
        (0..self.len()).all(|i| clean(&self.text(i)).is_empty())
    }
}

impl RowView for csv::StringRecord {
    fn len(&self) -> usize {
        csv::StringRecord::len(self)
    }
    fn text(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.get(i).unwrap_or(""))
    }
}

impl RowView for Vec<String> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn text(&self, i: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.get(i).map(String::as_str).unwrap_or(""))
    }
}

/// What became of one row.
#[derive(Debug)]
pub enum Outcome {
    Bill(BillLine),
    Total(BillTotal),
    Usage(UsageRecord),
    Tx(Transaction),
    Skip(crate::i18n::Msg),
    /// A row that could not be read: the 0-based column and what was expected.
    Error {
        col: usize,
        message: crate::i18n::Msg,
    },
    /// A date like `8/10/2016` before any row showed the day/month order, in a layout that
    /// may look ahead: the reader keeps the row and reads it again once a later row shows it.
    Defer,
}

static SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
    // Also closing notes: CIB's `说明 | 交易明细涉及您的个人隐私…`, CMB's `# 收入合计: 5 笔`.
    Regex::new(r"(?i)^(#|说明$|交易明细涉及您的个人隐私|合计|总计|小计|汇总|本期合计|本月合计|total|grand total|subtotal|以上数据|仅供参考|特别提示|导出时间|共\s*\d+\s*笔|人民币合计|合计金额|已收入|已支出|待收入|待支出|(?:收入|支出|其他|不计收支|中性交易)\s*[:：]\s*\d*[x\d]*\s*笔|(?:beginning|opening|starting|ending|closing)\s+balance|balance\s+(?:brought\s+|carried\s+)?forward|期初余额|期末余额|承前页|过次页|上页结转)")
        .expect("valid regex")
});

static SLASHED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]+(\S.*))?$").expect("valid regex")
});

static TOTAL_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(合计|总计|本期合计|本月合计|本期费用合计|费用合计|应缴合计|本期应缴|本期应付|total|grand total|total charges|total amount due|total current charges)[:：]?$")
        .expect("valid regex")
});

/// Whether an item name is a bill's stated total rather than a charge.
pub fn is_total_item(item: &str) -> bool {
    TOTAL_ITEM.is_match(clean(item))
}

fn looks_like_summary(row: &dyn RowView) -> bool {
    (0..row.len()).any(|i| SUMMARY.is_match(clean(&row.text(i))))
}

/// What a currency cell that names none was expected to hold.
const CURRENCY_EXPECTED: &str = crate::mid!("expect-currency");

/// Direction of money in a direction column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Out,
    In,
    Neutral,
}

pub fn classify_direction(s: &str) -> Option<Direction> {
    let t = clean(s).to_lowercase();
    let t = t.as_str();
    if t.is_empty() {
        return None;
    }
    if matches!(t, "/" | "不计收支" | "其他" | "neutral") {
        return Some(Direction::Neutral);
    }
    let out = [
        "支出",
        "支",
        "借",
        "出",
        "付款",
        "debit",
        "dr",
        "d",
        "out",
        "withdrawal",
        "借 dr",
        "-",
    ];
    let inn = [
        "收入", "收", "贷", "入", "收款", "存入", "credit", "cr", "c", "in", "deposit", "贷 cr",
        "+",
    ];
    if out.contains(&t) || t.starts_with("借") || t.starts_with("debit") || t.starts_with("支出")
    {
        Some(Direction::Out)
    } else if inn.contains(&t)
        || t.starts_with("贷")
        || t.starts_with("credit")
        || t.starts_with("收入")
    {
        Some(Direction::In)
    } else {
        None
    }
}

/// Statuses that mean no money moved.
pub fn is_closed_status(s: &str) -> bool {
    let t = clean(s).to_lowercase();
    [
        "关闭",
        "失败",
        "撤销",
        "已取消",
        "冲正",
        "closed",
        "failed",
        "cancel",
        "declined",
        "rejected",
        "reverted",
        "void",
    ]
    .iter()
    .any(|k| t.contains(k))
}

/// The kind a usage type cell names, if it names one.
///
/// Usage exports repeat a handful of type texts millions of times: the last few answers
/// are remembered per thread (the function is pure, so this changes nothing but speed).
pub fn classify_usage_kind(s: &str) -> Option<UsageKind> {
    type Memo = std::cell::RefCell<Vec<(Box<str>, Option<UsageKind>)>>;
    thread_local! {
        static MEMO: Memo = const { std::cell::RefCell::new(Vec::new()) };
    }
    const MEMO_SIZE: usize = 16;
    if s.len() > 64 {
        return classify_usage_kind_uncached(s);
    }
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((_, k)) = m.iter().find(|(t, _)| **t == *s) {
            return *k;
        }
        let k = classify_usage_kind_uncached(s);
        if m.len() >= MEMO_SIZE {
            m.remove(0);
        }
        m.push((s.into(), k));
        k
    })
}

fn classify_usage_kind_uncached(s: &str) -> Option<UsageKind> {
    let t = clean(s)
        .chars()
        .map(super::header::simplified)
        .collect::<String>()
        .to_lowercase();
    if t.is_empty() {
        return None;
    }
    let has = |ks: &[&str]| ks.iter().any(|k| t.contains(k));
    if has(&[
        "宽带",
        "宽频",
        "broadband",
        "adsl",
        "ftth",
        "lan",
        "光纤",
        "拨号",
        "fixed",
    ]) {
        Some(UsageKind::Broadband)
    } else if has(&["短信", "彩信", "简讯", "sms", "mms", "text", "信息"]) {
        Some(UsageKind::Sms)
    } else if has(&[
        "流量", "上网", "数据", "gprs", "data", "4g", "5g", "lte", "internet",
    ]) {
        Some(UsageKind::Data)
    } else if has(&[
        "通话", "语音", "主叫", "被叫", "呼叫", "voice", "call", "电话", "长途", "市话", "本地",
        "漫游",
    ]) {
        Some(UsageKind::Voice)
    } else {
        None
    }
}

/// A header row recognised as one of the generic layouts, with its column map and
/// the state carried from row to row.
#[derive(Debug, Clone)]
pub struct Layout {
    pub kind: RecordKind,
    pub format_id: &'static str,
    cols: Vec<(Field, usize)>,
    /// `cols` indexed by field: the first column of each (looked up several times per row).
    by_field: [Option<usize>; FIELD_COUNT],
    headers: Vec<String>,
    volume_unit: VolumeUnit,
    duration_unit: DurationUnit,
    implied_usage: Option<UsageKind>,
    default_period: Option<Period>,
    last_period: Option<Period>,
    /// Minor units of the currency, for rounding spreadsheet floats (2 for CNY).
    pub minor_units: u32,
    /// Conventions of a named format (sign, refunds, dates without a year, …).
    pub opts: FormatOptions,
    /// Data rows counted and summed per direction label, for reconciliation.
    pub stats: BTreeMap<String, (u64, Decimal)>,
    /// What the named format adds to this reader (see [`Hooks`]).
    pub(crate) hooks: &'static dyn Hooks,
    /// What the hooks remember from row to row (ids seen, …).
    memory: Memory,
    /// Columns the hooks read by name (see [`Layout::extra_col`]).
    pub(crate) extra_cols: Vec<(&'static str, usize)>,
    /// Whether `06/05/2025`-style dates in this file are day-first, once a value shows it.
    day_first: std::cell::Cell<Option<bool>>,
    /// This file's decimal mark, once an amount shows it (see [`Layout::amount_text`]).
    decimal: std::cell::Cell<Option<DecimalMark>>,
    /// The header is Chinese: amounts use a decimal point (`1,234` is one thousand…).
    point_by_locale: bool,
    /// Why the last amount of a column could not be read, for its error message.
    amount_problem: std::cell::Cell<Option<(usize, &'static str)>>,
    /// Money columns whose header says they are in 分 (hundredths), e.g. `费用(分)`.
    fen_cols: Vec<usize>,
    /// The last date read by the fast path, reused by the next rows of the same day.
    date_memo: std::cell::Cell<DateMemo>,
    /// The usage kind of each type text seen (`上网`, `国内通话`…): short texts by a key
    /// compared without memcmp, longer ones by their bytes.
    kind_memo: Vec<(ShortText, Option<UsageKind>)>,
    long_kind_memo: Vec<(Box<[u8]>, Option<UsageKind>)>,
    /// The number text of the last usage record, back from the sink: its buffer is reused.
    spare_number: String,
    /// The text of each plain number cell of at most 16 bytes seen (a file names a few
    /// numbers on many rows): each one's UTF-8 is checked once (a lookup costs half the
    /// check).
    number_memo: hashbrown::HashMap<ShortText, Box<str>>,
    /// A row whose slashed date is ambiguous may wait for a later row (see [`Outcome::Defer`]).
    pub look_ahead: bool,
    /// Where the table states its rows' currency (column, amount cells, header).
    pub currency: super::table_currency::TableCurrency,
}

const FIELD_COUNT: usize = Field::Status as usize + 1;

/// How many plain number texts a layout remembers (see `Layout::number_memo`).
const NUMBER_MEMO_SIZE: usize = 4096;

fn index_fields(cols: &[(Field, usize)]) -> [Option<usize>; FIELD_COUNT] {
    let mut by_field = [None; FIELD_COUNT];
    for &(f, i) in cols.iter().rev() {
        by_field[f as usize] = Some(i);
    }
    by_field
}

/// Money columns whose header names 分 / fen / cents as the unit.
fn fen_columns(raw: &[String], cols: &[(Field, usize)]) -> Vec<usize> {
    cols.iter()
        .filter(|(f, _)| {
            matches!(
                f,
                Field::Amount | Field::Fee | Field::Income | Field::Expense
            )
        })
        .filter(|(_, i)| {
            let norm = normalize_header(raw.get(*i).map(String::as_str).unwrap_or(""));
            matches!(header_unit(&norm), Some("分" | "fen" | "cents" | "¢"))
        })
        .map(|(_, i)| *i)
        .collect()
}

/// The conventions of a table that the generic reader cannot guess from its header: set
/// by a named layout's [`crate::import::formats::spec::Spec`] (a built-in format or a profile).
#[derive(Debug, Clone, Default)]
pub struct FormatOptions {
    /// A single amount column where spending is positive (credit-card statements).
    pub spend_positive: bool,
    /// The statement period, for dates without a year (`12/29` in a January statement is
    /// December of the year before).
    pub statement_period: Option<Period>,
    /// Count and sum the data rows per direction (or per the value of this column).
    pub collect_stats: bool,
    pub stats_col: Option<usize>,
    /// Expected date format for chrono (`%d/%m/%Y`), from a profile.
    pub date_format: Option<String>,
    /// Decimal comma (`1.234,56`), from a profile.
    pub decimal_comma: bool,
    /// Rows whose first non-empty cell matches one of these are skipped (profiles).
    pub skip_rows: Vec<Regex>,
    /// More columns whose text is appended to the description (ICBC 摘要 + 交易场所).
    pub more_description: Vec<usize>,
    /// A fee column charged on top of the amount (Revolut): the record is amount − fee.
    pub fee_col: Option<usize>,
    /// The counterparty column of money coming in, where another column names the payee of
    /// money going out (Venmo `From` / `To`).
    pub counterparty_in: Option<usize>,
    /// Columns whose text is added to a bill line's item, each after its label, in brackets:
    /// an SP charge keeps its service, port and provider (`彩铃（业务端口 10658000）`).
    pub item_parts: Vec<(usize, &'static str)>,
    /// The date column to use when the date cell is empty (CMB credit: 记账日 for repayments
    /// without a 交易日).
    pub date_fallback: Option<usize>,
}

/// What a named format adds to the generic reader where its conventions do not say enough
/// (Alipay's refund rules, BOCOM's sign in the description, JD's netted refunds, the totals
/// a file states). Every hook's default changes nothing; a format implements the ones it
/// needs in its own file and names them in its spec.
pub(crate) trait Hooks: Sync + std::fmt::Debug {
    /// A transaction row before its amount is read: skip it with a reason, or read it
    /// (saying whether a neutral or empty direction is a credit). By default a row whose
    /// status says no money moved is skipped.
    fn screen(&self, row: &TxRow<'_>, _memory: &mut Memory) -> Screen {
        skip_closed(row)
    }
    /// The value of an amount cell, from its text and the amount read from it.
    fn amount(&self, _text: &str, value: Decimal) -> Decimal {
        value
    }
    /// Where the layout has no direction column: the direction of the amount in column
    /// `amount_col`, or an error outcome; `None` reads it as written.
    fn sign(
        &self,
        _layout: &Layout,
        _row: &dyn RowView,
        _amount_col: usize,
    ) -> Option<Result<Direction, Outcome>> {
        None
    }
    /// Whether a row counted under `label` adds its amount to that label's stated sum.
    fn in_stated_sum(&self, _layout: &Layout, _row: &dyn RowView, _label: &str) -> bool {
        true
    }
    /// After the last row: compare the totals the file states (in `preamble` or `trailer`)
    /// with what its rows add up to, into `report.reconciliation`.
    fn reconcile(
        &self,
        _layout: &Layout,
        _preamble: &[String],
        _trailer: &[Vec<String>],
        _report: &mut crate::import::FileReport,
    ) {
    }
}

/// The hooks of a layout that needs none.
#[derive(Debug)]
pub(crate) struct NoHooks;

impl Hooks for NoHooks {}

/// A transaction row as [`Hooks::screen`] sees it.
pub(crate) struct TxRow<'a> {
    pub layout: &'a Layout,
    pub row: &'a dyn RowView,
    /// Its status says no money moved (交易关闭, failed, …).
    pub closed: bool,
    pub status: &'a str,
    pub id: Option<&'a str>,
}

/// What becomes of a transaction row before its amount is read.
pub(crate) enum Screen {
    Read { neutral_is_credit: bool },
    Skip(crate::i18n::Msg),
}

/// The default screen: a row whose status says no money moved is skipped.
pub(crate) fn skip_closed(row: &TxRow<'_>) -> Screen {
    if row.closed {
        Screen::Skip(crate::msg!("skip-closed-transaction"))
    } else {
        Screen::Read {
            neutral_is_credit: false,
        }
    }
}

/// What a format's hooks remember from row to row of one file: named sets of ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    sets: BTreeMap<&'static str, std::collections::BTreeSet<String>>,
}

impl Memory {
    pub fn insert(&mut self, set: &'static str, id: &str) {
        self.sets.entry(set).or_default().insert(id.to_string());
    }

    pub fn contains(&self, set: &'static str, id: &str) -> bool {
        self.sets.get(set).is_some_and(|s| s.contains(id))
    }
}

pub(crate) const USAGE_FIELDS: &[Field] = &[
    Field::Start,
    Field::End,
    Field::Duration,
    Field::Volume,
    Field::ServiceType,
    Field::OtherParty,
    Field::MessageType,
    Field::Number,
    Field::Fee,
];
pub(crate) const BILL_FIELDS: &[Field] =
    &[Field::Period, Field::Item, Field::Amount, Field::Number];
pub(crate) const TX_FIELDS: &[Field] = &[
    Field::Date,
    Field::Time,
    Field::Direction,
    Field::Income,
    Field::Expense,
    Field::Amount,
    Field::Counterparty,
    Field::Description,
    Field::TxId,
    Field::Status,
];

impl Layout {
    /// Try to read `raw` as the header row of one of the generic layouts.
    /// `preamble_period` is a billing period stated above the header (账期：2025-06).
    pub fn detect(raw: &[String], preamble_period: Option<Period>) -> Option<Layout> {
        let norm: Vec<String> = raw.iter().map(|h| normalize_header(h)).collect();
        let non_empty = norm.iter().filter(|h| !h.is_empty()).count();
        if non_empty < 2 {
            return None;
        }
        let has = |f: Field| norm.iter().any(|h| header_is(h, f));
        let make = |kind, format_id, order: &[Field]| Layout {
            kind,
            format_id,
            currency: super::table_currency::TableCurrency::of(raw, &map_columns(&norm, order)),
            fen_cols: fen_columns(raw, &map_columns(&norm, order)),
            by_field: index_fields(&map_columns(&norm, order)),
            cols: map_columns(&norm, order),
            headers: raw.iter().map(|h| clean(h).to_string()).collect(),
            volume_unit: VolumeUnit::KB,
            duration_unit: DurationUnit::Seconds,
            implied_usage: None,
            default_period: preamble_period,
            last_period: None,
            minor_units: 2,
            opts: FormatOptions::default(),
            stats: BTreeMap::new(),
            hooks: &NoHooks,
            memory: Memory::default(),
            extra_cols: Vec::new(),
            day_first: std::cell::Cell::new(None),
            decimal: std::cell::Cell::new(None),
            point_by_locale: raw.iter().any(|h| h.chars().any(is_cjk)),
            amount_problem: std::cell::Cell::new(None),
            kind_memo: Vec::new(),
            long_kind_memo: Vec::new(),
            date_memo: Default::default(),
            spare_number: String::new(),
            number_memo: Default::default(),
            look_ahead: false,
        };
        if has(Field::Start)
            && (has(Field::Duration) || has(Field::Volume) || has(Field::MessageType))
        {
            let mut l = make(RecordKind::Usage, "generic-usage", USAGE_FIELDS);
            if let Some(i) = l.col(Field::Volume) {
                let unit_text = header_unit(&norm[i]).unwrap_or("");
                l.volume_unit = VolumeUnit::from_header(unit_text).unwrap_or(VolumeUnit::KB);
            }
            if let Some(i) = l.col(Field::Duration) {
                let n = &norm[i];
                let unit = header_unit(n).unwrap_or("");
                l.duration_unit = if unit.contains("分")
                    || unit.starts_with("min")
                    || n == "minutes"
                    || n == "mins"
                {
                    DurationUnit::Minutes
                } else if unit.contains("小时") || unit.starts_with('h') {
                    DurationUnit::Hours
                } else {
                    DurationUnit::Seconds
                };
            }
            l.implied_usage = l.implied_kind(&norm);
            return Some(l);
        }
        if has(Field::Item)
            && has(Field::Amount)
            && (has(Field::Period) || (preamble_period.is_some() && !has(Field::Date)))
        {
            return Some(make(RecordKind::BillLines, "generic-bill", BILL_FIELDS));
        }
        if has(Field::Date) && (has(Field::Amount) || has(Field::Income) || has(Field::Expense)) {
            let l = make(RecordKind::Transactions, "generic-transactions", TX_FIELDS);
            // Income and expense columns must come as a pair, or one of them beside a signed amount.
            if l.col(Field::Amount).is_none()
                && (l.col(Field::Income).is_none() || l.col(Field::Expense).is_none())
            {
                return None;
            }
            return Some(l);
        }
        None
    }

    /// A layout of any kind with the columns given explicitly (named formats, profiles).
    /// A bill layout needs an item and an amount column, a usage layout a start column, a
    /// transaction layout a date and an amount (or income and expense) column.
    pub fn named(
        kind: RecordKind,
        format_id: &'static str,
        raw: &[String],
        cols: Vec<(Field, usize)>,
    ) -> Layout {
        Layout {
            kind,
            format_id,
            currency: super::table_currency::TableCurrency::of(raw, &cols),
            fen_cols: fen_columns(raw, &cols),
            by_field: index_fields(&cols),
            cols,
            headers: raw.iter().map(|h| clean(h).to_string()).collect(),
            volume_unit: VolumeUnit::KB,
            duration_unit: DurationUnit::Seconds,
            implied_usage: None,
            default_period: None,
            last_period: None,
            minor_units: 2,
            opts: FormatOptions::default(),
            stats: BTreeMap::new(),
            hooks: &NoHooks,
            memory: Memory::default(),
            extra_cols: Vec::new(),
            day_first: std::cell::Cell::new(None),
            decimal: std::cell::Cell::new(None),
            point_by_locale: raw.iter().any(|h| h.chars().any(is_cjk)),
            amount_problem: std::cell::Cell::new(None),
            kind_memo: Vec::new(),
            long_kind_memo: Vec::new(),
            date_memo: Default::default(),
            spare_number: String::new(),
            number_memo: Default::default(),
            look_ahead: false,
        }
    }

    /// The month of a usage row's start, where it can be read (for a row that could not be
    /// read otherwise: the month its failure leaves without evidence).
    pub(crate) fn usage_period(&self, row: &dyn RowView) -> Option<Period> {
        let i = self
            .col(Field::Start)
            .filter(|_| self.kind == RecordKind::Usage)?;
        self.datetime_at(row, i).map(|d| Period::of(d.date()))
    }

    /// The column map (field, 0-based column).
    pub fn columns(&self) -> &[(Field, usize)] {
        &self.cols
    }

    fn implied_kind(&self, norm: &[String]) -> Option<UsageKind> {
        let named = |i: usize| header_base(&norm[i]).to_string();
        if self.col(Field::End).is_some()
            && self.col(Field::Start).map(named).as_deref() == Some("上线时间")
        {
            return Some(UsageKind::Broadband);
        }
        if self.col(Field::MessageType).is_some() {
            return Some(UsageKind::Sms);
        }
        if self.col(Field::OtherParty).is_some() && self.col(Field::Duration).is_some() {
            return Some(UsageKind::Voice);
        }
        if let Some(i) = self.col(Field::Duration) {
            if matches!(named(i).as_str(), "上网时长" | "在线时长") {
                return Some(UsageKind::Broadband);
            }
            if matches!(named(i).as_str(), "通话时长" | "callduration") {
                return Some(UsageKind::Voice);
            }
        }
        if self.col(Field::Volume).is_some() && self.col(Field::Duration).is_none() {
            return Some(UsageKind::Data);
        }
        None
    }

    /// The usage kind the columns imply (上线时间 + 下线时间 = broadband, …).
    pub fn implied_usage(&self) -> Option<UsageKind> {
        self.implied_usage
    }

    /// Set the usage kind every row of a named usage layout has unless its type cell says
    /// otherwise.
    pub fn set_implied_usage(&mut self, kind: Option<UsageKind>) {
        self.implied_usage = kind;
    }

    /// The unit of the volume column of a named usage layout whose header does not say it.
    pub(crate) fn set_volume_unit(&mut self, unit: VolumeUnit) {
        self.volume_unit = unit;
    }

    /// A column the format's hooks read by its header name (a spec's `extra`).
    pub(crate) fn extra_col(&self, name: &str) -> Option<usize> {
        self.extra_cols
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, i)| *i)
    }

    /// Whether the columns a layout of this kind reads rows with are all there.
    pub fn is_complete(&self) -> bool {
        match self.kind {
            RecordKind::BillLines => {
                self.col(Field::Item).is_some() && self.col(Field::Amount).is_some()
            }
            RecordKind::Usage => self.col(Field::Start).is_some(),
            RecordKind::Transactions => {
                self.col(Field::Date).is_some()
                    && (self.col(Field::Amount).is_some()
                        || (self.col(Field::Income).is_some()
                            && self.col(Field::Expense).is_some()))
            }
        }
    }

    pub fn col(&self, f: Field) -> Option<usize> {
        self.by_field[f as usize]
    }

    pub fn header_name(&self, col: usize) -> &str {
        self.headers.get(col).map(String::as_str).unwrap_or("")
    }

    fn is_header_again(&self, row: &dyn RowView) -> bool {
        row.len() >= self.headers.len().min(2)
            && self.cols.iter().all(|(_, i)| {
                let header = self.headers[*i].as_str();
                match row.raw(*i) {
                    // Nothing to trim and not the header: the common data row, decided
                    // without building its text.
                    Some(b) if plain_ascii_ends(b) => b == header.as_bytes(),
                    _ => clean(&row.text(*i)) == header,
                }
            })
    }

    fn amount_at<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Option<Decimal> {
        let plain = (!self.opts.decimal_comma && self.decimal.get() != Some(DecimalMark::Comma))
            .then(|| {
                row.raw(i)
                    .filter(|b| !self.maybe_grouped(b))
                    .and_then(plain_amount)
            })
            .flatten();
        let v = match plain {
            Some(v) => v,
            None => self.amount_as_written(row, i)?,
        };
        if self.fen_cols.contains(&i) {
            // Exact: a decimal divided by 100 only moves the point.
            return Some(v / Decimal::ONE_HUNDRED);
        }
        Some(v)
    }

    fn amount_as_written<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Option<Decimal> {
        if let Some(f) = row.number(i) {
            return Decimal::from_f64(f).map(|d| d.round_dp(self.minor_units));
        }
        let text = row.text(i);
        if self.opts.decimal_comma {
            let t: String = clean(&text)
                .chars()
                .filter(|c| *c != '.' && *c != ' ')
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            return parse_amount(&t);
        }
        let v = self.amount_text(&text, i)?;
        Some(self.hooks.amount(&text, v))
    }

    /// A plain `1.234` whose point could be a thousands group: not for the fast path
    /// until the file's decimal mark is known (or its Chinese header settles it).
    fn maybe_grouped(&self, b: &[u8]) -> bool {
        !self.point_by_locale
            && self.decimal.get().is_none()
            && b.len() >= 5
            && b.len() <= 7
            && b[b.len() - 4] == b'.'
            && b[0] != b'0'
    }

    /// An amount as text, read with this file's decimal mark: the first amount that shows
    /// a mark decides it for the rest of the file; an ambiguous amount (`1,234`) before
    /// that is not guessed, unless the header is Chinese (then the point is the mark); an
    /// amount showing the other mark than the file's is refused.
    fn amount_text(&self, text: &str, col: usize) -> Option<Decimal> {
        let known = self
            .decimal
            .get()
            .or(self.point_by_locale.then_some(DecimalMark::Point));
        let mark = match (decimal_mark_of(text), known) {
            (MarkEvidence::Neither, _) => DecimalMark::Point,
            (MarkEvidence::Shows(m), None) => {
                self.decimal.set(Some(m));
                m
            }
            (MarkEvidence::Shows(m), Some(k)) if m == k => m,
            (MarkEvidence::Shows(m), Some(_)) => {
                self.amount_problem.set(Some((
                    col,
                    match m {
                        DecimalMark::Comma => crate::mid!("expect-amount-point"),
                        DecimalMark::Point => crate::mid!("expect-amount-comma"),
                    },
                )));
                return None;
            }
            (MarkEvidence::Ambiguous, Some(k)) => k,
            (MarkEvidence::Ambiguous, None) => {
                self.amount_problem
                    .set(Some((col, crate::mid!("expect-amount-unambiguous"))));
                return None;
            }
        };
        parse_amount_with(text, mark)
    }

    fn datetime_at<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Option<NaiveDateTime> {
        self.datetime_of(row, i, row.raw(i))
    }

    /// [`Layout::datetime_at`] with the cell's raw bytes (`row.raw(i)`) read already.
    fn datetime_of<R: RowView + ?Sized>(
        &self,
        row: &R,
        i: usize,
        raw: Option<&[u8]>,
    ) -> Option<NaiveDateTime> {
        if self.opts.date_format.is_none() {
            if let Some(b) = raw {
                let mut memo = self.date_memo.get();
                let d = memo.plain_datetime(b);
                self.date_memo.set(memo);
                if d.is_some() {
                    return d;
                }
            }
        }
        self.datetime_general(row, i)
    }

    /// [`Layout::datetime_of`] past the fast path (kept apart so that the fast path stays
    /// small enough to inline): spreadsheet dates, the file's date format, the general parsers.
    fn datetime_general<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Option<NaiveDateTime> {
        if let Some(d) = row.datetime(i) {
            return Some(d);
        }
        let text = row.text(i);
        let t = clean(&text);
        if let Some(fmt) = &self.opts.date_format {
            if let Ok(d) = NaiveDateTime::parse_from_str(t, fmt) {
                return Some(d);
            }
            if let Ok(d) = chrono::NaiveDate::parse_from_str(t, fmt) {
                return Some(d.and_time(NaiveTime::MIN));
            }
        }
        parse_datetime(t)
            .or_else(|| self.slashed_date(t))
            .or_else(|| {
                self.opts
                    .statement_period
                    .and_then(|p| date_without_year(t, p.last_day()))
            })
    }

    /// `06/05/2025` or `6/5/2025 10:00`: day-first or month-first. A value with a part above
    /// 12 decides, and teaches the layout the order for the rest of the file; an ambiguous
    /// value before that is not guessed (see [`Layout::date_expectation`]).
    fn slashed_date(&self, t: &str) -> Option<NaiveDateTime> {
        let c = SLASHED_DATE.captures(t)?;
        let a: u32 = c[1].parse().ok()?;
        let b: u32 = c[2].parse().ok()?;
        let y: i32 = c[3].parse().ok()?;
        let day_first = match (a > 12, b > 12) {
            (true, false) => true,
            (false, true) => false,
            (false, false) if a == b => true,
            (false, false) => self.day_first.get()?,
            (true, true) => return None,
        };
        if a != b {
            self.day_first.set(Some(day_first));
        }
        let (d, m) = if day_first { (a, b) } else { (b, a) };
        if !(1900..=2200).contains(&y) {
            return None;
        }
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        let time = match c.get(4) {
            Some(tm) => parse_time(tm.as_str())?,
            None => NaiveTime::MIN,
        };
        Some(date.and_time(time))
    }

    /// Read the file's slashed dates day-first (or month-first) from now on.
    pub fn assume_day_first(&self, day_first: bool) {
        self.day_first.set(Some(day_first));
    }

    /// Whether a row of this file has shown whether its slashed dates are day-first.
    pub fn date_order_known(&self) -> bool {
        self.day_first.get().is_some()
    }

    /// A date cell like `8/10/2016` that no row has settled yet, in a layout that may wait.
    fn may_wait(&self, row: &dyn RowView, col: usize) -> bool {
        self.look_ahead
            && self.day_first.get().is_none()
            && SLASHED_DATE.is_match(clean(&row.text(col)))
    }

    /// What a date cell should look like, for the error message of one that did not parse.
    fn date_expectation(
        &self,
        row: &dyn RowView,
        col: usize,
        default: &'static str,
    ) -> &'static str {
        if SLASHED_DATE.is_match(clean(&row.text(col))) && self.day_first.get().is_none() {
            crate::mid!("expect-date-unambiguous")
        } else {
            default
        }
    }

    /// A row error at `col`: what was expected, and what was found.
    pub(crate) fn err(&self, col: usize, expected: &'static str, row: &dyn RowView) -> Outcome {
        let expected = match self.amount_problem.take() {
            Some((c, why)) if c == col => why,
            _ => expected,
        };
        let found = row.text(col);
        let found: String = found.chars().take(60).collect();
        Outcome::Error {
            col,
            message: crate::msg!(
                "row-error-expected",
                column = self.header_name(col),
                expected = crate::i18n::Msg::new(expected, Vec::new()),
                found = found,
            ),
        }
    }

    /// Read one data row.
    pub fn read_row<R: RowView>(&mut self, row: &R, source: SourceRef) -> Outcome {
        // The first column the layout reads, as read (CSV). In nearly every data row it is a
        // plain value (`2025-08-01 12:30:05`) other than the column's header name: then the
        // row is neither blank nor the header again, which the general checks would find out
        // cell by cell (a cell that starts with an ASCII letter or digit is not blank, and
        // one cell unlike its header is enough).
        let lead = self.cols.first().and_then(|&(_, i)| Some((i, row.raw(i)?)));
        let plain_data =
            lead.is_some_and(|(i, b)| plain_ascii_ends(b) && b != self.header_name(i).as_bytes());
        if !plain_data {
            if row.is_blank() {
                return Outcome::Skip(crate::msg!("skip-blank-line"));
            }
            if self.is_header_again(row) {
                return Outcome::Skip(crate::msg!("skip-repeated-header"));
            }
        }
        if !self.opts.skip_rows.is_empty() {
            let first = (0..row.len())
                .map(|i| row.text(i))
                .find(|t| !clean(t).is_empty());
            if first.is_some_and(|t| self.opts.skip_rows.iter().any(|r| r.is_match(clean(&t)))) {
                return Outcome::Skip(crate::msg!("skip-profile-skip-rows"));
            }
        }
        match self.kind {
            RecordKind::BillLines => self.read_bill(row, source),
            RecordKind::Usage => self.read_usage(row, source, lead),
            RecordKind::Transactions => self.read_tx(row, source),
        }
    }

    fn text_of(&self, row: &dyn RowView, f: Field) -> Option<String> {
        let i = self.col(f)?;
        let t = row.text(i);
        let t = clean(&t);
        (!is_placeholder(t)).then(|| t.to_string())
    }

    fn read_bill(&mut self, row: &dyn RowView, source: SourceRef) -> Outcome {
        let item_col = self
            .col(Field::Item)
            .expect("bill layout has an item column");
        let amount_col = self
            .col(Field::Amount)
            .expect("bill layout has an amount column");
        let item = clean(&row.text(item_col)).to_string();
        let amount_text = row.text(amount_col);
        let is_total = is_total_item(&item)
            || (item.is_empty()
                && self
                    .col(Field::Period)
                    .is_some_and(|p| is_total_item(&row.text(p))));
        let period = match self.col(Field::Period) {
            Some(p) => {
                let t = row.text(p);
                if is_placeholder(&t) || is_total_item(&t) {
                    self.last_period.or(self.default_period)
                } else {
                    match row
                        .datetime(p)
                        .map(|d| Period::of(d.date()))
                        .or_else(|| parse_period(&t))
                    {
                        Some(per) => Some(per),
                        None => {
                            if looks_like_summary(row) {
                                return Outcome::Skip(crate::msg!("skip-summary-line"));
                            }
                            return self.err(p, crate::mid!("expect-billing-period"), row);
                        }
                    }
                }
            }
            None => self.default_period,
        };
        let Some(period) = period else {
            let col = self.col(Field::Period).unwrap_or(item_col);
            return self.err(col, crate::mid!("expect-billing-period-missing"), row);
        };
        self.last_period = Some(period);
        let amount = match self.amount_at(row, amount_col) {
            Some(a) => a,
            None if is_placeholder(&amount_text) && !is_total => {
                return Outcome::Skip(crate::msg!("skip-no-amount-heading"));
            }
            None => {
                if looks_like_summary(row) && !is_total {
                    return Outcome::Skip(crate::msg!("skip-summary-line"));
                }
                return self.err(amount_col, crate::mid!("expect-amount"), row);
            }
        };
        let currency = match self.currency.of_row(&|i| row.text(i), &[Some(amount_col)]) {
            Ok(c) => c,
            Err(col) => return self.err(col, CURRENCY_EXPECTED, row),
        };
        let number = self.text_of(row, Field::Number);
        if is_total {
            return Outcome::Total(BillTotal {
                currency,
                period,
                amount,
                number,
                source,
            });
        }
        if item.is_empty() {
            return self.err(item_col, crate::mid!("expect-item-name"), row);
        }
        let item = self.with_item_parts(item, row);
        Outcome::Bill(BillLine {
            currency,
            period,
            item,
            amount,
            number,
            source,
        })
    }

    /// A usage row; `lead` is the column and raw cell [`Layout::read_row`] looked at.
    fn read_usage<R: RowView>(
        &mut self,
        row: &R,
        source: SourceRef,
        lead: Option<(usize, &[u8])>,
    ) -> Outcome {
        let start_col = self
            .col(Field::Start)
            .expect("usage layout has a start column");
        let start_raw = match lead {
            Some((i, b)) if i == start_col => Some(b),
            _ => row.raw(start_col),
        };
        let start = match self.datetime_of(row, start_col, start_raw) {
            Some(s) => s,
            None => {
                if looks_like_summary(row) {
                    return Outcome::Skip(crate::msg!("skip-summary-line"));
                }
                if self.may_wait(row, start_col) {
                    return Outcome::Defer;
                }
                let exp = self.date_expectation(row, start_col, crate::mid!("expect-start-time"));
                return self.err(start_col, exp, row);
            }
        };
        let seconds = match self.col(Field::Duration) {
            Some(i) => match self.duration_at(row, i) {
                Ok(s) => s,
                Err(expected) => return self.err(i, expected, row),
            },
            None => match (self.col(Field::End), self.col(Field::Start)) {
                (Some(e), Some(_)) => self
                    .datetime_at(row, e)
                    .map(|end| (end - start).num_seconds().max(0) as u64)
                    .unwrap_or(0),
                _ => 0,
            },
        };
        let bytes = match self.col(Field::Volume) {
            Some(i) => match self.volume_at(row, i) {
                Ok(b) => b,
                Err(expected) => return self.err(i, expected, row),
            },
            None => 0,
        };
        let kind = self
            .col(Field::ServiceType)
            .and_then(|i| self.usage_kind_at(row, i))
            .or(self.implied_usage)
            .or_else(|| {
                // A row with a data volume and no other clue is data use.
                (bytes > 0).then_some(UsageKind::Data)
            });
        let Some(kind) = kind else {
            let col = self.col(Field::ServiceType).unwrap_or(start_col);
            return self.err(col, crate::mid!("expect-service-type"), row);
        };
        let fee = match self.col(Field::Fee) {
            // A placeholder is never an amount, so the amount is tried first.
            Some(i) => match self.amount_at(row, i) {
                Some(f) => f,
                None if is_placeholder(&row.text(i)) => Decimal::ZERO,
                None => return self.err(i, crate::mid!("expect-fee"), row),
            },
            None => Decimal::ZERO,
        };
        Outcome::Usage(UsageRecord {
            start,
            kind,
            number: self.number_at(row),
            seconds,
            bytes,
            fee,
            source,
        })
    }

    /// The usage kind a type cell names; the few type texts of a file are remembered.
    fn usage_kind_at<R: RowView + ?Sized>(&mut self, row: &R, i: usize) -> Option<UsageKind> {
        const MEMO_SIZE: usize = 16;
        let Some(b) = row.raw(i) else {
            return classify_usage_kind(&row.text(i));
        };
        let key = ShortText::of(b);
        let known = match key {
            Some(key) => self
                .kind_memo
                .iter()
                .find(|(t, _)| *t == key)
                .map(|(_, k)| k),
            None => self
                .long_kind_memo
                .iter()
                .find(|(t, _)| **t == *b)
                .map(|(_, k)| k),
        };
        if let Some(k) = known {
            return *k;
        }
        let k = classify_usage_kind(&row.text(i));
        match key {
            Some(key) if self.kind_memo.len() < MEMO_SIZE => self.kind_memo.push((key, k)),
            None if self.long_kind_memo.len() < MEMO_SIZE => {
                self.long_kind_memo.push((b.into(), k))
            }
            _ => {}
        }
        k
    }

    /// The record's own number (本机号码), as [`Layout::text_of`] gives it, in the buffer of
    /// the last record's number.
    fn number_at<R: RowView + ?Sized>(&mut self, row: &R) -> Option<String> {
        let i = self.col(Field::Number)?;
        let mut out = std::mem::take(&mut self.spare_number);
        out.clear();
        // Starts with a digit and ends with a letter or digit: clean, not a placeholder.
        let plain = row
            .raw(i)
            .filter(|b| b.first().is_some_and(u8::is_ascii_digit) && plain_ascii_ends(b));
        if let Some(b) = plain {
            let key = ShortText::of(b);
            if let Some(t) = key.and_then(|k| self.number_memo.get(&k)) {
                out.push_str(t);
                return Some(out);
            }
            if let Ok(t) = std::str::from_utf8(b) {
                if let Some(k) = key.filter(|_| self.number_memo.len() < NUMBER_MEMO_SIZE) {
                    self.number_memo.insert(k, t.into());
                }
                out.push_str(t);
                return Some(out);
            }
        }
        let t = row.text(i);
        let t = clean(&t);
        if is_placeholder(t) {
            self.spare_number = out;
            return None;
        }
        out.push_str(t);
        Some(out)
    }

    /// Take back the number buffer of a usage record the sink is done with.
    pub fn recycle_number(&mut self, number: Option<String>) {
        if let Some(n) = number {
            self.spare_number = n;
        }
    }

    /// A duration cell in seconds: empty or a placeholder is 0. The error is what was expected.
    fn duration_at<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Result<u64, &'static str> {
        let factor = match self.duration_unit {
            DurationUnit::Seconds => 1,
            DurationUnit::Minutes => 60,
            DurationUnit::Hours => 3600,
        };
        let unit = self.duration_unit;
        Self::count_at(row, i, factor, |t| parse_duration(t, unit)).map_err(|number_cell| {
            if number_cell {
                crate::mid!("expect-duration")
            } else {
                crate::mid!("expect-duration-like")
            }
        })
    }

    /// A data volume cell in bytes: empty or a placeholder is 0. The error is what was expected.
    fn volume_at<R: RowView + ?Sized>(&self, row: &R, i: usize) -> Result<u64, &'static str> {
        let unit = self.volume_unit;
        Self::count_at(row, i, unit.factor(), |t| parse_volume(t, unit)).map_err(|number_cell| {
            if number_cell {
                crate::mid!("expect-volume")
            } else {
                crate::mid!("expect-volume-like")
            }
        })
    }

    /// A cell counting seconds or bytes: a bare number in units of `factor` (the fast path
    /// on the raw bytes, or a spreadsheet number), a placeholder as 0, other text through
    /// `parse`. The error says whether the cell was a (negative or non-finite) number.
    fn count_at<R: RowView + ?Sized>(
        row: &R,
        i: usize,
        factor: u64,
        parse: impl Fn(&str) -> Option<u64>,
    ) -> Result<u64, bool> {
        if let Some(n) = row
            .raw(i)
            .and_then(bare_integer)
            .and_then(|n| n.checked_mul(factor))
        {
            return Ok(n);
        }
        let t = row.text(i);
        if is_placeholder(&t) {
            Ok(0)
        } else if let Some(n) = row.number(i) {
            if n.is_finite() && n >= 0.0 {
                Ok((n * factor as f64).round().min(u64::MAX as f64) as u64)
            } else {
                Err(true)
            }
        } else {
            parse(&t).ok_or(false)
        }
    }

    fn read_tx(&mut self, row: &dyn RowView, source: SourceRef) -> Outcome {
        let date_col = self
            .col(Field::Date)
            .expect("transaction layout has a date column");
        let fallback = self
            .opts
            .date_fallback
            .filter(|_| is_placeholder(&row.text(date_col)))
            .and_then(|f| self.datetime_at(row, f));
        let date = match self.datetime_at(row, date_col).or(fallback) {
            Some(d) => d,
            None => {
                if looks_like_summary(row) || row_has_few_cells(row) {
                    return Outcome::Skip(crate::msg!("skip-summary-or-note"));
                }
                if self.may_wait(row, date_col) {
                    return Outcome::Defer;
                }
                let exp = self.date_expectation(row, date_col, crate::mid!("expect-date"));
                return self.err(date_col, exp, row);
            }
        };
        let date = self.with_time(row, date);
        if self.opts.collect_stats {
            self.count_row(row);
        }
        let status = self
            .col(Field::Status)
            .map(|s| clean(&row.text(s)).to_string())
            .unwrap_or_default();
        let tx_id = self.text_of(row, Field::TxId);
        let mut memory = std::mem::take(&mut self.memory);
        let screened = self.hooks.screen(
            &TxRow {
                layout: self,
                row,
                closed: is_closed_status(&status),
                status: &status,
                id: tx_id.as_deref(),
            },
            &mut memory,
        );
        self.memory = memory;
        let refund_paid = match screened {
            Screen::Read { neutral_is_credit } => neutral_is_credit,
            Screen::Skip(reason) => return Outcome::Skip(reason),
        };
        let amount = match self.amount_of(row, refund_paid) {
            Ok(a) => a,
            Err(o) => return o,
        };
        let amount = match self.opts.fee_col.map(|f| (f, self.amount_at(row, f))) {
            Some((_, Some(fee))) => amount - fee.abs(),
            Some((f, None)) if !is_placeholder(&row.text(f)) => {
                return self.err(f, crate::mid!("expect-fee-or-empty"), row)
            }
            _ => amount,
        };
        let money_cols = [
            self.col(Field::Amount),
            self.col(Field::Income),
            self.col(Field::Expense),
        ];
        let currency = match self.currency.of_row(&|i| row.text(i), &money_cols) {
            Ok(c) => c,
            Err(col) => return self.err(col, CURRENCY_EXPECTED, row),
        };
        let counterparty = match self.opts.counterparty_in {
            Some(i) if amount > Decimal::ZERO => {
                let t = row.text(i);
                let t = clean(&t);
                (!is_placeholder(t)).then(|| t.to_string())
            }
            _ => self.text_of(row, Field::Counterparty),
        };
        Outcome::Tx(Transaction {
            reversal: false,
            currency,
            date,
            amount,
            counterparty: counterparty.unwrap_or_default(),
            description: self.description(row),
            id: tx_id,
            source,
        })
    }

    /// The signed amount of a transaction row, before any fee: from income and expense
    /// columns, or an amount with its direction (a neutral or empty one is a credit where
    /// `refund_paid`), or the format's sign rule, or as written. `Err` ends the row.
    #[allow(clippy::result_large_err)] // the error is the row's Outcome, built once
    fn amount_of(&self, row: &dyn RowView, refund_paid: bool) -> Result<Decimal, Outcome> {
        Ok(
            match (
                self.col(Field::Income),
                self.col(Field::Expense),
                self.col(Field::Amount),
            ) {
                (Some(i), Some(e), _) => {
                    let inc = self.amount_at(row, i);
                    let exp = self.amount_at(row, e);
                    if inc.is_none() && !is_placeholder(&row.text(i)) {
                        return Err(self.err(i, crate::mid!("expect-amount-or-empty"), row));
                    }
                    if exp.is_none() && !is_placeholder(&row.text(e)) {
                        return Err(self.err(e, crate::mid!("expect-amount-or-empty"), row));
                    }
                    let inc = inc.unwrap_or_default().abs();
                    let exp = exp.unwrap_or_default().abs();
                    if inc.is_zero() && exp.is_zero() {
                        return Err(Outcome::Skip(crate::msg!("skip-zero-amount")));
                    }
                    inc - exp
                }
                (_, _, Some(a)) => {
                    let Some(v) = self.amount_at(row, a) else {
                        if looks_like_summary(row) {
                            return Err(Outcome::Skip(crate::msg!("skip-summary-line")));
                        }
                        return Err(self.err(a, crate::mid!("expect-amount"), row));
                    };
                    match self.col(Field::Direction) {
                        Some(d) => match classify_direction(&row.text(d)) {
                            Some(Direction::Out) => -v.abs(),
                            Some(Direction::In) => v.abs(),
                            Some(Direction::Neutral) if refund_paid => v.abs(),
                            Some(Direction::Neutral) => {
                                return Err(Outcome::Skip(crate::msg!(
                                    "skip-neither-income-nor-expense"
                                )))
                            }
                            None if refund_paid && is_placeholder(&row.text(d)) => v.abs(),
                            None => {
                                if is_placeholder(&row.text(d)) {
                                    return Err(Outcome::Skip(crate::msg!("skip-no-direction")));
                                }
                                return Err(self.err(d, crate::mid!("expect-direction"), row));
                            }
                        },
                        None => match self.hooks.sign(self, row, a) {
                            Some(Ok(Direction::Out)) => -v.abs(),
                            Some(Ok(_)) => v.abs(),
                            Some(Err(e)) => return Err(e),
                            None if self.opts.spend_positive => -v,
                            None => v,
                        },
                    }
                }
                _ => unreachable!("detect() guarantees an amount column or an income/expense pair"),
            },
        )
    }
}

impl Layout {
    /// A date without a time of day takes the time column's, where there is one.
    fn with_time(&self, row: &dyn RowView, date: NaiveDateTime) -> NaiveDateTime {
        let time = self
            .col(Field::Time)
            .filter(|_| date.time() == NaiveTime::MIN)
            .and_then(|i| {
                row.datetime(i)
                    .map(|d| d.time())
                    .or_else(|| parse_time(clean(&row.text(i))))
            });
        match time {
            Some(t) => date.date().and_time(t),
            None => date,
        }
    }

    /// The item followed by the texts of `opts.item_parts`: `彩铃（业务端口 10658000，方式 短信）`.
    fn with_item_parts(&self, item: String, row: &dyn RowView) -> String {
        let parts: Vec<String> = self
            .opts
            .item_parts
            .iter()
            .filter_map(|&(i, label)| {
                let t = row.text(i);
                let t = clean(&t);
                (!is_placeholder(t)).then(|| format!("{label} {t}"))
            })
            .collect();
        if parts.is_empty() {
            item
        } else {
            format!("{item}（{}）", parts.join("，"))
        }
    }

    /// The description column, and the texts of `opts.more_description`, joined by spaces.
    fn description(&self, row: &dyn RowView) -> String {
        let mut d = self.text_of(row, Field::Description).unwrap_or_default();
        for &i in &self.opts.more_description {
            let t = row.text(i);
            let t = clean(&t);
            if !is_placeholder(t) && !d.contains(t) {
                if !d.is_empty() {
                    d.push(' ');
                }
                d.push_str(t);
            }
        }
        d
    }

    /// Count a data row and add its amount under its direction label (for reconciliation).
    fn count_row(&mut self, row: &dyn RowView) {
        match (
            self.col(Field::Income),
            self.col(Field::Expense),
            self.col(Field::Amount),
        ) {
            (Some(i), Some(e), _) => {
                for (col, key) in [(i, "收入"), (e, "支出")] {
                    if let Some(v) = self.amount_at(row, col).filter(|v| !v.is_zero()) {
                        let s = self.stats.entry(key.to_string()).or_default();
                        s.0 += 1;
                        s.1 += v.abs();
                    }
                }
            }
            (_, _, Some(a)) => {
                let key = self
                    .opts
                    .stats_col
                    .or(self.col(Field::Direction))
                    .map(|c| clean(&row.text(c)).to_string())
                    .unwrap_or_default();
                let v = if self.hooks.in_stated_sum(self, row, &key) {
                    self.amount_at(row, a).unwrap_or_default()
                } else {
                    Decimal::ZERO
                };
                let s = self.stats.entry(key).or_default();
                s.0 += 1;
                s.1 += v.abs();
            }
            _ => {}
        }
    }
}

fn row_has_few_cells(row: &dyn RowView) -> bool {
    (0..row.len())
        .filter(|i| !clean(&row.text(*i)).is_empty())
        .count()
        <= 1
}

/// A cell that starts and ends with an ASCII letter or digit: `clean` leaves it as it is.
fn plain_ascii_ends(b: &[u8]) -> bool {
    matches!((b.first(), b.last()), (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric())
}

/// Build a source reference cheaply.
pub fn source(file: &Arc<str>, row: u64) -> SourceRef {
    SourceRef::new(file.clone(), row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn hdr(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn src() -> SourceRef {
        source(&Arc::from("t.csv"), 2)
    }

    #[test]
    fn detects_layouts() {
        let l = Layout::detect(&hdr(&["账期", "费用项目", "金额(元)"]), None).unwrap();
        assert_eq!(l.kind, RecordKind::BillLines);
        let l = Layout::detect(
            &hdr(&["上线时间", "下线时间", "上网时长", "流量（KB）"]),
            None,
        )
        .unwrap();
        assert_eq!(l.kind, RecordKind::Usage);
        assert_eq!(l.implied_usage, Some(UsageKind::Broadband));
        let l = Layout::detect(&hdr(&["交易时间", "交易对方", "金额", "收/支"]), None).unwrap();
        assert_eq!(l.kind, RecordKind::Transactions);
        let l = Layout::detect(&hdr(&["Posted Date", "Payee", "Debit", "Credit"]), None).unwrap();
        assert_eq!(l.kind, RecordKind::Transactions);
        assert!(Layout::detect(&hdr(&["name", "age"]), None).is_none());
        assert!(Layout::detect(&hdr(&["支付宝交易记录明细查询"]), None).is_none());
    }

    #[test]
    fn reads_transactions_with_direction() {
        let mut l = Layout::detect(
            &hdr(&["交易时间", "交易对方", "金额", "收/支", "交易状态"]),
            None,
        )
        .unwrap();
        let row = hdr(&[
            "2025-08-03 10:00:00",
            "中国电信",
            "¥258.00",
            "支出",
            "交易成功",
        ]);
        match l.read_row(&row, src()) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-258.00));
                assert_eq!(t.counterparty, "中国电信");
            }
            o => panic!("{o:?}"),
        }
        let row = hdr(&["2025-08-03 10:00:00", "x", "1.00", "支出", "交易关闭"]);
        assert!(matches!(l.read_row(&row, src()), Outcome::Skip(_)));
        let row = hdr(&["2025-08-03", "x", "abc", "支出", "交易成功"]);
        match l.read_row(&row, src()) {
            Outcome::Error { col, message } => {
                assert_eq!(col, 2);
                assert!(message.contains("金额"), "{message}");
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn reads_bill_totals_and_carries_periods() {
        let mut l = Layout::detect(&hdr(&["账期", "费用项目", "金额"]), None).unwrap();
        assert!(matches!(
            l.read_row(&hdr(&["202506", "宽带月租", "258.00"]), src()),
            Outcome::Bill(_)
        ));
        match l.read_row(&hdr(&["", "合计", "258.00"]), src()) {
            Outcome::Total(t) => assert_eq!(t.period.to_string(), "2025-06"),
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn reads_usage_kinds() {
        let mut l =
            Layout::detect(&hdr(&["起始时间", "对方号码", "通话时长", "费用"]), None).unwrap();
        match l.read_row(
            &hdr(&["2025-08-01 09:00:00", "13800000000", "1分5秒", "0.10"]),
            src(),
        ) {
            Outcome::Usage(u) => {
                assert_eq!(u.kind, UsageKind::Voice);
                assert_eq!(u.seconds, 65);
                assert_eq!(u.fee, dec!(0.10));
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn traditional_usage_types() {
        for (t, k) in [
            ("國內通話", UsageKind::Voice),
            ("簡訊", UsageKind::Sms),
            ("行動上網", UsageKind::Data),
            ("數據", UsageKind::Data),
            ("寬頻", UsageKind::Broadband),
            ("語音", UsageKind::Voice),
        ] {
            assert_eq!(classify_usage_kind(t), Some(k), "{t}");
        }
    }

    /// Closing lines banks put under their rows are notes, not date errors: CIB's privacy
    /// line, CMB's `#` trailers.
    #[test]
    fn closing_notes_are_skipped() {
        let mut l = Layout::detect(
            &hdr(&["交易日期", "交易金额", "余额", "摘要", "对方户名"]),
            None,
        )
        .unwrap();
        for row in [
            &["说明", "交易明细涉及您的个人隐私，请妥善保管", "", "", ""][..],
            &["# 收入合计: 5 笔", "", "", "", ""],
            &["# 支出合计: 12 笔", "1,234.00", "", "", ""],
        ] {
            assert!(
                matches!(l.read_row(&hdr(row), src()), Outcome::Skip(_)),
                "{row:?}"
            );
        }
        // A row that only looks wrong in its date is still an error.
        assert!(matches!(
            l.read_row(&hdr(&["2025-13-01", "-1.00", "0", "x", "y"]), src()),
            Outcome::Error { .. }
        ));
    }

    #[test]
    fn slashed_dates_are_read_once_the_file_shows_the_order() {
        let mut l = Layout::detect(&hdr(&["Date", "Payee", "Amount"]), None).unwrap();
        // Ambiguous before any value shows the order: an error, not a guess.
        match l.read_row(&hdr(&["06/05/2025", "x", "-1.00"]), src()) {
            Outcome::Error { message, .. } => assert!(message.contains("unambiguous"), "{message}"),
            o => panic!("{o:?}"),
        }
        // 25/06 can only be day-first; later ambiguous values follow it.
        for (text, want) in [
            ("25/06/2025 10:00", "2025-06-25"),
            ("03/07/2025", "2025-07-03"),
        ] {
            match l.read_row(&hdr(&[text, "x", "-1.00"]), src()) {
                Outcome::Tx(t) => assert_eq!(t.date.date().to_string(), want),
                o => panic!("{o:?}"),
            }
        }
        let mut us = Layout::detect(&hdr(&["Date", "Payee", "Amount"]), None).unwrap();
        for (text, want) in [("06/25/2025", "2025-06-25"), ("07/03/2025", "2025-07-03")] {
            match us.read_row(&hdr(&[text, "x", "-1.00"]), src()) {
                Outcome::Tx(t) => assert_eq!(t.date.date().to_string(), want),
                o => panic!("{o:?}"),
            }
        }
    }

    #[test]
    fn money_in_fen_is_scaled_to_yuan() {
        let mut l = Layout::detect(
            &hdr(&["起始时间", "对方号码", "通话时长", "费用(分)"]),
            None,
        )
        .unwrap();
        match l.read_row(&hdr(&["2025-08-01 09:00:00", "10086", "60", "15"]), src()) {
            Outcome::Usage(u) => assert_eq!(u.fee, dec!(0.15)),
            o => panic!("{o:?}"),
        }
        let mut l = Layout::detect(&hdr(&["账期", "费用项目", "金额（分）"]), None).unwrap();
        match l.read_row(&hdr(&["202508", "月租", "25800"]), src()) {
            Outcome::Bill(b) => assert_eq!(b.amount, dec!(258.00)),
            o => panic!("{o:?}"),
        }
        // Minutes in a duration header are not money.
        let l = Layout::detect(&hdr(&["起始时间", "通话时长(分)", "费用(元)"]), None).unwrap();
        assert!(l.fen_cols.is_empty());
    }

    /// The cells of a usage row of `csv_rows_agree_with_text_rows` (number, start, type,
    /// duration, volume, fee) from small pools, so that values come again, and what the row
    /// is: 0 the header again, 1 a blank line (of the last cell's text), else data.
    fn usage_cells() -> impl proptest::strategy::Strategy<Value = (u8, Vec<String>)> {
        use proptest::prelude::*;
        let pick =
            |vals: &'static [&'static str]| proptest::sample::select(vals).prop_map(String::from);
        let start = pick(&[
            "2025-01-01 10:00:00",
            "2025-01-01 10:00:07",
            "2025-01-02 00:00:00",
            " 2025-01-01 10:00:00",
            "2025-01-01",
            "Start",
            "起始时间",
            "合计",
            "",
            "x",
        ]);
        let kind = pick(&[
            "上网",
            "国内通话",
            "短信",
            "data",
            "Type",
            "业务类型",
            "",
            "?",
        ]);
        let number = pick(&[
            "13800100000",
            "13800100001",
            " 13800100000",
            "13800100000 ",
            "1380010000a",
            "1中2",
            "138中",
            "-",
            "",
            "=\"138\"",
            "Number",
            "本机号码",
        ]);
        let count = pick(&[
            "0",
            "75",
            "43897",
            "",
            "-",
            "1.5",
            "x",
            "Duration",
            "时长(秒)",
        ]);
        let fee = pick(&[
            "0.00",
            "0.10",
            "12",
            "",
            "-",
            "¥1.00",
            // Not `1,234`, which only the file's decimal mark settles: a plain `0.00` read by
            // the fast path does not teach the layout the mark, as text does (as before).
            "1,234.00",
            "Fee",
            "费用(元)",
            " ",
            "\t",
            "\u{3000}",
        ]);
        (0u8..10, number, start, kind, count.clone(), count, fee)
            .prop_map(|(what, no, s, k, d, v, f)| (what, vec![no, s, k, d, v, f]))
    }

    proptest::proptest! {
        /// Usage rows read as CSV records (the first cell's shortcut past the blank and
        /// repeated-header checks, the number texts remembered)
        /// give exactly what the same cells give as text, row after row, with the header
        /// again and blank lines among them.
        #[test]
        fn csv_rows_agree_with_text_rows(
            chinese in proptest::bool::ANY,
            rows in proptest::collection::vec(usage_cells(), 1..16),
        ) {
            let header = if chinese {
                hdr(&["起始时间", "业务类型", "本机号码", "对方号码", "时长(秒)", "流量(KB)", "费用(元)"])
            } else {
                hdr(&["Number", "Start", "Type", "Duration", "Volume", "Fee"])
            };
            let mut by_bytes = Layout::detect(&header, None).expect("a usage layout");
            proptest::prop_assert_eq!(by_bytes.kind, RecordKind::Usage);
            let mut by_text = by_bytes.clone();
            for (n, (what, c)) in rows.into_iter().enumerate() {
                let cells = match what {
                    0 => header.clone(),
                    1 => vec![c[5].clone(); header.len()],
                    _ if chinese => vec![c[1].clone(), c[2].clone(), c[0].clone(), String::new(), c[3].clone(), c[4].clone(), c[5].clone()],
                    _ => c,
                };
                let rec = crate::import::records::Record::of(cells.iter().map(|c| c.as_bytes()));
                let src = source(&Arc::from("t.csv"), n as u64 + 2);
                let a = by_bytes.read_row(&crate::import::CsvRow(rec.fields()), src.clone());
                let b = by_text.read_row(&cells, src);
                proptest::prop_assert_eq!(format!("{a:?}"), format!("{b:?}"));
                // As the table reader does: the number's buffer comes back for the next row.
                if let (Outcome::Usage(a), Outcome::Usage(b)) = (a, b) {
                    by_bytes.recycle_number(a.number);
                    by_text.recycle_number(b.number);
                }
            }
        }
    }

    #[test]
    fn directions() {
        assert_eq!(classify_direction("借 Dr"), Some(Direction::Out));
        assert_eq!(classify_direction("贷"), Some(Direction::In));
        assert_eq!(classify_direction("不计收支"), Some(Direction::Neutral));
        assert_eq!(classify_direction("Debit"), Some(Direction::Out));
        assert_eq!(classify_direction("???"), None);
    }
}
