//! Languages of the reports, the message catalogue, and number/date formatting per
//! language.
//!
//! Every message has an id and one text per language in `locales/<lang>.ftl` (Fluent
//! syntax). [`tr`] looks a message up in the report language and falls back to
//! [`FALLBACK`]; a test fails when one catalogue lacks a message another has, or when the
//! code uses an id no catalogue defines.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

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

/// The catalogues, one Fluent file per language.
const CATALOGUES: [(Lang, &str); 3] = [
    (Lang::ZhCn, include_str!("../locales/zh-CN.ftl")),
    (Lang::ZhTw, include_str!("../locales/zh-TW.ftl")),
    (Lang::En, include_str!("../locales/en.ftl")),
];

/// The language a message falls back to when the report language lacks it.
pub const FALLBACK: Lang = Lang::En;

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Lang, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(lang, text)| (*lang, bundle(*lang, text)))
            .collect()
    })
}

/// A bundle of one catalogue. A syntax error drops only the broken entries (and the
/// catalogue test reports them).
fn bundle(lang: Lang, text: &str) -> Bundle {
    let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the texts go to terminals, Markdown,
    // HTML and plain-text appeals.
    b.set_use_isolating(false);
    let _ = b.add_resource(res);
    b
}

/// An argument of a message: text (already formatted money, dates, names) or a count.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(i64::from(n))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Count(i64::from(n))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n)
    }
}

/// The message `id` in `lang` with its arguments, falling back to [`FALLBACK`]; an id no
/// catalogue has comes back as itself (the catalogue test makes sure none is used).
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            Arg::Count(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    for l in [lang, FALLBACK] {
        let Some((_, b)) = bundles().iter().find(|(x, _)| *x == l) else {
            continue;
        };
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return b
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
    }
    id.to_string()
}

/// Whether the fallback catalogue has message `id`.
pub fn has(id: &str) -> bool {
    bundles()
        .iter()
        .any(|(l, b)| *l == FALLBACK && b.has_message(id))
}

/// `tr!(lang, "id")`, `tr!(lang, "id", name = value, …)`: a catalogue message.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::tr($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::tr(
            $lang,
            $id,
            &[$((stringify!($k), $crate::i18n::Arg::from($v))),+],
        )
    };
}

impl Lang {
    /// A month: `2025年6月`, `June 2025`.
    pub fn month(self, p: crate::model::Period) -> String {
        tr!(self, "month-year", year = p.year, month = p.month)
    }

    /// Months in words, consecutive runs joined: `2025年6月至9月`, `2025年6月、8月`,
    /// `June to September 2025`, `December 2024 to February 2025`.
    pub fn months(self, periods: &[crate::model::Period]) -> String {
        let mut ps = periods.to_vec();
        ps.sort();
        ps.dedup();
        let mut runs: Vec<(crate::model::Period, crate::model::Period)> = Vec::new();
        for p in ps {
            match runs.last_mut() {
                Some((_, last)) if last.next() == p => *last = p,
                _ => runs.push((p, p)),
            }
        }
        let mut out: Vec<String> = Vec::new();
        let mut prev_year = None;
        for (a, b) in runs {
            let text = if a == b {
                if prev_year == Some(a.year) {
                    tr!(self, "month-only", month = a.month)
                } else {
                    self.month(a)
                }
            } else if a.year == b.year {
                tr!(
                    self,
                    "month-range-same-year",
                    year = a.year,
                    from = a.month,
                    to = b.month
                )
            } else {
                tr!(
                    self,
                    "month-range",
                    from = self.month(a),
                    to = self.month(b)
                )
            };
            prev_year = Some(b.year);
            out.push(text);
        }
        out.join(&tr!(self, "list-sep"))
    }

    /// An amount as it is said aloud: `1648元`, `86.50元`, `$1,648.00`, `£12.00`.
    pub fn spoken_money(self, amount: Decimal, currency: &str) -> String {
        let plain = amount.normalize();
        let body = if plain.scale() == 0 {
            plain.to_string()
        } else {
            format!("{:.2}", amount.round_dp(2))
        };
        let grouped = group_thousands(amount);
        let grouped = grouped.strip_suffix(".00").unwrap_or(&grouped).to_string();
        match currency {
            "CNY" | "RMB" => tr!(self, "money-cny-spoken", amount = body, grouped = grouped),
            _ => self.money(amount, currency),
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

    fn ids(text: &str) -> std::collections::BTreeSet<String> {
        let res = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errs)| panic!("catalogue syntax errors: {errs:?}"));
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn catalogues_parse_and_have_the_same_keys() {
        let all: Vec<(Lang, std::collections::BTreeSet<String>)> =
            CATALOGUES.iter().map(|(l, t)| (*l, ids(t))).collect();
        for (la, a) in &all {
            for (lb, b) in &all {
                let missing: Vec<&String> = a.difference(b).collect();
                assert!(missing.is_empty(), "{lb} lacks {missing:?} that {la} has");
            }
        }
    }

    #[test]
    fn every_id_the_code_uses_is_in_the_catalogue() {
        let known = ids(CATALOGUES[2].1);
        let re = regex::Regex::new(r#"tr!\(\s*[^,]+,\s*"([a-z0-9-]+)""#).unwrap();
        let mut used = 0;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap();
                    for c in re.captures_iter(&text) {
                        if &c[1] == "id" {
                            continue; // the macro's own documentation
                        }
                        used += 1;
                        assert!(
                            known.contains(&c[1]),
                            "{}: unknown message {}",
                            p.display(),
                            &c[1]
                        );
                    }
                }
            }
        }
        assert!(used > 50, "only {used} catalogue uses found");
    }

    #[test]
    fn messages_fall_back_and_take_arguments() {
        assert_eq!(
            tr!(Lang::ZhCn, "month-year", year = 2025, month = 6),
            "2025年6月"
        );
        assert_eq!(
            tr!(Lang::En, "month-year", year = 2025, month = 6),
            "June 2025"
        );
        assert_eq!(tr(Lang::ZhTw, "no-such-message", &[]), "no-such-message");
        let p = |m| crate::model::Period::new(2025, m).unwrap();
        assert_eq!(
            Lang::ZhCn.months(&[p(6), p(7), p(8), p(9)]),
            "2025年6月至9月"
        );
        assert_eq!(Lang::ZhCn.months(&[p(6), p(8)]), "2025年6月、8月");
        assert_eq!(
            Lang::En.months(&[p(6), p(7), p(8), p(9)]),
            "June to September 2025"
        );
        assert_eq!(Lang::ZhTw.months(&[p(10)]), "2025年10月");
        let dec_p = crate::model::Period::new(2024, 12).unwrap();
        assert_eq!(
            Lang::En.months(&[dec_p, p(1), p(2)]),
            "December 2024 to February 2025"
        );
        assert_eq!(Lang::ZhCn.spoken_money(dec!(1648.00), "CNY"), "1648元");
        assert_eq!(Lang::ZhCn.spoken_money(dec!(86.5), "CNY"), "86.50元");
        assert_eq!(Lang::En.spoken_money(dec!(1648), "USD"), "$1,648.00");
    }

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
