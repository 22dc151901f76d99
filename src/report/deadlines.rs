//! The deadlines that apply to a case, computed from its disputed charges, the first
//! complaint in the case log and an explicit `as_of` date (the library never reads a clock).

use chrono::{Duration, Months, NaiveDate};

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::report::legal::cite;
use crate::rules::{Disputed, Finding};

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

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Urgent => lang.pick("紧急", "緊急", "urgent"),
            Status::Passed => lang.pick("已过", "已過", "passed"),
            Status::Open => lang.pick("现在可以", "現在可以", "open now"),
            Status::Ahead => lang.pick("未到", "未到", "ahead"),
        }
    }
}

/// One dated step or limit.
#[derive(Debug, Clone)]
pub struct Deadline {
    /// Stable key: `records`, `appeal-window`, `miit`, `12315`, `court`, `fcc`, `card`, `adr`.
    pub key: &'static str,
    pub date: Option<NaiveDate>,
    pub status: Status,
    pub text: String,
}

/// The date a disputed charge was made: a debit's date, else the first day of the billed
/// period (the earliest the charge can date from, so deadlines are never overstated).
pub fn charge_date(audit: &Audit, f: &Finding) -> Option<NaiveDate> {
    let m = &audit.matched;
    let from_disputes = f
        .disputes
        .iter()
        .filter_map(|(d, _)| match d {
            Disputed::Transaction(i) => m.transactions.get(*i).map(|t| t.date.date()),
            Disputed::BillLine(i) => m.bill_lines.get(*i).map(|l| l.period.first_day()),
            Disputed::BillTotal(p) | Disputed::Payment(p) => Some(p.first_day()),
        })
        .min();
    from_disputes.or_else(|| f.period.map(|p| p.first_day()))
}

/// Oldest and newest disputed charge dates.
pub fn charge_span(audit: &Audit) -> Option<(NaiveDate, NaiveDate)> {
    let ds: Vec<NaiveDate> = audit
        .findings
        .iter()
        .filter(|f| f.is_disputed())
        .filter_map(|f| charge_date(audit, f))
        .collect();
    Some((*ds.iter().min()?, *ds.iter().max()?))
}

fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n)).unwrap_or(d)
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

/// Whether `country` takes the Chinese route (anything but US and GB).
pub fn route(country: &str) -> &'static str {
    match country {
        "US" => "US",
        "GB" | "UK" => "GB",
        _ => "CN",
    }
}

/// The deadlines of a case on `as_of`, given the date of the first complaint to the carrier.
pub fn deadlines(audit: &Audit, as_of: NaiveDate, complaint: Option<NaiveDate>) -> Vec<Deadline> {
    let lang = audit.lang;
    let d = |x: NaiveDate| lang.date(x);
    let span = charge_span(audit);
    let mut out = Vec::new();
    let charge_dates: Vec<NaiveDate> = audit
        .findings
        .iter()
        .filter(|f| f.is_disputed())
        .filter_map(|f| charge_date(audit, f))
        .collect();
    match route(&audit.config.account.country) {
        "US" => {
            out.push(Deadline {
                key: "fcc",
                date: None,
                status: Status::Open,
                text: match lang {
                    Lang::En => format!("Complain to the carrier first; if it does not fix the bill, file an informal complaint with the FCC (fcc.gov/complaints), citing truth in billing ({}).", cite("cfr-64-2401", lang)),
                    Lang::ZhCn => format!("先向运营商投诉；未解决的，向美国联邦通信委员会 FCC 提交非正式投诉（fcc.gov/complaints），援引账单真实性规定（{}）。", cite("cfr-64-2401", lang)),
                    Lang::ZhTw => format!("先向電信業者申訴；未解決的，向美國聯邦通訊委員會 FCC 提交非正式申訴（fcc.gov/complaints），援引帳單真實性規定（{}）。", cite("cfr-64-2401", lang)),
                },
            });
            if let Some((oldest, newest)) = span {
                for (which, c) in [("oldest", oldest), ("newest", newest)] {
                    let due = c + Duration::days(60);
                    let (w_zh, w_tw, w_en) = if which == "oldest" {
                        ("最早", "最早", "oldest")
                    } else {
                        ("最近", "最近", "newest")
                    };
                    out.push(Deadline {
                        key: "card",
                        date: Some(due),
                        status: ahead_or_passed(due, as_of, 14),
                        text: match lang {
                            Lang::En => format!("Paid by card: dispute with the card issuer within 60 days of the statement; for the {w_en} disputed charge ({}) that is about {} (count from the statement date if later).", d(c), d(due)),
                            Lang::ZhCn => format!("刷卡支付的：在对账单日起 60 天内向发卡行提出争议；{w_zh}一笔争议费用（{}）约为 {}（对账单日较晚的以对账单日起算）。", d(c), d(due)),
                            Lang::ZhTw => format!("刷卡支付的：在對帳單日起 60 天內向發卡銀行提出爭議；{w_tw}一筆爭議費用（{}）約為 {}（對帳單日較晚的以對帳單日起算）。", d(c), d(due)),
                        },
                    });
                    if oldest == newest {
                        break;
                    }
                }
            }
        }
        "GB" => {
            let (date, status) = match complaint {
                Some(c) => {
                    let from = c + Duration::weeks(8);
                    (
                        Some(from),
                        if from <= as_of {
                            Status::Open
                        } else {
                            Status::Ahead
                        },
                    )
                }
                None => (None, Status::Ahead),
            };
            out.push(Deadline {
                key: "adr",
                date,
                status,
                text: match (lang, date) {
                    (Lang::En, Some(x)) => format!("Ask the carrier for a deadlock letter; with it, or 8 weeks after the complaint (from {}), take the case to the carrier's ADR scheme.", d(x)),
                    (Lang::En, None) => "Complain to the carrier first; with a deadlock letter, or 8 weeks after the complaint, take the case to the carrier's ADR scheme.".to_string(),
                    (Lang::ZhCn, Some(x)) => format!("要求运营商出具僵局函（deadlock letter）；收到后或投诉满 8 周（{} 起），可提交运营商所属的 ADR 争议解决机构。", d(x)),
                    (Lang::ZhCn, None) => "先向运营商投诉；收到僵局函（deadlock letter）或投诉满 8 周后，可提交运营商所属的 ADR 争议解决机构。".to_string(),
                    (Lang::ZhTw, Some(x)) => format!("要求電信業者出具僵局函（deadlock letter）；收到後或申訴滿 8 週（{} 起），可提交業者所屬的 ADR 爭議解決機構。", d(x)),
                    (Lang::ZhTw, None) => "先向電信業者申訴；收到僵局函（deadlock letter）或申訴滿 8 週後，可提交業者所屬的 ADR 爭議解決機構。".to_string(),
                },
            });
        }
        _ => {
            // Raw billing records are kept about 5 months: ask for them while they exist.
            if let Some((oldest, _)) = span {
                let cutoff = as_of.checked_sub_months(Months::new(4)).unwrap_or(as_of);
                let old: Vec<&NaiveDate> = charge_dates.iter().filter(|c| **c < cutoff).collect();
                let kept_until = add_months(oldest, 5);
                let ask_by = add_months(oldest, 4);
                let (status, text) = if old.is_empty() {
                    (
                        if (ask_by - as_of).num_days() <= 14 { Status::Urgent } else { Status::Ahead },
                        match lang {
                            Lang::ZhCn => format!("运营商原始话单一般只保存约 5 个月：在 {} 之前免费索取详单和收费清单（{}）。", d(add_months(oldest, 4)), cite("telecom-33", lang)),
                            Lang::ZhTw => format!("電信業者原始話單一般只保存約 5 個月：在 {} 之前免費索取詳單和收費清單（{}）。", d(add_months(oldest, 4)), cite("telecom-33", lang)),
                            Lang::En => format!("Carriers keep raw billing records for about 5 months: ask for the itemised records and fee lists, free of charge, before {} ({}).", d(add_months(oldest, 4)), cite("telecom-33", lang)),
                        },
                    )
                } else {
                    (
                        Status::Urgent,
                        match lang {
                            Lang::ZhCn => format!("已有 {} 笔争议费用超过 4 个月（最早 {}）：原始话单一般只保存约 5 个月，请现在就免费索取详单和收费清单（{}）。", old.len(), d(oldest), cite("telecom-33", lang)),
                            Lang::ZhTw => format!("已有 {} 筆爭議費用超過 4 個月（最早 {}）：原始話單一般只保存約 5 個月，請現在就免費索取詳單和收費清單（{}）。", old.len(), d(oldest), cite("telecom-33", lang)),
                            Lang::En => format!("Disputed charges older than 4 months: {} (oldest {}). Raw billing records are kept for about 5 months, so ask for the itemised records and fee lists now, free of charge ({}).", old.len(), d(oldest), cite("telecom-33", lang)),
                        },
                    )
                };
                out.push(Deadline {
                    key: "records",
                    date: Some(kept_until),
                    status,
                    text,
                });
            }
            // The 5-month window for a billing appeal, per disputed charge.
            if let Some((oldest, newest)) = span {
                let passed = charge_dates
                    .iter()
                    .filter(|c| add_months(**c, 5) < as_of)
                    .count();
                for (c, first) in [(oldest, true), (newest, false)] {
                    if !first && newest == oldest {
                        break;
                    }
                    let due = add_months(c, 5);
                    let (w_zh, w_tw, w_en) = if first {
                        ("最早", "最早", "oldest")
                    } else {
                        ("最近", "最近", "newest")
                    };
                    let mut text = match lang {
                        Lang::ZhCn => format!("收费争议须在收费后 5 个月内申诉（{}）：{w_zh}一笔争议费用（{}）的期限为 {}。", cite("appeal-11", lang), d(c), d(due)),
                        Lang::ZhTw => format!("收費爭議須在收費後 5 個月內申訴（{}）：{w_tw}一筆爭議費用（{}）的期限為 {}。", cite("appeal-11", lang), d(c), d(due)),
                        Lang::En => format!("A billing dispute must be appealed within 5 months of the charge ({}): for the {w_en} disputed charge ({}) that is {}.", cite("appeal-11", lang), d(c), d(due)),
                    };
                    if first && passed > 0 {
                        text.push_str(&match lang {
                            Lang::ZhCn => format!(" 已有 {passed} 笔超过期限，仍可向运营商、12315 或法院主张。"),
                            Lang::ZhTw => format!(" 已有 {passed} 筆超過期限，仍可向業者、12315 或法院主張。"),
                            Lang::En => format!(" Charges past it: {passed}; they can still be claimed from the carrier, via 12315 or in court."),
                        });
                    }
                    out.push(Deadline {
                        key: "appeal-window",
                        date: Some(due),
                        status: ahead_or_passed(due, as_of, 30),
                        text,
                    });
                }
            }
            // MIIT appeal: only after a complaint to the carrier, 15 days unanswered or an unsatisfactory answer.
            let (date, status, text) = match complaint {
                Some(c) => {
                    let from = c + Duration::days(15);
                    let st = if from <= as_of { Status::Open } else { Status::Ahead };
                    (
                        Some(from),
                        st,
                        match lang {
                            Lang::ZhCn => format!("已于 {} 向运营商投诉：未答复满 15 日（{} 起）或对答复不满意时，可向工业和信息化部电信用户申诉受理中心申诉（电话 12300，{}）。", d(c), d(from), cite("appeal-10", lang)),
                            Lang::ZhTw => format!("已於 {} 向業者申訴：未答覆滿 15 日（{} 起）或對答覆不滿意時，可向工業和信息化部電信用戶申訴受理中心申訴（電話 12300，{}）。", d(c), d(from), cite("appeal-10", lang)),
                            Lang::En => format!("Complained to the carrier on {}: if unanswered for 15 days (from {}) or answered unsatisfactorily, appeal to the MIIT telecom user appeal centre (phone 12300, {}).", d(c), d(from), cite("appeal-10", lang)),
                        },
                    )
                }
                None => (
                    None,
                    Status::Ahead,
                    match lang {
                        Lang::ZhCn => format!("工业和信息化部电信用户申诉（电话 12300）只受理已向运营商投诉、15 日未答复或对答复不满意的申诉（{}）：先打运营商客服投诉并记下工单号。", cite("appeal-10", lang)),
                        Lang::ZhTw => format!("工業和信息化部電信用戶申訴（電話 12300）只受理已向業者申訴、15 日未答覆或對答覆不滿意的案件（{}）：先打業者客服申訴並記下工單號。", cite("appeal-10", lang)),
                        Lang::En => format!("The MIIT telecom user appeal (phone 12300) is accepted only after a complaint to the carrier that went unanswered for 15 days or was answered unsatisfactorily ({}): call the carrier first and note the ticket number.", cite("appeal-10", lang)),
                    },
                ),
            };
            out.push(Deadline {
                key: "miit",
                date,
                status,
                text,
            });
            out.push(Deadline {
                key: "12315",
                date: None,
                status: Status::Open,
                text: match lang {
                    Lang::ZhCn => format!(
                        "可同时向消费者协会投诉或拨打 12315（{}）。",
                        cite("consumer-39", lang)
                    ),
                    Lang::ZhTw => format!(
                        "可同時向消費者協會投訴或撥打 12315（{}）。",
                        cite("consumer-39", lang)
                    ),
                    Lang::En => format!(
                        "You can also complain to the consumer association or call 12315 ({}).",
                        cite("consumer-39", lang)
                    ),
                },
            });
            if let Some((oldest, _)) = span {
                let due = add_months(oldest, 36);
                out.push(Deadline {
                    key: "court",
                    date: Some(due),
                    status: ahead_or_passed(due, as_of, 60),
                    text: match lang {
                        Lang::ZhCn => format!("向法院起诉的诉讼时效为 3 年（{}）：最早一笔争议费用约至 {}。", cite("civil-188", lang), d(due)),
                        Lang::ZhTw => format!("向法院起訴的訴訟時效為 3 年（{}）：最早一筆爭議費用約至 {}。", cite("civil-188", lang), d(due)),
                        Lang::En => format!("Court: a 3-year limitation period ({}); for the oldest disputed charge until about {}.", cite("civil-188", lang), d(due)),
                    },
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        let as_of = NaiveDate::from_ymd_opt(2025, 10, 20).unwrap();
        assert_eq!(
            ahead_or_passed(NaiveDate::from_ymd_opt(2025, 10, 19).unwrap(), as_of, 30),
            Status::Passed
        );
        assert_eq!(
            ahead_or_passed(NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(), as_of, 30),
            Status::Urgent
        );
        assert_eq!(
            ahead_or_passed(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), as_of, 30),
            Status::Ahead
        );
    }
}
