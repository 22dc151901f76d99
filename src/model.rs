//! The normalised model every importer produces and every later stage reads.
//!
//! Money is always [`rust_decimal::Decimal`]; dates are `chrono` values. Every record
//! carries a [`SourceRef`] (file and 1-based row) so that a finding can point at the
//! exact line of the original export.

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use regex::Regex;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The largest amount a record or a configured fee may carry: a quadrillion in the case's
/// currency, far beyond any bill or bank debit. Every amount within it keeps every sum the
/// audit makes (of up to ten billion records) far below [`Decimal::MAX`], so no total can
/// overflow.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

pub use crate::currency::Currency;

/// Where a record came from: the file (as the user named it, relative to the case
/// folder when there is one), the 1-based page where the file has pages (PDF), and the
/// 1-based line (CSV, a page of a PDF), row (sheet) or table row (e-mail).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    pub file: Arc<str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub row: u64,
}

impl SourceRef {
    pub fn new(file: Arc<str>, row: u64) -> SourceRef {
        SourceRef {
            file,
            page: None,
            row,
        }
    }
}

impl fmt::Display for SourceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&location(&self.file, self.page, Some(self.row)))
    }
}

/// `file:page:line`, `file:row`, or the file alone: how every report cites a place in a file.
pub fn location(file: &str, page: Option<u32>, row: Option<u64>) -> String {
    match (page, row) {
        (Some(p), Some(r)) => format!("{file}:{p}:{r}"),
        (Some(p), None) => format!("{file}:{p}"),
        (None, Some(r)) => format!("{file}:{r}"),
        (None, None) => file.to_string(),
    }
}

/// A calendar billing period (a month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub month: u32,
}

impl Period {
    pub fn new(year: i32, month: u32) -> Option<Period> {
        if (1..=12).contains(&month) && (1900..=2200).contains(&year) {
            Some(Period { year, month })
        } else {
            None
        }
    }

    pub fn of(date: NaiveDate) -> Period {
        Period {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid period")
    }

    pub fn next(self) -> Period {
        if self.month == 12 {
            Period {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Period {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    pub fn prev(self) -> Period {
        if self.month == 1 {
            Period {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Period {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("valid date")
    }

    pub fn days(self) -> u32 {
        self.last_day().day()
    }

    /// Number of months from `self` to `other` (positive when `other` is later).
    pub fn months_until(self, other: Period) -> i32 {
        (other.year - self.year) * 12 + other.month as i32 - self.month as i32
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::parse::parse_period(s)
            .ok_or_else(|| format!("expected a period like 2025-08, found {s:?}"))
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What a subscribed service is, as the user declares it in `billaudit.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceKind {
    Broadband,
    Mobile,
    Voice,
    Data,
    Sms,
    Tv,
    Vas,
    Device,
    Other,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::Broadband,
        ServiceKind::Mobile,
        ServiceKind::Voice,
        ServiceKind::Data,
        ServiceKind::Sms,
        ServiceKind::Tv,
        ServiceKind::Vas,
        ServiceKind::Device,
        ServiceKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Broadband => "broadband",
            ServiceKind::Mobile => "mobile",
            ServiceKind::Voice => "voice",
            ServiceKind::Data => "data",
            ServiceKind::Sms => "sms",
            ServiceKind::Tv => "tv",
            ServiceKind::Vas => "vas",
            ServiceKind::Device => "device",
            ServiceKind::Other => "other",
        }
    }

    /// Whether usage records of `usage` kind show use of a service of this kind.
    pub fn tracks(self, usage: UsageKind) -> bool {
        match self {
            ServiceKind::Broadband => matches!(usage, UsageKind::Broadband),
            ServiceKind::Mobile => {
                matches!(usage, UsageKind::Voice | UsageKind::Sms | UsageKind::Data)
            }
            ServiceKind::Voice => matches!(usage, UsageKind::Voice),
            ServiceKind::Data => matches!(usage, UsageKind::Data),
            ServiceKind::Sms => matches!(usage, UsageKind::Sms),
            _ => false,
        }
    }

    /// Whether usage records can show that a service of this kind was used at all.
    pub fn has_usage(self) -> bool {
        UsageKind::ALL.iter().any(|u| self.tracks(*u))
    }
}

impl fmt::Display for ServiceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a usage record measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UsageKind {
    Broadband,
    Voice,
    Sms,
    Data,
}

impl UsageKind {
    pub const ALL: [UsageKind; 4] = [
        UsageKind::Broadband,
        UsageKind::Voice,
        UsageKind::Sms,
        UsageKind::Data,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            UsageKind::Broadband => "broadband",
            UsageKind::Voice => "voice",
            UsageKind::Sms => "sms",
            UsageKind::Data => "data",
        }
    }
}

impl fmt::Display for UsageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line of a carrier bill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BillLine {
    pub period: Period,
    pub item: String,
    /// Positive for a charge, negative for a discount or credit.
    pub amount: Decimal,
    /// The currency the file states for this amount; `None`: the case's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    pub number: Option<String>,
    pub source: SourceRef,
}

/// What a bill line is: a charge, or one of the lines a bill carries that are not charges
/// (arrears carried forward, balances and payments, the amount due). Only charges are
/// ever judged as charges; the others reconcile the bill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineKind {
    /// A recurring or one-off charge (a plan, a fee).
    Charge,
    /// A charge for use: calls, messages, data, roaming beyond a plan.
    UsageFee,
    /// A tax or government surcharge levied on the charges (Taxes and fees, 911 surcharge,
    /// VAT, 税费): billed with the service but not part of its contracted price.
    Tax,
    /// An earlier bill's unpaid amount carried forward (往月欠费).
    Arrears,
    /// A balance, prepayment or payment already made (上期结余, 本期已缴, Payment received).
    Balance,
    /// What the bill asks to be paid (本期应缴, Amount due).
    AmountDue,
}

/// A regular expression that only answers whether it matches a short text (a bill item, a
/// rule's item filter). It is built like `regex::Regex::new` builds one (the same syntax
/// and options, so the same answers and the same errors) except for the literal prefilter:
/// extracting the literals of a long case-insensitive alternation and building a searcher
/// for them was most of what compiling one cost (the item patterns below took 0.5-3.6 M
/// instructions each with it, 0.5-1.6 M without), and a prefilter gains nothing on a text
/// of a few dozen bytes, which the lazy DFA reads as fast without one.
#[derive(Clone, Debug)]
pub struct ItemRegex(regex_automata::meta::Regex);

impl ItemRegex {
    /// `pattern` compiled; its error is the one `regex::Regex::new` gives for it.
    pub fn new(pattern: &str) -> Result<ItemRegex, regex::Error> {
        use regex_automata::{meta, util::syntax, MatchKind};
        // The configuration of `regex::Regex::new` (regex 1.x, `Builder::build_one_string`
        // and its defaults), with the prefilter turned off.
        let config = meta::Config::new()
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .auto_prefilter(false);
        meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern)
            .map(ItemRegex)
            // Only a pattern that does not compile gets here: regex words the error.
            .map_err(|e| {
                Regex::new(pattern)
                    .err()
                    .unwrap_or(regex::Error::Syntax(e.to_string()))
            })
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
}

/// A pattern every match of which holds a digit (`\d`, a Unicode decimal digit), compiled
/// as needed in one of two forms: as written, or with `[0-9]` for each `\d`. Each `\d` of
/// a pattern is a class of some 70 ranges of UTF-8 sequences and `\d{8}` is eight of them,
/// so the Unicode form is costly to compile (a date range in a file name: 3.7 M
/// instructions, 1.8 M in the ASCII form). Both forms find the same matches in a text whose
/// digits are all ASCII ones, so the Unicode form is compiled only for a text that holds
/// another digit, and neither for a text without a digit (no match is possible).
pub struct DigitPattern {
    /// The pattern; `\d` is its only escape of a `d` (no `\\d`).
    pattern: &'static str,
    ascii: OnceLock<Regex>,
    unicode: OnceLock<Regex>,
}

impl DigitPattern {
    pub const fn new(pattern: &'static str) -> DigitPattern {
        DigitPattern {
            pattern,
            ascii: OnceLock::new(),
            unicode: OnceLock::new(),
        }
    }

    /// The compiled pattern to search `text` with; `None` when `text` has no digit.
    pub fn for_text(&self, text: &str) -> Option<&Regex> {
        let mut any = false;
        for c in text.chars() {
            if c.is_ascii_digit() {
                any = true;
            } else if !c.is_ascii() && c.is_numeric() {
                // Possibly a Unicode decimal digit (every one is numeric).
                return Some(
                    self.unicode
                        .get_or_init(|| Regex::new(self.pattern).expect("valid built-in regex")),
                );
            }
        }
        any.then(|| {
            self.ascii.get_or_init(|| {
                Regex::new(&self.pattern.replace(r"\d", "[0-9]")).expect("valid built-in regex")
            })
        })
    }
}

/// A bill-item pattern in two parts, Chinese words and English ones, each with `(?i)` (so
/// the two match what the whole pattern `(?i)chinese|english` matches). The English part
/// (case-insensitive, with Unicode `\s` and `\b`) is most of the cost of compiling; every
/// match of it holds an ASCII letter or digit or a letter that folds to one (ſ, the Kelvin
/// sign: see the test), so for a text without one, as Chinese bill items are, it is neither
/// compiled nor searched.
struct ItemWords {
    chinese: &'static str,
    english: &'static str,
    compiled: [OnceLock<ItemRegex>; 2],
}

impl ItemWords {
    const fn new(chinese: &'static str, english: &'static str) -> ItemWords {
        ItemWords {
            chinese,
            english,
            compiled: [OnceLock::new(), OnceLock::new()],
        }
    }

    fn is_match(&self, text: &str) -> bool {
        let part = |i: usize, pattern: &str| {
            self.compiled[i]
                .get_or_init(|| ItemRegex::new(pattern).expect("valid regex"))
                .is_match(text)
        };
        part(0, self.chinese) || (may_hold_english(text) && part(1, self.english))
    }
}

/// Whether `text` has a character a case-insensitive English word can match: an ASCII
/// letter or digit, or a letter that folds to one (see the tests).
pub(crate) fn may_hold_english(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_ascii_alphanumeric() || matches!(c, '\u{17F}' | '\u{212A}'))
}

static AMOUNT_DUE: ItemWords = ItemWords::new(
    r"(?i)^(本期|本月)?(应缴|应付|應繳|應付)(金额|金額|款|合计|合計|总额|總額)?",
    r"(?i)^(total\s+)?(amount|balance|total)\s+(now\s+)?(due|payable)",
);
static ARREARS: ItemWords = ItemWords::new(
    r"(?i)欠费|欠費|逾期未缴",
    r"(?i)past\s+due|overdue|arrears|unpaid\s+balance",
);
static BALANCE: ItemWords = ItemWords::new(
    r"(?i)结余|結餘|余额|餘額|预存|預存|已缴|已繳|已付|已收|^(上期|上月)?(缴费|繳費|付款)$",
    r"(?i)previous\s+balance|prior\s+balance|balance\s+(forward|brought|carried)|payments?\s+(received|-?\s*thank)|^payments?$|credit\s+balance|account\s+balance",
);
static USAGE_FEE: ItemWords = ItemWords::new(
    r"(?i)套餐外|超出|超额|通话|通話|语音|語音|短信|簡訊|彩信|短彩信|流量|漫游|漫遊|长途|長途|市话|市話|国际|國際|港澳台",
    r"(?i)\b(overage|roaming|usage|long\s+distance|international|airtime|per[- ]minute|pay[- ]per[- ]use)\b|\b(data|text|texting|messaging|call|calls|voice|minutes?)\s+(charges?|fees?|usage|overage)\b",
);
static TAX: ItemWords = ItemWords::new(
    r"(?i)^\s*(增值税|税费|税额|税金|稅費|稅額|稅金)",
    r"(?i)\btax(es)?\b|\bvat\b|\bgst\b|\bsurcharges?\b|universal\s+service|\b(e-?)?911\b|government\s+(fees?|charges?)",
);
/// A price stated with its tax included (套餐费(含税), Plan incl. tax) is the price, not a tax.
static TAX_INCLUDED: ItemWords = ItemWords::new(
    r"(?i)含税|含稅",
    r"(?i)\bincl(\.|uding|udes)?\s+(all\s+)?tax|tax(es)?\s+incl",
);
static RECURRING: ItemWords = ItemWords::new(
    r"(?i)月租|月费|月費|包月|套餐费|套餐費|功能费|功能費|基本费|基本費",
    r"(?i)\bmonthly\b|\bplan\b|\baccess\b",
);

impl LineKind {
    /// What a bill line with this item text is.
    pub fn of(item: &str) -> LineKind {
        let item = item.trim();
        if AMOUNT_DUE.is_match(item) {
            LineKind::AmountDue
        } else if ARREARS.is_match(item) {
            LineKind::Arrears
        } else if BALANCE.is_match(item) {
            LineKind::Balance
        } else if TAX.is_match(item) && !TAX_INCLUDED.is_match(item) && !RECURRING.is_match(item) {
            LineKind::Tax
        } else if USAGE_FEE.is_match(item) && !RECURRING.is_match(item) {
            LineKind::UsageFee
        } else {
            LineKind::Charge
        }
    }

    /// Whether the line is a charge (recurring, one-off, for use, or a tax on them).
    pub fn is_charge(self) -> bool {
        matches!(self, LineKind::Charge | LineKind::UsageFee | LineKind::Tax)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Charge => "charge",
            LineKind::UsageFee => "usage-fee",
            LineKind::Tax => "tax",
            LineKind::Arrears => "arrears",
            LineKind::Balance => "balance",
            LineKind::AmountDue => "amount-due",
        }
    }
}

/// A bill's own statement of its total (a 合计 / Total row).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BillTotal {
    pub period: Period,
    pub amount: Decimal,
    /// The currency the file states for this amount; `None`: the case's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    pub number: Option<String>,
    pub source: SourceRef,
}

/// One usage detail record (a call, a message, a data or broadband session).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UsageRecord {
    pub start: NaiveDateTime,
    pub kind: UsageKind,
    pub number: Option<String>,
    pub seconds: u64,
    pub bytes: u64,
    pub fee: Decimal,
    pub source: SourceRef,
}

/// Money moving on a bank card, payment app or wallet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Transaction {
    pub date: NaiveDateTime,
    /// Signed from the account holder's view: negative = money left the account.
    pub amount: Decimal,
    /// The currency the file states for this amount; `None`: the case's currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<Currency>,
    pub counterparty: String,
    /// The bank's text, as it wrote it.
    pub description: String,
    pub id: Option<String>,
    pub source: SourceRef,
    /// The bank marks the entry as the reversal of an earlier one (camt `RvslInd`, MT940
    /// `RD`/`RC`); the reports say so in their language ([`Transaction::shown_description`]).
    #[serde(skip_serializing_if = "is_false")]
    pub reversal: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl BillLine {
    /// What the line is (from its item text).
    pub fn kind(&self) -> LineKind {
        LineKind::of(&self.item)
    }
}

impl Transaction {
    pub fn is_debit(&self) -> bool {
        self.amount < Decimal::ZERO
    }

    /// The description as a report shows it in `lang`: a reversal is marked as one.
    pub fn shown_description(&self, lang: crate::i18n::Lang) -> String {
        if self.reversal {
            crate::tr!(lang, "tx-reversal", description = &self.description)
        } else {
            self.description.clone()
        }
    }

    /// What a report names the entry by: its description as shown, else the counterparty.
    pub fn shown_item(&self, lang: crate::i18n::Lang) -> String {
        if self.description.is_empty() {
            self.counterparty.clone()
        } else {
            self.shown_description(lang)
        }
    }

    /// Who was paid, as a report shows it: the counterparty, else the description.
    pub fn shown_payee(&self, lang: crate::i18n::Lang) -> String {
        if self.counterparty.is_empty() {
            self.shown_description(lang)
        } else {
            self.counterparty.clone()
        }
    }
}

/// The kind of record an importer recognised in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    BillLines,
    Usage,
    Transactions,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::BillLines => "bill-lines",
            RecordKind::Usage => "usage",
            RecordKind::Transactions => "transactions",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A closed range of dates an export declares it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl DateRange {
    /// Whether the whole of `period` lies inside the range.
    pub fn covers(&self, period: Period) -> bool {
        self.from <= period.first_day() && self.to >= period.last_day()
    }
}

/// Normalise an account or phone number for comparison: keep letters and digits only,
/// upper-case, and drop a leading `+86`/`86` country code on 13-digit mobile numbers.
pub fn normalize_number(s: &str) -> String {
    // Byte by byte into a string sized once: the rules and the matcher normalise every bill
    // line's number several times. A byte of a non-ASCII character is never ASCII.
    let mut out = String::with_capacity(s.len());
    out.extend(
        s.bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_uppercase())),
    );
    if out.len() == 13 && out.starts_with("86") && out[2..].chars().all(|c| c.is_ascii_digit()) {
        out.drain(..2);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each [`ItemWords`] matches what its whole pattern matches, also where an English
    /// word is written with a letter that folds to an ASCII one.
    #[test]
    fn item_words_match_as_their_whole_pattern() {
        let texts = [
            "本期应缴金额",
            "往月欠费",
            "上期结余",
            "套餐外语音通信费",
            "增值税",
            "套餐费(含税)",
            "套餐月租费",
            "本期合计",
            "Amount due",
            "Total amount now payable",
            "Past due",
            "Payments - thank you",
            "Payment",
            "Data overage charges",
            "Pay-per-use",
            "State E-911 surcharge",
            "Plan incl. taxes",
            "Unlimited plan monthly access",
            "Mobile ACCESS",
            "Mobile acceſs",
            "\u{212A}eep number",
            "Payment\u{3000}received",
            "增值税 VAT",
            "",
        ];
        let all = [
            &AMOUNT_DUE,
            &ARREARS,
            &BALANCE,
            &USAGE_FEE,
            &TAX,
            &TAX_INCLUDED,
            &RECURRING,
        ];
        for w in all {
            let whole = format!("(?i){}|{}", &w.chinese[4..], &w.english[4..]);
            let whole = Regex::new(&whole).unwrap();
            for text in texts {
                assert_eq!(w.is_match(text), whole.is_match(text), "{whole} / {text}");
            }
        }
    }

    /// Every character a case-insensitive ASCII letter or digit matches counts as one that
    /// an English word may match.
    #[test]
    fn every_letter_that_folds_to_ascii_may_hold_english() {
        let folds = Regex::new("(?i)^[a-z0-9]$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            if folds.is_match(&s) {
                assert!(may_hold_english(&s), "{c:?}");
            }
        }
    }

    /// Whatever digits a text holds, a [`DigitPattern`] finds what the pattern as written
    /// finds, and nothing in a text without a digit.
    #[test]
    fn a_digit_pattern_finds_what_its_unicode_form_finds() {
        let pat = r"(\d{4})[-/.年](\d{1,2})|第\s*\d+\s*期";
        let lean = DigitPattern::new(pat);
        let full = Regex::new(pat).unwrap();
        for text in [
            "账期 2025-06",
            "账期 ２０２５-０６",
            "账期 2025-٠٦",
            "2025年6月 ²2025-3",
            "第 5 期, 第５期",
            "第 x 期",
            "",
        ] {
            let want: Vec<_> = full.find_iter(text).map(|m| m.range()).collect();
            let got: Vec<_> = lean
                .for_text(text)
                .map(|r| r.find_iter(text).map(|m| m.range()).collect())
                .unwrap_or_default();
            assert_eq!(got, want, "{text}");
        }
        assert!(lean.for_text("第 x 期").is_none());
    }

    #[test]
    fn period_arithmetic() {
        let p = Period::new(2025, 12).unwrap();
        assert_eq!(p.next().to_string(), "2026-01");
        assert_eq!(p.next().prev(), p);
        assert_eq!(Period::new(2024, 2).unwrap().days(), 29);
        assert_eq!(Period::new(2025, 1).unwrap().months_until(p), 11);
        assert!(Period::new(2025, 13).is_none());
    }

    /// A reversal keeps the bank's text and is flagged; a report marks it in its language,
    /// and JSON carries the flag only where it is set.
    #[test]
    fn a_reversal_is_a_flag_shown_in_the_report_language() {
        use crate::i18n::Lang;
        let mut t = Transaction {
            date: NaiveDate::from_ymd_opt(2025, 3, 5)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            amount: Decimal::new(-4500, 2),
            currency: None,
            counterparty: String::new(),
            description: "Invoice 7".into(),
            id: None,
            source: SourceRef::new(Arc::from("a.xml"), 3),
            reversal: false,
        };
        assert_eq!(t.shown_payee(Lang::ZhCn), "Invoice 7");
        assert!(!serde_json::to_string(&t).unwrap().contains("reversal"));
        t.reversal = true;
        assert_eq!(t.description, "Invoice 7");
        assert_eq!(t.shown_description(Lang::En), "reversal: Invoice 7");
        assert_eq!(t.shown_payee(Lang::ZhCn), "冲正：Invoice 7");
        assert_eq!(t.shown_item(Lang::ZhTw), "沖正：Invoice 7");
        assert!(serde_json::to_string(&t)
            .unwrap()
            .contains(r#""reversal":true"#));
        t.counterparty = "Fictel".into();
        assert_eq!(t.shown_payee(Lang::ZhCn), "Fictel");
    }

    #[test]
    fn locations_name_the_page_where_there_is_one() {
        let mut s = SourceRef::new(Arc::from("bill.pdf"), 12);
        assert_eq!(s.to_string(), "bill.pdf:12");
        s.page = Some(3);
        assert_eq!(s.to_string(), "bill.pdf:3:12");
        assert_eq!(location("a.csv", None, None), "a.csv");
        // The page is left out of JSON where there is none (the schema stays as it was).
        let json = serde_json::to_string(&SourceRef::new(Arc::from("a.csv"), 2)).unwrap();
        assert_eq!(json, r#"{"file":"a.csv","row":2}"#);
    }

    #[test]
    fn lines_that_are_not_charges_have_their_own_kinds() {
        use LineKind::*;
        for (item, kind) in [
            ("往月欠费", Arrears),
            ("上期欠费", Arrears),
            ("欠费", Arrears),
            ("上期结余", Balance),
            ("预存款", Balance),
            ("本期已缴", Balance),
            ("余额", Balance),
            ("Previous balance", Balance),
            ("Payment received", Balance),
            ("Balance forward", Balance),
            ("本期应缴", AmountDue),
            ("应缴金额", AmountDue),
            ("Amount due", AmountDue),
            ("Total due", AmountDue),
            ("套餐外语音通信费", UsageFee),
            ("套餐外短彩信费", UsageFee),
            ("国内数据流量费", UsageFee),
            ("Overage", UsageFee),
            ("Roaming", UsageFee),
            ("International long distance", UsageFee),
            ("Data overage charges", UsageFee),
            ("套餐月费", Charge),
            ("流量包月费", Charge),
            ("企业宽带200M月租费", Charge),
            ("Unlimited plan monthly access", Charge),
            ("Installment 5 of 36", Charge),
            ("宽带提前解约违约金", Charge),
            ("Taxes and fees", Tax),
            ("State 911 surcharge", Tax),
            ("Federal Universal Service Fund", Tax),
            ("VAT", Tax),
            ("增值税", Tax),
            ("套餐费(含税)", Charge),
            ("Unlimited plan incl. taxes", Charge),
            ("Taxable equipment fee incl. tax", Charge),
        ] {
            assert_eq!(LineKind::of(item), kind, "{item}");
        }
    }

    #[test]
    fn numbers_normalise() {
        assert_eq!(normalize_number("+86 138-0013-8000"), "13800138000");
        assert_eq!(normalize_number("adsl0571-1234"), "ADSL05711234");
        // Only ASCII letters and digits are kept: not full-width ones, nor other letters.
        assert_eq!(normalize_number("１３８号 ß-é a1"), "A1");
    }

    #[test]
    fn range_covers_whole_months_only() {
        let r = DateRange {
            from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2025, 9, 30).unwrap(),
        };
        assert!(r.covers(Period::new(2025, 9).unwrap()));
        assert!(!r.covers(Period::new(2025, 10).unwrap()));
        assert!(!r.covers(Period::new(2024, 12).unwrap()));
    }
}
