//! The carriers billaudit knows, by their exact names: country, customer-service number
//! and legal-entity prefix. A carrier is recognised only by one of its names (case, spaces
//! and full-width forms aside) or, for Chinese carriers, by its legal entity name with a
//! branch suffix (中国电信股份有限公司杭州分公司); never by a word like "mobile".

/// One carrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carrier {
    /// The display name.
    pub name: &'static str,
    /// Every name it goes by, the display name included.
    pub aliases: &'static [&'static str],
    /// ISO country code.
    pub country: &'static str,
    /// The customer-service number, where checked (mainland China: MIIT's 2008 notice;
    /// 10099 for China Broadnet).
    pub hotline: Option<&'static str>,
    /// The legal entity's name, which branch names extend (`…杭州分公司`).
    pub legal_name: Option<&'static str>,
}

/// The registry. Hotlines are listed only where checked; elsewhere the user's
/// `[account] hotline` is used, or none is printed.
pub const CARRIERS: &[Carrier] = &[
    Carrier {
        name: "中国电信",
        aliases: &[
            "中国电信",
            "中國電信",
            "China Telecom",
            "中国电信股份有限公司",
        ],
        country: "CN",
        hotline: Some("10000"),
        legal_name: Some("中国电信股份有限公司"),
    },
    Carrier {
        name: "中国移动",
        aliases: &["中国移动", "中國移動", "China Mobile", "中国移动通信集团"],
        country: "CN",
        hotline: Some("10086"),
        legal_name: Some("中国移动通信集团"),
    },
    Carrier {
        name: "中国联通",
        aliases: &[
            "中国联通",
            "中國聯通",
            "China Unicom",
            "中国联合网络通信有限公司",
        ],
        country: "CN",
        hotline: Some("10010"),
        legal_name: Some("中国联合网络通信有限公司"),
    },
    Carrier {
        name: "中国广电",
        aliases: &["中国广电", "中國廣電", "China Broadnet"],
        country: "CN",
        hotline: Some("10099"),
        legal_name: None,
    },
    Carrier {
        name: "中華電信",
        aliases: &["中華電信", "中华电信", "Chunghwa Telecom"],
        country: "TW",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "台灣大哥大",
        aliases: &["台灣大哥大", "台湾大哥大", "Taiwan Mobile"],
        country: "TW",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "遠傳電信",
        aliases: &["遠傳電信", "遠傳", "远传电信", "FarEasTone", "Far EasTone"],
        country: "TW",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Verizon",
        aliases: &["Verizon", "Verizon Wireless", "Verizon Fios"],
        country: "US",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "AT&T",
        aliases: &["AT&T", "AT&T Mobility", "AT&T Wireless"],
        country: "US",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "T-Mobile",
        aliases: &["T-Mobile", "T-Mobile US", "T Mobile"],
        country: "US",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Comcast Xfinity",
        aliases: &["Comcast Xfinity", "Comcast", "Xfinity"],
        country: "US",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Spectrum",
        aliases: &["Spectrum", "Charter Communications"],
        country: "US",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Sky Mobile",
        aliases: &["Sky Mobile", "Sky", "Sky Broadband"],
        country: "GB",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "BT",
        aliases: &["BT", "British Telecom", "British Telecommunications"],
        country: "GB",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "EE",
        aliases: &["EE"],
        country: "GB",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Virgin Media",
        aliases: &["Virgin Media", "Virgin Media O2"],
        country: "GB",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Three UK",
        aliases: &["Three UK", "Three"],
        country: "GB",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Bell",
        aliases: &["Bell", "Bell Canada", "Bell Mobility"],
        country: "CA",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Rogers",
        aliases: &["Rogers", "Rogers Wireless", "Rogers Communications"],
        country: "CA",
        hotline: None,
        legal_name: None,
    },
    Carrier {
        name: "Telus",
        aliases: &["Telus", "TELUS Mobility"],
        country: "CA",
        hotline: None,
        legal_name: None,
    },
];

/// A name folded for comparison: trimmed, lower case, without spaces, full-width ASCII
/// folded to half-width.
fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The carrier with this exact name or alias, or (for a carrier with a legal entity) a
/// branch of that entity (`中国电信股份有限公司杭州分公司`).
pub fn find(name: &str) -> Option<&'static Carrier> {
    let n = fold(name);
    if n.is_empty() {
        return None;
    }
    CARRIERS.iter().find(|c| {
        c.aliases.iter().any(|a| fold(a) == n)
            || c.legal_name
                .is_some_and(|l| n.starts_with(&fold(l)) && is_branch_suffix(&n[fold(l).len()..]))
    })
}

/// `杭州分公司`, `浙江省分公司`, `广州市分公司`: a branch of the legal entity.
fn is_branch_suffix(rest: &str) -> bool {
    rest.ends_with("分公司") || rest.ends_with("公司") && rest.chars().count() <= 12
}

/// The customer-service number: the configured one, else the carrier's if it is known
/// (and of the case's country: a hotline is only given on its own country's route).
pub fn hotline(carrier: &str, configured: Option<&str>, country: Option<&str>) -> Option<String> {
    if let Some(h) = configured.filter(|h| !h.trim().is_empty()) {
        return Some(h.trim().to_string());
    }
    let c = find(carrier)?;
    if country.is_some_and(|k| k != c.country) {
        return None;
    }
    c.hotline.map(str::to_string)
}

/// The respondent's full legal name, from the names of the transactions' counterparties:
/// the first that is a branch or the legal entity of the configured carrier.
pub fn legal_entity<'a>(
    carrier: &str,
    counterparties: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let known = find(carrier)?;
    let legal = known.legal_name?;
    counterparties
        .into_iter()
        .map(str::trim)
        .find(|cp| cp.starts_with(legal) && find(cp).is_some_and(|c| c.name == known.name))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_names_only() {
        assert_eq!(find("中国移动").unwrap().hotline, Some("10086"));
        assert_eq!(find(" China  Mobile ").unwrap().name, "中国移动");
        assert_eq!(
            find("ＣＨＩＮＡ ＴＥＬＥＣＯＭ").unwrap().hotline,
            Some("10000")
        );
        assert_eq!(
            find("中国电信股份有限公司杭州分公司").unwrap().name,
            "中国电信"
        );
        // Substrings are not names.
        for not in [
            "Sky Mobile Ltd",
            "Taiwan Mobile Co",
            "mobile",
            "telecom",
            "British",
        ] {
            let got = find(not).map(|c| c.name);
            assert!(
                got != Some("中国移动") && got != Some("中国电信"),
                "{not}: {got:?}"
            );
        }
        assert_eq!(find("T-Mobile").unwrap().country, "US");
        assert_eq!(find("Sky Mobile").unwrap().country, "GB");
        assert_eq!(find("Taiwan Mobile").unwrap().country, "TW");
        assert_eq!(find("Chunghwa Telecom").unwrap().country, "TW");
        assert_eq!(find("Unknown Telco"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn hotlines_come_only_from_the_route() {
        assert_eq!(
            hotline("中国电信", None, Some("CN")).as_deref(),
            Some("10000")
        );
        assert_eq!(
            hotline("中国广电", None, Some("CN")).as_deref(),
            Some("10099")
        );
        assert_eq!(
            hotline("Verizon", Some("611"), Some("US")).as_deref(),
            Some("611")
        );
        for (c, k) in [
            ("Verizon", "US"),
            ("T-Mobile", "US"),
            ("Sky Mobile", "GB"),
            ("Taiwan Mobile", "TW"),
            ("Chunghwa Telecom", "TW"),
            ("British Telecom", "GB"),
            ("中国移动", "TW"),
        ] {
            assert_eq!(hotline(c, None, Some(k)), None, "{c}");
        }
    }

    #[test]
    fn respondent_from_counterparties() {
        let cps = ["翼支付", "中国电信股份有限公司杭州分公司", "中国移动"];
        assert_eq!(
            legal_entity("中国电信", cps).as_deref(),
            Some("中国电信股份有限公司杭州分公司")
        );
        assert_eq!(legal_entity("中国联通", cps), None);
        assert_eq!(legal_entity("Verizon", ["Verizon Wireless"]), None);
    }
}
