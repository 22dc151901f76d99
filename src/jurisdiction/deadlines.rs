//! The escalation ladder of a case, in its legal order, with the dates computed from its
//! disputed charges, the complaint in the case log and an explicit `as_of` date (the
//! library never reads a clock).
//!
//! CN: carrier → the provincial telecom user appeal body (12300), from day 16 after the
//! complaint or at once after a refusal → 12315/消协 as an alternative route only (never in
//! parallel: provision `appeal-11-4`) → court. US: carrier → FCC informal complaint, state
//! PUC/attorney general; bank and card disputes for consumers. GB: carrier → ADR after a
//! deadlock letter or 8 weeks (6 weeks for complaints from 8 April 2026). Any other country:
//! the carrier, then the country's own bodies, with no citation.

use chrono::{Duration, Months, NaiveDate};

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::jurisdiction::claims::charge_date;
use crate::jurisdiction::legal::cite;
use crate::jurisdiction::{carriers, Route};
use crate::model::ServiceKind;
use crate::rules::Disputed;
use crate::tr;

/// Where a deadline stands on the `as_of` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Act now.
    Urgent,
    /// The date has passed.
    Passed,
    /// A route that is open now.
    Open,
    /// A route or deadline still ahead.
    Ahead,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Urgent => "urgent",
            Status::Passed => "passed",
            Status::Open => "open",
            Status::Ahead => "ahead",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Status::Urgent => tr!(lang, "status-urgent"),
            Status::Passed => tr!(lang, "status-passed"),
            Status::Open => tr!(lang, "status-open"),
            Status::Ahead => tr!(lang, "status-ahead"),
        }
    }
}

/// One dated step or limit.
#[derive(Debug, Clone)]
pub struct Deadline {
    /// Stable key: `records`, `carrier`, `appeal-window`, `appeal-risk`, `last-safe-complaint`,
    /// `appeal`, `consumer`, `court` (CN); `carrier`, `fcc`, `state`, `bank`, `card`,
    /// `business-bank`, `small-claims` (US); `carrier`, `adr` (GB); `carrier`, `local` (others).
    pub key: &'static str,
    pub date: Option<NaiveDate>,
    pub status: Status,
    pub text: String,
}

/// The complaint to the carrier, as far as the case log tells it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Complaint {
    /// The first complaint (call or letter).
    pub first: Option<NaiveDate>,
    /// The first explicit refusal or unsatisfactory answer (`case log --refused`).
    pub refused: Option<NaiveDate>,
}

impl Complaint {
    /// The day a CN appeal opens: the refusal's day, else day 16 after the complaint (the
    /// 15 days start the day after the complaint), else `None`.
    pub fn appeal_opens(&self) -> Option<NaiveDate> {
        match (self.first, self.refused) {
            (_, Some(r)) => Some(r),
            (Some(c), None) => Some(add_days(c, APPEAL_WAIT_DAYS)),
            (None, None) => None,
        }
    }
}

/// Days between a complaint and the day a CN appeal can be filed without a refusal.
pub const APPEAL_WAIT_DAYS: i64 = 16;

/// The first day on which the GB ADR wait is 6 weeks instead of 8 (Ofcom, 8 July 2025).
pub fn gb_six_weeks_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 8).unwrap_or_default()
}

/// Weeks to wait before ADR for a complaint made on `complaint`.
pub fn gb_adr_weeks(complaint: NaiveDate) -> i64 {
    if complaint >= gb_six_weeks_from() {
        6
    } else {
        8
    }
}

/// Oldest and newest disputed charge dates.
pub fn charge_span(audit: &Audit) -> Option<(NaiveDate, NaiveDate)> {
    let ds = charge_dates(audit);
    Some((*ds.iter().min()?, *ds.iter().max()?))
}

fn charge_dates(audit: &Audit) -> Vec<NaiveDate> {
    audit
        .findings
        .iter()
        .filter(|f| f.is_disputed())
        .filter_map(|f| charge_date(audit, f))
        .collect()
}

/// `n` days after `d` (before it when negative), at the end of chrono's range when past it:
/// a deadline is never a panic, whatever date the caller passes.
pub fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(n)).unwrap_or(if n < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

pub(crate) fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
}

/// The last day a billing appeal about a charge of `date` is accepted: 5 months on.
pub fn appeal_window_end(date: NaiveDate) -> NaiveDate {
    add_months(date, 5)
}

fn ahead_or_passed(date: NaiveDate, as_of: NaiveDate, urgent_days: i64) -> Status {
    if date < as_of {
        Status::Passed
    } else if (date - as_of).num_days() <= urgent_days {
        Status::Urgent
    } else {
        Status::Ahead
    }
}

fn open_from(date: NaiveDate, as_of: NaiveDate) -> Status {
    if date <= as_of {
        Status::Open
    } else {
        Status::Ahead
    }
}

/// The steps of a case on `as_of`, in the order they are taken.
pub fn deadlines(audit: &Audit, as_of: NaiveDate, complaint: Complaint) -> Vec<Deadline> {
    match audit.config.account.jurisdiction.route() {
        Route::Cn => cn(audit, as_of, complaint),
        Route::Us => us(audit, as_of, complaint),
        Route::Gb => gb(audit, as_of, complaint),
        Route::Generic => generic(audit, complaint),
    }
}

fn step(key: &'static str, date: Option<NaiveDate>, status: Status, text: String) -> Deadline {
    Deadline {
        key,
        date,
        status,
        text,
    }
}

/// The carrier step, common to every route.
fn carrier_step(audit: &Audit, complaint: Complaint) -> Deadline {
    let lang = audit.lang;
    let acc = &audit.config.account;
    let hotline = carriers::hotline(
        &acc.carrier,
        acc.hotline.as_deref(),
        acc.jurisdiction.country.as_ref().map(|c| c.code()),
    );
    let text = match (complaint.first, complaint.refused) {
        (_, Some(r)) => tr!(lang, "step-carrier-refused", date = lang.date(r)),
        (Some(c), None) => tr!(lang, "step-carrier-done", date = lang.date(c)),
        (None, None) => match hotline {
            Some(h) => tr!(lang, "step-carrier-first-hotline", hotline = h),
            None => tr!(lang, "step-carrier-first"),
        },
    };
    let status = if complaint.first.is_some() || complaint.refused.is_some() {
        Status::Passed
    } else {
        Status::Open
    };
    step("carrier", complaint.first, status, text)
}

fn cn(audit: &Audit, as_of: NaiveDate, complaint: Complaint) -> Vec<Deadline> {
    let lang = audit.lang;
    let d = |x: NaiveDate| lang.date(x);
    let consumer = audit.config.account.jurisdiction.is_consumer();
    let dates = charge_dates(audit);
    let span = charge_span(audit);
    let mut out = Vec::new();
    // Raw billing records are kept 5 months under the standard contract: ask for them now.
    if let Some((oldest, _)) = span {
        let cutoff = as_of.checked_sub_months(Months::new(4)).unwrap_or(as_of);
        let old = dates.iter().filter(|c| **c < cutoff).count();
        let ask_by = add_months(oldest, 4);
        let (status, text) = if old == 0 {
            let st = if (ask_by - as_of).num_days() <= 14 {
                Status::Urgent
            } else {
                Status::Ahead
            };
            (
                st,
                tr!(
                    lang,
                    "cn-records-ahead",
                    date = d(ask_by),
                    cite = cite("telecom-33", lang)
                ),
            )
        } else {
            (
                Status::Urgent,
                tr!(
                    lang,
                    "cn-records-now",
                    count = old,
                    oldest = d(oldest),
                    cite = cite("telecom-33", lang)
                ),
            )
        };
        out.push(step("records", Some(add_months(oldest, 5)), status, text));
    }
    out.push(carrier_step(audit, complaint));
    out.extend(cn_windows(audit, as_of, complaint, &dates));
    // The appeal to the provincial body.
    let appeal_cites = format!("{}、{}", cite("appeal-9", lang), cite("appeal-10", lang));
    let appeal_cites = appeal_cites.replace('、', &tr!(lang, "list-sep"));
    let appeal = match (complaint.first, complaint.refused) {
        (_, Some(r)) => step(
            "appeal",
            Some(r),
            open_from(r, as_of),
            tr!(lang, "cn-appeal-refused", date = d(r), cite = appeal_cites),
        ),
        (Some(c), None) => {
            let opens = add_days(c, APPEAL_WAIT_DAYS);
            step(
                "appeal",
                Some(opens),
                open_from(opens, as_of),
                tr!(
                    lang,
                    "cn-appeal-after",
                    complained = d(c),
                    expires = d(add_days(opens, -1)),
                    opens = d(opens),
                    cite = appeal_cites
                ),
            )
        }
        (None, None) => step(
            "appeal",
            None,
            Status::Ahead,
            tr!(lang, "cn-appeal-first", cite = appeal_cites),
        ),
    };
    out.push(appeal);
    if consumer {
        out.push(step(
            "consumer",
            None,
            Status::Ahead,
            tr!(
                lang,
                "cn-consumer-alternative",
                cite_bar = cite("appeal-11-4", lang),
                cite = cite("consumer-39", lang)
            ),
        ));
    }
    if let Some((oldest, _)) = span {
        let due = add_months(oldest, 36);
        out.push(step(
            "court",
            Some(due),
            ahead_or_passed(due, as_of, 60),
            tr!(
                lang,
                "cn-court",
                date = d(due),
                cite = cite("civil-188", lang)
            ),
        ));
    }
    out
}

/// The 5-month appeal windows (oldest and newest charge), and the warning when a window
/// closes before the appeal can open.
fn cn_windows(
    audit: &Audit,
    as_of: NaiveDate,
    complaint: Complaint,
    dates: &[NaiveDate],
) -> Vec<Deadline> {
    let lang = audit.lang;
    let d = |x: NaiveDate| lang.date(x);
    let mut out = Vec::new();
    let Some((oldest, newest)) = charge_span(audit) else {
        return out;
    };
    let consumer = audit.config.account.jurisdiction.is_consumer();
    let passed = dates
        .iter()
        .filter(|c| appeal_window_end(**c) < as_of)
        .count();
    for (c, first) in [(oldest, true), (newest, false)] {
        if !first && newest == oldest {
            break;
        }
        let due = appeal_window_end(c);
        let mut text = if first {
            tr!(
                lang,
                "cn-window-oldest",
                charge = d(c),
                date = d(due),
                cite = cite("appeal-11-1", lang)
            )
        } else {
            tr!(
                lang,
                "cn-window-newest",
                charge = d(c),
                date = d(due),
                cite = cite("appeal-11-1", lang)
            )
        };
        if first && passed > 0 {
            text.push_str(&if consumer {
                tr!(lang, "cn-window-passed-consumer", count = passed)
            } else {
                tr!(lang, "cn-window-passed", count = passed)
            });
        }
        out.push(step(
            "appeal-window",
            Some(due),
            ahead_or_passed(due, as_of, 30),
            text,
        ));
    }
    // When can the appeal open at the earliest? After a refusal at once; after a complaint
    // on day 16; without a complaint, day 16 after a complaint made today.
    let opens = complaint
        .appeal_opens()
        .unwrap_or(add_days(as_of, APPEAL_WAIT_DAYS));
    let mut at_risk: Vec<NaiveDate> = dates
        .iter()
        .copied()
        .filter(|c| {
            let end = appeal_window_end(*c);
            end >= as_of && end < opens
        })
        .collect();
    at_risk.sort();
    if let Some(first_risk) = at_risk.first() {
        let end = appeal_window_end(*first_risk);
        out.push(step(
            "appeal-risk",
            Some(end),
            Status::Urgent,
            tr!(
                lang,
                "cn-appeal-risk",
                count = at_risk.len(),
                charge = d(*first_risk),
                date = d(end),
                opens = d(opens)
            ),
        ));
    } else if complaint.first.is_none() && complaint.refused.is_none() {
        let keep = dates
            .iter()
            .copied()
            .filter(|c| appeal_window_end(*c) >= as_of)
            .min();
        if let Some(c) = keep {
            let end = appeal_window_end(c);
            let last = add_days(end, -APPEAL_WAIT_DAYS);
            out.push(step(
                "last-safe-complaint",
                Some(last),
                ahead_or_passed(last, as_of, 14),
                tr!(
                    lang,
                    "cn-last-safe-complaint",
                    date = d(last),
                    charge = d(c),
                    end = d(end)
                ),
            ));
        }
    }
    out
}

fn us(audit: &Audit, as_of: NaiveDate, complaint: Complaint) -> Vec<Deadline> {
    let lang = audit.lang;
    let d = |x: NaiveDate| lang.date(x);
    let cfg = &audit.config;
    let mut out = vec![carrier_step(audit, complaint)];
    let kinds: Vec<ServiceKind> = cfg.services.iter().map(|s| s.kind).collect();
    let telecom = kinds
        .iter()
        .any(|k| !matches!(k, ServiceKind::Broadband | ServiceKind::Tv));
    let fcc_open = complaint.refused.or(complaint.first);
    let fcc_text = if telecom {
        tr!(
            lang,
            "us-fcc-telecom",
            cite = cite("fcc-informal", lang),
            cite_billing = cite("cfr-64-2401", lang)
        )
    } else {
        tr!(lang, "us-fcc", cite = cite("fcc-informal", lang))
    };
    out.push(step(
        "fcc",
        None,
        if fcc_open.is_some() {
            Status::Open
        } else {
            Status::Ahead
        },
        fcc_text,
    ));
    out.push(step("state", None, Status::Ahead, tr!(lang, "us-state")));
    if cfg.account.jurisdiction.is_consumer() {
        let debits: Vec<NaiveDate> = audit
            .findings
            .iter()
            .flat_map(|f| f.disputes.iter())
            .filter_map(|(k, a)| match k {
                Disputed::Transaction(i) if *a > rust_decimal::Decimal::ZERO => {
                    audit.matched.transactions.get(*i).map(|t| t.date.date())
                }
                _ => None,
            })
            .collect();
        if let Some(first) = debits.iter().min() {
            let due = add_days(*first, 60);
            out.push(step(
                "bank",
                Some(due),
                ahead_or_passed(due, as_of, 14),
                tr!(
                    lang,
                    "us-bank",
                    debit = d(*first),
                    date = d(due),
                    cite = cite("reg-e-1005-11", lang)
                ),
            ));
        }
        if let Some((oldest, _)) = charge_span(audit) {
            let due = add_days(oldest, 60);
            out.push(step(
                "card",
                Some(due),
                ahead_or_passed(due, as_of, 14),
                tr!(
                    lang,
                    "us-card",
                    charge = d(oldest),
                    date = d(due),
                    cite = cite("fcba-1666", lang)
                ),
            ));
        }
    } else {
        out.push(step(
            "business-bank",
            None,
            Status::Ahead,
            tr!(lang, "us-business-bank"),
        ));
    }
    out.push(step(
        "small-claims",
        None,
        Status::Ahead,
        tr!(lang, "us-small-claims"),
    ));
    out
}

fn gb(audit: &Audit, as_of: NaiveDate, complaint: Complaint) -> Vec<Deadline> {
    let lang = audit.lang;
    let d = |x: NaiveDate| lang.date(x);
    let mut out = vec![carrier_step(audit, complaint)];
    let cite_adr = cite("ofcom-adr", lang);
    let adr = match (complaint.first, complaint.refused) {
        (_, Some(r)) => step(
            "adr",
            Some(r),
            open_from(r, as_of),
            tr!(lang, "gb-adr-deadlock", date = d(r), cite = cite_adr),
        ),
        (Some(c), None) => {
            let weeks = gb_adr_weeks(c);
            let from = add_days(c, weeks * 7);
            step(
                "adr",
                Some(from),
                open_from(from, as_of),
                tr!(
                    lang,
                    "gb-adr-after",
                    complained = d(c),
                    weeks = weeks,
                    date = d(from),
                    cite = cite_adr
                ),
            )
        }
        (None, None) => step(
            "adr",
            None,
            Status::Ahead,
            tr!(
                lang,
                "gb-adr-first",
                weeks = gb_adr_weeks(as_of),
                cite = cite_adr
            ),
        ),
    };
    out.push(adr);
    out
}

fn generic(audit: &Audit, complaint: Complaint) -> Vec<Deadline> {
    let lang = audit.lang;
    let country = audit
        .config
        .account
        .jurisdiction
        .country
        .as_ref()
        .map(|c| c.code().to_string());
    let local = match country {
        Some(c) => tr!(lang, "generic-local", country = c),
        None => tr!(lang, "generic-local-unknown"),
    };
    vec![
        carrier_step(audit, complaint),
        step("local", None, Status::Ahead, local),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn statuses() {
        let as_of = day(2025, 10, 20);
        assert_eq!(
            ahead_or_passed(day(2025, 10, 19), as_of, 30),
            Status::Passed
        );
        assert_eq!(ahead_or_passed(day(2025, 11, 1), as_of, 30), Status::Urgent);
        assert_eq!(ahead_or_passed(day(2026, 1, 1), as_of, 30), Status::Ahead);
    }

    #[test]
    fn appeal_opens_on_day_16_or_at_the_refusal() {
        let c = Complaint {
            first: Some(day(2025, 10, 5)),
            refused: None,
        };
        assert_eq!(c.appeal_opens(), Some(day(2025, 10, 21)));
        let r = Complaint {
            first: Some(day(2025, 10, 5)),
            refused: Some(day(2025, 10, 6)),
        };
        assert_eq!(r.appeal_opens(), Some(day(2025, 10, 6)));
        assert_eq!(Complaint::default().appeal_opens(), None);
    }

    #[test]
    fn gb_wait_depends_on_the_complaint_date() {
        assert_eq!(gb_adr_weeks(day(2026, 4, 7)), 8);
        assert_eq!(gb_adr_weeks(day(2026, 4, 8)), 6);
        assert_eq!(gb_adr_weeks(day(2025, 1, 1)), 8);
    }
}
