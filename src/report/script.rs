//! The call script (evidence, rights, demands) and the escalation steps, filled with the
//! case's own numbers. Built as data so that every output format (terminal, Markdown,
//! HTML) renders the same content.

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::model::Period;
use crate::report::deadlines;
use crate::report::legal::cite;

/// The carrier's customer-service number: from the config, else the well-known Chinese ones.
pub fn hotline(carrier: &str, configured: Option<&str>) -> Option<String> {
    if let Some(h) = configured {
        return Some(h.to_string());
    }
    let c = carrier.to_lowercase();
    [
        ("电信", "10000"),
        ("telecom", "10000"),
        ("移动", "10086"),
        ("mobile", "10086"),
        ("联通", "10010"),
        ("unicom", "10010"),
        ("广电", "10099"),
    ]
    .iter()
    .find(|(k, _)| c.contains(k))
    .map(|(_, v)| v.to_string())
}

/// The case's account and service numbers, normalised and without repeats.
pub fn case_numbers(cfg: &crate::config::Config) -> Vec<String> {
    cfg.account
        .numbers
        .iter()
        .map(|n| crate::model::normalize_number(n))
        .chain(cfg.services.iter().flat_map(|s| s.numbers.iter().cloned()))
        .filter(|n| !n.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A call script in three parts, then what to do when no fair answer comes.
#[derive(Debug, Clone)]
pub struct CallScript {
    pub opening: String,
    pub evidence: Vec<String>,
    pub rights: Vec<String>,
    pub demands: Vec<String>,
    pub if_no_answer: Vec<String>,
    pub checklist: Vec<String>,
}

/// Options for the script.
#[derive(Debug, Clone, Copy)]
pub struct ScriptOptions {
    /// Hours in which a reply is requested (24 by default).
    pub reply_hours: u32,
    /// The date deadlines are measured against (the CLI passes `--as-of` or today).
    pub as_of: NaiveDate,
    /// The date of the first complaint to the carrier, from the case log.
    pub complaint: Option<NaiveDate>,
}

impl ScriptOptions {
    pub fn new(reply_hours: u32, as_of: NaiveDate) -> Self {
        ScriptOptions {
            reply_hours,
            as_of,
            complaint: None,
        }
    }
}

/// The disputed items grouped by the first rule that flags them (each item in exactly
/// one group, so the groups add up to the disputed total): (rule, the other rules that
/// flag items of the group, amount, periods), in rule order.
fn per_rule(audit: &Audit) -> Vec<(String, Vec<String>, Decimal, Vec<Period>)> {
    let mut out: Vec<(String, Vec<String>, Decimal, BTreeSet<Period>)> = Vec::new();
    for d in &audit.disputes {
        let Some((first, also)) = d.reasons.split_first() else {
            continue;
        };
        let at = match out.iter().position(|(r, ..)| *r == first.rule) {
            Some(at) => at,
            None => {
                out.push((
                    first.rule.clone(),
                    Vec::new(),
                    Decimal::ZERO,
                    BTreeSet::new(),
                ));
                out.len() - 1
            }
        };
        let g = &mut out[at];
        for r in also {
            if !g.1.contains(&r.rule) {
                g.1.push(r.rule.clone());
            }
        }
        g.2 = g.2.checked_add(d.amount).unwrap_or(g.2);
        g.3.extend(d.period);
    }
    let order = |id: &str| audit.rules.iter().position(|r| r.id == id);
    out.sort_by_key(|g| order(&g.0));
    out.into_iter()
        .map(|(r, a, t, ps)| (r, a, t, ps.into_iter().collect()))
        .collect()
}

fn periods_text(lang: Lang, ps: &[Period]) -> String {
    let list: Vec<String> = ps.iter().map(|p| p.to_string()).collect();
    list.join(lang.pick("、", "、", ", "))
}

pub fn call_script(audit: &Audit, opts: ScriptOptions) -> CallScript {
    let lang = audit.lang;
    let cfg = &audit.config;
    let cur = &cfg.account.currency;
    let money = |d: Decimal| lang.money(d, cur);
    let holder = if cfg.account.holder.is_empty() {
        lang.pick("本人", "本人", "the account holder").to_string()
    } else {
        cfg.account.holder.clone()
    };
    let numbers = case_numbers(cfg);
    let numbers_text = if numbers.is_empty() {
        String::new()
    } else {
        numbers.join(", ")
    };
    let total = money(audit.disputed_total);
    let h = opts.reply_hours;

    let opening = match lang {
        Lang::ZhCn => format!(
            "您好，我是{holder}{}。我要对账单提出投诉，涉及金额共 {total}，请记录工单。",
            if numbers_text.is_empty() { String::new() } else { format!("（号码/账号 {numbers_text}）") }
        ),
        Lang::ZhTw => format!(
            "您好，我是{holder}{}。我要對帳單提出申訴，涉及金額共 {total}，請記錄工單。",
            if numbers_text.is_empty() { String::new() } else { format!("（號碼/帳號 {numbers_text}）") }
        ),
        Lang::En => format!(
            "Hello, I am {holder}{}. I am making a complaint about my bills, for {total} in total. Please open a ticket.",
            if numbers_text.is_empty() { String::new() } else { format!(" (numbers/accounts {numbers_text})") }
        ),
    };

    let mut evidence = Vec::new();
    for (rule, also, amount, periods) in per_rule(audit) {
        let ps = periods_text(lang, &periods);
        let n = periods.len();
        let line = match (rule.as_str(), lang) {
            ("unused-service", Lang::ZhCn) => format!(
                "{ps} 共 {n} 个月的详单显示线路没有任何使用，却被收取 {}。",
                money(amount)
            ),
            ("unused-service", Lang::ZhTw) => format!(
                "{ps} 共 {n} 個月的詳單顯示線路沒有任何使用，卻被收取 {}。",
                money(amount)
            ),
            ("unused-service", Lang::En) => format!(
                "The usage records for {ps} ({n} months) show no use at all, yet {} was charged.",
                money(amount)
            ),
            ("charge-after-cancellation", Lang::ZhCn) => {
                format!("申请停用之后（{ps}）仍被收取 {}。", money(amount))
            }
            ("charge-after-cancellation", Lang::ZhTw) => {
                format!("申請停用之後（{ps}）仍被收取 {}。", money(amount))
            }
            ("charge-after-cancellation", Lang::En) => format!(
                "After I asked to cancel, {} was still charged ({ps}).",
                money(amount)
            ),
            ("termination-fee", Lang::ZhCn) => {
                format!("另收取提前解约违约金 {}（{ps}）。", money(amount))
            }
            ("termination-fee", Lang::ZhTw) => {
                format!("另收取提前解約違約金 {}（{ps}）。", money(amount))
            }
            ("termination-fee", Lang::En) => format!(
                "An early-termination fee of {} was added ({ps}).",
                money(amount)
            ),
            ("unexplained-deduction", Lang::ZhCn) => format!(
                "银行/支付记录显示有 {} 的扣款没有任何账单对应（{ps}）。",
                money(amount)
            ),
            ("unexplained-deduction", Lang::ZhTw) => format!(
                "銀行/支付記錄顯示有 {} 的扣款沒有任何帳單對應（{ps}）。",
                money(amount)
            ),
            ("unexplained-deduction", Lang::En) => format!(
                "My bank/payment records show {} debited with no bill behind it ({ps}).",
                money(amount)
            ),
            ("unsubscribed-charge", Lang::ZhCn) => {
                format!("账单中有未订购的业务收费 {}（{ps}）。", money(amount))
            }
            ("unsubscribed-charge", Lang::ZhTw) => {
                format!("帳單中有未訂購的業務收費 {}（{ps}）。", money(amount))
            }
            ("unsubscribed-charge", Lang::En) => format!(
                "The bills charge {} for services I never ordered ({ps}).",
                money(amount)
            ),
            ("payment-mismatch", Lang::ZhCn) => {
                format!("实际扣款比账单多出 {}（{ps}）。", money(amount))
            }
            ("payment-mismatch", Lang::ZhTw) => {
                format!("實際扣款比帳單多出 {}（{ps}）。", money(amount))
            }
            ("payment-mismatch", Lang::En) => format!(
                "{} more was debited than the bills asked for ({ps}).",
                money(amount)
            ),
            ("duplicate-charge", Lang::ZhCn) => {
                format!("同一项目在同月重复收费 {}（{ps}）。", money(amount))
            }
            ("duplicate-charge", Lang::ZhTw) => {
                format!("同一項目在同月重複收費 {}（{ps}）。", money(amount))
            }
            ("duplicate-charge", Lang::En) => format!(
                "The same item was charged twice in a month: {} ({ps}).",
                money(amount)
            ),
            ("bill-total-mismatch", Lang::ZhCn) => {
                format!("账单总额与明细不符，差额 {}（{ps}）。", money(amount))
            }
            ("bill-total-mismatch", Lang::ZhTw) => {
                format!("帳單總額與明細不符，差額 {}（{ps}）。", money(amount))
            }
            ("bill-total-mismatch", Lang::En) => format!(
                "The bill totals do not match their lines: {} unexplained ({ps}).",
                money(amount)
            ),
            (other, Lang::ZhCn) => format!("{other}：{}（{ps}）。", money(amount)),
            (other, Lang::ZhTw) => format!("{other}：{}（{ps}）。", money(amount)),
            (other, Lang::En) => format!("{other}: {} ({ps}).", money(amount)),
        };
        let line = if also.is_empty() {
            line
        } else {
            let also = also.join(", ");
            match lang {
                Lang::ZhCn => format!("{line}（同时属于：{also}）"),
                Lang::ZhTw => format!("{line}（同時屬於：{also}）"),
                Lang::En => format!("{line} (also: {also})"),
            }
        };
        evidence.push(line);
    }
    evidence.push(
        lang.pick(
            "以上均有账单、银行扣款记录和详单为证，我可以逐条说明文件和行号。",
            "以上均有帳單、銀行扣款記錄和詳單為證，我可以逐條說明檔案和行號。",
            "I have the bills, the bank debits and the usage records for each point, with file and row references.",
        )
        .to_string(),
    );

    let has = |id: &str| audit.findings.iter().any(|f| f.rule == id);
    let mut rights = Vec::new();
    match deadlines::route(&cfg.account.country) {
        "CN" => {
            if has("unused-service") || has("charge-after-cancellation") || has("termination-fee") {
                let c = cite("consumer-26", lang);
                rights.push(match lang {
                    Lang::ZhCn => format!("对未提供、未使用的服务收费，属于对消费者不公平、不合理的格式条款，依{c}无效。"),
                    Lang::ZhTw => format!("對未提供、未使用的服務收費，屬於對消費者不公平、不合理的格式條款，依{c}無效。"),
                    Lang::En => format!("Charging for service that was neither provided nor used is an unfair standard term, void under {c}."),
                });
            }
            if has("termination-fee") {
                let (a, b) = (cite("civil-585", lang), cite("civil-496-497", lang));
                rights.push(match lang {
                    Lang::ZhCn => format!("违约金过分高于造成的损失的，可以请求予以减少（{a}）；格式条款须提示说明（{b}）。"),
                    Lang::ZhTw => format!("違約金過分高於造成的損失的，可以請求予以減少（{a}）；格式條款須提示說明（{b}）。"),
                    Lang::En => format!("A penalty far above the actual loss can be reduced ({a}); standard terms must be pointed out and explained ({b})."),
                });
            }
            let (a, b) = (cite("telecom-33", lang), cite("telecom-39", lang));
            rights.push(match lang {
                Lang::ZhCn => format!("我有权免费获得收费清单和详单（{a}），对收费有异议的有权申诉（{b}）。"),
                Lang::ZhTw => format!("我有權免費獲得收費清單和詳單（{a}），對收費有異議的有權申訴（{b}）。"),
                Lang::En => format!("I am entitled to free itemised fee lists and usage records ({a}), and to appeal a fee dispute ({b})."),
            });
        }
        "US" => {
            let c = cite("cfr-64-2401", lang);
            rights.push(match lang {
                Lang::ZhCn => format!("账单必须清楚列明服务商并说明每一项收费（{c}）；未提供、未使用的服务不应收费。"),
                Lang::ZhTw => format!("帳單必須清楚列明服務商並說明每一項收費（{c}）；未提供、未使用的服務不應收費。"),
                Lang::En => format!("Bills must clearly identify the provider and describe each charge ({c}); I should not pay for service that was not provided or used."),
            });
        }
        _ => {
            rights.push(
                lang.pick(
                    "我有权要求逐项说明每一笔收费，并退还未提供、未使用服务的费用；不满意时可在收到僵局函或投诉满 8 周后提交 ADR。",
                    "我有權要求逐項說明每一筆收費，並退還未提供、未使用服務的費用；不滿意時可在收到僵局函或申訴滿 8 週後提交 ADR。",
                    "I am entitled to an explanation of every charge and a refund for service not provided or used; if we cannot agree, I can take this to ADR after a deadlock letter or 8 weeks.",
                )
                .to_string(),
            );
        }
    }

    let mut demands = Vec::new();
    if audit.disputed_total > Decimal::ZERO {
        demands.push(match lang {
            Lang::ZhCn => format!("退还或免除上述 {total}。"),
            Lang::ZhTw => format!("退還或免除上述 {total}。"),
            Lang::En => format!("Refund or waive the {total} above."),
        });
    }
    if has("unused-service") || has("charge-after-cancellation") {
        demands.push(
            lang.pick(
                "立即停止该业务，不再产生任何费用。",
                "立即停止該業務，不再產生任何費用。",
                "Stop the service now, with no further charges.",
            )
            .to_string(),
        );
    }
    demands.push(
        lang.pick(
            "免费提供业务订购凭证和相关月份的详单。",
            "免費提供業務訂購憑證和相關月份的詳單。",
            "Provide the order record and the itemised records for these months, free of charge.",
        )
        .to_string(),
    );
    demands.push(
        lang.pick(
            "告诉我工单号。",
            "告訴我工單號。",
            "Give me the ticket number.",
        )
        .to_string(),
    );
    demands.push(match lang {
        Lang::ZhCn => format!("请在 {h} 小时内给出书面答复。"),
        Lang::ZhTw => format!("請在 {h} 小時內給出書面答覆。"),
        Lang::En => format!("Please reply in writing within {h} hours."),
    });

    let if_no_answer = escalation_steps(audit, opts);

    let checklist = [
        (
            "通话日期和时间",
            "通話日期和時間",
            "date and time of the call",
        ),
        ("工单号", "工單號", "ticket number (工单号)"),
        ("客服姓名/工号", "客服姓名/工號", "agent name / ID"),
        ("对方承诺了什么", "對方承諾了什麼", "what was promised"),
        ("承诺的期限", "承諾的期限", "by when"),
    ]
    .iter()
    .map(|(a, b, c)| lang.pick(a, b, c).to_string())
    .collect();

    CallScript {
        opening,
        evidence,
        rights,
        demands,
        if_no_answer,
        checklist,
    }
}

/// The oldest and newest charge dates the findings dispute.
pub fn disputed_dates(audit: &Audit) -> Option<(NaiveDate, NaiveDate)> {
    deadlines::charge_span(audit)
}

/// What to do when no fair answer comes: call again, then the dated routes of
/// [`deadlines::deadlines`].
pub fn escalation_steps(audit: &Audit, opts: ScriptOptions) -> Vec<String> {
    let lang = audit.lang;
    let h = opts.reply_hours;
    let hl = audit
        .config
        .account
        .hotline
        .clone()
        .or_else(|| hotline(&audit.config.account.carrier, None))
        .map(|x| format!(" {x}"))
        .unwrap_or_default();
    let mut out = vec![match lang {
        Lang::ZhCn => format!("{h} 小时内没有合理答复：再次致电{hl}，报上工单号，要求升级处理，同时保留通话记录。"),
        Lang::ZhTw => format!("{h} 小時內沒有合理答覆：再次致電{hl}，報上工單號，要求升級處理，同時保留通話記錄。"),
        Lang::En => format!("No fair answer within {h} hours: call{} again, quote the ticket number, ask for escalation, and keep a record of the call.", hl),
    }];
    out.extend(
        deadlines::deadlines(audit, opts.as_of, opts.complaint)
            .into_iter()
            .map(|d| d.text),
    );
    out
}

/// The date `hours` after `from` (for reply deadlines).
pub fn reply_deadline(from: chrono::NaiveDateTime, hours: u32) -> chrono::NaiveDateTime {
    from + Duration::hours(hours as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hotlines() {
        assert_eq!(hotline("中国电信", None).as_deref(), Some("10000"));
        assert_eq!(hotline("中国移动", None).as_deref(), Some("10086"));
        assert_eq!(hotline("Verizon", Some("611")).as_deref(), Some("611"));
        assert_eq!(hotline("Verizon", None), None);
    }
}
