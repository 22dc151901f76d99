//! `billaudit init`: a starter `billaudit.toml` guessed from the statements in a case folder.
//!
//! * **Services** come from recurring bill items (an item billed in at least two periods, or
//!   any item when there is only one period). Items are grouped by their number and by the
//!   service kind guessed from the item text (宽带 → broadband, 套餐/月租 → mobile, …); each
//!   group is one `[[service]]` whose `match` lists its items (regex-escaped), whose
//!   `monthly_fee` is the most common amount per period and whose `start` is the first day of
//!   its first billed period. Usage fees (通话费, 流量费, …) and discounts of the same number
//!   join that number's service; one-off fees (违约金, 调账, …) are left to the rules.
//! * **Payees** are the counterparties of debits that look like carriers (电信, 移动, 联通,
//!   广电, Telecom, Verizon, AT&T, …), escaped as regexes; `[account] carrier` is the carrier
//!   most of those debits go to.
//!
//! Everything here is a guess to review: the written file says so, entry by entry.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::audit::{case_files, AuditError};
use crate::i18n::Lang;
use crate::import::{import_file, ImportOptions, Sink};
use crate::model::{
    normalize_number, BillLine, BillTotal, Period, ServiceKind, Transaction, UsageRecord,
};
use crate::tr;

/// A guessed `[[service]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceGuess {
    pub id: String,
    pub name: String,
    pub kind: ServiceKind,
    /// Bill items (verbatim) the service matches.
    pub items: Vec<String>,
    pub monthly_fee: Option<Decimal>,
    pub start: Option<Period>,
    pub number: Option<String>,
    /// Periods billed and lines seen (for the comment).
    pub periods: usize,
    pub lines: usize,
}

/// A guessed payee.
#[derive(Debug, Clone, PartialEq)]
pub struct PayeeGuess {
    /// The counterparty (or description) as in the statement.
    pub name: String,
    pub debits: usize,
    pub total: Decimal,
}

/// Everything `init` guessed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Starter {
    pub carrier: Option<String>,
    pub currency: String,
    pub services: Vec<ServiceGuess>,
    pub payees: Vec<PayeeGuess>,
    /// Files read and files skipped.
    pub files_read: usize,
    pub files_skipped: usize,
    pub bill_periods: Vec<Period>,
}

#[derive(Default)]
struct Keep {
    lines: Vec<BillLine>,
    txs: Vec<Transaction>,
}

impl Sink for Keep {
    fn bill_line(&mut self, line: BillLine) {
        self.lines.push(line);
    }
    fn bill_total(&mut self, _: BillTotal) {}
    fn usage(&mut self, _: &UsageRecord) {}
    fn transaction(&mut self, tx: Transaction) {
        self.txs.push(tx);
    }
}

/// Read every statement in `dir` and guess a configuration.
pub fn scan(dir: &Path) -> Result<Starter, AuditError> {
    if !dir.is_dir() {
        return Err(AuditError::NotADir(dir.to_path_buf()));
    }
    let files = case_files(dir)?;
    let profiles = crate::import::profile::load_dir(&dir.join("profiles"))?;
    let opts = ImportOptions {
        minor_units: Some(2),
        profiles: crate::import::profile::shared(profiles),
        ..ImportOptions::default()
    };
    let mut keep = Keep::default();
    let reports: Vec<_> = files
        .iter()
        .map(|(p, rel)| import_file(p, rel, &opts, &mut keep))
        .collect();
    let read = reports.iter().filter(|r| r.usable()).count();
    if read == 0 {
        let why = if reports.is_empty() {
            crate::msg!("audit-nothing-no-files")
        } else {
            crate::msg!("audit-nothing-recognised", count = reports.len())
        };
        return Err(AuditError::NothingUsable(dir.to_path_buf(), why));
    }
    let mut s = guess(&keep.lines, &keep.txs);
    s.files_read = read;
    s.files_skipped = reports.len() - read;
    Ok(s)
}

/// The currency the files state most often: of the bill lines, else of the transactions.
fn stated_currency(lines: &[BillLine], txs: &[Transaction]) -> Option<crate::model::Currency> {
    let most = |it: &mut dyn Iterator<Item = crate::model::Currency>| {
        let mut n: std::collections::BTreeMap<crate::model::Currency, usize> = Default::default();
        for c in it {
            *n.entry(c).or_default() += 1;
        }
        n.into_iter().max_by_key(|(_, k)| *k).map(|(c, _)| c)
    };
    most(&mut lines.iter().filter_map(|l| l.currency))
        .or_else(|| most(&mut txs.iter().filter_map(|t| t.currency)))
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid built-in regex"))
}

fn one_off(item: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"违约金|毁约金|提前解约|提前拆机|余额|结余|预存|已付|已缴|抵扣|调账|滞纳金|(?i)balance|payment received|adjustment|early termination|termination fee|late fee",
    )
    .is_match(item)
}

fn usage_fee(item: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    // Taxes and surcharges vary with the bill like usage fees, and belong to the line too.
    re(&R, r"通话费|语音费|流量费|上网费|短信费|彩信费|漫游费|税费|(?i)usage|call charges|data charges|sms charges|roaming|\btax(es)?\b|surcharge|regulatory|universal service|\b911\b|administrative (charge|fee)").is_match(item)
}

/// The service kind an item's text suggests.
pub fn guess_kind(item: &str) -> ServiceKind {
    static TABLE: OnceLock<Vec<(Regex, ServiceKind)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        [
            // Add-ons first, whatever line they ride on ("Mobile Protect", "Internet add-on"):
            // never the main service of a number.
            (
                r"(?i)add-?on|\bprotect(ion)?\b|insurance|equipment coverage|call filter|smart family|digital secure|\bcloud\b|travel ?pass|day ?pass|\bperks?\b",
                ServiceKind::Vas,
            ),
            (
                r"宽带|专线|光纤|(?i)broadband|fib(er|re)|internet|dsl",
                ServiceKind::Broadband,
            ),
            (r"电视|(?i)iptv|\bitv\b|\btv\b|television", ServiceKind::Tv),
            (
                r"光猫|机顶盒|终端|设备|分期|(?i)device|equipment|modem|router|handset|installment",
                ServiceKind::Device,
            ),
            (
                r"彩铃|来电显示|增值|会员|(?i)caller id|ringback|value.added|subscription",
                ServiceKind::Vas,
            ),
            (r"固话|座机|(?i)landline|home phone", ServiceKind::Voice),
            (
                r"月租|套餐|手机|(?i)mobile|wireless|cell|plan|line access|unlimited|magenta|go5g|smartphone",
                ServiceKind::Mobile,
            ),
            (r"流量|(?i)\bdata\b", ServiceKind::Data),
            (r"短信|(?i)\bsms\b|text", ServiceKind::Sms),
        ]
        .into_iter()
        .map(|(p, k)| (Regex::new(p).expect("valid built-in regex"), k))
        .collect()
    });
    table
        .iter()
        .find(|(r, _)| r.is_match(item))
        .map(|(_, k)| *k)
        .unwrap_or(ServiceKind::Other)
}

/// The payee part of a bank description, without the reference that changes from debit
/// to debit: `AT&T MOBILITY DES:ONLINE PMT ID:XXXXX1234` → `AT&T MOBILITY`,
/// `VERIZON WIRELESS PAYMENTS PPD ID: 2223344556` → `VERIZON WIRELESS PAYMENTS`. Words
/// are kept up to the first that holds a digit or a colon, or is an ACH code.
fn description_stem(description: &str) -> String {
    const CODES: [&str; 8] = ["PPD", "WEB", "CCD", "ACH", "DES", "INDN", "REF", "#"];
    let words: Vec<&str> = description
        .split_whitespace()
        .take_while(|w| {
            !w.chars().any(|c| c.is_ascii_digit() || c == ':')
                && !CODES.iter().any(|c| w.eq_ignore_ascii_case(c))
        })
        .collect();
    if words.is_empty() {
        description.trim().to_string()
    } else {
        words.join(" ")
    }
}

/// The carrier a counterparty or description names, as a display name.
pub fn guess_carrier(text: &str) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        [
            (
                r"中国电信|电信股份|电信分公司|电信公司|翼支付|(?i)china telecom",
                "中国电信",
            ),
            (r"中国移动|移动通信|和包|(?i)china mobile|cmcc", "中国移动"),
            (r"中国联通|联通|沃支付|(?i)china unicom", "中国联通"),
            (r"中国广电|广电网络|广电", "中国广电"),
            (r"铁通", "中国铁通"),
            (r"中華電信|(?i)chunghwa", "中華電信"),
            (r"台灣大哥大|(?i)taiwan mobile", "台灣大哥大"),
            (r"遠傳|(?i)far ?eastone", "遠傳電信"),
            // Checking-account descriptors too: VZWRLSS*APOCC, ATT Payment ID: ….
            (r"(?i)verizon|\bvzw|\bvz ?wireless", "Verizon"),
            (
                r"(?i)\bat&t\b|\bat ?and ?t\b|\batt\*|\batt\b\s*(payment|pymt|bill|mobility|wireless|u-?verse)",
                "AT&T",
            ),
            (r"(?i)t-mobile|tmobile", "T-Mobile"),
            (r"(?i)comcast|xfinity", "Comcast Xfinity"),
            (r"(?i)spectrum|charter comm", "Spectrum"),
            (r"(?i)vodafone", "Vodafone"),
            (r"(?i)\borange\b", "Orange"),
            (r"(?i)\bo2\b", "O2"),
            (r"(?i)\bbt group\b|\bbritish telecom", "BT"),
            (r"(?i)telstra", "Telstra"),
            (r"(?i)rogers", "Rogers"),
            (r"(?i)telus", "Telus"),
            (r"(?i)bell canada", "Bell"),
            (r"(?i)telecom|telekom|mobile|wireless", ""),
        ]
        .into_iter()
        .map(|(p, n)| (Regex::new(p).expect("valid built-in regex"), n))
        .collect()
    });
    table
        .iter()
        .find(|(r, _)| r.is_match(text))
        .map(|(_, n)| *n)
}

fn is_us_carrier(name: &str) -> bool {
    matches!(
        name,
        "Verizon" | "AT&T" | "T-Mobile" | "Comcast Xfinity" | "Spectrum"
    )
}

/// The most common value; ties go to the larger one.
fn mode(values: &[Decimal]) -> Option<Decimal> {
    let mut counts: BTreeMap<Decimal, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(*v).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(v, n)| (*n, *v))
        .map(|(v, _)| v)
}

/// Guess a configuration from bill lines and transactions.
pub fn guess(lines: &[BillLine], txs: &[Transaction]) -> Starter {
    let periods: BTreeSet<Period> = lines.iter().map(|l| l.period).collect();
    let single_period = periods.len() <= 1;

    // Base items (recurring candidates) per (number, kind); item -> periods.
    type Group = BTreeMap<String, BTreeSet<Period>>;
    let mut groups: BTreeMap<(String, ServiceKind), Group> = BTreeMap::new();
    for l in lines
        .iter()
        .filter(|l| l.amount > Decimal::ZERO && !one_off(&l.item) && !usage_fee(&l.item))
    {
        let number = l
            .number
            .as_deref()
            .map(normalize_number)
            .unwrap_or_default();
        groups
            .entry((number, guess_kind(&l.item)))
            .or_default()
            .entry(l.item.trim().to_string())
            .or_default()
            .insert(l.period);
    }

    let mut services: Vec<ServiceGuess> = Vec::new();
    let mut ids: BTreeSet<String> = BTreeSet::new();
    for ((number, kind), items) in &groups {
        let recurring: Vec<&String> = items
            .iter()
            .filter(|(_, ps)| single_period || ps.len() >= 2)
            .map(|(i, _)| i)
            .collect();
        if recurring.is_empty() {
            continue;
        }
        let mut base = kind.as_str().to_string();
        if !number.is_empty() && groups.keys().filter(|(_, k)| k == kind).count() > 1 {
            let tail: String = number
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            base = format!("{base}-{}", tail.to_ascii_lowercase());
        }
        let mut id = base.clone();
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let name = recurring
            .iter()
            .max_by_key(|i| (items[i.as_str()].len(), std::cmp::Reverse(i.len())))
            .map(|s| s.to_string())
            .unwrap_or_default();
        services.push(ServiceGuess {
            id,
            name,
            kind: *kind,
            items: recurring.iter().map(|s| s.to_string()).collect(),
            monthly_fee: None,
            start: None,
            number: (!number.is_empty()).then(|| number.clone()),
            periods: 0,
            lines: 0,
        });
    }

    // Usage fees and discounts join the service of their number (a mobile-like one first).
    let owner = |number: &str, services: &[ServiceGuess]| -> Option<usize> {
        let same: Vec<usize> = services
            .iter()
            .enumerate()
            .filter(|(_, s)| s.number.as_deref().unwrap_or("") == number)
            .map(|(i, _)| i)
            .collect();
        same.iter()
            .copied()
            .find(|i| services[*i].kind.has_usage())
            .or_else(|| {
                if same.len() == 1 {
                    same.first().copied()
                } else {
                    None
                }
            })
    };
    for l in lines
        .iter()
        .filter(|l| !one_off(&l.item) && (l.amount < Decimal::ZERO || usage_fee(&l.item)))
    {
        let number = l
            .number
            .as_deref()
            .map(normalize_number)
            .unwrap_or_default();
        if let Some(i) = owner(&number, &services) {
            let item = l.item.trim().to_string();
            if !services[i].items.contains(&item) {
                services[i].items.push(item);
            }
        }
    }

    // Fee, start and counts from the lines each service now matches (recurring base items
    // and discounts; usage fees vary and are left out of the fee).
    for s in &mut services {
        let mut per_period: BTreeMap<Period, Decimal> = BTreeMap::new();
        for l in lines {
            let number = l
                .number
                .as_deref()
                .map(normalize_number)
                .unwrap_or_default();
            if s.number.as_deref().unwrap_or("") != number
                || !s.items.iter().any(|i| i == l.item.trim())
            {
                continue;
            }
            s.lines += 1;
            let e = per_period.entry(l.period).or_default();
            if !usage_fee(&l.item) {
                *e += l.amount;
            }
        }
        s.periods = per_period.len();
        s.start = per_period.keys().next().copied();
        let fees: Vec<Decimal> = per_period
            .values()
            .copied()
            .filter(|v| *v > Decimal::ZERO)
            .collect();
        s.monthly_fee = mode(&fees).map(|mut f| {
            if f.scale() < 2 {
                f.rescale(2);
            }
            f
        });
    }

    // Payees: debits that look like carriers, by counterparty.
    let mut payees: BTreeMap<String, PayeeGuess> = BTreeMap::new();
    let mut carriers: BTreeMap<&'static str, usize> = BTreeMap::new();
    for t in txs.iter().filter(|t| t.is_debit()) {
        let text = format!("{} {}", t.counterparty, t.description);
        let Some(carrier) = guess_carrier(&text) else {
            continue;
        };
        if !carrier.is_empty() {
            *carriers.entry(carrier).or_default() += 1;
        }
        let stem;
        let name = if t.counterparty.trim().is_empty() {
            stem = description_stem(&t.description);
            stem.as_str()
        } else {
            t.counterparty.trim()
        };
        if name.is_empty() {
            continue;
        }
        let p = payees
            .entry(name.to_string())
            .or_insert_with(|| PayeeGuess {
                name: name.to_string(),
                debits: 0,
                total: Decimal::ZERO,
            });
        p.debits += 1;
        p.total -= t.amount;
    }
    let carrier = carriers
        .into_iter()
        .max_by_key(|(n, c)| (*c, std::cmp::Reverse(*n)))
        .map(|(n, _)| n.to_string());
    let fallback = if carrier.as_deref().is_some_and(is_us_carrier) {
        "USD"
    } else {
        "CNY"
    };
    let stated = stated_currency(lines, txs);
    let currency = stated.as_ref().map_or(fallback, |c| c.as_str());
    Starter {
        carrier,
        currency: currency.to_string(),
        services,
        payees: payees.into_values().collect(),
        files_read: 0,
        files_skipped: 0,
        bill_periods: periods.into_iter().collect(),
    }
}

/// A TOML basic string.
fn q(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Comment text on one line.
fn c(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// The proposed `country` and the `holder_type` line: the country from the carrier,
/// else the currency; the holder type is left for the user (without it, the holder's
/// name decides: 公司, 有限, 企业, Ltd, Inc, LLC … mean a business).
fn render_jurisdiction(o: &mut String, s: &Starter, lang: Lang) {
    match crate::jurisdiction::propose_country(s.carrier.as_deref(), &s.currency) {
        Some((c, "carrier")) => line(
            o,
            &format!("country = {}", q(c.code())),
            &tr!(lang, "init-country-from-carrier"),
        ),
        Some((c, _)) => line(
            o,
            &format!("country = {}", q(c.code())),
            &tr!(lang, "init-country-from-currency"),
        ),
        None => line(o, "# country = \"…\"", &tr!(lang, "init-country-unknown")),
    }
    line(
        o,
        "# holder_type = \"consumer\"",
        &tr!(lang, "init-holder-type"),
    );
}

/// A TOML line with its comment: `key = value  # comment` (a commented-out example is
/// padded so that the comments line up).
fn line(o: &mut String, toml: &str, comment: &str) {
    if toml.starts_with('#') {
        o.push_str(&format!("{toml:<30}  # {comment}\n"));
    } else {
        o.push_str(&format!("{toml}  # {comment}\n"));
    }
}

/// Comment lines (`# …`), one per line of `text`.
fn comment(o: &mut String, text: &str) {
    for l in text.lines() {
        o.push_str(&format!("# {l}\n"));
    }
}

/// The starter `billaudit.toml`, with a comment on every entry, in `lang`.
pub fn render(s: &Starter, lang: Lang) -> String {
    let mut o = String::new();
    comment(&mut o, &tr!(lang, "init-head"));
    match (s.bill_periods.first(), s.bill_periods.last()) {
        (Some(a), Some(b)) => comment(
            &mut o,
            &tr!(
                lang,
                "init-read-with-bills",
                files = s.files_read,
                skipped = s.files_skipped,
                periods = s.bill_periods.len(),
                from = a.to_string(),
                to = b.to_string()
            ),
        ),
        _ => comment(
            &mut o,
            &tr!(
                lang,
                "init-read-no-bills",
                files = s.files_read,
                skipped = s.files_skipped
            ),
        ),
    }
    o.push_str("\n[account]\n");
    line(&mut o, "# holder = \"…\"", &tr!(lang, "init-holder"));
    match &s.carrier {
        Some(cn) => line(
            &mut o,
            &format!("carrier = {}", q(cn)),
            &tr!(lang, "init-carrier"),
        ),
        None => line(
            &mut o,
            "# carrier = \"…\"",
            &tr!(lang, "init-carrier-unknown"),
        ),
    }
    line(
        &mut o,
        &format!("currency = {}", q(&s.currency)),
        &tr!(lang, "init-currency"),
    );
    render_jurisdiction(&mut o, s, lang);
    render_payees(&mut o, s, lang);
    if s.services.is_empty() {
        o.push('\n');
        comment(&mut o, &tr!(lang, "init-no-service"));
        o.push_str("# [[service]]\n# id = \"broadband\"\n# kind = \"broadband\"\n# match = [\"宽带\"]\n# monthly_fee = \"258.00\"\n");
    }
    for sv in &s.services {
        render_service(&mut o, sv, lang);
    }
    o
}

fn render_payees(o: &mut String, s: &Starter, lang: Lang) {
    if s.payees.is_empty() {
        comment(o, &tr!(lang, "init-no-payees"));
        o.push_str("payees = []\n");
        return;
    }
    comment(o, &tr!(lang, "init-payees"));
    for p in &s.payees {
        comment(
            o,
            &format!(
                "  {}",
                tr!(
                    lang,
                    "init-payee",
                    name = c(&p.name),
                    debits = p.debits,
                    total = p.total.to_string()
                )
            ),
        );
    }
    o.push_str("payees = [");
    o.push_str(
        &s.payees
            .iter()
            .map(|p| q(&regex::escape(&p.name)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    o.push_str("]\n");
}

fn render_service(o: &mut String, sv: &ServiceGuess, lang: Lang) {
    o.push_str("\n[[service]]\n");
    comment(
        o,
        &tr!(
            lang,
            "init-service-billed",
            periods = sv.periods,
            lines = sv.lines
        ),
    );
    if sv.kind == ServiceKind::Vas {
        comment(o, &tr!(lang, "init-service-vas"));
    }
    line(
        o,
        &format!("id = {}", q(&sv.id)),
        &tr!(lang, "init-service-id"),
    );
    o.push_str(&format!("name = {}\n", q(&sv.name)));
    line(
        o,
        &format!("kind = {}", q(sv.kind.as_str())),
        &tr!(lang, "init-service-kind"),
    );
    comment(o, &tr!(lang, "init-service-match"));
    o.push_str("match = [");
    o.push_str(
        &sv.items
            .iter()
            .map(|i| q(&regex::escape(i)))
            .collect::<Vec<_>>()
            .join(", "),
    );
    o.push_str("]\n");
    match sv.monthly_fee {
        Some(f) => line(
            o,
            &format!("monthly_fee = {}", q(&f.to_string())),
            &tr!(lang, "init-service-fee"),
        ),
        None => line(
            o,
            "# monthly_fee = \"…\"",
            &tr!(lang, "init-service-fee-unknown"),
        ),
    }
    if let Some(p) = sv.start {
        line(
            o,
            &format!("start = {}", q(&p.first_day().to_string())),
            &tr!(lang, "init-service-start"),
        );
    }
    line(o, "# term_months = 12", &tr!(lang, "init-service-term"));
    line(
        o,
        "# cancelled = \"YYYY-MM-DD\"",
        &tr!(lang, "init-service-cancelled"),
    );
    line(
        o,
        "# suspended = [[\"YYYY-MM-DD\", \"YYYY-MM-DD\"]]",
        &tr!(lang, "init-service-suspended"),
    );
    if let Some(n) = &sv.number {
        line(
            o,
            &format!("numbers = [{}]", q(n)),
            &tr!(lang, "init-service-numbers"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::model::SourceRef;
    use chrono::NaiveDate;
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn line(p: &str, item: &str, amount: Decimal, number: Option<&str>) -> BillLine {
        BillLine {
            currency: None,
            period: p.parse().unwrap(),
            item: item.into(),
            amount,
            number: number.map(str::to_string),
            source: SourceRef::new(Arc::from("b.csv"), 1),
        }
    }

    fn tx(d: &str, amount: Decimal, cp: &str) -> Transaction {
        Transaction {
            reversal: false,
            currency: None,
            date: NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            amount,
            counterparty: cp.into(),
            description: String::new(),
            id: None,
            source: SourceRef::new(Arc::from("t.csv"), 1),
        }
    }

    #[test]
    fn kinds_from_item_text() {
        assert_eq!(guess_kind("企业宽带200M月租费"), ServiceKind::Broadband);
        assert_eq!(guess_kind("套餐月费"), ServiceKind::Mobile);
        assert_eq!(guess_kind("来电显示功能费"), ServiceKind::Vas);
        assert_eq!(guess_kind("IPTV 基本包"), ServiceKind::Tv);
        assert_eq!(guess_kind("Unlimited Plan"), ServiceKind::Mobile);
        assert_eq!(guess_kind("Fiber Internet 500"), ServiceKind::Broadband);
        assert_eq!(guess_kind("杂项"), ServiceKind::Other);
        assert_eq!(
            guess_carrier("中国电信股份有限公司杭州分公司"),
            Some("中国电信")
        );
        assert_eq!(guess_carrier("VERIZON WIRELESS PAYMENT"), Some("Verizon"));
        assert_eq!(guess_carrier("AT&T Mobility"), Some("AT&T"));
        assert_eq!(guess_carrier("某某物业管理有限公司"), None);
    }

    /// The currency the files state wins over the carrier's country: the bill lines' first,
    /// else the statements'.
    #[test]
    fn the_stated_currency_is_proposed() {
        let cur = |c: &str| crate::model::Currency::code(c);
        let mut lines = vec![line("2025-01", "月租", dec!(58.00), None)];
        let mut txs = vec![tx("2025-01-15", dec!(-58.00), "中国电信")];
        txs[0].currency = cur("HKD");
        assert_eq!(guess(&lines, &txs).currency, "HKD");
        lines[0].currency = cur("TWD");
        assert_eq!(guess(&lines, &txs).currency, "TWD");
        assert_eq!(guess(&[], &[]).currency, "CNY");
    }

    /// A US case: a Verizon bill with a plan, an add-on nobody ordered and taxes, paid from
    /// a checking account whose descriptors name the carrier only in passing.
    #[test]
    fn a_us_case_proposes_usd_and_keeps_the_add_on_apart() {
        let mut lines = Vec::new();
        for p in ["2025-01", "2025-02", "2025-03"] {
            let n = Some("555-010-0100");
            lines.push(line(p, "Unlimited Welcome", dec!(65.00), n));
            lines.push(line(p, "Verizon Protect", dec!(17.00), n));
            lines.push(line(p, "Taxes and fees", dec!(3.99), n));
            lines.push(line(p, "Autopay discount", dec!(-10.00), n));
        }
        let txs = vec![
            tx(
                "2025-01-15",
                dec!(-75.99),
                "VERIZON WIRELESS PAYMENTS PPD ID: 2223344556",
            ),
            tx("2025-02-14", dec!(-75.99), "VZWRLSS*APOCC VISE"),
            tx("2025-03-14", dec!(-75.99), "VZ WIRELESS VE"),
            tx("2025-02-20", dec!(-60.00), "ATT Payment ID: 99887766"),
            tx("2025-03-01", dec!(2000.00), "PAYROLL ACME"),
            tx("2025-03-02", dec!(-12.00), "ATTIC STORAGE"),
        ];
        let s = guess(&lines, &txs);
        assert_eq!(s.currency, "USD");
        assert_eq!(s.carrier.as_deref(), Some("Verizon"));
        let payees: Vec<&str> = s.payees.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            payees,
            [
                "ATT Payment ID: 99887766",
                "VERIZON WIRELESS PAYMENTS PPD ID: 2223344556",
                "VZ WIRELESS VE",
                "VZWRLSS*APOCC VISE"
            ]
        );
        let main = s
            .services
            .iter()
            .find(|x| x.kind == ServiceKind::Mobile)
            .unwrap();
        assert_eq!(main.name, "Unlimited Welcome");
        assert_eq!(
            main.monthly_fee,
            Some(dec!(55.00)),
            "plan and discount, no tax, no add-on"
        );
        assert!(
            main.items.iter().all(|i| i != "Verizon Protect"),
            "{:?}",
            main.items
        );
        assert!(main.items.contains(&"Taxes and fees".to_string()));
        let add_on = s
            .services
            .iter()
            .find(|x| x.items.contains(&"Verizon Protect".to_string()))
            .unwrap();
        assert_eq!(add_on.kind, ServiceKind::Vas);
        assert_eq!(s.services.len(), 2);
        let text = render(&s, Lang::En);
        assert!(
            text.contains("keep this entry only if you ordered it"),
            "{text}"
        );
        Config::parse("billaudit.toml", &text).unwrap();
        for (item, kind) in [
            ("Mobile Protect", ServiceKind::Vas),
            ("Internet add-on", ServiceKind::Vas),
            ("Total Equipment Coverage", ServiceKind::Vas),
            ("Magenta MAX", ServiceKind::Mobile),
        ] {
            assert_eq!(guess_kind(item), kind, "{item}");
        }
    }

    #[test]
    fn payee_stems_leave_out_references() {
        for (d, want) in [
            ("AT&T MOBILITY DES:ONLINE PMT ID:XXXXX1234", "AT&T MOBILITY"),
            (
                "VERIZON WIRELESS PAYMENTS PPD ID: 2223344556",
                "VERIZON WIRELESS PAYMENTS",
            ),
            ("VZWRLSS*APOCC VISE", "VZWRLSS*APOCC VISE"),
            ("快捷支付-和包支付", "快捷支付-和包支付"),
            ("12345 T-MOBILE", "12345 T-MOBILE"),
        ] {
            assert_eq!(description_stem(d), want, "{d}");
        }
    }

    #[test]
    fn guesses_services_payees_and_carrier_and_the_result_parses() {
        let mut lines = Vec::new();
        for p in ["2025-01", "2025-02", "2025-03"] {
            lines.push(line(
                p,
                "企业宽带200M月租费",
                dec!(258.00),
                Some("ADSL0571-1"),
            ));
            lines.push(line(p, "套餐月费", dec!(128.00), Some("13800000001")));
            lines.push(line(p, "合约优惠", dec!(-70.00), Some("13800000001")));
        }
        lines.push(line(
            "2025-02",
            "国内通话费",
            dec!(3.50),
            Some("13800000001"),
        ));
        lines.push(line(
            "2025-03",
            "套餐月费",
            dec!(10.00),
            Some("13800000001"),
        ));
        lines.push(line(
            "2025-03",
            "宽带提前解约违约金",
            dec!(258.00),
            Some("ADSL0571-1"),
        ));
        let txs = vec![
            tx(
                "2025-02-05",
                dec!(-258.00),
                "中国电信股份有限公司杭州分公司",
            ),
            tx(
                "2025-03-05",
                dec!(-258.00),
                "中国电信股份有限公司杭州分公司",
            ),
            tx("2025-02-08", dec!(-58.00), "中国移动(和包)"),
            tx("2025-02-01", dec!(-6000.00), "某某物业管理有限公司"),
            tx("2025-02-09", dec!(30.00), "中国电信股份有限公司杭州分公司"),
        ];
        let s = guess(&lines, &txs);
        assert_eq!(s.carrier.as_deref(), Some("中国电信"));
        assert_eq!(s.currency, "CNY");
        assert_eq!(s.payees.len(), 2, "{:?}", s.payees);
        let tel = s
            .payees
            .iter()
            .find(|p| p.name.starts_with("中国电信"))
            .unwrap();
        assert_eq!((tel.debits, tel.total), (2, dec!(516.00)));
        assert_eq!(s.services.len(), 2, "{:?}", s.services);
        let bb = s
            .services
            .iter()
            .find(|x| x.kind == ServiceKind::Broadband)
            .unwrap();
        assert_eq!(bb.items, vec!["企业宽带200M月租费".to_string()]);
        assert_eq!(bb.monthly_fee, Some(dec!(258.00)));
        assert_eq!(bb.start.unwrap().to_string(), "2025-01");
        let m = s
            .services
            .iter()
            .find(|x| x.kind == ServiceKind::Mobile)
            .unwrap();
        assert_eq!(m.items, vec!["套餐月费", "合约优惠", "国内通话费"]);
        // Per period 58, 58, 68: the most common is 58.
        assert_eq!(m.monthly_fee, Some(dec!(58.00)));
        assert_eq!(m.number.as_deref(), Some("13800000001"));
        // Whole amounts are written with cents.
        let whole = guess(
            &[
                line("2025-01", "Unlimited plan", dec!(45), None),
                line("2025-02", "Unlimited plan", dec!(45), None),
            ],
            &[],
        );
        assert_eq!(whole.services[0].monthly_fee.unwrap().to_string(), "45.00");

        let text = render(&s, Lang::En);
        let cfg = Config::parse("billaudit.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(cfg.account.carrier, "中国电信");
        assert_eq!(cfg.services.len(), 2);
        let bb = cfg.service("broadband").unwrap();
        assert!(bb.matches_item("企业宽带200M月租费", Some("ADSL0571-1")));
        assert!(!bb.matches_item("宽带提前解约违约金", None));
        assert_eq!(bb.start.unwrap().to_string(), "2025-01-01");
        assert!(cfg.is_carrier_bound("中国移动(和包)", ""));
        assert!(!cfg.is_carrier_bound("某某物业管理有限公司", ""));
        // Every entry has a comment.
        for l in text.lines().filter(|l| {
            l.starts_with("carrier") || l.starts_with("kind") || l.starts_with("monthly_fee")
        }) {
            assert!(l.contains('#'), "{l}");
        }
    }

    #[test]
    fn nothing_recognised_still_parses() {
        let s = guess(&[], &[]);
        let text = render(&s, Lang::En);
        let cfg = Config::parse("billaudit.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert!(cfg.services.is_empty() && cfg.account.payees.is_empty());
        // Awkward text is escaped.
        let s = Starter {
            carrier: Some("a\"b\\c".into()),
            currency: "USD".into(),
            payees: vec![PayeeGuess {
                name: "AT&T (wireless) *1\"".into(),
                debits: 1,
                total: dec!(1),
            }],
            ..Default::default()
        };
        let cfg = Config::parse("billaudit.toml", &render(&s, Lang::En)).unwrap();
        assert_eq!(cfg.account.carrier, "a\"b\\c");
        assert!(cfg.is_carrier_bound("AT&T (wireless) *1\"", ""));
    }

    /// The proposed country comes from the carrier, else the currency, and the starter
    /// file it writes loads with that route; a holder type is never written as a fact.
    #[test]
    fn proposes_the_country_and_leaves_the_holder_type_to_the_user() {
        use crate::jurisdiction::Route;
        for (carrier, currency, want, route) in [
            (
                Some("中国电信"),
                "CNY",
                Some("country = \"CN\"  # from the carrier"),
                Route::Cn,
            ),
            (
                Some("Verizon"),
                "USD",
                Some("country = \"US\"  # from the carrier"),
                Route::Us,
            ),
            (
                Some("Taiwan Mobile"),
                "CNY",
                Some("country = \"TW\"  # from the carrier"),
                Route::Generic,
            ),
            (
                None,
                "GBP",
                Some("country = \"GB\"  # from the currency"),
                Route::Gb,
            ),
            (None, "XOF", None, Route::Generic),
        ] {
            let s = Starter {
                carrier: carrier.map(str::to_string),
                currency: currency.to_string(),
                ..Starter::default()
            };
            let text = render(&s, Lang::En);
            match want {
                Some(w) => assert!(text.contains(w), "{carrier:?} {currency}:\n{text}"),
                None => assert!(text.contains("# country = "), "{text}"),
            }
            assert!(text.contains("# holder_type = \"consumer\""), "{text}");
            let cfg = Config::parse("billaudit.toml", &text).unwrap();
            assert_eq!(
                cfg.account.jurisdiction.route(),
                route,
                "{carrier:?} {currency}"
            );
        }
    }
}
