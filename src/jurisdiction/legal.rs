//! The provisions the reports may cite: one table, each row with its route, its scope and
//! its source. The texts (citation and one-sentence summary, per language) are catalogue
//! messages `cite-<id>` and `prov-<id>`. Every citation in the call script, the escalation
//! steps, the evidence pack and the appeal goes through [`cite`]; a test checks that no
//! other citation appears in the rendered output.
//!
//! Sources: the full texts of 电信用户申诉处理办法 (MIIT Order 35) Arts 9–14, 电信条例
//! (2016), 消费者权益保护法 Arts 26 and 39 and 民法典 Arts 188, 496, 497 and 585 were read;
//! rows marked "secondary" rest on an official summary or a press release, rows marked
//! "not re-read" on the statute as commonly quoted. The official text prevails.

use crate::i18n::Lang;
use crate::jurisdiction::{HolderType, Jurisdiction, Route};
use crate::model::ServiceKind;

/// Who a provision protects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everyone.
    All,
    /// Consumers only (消费者权益保护法, 12315, EFTA/Regulation E, FCBA).
    Consumers,
    /// Telecommunications services in the narrow sense: not broadband internet access.
    NotBroadband,
}

/// One checked provision.
#[derive(Debug, Clone, Copy)]
pub struct Provision {
    /// Stable key; the catalogue has `cite-<id>` and `prov-<id>`.
    pub id: &'static str,
    pub route: Route,
    pub scope: Scope,
    /// Where the text was read: the catalogue message naming the document and how it
    /// was checked.
    pub source: &'static str,
}

const MEASURES: &str = "src-measures";
const REGULATIONS: &str = "src-regulations";
const CONSUMER_LAW: &str = "src-consumer-law";
const CIVIL_CODE: &str = "src-civil-code";
const CIVIL_CODE_UNCHECKED: &str = "src-civil-code-unchecked";

/// The provisions, in the order the pack lists them.
pub const PROVISIONS: &[Provision] = &[
    Provision {
        id: "appeal-9",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "appeal-10",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "appeal-11-1",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "appeal-11-4",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "appeal-12",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "appeal-13",
        route: Route::Cn,
        scope: Scope::All,
        source: MEASURES,
    },
    Provision {
        id: "telecom-33",
        route: Route::Cn,
        scope: Scope::All,
        source: REGULATIONS,
    },
    Provision {
        id: "telecom-39",
        route: Route::Cn,
        scope: Scope::All,
        source: REGULATIONS,
    },
    Provision {
        id: "consumer-26",
        route: Route::Cn,
        scope: Scope::Consumers,
        source: CONSUMER_LAW,
    },
    Provision {
        id: "consumer-39",
        route: Route::Cn,
        scope: Scope::Consumers,
        source: CONSUMER_LAW,
    },
    Provision {
        id: "civil-496",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE,
    },
    Provision {
        id: "civil-497",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE,
    },
    Provision {
        id: "civil-577",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE_UNCHECKED,
    },
    Provision {
        id: "civil-585",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE,
    },
    Provision {
        id: "civil-985",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE_UNCHECKED,
    },
    Provision {
        id: "civil-188",
        route: Route::Cn,
        scope: Scope::All,
        source: CIVIL_CODE,
    },
    Provision {
        id: "cfr-64-2401",
        route: Route::Us,
        scope: Scope::NotBroadband,
        source: "src-cfr-64",
    },
    Provision {
        id: "fcc-informal",
        route: Route::Us,
        scope: Scope::All,
        source: "src-fcc",
    },
    Provision {
        id: "reg-e-1005-11",
        route: Route::Us,
        scope: Scope::Consumers,
        source: "src-reg-e",
    },
    Provision {
        id: "fcba-1666",
        route: Route::Us,
        scope: Scope::Consumers,
        source: "src-fcba",
    },
    Provision {
        id: "ofcom-adr",
        route: Route::Gb,
        scope: Scope::All,
        source: "src-ofcom",
    },
];

/// The provision with this id.
pub fn provision(id: &str) -> Option<&'static Provision> {
    PROVISIONS.iter().find(|p| p.id == id)
}

impl Provision {
    /// The citation in `lang`: `《电信条例》第三十三条`, `Telecommunications Regulations Art 33`.
    pub fn citation(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, &format!("cite-{}", self.id), &[])
    }

    /// What the provision says, in one sentence.
    pub fn summary(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, &format!("prov-{}", self.id), &[])
    }

    /// The text the provision was checked against, in `lang`.
    pub fn source_text(&self, lang: Lang) -> String {
        crate::i18n::tr(lang, self.source, &[])
    }

    /// Whether the provision applies to an account of this jurisdiction and these services.
    pub fn applies(&self, j: &Jurisdiction, kinds: &[ServiceKind]) -> bool {
        self.route == j.route()
            && match self.scope {
                Scope::All => true,
                Scope::Consumers => j.holder_type == HolderType::Consumer,
                Scope::NotBroadband => kinds
                    .iter()
                    .any(|k| !matches!(k, ServiceKind::Broadband | ServiceKind::Tv)),
            }
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
        .flat_map(|p| Lang::all().map(move |l| p.citation(l)))
        .collect()
}

/// The provisions that apply to a case: its route's, without consumer law for a business
/// and without telecom-only rules for broadband-only accounts.
pub fn for_case(j: &Jurisdiction, kinds: &[ServiceKind]) -> Vec<&'static Provision> {
    PROVISIONS.iter().filter(|p| p.applies(j, kinds)).collect()
}

/// Every source text the table can produce, in every language.
pub fn all_sources() -> Vec<String> {
    PROVISIONS
        .iter()
        .flat_map(|p| Lang::all().map(move |l| p.source_text(l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jurisdiction::Country;

    fn j(country: &str, holder: HolderType) -> Jurisdiction {
        Jurisdiction::resolve(Country::parse(country), "", "", "", Some(holder))
    }

    #[test]
    fn ids_unique_cited_forms_and_sources() {
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
        assert_eq!(cite("nope", Lang::En), "");
        for p in PROVISIONS {
            assert!(p.source.starts_with("src-"), "{} has no source", p.id);
            for l in Lang::all() {
                assert!(
                    !p.citation(l).is_empty() && !p.citation(l).starts_with("cite-"),
                    "{} {l}",
                    p.id
                );
                assert!(!p.summary(l).starts_with("prov-"), "{} {l}", p.id);
                assert!(!p.source_text(l).starts_with("src-"), "{} {l}", p.id);
            }
        }
        // The clause that is not in the current text is not in the table.
        assert!(!all_citations()
            .iter()
            .any(|c| c.contains("第四十条") || c.contains("Regulations Art 40")));
    }

    #[test]
    fn article_12_lists_what_the_text_requires() {
        let s = provision("appeal-12").unwrap().summary(Lang::ZhCn);
        for w in [
            "地址",
            "邮政编码",
            "电话",
            "被申诉人",
            "申诉日期",
            "事实根据",
        ] {
            assert!(s.contains(w), "{w} missing from {s}");
        }
        assert!(!s.contains("已向经营者投诉"), "{s}");
    }

    #[test]
    fn scope_per_route_and_holder() {
        let bb = [ServiceKind::Broadband];
        let mobile = [ServiceKind::Mobile];
        let ids = |j: &Jurisdiction, k: &[ServiceKind]| -> Vec<&str> {
            for_case(j, k).iter().map(|p| p.id).collect()
        };
        let cn_biz = ids(&j("CN", HolderType::Business), &bb);
        assert!(cn_biz.contains(&"appeal-12") && !cn_biz.iter().any(|i| i.starts_with("consumer")));
        let cn_con = ids(&j("CN", HolderType::Consumer), &bb);
        assert!(cn_con.contains(&"consumer-39"));
        let us_bb = ids(&j("US", HolderType::Consumer), &bb);
        assert!(!us_bb.contains(&"cfr-64-2401") && us_bb.contains(&"reg-e-1005-11"));
        assert!(ids(&j("US", HolderType::Consumer), &mobile).contains(&"cfr-64-2401"));
        assert!(!ids(&j("US", HolderType::Business), &mobile).contains(&"reg-e-1005-11"));
        assert_eq!(
            ids(&j("GB", HolderType::Consumer), &mobile),
            vec!["ofcom-adr"]
        );
        assert!(ids(&j("TW", HolderType::Consumer), &mobile).is_empty());
        assert!(ids(&j("DE", HolderType::Business), &bb).is_empty());
    }
}
