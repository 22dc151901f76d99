//! `case status`: what was promised, whether the later statements show it, which deadlines
//! passed, and the next step.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{complaint_dates, first_complaint, parse_promise, LogEntry, Promise, LOG_FILE};
use crate::audit::Audit;
use crate::jurisdiction::deadlines::{self, add_days, gb_adr_weeks, Complaint, Deadline, Status};
use crate::jurisdiction::legal::cite;
use crate::jurisdiction::{carriers, Route};
use crate::model::Period;
use crate::rules::{Evidence, Finding, Severity};
use crate::tr;

/// The rule id of the finding for a refund that never showed up.
pub const PROMISED_REFUND_MISSING: &str = "promised-refund-missing";

/// Days allowed for a promised refund without a date.
pub const DEFAULT_PROMISE_DAYS: i64 = 30;

/// Whether a promise was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromiseState {
    /// The credit is in a later bill or transaction.
    Kept,
    /// Not yet due, not yet seen.
    Pending,
    /// Due, and not (fully) seen.
    Missing,
    /// A promise without an amount to check.
    Unchecked,
}

/// One promise from the log, checked against later statements.
#[derive(Debug, Clone)]
pub struct PromiseCheck {
    pub entry: LogEntry,
    pub promise: Promise,
    /// The promised date, else the call date plus [`DEFAULT_PROMISE_DAYS`].
    pub due: NaiveDate,
    /// Credits found after the promise.
    pub found: Decimal,
    pub evidence: Vec<Evidence>,
    pub state: PromiseState,
}

/// The next thing to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// No complaint logged yet: call with the script.
    CallCarrier,
    /// Ask for the itemised records now (old charges).
    AskForRecords,
    /// A promise is pending until this date: wait, then run `case status` again.
    WaitUntil(NaiveDate),
    /// Call again and ask for escalation (the appeal is not open yet).
    CallAgain,
    /// CN: appeal to the provincial telecom user appeal body (12300) with `billaudit case appeal`.
    AppealRegulator,
    /// CN consumers: 12315 or the consumer association, for charges past the appeal window
    /// (an alternative route, never in parallel with the appeal).
    ConsumerAlternative,
    /// US: FCC informal complaint.
    Fcc,
    /// GB: the carrier's ADR scheme (after a deadlock letter or the wait in weeks).
    Adr,
    /// Any other country: the country's own telecom regulator or consumer body.
    Local,
    /// Everything promised arrived.
    Done,
    /// Nothing flagged and nothing logged.
    Nothing,
}

/// The state of a case on a date.
#[derive(Debug, Clone)]
pub struct CaseStatus {
    pub as_of: NaiveDate,
    pub log: Vec<LogEntry>,
    pub complaint: Option<LogEntry>,
    pub promises: Vec<PromiseCheck>,
    pub deadlines: Vec<Deadline>,
    /// `promised-refund-missing` findings.
    pub findings: Vec<Finding>,
    pub next: Vec<NextStep>,
}

/// Credits that may pay a promise: negative bill lines and carrier-bound credits.
struct Credit {
    date: NaiveDate,
    amount: Decimal,
    ev: Evidence,
    used: bool,
}

fn credits(audit: &Audit) -> Vec<Credit> {
    let m = &audit.matched;
    let mut out: Vec<Credit> = m
        .bill_lines
        .iter()
        .filter(|l| l.amount < Decimal::ZERO)
        .map(|l| Credit {
            // A credit on a bill is dated by its period's last day; any credit of the
            // promise's month or later counts.
            date: l.period.last_day(),
            amount: -l.amount,
            ev: Evidence::at(
                &l.source,
                "bill-line",
                Some(format!("{} {} {}", l.period, l.item, l.amount)),
            ),
            used: false,
        })
        .collect();
    let refunded: Vec<usize> = m.refunded.iter().map(|(_, c)| *c).collect();
    for &i in &m.carrier_txs {
        let Some(t) = m.transactions.get(i) else {
            continue;
        };
        if t.amount <= Decimal::ZERO || refunded.contains(&i) {
            continue;
        }
        out.push(Credit {
            date: t.date.date(),
            amount: t.amount,
            ev: Evidence::at(
                &t.source,
                "transaction",
                Some(format!(
                    "{} {} +{}",
                    t.date.date(),
                    t.counterparty,
                    t.amount
                )),
            ),
            used: false,
        });
    }
    out.sort_by(|a, b| (a.date, &a.ev).cmp(&(b.date, &b.ev)));
    out
}

/// Check the case log against the audit on `as_of`.
pub fn status(audit: &Audit, log: &[LogEntry], as_of: NaiveDate) -> CaseStatus {
    let lang = audit.lang;
    let cur = audit.config.account.currency.clone();
    let complaint = first_complaint(log).cloned();
    let mut pool = credits(audit);
    let mut promises = Vec::new();
    let mut findings = Vec::new();
    for e in log {
        let Some(text) = e.promised.as_deref() else {
            continue;
        };
        let promise = parse_promise(text);
        let call_day = e.at.date();
        let due = promise
            .by
            .unwrap_or_else(|| add_days(call_day, DEFAULT_PROMISE_DAYS));
        let Some(amount) = promise.refund else {
            promises.push(PromiseCheck {
                entry: e.clone(),
                promise,
                due,
                found: Decimal::ZERO,
                evidence: Vec::new(),
                state: PromiseState::Unchecked,
            });
            continue;
        };
        let eligible = |c: &Credit| {
            !c.used && c.date >= call_day && Period::of(c.date) >= Period::of(call_day)
        };
        let mut found = Decimal::ZERO;
        let mut evidence = Vec::new();
        if let Some(c) = pool.iter_mut().find(|c| eligible(c) && c.amount == amount) {
            c.used = true;
            found = c.amount;
            evidence.push(c.ev.clone());
        } else {
            for c in pool.iter_mut() {
                if found >= amount {
                    break;
                }
                if eligible(c) {
                    c.used = true;
                    found += c.amount;
                    evidence.push(c.ev.clone());
                }
            }
        }
        let state = if found >= amount {
            PromiseState::Kept
        } else if due < as_of {
            PromiseState::Missing
        } else {
            PromiseState::Pending
        };
        if state == PromiseState::Missing {
            let missing = amount - found;
            let agent = e.agent.clone().unwrap_or_default();
            let ticket = e.ticket.clone().unwrap_or_else(|| "-".to_string());
            let title = tr!(
                lang,
                "promised-refund-title",
                amount = lang.money(amount, &cur)
            );
            let reason = tr!(
                lang,
                "promised-refund-reason",
                date = lang.date(call_day),
                agent = agent,
                ticket = ticket,
                promise = text,
                as_of = lang.date(as_of),
                found = lang.money(found, &cur),
                missing = lang.money(missing, &cur)
            );
            let mut ev = vec![Evidence {
                file: LOG_FILE.to_string(),
                page: None,
                row: Some(e.line),
                kind: "case-log",
                note: Some(format!("{} {}", e.at.format("%Y-%m-%d %H:%M"), text)),
            }];
            ev.extend(evidence.iter().cloned());
            findings.push(Finding {
                rule: PROMISED_REFUND_MISSING.to_string(),
                severity: Severity::High,
                period: Some(Period::of(due)),
                service: None,
                amount: missing,
                title,
                item: None,
                reason,
                evidence: ev,
                disputes: Vec::new(),
            });
        }
        promises.push(PromiseCheck {
            entry: e.clone(),
            promise,
            due,
            found,
            evidence,
            state,
        });
    }
    let dates = complaint_dates(log);
    let deadlines = deadlines::deadlines(audit, as_of, dates);
    let next = next_steps(audit, dates, &promises, &deadlines, as_of);
    CaseStatus {
        as_of,
        log: log.to_vec(),
        complaint,
        promises,
        deadlines,
        findings,
        next,
    }
}

fn next_steps(
    audit: &Audit,
    complaint: Complaint,
    promises: &[PromiseCheck],
    deadlines: &[Deadline],
    as_of: NaiveDate,
) -> Vec<NextStep> {
    let mut out = Vec::new();
    if deadlines
        .iter()
        .any(|d| d.key == "records" && d.status == Status::Urgent)
    {
        out.push(NextStep::AskForRecords);
    }
    let Some(c) = complaint.first.or(complaint.refused) else {
        if audit.findings.is_empty() {
            out.push(NextStep::Nothing);
        } else {
            out.push(NextStep::CallCarrier);
        }
        return out;
    };
    let missing = promises.iter().any(|p| p.state == PromiseState::Missing);
    let pending: Option<NaiveDate> = promises
        .iter()
        .filter(|p| p.state == PromiseState::Pending)
        .map(|p| p.due)
        .max();
    let all_kept = !promises.is_empty() && promises.iter().all(|p| p.state == PromiseState::Kept);
    let disputed_left = audit.disputed_total
        - promises
            .iter()
            .filter(|p| p.state == PromiseState::Kept)
            .map(|p| p.found)
            .sum::<Decimal>();
    if all_kept && disputed_left <= Decimal::ZERO {
        out.push(NextStep::Done);
        return out;
    }
    let refused = complaint.refused.is_some();
    if let Some(d) = pending {
        if !missing && !refused {
            out.push(NextStep::WaitUntil(d));
            return out;
        }
    }
    let days = (as_of - c).num_days();
    let j = &audit.config.account.jurisdiction;
    let open = match j.route() {
        Route::Cn => missing || complaint.appeal_opens().is_some_and(|d| d <= as_of),
        Route::Gb => {
            let from = complaint
                .refused
                .unwrap_or_else(|| add_days(c, gb_adr_weeks(c) * 7));
            from <= as_of
        }
        Route::Us | Route::Generic => missing || refused || days >= 15,
    };
    if !open {
        out.push(NextStep::CallAgain);
        return out;
    }
    out.push(match j.route() {
        Route::Cn => NextStep::AppealRegulator,
        Route::Us => NextStep::Fcc,
        Route::Gb => NextStep::Adr,
        Route::Generic => NextStep::Local,
    });
    let window_passed = deadlines
        .iter()
        .any(|d| d.key == "appeal-window" && d.status == Status::Passed);
    if j.route() == Route::Cn && j.is_consumer() && window_passed {
        out.push(NextStep::ConsumerAlternative);
    }
    out
}

impl NextStep {
    /// The step in words.
    pub fn text(&self, audit: &Audit, case_arg: &str) -> String {
        let lang = audit.lang;
        let acc = &audit.config.account;
        let hotline = carriers::hotline(
            &acc.carrier,
            acc.hotline.as_deref(),
            acc.jurisdiction.country.as_ref().map(|c| c.code()),
        );
        let case = case_arg.to_string();
        match self {
            NextStep::CallCarrier => match hotline {
                Some(h) => tr!(lang, "next-call-carrier-hotline", hotline = h, case = case),
                None => tr!(lang, "next-call-carrier", case = case),
            },
            NextStep::AskForRecords => {
                if acc.jurisdiction.route() == Route::Cn {
                    tr!(lang, "next-ask-records-cn", cite = cite("telecom-33", lang))
                } else {
                    tr!(lang, "next-ask-records")
                }
            }
            NextStep::WaitUntil(d) => tr!(lang, "next-wait", date = lang.date(*d), case = case),
            NextStep::CallAgain => {
                let then = match acc.jurisdiction.route() {
                    Route::Cn => tr!(lang, "next-call-again-cn"),
                    Route::Gb => tr!(lang, "next-call-again-gb"),
                    Route::Us | Route::Generic => String::new(),
                };
                match hotline {
                    Some(h) => tr!(
                        lang,
                        "next-call-again-hotline",
                        hotline = h,
                        then = then,
                        case = case
                    ),
                    None => tr!(lang, "next-call-again", then = then, case = case),
                }
            }
            NextStep::AppealRegulator => tr!(
                lang,
                "next-appeal-cn",
                cite = cite("appeal-9", lang),
                case = case
            ),
            NextStep::ConsumerAlternative => tr!(
                lang,
                "next-consumer-alternative",
                cite_bar = cite("appeal-11-4", lang),
                cite = cite("consumer-39", lang)
            ),
            NextStep::Fcc => tr!(
                lang,
                "next-fcc",
                cite = cite("fcc-informal", lang),
                case = case
            ),
            NextStep::Adr => tr!(
                lang,
                "next-adr",
                cite = cite("ofcom-adr", lang),
                case = case
            ),
            NextStep::Local => match &acc.jurisdiction.country {
                Some(c) => tr!(lang, "next-local", country = c.code(), case = case),
                None => tr!(lang, "next-local-unknown", case = case),
            },
            NextStep::Nothing => tr!(lang, "next-nothing"),
            NextStep::Done => tr!(lang, "next-done"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::OnceLock;

    use chrono::NaiveDate;
    use proptest::prelude::*;

    use crate::audit::{audit_case, Audit};
    use crate::case::{appeal, complaint_dates, parse_log, CaseError};
    use crate::i18n::Lang;
    use crate::report::script::ScriptOptions;
    use crate::report::PackOptions;

    /// The routes a case can take: CN business and consumer, US, GB.
    fn audits() -> &'static Vec<Audit> {
        static AUDITS: OnceLock<Vec<Audit>> = OnceLock::new();
        AUDITS.get_or_init(|| {
            let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/cases");
            let variant = |edit: &dyn Fn(String) -> String| {
                let dir = tempfile::tempdir().unwrap();
                let from = fixtures.join("idle-broadband");
                copy_dir(&from, dir.path());
                let toml = dir.path().join("billaudit.toml");
                let text = std::fs::read_to_string(&toml).unwrap();
                std::fs::write(&toml, edit(text)).unwrap();
                audit_case(dir.path(), Lang::En).unwrap()
            };
            vec![
                audit_case(&fixtures.join("idle-broadband"), Lang::ZhCn).unwrap(),
                audit_case(&fixtures.join("us-cancelled-line"), Lang::En).unwrap(),
                variant(&|t| {
                    t.replace("country = \"CN\"", "country = \"GB\"")
                        .replace("currency = \"CNY\"", "currency = \"GBP\"")
                }),
                variant(&|t| t.replace("holder_type = \"business\"", "holder_type = \"consumer\"")),
            ]
        })
    }

    fn copy_dir(from: &Path, to: &Path) {
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let dest = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                std::fs::create_dir_all(&dest).unwrap();
                copy_dir(&e.path(), &dest);
            } else {
                std::fs::copy(e.path(), dest).unwrap();
            }
        }
    }

    /// A date-time as a hand-edited line may hold it: any year JSON and chrono allow,
    /// impossible days, leap seconds, a date without a time, or not a date at all.
    fn at() -> impl Strategy<Value = serde_json::Value> {
        prop_oneof![
            (1i32..=9999, 1u32..=12, 1u32..=31, 0u32..=23, 0u32..=60).prop_map(
                |(y, m, d, h, s)| {
                    serde_json::json!(format!("{y:04}-{m:02}-{d:02}T{h:02}:59:{s:02}"))
                }
            ),
            prop_oneof![
                Just(0i32),
                Just(9999),
                Just(10000),
                Just(262142),
                Just(-262143),
                -300000i32..300000
            ]
            .prop_map(|y| serde_json::json!(format!("{y:+05}-12-31T23:59:59"))),
            Just(serde_json::json!("2025-10-05")),
            Just(serde_json::json!(20251005)),
            Just(serde_json::Value::Null),
            ".{0,12}".prop_map(|s| serde_json::json!(s)),
        ]
    }

    /// A promise as a person writes it, with amounts beyond any bill and dates beyond any
    /// calendar among them.
    fn promised() -> impl Strategy<Value = serde_json::Value> {
        let amount = prop_oneof![
            Just("79228162514264337593543950335".to_string()),
            Just("79,228,162,514,264,337,593,543,950,335.99".to_string()),
            Just("0.0000000000000000000000000001".to_string()),
            Just("9".repeat(60)),
            Just("0".to_string()),
            "[0-9]{1,12}(\\.[0-9]{1,4})?",
            "[0-9,.]{1,20}",
        ];
        let date = (0u32..=99999, 0u32..=99, 0u32..=99)
            .prop_map(|(y, m, d)| format!(" by {y:04}-{m:02}-{d:02}"));
        (
            prop::sample::select(vec!["refund ", "credit ¥", "退还 ", "will call ", ""]),
            prop::collection::vec(amount, 0..4),
            prop::option::of(date),
            prop::sample::select(vec!["", " 元", " yuan", " months"]),
        )
            .prop_map(|(word, amounts, date, unit)| {
                let amounts: Vec<String> = amounts.iter().map(|a| format!("{a}{unit}")).collect();
                serde_json::json!(format!(
                    "{word}{}{}",
                    amounts.join(" and "),
                    date.unwrap_or_default()
                ))
            })
    }

    fn text() -> impl Strategy<Value = Option<serde_json::Value>> {
        prop::option::of(prop_oneof![
            ".{0,16}".prop_map(|s| serde_json::json!(s)),
            Just(serde_json::json!(12345)),
            Just(serde_json::json!("")),
        ])
    }

    /// One line of a hand-edited log: an entry with odd fields, or any text at all.
    fn line() -> impl Strategy<Value = String> {
        let kind = prop::sample::select(vec!["call", "letter", "appeal", "note", "CALL", "fax"]);
        let entry = (
            at(),
            kind,
            prop::option::of(promised()),
            text(),
            text(),
            text(),
            any::<u8>(),
        )
            .prop_map(|(at, kind, promised, ticket, agent, note, flags)| {
                let mut o = serde_json::Map::new();
                if flags & 1 == 0 {
                    o.insert("at".into(), at);
                }
                if flags & 2 == 0 {
                    o.insert("kind".into(), kind.into());
                }
                for (k, v) in [
                    ("promised", promised),
                    ("ticket", ticket),
                    ("agent", agent),
                    ("note", note),
                ] {
                    if let Some(v) = v {
                        o.insert(k.into(), v);
                    }
                }
                match flags >> 2 & 3 {
                    0 => {}
                    1 => {
                        o.insert("refused".into(), true.into());
                    }
                    2 => {
                        o.insert("refused".into(), "yes".into());
                    }
                    _ => {
                        o.insert("line".into(), serde_json::json!(u64::MAX));
                    }
                }
                serde_json::Value::Object(o).to_string()
            });
        prop_oneof![8 => entry, 1 => ".{0,40}", 1 => Just("{\"at\":".to_string())]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// No hand-edited case log, read on any date chrono has, makes `case status`,
        /// `case appeal` or the evidence pack panic: every line is an entry or a damaged
        /// line naming its number, and the commands return their text on every route.
        #[test]
        fn a_hand_edited_log_never_panics(
            lines in prop::collection::vec(line(), 0..8),
            as_of in prop_oneof![
                (-262_143i32 * 366..262_142 * 366).prop_map(NaiveDate::from_num_days_from_ce_opt),
                (738_000i32..740_000).prop_map(NaiveDate::from_num_days_from_ce_opt),
                // The first and last days chrono has, where a deadline counted on overflows.
                (0i64..100).prop_map(|k| NaiveDate::MAX.checked_sub_days(chrono::Days::new(k as u64))),
                (0i64..100).prop_map(|k| NaiveDate::MIN.checked_add_days(chrono::Days::new(k as u64))),
            ],
            route in 0usize..4,
        ) {
            let Some(as_of) = as_of else { return Ok(()) };
            let path = Path::new(super::LOG_FILE);
            let log = parse_log(path, &lines.join("\n"));
            let n = lines.len() as u64;
            for e in &log.entries {
                prop_assert!((1..=n).contains(&e.line));
            }
            for d in &log.damaged {
                let CaseError::Parse { line, .. } = d else {
                    return Err(TestCaseError::fail(format!("{d}")));
                };
                let (line, text) = (*line, d.to_string());
                prop_assert!((1..=n).contains(&line));
                let want = format!("case-log.jsonl:{line}:");
                prop_assert!(text.contains(&want), "{}", text);
            }
            prop_assert_eq!(log.entries.len() + log.damaged.len(),
                lines.iter().filter(|l| {
                    let t = l.trim();
                    !(t.is_empty() || t.starts_with('#') || t.starts_with("//"))
                }).count());
            let audit = &audits()[route];
            let st = super::status(audit, &log.entries, as_of);
            let ap = appeal::appeal(audit, &st, &appeal::AppealInput::default());
            prop_assert!(!ap.text(audit.lang).is_empty());
            for step in &st.next {
                prop_assert!(!step.text(audit, "CASE").is_empty());
            }
            let mut script = ScriptOptions::new(24, as_of);
            script.complaint = complaint_dates(&log.entries);
            let pack = crate::report::html(audit, PackOptions { script, log: &log.entries });
            prop_assert!(pack.contains("</html>"));
            let md = crate::report::markdown_pack(audit, PackOptions { script, log: &log.entries });
            prop_assert!(!md.is_empty());
        }
    }
}
