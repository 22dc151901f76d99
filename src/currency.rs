//! Currencies: the ISO 4217 code an amount is stated in.
//!
//! An importer fills in the currency a file states (a camt `Ccy` attribute, an OFX
//! `CURDEF`, an MT940 balance, a 币种 column, a `Betrag (EUR)` header); an amount whose file
//! states none is in the case's currency. The audit keeps an amount in any other currency
//! apart: it is reported, never summed, matched or disputed.

use std::fmt;

use serde::Serialize;

/// An ISO 4217 currency code (`CNY`, `USD`, `EUR`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

/// The codes a file may state: ISO 4217's active codes, and CNH (offshore yuan, as Hong
/// Kong banks write it).
const CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND \
BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNH CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP \
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK \
JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK \
MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG \
QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT \
TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

/// Names and marks that name one currency only (`¥` and `$` name several: not here).
const NAMES: &[(&str, &str)] = &[
    ("RMB", "CNY"),
    // ISO 4217 numeric codes some bank exports use.
    ("156", "CNY"),
    ("840", "USD"),
    ("978", "EUR"),
    ("344", "HKD"),
    ("392", "JPY"),
    ("826", "GBP"),
    ("901", "TWD"),
    ("人民币", "CNY"),
    ("人民币元", "CNY"),
    ("人民幣", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("US$", "USD"),
    ("欧元", "EUR"),
    ("歐元", "EUR"),
    ("€", "EUR"),
    ("港币", "HKD"),
    ("港元", "HKD"),
    ("港幣", "HKD"),
    ("HK$", "HKD"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("日圓", "JPY"),
    ("英镑", "GBP"),
    ("英鎊", "GBP"),
    ("£", "GBP"),
    ("新台币", "TWD"),
    ("新台幣", "TWD"),
    ("台币", "TWD"),
    ("台幣", "TWD"),
    ("NT$", "TWD"),
    ("澳元", "AUD"),
    ("澳币", "AUD"),
    ("加元", "CAD"),
    ("加币", "CAD"),
    ("加幣", "CAD"),
    ("新加坡元", "SGD"),
    ("新币", "SGD"),
    ("瑞士法郎", "CHF"),
    ("韩元", "KRW"),
    ("韓元", "KRW"),
    ("澳门元", "MOP"),
    ("澳門幣", "MOP"),
];

impl Currency {
    /// The currency of an ISO 4217 code, in any letter case (`eur`, `USD`).
    pub fn code(s: &str) -> Option<Currency> {
        let s = s.trim();
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let up = s.to_ascii_uppercase();
        CODES
            .split(' ')
            .any(|c| c == up)
            .then(|| Currency(up.as_bytes().try_into().expect("three ASCII letters")))
    }

    /// The currency of a field that holds a currency code by definition (camt `Ccy`, OFX
    /// `CURDEF`, an MT940 balance): any three letters, withdrawn codes too (`DEM` in old
    /// statements), since the format says it is a code.
    pub fn iso_like(s: &str) -> Option<Currency> {
        let s = s.trim();
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let up = s.to_ascii_uppercase();
        Some(Currency(
            up.as_bytes().try_into().expect("three ASCII letters"),
        ))
    }

    /// The currency of a case (`[account] currency`): a code or a name (`RMB` is the yuan),
    /// else the three letters as written.
    pub fn of_case(s: &str) -> Option<Currency> {
        Currency::named(s).or_else(|| Currency::iso_like(s))
    }

    /// The currency a cell or a header names: a code (`EUR`), a name (`美元`, `人民币`) or a
    /// mark that names one currency only (`€`, `US$`).
    pub fn named(s: &str) -> Option<Currency> {
        let t = s.trim();
        Currency::one_name(t).or_else(|| {
            // `CNY-人民币`, `人民币(CNY)`: every part that names a currency names the same one.
            let mut parts = t
                .split(['-', '/', '(', ')', '（', '）', ' '])
                .filter(|p| !p.is_empty());
            let first = Currency::one_name(parts.next()?)?;
            parts
                .all(|p| Currency::one_name(p) == Some(first))
                .then_some(first)
        })
    }

    fn one_name(t: &str) -> Option<Currency> {
        Currency::code(t).or_else(|| {
            NAMES
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(t))
                .and_then(|(_, c)| Currency::code(c))
        })
    }

    /// The currency a header names as its unit or its first word: `Betrag (EUR)`,
    /// `金额(美元)`, `美元金额`, `Amount USD`. A unit that is no currency (`元`, `分`, `KB`)
    /// names none: `元` alone is the yuan and the New Taiwan dollar alike.
    pub fn in_header(header: &str) -> Option<Currency> {
        let h = header.trim();
        let bracketed = h
            .rsplit_once(['(', '（', '['])
            .map(|(_, u)| u.trim_end_matches([')', '）', ']']).trim());
        if let Some(c) = bracketed.and_then(Currency::named) {
            return Some(c);
        }
        if let Some(c) = NAMES
            .iter()
            .filter(|(n, _)| !n.is_ascii())
            .find(|(n, _)| h.starts_with(n))
            .and_then(|(_, c)| Currency::code(c))
        {
            return Some(c);
        }
        // `Amount USD`: a code as the last word of a header not written in capitals (in
        // `TOP UP`, TOP is no currency).
        let (rest, last) = h.rsplit_once(' ')?;
        let capitals = !rest.chars().any(|c| c.is_lowercase());
        (!capitals && last.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| Currency::code(last))
            .flatten()
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_headers() {
        assert_eq!(
            Currency::code("eur").map(|c| c.to_string()),
            Some("EUR".into())
        );
        assert_eq!(Currency::code("KB"), None);
        assert_eq!(Currency::code("MIN"), None);
        assert_eq!(Currency::code("ABC"), None);
        assert_eq!(
            Currency::iso_like("dem").map(|c| c.to_string()),
            Some("DEM".into())
        );
        assert_eq!(Currency::iso_like("EURO"), None);
        assert_eq!(
            Currency::of_case("RMB").map(|c| c.to_string()),
            Some("CNY".into())
        );
        assert_eq!(
            Currency::of_case("xyz").map(|c| c.to_string()),
            Some("XYZ".into())
        );
        for (text, want) in [
            ("美元", "USD"),
            ("人民币", "CNY"),
            (" RMB ", "CNY"),
            ("€", "EUR"),
        ] {
            assert_eq!(Currency::named(text).unwrap().as_str(), want, "{text}");
        }
        assert_eq!(Currency::named("¥"), None);
        assert_eq!(Currency::named("CNY-人民币").unwrap().as_str(), "CNY");
        assert_eq!(Currency::named("人民币(CNY)").unwrap().as_str(), "CNY");
        assert_eq!(Currency::named("156").unwrap().as_str(), "CNY");
        assert_eq!(Currency::named("USD/人民币"), None);
        assert_eq!(Currency::named("金币"), None);
        assert_eq!(Currency::named("$"), None);
        for (h, want) in [
            ("Betrag (EUR)", Some("EUR")),
            ("Paid Out (GBP)", Some("GBP")),
            ("金额（美元）", Some("USD")),
            ("美元金额", Some("USD")),
            ("Amount USD", Some("USD")),
            ("金额(元)", None),
            ("费用(分)", None),
            ("流量(KB)", None),
            ("Amount", None),
            ("美元", Some("USD")),
            ("TOP UP AMOUNT", None),
            ("AMOUNT ALL", None),
        ] {
            assert_eq!(
                Currency::in_header(h).map(|c| c.to_string()).as_deref(),
                want,
                "{h}"
            );
        }
    }
}
