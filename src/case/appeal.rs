//! `case appeal`: the appeal text with every field the regulator's form asks for
//! (the appeal measures, provision `appeal-12` in the legal table: complainant, contact,
//! operator, numbers, facts, demands,
//! and the prior complaint with its date and ticket).

use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::status::CaseStatus;
use crate::audit::Audit;
use crate::i18n::Lang;
use crate::report::legal::cite;
use crate::report::script::case_numbers;

/// The appeal's fields, filled from the case.
#[derive(Debug, Clone)]
pub struct Appeal {
    /// (label, value) pairs in the form's order.
    pub fields: Vec<(String, String)>,
    /// Whether a prior complaint to the carrier is logged (the appeal is not accepted without one).
    pub has_prior_complaint: bool,
    /// Whether the 15-day wait (or an unsatisfactory answer) allows the appeal now.
    pub ready: bool,
}

/// Build the appeal. `contact` is the complainant's phone or e-mail (a blank to fill by
/// hand when not given).
pub fn appeal(audit: &Audit, st: &CaseStatus, contact: Option<&str>) -> Appeal {
    let lang = audit.lang;
    let cfg = &audit.config;
    let cur = &cfg.account.currency;
    let money = |d: Decimal| lang.money(d, cur);
    let l = |a: &str, b: &str, c: &str| lang.pick(a, b, c).to_string();
    let blank = "____________".to_string();
    let mut fields = Vec::new();
    fields.push((
        l("申诉人", "申訴人", "Complainant"),
        if cfg.account.holder.is_empty() {
            blank.clone()
        } else {
            cfg.account.holder.clone()
        },
    ));
    fields.push((
        l("联系方式", "聯絡方式", "Contact"),
        contact
            .filter(|c| !c.trim().is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| blank.clone()),
    ));
    fields.push((
        l("被申诉企业", "被申訴企業", "Operator complained about"),
        if cfg.account.carrier.is_empty() {
            blank.clone()
        } else {
            cfg.account.carrier.clone()
        },
    ));
    let numbers = case_numbers(cfg);
    fields.push((
        l("涉及号码/账号", "涉及號碼/帳號", "Numbers / accounts"),
        if numbers.is_empty() {
            blank.clone()
        } else {
            numbers.join(", ")
        },
    ));

    // The facts: one line per disputed item (its amounts add up to the disputed total),
    // then what the case log adds, with file:row evidence.
    let mut facts = String::new();
    let items = audit.disputes.iter().map(|d| {
        let titles: Vec<&str> = d.reasons.iter().map(|r| r.title.as_str()).collect();
        let reasons: Vec<&str> = d.reasons.iter().map(|r| r.reason.as_str()).collect();
        (titles.join(" / "), d.amount, reasons.join(" "), &d.evidence)
    });
    let logged = st
        .findings
        .iter()
        .map(|f| (f.title.clone(), f.amount, f.reason.clone(), &f.evidence));
    for (i, (title, amount, reason, evidence)) in items.chain(logged).enumerate() {
        let refs: Vec<String> = evidence.iter().map(|e| e.location()).collect();
        let _ = writeln!(
            facts,
            "{}. {}（{}）：{} [{}]",
            i + 1,
            title,
            money(amount),
            reason,
            refs.join("; ")
        );
    }
    if lang == Lang::En {
        facts = facts
            .replace('（', " (")
            .replace("）：", "): ")
            .replace('）', ")");
    }
    let _ = write!(
        facts,
        "{}",
        match lang {
            Lang::ZhCn => format!("争议金额合计 {}。", money(audit.disputed_total)),
            Lang::ZhTw => format!("爭議金額合計 {}。", money(audit.disputed_total)),
            Lang::En => format!("Disputed in total: {}.", money(audit.disputed_total)),
        }
    );
    fields.push((l("申诉事实", "申訴事實", "Facts"), facts));

    // A missing promised refund is part of the disputed total, not on top of it.
    let refund = audit.disputed_total;
    let has_idle = audit
        .findings
        .iter()
        .any(|f| f.rule == "unused-service" || f.rule == "charge-after-cancellation");
    let mut demands = Vec::new();
    demands.push(match lang {
        Lang::ZhCn => format!("退还或免除争议费用 {}。", money(refund)),
        Lang::ZhTw => format!("退還或免除爭議費用 {}。", money(refund)),
        Lang::En => format!("Refund or waive the disputed {}.", money(refund)),
    });
    if has_idle {
        demands.push(l(
            "立即停止相关业务，不再收费。",
            "立即停止相關業務，不再收費。",
            "Stop the service at once, with no further charges.",
        ));
    }
    demands.push(match lang {
        Lang::ZhCn => format!("免费提供业务订购凭证及争议月份的详单和收费清单（{}）。", cite("telecom-33", lang)),
        Lang::ZhTw => format!("免費提供業務訂購憑證及爭議月份的詳單和收費清單（{}）。", cite("telecom-33", lang)),
        Lang::En => format!("Provide the order record and the itemised records and fee lists of the disputed months free of charge ({}).", cite("telecom-33", lang)),
    });
    demands.push(match lang {
        Lang::ZhCn => format!("依{}在规定期限内书面答复。", cite("telecom-39", lang)),
        Lang::ZhTw => format!("依{}在規定期限內書面答覆。", cite("telecom-39", lang)),
        Lang::En => format!(
            "Answer in writing within the time set by {}.",
            cite("telecom-39", lang)
        ),
    });
    let demands_text: String = demands
        .iter()
        .enumerate()
        .map(|(i, d)| format!("{}. {d}\n", i + 1))
        .collect();
    fields.push((
        l("申诉要求", "申訴要求", "Demands"),
        demands_text.trim_end().to_string(),
    ));

    // The prior complaint (required before an appeal is accepted).
    let prior = match &st.complaint {
        Some(c) => {
            let date = c.at.date();
            let mut s = match lang {
                Lang::ZhCn => format!("已于 {} 向{}投诉，工单号 {}，客服 {}。", date_time(lang, c.at), cfg.account.carrier, c.ticket.as_deref().unwrap_or("（未记录）"), c.agent.as_deref().unwrap_or("（未记录）")),
                Lang::ZhTw => format!("已於 {} 向{}申訴，工單號 {}，客服 {}。", date_time(lang, c.at), cfg.account.carrier, c.ticket.as_deref().unwrap_or("（未記錄）"), c.agent.as_deref().unwrap_or("（未記錄）")),
                Lang::En => format!("Complained to {} on {}, ticket {}, agent {}.", cfg.account.carrier, date_time(lang, c.at), c.ticket.as_deref().unwrap_or("(not recorded)"), c.agent.as_deref().unwrap_or("(not recorded)")),
            };
            for e in st.log.iter().filter(|e| e.kind.is_complaint()) {
                if let Some(p) = &e.promised {
                    s.push_str(&match lang {
                        Lang::ZhCn => format!(" {} 承诺：“{p}”。", lang.date(e.at.date())),
                        Lang::ZhTw => format!(" {} 承諾：「{p}」。", lang.date(e.at.date())),
                        Lang::En => format!(" On {} it promised: \"{p}\".", lang.date(e.at.date())),
                    });
                }
            }
            for f in &st.findings {
                s.push(' ');
                s.push_str(&f.title);
                s.push_str(lang.pick("。", "。", "."));
            }
            let days = (st.as_of - date).num_days();
            s.push_str(&match lang {
                Lang::ZhCn => format!(" 截至 {} 已过 {days} 日，未得到满意答复。", lang.date(st.as_of)),
                Lang::ZhTw => format!(" 截至 {} 已過 {days} 日，未得到滿意答覆。", lang.date(st.as_of)),
                Lang::En => format!(" As of {}, {days} days later, there is no satisfactory answer.", lang.date(st.as_of)),
            });
            s
        }
        None => l(
            "（尚未向运营商投诉：申诉受理机构只受理已向企业投诉的申诉，请先投诉并记录工单号。）",
            "（尚未向業者申訴：申訴受理機構只受理已向企業申訴的案件，請先申訴並記錄工單號。）",
            "(No complaint to the carrier yet: the appeal centre only accepts appeals after a complaint to the operator; complain first and note the ticket number.)",
        ),
    };
    fields.push((
        l(
            "已向企业投诉情况",
            "已向企業申訴情況",
            "Prior complaint to the operator",
        ),
        prior,
    ));
    let basis = [
        cite("appeal-10", lang),
        cite("appeal-11", lang),
        cite("appeal-12", lang),
        cite("telecom-39", lang),
    ]
    .join(lang.pick("、", "、", "; "));
    fields.push((l("依据", "依據", "Basis"), basis));
    let has_prior_complaint = st.complaint.is_some();
    let ready = st
        .complaint
        .as_ref()
        .is_some_and(|c| (st.as_of - c.at.date()).num_days() >= 15 || !st.findings.is_empty());
    Appeal {
        fields,
        has_prior_complaint,
        ready,
    }
}

fn date_time(lang: Lang, t: chrono::NaiveDateTime) -> String {
    format!("{} {}", lang.date(t.date()), t.format("%H:%M"))
}

impl Appeal {
    /// The appeal as plain text, ready to paste into the regulator's form or read out on 12300.
    pub fn text(&self, lang: Lang, as_of: NaiveDate) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "{}",
            lang.pick("电信用户申诉", "電信用戶申訴", "Telecom user appeal")
        );
        let _ = writeln!(
            o,
            "{}: {}\n",
            lang.pick("日期", "日期", "Date"),
            lang.date(as_of)
        );
        if !self.has_prior_complaint {
            let _ = writeln!(
                o,
                "{}\n",
                lang.pick(
                    "注意：尚未记录向运营商的投诉，现在提交会被退回。",
                    "注意：尚未記錄向業者的申訴，現在提交會被退回。",
                    "Note: no complaint to the carrier is logged yet; an appeal now would be turned away."
                )
            );
        } else if !self.ready {
            let _ = writeln!(
                o,
                "{}\n",
                lang.pick(
                    "注意：投诉未满 15 日且运营商尚未给出答复，申诉可能暂不受理。",
                    "注意：申訴未滿 15 日且業者尚未答覆，申訴可能暫不受理。",
                    "Note: fewer than 15 days since the complaint and no answer yet; the appeal may not be accepted yet."
                )
            );
        }
        for (k, v) in &self.fields {
            if v.contains('\n') {
                let _ = writeln!(o, "{k}:\n{v}\n");
            } else {
                let _ = writeln!(o, "{k}: {v}\n");
            }
        }
        o
    }
}
