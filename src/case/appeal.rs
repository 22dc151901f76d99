//! `case appeal`: the text to send to the next body on the case's route.
//!
//! On the CN route it is the appeal to the provincial telecom user appeal body and carries
//! what provision `appeal-12` requires: the appellant's name,
//! address, postcode and phone (and a contact person for a company); the respondent's full
//! name and address; the demands; the facts and reasons; the date. It also states the prior
//! complaint (provisions `appeal-10` and `appeal-13`) and lists the exhibits. Items past their 5-month appeal
//! window and items that dispute nothing are left out, with a note. On the US, GB and any
//! other route the same facts go into an FCC complaint, an ADR application or a written
//! complaint, citing only that route's provisions.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::status::CaseStatus;
use super::EntryKind;
use crate::audit::Audit;
use crate::i18n::Lang;
use crate::jurisdiction::claims::{
    case_numbers, charge_date, claims, evidence_line, total_of, Claim, Strength,
};
use crate::jurisdiction::deadlines::{add_days, appeal_window_end, gb_adr_weeks, APPEAL_WAIT_DAYS};
use crate::jurisdiction::legal::{cite, provision};
use crate::jurisdiction::{carriers, HolderType, Route};
use crate::rules::Finding;
use crate::tr;

/// What the user gives on the command line (blanks to fill by hand when absent).
#[derive(Debug, Clone, Default)]
pub struct AppealInput {
    /// Phone number (or e-mail).
    pub phone: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    /// The company's contact person.
    pub contact_person: Option<String>,
}

/// The appeal's fields, filled from the case.
#[derive(Debug, Clone)]
pub struct Appeal {
    pub title: String,
    /// The date of the appeal, formatted.
    pub date: String,
    /// (label, value) pairs in the form's order.
    pub fields: Vec<(String, String)>,
    /// Whether a prior complaint to the carrier is logged (the appeal is not accepted without one).
    pub has_prior_complaint: bool,
    /// Whether the appeal can be filed now: a refusal, a broken promise, or (CN) day 16
    /// after the complaint.
    pub ready: bool,
    /// The amount the appeal claims (the disputed total less what is left out).
    pub claimed: Decimal,
}

const BLANK: &str = "____________";

fn or_blank(v: Option<&str>) -> String {
    v.map(str::trim)
        .filter(|x| !x.is_empty())
        .map_or_else(|| BLANK.to_string(), str::to_string)
}

fn route_key(route: Route) -> &'static str {
    match route {
        Route::Cn => "cn",
        Route::Us => "us",
        Route::Gb => "gb",
        Route::Generic => "other",
    }
}

/// Build the appeal.
pub fn appeal(audit: &Audit, st: &CaseStatus, input: &AppealInput) -> Appeal {
    let lang = audit.lang;
    let cfg = &audit.config;
    let route = cfg.account.jurisdiction.route();
    let r = route_key(route);
    let label = |id: &str| crate::i18n::tr(lang, id, &[("route", r.into())]);
    let mut fields = Vec::new();
    fields.push((
        label("appeal-f-appellant"),
        or_blank(Some(cfg.account.holder.as_str())),
    ));
    if cfg.account.jurisdiction.holder_type == HolderType::Business {
        fields.push((
            label("appeal-f-contact-person"),
            or_blank(input.contact_person.as_deref()),
        ));
    }
    fields.push((
        label("appeal-f-address"),
        or_blank(input.address.as_deref()),
    ));
    if route == Route::Cn {
        fields.push((
            label("appeal-f-postcode"),
            or_blank(input.postcode.as_deref()),
        ));
    }
    fields.push((label("appeal-f-phone"), or_blank(input.phone.as_deref())));
    fields.push((label("appeal-f-respondent"), respondent(audit)));
    fields.push((label("appeal-f-respondent-address"), BLANK.to_string()));
    let numbers = case_numbers(cfg);
    fields.push((
        label("appeal-f-numbers"),
        if numbers.is_empty() {
            BLANK.to_string()
        } else {
            numbers.join(&tr!(lang, "list-sep"))
        },
    ));

    let (kept, omitted) = select(audit, st.as_of);
    let list = claims(audit, &kept);
    let claimed: Decimal = list.iter().map(Claim::claimed).sum();
    fields.push((label("appeal-f-demands"), numbered(&demands(audit, &list))));
    fields.push((label("appeal-f-facts"), facts(audit, &kept, &list, claimed)));
    fields.push((label("appeal-f-prior"), prior(audit, st)));
    fields.push((
        label("appeal-f-exhibits"),
        numbered(&exhibits(audit, &kept, st)),
    ));
    let basis = basis(audit, &list);
    if !basis.is_empty() {
        fields.push((label("appeal-f-basis"), basis));
    }
    if !omitted.is_empty() {
        fields.push((label("appeal-f-omitted"), omitted.join("\n")));
    }
    fields.push((label("appeal-f-date"), lang.date(st.as_of)));

    let cd = super::complaint_dates(&st.log);
    let has_prior_complaint = cd.first.is_some() || cd.refused.is_some();
    let ready = has_prior_complaint
        && (cd.refused.is_some()
            || !st.findings.is_empty()
            || match route {
                Route::Cn => cd.appeal_opens().is_some_and(|d| d <= st.as_of),
                Route::Gb => cd
                    .first
                    .is_some_and(|c| add_days(c, gb_adr_weeks(c) * 7) <= st.as_of),
                Route::Us | Route::Generic => true,
            });
    Appeal {
        title: tr!(lang, "appeal-title", route = r),
        date: lang.date(st.as_of),
        fields,
        has_prior_complaint,
        ready,
        claimed,
    }
}

/// The respondent's full legal name from the statements (`中国电信股份有限公司杭州分公司`),
/// else the carrier's name and a blank for the full name.
fn respondent(audit: &Audit) -> String {
    let cfg = &audit.config;
    let m = &audit.matched;
    let names = m
        .carrier_txs
        .iter()
        .filter_map(|i| m.transactions.get(*i))
        .map(|t| t.counterparty.as_str());
    match carriers::legal_entity(&cfg.account.carrier, names) {
        Some(full) => full,
        None if cfg.account.carrier.trim().is_empty() => BLANK.to_string(),
        None => tr!(
            audit.lang,
            "appeal-ask-full-name",
            carrier = cfg.account.carrier.clone(),
            blank = BLANK
        ),
    }
}

/// The findings the appeal claims, and a note per item left out: nothing disputed, or
/// (CN) a charge past its 5-month appeal window on `as_of`.
fn select(audit: &Audit, as_of: NaiveDate) -> (Vec<&Finding>, Vec<String>) {
    let lang = audit.lang;
    let cn = audit.config.account.jurisdiction.route() == Route::Cn;
    let mut kept = Vec::new();
    let mut omitted = Vec::new();
    for f in &audit.findings {
        if !f.is_disputed() {
            omitted.push(tr!(lang, "appeal-omitted-review", title = f.title.clone()));
            continue;
        }
        match charge_date(audit, f) {
            Some(d) if cn && appeal_window_end(d) < as_of => omitted.push(tr!(
                lang,
                "appeal-omitted-window",
                title = f.title.clone(),
                date = lang.date(appeal_window_end(d))
            )),
            _ => kept.push(f),
        }
    }
    (kept, omitted)
}

fn numbered(items: &[String]) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| format!("{}. {x}", i + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

fn demands(audit: &Audit, list: &[Claim]) -> Vec<String> {
    let lang = audit.lang;
    let cfg = &audit.config;
    let money = |d: Decimal| lang.money(d, &cfg.account.currency);
    let sum = |s: Strength| total_of(list, s);
    let mut out = Vec::new();
    if sum(Strength::Right) > Decimal::ZERO {
        out.push(tr!(
            lang,
            "appeal-demand-refund",
            amount = money(sum(Strength::Right))
        ));
    }
    if sum(Strength::Clause) > Decimal::ZERO {
        out.push(tr!(
            lang,
            "appeal-demand-clause",
            amount = money(sum(Strength::Clause))
        ));
    }
    let requests: Vec<&Claim> = list
        .iter()
        .filter(|c| c.strength == Strength::Request)
        .collect();
    if !requests.is_empty() {
        let periods: Vec<_> = requests.iter().flat_map(|c| c.periods()).collect();
        out.push(tr!(
            lang,
            "appeal-demand-waive",
            months = lang.months(&periods),
            amount = money(sum(Strength::Request))
        ));
    }
    for s in &cfg.services {
        match (s.cancelled, s.cancel) {
            (Some(d), _) => out.push(tr!(
                lang,
                "appeal-demand-confirm-cancellation",
                service = s.name.clone(),
                date = lang.date(d)
            )),
            (None, true) => out.push(tr!(lang, "appeal-demand-stop", service = s.name.clone())),
            (None, false) => {}
        }
    }
    if cfg.account.jurisdiction.route() == Route::Cn {
        out.push(tr!(
            lang,
            "appeal-demand-records-cn",
            cite = cite("telecom-33", lang)
        ));
        out.push(tr!(
            lang,
            "appeal-demand-answer-cn",
            cite = cite("telecom-39", lang)
        ));
    } else {
        out.push(tr!(lang, "appeal-demand-records"));
    }
    out
}

/// The facts in date order, one per claim, then the total.
fn facts(audit: &Audit, kept: &[&Finding], list: &[Claim], claimed: Decimal) -> String {
    let lang = audit.lang;
    let mut ordered: Vec<&Claim> = list.iter().collect();
    ordered.sort_by_key(|c| c.parts.iter().filter_map(|p| p.date).min());
    let mut lines: Vec<String> = ordered
        .iter()
        .map(|c| evidence_line(audit, kept, c))
        .collect();
    if lines.is_empty() {
        lines.push(tr!(lang, "appeal-no-facts"));
    }
    let mut text = numbered(&lines);
    let _ = write!(
        text,
        "\n{}",
        tr!(
            lang,
            "appeal-facts-total",
            amount = lang.money(claimed, &audit.config.account.currency)
        )
    );
    text
}

/// The prior complaint: date and time, channel, ticket, agent, promise or refusal.
fn prior(audit: &Audit, st: &CaseStatus) -> String {
    let lang = audit.lang;
    let carrier = audit.config.account.carrier.clone();
    let complaints: Vec<&super::LogEntry> = st
        .log
        .iter()
        .filter(|e| e.kind.is_complaint() || e.refused)
        .collect();
    if complaints.is_empty() {
        return tr!(lang, "appeal-prior-none");
    }
    let not_recorded = tr!(lang, "appeal-not-recorded");
    let mut lines = Vec::new();
    for e in &complaints {
        let when = format!("{} {}", lang.date(e.at.date()), e.at.format("%H:%M"));
        let channel = match e.kind {
            EntryKind::Call => tr!(lang, "appeal-channel-call"),
            EntryKind::Letter => tr!(lang, "appeal-channel-letter"),
            EntryKind::Appeal | EntryKind::Note => tr!(lang, "appeal-channel-other"),
        };
        let mut s = tr!(
            lang,
            "appeal-prior-entry",
            when = when,
            channel = channel,
            carrier = carrier.clone(),
            ticket = e.ticket.clone().unwrap_or_else(|| not_recorded.clone()),
            agent = e.agent.clone().unwrap_or_else(|| not_recorded.clone())
        );
        if let Some(p) = &e.promised {
            s.push_str(&tr!(lang, "appeal-prior-promise", promise = p.clone()));
        }
        if e.refused {
            s.push_str(&tr!(lang, "appeal-prior-refused"));
        }
        lines.push(s);
    }
    for f in &st.findings {
        lines.push(tr!(lang, "sentence", text = f.title.clone()));
    }
    let cd = super::complaint_dates(&st.log);
    if let Some(c) = cd.first {
        let days = (st.as_of - c).num_days();
        lines.push(if days >= APPEAL_WAIT_DAYS {
            tr!(
                lang,
                "appeal-prior-15-days-passed",
                date = lang.date(c),
                as_of = lang.date(st.as_of)
            )
        } else if cd.refused.is_some() || !st.findings.is_empty() {
            tr!(lang, "appeal-prior-unsatisfied")
        } else {
            tr!(
                lang,
                "appeal-prior-15-days-open",
                date = lang.date(add_days(c, APPEAL_WAIT_DAYS))
            )
        });
    }
    lines.join("\n")
}

/// The exhibits: the documents behind the claimed items, by kind, with file names.
fn exhibits(audit: &Audit, kept: &[&Finding], st: &CaseStatus) -> Vec<String> {
    let lang = audit.lang;
    let mut by_kind: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut bill_periods = Vec::new();
    for f in kept {
        for e in &f.evidence {
            let kind = match e.kind {
                "bill-line" | "bill-total" => "bills",
                "transaction" => "statements",
                "usage" | "usage-file" => "usage",
                "case-log" => "log",
                // The case's own config is not an exhibit: the contract is listed below.
                "config" => continue,
                _ => "other",
            };
            by_kind.entry(kind).or_default().insert(e.file.clone());
        }
        if let Some(p) = f.period {
            bill_periods.push(p);
        }
    }
    if !st.log.is_empty() {
        by_kind
            .entry("log")
            .or_default()
            .insert(super::LOG_FILE.to_string());
    }
    let files = |k: &str| -> String {
        by_kind
            .get(k)
            .map(|s| {
                s.iter()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(&tr!(lang, "list-sep"))
            })
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (kind, id) in [
        ("bills", "appeal-exhibit-bills"),
        ("statements", "appeal-exhibit-statements"),
        ("usage", "appeal-exhibit-usage"),
        ("log", "appeal-exhibit-log"),
        ("other", "appeal-exhibit-other"),
    ] {
        if by_kind.contains_key(kind) {
            out.push(crate::i18n::tr(
                lang,
                id,
                &[
                    ("months", lang.months(&bill_periods).into()),
                    ("files", files(kind).into()),
                ],
            ));
        }
    }
    out.push(tr!(lang, "appeal-exhibit-contract"));
    out
}

/// The provisions the appeal rests on, on the case's route only.
fn basis(audit: &Audit, list: &[Claim]) -> String {
    let lang = audit.lang;
    let j = &audit.config.account.jurisdiction;
    let kinds: Vec<_> = audit.config.services.iter().map(|s| s.kind).collect();
    let has = |rule: &str| list.iter().any(|c| c.rule == rule);
    let mut ids: Vec<&str> = match j.route() {
        Route::Cn => vec!["appeal-10", "telecom-39"],
        Route::Us => vec!["fcc-informal", "cfr-64-2401"],
        Route::Gb => vec!["ofcom-adr"],
        Route::Generic => vec![],
    };
    if has("charge-after-cancellation") {
        ids.push("civil-577");
    }
    if has("unexplained-deduction") || has("duplicate-payment") || has("payment-mismatch") {
        ids.push("civil-985");
    }
    if has("termination-fee") {
        ids.extend(["civil-496", "civil-585"]);
    }
    ids.iter()
        .filter_map(|id| provision(id))
        .filter(|p| p.applies(j, &kinds))
        .map(|p| p.citation(lang))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "list-sep"))
}

impl Appeal {
    /// The appeal as plain text, ready to paste into the form or read out on the phone.
    pub fn text(&self, lang: Lang) -> String {
        let mut o = String::new();
        // Title and date first: that head is also how the importer recognises an appeal
        // written into the case folder (`import::guard::own_output`).
        let _ = writeln!(o, "{}", self.title);
        let _ = writeln!(
            o,
            "{}\n",
            tr!(lang, "appeal-date-line", date = self.date.clone())
        );
        if !self.has_prior_complaint {
            let _ = writeln!(o, "{}\n", tr!(lang, "appeal-note-no-complaint"));
        } else if !self.ready {
            let _ = writeln!(o, "{}\n", tr!(lang, "appeal-note-not-ready"));
        }
        let colon = tr!(lang, "label-colon");
        for (k, v) in &self.fields {
            if v.contains('\n') {
                let _ = writeln!(o, "{k}{}\n{v}\n", colon.trim_end());
            } else {
                let _ = writeln!(o, "{k}{colon}{v}\n");
            }
        }
        o
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{tr, Lang};

    /// Every title and date line the appeal can start with is one the importer recognises
    /// as billaudit's own output, so an appeal saved in the case folder is never imported.
    #[test]
    fn every_appeal_head_is_recognised_as_own_output() {
        for lang in Lang::all() {
            for route in ["cn", "us", "gb", "other"] {
                let title = tr(lang, "appeal-title", &[("route", route.into())]);
                let date = tr(
                    lang,
                    "appeal-date-line",
                    &[("date", "2025年10月20日".into())],
                );
                let head = format!("{title}\n{date}\n\n");
                assert_eq!(
                    crate::import::guard::own_output(&head).map(|m| m.id()),
                    Some("own-output-appeal"),
                    "{lang} {route}: {head:?}"
                );
            }
        }
    }
}
