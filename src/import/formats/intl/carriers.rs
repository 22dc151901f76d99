//! Carrier bill and usage files beyond China, and public CDR datasets.
//!
//! These are text tables whose cells the generic layouts cannot read (dates without a
//! year, `7:15A` times, two header rows, headerless CDR lists), so they get their own
//! reader: recognised from the head of the file (never the name), read with the csv crate,
//! every row a record or a counted skip with a reason or a row error with its column.
//!
//! | format id | file |
//! |---|---|
//! | `verizon-rdd-usage` | Verizon Wireless raw data download, Wireless Usage Detail (TAB) |
//! | `verizon-rdd-charges` | Verizon RDD, Acct & Wireless Charges Detail Summary Usage (TAB) |
//! | `verizon-rdd-account` | Verizon RDD, AccountSummary (TAB): stated bill totals |
//! | `att-usage` | AT&T usage detail (`Foundation account,…,Minutes usage,KB usage,…`) |
//! | `bell-dtl` | Bell Canada call detail, bilingual two-row header |
//! | `bell-acc` | Bell Canada account summary, bilingual two-row header: stated totals |
//! | `cdr-stats` | cdr-stats CDR import CSV (`switch,cdr_source_type,callid,…`) |
//! | `cdr-voipcall` | headerless VoIP call report (`caller,callee,"ANSWER",…,YYYY-MM-DD hh:mm:ss`) |
//! | `cdr-bandicoot` | bandicoot `interaction,direction,correspondent_id,datetime,call_duration,…` |
//! | `cdr-bandicoot-orange` | bandicoot "orange" headerless `;` format |
//! | `cdr-bandicoot-recharges` | bandicoot prepaid top-ups `datetime,amount,retailer_id` |
//! | `att-raw` | AT&T raw data output (`|`, record types BIL/IRA/SL) |
//! | `att-pooling` | AT&T data/voice pooling report: charges and pooling credits per line |
//! | `bell-mob` | Bell Canada mobile summary (charges per number), two-row header |
//! | `bell-invoice-charges` | Bell "Invoice charge report" XLSX (through the table reader) |
//! | `rogers-calls` | Rogers headerless `ALL_CALLS-*.txt` with the `Header-*.txt` beside it |
//! | `rogers-charges` | Rogers "Cost Centre Detail-Monthly Charges Breakdown" |
//! | `telus-airtime` | TELUS "REPORT - AIRTIME DETAILS" (sections per subscriber, TAB) |
//! | `td-csv` | TD Canada Trust CSV without a header, recognised by its rows |
//!
//! Refused with a clear reason: Rogers `Header-*.txt` on its own, the other TELUS reports
//! (summaries), and bandicoot antenna lists.

use std::borrow::Cow;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use rust_decimal::Decimal;

use crate::import::generic::{source, Layout, Outcome};
use crate::import::header::normalize_header;
use crate::import::statement::unusable;
use crate::import::{FileReport, ImportError, Sink};
use crate::model::{BillLine, BillTotal, Period, RecordKind, Transaction, UsageKind, UsageRecord};
use crate::parse::{
    clean, is_placeholder, parse_amount, parse_datetime, parse_duration, DurationUnit,
};

/// The Western carrier tables the table reader takes (the other carrier files are sniffed).
pub static FORMAT: crate::import::formats::TableFormat = crate::import::formats::TableFormat {
    family: "intl-carriers",
    detect,
    reconcile: crate::import::formats::no_totals,
    owns: |id| id == "bell-invoice-charges",
};

/// Carrier tables that the table reader can take as they are (spreadsheets): the Bell
/// "Invoice charge report" XLSX (dates are Excel serials with a date style). The other
/// carrier files are sniffed instead (see [`sniff`]).
pub fn detect(header: &[String], _preamble: &[String]) -> Option<Layout> {
    use crate::import::header::Field;
    let norm: Vec<String> = header.iter().map(|h| normalize_header(h)).collect();
    let find = |n: &str| norm.iter().position(|h| h == n);
    let want = [
        "invoicedate",
        "mobilenumber",
        "chargetype",
        "chargename",
        "chargeamount",
        "totalbeforetaxes",
    ];
    if !want.iter().all(|w| find(w).is_some()) {
        return None;
    }
    let cols = vec![
        (Field::Period, find("invoicedate")?),
        (Field::Item, find("chargename")?),
        (Field::Amount, find("totalbeforetaxes")?),
        (Field::Number, find("mobilenumber")?),
    ];
    let mut l = Layout::transactions("bell-invoice-charges", header, cols);
    l.kind = RecordKind::BillLines;
    Some(l)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    VerizonUsage,
    VerizonCharges,
    VerizonAccount,
    AttUsage,
    BellDtl,
    BellAcc,
    CdrStats,
    CdrVoipCall,
    Bandicoot,
    BandicootOrange,
    BandicootRecharges,
    /// TELUS "REPORT - AIRTIME DETAILS": calls per subscriber in sections.
    TelusAirtime,
    /// Another TELUS report (summaries): recognised, refused with a clear reason.
    TelusOther(&'static str),
    /// Rogers headerless `|` call detail (`ALL_CALLS-*.txt`), read with the field
    /// definition file (`Header-*.txt`) beside it.
    RogersCalls,
    /// A Rogers field definition file on its own.
    RogersHeader,
    /// Rogers "Cost Centre Detail-Monthly Charges Breakdown" (`|`, two preamble lines).
    RogersCharges,
    /// Bell Canada mobile summary (MOB): charges per mobile number, two-row header.
    BellMob,
    /// TD Canada Trust CSV without a header: date, description, debit, credit, balance.
    TdCsv,
    /// AT&T raw data output (`|`, record types BIL/IRA/SL): statement lines as bill lines,
    /// the invoice's stated current charges as a total.
    AttRaw,
    /// AT&T pooling report: per line, data/airtime charges and pooling credits.
    AttPooling,
    /// A list of antenna locations: recognised, refused with a clear reason.
    Towers,
}

impl Carrier {
    pub fn id(self) -> &'static str {
        match self {
            Carrier::VerizonUsage => "verizon-rdd-usage",
            Carrier::VerizonCharges => "verizon-rdd-charges",
            Carrier::VerizonAccount => "verizon-rdd-account",
            Carrier::AttUsage => "att-usage",
            Carrier::BellDtl => "bell-dtl",
            Carrier::BellAcc => "bell-acc",
            Carrier::CdrStats => "cdr-stats",
            Carrier::CdrVoipCall => "cdr-voipcall",
            Carrier::Bandicoot => "cdr-bandicoot",
            Carrier::BandicootOrange => "cdr-bandicoot-orange",
            Carrier::BandicootRecharges => "cdr-bandicoot-recharges",
            Carrier::TelusAirtime => "telus-airtime",
            Carrier::TelusOther(_) => "telus-report",
            Carrier::RogersCalls => "rogers-calls",
            Carrier::RogersHeader => "rogers-header",
            Carrier::RogersCharges => "rogers-charges",
            Carrier::BellMob => "bell-mob",
            Carrier::TdCsv => "td-csv",
            Carrier::AttRaw => "att-raw",
            Carrier::AttPooling => "att-pooling",
            Carrier::Towers => "cdr-bandicoot-towers",
        }
    }

    fn delimiter(self) -> u8 {
        match self {
            Carrier::VerizonUsage
            | Carrier::VerizonCharges
            | Carrier::VerizonAccount
            | Carrier::TelusAirtime
            | Carrier::TelusOther(_) => b'\t',
            Carrier::BandicootOrange => b';',
            Carrier::RogersCalls
            | Carrier::RogersHeader
            | Carrier::RogersCharges
            | Carrier::AttRaw => b'|',
            _ => b',',
        }
    }

    /// Header rows at the top of the file.
    fn header_rows(self) -> u64 {
        match self {
            Carrier::BellDtl | Carrier::BellAcc | Carrier::BellMob => 2,
            Carrier::TdCsv => 0,
            Carrier::RogersCalls => 0,
            Carrier::RogersCharges => 3,
            Carrier::CdrVoipCall
            | Carrier::BandicootOrange
            | Carrier::TelusAirtime
            | Carrier::TelusOther(_) => 0,
            _ => 1,
        }
    }

    fn kind(self) -> RecordKind {
        match self {
            Carrier::VerizonCharges
            | Carrier::VerizonAccount
            | Carrier::BellAcc
            | Carrier::RogersCharges => RecordKind::BillLines,
            Carrier::BellMob | Carrier::AttRaw | Carrier::AttPooling => RecordKind::BillLines,
            Carrier::BandicootRecharges | Carrier::TdCsv => RecordKind::Transactions,
            _ => RecordKind::Usage,
        }
    }
}

fn norm_cells(line: &str, delim: char) -> Vec<String> {
    line.split(delim).map(normalize_header).collect()
}

fn starts_with_cells(cells: &[String], want: &[&str]) -> bool {
    cells.len() >= want.len() && want.iter().zip(cells).all(|(w, c)| c == w)
}

/// Recognise a carrier or CDR file from the head of its decoded text.
pub fn sniff(head: &str) -> Option<Carrier> {
    let mut lines = head.lines();
    let first = lines.next()?.trim_start_matches('\u{feff}');
    let second = lines.next().unwrap_or("");
    let tab = norm_cells(first, '\t');
    if tab.len() > 5
        && starts_with_cells(&tab, &["ecpdprofileid", "billcycledate", "accountnumber"])
    {
        let has = |n: &str| tab.iter().any(|c| c == n);
        if has("usagecategory") && has("date") && has("time") {
            return Some(Carrier::VerizonUsage);
        }
        if has("itemcategory") && has("itemdescription") && has("cost") {
            return Some(Carrier::VerizonCharges);
        }
        if has("totalcurrentcharges") {
            return Some(Carrier::VerizonAccount);
        }
    }
    if head.lines().take(3).any(|l| l.starts_with("Invoice Date:")) {
        const REPORTS: [(&str, &str); 6] = [
            ("\"REPORT - AIRTIME DETAILS\"", ""),
            ("\"REPORT - ACCOUNT DETAIL\"", "Account Detail"),
            ("\"REPORT - GROUP SUMMARY\"", "Group Summary"),
            ("\"REPORT - INDIVIDUAL DETAILS\"", "Individual Details"),
            (
                "\"REPORT - MOBILITY INVOICE SUMMARY\"",
                "Mobility Invoice Summary",
            ),
            (
                "\"REPORT - DAYTIME, EVENING AND WEEKEND CHARGES\"",
                "Daytime, Evening and Weekend Charges",
            ),
        ];
        for l in head.lines().take(30) {
            if let Some((_, name)) = REPORTS.iter().find(|(tag, _)| l.trim() == *tag) {
                return Some(if name.is_empty() {
                    Carrier::TelusAirtime
                } else {
                    Carrier::TelusOther(name)
                });
            }
        }
    }
    if head
        .lines()
        .take(30)
        .any(|l| l.trim() == "\"REPORT - DAYTIME, EVENING AND WEEKEND CHARGES\"")
    {
        return Some(Carrier::TelusOther("Daytime, Evening and Weekend Charges"));
    }
    if rogers_header(head).is_some() {
        return Some(Carrier::RogersHeader);
    }
    if first.trim() == "Cost Centre Detail-Monthly Charges Breakdown" {
        let third = head.lines().nth(2).unwrap_or("");
        let cells = norm_cells(third, '|');
        if cells.iter().any(|c| c == "billingperiodenddate")
            && cells.iter().any(|c| c == "totalcurrentcharges")
        {
            return Some(Carrier::RogersCharges);
        }
    }
    let pipe = norm_cells(first, '|');
    if starts_with_cells(
        &pipe,
        &["sectionid", "billingentitylevel", "foundationaccounttype"],
    ) && pipe.iter().any(|c| c == "amount")
        && pipe.iter().any(|c| c == "periodenddate")
    {
        return Some(Carrier::AttRaw);
    }
    let comma = norm_cells(first, ',');
    let has = |n: &str| comma.iter().any(|c| c == n);
    if starts_with_cells(
        &comma,
        &["foundationaccount", "accountnumber", "wirelessnumber"],
    ) && has("minutesusage")
        && has("kbusage")
        && has("source")
    {
        return Some(Carrier::AttUsage);
    }
    let second_norm = norm_cells(second, ',');
    if starts_with_cells(&comma, &["acctnbr", "invcdate"])
        && starts_with_cells(&second_norm, &["numcompte", "datefact"])
    {
        if has("callseq") && has("duration") && has("callcost") {
            return Some(Carrier::BellDtl);
        }
        if has("curchgttl") {
            return Some(Carrier::BellAcc);
        }
        if has("mobilenbr") && has("ttlcharges") && has("mthchgttl") {
            return Some(Carrier::BellMob);
        }
    }
    if starts_with_cells(
        &comma,
        &[
            "accountanddescriptions",
            "wirelessnumberanddescriptions",
            "username",
            "datacharges",
        ],
    ) && has("totaldatapoolingcredit")
    {
        return Some(Carrier::AttPooling);
    }
    if starts_with_cells(&comma, &["switch", "cdrsourcetype", "callid"])
        && has("startingdate")
        && has("billsec")
    {
        return Some(Carrier::CdrStats);
    }
    if starts_with_cells(
        &comma,
        &["interaction", "direction", "correspondentid", "datetime"],
    ) {
        return Some(Carrier::Bandicoot);
    }
    if comma == ["datetime", "amount", "retailerid"] {
        return Some(Carrier::BandicootRecharges);
    }
    if comma == ["antennaid", "latitude", "longitude"] {
        return Some(Carrier::Towers);
    }
    // Headerless lists: every line of the head must have the shape.
    // Headerless lists: the first line and at least 4 in 5 of the first 20 have the shape
    // (the rest become row errors naming the column).
    let sample: Vec<&str> = head
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let most = |f: fn(&str) -> bool| {
        sample.len() >= 2
            && f(sample[0])
            && sample.iter().filter(|l| f(l)).count() * 5 >= sample.len() * 4
    };
    if most(is_voipcall_line) {
        return Some(Carrier::CdrVoipCall);
    }
    if most(is_orange_line) {
        return Some(Carrier::BandicootOrange);
    }
    if most(is_td_line) {
        return Some(Carrier::TdCsv);
    }
    None
}

/// A Rogers field definition file: `Voice Type : 03/21/2023 - 04/20/2023`, then
/// `Name,width,Type` lines. Returns the type, the period and the field names.
pub fn rogers_header(text: &str) -> Option<RogersDefs> {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    let first = lines.next()?.trim_start_matches('\u{feff}');
    let (kind, range) = first.split_once(" Type : ")?;
    let period = range.split_once(" - ").and_then(|(a, b)| {
        Some((
            NaiveDate::parse_from_str(a.trim(), "%m/%d/%Y").ok()?,
            NaiveDate::parse_from_str(b.trim(), "%m/%d/%Y").ok()?,
        ))
    });
    let mut names = Vec::new();
    for l in lines.take(500) {
        if l.trim().is_empty() {
            continue;
        }
        let parts: Vec<&str> = l.split(',').collect();
        if parts.len() != 3 || parts[1].trim().parse::<u32>().is_err() {
            return None;
        }
        names.push(parts[0].trim().to_string());
    }
    (!names.is_empty()).then(|| (kind.trim().to_string(), period, names))
}

/// What a Rogers field definition file says: type, period, field names.
pub type RogersDefs = (String, Option<(NaiveDate, NaiveDate)>, Vec<String>);

/// The Rogers field definition file beside a headerless `|` call file, if one fits: its
/// field count matches the data rows; several that fit are told apart by the name part
/// after `Header-` / `ALL_CALLS-`.
pub fn rogers_companion(path: &std::path::Path, head: &str) -> Option<RogersDefs> {
    rogers_fields(head)?;
    let dir = path.parent()?;
    let dir = if dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        dir
    };
    let own = path.file_name()?.to_string_lossy().into_owned();
    let mut candidates = Vec::new();
    for e in std::fs::read_dir(dir).ok()?.flatten().take(500) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_header_name(&name) {
            continue;
        }
        let Ok(meta) = e.metadata() else { continue };
        if meta.len() > 64 * 1024 {
            continue;
        }
        let Ok(bytes) = std::fs::read(e.path()) else {
            continue;
        };
        candidates.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    pick_companion(&own, head, &candidates)
}

/// The number of `|` fields of a headerless Rogers call file's first line (None when it
/// does not look like one).
fn rogers_fields(head: &str) -> Option<usize> {
    let first = head.lines().next()?;
    let fields = first.split('|').count();
    (fields >= 8 && !first.contains(" Type : ")).then_some(fields)
}

fn is_header_name(name: &str) -> bool {
    let n = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    n.starts_with("header") && n.ends_with(".txt")
}

/// The part of a name after the first `-`, without `.txt`: `ALL_CALLS-GPRS-Rm.txt` → `gprs-rm`.
fn name_suffix(name: &str) -> String {
    let n = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    n.trim_end_matches(".txt")
        .split_once('-')
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

/// Among candidate definition files (name, text), the one whose field count fits the data
/// file; several that fit are told apart by the name part after `Header-` / `ALL_CALLS-`.
fn pick_companion(
    own_name: &str,
    head: &str,
    candidates: &[(String, String)],
) -> Option<RogersDefs> {
    let fields = rogers_fields(head)?;
    let own_suffix = name_suffix(own_name);
    let mut fits: Vec<(String, RogersDefs)> = candidates
        .iter()
        .filter_map(|(name, text)| {
            let h = rogers_header(text)?;
            (h.2.len() == fields || h.2.len() + 1 == fields).then(|| (name_suffix(name), h))
        })
        .collect();
    if fits.len() > 1 {
        let i = fits
            .iter()
            .position(|(suf, _)| !suf.is_empty() && own_suffix.starts_with(suf.as_str()))?;
        return Some(fits.swap_remove(i).1);
    }
    fits.pop().map(|(_, h)| h)
}

/// A Rogers call-detail download as delivered: a ZIP holding `ALL_CALLS-*.txt` and its
/// `Header-*.txt`. Returns `None` when the ZIP is not one (a spreadsheet, say). The ZIP's
/// central directory has been checked by [`crate::import::guard::check_zip`] already, and the
/// `zip` crate stops each member at its declared size.
pub fn import_rogers_zip(
    bytes: &[u8],
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Option<Result<(), ImportError>> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    let is_data = |n: &str| {
        let base = n.rsplit('/').next().unwrap_or(n).to_ascii_lowercase();
        base.starts_with("all_calls") && base.ends_with(".txt")
    };
    if !names.iter().any(|n| is_data(n)) || !names.iter().any(|n| is_header_name(n)) {
        return None;
    }
    let mut read = |name: &str| -> Option<String> {
        let mut f = archive.by_name(name).ok()?;
        let mut buf = Vec::new();
        (&mut f)
            .take(crate::import::statement::MAX_STATEMENT_BYTES)
            .read_to_end(&mut buf)
            .ok()?;
        let enc = crate::import::text::sniff_encoding(&buf[..buf.len().min(64 * 1024)]);
        Some(enc.decode(&buf).0.into_owned())
    };
    let headers: Vec<(String, String)> = names
        .iter()
        .filter(|n| is_header_name(n))
        .filter_map(|n| read(n).map(|t| (n.clone(), t)))
        .collect();
    let data: Vec<(String, String)> = names
        .iter()
        .filter(|n| is_data(n))
        .filter_map(|n| read(n).map(|t| (n.clone(), t)))
        .collect();
    if data.len() != 1 {
        return Some(Err(unusable(
            report,
            crate::msg!("rogers-zip-many", count = data.len()),
        )));
    }
    let (name, text) = &data[0];
    let Some(defs) = pick_companion(name, text, &headers) else {
        return Some(Err(unusable(
            report,
            crate::msg!("rogers-zip-no-header", name = name),
        )));
    };
    report
        .notes
        .push(crate::msg!("rogers-note-from-zip", name = name));
    report.encoding = Some("zip".into());
    Some(import_calls_with(defs, text, sink, report))
}

fn is_voipcall_line(l: &str) -> bool {
    let c: Vec<&str> = l.split(',').map(|s| s.trim().trim_matches('"')).collect();
    c.len() == 7
        && c[..2]
            .iter()
            .all(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit() || b == b'+'))
        && !c[2].is_empty()
        && c[2].bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        && c[3..6]
            .iter()
            .all(|s| s.bytes().all(|b| b.is_ascii_digit()))
        && parse_datetime(c[6]).is_some()
}

/// `05/01/2023,DOLLARAMA # 845,1.96,,13.04`: a date, a description, a debit or a credit
/// (one of the two), a balance.
fn is_td_line(l: &str) -> bool {
    let c: Vec<&str> = l.trim_end_matches('\r').split(',').collect();
    let amount_or_empty = |s: &str| s.trim().is_empty() || parse_amount(s).is_some();
    c.len() == 5
        && NaiveDate::parse_from_str(c[0].trim(), "%m/%d/%Y").is_ok()
        && amount_or_empty(c[2])
        && amount_or_empty(c[3])
        && (c[2].trim().is_empty() != c[3].trim().is_empty())
        && parse_amount(c[4]).is_some()
}

fn is_orange_line(l: &str) -> bool {
    let c: Vec<&str> = l.split(';').map(str::trim).collect();
    c.len() == 8
        && matches!(c[0], "1" | "2")
        && c[1].len() == 2
        && c[1].bytes().all(|b| b.is_ascii_digit())
        && parse_datetime(c[4]).is_some()
        && c[5].bytes().all(|b| b.is_ascii_digit())
}

/// `7:15A`, `11:02P`, `09:38`, `12:00A` (midnight).
pub fn parse_clock(s: &str) -> Option<NaiveTime> {
    let t = s.trim().to_ascii_uppercase();
    let (body, pm) = match t.strip_suffix(['A', 'P']) {
        Some(b) => (b.trim_end_matches('M').trim(), Some(t.ends_with('P'))),
        None => match t.strip_suffix("AM").or_else(|| t.strip_suffix("PM")) {
            Some(b) => (b.trim(), Some(t.ends_with("PM"))),
            None => (t.as_str(), None),
        },
    };
    let mut parts = body.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let s: u32 = parts
        .next()
        .map(|x| x.trim().parse().ok())
        .unwrap_or(Some(0))?;
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        Some(_) if h > 12 => return None,
        _ => h,
    };
    NaiveTime::from_hms_opt(h, m, s)
}

/// A `MM/DD` date given without a year, inside the bill cycle ending on `cycle_end`: it takes
/// the cycle's year, or the year before when that would put it after the cycle
/// (a `12/20` line on a bill whose cycle ends on 15 January).
pub fn date_in_cycle(month_day: &str, cycle_end: NaiveDate) -> Option<NaiveDate> {
    let mut it = month_day.trim().split(['/', '-']);
    let m: u32 = it.next()?.trim().parse().ok()?;
    let d: u32 = it.next()?.trim().parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    let this = NaiveDate::from_ymd_opt(cycle_end.year(), m, d);
    match this {
        Some(date) if date <= cycle_end + Duration::days(31) => Some(date),
        _ => NaiveDate::from_ymd_opt(cycle_end.year() - 1, m, d),
    }
}

/// `Aug 16, 2021`, `2023/02/01`, `03/02/2023` (US month first).
fn parse_cycle_date(s: &str) -> Option<NaiveDate> {
    let t = clean(s);
    NaiveDate::parse_from_str(t, "%b %d, %Y")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(t, "%m/%d/%Y").ok())
        .or_else(|| crate::parse::parse_date(t))
}

/// An amount as carriers write it: `$0.00`, `($948.03)`, `$-17.86`, `.74`, `1,234.56`.
/// A comma must separate thousands (`1,00` is refused, not read as 100).
fn money(s: &str) -> Option<Decimal> {
    let t = clean(s);
    if is_placeholder(t) {
        return Some(Decimal::ZERO);
    }
    let int_part = t.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split(',').collect();
    if groups.len() > 1 {
        let digits = |g: &str| g.chars().filter(|c| c.is_ascii_digit()).count();
        if groups[1..]
            .iter()
            .any(|g| digits(g) != 3 || !g.starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
    }
    parse_amount(t)
}

/// Column lookup by normalised header name.
#[derive(Default)]
struct Cols {
    names: Vec<String>,
    raw: Vec<String>,
}

impl Cols {
    fn new(rec: &csv::StringRecord) -> Cols {
        Cols {
            names: rec.iter().map(normalize_header).collect(),
            raw: rec.iter().map(|x| clean(x).to_string()).collect(),
        }
    }
    fn idx(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

struct Row<'a> {
    rec: &'a csv::StringRecord,
}

impl Row<'_> {
    fn at(&self, i: Option<usize>) -> Cow<'_, str> {
        Cow::Borrowed(i.and_then(|i| self.rec.get(i)).map(clean).unwrap_or(""))
    }
}

fn err(col: Option<usize>, what: &str, expected: crate::i18n::Msg, found: &str) -> Outcome {
    Outcome::Error {
        col: col.unwrap_or(0),
        message: crate::msg!(
            "row-error-expected",
            column = what,
            expected = expected,
            found = found.chars().take(60).collect::<String>()
        ),
    }
}

fn usage_kind_of(s: &str) -> Option<UsageKind> {
    let t = s.to_ascii_lowercase();
    if t.contains("voice") || t == "call" || t.contains("minutes") {
        Some(UsageKind::Voice)
    } else if t.contains("messag") || t.contains("text") || t.contains("sms") || t.contains("mms") {
        Some(UsageKind::Sms)
    } else if t.contains("data") || t.contains("kb") || t.contains("gprs") || t.contains("internet")
    {
        Some(UsageKind::Data)
    } else {
        None
    }
}

/// Read a whole carrier file (already decoded).
pub fn import(
    c: Carrier,
    text: &str,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    import_with(c, None, text, sink, report)
}

/// Read a whole carrier file; `path` finds companion files (Rogers field definitions).
pub fn import_with(
    c: Carrier,
    path: Option<&std::path::Path>,
    text: &str,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    if c == Carrier::RogersHeader {
        return Err(unusable(report, crate::msg!("rogers-header-file")));
    }
    let defs = if c == Carrier::RogersCalls {
        let Some(defs) = path.and_then(|p| rogers_companion(p, text)) else {
            return Err(unusable(report, crate::msg!("rogers-calls-without-header")));
        };
        Some(defs)
    } else {
        None
    };
    import_inner(c, defs, text, sink, report)
}

/// Read Rogers call detail with the field definitions already found.
fn import_calls_with(
    defs: RogersDefs,
    text: &str,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    import_inner(Carrier::RogersCalls, Some(defs), text, sink, report)
}

fn import_inner(
    c: Carrier,
    defs: Option<RogersDefs>,
    text: &str,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    let mut rogers = RogersState::default();
    if let Some((kind, period, names)) = defs {
        rogers.kind = kind;
        rogers.cols = Cols {
            names: names.iter().map(|n| normalize_header(n)).collect(),
            raw: names.clone(),
        };
        if let Some((from, to)) = period {
            report.coverage = Some(crate::model::DateRange { from, to });
        }
        report.notes.push(crate::msg!(
            "rogers-note-field-names",
            kind = rogers.kind.to_string()
        ));
    }
    if c == Carrier::Towers {
        return Err(unusable(report, crate::msg!("towers-not-bills")));
    }
    if let Carrier::TelusOther(name) = c {
        return Err(unusable(
            report,
            crate::msg!("telus-report-not-read", name = name),
        ));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(c.delimiter())
        // Records end at LF only: with CRLF the csv crate reports each record one line early.
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(text.as_bytes());
    report.format = Some(c.id().into());
    report.kind = Some(c.kind());
    let mut cols = Cols::default();
    let mut extra_lines: u64 = 0;
    let mut telus = Telus::default();
    let mut rec = csv::StringRecord::new();
    let mut n: u64 = 0;
    let mut span: Option<(NaiveDate, NaiveDate)> = None;
    let mut widen = |d: NaiveDate| {
        span = Some(match span {
            Some((a, b)) => (a.min(d), b.max(d)),
            None => (d, d),
        })
    };
    loop {
        match rdr.read_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(report.rows + 1);
                return Err(ImportError::Csv {
                    file: report.file.clone(),
                    line,
                    message: crate::msg!("verbatim", text = e.to_string()),
                });
            }
        }
        n += 1;
        let line = rec.position().map(|p| p.line()).unwrap_or(n);
        report.rows += 1;
        if n <= c.header_rows() {
            let header_at = if c == Carrier::RogersCharges { 3 } else { 1 };
            if n == header_at {
                cols = Cols::new(&rec);
                report.header_row = Some(line);
            }
            report.skip(match (c, n) {
                (Carrier::RogersCharges, 1 | 2) => crate::msg!("skip-report-heading"),
                (_, 1) | (Carrier::RogersCharges, 3) => crate::msg!("skip-header"),
                _ => crate::msg!("skip-second-header-french"),
            });
            continue;
        }
        if rec.iter().all(|x| clean(x).is_empty()) {
            report.skip(crate::msg!("skip-blank-line"));
            continue;
        }
        let src = source(&report.file, line);
        let row = Row { rec: &rec };
        let out = match c {
            Carrier::TelusAirtime => {
                let out = telus.row(&row, src);
                report.reconciliation.extend(telus.check.take());
                out
            }
            Carrier::RogersCalls => rogers.row(&row, src),
            Carrier::RogersCharges | Carrier::BellMob | Carrier::AttPooling => match match c {
                Carrier::BellMob => charges_row(&cols, &row, &src, &BELL_MOB),
                Carrier::AttPooling => charges_row(&cols, &row, &src, &ATT_POOLING),
                _ => rogers_charges(&cols, &row, &src),
            } {
                Ok((lines, total)) => {
                    if let Some(t) = total {
                        let sum: Decimal = lines.iter().map(|l| l.amount).sum();
                        report.reconciliation.push(crate::import::Reconcile {
                            what: match t.number.as_deref() {
                                Some(n) => crate::msg!(
                                    "reconcile-charges-taxes-number",
                                    line = line,
                                    number = n
                                ),
                                None => crate::msg!("reconcile-charges-taxes", line = line),
                            },
                            stated: t.amount.normalize().to_string(),
                            computed: sum.normalize().to_string(),
                            ok: sum == t.amount,
                        });
                        sink.bill_total(t);
                    }
                    if lines.is_empty() {
                        Outcome::Skip(crate::msg!("skip-no-charges-in-row"))
                    } else {
                        // One row, one record in the accounting; it yields a bill line per
                        // non-zero charge column.
                        report.records += 1;
                        extra_lines += lines.len() as u64 - 1;
                        for l in lines {
                            sink.bill_line(l);
                        }
                        continue;
                    }
                }
                Err(e) => e,
            },
            Carrier::VerizonUsage => verizon_usage(&cols, &row, src),
            Carrier::VerizonCharges => verizon_charge(&cols, &row, src),
            Carrier::VerizonAccount => {
                report
                    .reconciliation
                    .extend(verizon_account_checks(&cols, &row, line));
                verizon_account(&cols, &row, src)
            }
            Carrier::AttUsage => att_usage(&cols, &row, src),
            Carrier::BellDtl => bell_dtl(&cols, &row, src),
            Carrier::BellAcc => {
                report
                    .reconciliation
                    .extend(sum_checks(&cols, &row, line, &BELL_ACCOUNT_SUMS));
                bell_acc(&cols, &row, src)
            }
            Carrier::CdrStats => cdr_stats(&cols, &row, src),
            Carrier::CdrVoipCall => voipcall(&row, src),
            Carrier::Bandicoot => bandicoot(&cols, &row, src),
            Carrier::BandicootOrange => orange(&row, src),
            Carrier::BandicootRecharges => recharge(&cols, &row, src),
            Carrier::TdCsv => td(&row, src),
            Carrier::AttRaw => att_raw(&cols, &row, src),
            Carrier::Towers | Carrier::TelusOther(_) | Carrier::RogersHeader => {
                Outcome::Skip(crate::msg!("skip-not-read"))
            }
        };
        match out {
            Outcome::Bill(b) => {
                report.records += 1;
                sink.bill_line(b);
            }
            Outcome::Total(t) => {
                report.skip(crate::msg!("skip-stated-total"));
                sink.bill_total(t);
            }
            Outcome::Usage(u) => {
                report.records += 1;
                widen(u.start.date());
                report.usage_kinds.insert(u.kind);
                sink.usage(&u);
            }
            Outcome::Tx(t) => {
                report.records += 1;
                widen(t.date.date());
                sink.transaction(t);
            }
            Outcome::Skip(reason) => report.skip(reason),
            Outcome::Error { col, message } => report.error(line, col, message),
            // These readers never wait for a later row.
            Outcome::Defer => report.error(line, 0, crate::msg!("row-error-date-order-unknown")),
        }
    }
    if n == 0 {
        return Err(unusable(report, crate::msg!("unrecognised-empty-file")));
    }
    // The csv crate passes over empty lines without a record: count them as skips.
    let empty = text
        .split('\n')
        .filter(|l| l.trim_end_matches('\r').is_empty())
        .count() as u64;
    let empty = empty.saturating_sub(u64::from(text.ends_with('\n')));
    for _ in 0..empty {
        report.rows += 1;
        report.skip(crate::msg!("skip-blank-line"));
    }
    if extra_lines > 0 {
        report.notes.push(crate::msg!(
            "note-bill-lines-from-charge-rows",
            lines = report.records + extra_lines,
            rows = report.records
        ));
    }
    if let Some((a, b)) = span {
        report.notes.push(crate::msg!(
            "note-records-dated",
            from = a.to_string(),
            to = b.to_string()
        ));
    }
    Ok(())
}

#[derive(Default)]
struct RogersState {
    kind: String,
    cols: Cols,
}

impl RogersState {
    fn row(&self, r: &Row, src: crate::model::SourceRef) -> Outcome {
        let c = &self.cols;
        let di = c.idx("date");
        let Some(date) = NaiveDate::parse_from_str(&r.at(di), "%m%d%Y").ok() else {
            return err(
                di,
                "Date",
                crate::msg!("expect-date-like", example = "04202023 (MMDDYYYY)"),
                &r.at(di),
            );
        };
        let ti = c.idx("time");
        let time = match ti {
            None => NaiveTime::MIN,
            Some(_) => match crate::parse::parse_time(&r.at(ti)) {
                Some(t) => t,
                None => {
                    return err(
                        ti,
                        "Time",
                        crate::msg!("expect-time-like", example = "181239 (HHMMSS)"),
                        &r.at(ti),
                    )
                }
            },
        };
        let si = c.idx("seconds");
        let seconds = match si {
            None => 0,
            Some(_) => match r.at(si).parse::<u64>() {
                Ok(v) => v,
                Err(_) => {
                    return err(
                        si,
                        "Seconds",
                        crate::msg!("expect-whole-seconds"),
                        &r.at(si),
                    )
                }
            },
        };
        let vi = c.idx("volume(kb)");
        let bytes = match vi {
            None => 0,
            Some(_) => match r.at(vi).parse::<u64>() {
                Ok(v) => v.saturating_mul(1024),
                Err(_) => {
                    return err(
                        vi,
                        "Volume (KB)",
                        crate::msg!("expect-kilobytes"),
                        &r.at(vi),
                    )
                }
            },
        };
        let fi = c.idx("totalcallcharges");
        let Some(fee) = money(&r.at(fi)) else {
            return err(
                fi,
                "Total Call Charges",
                crate::msg!("expect-amount-like", example = ".74"),
                &r.at(fi),
            );
        };
        let k = self.kind.to_ascii_lowercase();
        let kind = if k.starts_with("sms") {
            UsageKind::Sms
        } else if k.starts_with("gprs") {
            UsageKind::Data
        } else {
            UsageKind::Voice
        };
        Outcome::Usage(UsageRecord {
            start: date.and_time(time),
            kind,
            number: Some(r.at(c.idx("usernumber")).into_owned()).filter(|s| !s.is_empty()),
            seconds,
            bytes,
            fee,
            source: src,
        })
    }
}

type ChargesRow = (Vec<BillLine>, Option<BillTotal>);

/// One Rogers monthly charges row: a bill line per non-zero charge column (taxes
/// included), and the row's `Total Current Charges` as a stated total.
#[allow(clippy::result_large_err)] // the error is the row's Outcome, built once
fn rogers_charges(c: &Cols, r: &Row, src: &crate::model::SourceRef) -> Result<ChargesRow, Outcome> {
    charges_row(c, r, src, &ROGERS_CHARGES)
}

/// Which columns of a per-subscriber charges summary are what.
struct ChargesSpec {
    period: &'static str,
    number: &'static str,
    /// The stated total of the row, if the file gives one.
    total: Option<&'static str>,
    /// The charge columns (taxes included), or every column but `not_charges`.
    charges: Option<&'static [&'static str]>,
    not_charges: &'static [&'static str],
}

const ROGERS_CHARGES: ChargesSpec = ChargesSpec {
    period: "billingperiodenddate",
    number: "usernumber",
    total: Some("totalcurrentcharges"),
    charges: None,
    not_charges: &[
        "billingperiodenddate",
        "reportlevel",
        "billingaccount",
        "usernumber",
        "username",
        "subtotal",
        "totalcurrentchargesnon-taxable",
        "totalcurrentchargestaxable",
        "totalcurrentcharges",
    ],
};

/// AT&T data/voice pooling report: the line's charges and the pooling credits against them.
const ATT_POOLING: ChargesSpec = ChargesSpec {
    period: "invoicedate",
    number: "wirelessnumber",
    total: None,
    charges: Some(&[
        "datacharges",
        "airtimecharges",
        "totaldatapoolingcredit",
        "totaldatataxcredit",
        "totalvoicepoolingcredit",
        "totalvoicetaxcredit",
    ]),
    not_charges: &[],
};

/// Bell mobile summary (MOB): the charges that add up to `Ttl Charges` (taxes included).
const BELL_MOB: ChargesSpec = ChargesSpec {
    period: "invcdate",
    number: "mobilenbr",
    total: Some("ttlcharges"),
    charges: Some(&[
        "adjappttl",
        "mthchgttl",
        "ftrchgttl",
        "airtimechg",
        "datachg",
        "roamerchg",
        "roamerld",
        "ldchg",
        "otherchgs",
        "discttl",
        "gst",
        "hst",
        "hst-peitel",
        "hst-ontel",
        "hst-bctel",
        "orst",
        "qst-telec",
        "qst-other",
        "p.e.i.pst",
        "bcpst",
        "sask",
        "manitoba",
        "foreigntax",
    ]),
    not_charges: &[],
};

#[allow(clippy::result_large_err)] // the error is the row's Outcome, built once
fn charges_row(
    c: &Cols,
    r: &Row,
    src: &crate::model::SourceRef,
    spec: &ChargesSpec,
) -> Result<ChargesRow, Outcome> {
    let pi = c.idx(spec.period);
    let t = r.at(pi);
    let end = NaiveDate::parse_from_str(&t, "%m/%d/%Y")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(&t, "%m%d%Y").ok())
        .or_else(|| crate::parse::parse_date(&t));
    let Some(end) = end else {
        return Err(err(
            pi,
            spec.period,
            crate::msg!("expect-date-like", example = "04/20/2023, 2023/02/01"),
            &t,
        ));
    };
    let period = Period::of(end);
    let number = Some(r.at(c.idx(spec.number)).into_owned()).filter(|s| !s.is_empty());
    let mut lines = Vec::new();
    for (i, name) in c.names.iter().enumerate() {
        let wanted = match spec.charges {
            Some(list) => list.contains(&name.as_str()),
            None => !name.is_empty() && !spec.not_charges.contains(&name.as_str()),
        };
        if !wanted || c.names[..i].contains(name) {
            continue;
        }
        let text = r.at(Some(i));
        let Some(amount) = money(&text) else {
            return Err(err(
                Some(i),
                name,
                crate::msg!("expect-amount-plain"),
                &text,
            ));
        };
        if amount.is_zero() {
            continue;
        }
        lines.push(BillLine {
            period,
            item: c.raw.get(i).cloned().unwrap_or_else(|| name.clone()),
            amount,
            number: number.clone(),
            source: src.clone(),
        });
    }
    let total = spec
        .total
        .and_then(|t| money(&r.at(c.idx(t))))
        .map(|amount| BillTotal {
            period,
            amount,
            number,
            source: src.clone(),
        });
    Ok((lines, total))
}

/// The state of a TELUS Airtime Details report: invoice date, subscriber, section columns.
#[derive(Default)]
struct Telus {
    invoice: Option<NaiveDate>,
    subscriber: Option<String>,
    section: String,
    cols: Option<Cols>,
    /// Calls read in the current section and the sum of their `Total` column.
    section_calls: u64,
    section_sum: Decimal,
    /// A section total checked against its calls, for the report.
    check: Option<crate::import::Reconcile>,
}

impl Telus {
    fn row(&mut self, r: &Row, src: crate::model::SourceRef) -> Outcome {
        let first = r.at(Some(0)).into_owned();
        let cells = r.rec.iter().filter(|c| !clean(c).is_empty()).count();
        if first == "Invoice Date:" {
            self.invoice = NaiveDate::parse_from_str(&r.at(Some(1)), "%d-%b-%y").ok();
            return match self.invoice {
                Some(_) => Outcome::Skip(crate::msg!("skip-report-heading")),
                None => err(
                    Some(1),
                    "Invoice Date",
                    crate::msg!("expect-date-like", example = "06-Feb-23"),
                    &r.at(Some(1)),
                ),
            };
        }
        if first == "C:" {
            self.subscriber = Some(r.at(Some(1)).into_owned()).filter(|s| !s.is_empty());
            return Outcome::Skip(crate::msg!("skip-subscriber-details"));
        }
        if first == "Call" || (first == "Date" && cells > 2) {
            self.cols = (first == "Call").then(|| Cols::new(r.rec));
            return Outcome::Skip(crate::msg!("skip-section-header"));
        }
        if first == "Total" {
            let stated = self
                .cols
                .as_ref()
                .and_then(|c| c.idx("total"))
                .map(|i| r.at(Some(i)).into_owned());
            if let Some(stated) = stated.filter(|s| !s.is_empty()) {
                let value = money(&stated);
                self.check = Some(crate::import::Reconcile {
                    what: crate::msg!(
                        "reconcile-section-total",
                        subscriber = self.subscriber.as_deref().unwrap_or("?"),
                        section = &self.section,
                        count = self.section_calls
                    ),
                    stated,
                    computed: self.section_sum.normalize().to_string(),
                    ok: value == Some(self.section_sum),
                });
            }
            self.section_calls = 0;
            self.section_sum = Decimal::ZERO;
            return Outcome::Skip(crate::msg!("skip-section-total"));
        }
        let is_entry = !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()) && cells > 3;
        let Some(c) = self.cols.as_ref().filter(|_| is_entry) else {
            if cells == 1 && !first.starts_with('-') && !first.contains(':') {
                self.section = first;
            }
            return Outcome::Skip(crate::msg!("skip-report-heading-or-subscriber"));
        };
        let Some(invoice) = self.invoice else {
            return err(Some(1), "Date", crate::msg!("expect-invoice-date-line"), "");
        };
        let di = c.idx("date");
        let date_text = r.at(di);
        let date =
            NaiveDate::parse_from_str(&format!("{date_text}-{}", invoice.year()), "%d-%b-%Y")
                .ok()
                .and_then(|d| date_in_cycle(&format!("{}/{}", d.month(), d.day()), invoice));
        let Some(date) = date else {
            return err(
                di,
                "Date",
                crate::msg!("expect-date-like", example = "08-Jan"),
                &date_text,
            );
        };
        let ti = c.idx("time");
        let Some(time) = parse_clock(&r.at(ti)) else {
            return err(
                ti,
                "Time",
                crate::msg!("expect-time-like", example = "10:15"),
                &r.at(ti),
            );
        };
        let li = c.idx("calllength");
        let Some(seconds) = parse_duration(&r.at(li), DurationUnit::Seconds) else {
            return err(
                li,
                "Call Length",
                crate::msg!("expect-minutes-seconds-like", example = "7:00"),
                &r.at(li),
            );
        };
        let fi = c.idx("total");
        let Some(fee) = money(&r.at(fi)) else {
            return err(
                fi,
                "Total",
                crate::msg!("expect-amount-like", example = "$0.00"),
                &r.at(fi),
            );
        };
        self.section_calls += 1;
        self.section_sum += fee;
        let kind = if self.section.to_ascii_lowercase().contains("data") {
            UsageKind::Data
        } else {
            UsageKind::Voice
        };
        Outcome::Usage(UsageRecord {
            start: date.and_time(time),
            kind,
            number: self.subscriber.clone(),
            seconds,
            bytes: 0,
            fee,
            source: src,
        })
    }
}

fn verizon_usage(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let (ci, di, ti) = (c.idx("billcycledate"), c.idx("date"), c.idx("time"));
    let Some(cycle) = parse_cycle_date(&r.at(ci)) else {
        return err(
            ci,
            "Bill Cycle Date",
            crate::msg!("expect-date-like", example = "Aug 16, 2021"),
            &r.at(ci),
        );
    };
    let Some(date) = date_in_cycle(&r.at(di), cycle) else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "07/21"),
            &r.at(di),
        );
    };
    let time = match parse_clock(&r.at(ti)) {
        Some(t) => t,
        None if r.at(ti).is_empty() => NaiveTime::MIN,
        None => {
            return err(
                ti,
                "Time",
                crate::msg!("expect-time-like", example = "7:15A"),
                &r.at(ti),
            )
        }
    };
    let cat_i = c.idx("usagecategory");
    let Some(kind) = usage_kind_of(&r.at(cat_i)) else {
        return err(
            cat_i,
            "Usage Category",
            crate::msg!("expect-voice-data-messaging"),
            &r.at(cat_i),
        );
    };
    let min_i = c.idx("min");
    let minutes = r.at(min_i);
    let seconds = if is_placeholder(&minutes) {
        0
    } else {
        match parse_duration(&minutes, DurationUnit::Minutes) {
            Some(s) => s,
            None => {
                return err(
                    min_i,
                    "Min",
                    crate::msg!("expect-minutes-like", example = "2"),
                    &minutes,
                )
            }
        }
    };
    let tot_i = c.idx("total");
    let Some(fee) = money(&r.at(tot_i)) else {
        return err(
            tot_i,
            "Total",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(tot_i),
        );
    };
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee,
        source: src,
    })
}

fn verizon_charge(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let ci = c.idx("billcycledate");
    let Some(cycle) = parse_cycle_date(&r.at(ci)) else {
        return err(
            ci,
            "Bill Cycle Date",
            crate::msg!("expect-date-like", example = "Aug 16, 2021"),
            &r.at(ci),
        );
    };
    let cost_i = c.idx("cost");
    let Some(amount) = money(&r.at(cost_i)) else {
        return err(
            cost_i,
            "Cost",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(cost_i),
        );
    };
    let item = [r.at(c.idx("itemcategory")), r.at(c.idx("itemdescription"))]
        .iter()
        .filter(|s| !s.is_empty() && !is_placeholder(s))
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(": ");
    if item.is_empty() {
        return err(
            c.idx("itemdescription"),
            "Item Description",
            crate::msg!("expect-item-name"),
            "",
        );
    }
    Outcome::Bill(BillLine {
        period: Period::of(cycle),
        item,
        amount,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}

/// The sums a Verizon account summary row states: the balance carried forward, the current
/// charges as the sum of their parts, the usage charges, and the amount due.
fn verizon_account_checks(c: &Cols, r: &Row, line: u64) -> Vec<crate::import::Reconcile> {
    sum_checks(c, r, line, &VERIZON_ACCOUNT_SUMS)
}

/// (what, the parts, the stated total): one sum a summary row states.
type SumCheck = (&'static str, &'static [&'static str], &'static str);

/// Check each stated total of a summary row against the sum of its parts.
fn sum_checks(c: &Cols, r: &Row, line: u64, checks: &[SumCheck]) -> Vec<crate::import::Reconcile> {
    let v = |n: &str| c.idx(n).and_then(|i| money(&r.at(Some(i))));
    // A part the file has no column for counts as zero; the total must be there.
    let part = |n: &str| match c.idx(n) {
        None => Some(Decimal::ZERO),
        Some(i) => money(&r.at(Some(i))),
    };
    let sum = |ns: &[&str]| ns.iter().map(|n| part(n)).sum::<Option<Decimal>>();
    let mut out = Vec::new();
    for (what, parts, total) in checks {
        if let (Some(computed), Some(stated)) = (sum(parts), v(total)) {
            out.push(crate::import::Reconcile {
                what: crate::msg!(
                    "reconcile-line",
                    line = line,
                    what = crate::i18n::Msg::new(what, Vec::new())
                ),
                stated: stated.normalize().to_string(),
                computed: computed.normalize().to_string(),
                ok: stated == computed,
            });
        }
    }
    out
}

const VERIZON_ACCOUNT_SUMS: [SumCheck; 4] = [
    (
        crate::mid!("sum-verizon-balance-forward"),
        &["previousbalance", "payments", "adjustments"],
        "balanceforward",
    ),
    (
        crate::mid!("sum-verizon-usage"),
        &[
            "usagecharges-voice",
            "usagecharges-messaging",
            "usagecharges-data",
            "usagecharges-roaming",
            "usagecharges-international",
            "usagecharges-purchases",
        ],
        "usageandpurchasecharges",
    ),
    (
        crate::mid!("sum-verizon-current"),
        &[
            "accountchargesandcredits",
            "chargesforthird-partyservicestoaccount",
            "monthlycharges",
            "latefee",
            "usageandpurchasecharges",
            "equipmentcharges",
            "surchargesandoc&cs",
            "taxes,governmentalsurcharges,andfees",
            "chargesforthird-partyservicestolines",
        ],
        "totalcurrentcharges",
    ),
    (
        crate::mid!("sum-verizon-due"),
        &["balanceforward", "totalcurrentcharges"],
        "totalamountdue",
    ),
];

/// Bell account summary (ACC): balance owing, current charges (charges plus taxes; the
/// provincial HST breakdown columns are part of HST) and the amount due.
const BELL_ACCOUNT_SUMS: [SumCheck; 3] = [
    (
        crate::mid!("sum-bell-balance-owing"),
        &[
            "prevbal",
            "prevadj-m",
            "prevadj-a",
            "paymtrecvd",
            "paymyretn",
        ],
        "balowing",
    ),
    (
        crate::mid!("sum-bell-current"),
        &[
            "latepaychg",
            "monthlychg",
            "otherchg",
            "usage",
            "longdistan",
            "acctadj",
            "acctdisc",
            "gst",
            "hst",
            "orst",
            "qst-telec",
            "qst-other",
            "p.e.i.pst",
            "bcpst",
            "sask",
            "manitoba",
            "foreigntax",
        ],
        "curchgttl",
    ),
    (
        crate::mid!("sum-bell-due"),
        &["balowing", "curchgttl"],
        "ttlamtdue",
    ),
];

fn verizon_account(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let ci = c.idx("billcycledate");
    let Some(cycle) = parse_cycle_date(&r.at(ci)) else {
        return err(
            ci,
            "Bill Cycle Date",
            crate::msg!("expect-date-like", example = "Aug 16, 2021"),
            &r.at(ci),
        );
    };
    let ti = c.idx("totalcurrentcharges");
    let Some(amount) = money(&r.at(ti)) else {
        return err(
            ti,
            "Total Current Charges",
            crate::msg!("expect-amount-plain"),
            &r.at(ti),
        );
    };
    Outcome::Total(BillTotal {
        period: Period::of(cycle),
        amount,
        number: Some(r.at(c.idx("accountnumber")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}

fn att_usage(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let (di, ti) = (c.idx("date"), c.idx("time"));
    let Some(date) = NaiveDate::parse_from_str(&r.at(di), "%m/%d/%Y").ok() else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "01/30/2023"),
            &r.at(di),
        );
    };
    let Some(time) =
        parse_clock(&r.at(ti)).or_else(|| r.at(ti).is_empty().then_some(NaiveTime::MIN))
    else {
        return err(
            ti,
            "Time",
            crate::msg!("expect-time-like", example = "11:42"),
            &r.at(ti),
        );
    };
    let si = c.idx("source");
    let Some(kind) = usage_kind_of(&r.at(si)) else {
        return err(
            si,
            "Source",
            crate::msg!("expect-voice-data-messaging"),
            &r.at(si),
        );
    };
    let (mi, ki, fi) = (
        c.idx("minutesusage"),
        c.idx("kbusage"),
        c.idx("totalcharges"),
    );
    let minutes = r.at(mi);
    let Some(seconds) = (if is_placeholder(&minutes) {
        Some(0)
    } else {
        parse_duration(&minutes, DurationUnit::Minutes)
    }) else {
        return err(
            mi,
            "Minutes usage",
            crate::msg!("expect-whole-minutes-like", example = "1"),
            &minutes,
        );
    };
    let kb = r.at(ki);
    let Some(kb) = (if is_placeholder(&kb) {
        Some(0)
    } else {
        kb.replace(',', "").parse::<u64>().ok()
    }) else {
        return err(
            ki,
            "KB usage",
            crate::msg!("expect-kilobytes-like", example = "21698"),
            &kb,
        );
    };
    let Some(fee) = money(&r.at(fi)) else {
        return err(
            fi,
            "Total charges",
            crate::msg!("expect-amount-like", example = "$0.00"),
            &r.at(fi),
        );
    };
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind,
        number: Some(r.at(c.idx("wirelessnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: kb.saturating_mul(1024),
        fee,
        source: src,
    })
}

fn bell_dtl(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let (ii, di, ti) = (c.idx("invcdate"), c.idx("date"), c.idx("time"));
    let Some(invoice) = parse_cycle_date(&r.at(ii)) else {
        return err(
            ii,
            "Invc Date",
            crate::msg!("expect-date-like", example = "2023/02/01"),
            &r.at(ii),
        );
    };
    let Some(date) = date_in_cycle(&r.at(di), invoice) else {
        return err(
            di,
            "Date",
            crate::msg!("expect-date-like", example = "01/31"),
            &r.at(di),
        );
    };
    let Some(time) = parse_clock(&r.at(ti)) else {
        return err(
            ti,
            "Time",
            crate::msg!("expect-time-like", example = "09:38"),
            &r.at(ti),
        );
    };
    let dur_i = c.idx("duration");
    let Some(seconds) = parse_duration(&r.at(dur_i), DurationUnit::Seconds) else {
        return err(
            dur_i,
            "Duration",
            crate::msg!("expect-minutes-seconds-like", example = "1:00"),
            &r.at(dur_i),
        );
    };
    let cost_i = c.idx("callcost");
    let Some(fee) = money(&r.at(cost_i)) else {
        return err(
            cost_i,
            "Call Cost",
            crate::msg!("expect-amount-like", example = "0.00"),
            &r.at(cost_i),
        );
    };
    let vol = r.at(c.idx("pktdvol"));
    let data = Decimal::from_str(&vol)
        .map(|v| v > Decimal::ZERO)
        .unwrap_or(false);
    Outcome::Usage(UsageRecord {
        start: date.and_time(time),
        kind: if data {
            UsageKind::Data
        } else {
            UsageKind::Voice
        },
        number: Some(r.at(c.idx("mobilenbr")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee,
        source: src,
    })
}

fn bell_acc(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let ii = c.idx("invcdate");
    let Some(invoice) = parse_cycle_date(&r.at(ii)) else {
        return err(
            ii,
            "Invc Date",
            crate::msg!("expect-date-like", example = "2023/02/01"),
            &r.at(ii),
        );
    };
    let ti = c.idx("curchgttl");
    let Some(amount) = money(&r.at(ti)) else {
        return err(
            ti,
            "Cur Chg Ttl",
            crate::msg!("expect-amount-like", example = "13134.83"),
            &r.at(ti),
        );
    };
    Outcome::Total(BillTotal {
        period: Period::of(invoice),
        amount,
        number: Some(r.at(c.idx("acctnbr")).into_owned()).filter(|s| !s.is_empty()),
        source: src,
    })
}

fn cdr_stats(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let si = c.idx("startingdate");
    let Some(start) = parse_datetime(&r.at(si)) else {
        return err(
            si,
            "starting_date",
            crate::msg!("expect-date-like", example = "2015-10-21 12:13:10"),
            &r.at(si),
        );
    };
    let bi = c.idx("billsec");
    let Some(seconds) = r.at(bi).parse::<u64>().ok() else {
        return err(
            bi,
            "billsec",
            crate::msg!("expect-whole-seconds"),
            &r.at(bi),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind: UsageKind::Voice,
        number: Some(r.at(c.idx("calleridnumber")).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn voipcall(r: &Row, src: crate::model::SourceRef) -> Outcome {
    // caller, callee, disposition, duration, billed seconds, ?, start
    let Some(start) = parse_datetime(&r.at(Some(6))) else {
        return err(
            Some(6),
            "7",
            crate::msg!("expect-date-like", example = "2011-04-04 11:12:11"),
            &r.at(Some(6)),
        );
    };
    if r.at(Some(2)) != "ANSWER" {
        return Outcome::Skip(crate::msg!("skip-call-not-answered"));
    }
    let Some(seconds) = r.at(Some(4)).parse::<u64>().ok() else {
        return err(
            Some(4),
            "5",
            crate::msg!("expect-whole-seconds"),
            &r.at(Some(4)),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind: UsageKind::Voice,
        number: Some(r.at(Some(0)).into_owned()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn bandicoot(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let (ii, di, ci) = (
        c.idx("interaction"),
        c.idx("datetime"),
        c.idx("callduration"),
    );
    let kind = match r.at(ii).as_ref() {
        "call" => UsageKind::Voice,
        "text" => UsageKind::Sms,
        other => return err(ii, "interaction", crate::msg!("expect-call-or-text"), other),
    };
    let Some(start) = parse_datetime(&r.at(di)) else {
        return err(
            di,
            "datetime",
            crate::msg!("expect-date-like", example = "2014-08-20 20:30:37"),
            &r.at(di),
        );
    };
    let dur = r.at(ci);
    let Some(seconds) = (if dur.is_empty() {
        Some(0)
    } else {
        dur.parse::<u64>().ok()
    }) else {
        return err(
            ci,
            "call_duration",
            crate::msg!("expect-whole-seconds"),
            &dur,
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind,
        number: None,
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn orange(r: &Row, src: crate::model::SourceRef) -> Outcome {
    // direction (1 out, 2 in); type (11 call, 21 text, …); caller; callee; start; seconds; lon; lat
    let kind = match r.at(Some(1)).chars().next() {
        Some('1') => UsageKind::Voice,
        Some('2') => UsageKind::Sms,
        _ => {
            return err(
                Some(1),
                "2",
                crate::msg!("expect-call-text-code"),
                &r.at(Some(1)),
            )
        }
    };
    let Some(start) = parse_datetime(&r.at(Some(4))) else {
        return err(
            Some(4),
            "5",
            crate::msg!("expect-date-like", example = "2014-08-20 20:30:37"),
            &r.at(Some(4)),
        );
    };
    let Some(seconds) = r.at(Some(5)).parse::<u64>().ok() else {
        return err(
            Some(5),
            "6",
            crate::msg!("expect-whole-seconds"),
            &r.at(Some(5)),
        );
    };
    Outcome::Usage(UsageRecord {
        start,
        kind,
        number: Some(r.at(Some(2)).into_owned()).filter(|s| !s.is_empty()),
        seconds,
        bytes: 0,
        fee: Decimal::ZERO,
        source: src,
    })
}

fn att_raw(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let kind = r.at(c.idx("sectionid")).into_owned();
    let pi = c.idx("periodenddate");
    let period = || {
        NaiveDate::parse_from_str(&r.at(pi), "%Y%m%d")
            .ok()
            .map(Period::of)
    };
    match kind.as_str() {
        "BIL" => Outcome::Skip(crate::msg!("skip-billing-entity")),
        "IRA" => {
            let ti = c.idx("faninvoicetotalcurrentcharges");
            let Some(period) = NaiveDate::parse_from_str(&r.at(c.idx("faninvoicedate")), "%Y%m%d")
                .ok()
                .map(Period::of)
                .or_else(period)
            else {
                return err(
                    pi,
                    "Period End Date",
                    crate::msg!("expect-date-like", example = "20230216"),
                    &r.at(pi),
                );
            };
            match money(&r.at(ti)) {
                Some(amount) if !r.at(ti).is_empty() => Outcome::Total(BillTotal {
                    period,
                    amount,
                    number: Some(r.at(c.idx("foundationaccountnumber")).into_owned())
                        .filter(|s| !s.is_empty()),
                    source: src,
                }),
                Some(_) => Outcome::Skip(crate::msg!("skip-invoice-without-charges")),
                None => err(
                    ti,
                    "FAN Invoice Total Current Charges",
                    crate::msg!("expect-amount-plain"),
                    &r.at(ti),
                ),
            }
        }
        "SL" => {
            let ai = c.idx("amount");
            let amount_text = r.at(ai);
            if amount_text.is_empty() {
                return Outcome::Skip(crate::msg!("skip-statement-label"));
            }
            let sections: Vec<String> = ["section1", "section2", "section3", "section4"]
                .iter()
                .map(|n| r.at(c.idx(n)).into_owned())
                .filter(|s| !s.is_empty())
                .collect();
            if sections.first().map(String::as_str) == Some("Prior Activity") {
                return Outcome::Skip(crate::msg!("skip-prior-activity"));
            }
            if sections.iter().any(|s| s.starts_with("Total")) {
                return Outcome::Skip(crate::msg!("skip-section-total"));
            }
            let Some(amount) = money(&amount_text) else {
                return err(
                    ai,
                    "Amount",
                    crate::msg!("expect-amount-like", example = "0.99"),
                    &amount_text,
                );
            };
            let Some(period) = period() else {
                return err(
                    pi,
                    "Period End Date",
                    crate::msg!("expect-date-like", example = "20230216"),
                    &r.at(pi),
                );
            };
            let item = sections.last().cloned().unwrap_or_default();
            let number = [
                r.at(c.idx("wirelessnumber")),
                r.at(c.idx("billingaccountnumber")),
            ]
            .into_iter()
            .find(|s| !s.is_empty())
            .map(|s| s.into_owned());
            Outcome::Bill(BillLine {
                period,
                item,
                amount,
                number,
                source: src,
            })
        }
        other => err(
            c.idx("sectionid"),
            "Section ID",
            crate::msg!("expect-record-type-bil-ira-sl"),
            other,
        ),
    }
}

fn td(r: &Row, src: crate::model::SourceRef) -> Outcome {
    let Some(date) = NaiveDate::parse_from_str(&r.at(Some(0)), "%m/%d/%Y").ok() else {
        return err(
            Some(0),
            "1 (date)",
            crate::msg!("expect-date-like", example = "05/01/2023"),
            &r.at(Some(0)),
        );
    };
    let (debit, credit) = (r.at(Some(2)), r.at(Some(3)));
    let (Some(d), Some(c)) = (money(&debit), money(&credit)) else {
        let col = if money(&debit).is_none() { 2 } else { 3 };
        return err(
            Some(col),
            if col == 2 { "3 (debit)" } else { "4 (credit)" },
            crate::msg!("expect-amount-or-empty"),
            &r.at(Some(col)),
        );
    };
    Outcome::Tx(Transaction {
        date: date.and_time(NaiveTime::MIN),
        amount: c.abs() - d.abs(),
        counterparty: r.at(Some(1)).into_owned(),
        description: String::new(),
        id: None,
        source: src,
    })
}

fn recharge(c: &Cols, r: &Row, src: crate::model::SourceRef) -> Outcome {
    let (di, ai) = (c.idx("datetime"), c.idx("amount"));
    let Some(date) = parse_datetime(&r.at(di)).or_else(|| {
        NaiveDate::parse_from_str(&r.at(di), "%Y-%m-%d")
            .ok()
            .map(|d| d.and_time(NaiveTime::MIN))
    }) else {
        return err(
            di,
            "datetime",
            crate::msg!("expect-date-like", example = "2015-1-13"),
            &r.at(di),
        );
    };
    let Some(amount) = parse_amount(&r.at(ai)) else {
        return err(
            ai,
            "amount",
            crate::msg!("expect-amount-like", example = "12"),
            &r.at(ai),
        );
    };
    Outcome::Tx(Transaction {
        date,
        amount: -amount.abs(),
        counterparty: format!("retailer {}", r.at(c.idx("retailerid"))),
        description: "prepaid top-up".into(),
        id: None,
        source: src,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::Collect;
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    #[test]
    fn carrier_money() {
        assert_eq!(money("($948.03)"), Some(dec!(-948.03)));
        assert_eq!(money("$-17.86"), Some(dec!(-17.86)));
        assert_eq!(money(".74"), Some(dec!(0.74)));
        assert_eq!(money("1,234.56"), Some(dec!(1234.56)));
        assert_eq!(money("1,00"), None);
        assert_eq!(money("NA"), Some(dec!(0)));
    }

    #[test]
    fn clock_and_cycle_dates() {
        assert_eq!(parse_clock("7:15A").unwrap().to_string(), "07:15:00");
        assert_eq!(parse_clock("11:02P").unwrap().to_string(), "23:02:00");
        assert_eq!(parse_clock("12:05A").unwrap().to_string(), "00:05:00");
        assert_eq!(parse_clock("09:38").unwrap().to_string(), "09:38:00");
        assert!(parse_clock("13:00P").is_none());
        let jan = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        assert_eq!(
            date_in_cycle("12/20", jan).unwrap().to_string(),
            "2024-12-20"
        );
        assert_eq!(
            date_in_cycle("01/03", jan).unwrap().to_string(),
            "2025-01-03"
        );
        let dec_cycle = NaiveDate::from_ymd_opt(2024, 12, 16).unwrap();
        assert_eq!(
            date_in_cycle("11/20", dec_cycle).unwrap().to_string(),
            "2024-11-20"
        );
        assert!(date_in_cycle("02/30", jan).is_none());
    }

    #[test]
    fn verizon_usage_file() {
        let t = "ECPD Profile ID\tBill Cycle Date\tAccount Number\tInvoice Number\tWireless Number\tUser Name\tUsage Category\tAccount Authorization Code\tDate\tTime\tNumber\tRate\tUsage Type\tDescription\tOrigination\tDestination\tIntl. Call Type\tMin\tCharge\tLong Dist./Other Charges\tTotal\r\n\tJan 15, 2025\tA1\tI1\t555-0100\tPat\tVoice\t\t12/31\t11:58P\t555-0199\tPeak\tPlanAllow\t\tTown\tCity\t\t3\t0.00\t0.00\t0.25\r\n\tJan 15, 2025\tA1\tI1\t555-0100\tPat\tVoice\t\tXX\t1:00A\t\t\t\t\t\t\t\t1\t0\t0\t0\r\n";
        let c = sniff(t).unwrap();
        assert_eq!(c, Carrier::VerizonUsage);
        let mut r = FileReport::new(Arc::from("v.txt"));
        let mut s = Collect::default();
        import(c, t, &mut s, &mut r).unwrap();
        assert_eq!((r.rows, r.records, r.error_count), (3, 1, 1));
        assert_eq!(s.usage[0].start.to_string(), "2024-12-31 23:58:00");
        assert_eq!(s.usage[0].seconds, 180);
        assert_eq!(s.usage[0].fee, dec!(0.25));
        assert_eq!((r.errors[0].row, r.errors[0].col), (3, 9));
        assert!(r.accounted());
    }

    #[test]
    fn headerless_lists_and_towers() {
        assert_eq!(
            sniff("44650355212,32650781232,\"ANSWER\",25,12,1,2011-04-04 11:12:11\n44650781232,32650355512,\"BUSY\",13,12,1,2011-04-03 01:41:21\n"),
            Some(Carrier::CdrVoipCall)
        );
        assert_eq!(
            sniff("antenna_id,latitude,longitude\n1,42.3,-71.0\n"),
            Some(Carrier::Towers)
        );
        assert_eq!(sniff("Date,Amount\n2025-01-01,1\n"), None);
        let mut r = FileReport::new(Arc::from("t.csv"));
        assert!(import(
            Carrier::Towers,
            "antenna_id,latitude,longitude\n",
            &mut Collect::default(),
            &mut r
        )
        .unwrap_err()
        .to_string()
        .contains("antenna"));
    }
}
