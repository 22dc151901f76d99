//! ISO 20022 cash management messages: camt.053 (statement), camt.052 (intraday report)
//! and camt.054 (debit/credit notification), any version (`camt.053.001.02` … `.08`).
//!
//! Read with quick-xml as a stream. Each `Ntry` is one row: booked entries become
//! [`Transaction`]s (`Amt` is unsigned; `CdtDbtInd` gives the sign), pending and
//! information-only entries are counted skips. Per statement, the opening booked balance
//! (`OPBD`, else `PRCD`) plus the booked entries must equal the closing booked balance
//! (`CLBD`); a stated entry count and sum (`TxsSummry`) are checked too.

use std::str::FromStr;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use quick_xml::events::Event;
use quick_xml::Reader;
use rust_decimal::Decimal;

use super::{entry_error, reconcile_balance, reconcile_count, shown, src, unusable, LineIndex};
use crate::import::{FileReport, ImportError, Reconcile, Sink};
use crate::model::{Currency, RecordKind, Transaction};

/// Deepest nesting accepted.
const MAX_DEPTH: usize = 128;

#[derive(Debug, Default)]
struct Balance {
    code: String,
    amount: Option<String>,
    dbit: bool,
    date: Option<String>,
}

#[derive(Debug, Default)]
struct Entry {
    offset: usize,
    amount: Option<String>,
    /// The `Ccy` attribute of the entry's amount, as written.
    ccy: Option<String>,
    ind: Option<String>,
    reversal: bool,
    status: Option<String>,
    booking: Option<String>,
    value: Option<String>,
    reference: Option<String>,
    creditor: Option<String>,
    debtor: Option<String>,
    remittance: Vec<String>,
    info: Option<String>,
}

#[derive(Debug, Default)]
struct Statement {
    id: String,
    account: String,
    /// The account's currency (`Acct/Ccy`), as written.
    ccy: Option<String>,
    balances: Vec<Balance>,
    entries: u64,
    /// Booked entries read, and their signed sum.
    booked_sum: Decimal,
    /// Sum of the absolute amounts of all readable entries (for `TxsSummry/TtlNtries/Sum`).
    abs_sum: Decimal,
    stated_count: Option<String>,
    stated_sum: Option<String>,
    unreadable: u64,
}

/// Which message a document holds, from its namespace and root child.
fn message_of(text: &str) -> Option<(&'static str, String)> {
    let i = text.find("urn:iso:std:iso:20022:tech:xsd:camt.05")?;
    let rest = &text[i + "urn:iso:std:iso:20022:tech:xsd:".len()..];
    let version: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let id = match version.get(..8)? {
        "camt.052" => "camt.052",
        "camt.053" => "camt.053",
        "camt.054" => "camt.054",
        _ => return None,
    };
    Some((id, version))
}

fn local(name: &[u8]) -> String {
    let n = match name.iter().rposition(|b| *b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    };
    String::from_utf8_lossy(n).into_owned()
}

/// `2014-12-31`, `2014-12-31+01:00`, `2007-10-18T08:00:00+01:00`, `2025-07-23T00:00:00.000000000`.
pub fn parse_iso_datetime(s: &str) -> Option<NaiveDateTime> {
    let t = s.trim();
    let date = NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()?;
    match t.as_bytes().get(10) {
        Some(b'T') => {
            let time = NaiveTime::parse_from_str(t.get(11..19)?, "%H:%M:%S").ok()?;
            Some(date.and_time(time))
        }
        None | Some(b'+') | Some(b'-') | Some(b'Z') => Some(date.and_time(NaiveTime::MIN)),
        _ => None,
    }
}

/// An unsigned ISO 20022 amount with 0 to 5 decimals: `8.85`, `2700`, `0.12345`.
pub fn parse_camt_amount(s: &str) -> Option<Decimal> {
    let t = s.trim();
    if t.is_empty()
        || !t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || t.matches('.').count() > 1
    {
        return None;
    }
    if t.starts_with('.') || t.ends_with('.') {
        return None;
    }
    Decimal::from_str(t).ok()
}

pub fn import(text: &str, sink: &mut dyn Sink, report: &mut FileReport) -> Result<(), ImportError> {
    let lines = LineIndex::new(text);
    let Some((format, version)) = message_of(text) else {
        return Err(unusable(report, crate::msg!("camt-not-camt")));
    };
    let container = match format {
        "camt.052" => "Rpt",
        "camt.053" => "Stmt",
        _ => "Ntfctn",
    };
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut path: Vec<String> = Vec::new();
    let mut stmts: Vec<Statement> = Vec::new();
    let mut cur: Option<Statement> = None;
    let mut bal: Option<Balance> = None;
    let mut entry: Option<Entry> = None;
    let mut text_buf = String::new();
    loop {
        let pos = reader.buffer_position() as usize;
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                let (l, c) = lines.at(reader.error_position() as usize);
                return Err(unusable(
                    report,
                    crate::msg!(
                        "camt-malformed-xml",
                        line = l,
                        column = c,
                        error = e.to_string()
                    ),
                ));
            }
        };
        match ev {
            Event::Start(e) => {
                let name = local(e.name().as_ref());
                if path.len() >= MAX_DEPTH {
                    let (l, c) = lines.at(pos);
                    return Err(unusable(
                        report,
                        crate::msg!("camt-too-deep", line = l, column = c, max = MAX_DEPTH),
                    ));
                }
                text_buf.clear();
                let parent_is_doc_msg = path.len() == 2 && path[0] == "Document";
                if name == container && parent_is_doc_msg {
                    cur = Some(Statement::default());
                } else if cur.is_some()
                    && name == "Bal"
                    && path.last().map(String::as_str) == Some(container)
                {
                    bal = Some(Balance::default());
                } else if cur.is_some()
                    && name == "Ntry"
                    && path.last().map(String::as_str) == Some(container)
                {
                    entry = Some(Entry {
                        offset: pos,
                        ..Entry::default()
                    });
                } else if name == "Amt" && path.last().map(String::as_str) == Some("Ntry") {
                    if let Some(en) = entry.as_mut() {
                        en.ccy = ccy_attribute(&e);
                    }
                }
                path.push(name);
            }
            Event::Empty(_) => {}
            Event::Text(t) => {
                text_buf.push_str(&t.xml_content().unwrap_or_default());
            }
            Event::CData(t) => {
                text_buf.push_str(&String::from_utf8_lossy(&t.into_inner()));
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(ch)) = r.resolve_char_ref() {
                    text_buf.push(ch);
                } else if let Ok(name) = r.decode() {
                    if let Some(v) = quick_xml::escape::resolve_predefined_entity(&name) {
                        text_buf.push_str(v);
                    }
                }
            }
            Event::End(_) => {
                let Some(name) = path.pop() else { continue };
                let value = std::mem::take(&mut text_buf);
                let value = value.trim();
                if let Some(b) = bal.as_mut() {
                    field_of_balance(b, &path, &name, value);
                }
                if let Some(en) = entry.as_mut() {
                    field_of_entry(en, &path, &name, value);
                }
                if let Some(s) = cur.as_mut() {
                    if entry.is_none() && bal.is_none() {
                        field_of_statement(s, &path, &name, value, container);
                    }
                }
                if name == "Bal"
                    && bal.is_some()
                    && path.last().map(String::as_str) == Some(container)
                {
                    if let (Some(s), Some(b)) = (cur.as_mut(), bal.take()) {
                        s.balances.push(b);
                    }
                } else if name == "Ntry"
                    && entry.is_some()
                    && path.last().map(String::as_str) == Some(container)
                {
                    if let (Some(s), Some(en)) = (cur.as_mut(), entry.take()) {
                        read_entry(en, s, &lines, sink, report);
                    }
                } else if name == container && path.len() == 2 {
                    if let Some(s) = cur.take() {
                        stmts.push(s);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stmts.is_empty() {
        return Err(unusable(
            report,
            crate::msg!(
                "camt-no-statement",
                version = version,
                container = container
            ),
        ));
    }
    report.format = Some(format.into());
    report.kind = Some(RecordKind::Transactions);
    report.notes.push(crate::msg!(
        "camt-note-version",
        version = version,
        count = stmts.len(),
        container = container
    ));
    for s in &stmts {
        check_statement(s, report);
    }
    Ok(())
}

/// The `Ccy` attribute of an amount element, as written.
fn ccy_attribute(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    let a = e.try_get_attribute("Ccy").ok().flatten()?;
    Some(String::from_utf8_lossy(&a.value).trim().to_string())
}

/// The currency of an entry: its amount's `Ccy`, else the account's; an unknown code is an
/// error (the amount cannot be taken as the case's currency).
fn entry_currency(en: &Entry, s: &Statement) -> Result<Option<Currency>, crate::i18n::Msg> {
    match en.ccy.as_deref().or(s.ccy.as_deref()) {
        None | Some("") => Ok(None),
        Some(code) => Currency::iso_like(code).map(Some).ok_or_else(|| {
            crate::msg!(
                "statement-error-currency",
                field = "Ntry/Amt@Ccy",
                found = shown(code)
            )
        }),
    }
}

fn field_of_balance(b: &mut Balance, path: &[String], name: &str, value: &str) {
    let parent = path.last().map(String::as_str).unwrap_or("");
    match (parent, name) {
        ("CdOrPrtry", "Cd") | ("CdOrPrtry", "Prtry") if b.code.is_empty() => {
            b.code = value.to_string()
        }
        ("Bal", "Amt") => b.amount = Some(value.to_string()),
        ("Bal", "CdtDbtInd") => b.dbit = value == "DBIT",
        ("Dt", "Dt") | ("Dt", "DtTm") => b.date = Some(value.to_string()),
        _ => {}
    }
}

fn field_of_entry(en: &mut Entry, path: &[String], name: &str, value: &str) {
    let parent = path.last().map(String::as_str).unwrap_or("");
    let in_parties = path.iter().any(|p| p == "RltdPties");
    match (parent, name) {
        ("Ntry", "Amt") => en.amount = Some(value.to_string()),
        ("Ntry", "CdtDbtInd") => en.ind = Some(value.to_string()),
        ("Ntry", "RvslInd") => en.reversal = value.eq_ignore_ascii_case("true") || value == "1",
        ("Ntry", "Sts") | ("Sts", "Cd") if !value.is_empty() => en.status = Some(value.to_string()),
        ("BookgDt", "Dt") | ("BookgDt", "DtTm") => en.booking = Some(value.to_string()),
        ("Dt", "DtTm") if path.iter().rev().nth(1).map(String::as_str) == Some("BookgDt") => {
            en.booking = Some(value.to_string())
        }
        ("ValDt", "Dt") | ("ValDt", "DtTm") => en.value = Some(value.to_string()),
        ("Ntry", "AcctSvcrRef") => en.reference = Some(value.to_string()),
        ("Ntry", "AddtlNtryInf") => en.info = Some(value.to_string()),
        (_, "Ustrd") if !value.is_empty() => en.remittance.push(value.to_string()),
        (_, "Nm") if in_parties && !value.is_empty() => {
            let party = path
                .iter()
                .skip_while(|p| p.as_str() != "RltdPties")
                .nth(1)
                .map(String::as_str)
                .unwrap_or("");
            match party {
                "Cdtr" | "UltmtCdtr" if en.creditor.is_none() => {
                    en.creditor = Some(value.to_string())
                }
                "Dbtr" | "UltmtDbtr" if en.debtor.is_none() => en.debtor = Some(value.to_string()),
                _ => {}
            }
        }
        _ => {}
    }
}

fn field_of_statement(
    s: &mut Statement,
    path: &[String],
    name: &str,
    value: &str,
    container: &str,
) {
    let parent = path.last().map(String::as_str).unwrap_or("");
    match (parent, name) {
        (p, "Id") if p == container => s.id = value.to_string(),
        ("Id", "IBAN") if path.iter().any(|p| p == "Acct") => s.account = value.to_string(),
        ("Othr", "Id") if path.iter().any(|p| p == "Acct") && s.account.is_empty() => {
            s.account = value.to_string()
        }
        ("Acct", "Ccy") if !value.is_empty() => s.ccy = Some(value.to_string()),
        ("TtlNtries", "NbOfNtries") => s.stated_count = Some(value.to_string()),
        ("TtlNtries", "Sum") => s.stated_sum = Some(value.to_string()),
        _ => {}
    }
}

fn read_entry(
    en: Entry,
    s: &mut Statement,
    lines: &LineIndex,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) {
    let (line, col) = lines.at(en.offset);
    report.rows += 1;
    s.entries += 1;
    let amount_text = en.amount.as_deref().unwrap_or("");
    let Some(amount) = parse_camt_amount(amount_text) else {
        s.unreadable += 1;
        entry_error(
            report,
            line,
            col,
            crate::msg!("camt-error-amount", found = shown(amount_text)),
        );
        return;
    };
    let currency = match entry_currency(&en, s) {
        Ok(c) => c,
        Err(message) => {
            s.unreadable += 1;
            entry_error(report, line, col, message);
            return;
        }
    };
    s.abs_sum += amount;
    let signed = match en.ind.as_deref() {
        Some("CRDT") => amount,
        Some("DBIT") => -amount,
        other => {
            s.unreadable += 1;
            entry_error(
                report,
                line,
                col,
                crate::msg!("camt-error-direction", found = other.unwrap_or("")),
            );
            return;
        }
    };
    match en.status.as_deref() {
        None | Some("BOOK") => {}
        Some("PDNG") => {
            report.skip(crate::msg!("skip-pending-entry"));
            return;
        }
        Some("INFO") => {
            report.skip(crate::msg!("skip-information-entry"));
            return;
        }
        Some(other) => {
            report.skip(crate::msg!("skip-entry-status", status = other));
            return;
        }
    }
    let date_text = en.booking.as_deref().or(en.value.as_deref()).unwrap_or("");
    let Some(date) = parse_iso_datetime(date_text) else {
        s.unreadable += 1;
        entry_error(
            report,
            line,
            col,
            if date_text.is_empty() {
                crate::msg!("camt-error-no-date")
            } else {
                crate::msg!("camt-error-date", found = shown(date_text))
            },
        );
        return;
    };
    s.booked_sum += signed;
    let counterparty = if signed < Decimal::ZERO {
        en.creditor.clone().or(en.debtor.clone())
    } else {
        en.debtor.clone().or(en.creditor.clone())
    };
    let mut description = en.remittance.join(" ");
    if description.is_empty() {
        description = en.info.clone().unwrap_or_default();
    }
    report.records += 1;
    sink.transaction(Transaction {
        currency,
        date,
        amount: signed,
        counterparty: counterparty.unwrap_or_default(),
        description,
        id: en.reference.clone(),
        source: src(&report.file, line),
        reversal: en.reversal,
    });
}

fn check_statement(s: &Statement, report: &mut FileReport) {
    let who = if s.id.is_empty() {
        s.account.clone()
    } else {
        s.id.clone()
    };
    let bal = |codes: &[&str]| {
        codes
            .iter()
            .find_map(|c| s.balances.iter().find(|b| b.code == *c))
    };
    let signed = |b: &Balance| {
        b.amount
            .as_deref()
            .and_then(parse_camt_amount)
            .map(|a| if b.dbit { -a } else { a })
    };
    if let Some(n) = &s.stated_count {
        match n.parse::<u64>() {
            Ok(n) => reconcile_count(
                report,
                crate::msg!("camt-reconcile-count", who = &who),
                n,
                s.entries,
            ),
            Err(_) => report.notes.push(crate::msg!(
                "camt-note-count-not-number",
                who = &who,
                count = n
            )),
        }
    }
    if let Some(sum) = &s.stated_sum {
        let stated = parse_camt_amount(sum);
        report.reconciliation.push(Reconcile {
            what: crate::msg!("camt-reconcile-sum", who = &who),
            stated: sum.clone(),
            computed: s.abs_sum.normalize().to_string(),
            ok: stated.map(|v| v == s.abs_sum).unwrap_or(false),
        });
    }
    let (open, close) = (bal(&["OPBD", "PRCD"]), bal(&["CLBD"]));
    match (open, close) {
        (Some(o), Some(c)) => match (signed(o), signed(c)) {
            (Some(ov), Some(cv)) => {
                if s.unreadable > 0 {
                    report.notes.push(crate::msg!(
                        "camt-note-unreadable-entries",
                        who = &who,
                        count = s.unreadable
                    ));
                }
                reconcile_balance(
                    report,
                    crate::msg!(
                        "camt-reconcile-balance",
                        who = &who,
                        code = &o.code,
                        from = o
                            .date
                            .as_deref()
                            .map(|d| d.get(..10).unwrap_or(d))
                            .unwrap_or("?"),
                        to = c
                            .date
                            .as_deref()
                            .map(|d| d.get(..10).unwrap_or(d))
                            .unwrap_or("?")
                    ),
                    ov,
                    s.booked_sum,
                    cv,
                )
            }
            _ => report
                .notes
                .push(crate::msg!("camt-note-balance-not-number", who = &who)),
        },
        _ => {
            let have: Vec<&str> = s.balances.iter().map(|b| b.code.as_str()).collect();
            report.notes.push(if have.is_empty() {
                crate::msg!("camt-note-no-balances", who = &who)
            } else {
                crate::msg!(
                    "camt-note-no-balance-pair",
                    who = &who,
                    given = have.join(", ")
                )
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Collect, FileReport};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn run(text: &str) -> (Result<(), ImportError>, FileReport, Collect) {
        let mut r = FileReport::new(Arc::from("t.xml"));
        let mut c = Collect::default();
        let res = import(text, &mut c, &mut r);
        (res, r, c)
    }

    fn bal(code: &str, amt: &str, ind: &str) -> String {
        format!("<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">{amt}</Amt><CdtDbtInd>{ind}</CdtDbtInd><Dt><Dt>2025-01-31</Dt></Dt></Bal>\n")
    }

    fn ntry(amt: &str, ind: &str, sts: &str, extra: &str) -> String {
        format!("<Ntry><Amt Ccy=\"EUR\">{amt}</Amt><CdtDbtInd>{ind}</CdtDbtInd><Sts>{sts}</Sts><BookgDt><Dt>2025-01-05</Dt></BookgDt>{extra}</Ntry>\n")
    }

    fn doc(version: &str, body: &str) -> String {
        format!("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.{version}\">\n<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr>\n{body}</BkToCstmrStmt></Document>")
    }

    #[test]
    fn reconciles_booked_entries() {
        let body = format!(
            "<Stmt><Id>S1</Id><Acct><Id><IBAN>NL00TEST0000000001</IBAN></Id></Acct>\n{}{}{}{}{}</Stmt>\n",
            bal("OPBD", "100.00", "CRDT"),
            bal("CLBD", "60.10", "CRDT"),
            ntry("49.90", "DBIT", "BOOK", "<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Fictel &amp; Co</Nm></Cdtr></RltdPties><RmtInf><Ustrd>Invoice 7</Ustrd></RmtInf></TxDtls></NtryDtls>"),
            ntry("10", "CRDT", "BOOK", "<RvslInd>true</RvslInd>"),
            ntry("5.00", "DBIT", "PDNG", ""),
        );
        let (res, r, c) = run(&doc("02", &body));
        res.unwrap();
        assert_eq!(r.format.as_deref(), Some("camt.053"));
        assert_eq!((r.rows, r.records, r.skipped_total()), (3, 2, 1));
        assert_eq!(c.transactions[0].amount, dec!(-49.90));
        assert_eq!(c.transactions[0].counterparty, "Fictel & Co");
        assert_eq!(c.transactions[0].description, "Invoice 7");
        assert!(c.transactions[1].reversal);
        assert!(!c.transactions[1].description.contains("reversal"));
        assert!(!c.transactions[0].reversal);
        assert_eq!(r.reconciliation.len(), 1);
        assert!(r.reconciled(), "{:?}", r.reconciliation);
    }

    /// Each entry carries its amount's `Ccy`; an entry without one takes the account's
    /// (`Acct/Ccy`); an unknown code is a row error, never the case's currency.
    #[test]
    fn entries_carry_their_currency() {
        let plain = "<Ntry><Amt>7.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-01-06</Dt></BookgDt></Ntry>\n";
        let odd = ntry("3.00", "DBIT", "BOOK", "").replace("EUR", "EURO");
        let body = format!(
            "<Stmt><Id>S3</Id><Acct><Id><IBAN>DE00</IBAN></Id><Ccy>CHF</Ccy></Acct>\n{}{plain}{odd}</Stmt>\n",
            ntry("49.90", "DBIT", "BOOK", ""),
        );
        let (res, r, c) = run(&doc("02", &body));
        res.unwrap();
        let got: Vec<_> = c
            .transactions
            .iter()
            .map(|t| t.currency.map(|c| c.to_string()))
            .collect();
        assert_eq!(got, [Some("EUR".to_string()), Some("CHF".to_string())]);
        assert_eq!(r.error_count, 1);
        assert!(r.errors[0].message.contains("currency"), "{:?}", r.errors);
    }

    #[test]
    fn mismatch_and_bad_entries() {
        let body = format!(
            "<Stmt><Id>S2</Id>{}{}{}{}</Stmt>\n",
            bal("PRCD", "1.00000", "DBIT"),
            bal("CLBD", "2", "CRDT"),
            ntry("-1", "CRDT", "BOOK", ""),
            ntry("2.12345", "CRDT", "BOOK", ""),
        );
        let (res, r, _) = run(&doc("08", &body));
        res.unwrap();
        assert_eq!((r.rows, r.records, r.error_count), (2, 1, 1));
        assert_eq!(r.errors[0].row, 6);
        assert!(!r.reconciled());
        assert_eq!(r.reconciliation[0].computed, "1.12345");
    }

    #[test]
    fn no_statement_and_broken_xml() {
        let (res, _, _) = run(&doc("02", ""));
        assert!(res.unwrap_err().to_string().contains("without any Stmt"));
        let (res, _, _) = run(&doc("02", "<Stmt><Ntry></Stmt>"));
        assert!(res.unwrap_err().to_string().contains("malformed XML"));
    }

    #[test]
    fn dates() {
        let d = |s| parse_iso_datetime(s).map(|d| d.to_string());
        assert_eq!(d("2014-12-31").as_deref(), Some("2014-12-31 00:00:00"));
        assert_eq!(
            d("2007-10-18T08:00:00+01:00").as_deref(),
            Some("2007-10-18 08:00:00")
        );
        assert_eq!(
            d("2025-07-23T00:00:00.000000000").as_deref(),
            Some("2025-07-23 00:00:00")
        );
        assert_eq!(d("2025-02-30"), None);
        assert_eq!(d("x"), None);
        assert_eq!(parse_camt_amount("2700"), Some(dec!(2700)));
        assert_eq!(parse_camt_amount("-1"), None);
        assert_eq!(parse_camt_amount("1."), None);
    }
}
