//! The legal provisions the reports may cite: one table, checked by hand against the
//! current texts. Every citation in the call script, the escalation steps, the evidence
//! pack and the appeal goes through [`cite`]; a test checks that no other citation appears
//! in the templates or in the rendered output.

use crate::i18n::Lang;

/// One verified provision.
#[derive(Debug, Clone, Copy)]
pub struct Provision {
    /// Stable key used by the templates.
    pub id: &'static str,
    /// `CN` or `US`.
    pub country: &'static str,
    /// The law's name: zh-CN, zh-TW, en.
    pub law: [&'static str; 3],
    /// The article(s): zh-CN, zh-TW, en.
    pub article: [&'static str; 3],
    /// What the provision says, in one sentence: zh-CN, zh-TW, en.
    pub summary: [&'static str; 3],
}

const APPEAL: [&str; 3] = [
    "电信用户申诉处理办法",
    "電信用戶申訴處理辦法",
    "Telecom User Appeal Measures",
];
const TELECOM: [&str; 3] = ["电信条例", "電信條例", "Telecommunications Regulations"];
const CONSUMER: [&str; 3] = [
    "消费者权益保护法",
    "消費者權益保護法",
    "Consumer Rights Protection Law",
];
const CIVIL: [&str; 3] = ["民法典", "民法典", "Civil Code"];

/// The provisions, in the order the pack lists them.
pub const PROVISIONS: &[Provision] = &[
    Provision {
        id: "appeal-10",
        country: "CN",
        law: APPEAL,
        article: ["第十条", "第十條", "Art 10"],
        summary: [
            "用户向电信业务经营者投诉后 15 日内未得到答复，或对处理结果不满意的，可以向申诉受理机构申诉。",
            "用戶向電信業務經營者投訴後 15 日內未得到答覆，或對處理結果不滿意的，可以向申訴受理機構申訴。",
            "A user may appeal once a complaint to the operator has gone unanswered for 15 days, or its answer is unsatisfactory.",
        ],
    },
    Provision {
        id: "appeal-11",
        country: "CN",
        law: APPEAL,
        article: ["第十一条", "第十一條", "Art 11"],
        summary: [
            "对收费有争议的申诉，应在收费之日起 5 个月内提出。",
            "對收費有爭議的申訴，應在收費之日起 5 個月內提出。",
            "An appeal about a billing dispute must be made within 5 months of the charge.",
        ],
    },
    Provision {
        id: "appeal-12",
        country: "CN",
        law: APPEAL,
        article: ["第十二条", "第十二條", "Art 12"],
        summary: [
            "申诉应写明申诉人、联系方式、被申诉人、申诉事实与要求、已向经营者投诉的情况。",
            "申訴應寫明申訴人、聯絡方式、被申訴人、申訴事實與要求、已向經營者投訴的情況。",
            "An appeal states the complainant, contact details, the operator, the facts and demands, and the prior complaint to the operator.",
        ],
    },
    Provision {
        id: "telecom-33",
        country: "CN",
        law: TELECOM,
        article: ["第三十三条", "第三十三條", "Art 33"],
        summary: [
            "用户要求时，电信业务经营者应免费提供收费清单。",
            "用戶要求時，電信業務經營者應免費提供收費清單。",
            "On request, the operator must provide the list of fees free of charge.",
        ],
    },
    Provision {
        id: "telecom-39",
        country: "CN",
        law: TELECOM,
        article: ["第三十九条", "第三十九條", "Art 39"],
        summary: [
            "用户对收费有异议的可以投诉、申诉；对申诉应在 30 日内答复。",
            "用戶對收費有異議的可以投訴、申訴；對申訴應在 30 日內答覆。",
            "A user who disputes a fee may complain and appeal; an appeal is to be answered within 30 days.",
        ],
    },
    Provision {
        id: "consumer-26",
        country: "CN",
        law: CONSUMER,
        article: ["第二十六条", "第二十六條", "Art 26"],
        summary: [
            "对消费者不公平、不合理的格式条款，其内容无效。",
            "對消費者不公平、不合理的格式條款，其內容無效。",
            "Standard terms that are unfair or unreasonable to consumers are void.",
        ],
    },
    Provision {
        id: "consumer-39",
        country: "CN",
        law: CONSUMER,
        article: ["第三十九条", "第三十九條", "Art 39"],
        summary: [
            "消费争议可以协商、请求消费者协会调解、向有关部门投诉、仲裁或起诉。",
            "消費爭議可以協商、請求消費者協會調解、向有關部門投訴、仲裁或起訴。",
            "A consumer dispute can be settled by negotiation, consumer-association mediation, a complaint to the authorities, arbitration or a lawsuit.",
        ],
    },
    Provision {
        id: "civil-496-497",
        country: "CN",
        law: CIVIL,
        article: ["第四百九十六条、第四百九十七条", "第四百九十六條、第四百九十七條", "Art 496-497"],
        summary: [
            "格式条款须提示、说明；不合理地免除己方责任、加重对方责任的格式条款无效。",
            "格式條款須提示、說明；不合理地免除己方責任、加重對方責任的格式條款無效。",
            "Standard terms must be pointed out and explained; terms that unreasonably shift liability onto the other party are void.",
        ],
    },
    Provision {
        id: "civil-585",
        country: "CN",
        law: CIVIL,
        article: ["第五百八十五条", "第五百八十五條", "Art 585"],
        summary: [
            "约定的违约金过分高于造成的损失的，可以请求予以适当减少。",
            "約定的違約金過分高於造成的損失的，可以請求予以適當減少。",
            "A penalty far above the actual loss may be reduced on request.",
        ],
    },
    Provision {
        id: "civil-188",
        country: "CN",
        law: CIVIL,
        article: ["第一百八十八条", "第一百八十八條", "Art 188"],
        summary: [
            "向人民法院请求保护民事权利的诉讼时效期间为三年。",
            "向人民法院請求保護民事權利的訴訟時效期間為三年。",
            "The limitation period for a civil claim in court is three years.",
        ],
    },
    Provision {
        id: "cfr-64-2401",
        country: "US",
        law: ["美国联邦法规第 47 编", "美國聯邦法規第 47 編", "47 CFR"],
        article: ["64.2401", "64.2401", "64.2401"],
        summary: [
            "账单真实性：账单须清楚列明服务商和每项收费。",
            "帳單真實性：帳單須清楚列明服務商和每項收費。",
            "Truth in billing: bills must clearly identify the provider and describe each charge.",
        ],
    },
];

fn idx(lang: Lang) -> usize {
    match lang {
        Lang::ZhCn => 0,
        Lang::ZhTw => 1,
        Lang::En => 2,
    }
}

/// The provision with this id.
pub fn provision(id: &str) -> Option<&'static Provision> {
    PROVISIONS.iter().find(|p| p.id == id)
}

impl Provision {
    /// The citation in `lang`: `《电信条例》第三十三条`, `Telecommunications Regulations Art 33`.
    pub fn citation(&self, lang: Lang) -> String {
        let i = idx(lang);
        match lang {
            Lang::En => format!("{} {}", self.law[i], self.article[i]),
            _ if self.country == "US" => format!("{} {}", self.law[2], self.article[2]),
            _ => format!("《{}》{}", self.law[i], self.article[i]),
        }
    }

    pub fn summary(&self, lang: Lang) -> &'static str {
        self.summary[idx(lang)]
    }
}

/// The citation of provision `id` in `lang`; an unknown id yields an empty string (and a
/// test makes sure every id used in the code exists).
pub fn cite(id: &str, lang: Lang) -> String {
    provision(id).map(|p| p.citation(lang)).unwrap_or_default()
}

/// Every citation the table can produce, in every language (for checking rendered output).
pub fn all_citations() -> Vec<String> {
    PROVISIONS
        .iter()
        .flat_map(|p| Lang::ALL.iter().map(move |l| p.citation(*l)))
        .collect()
}

/// The provisions that apply to a country (`CN` for anything not US/GB).
pub fn for_country(country: &str) -> Vec<&'static Provision> {
    let c = match country {
        "US" => "US",
        "GB" | "UK" => "GB",
        _ => "CN",
    };
    PROVISIONS.iter().filter(|p| p.country == c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_unique_and_cited_forms() {
        let mut ids: Vec<&str> = PROVISIONS.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), PROVISIONS.len());
        assert_eq!(cite("telecom-33", Lang::ZhCn), "《电信条例》第三十三条");
        assert_eq!(cite("telecom-33", Lang::ZhTw), "《電信條例》第三十三條");
        assert_eq!(
            cite("appeal-10", Lang::En),
            "Telecom User Appeal Measures Art 10"
        );
        assert_eq!(cite("cfr-64-2401", Lang::ZhCn), "47 CFR 64.2401");
        assert_eq!(cite("nope", Lang::En), "");
        // The clause that is not in the current text is not in the table.
        assert!(!all_citations()
            .iter()
            .any(|c| c.contains("第四十条") || c.contains("Regulations Art 40")));
    }
}
