//! The call script (evidence, rights, demands) and the escalation steps, filled with the
//! case's own numbers. Built as data so that every output format (terminal, Markdown,
//! HTML) renders the same content.

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::model::Period;

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
}

impl Default for ScriptOptions {
    fn default() -> Self {
        ScriptOptions { reply_hours: 24 }
    }
}

/// Disputed amount per rule, in rule order, for the script.
fn per_rule(audit: &Audit) -> Vec<(String, Decimal, Vec<Period>)> {
    let mut out: Vec<(String, Decimal, Vec<Period>)> = Vec::new();
    for r in &audit.rules {
        let fs: Vec<_> = audit.findings.iter().filter(|f| f.rule == r.id).collect();
        if fs.is_empty() {
            continue;
        }
        let total: Decimal = fs.iter().map(|f| f.amount).sum();
        let periods: BTreeSet<Period> = fs.iter().filter_map(|f| f.period).collect();
        out.push((r.id.clone(), total, periods.into_iter().collect()));
    }
    out
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
    for (rule, amount, periods) in per_rule(audit) {
        let ps = periods_text(lang, &periods);
        let n = periods.len();
        let line = match (rule.as_str(), lang) {
            ("unused-service", Lang::ZhCn) => format!("{ps} 共 {n} 个月的详单显示线路没有任何使用，却被收取 {}。", money(amount)),
            ("unused-service", Lang::ZhTw) => format!("{ps} 共 {n} 個月的詳單顯示線路沒有任何使用，卻被收取 {}。", money(amount)),
            ("unused-service", Lang::En) => format!("The usage records for {ps} ({n} months) show no use at all, yet {} was charged.", money(amount)),
            ("charge-after-cancellation", Lang::ZhCn) => format!("申请停用之后（{ps}）仍被收取 {}。", money(amount)),
            ("charge-after-cancellation", Lang::ZhTw) => format!("申請停用之後（{ps}）仍被收取 {}。", money(amount)),
            ("charge-after-cancellation", Lang::En) => format!("After I asked to cancel, {} was still charged ({ps}).", money(amount)),
            ("termination-fee", Lang::ZhCn) => format!("另收取提前解约违约金 {}（{ps}）。", money(amount)),
            ("termination-fee", Lang::ZhTw) => format!("另收取提前解約違約金 {}（{ps}）。", money(amount)),
            ("termination-fee", Lang::En) => format!("An early-termination fee of {} was added ({ps}).", money(amount)),
            ("unexplained-deduction", Lang::ZhCn) => format!("银行/支付记录显示有 {} 的扣款没有任何账单对应（{ps}）。", money(amount)),
            ("unexplained-deduction", Lang::ZhTw) => format!("銀行/支付記錄顯示有 {} 的扣款沒有任何帳單對應（{ps}）。", money(amount)),
            ("unexplained-deduction", Lang::En) => format!("My bank/payment records show {} debited with no bill behind it ({ps}).", money(amount)),
            ("unsubscribed-charge", Lang::ZhCn) => format!("账单中有未订购的业务收费 {}（{ps}）。", money(amount)),
            ("unsubscribed-charge", Lang::ZhTw) => format!("帳單中有未訂購的業務收費 {}（{ps}）。", money(amount)),
            ("unsubscribed-charge", Lang::En) => format!("The bills charge {} for services I never ordered ({ps}).", money(amount)),
            ("payment-mismatch", Lang::ZhCn) => format!("实际扣款比账单多出 {}（{ps}）。", money(amount)),
            ("payment-mismatch", Lang::ZhTw) => format!("實際扣款比帳單多出 {}（{ps}）。", money(amount)),
            ("payment-mismatch", Lang::En) => format!("{} more was debited than the bills asked for ({ps}).", money(amount)),
            ("duplicate-charge", Lang::ZhCn) => format!("同一项目在同月重复收费 {}（{ps}）。", money(amount)),
            ("duplicate-charge", Lang::ZhTw) => format!("同一項目在同月重複收費 {}（{ps}）。", money(amount)),
            ("duplicate-charge", Lang::En) => format!("The same item was charged twice in a month: {} ({ps}).", money(amount)),
            ("bill-total-mismatch", Lang::ZhCn) => format!("账单总额与明细不符，差额 {}（{ps}）。", money(amount)),
            ("bill-total-mismatch", Lang::ZhTw) => format!("帳單總額與明細不符，差額 {}（{ps}）。", money(amount)),
            ("bill-total-mismatch", Lang::En) => format!("The bill totals do not match their lines: {} unexplained ({ps}).", money(amount)),
            (other, Lang::ZhCn) => format!("{other}：{}（{ps}）。", money(amount)),
            (other, Lang::ZhTw) => format!("{other}：{}（{ps}）。", money(amount)),
            (other, Lang::En) => format!("{other}: {} ({ps}).", money(amount)),
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
    if has("unused-service") || has("charge-after-cancellation") || has("termination-fee") {
        rights.push(
            lang.pick(
                "对未提供、未使用的服务收费，属于对消费者不公平、不合理的格式条款，依《消费者权益保护法》第二十六条无效。",
                "對未提供、未使用的服務收費，屬於對消費者不公平、不合理的格式條款，依《消費者權益保護法》第二十六條無效。",
                "Charging for service that was neither provided nor used is an unfair standard term, void under Art 26 of the Consumer Rights Protection Law.",
            )
            .to_string(),
        );
    }
    if has("termination-fee") {
        rights.push(
            lang.pick(
                "违约金过分高于造成的损失的，可以请求予以减少（《民法典》第五百八十五条）；格式条款须提示说明（第四百九十六、四百九十七条）。",
                "違約金過分高於造成的損失的，可以請求予以減少（《民法典》第五百八十五條）；格式條款須提示說明（第四百九十六、四百九十七條）。",
                "A penalty far above the actual loss can be reduced (Civil Code Art 585); standard terms must be pointed out and explained (Art 496-497).",
            )
            .to_string(),
        );
    }
    rights.push(
        lang.pick(
            "我有权免费获得收费清单和详单（《电信条例》第三十三条），对收费有异议的有权申诉（第三十九条）。",
            "我有權免費獲得收費清單和詳單（《電信條例》第三十三條），對收費有異議的有權申訴（第三十九條）。",
            "I am entitled to free itemised fee lists and usage records (Telecom Regulations Art 33), and to appeal a fee dispute (Art 39).",
        )
        .to_string(),
    );

    let mut demands = Vec::new();
    demands.push(match lang {
        Lang::ZhCn => format!("退还或免除上述 {total}。"),
        Lang::ZhTw => format!("退還或免除上述 {total}。"),
        Lang::En => format!("Refund or waive the {total} above."),
    });
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
        lang.pick("告诉我工单号。", "告訴我工單號。", "Give me the ticket number.")
            .to_string(),
    );
    demands.push(match lang {
        Lang::ZhCn => format!("请在 {h} 小时内给出书面答复。"),
        Lang::ZhTw => format!("請在 {h} 小時內給出書面答覆。"),
        Lang::En => format!("Please reply in writing within {h} hours."),
    });

    let if_no_answer = escalation_steps(audit, opts);

    let checklist = [
        ("通话日期和时间", "通話日期和時間", "date and time of the call"),
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
    let ps: BTreeSet<Period> = audit.findings.iter().filter_map(|f| f.period).collect();
    Some((ps.first()?.first_day(), ps.last()?.last_day()))
}

/// What to do when no fair answer comes, with dates computed from the case.
pub fn escalation_steps(audit: &Audit, opts: ScriptOptions) -> Vec<String> {
    let lang = audit.lang;
    let h = opts.reply_hours;
    let country = audit.config.account.country.as_str();
    let oldest = disputed_dates(audit).map(|(a, _)| a);
    let deadline_5m = oldest.and_then(|d| d.checked_add_months(chrono::Months::new(5)));
    let mut out = Vec::new();
    match country {
        "US" => {
            out.push(match lang {
                Lang::En => format!("No fair answer within {h} hours: file an informal complaint with the FCC (fcc.gov/complaints); cite truth-in-billing (47 CFR 64.2401)."),
                _ => format!("{h} 小时内没有合理答复：向美国联邦通信委员会 FCC 提交非正式投诉，援引 47 CFR 64.2401（账单真实性）。"),
            });
            out.push(lang.pick(
                "刷卡支付的，在账单日起 60 天内向发卡行提出争议。",
                "刷卡支付的，在帳單日起 60 天內向發卡行提出爭議。",
                "Paid by card: dispute the charge with the card issuer within 60 days of the statement.",
            ).to_string());
        }
        "GB" | "UK" => {
            out.push(match lang {
                Lang::En => format!("No fair answer within {h} hours: ask for a deadlock letter; after a deadlock letter or 8 weeks, take the complaint to the carrier's ADR scheme."),
                _ => format!("{h} 小时内没有合理答复：要求运营商出具 deadlock letter；收到后或投诉满 8 周，可提交至运营商所属的 ADR 争议解决机构。"),
            });
        }
        _ => {
            let appeal_from = audit
                .config
                .account
                .hotline
                .clone()
                .or_else(|| hotline(&audit.config.account.carrier, None))
                .unwrap_or_default();
            out.push(match lang {
                Lang::ZhCn => format!("{h} 小时内没有合理答复：再次致电{}并要求升级处理，同时保留通话记录。", if appeal_from.is_empty() { String::new() } else { format!(" {appeal_from} ") }),
                Lang::ZhTw => format!("{h} 小時內沒有合理答覆：再次致電{}並要求升級處理，同時保留通話記錄。", if appeal_from.is_empty() { String::new() } else { format!(" {appeal_from} ") }),
                Lang::En => format!("No fair answer within {h} hours: call{} again, ask for escalation, and keep a record of the call.", if appeal_from.is_empty() { String::new() } else { format!(" {appeal_from}") }),
            });
            out.push(lang.pick(
                "向运营商投诉后 15 日未答复或对答复不满意：向工业和信息化部电信用户申诉受理中心申诉（电话 12300，《电信用户申诉处理办法》第十条）。",
                "向運營商投訴後 15 日未答覆或對答覆不滿意：向工業和信息化部電信用戶申訴受理中心申訴（電話 12300，《電信用戶申訴處理辦法》第十條）。",
                "If the carrier has not answered within 15 days of the complaint, or the answer is unsatisfactory: appeal to the MIIT telecom user appeal centre (phone 12300; Telecom User Appeal Measures Art 10).",
            ).to_string());
            if let Some(d) = deadline_5m {
                out.push(match lang {
                    Lang::ZhCn => format!("收费争议须在收费后 5 个月内提出（第十一条）：最早一笔争议费用的申诉期限约为 {}。", lang.date(d)),
                    Lang::ZhTw => format!("收費爭議須在收費後 5 個月內提出（第十一條）：最早一筆爭議費用的申訴期限約為 {}。", lang.date(d)),
                    Lang::En => format!("A billing dispute must be raised within 5 months of the charge (Art 11): for the oldest disputed charge that is around {}.", lang.date(d)),
                });
            }
            out.push(lang.pick(
                "同时可向消费者协会投诉或拨打 12315（《消费者权益保护法》第三十九条）。",
                "同時可向消費者協會投訴或撥打 12315（《消費者權益保護法》第三十九條）。",
                "You can also complain to the consumer association or call 12315 (Consumer Rights Protection Law Art 39).",
            ).to_string());
            out.push(lang.pick(
                "仍无结果：向媒体反映，或向法院起诉（诉讼时效 3 年，《民法典》第一百八十八条）。",
                "仍無結果：向媒體反映，或向法院起訴（訴訟時效 3 年，《民法典》第一百八十八條）。",
                "Still no result: go to the media, or to court (3-year limitation period, Civil Code Art 188).",
            ).to_string());
        }
    }
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
