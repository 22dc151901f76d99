//! Languages of the reports, and number/date formatting per language.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// A report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    ZhCn,
    ZhTw,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::ZhTw, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::ZhTw => "zh-TW",
            Lang::En => "en",
        }
    }

    /// The language from a locale string such as `en_US.UTF-8`, `zh_TW`, `zh-CN`.
    pub fn from_locale(s: &str) -> Option<Lang> {
        let l = s.trim().to_ascii_lowercase().replace('_', "-");
        if l.is_empty() || l == "c" || l == "posix" || l.starts_with("c.") {
            return None;
        }
        if l.starts_with("zh-tw")
            || l.starts_with("zh-hk")
            || l.starts_with("zh-mo")
            || l.starts_with("zh-hant")
        {
            Some(Lang::ZhTw)
        } else if l.starts_with("zh") {
            Some(Lang::ZhCn)
        } else if l.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Pick one of three texts.
    pub fn pick<'a>(self, zh_cn: &'a str, zh_tw: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::ZhCn => zh_cn,
            Lang::ZhTw => zh_tw,
            Lang::En => en,
        }
    }

    /// Money with thousands separators and the currency: `¥1,032.00` / `CNY 1,032.00`.
    pub fn money(self, amount: Decimal, currency: &str) -> String {
        let sym = match currency {
            "CNY" | "RMB" => match self {
                Lang::En => "CNY ",
                _ => "¥",
            },
            "USD" => "$",
            "CAD" => "CA$",
            "GBP" => "£",
            "EUR" => "€",
            "TWD" => "NT$",
            "HKD" => "HK$",
            _ => "",
        };
        let body = group_thousands(amount);
        let neg = amount.is_sign_negative() && !amount.is_zero();
        let body = body.trim_start_matches('-');
        let sign = if neg { "-" } else { "" };
        if sym.is_empty() {
            format!("{sign}{body} {currency}")
        } else {
            format!("{sign}{sym}{body}")
        }
    }

    pub fn date(self, d: NaiveDate) -> String {
        match self {
            Lang::En => d.format("%-d %b %Y").to_string(),
            _ => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_locale(s)
            .ok_or_else(|| format!("unknown language {s:?}: use zh-CN, zh-TW or en"))
    }
}

/// `1234567.5` → `1,234,567.50` (two decimals at least).
pub fn group_thousands(d: Decimal) -> String {
    let d = if d.scale() < 2 { d.round_dp(2) } else { d };
    let s = format!("{d:.2}");
    let s = if d.scale() > 2 {
        d.normalize().to_string()
    } else {
        s
    };
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s),
    };
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

/// A data volume for people: `0 B`, `1.5 MB`, `2.00 GB`.
pub fn human_bytes(b: u64) -> String {
    const K: f64 = 1024.0;
    let f = b as f64;
    if b < 1024 {
        format!("{b} B")
    } else if f < K * K {
        format!("{:.1} KB", f / K)
    } else if f < K * K * K {
        format!("{:.1} MB", f / K / K)
    } else {
        format!("{:.2} GB", f / K / K / K)
    }
}

/// A duration for people, per language.
pub fn human_seconds(lang: Lang, s: u64) -> String {
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    match lang {
        Lang::En => {
            if h > 0 {
                format!("{h} h {m} min")
            } else if m > 0 {
                format!("{m} min {sec} s")
            } else {
                format!("{sec} s")
            }
        }
        Lang::ZhCn | Lang::ZhTw => {
            if h > 0 {
                format!("{h}小時{m}分").replace('時', if lang == Lang::ZhCn { "时" } else { "時" })
            } else if m > 0 {
                format!("{m}分{sec}秒")
            } else {
                format!("{sec}秒")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn formats() {
        assert_eq!(group_thousands(dec!(1234567.5)), "1,234,567.50");
        assert_eq!(group_thousands(dec!(-258)), "-258.00");
        assert_eq!(Lang::ZhCn.money(dec!(1032), "CNY"), "¥1,032.00");
        assert_eq!(Lang::En.money(dec!(1032), "CNY"), "CNY 1,032.00");
        assert_eq!(Lang::En.money(dec!(-5), "USD"), "-$5.00");
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(human_bytes(1536), "1.5 KB");
        assert_eq!(human_seconds(Lang::ZhCn, 3725), "1小时2分");
        assert_eq!(human_seconds(Lang::ZhTw, 3725), "1小時2分");
        assert_eq!(
            Lang::ZhCn.date(NaiveDate::from_ymd_opt(2025, 9, 10).unwrap()),
            "2025年9月10日"
        );
    }
}
