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

/// A report language: the code of one of the catalogues compiled in (`locales/*.ftl`,
/// listed by build.rs). The set of languages is the set of catalogue files: there is no
/// list of them in the code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

#[allow(non_upper_case_globals)]
impl Lang {
    /// Simplified Chinese: the default when neither `--lang` nor the locale names a
    /// language we have.
    pub const ZhCn: Lang = Lang("zh-CN");
    /// Traditional Chinese (Taiwan usage).
    pub const ZhTw: Lang = Lang("zh-TW");
    /// English: the fallback of every message.
    pub const En: Lang = Lang("en");

    /// Every language a catalogue was compiled in for, sorted by code.
    pub fn all() -> impl Iterator<Item = Lang> {
        COMPILED.iter().map(|(code, _)| Lang(code))
    }

    /// The BCP 47 code (`zh-CN`), which is also the catalogue's file name.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language from a locale string such as `en_US.UTF-8`, `zh_TW`, `zh-CN`,
    /// `zh-Hant-HK`: the catalogue whose code or `meta-locales` tag is the longest prefix
    /// of it.
    pub fn from_locale(s: &str) -> Option<Lang> {
        global().from_locale(s)
    }

    /// The language's own name (`简体中文`), from its catalogue.
    pub fn name(self) -> String {
        tr(self, "meta-language-name", &[])
    }

    /// Money with thousands separators and the currency: `¥1,032.00` / `CNY 1,032.00`
    /// (the catalogue's `money` message places the sign, symbol and amount).
    pub fn money(self, amount: Decimal, currency: &str) -> String {
        let body = group_thousands(amount);
        let neg = amount.is_sign_negative() && !amount.is_zero();
        let body = body.trim_start_matches('-').to_string();
        let sign = if neg { "-" } else { "" };
        crate::tr!(
            self,
            "money",
            sign = sign,
            amount = body,
            currency = currency
        )
    }

    /// A date in words: `2025年9月10日`, `10 Sep 2025`.
    pub fn date(self, d: NaiveDate) -> String {
        crate::tr!(
            self,
            "date-full",
            year = d.year(),
            month = d.month(),
            day = d.day()
        )
    }
}

/// The catalogues of a set of languages.
pub struct Catalogues {
    langs: Vec<Catalogue>,
}

/// A language's catalogue, read when first needed: reading one costs some 3 M
/// instructions, and a run seldom needs more than its language and the fallback.
struct Catalogue {
    lang: Lang,
    text: String,
    bundle: OnceLock<Bundle>,
    /// Lower-case locale tags the language serves (its code and `meta-locales`).
    tags: OnceLock<Vec<String>>,
}

impl Catalogue {
    fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| bundle(self.lang, &self.text))
    }

    fn tags(&self) -> &[String] {
        self.tags.get_or_init(|| {
            let mut tags = vec![self.lang.code().to_ascii_lowercase()];
            if let Some(extra) = message_text(self.bundle(), "meta-locales") {
                tags.extend(extra.split_whitespace().map(|t| t.to_ascii_lowercase()));
            }
            tags
        })
    }
}

impl Catalogues {
    /// Catalogues from (code, Fluent text) pairs.
    pub fn new(sources: impl IntoIterator<Item = (Lang, String)>) -> Catalogues {
        let langs = sources
            .into_iter()
            .map(|(lang, text)| Catalogue {
                lang,
                text,
                bundle: OnceLock::new(),
                tags: OnceLock::new(),
            })
            .collect();
        Catalogues { langs }
    }

    /// Every `*.ftl` file of a folder, named by its language code (the way build.rs
    /// compiles `locales/` in; used to check that a new file is all a language needs).
    pub fn load_dir(dir: &std::path::Path) -> std::io::Result<Catalogues> {
        let mut sources = Vec::new();
        for e in std::fs::read_dir(dir)? {
            let p = e?.path();
            if p.extension().is_some_and(|x| x == "ftl") {
                let Some(code) = p.file_stem().and_then(|s| s.to_str()) else {
                    continue;
                };
                let known = Lang::all().find(|l| l.code() == code);
                // A language not compiled in gets a code that lives as long as the program.
                let lang = known.unwrap_or_else(|| Lang(Box::leak(code.to_string().into())));
                sources.push((lang, std::fs::read_to_string(&p)?));
            }
        }
        sources.sort_by_key(|s| s.0);
        Ok(Catalogues::new(sources))
    }

    /// The languages, sorted by code.
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        self.langs.iter().map(|c| c.lang)
    }

    /// See [`Lang::from_locale`].
    pub fn from_locale(&self, s: &str) -> Option<Lang> {
        let l = s.trim().to_ascii_lowercase().replace('_', "-");
        let l = l.split(['.', '@']).next().unwrap_or("");
        if l.is_empty() || l == "c" || l == "posix" {
            return None;
        }
        self.langs
            .iter()
            .flat_map(|c| c.tags().iter().map(move |t| (t, c.lang)))
            .filter(|(t, _)| l == t.as_str() || l.starts_with(&format!("{t}-")))
            .max_by_key(|(t, _)| t.len())
            .map(|(_, lang)| lang)
    }

    /// The message `id` in `lang`, else in [`FALLBACK`]; an id no catalogue has comes back
    /// as itself (the catalogue test makes sure none is used).
    pub fn tr(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Count(n) => fargs.set(*k, FluentValue::from(*n)),
                Arg::Msg(m) => fargs.set(*k, FluentValue::from(self.render(lang, m))),
            }
        }
        for l in [lang, FALLBACK] {
            let Some(c) = self.langs.iter().find(|c| c.lang == l) else {
                continue;
            };
            let bundle = c.bundle();
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
        id.to_string()
    }

    /// A message with its arguments in `lang`.
    pub fn render(&self, lang: Lang, m: &Msg) -> String {
        let args: Vec<(&str, Arg)> = m.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.tr(lang, m.id, &args)
    }
}

/// The text of a message without arguments.
fn message_text(b: &Bundle, id: &str) -> Option<String> {
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The language a message falls back to when the report language lacks it.
pub const FALLBACK: Lang = Lang::En;

type Bundle = FluentBundle<FluentResource>;

/// The catalogues compiled in.
fn global() -> &'static Catalogues {
    static CATALOGUES: OnceLock<Catalogues> = OnceLock::new();
    CATALOGUES.get_or_init(|| {
        Catalogues::new(
            COMPILED
                .iter()
                .map(|(code, text)| (Lang(code), text.to_string())),
        )
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

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.0)
    }
}

/// A message of the core, rendered at the edge: its catalogue id and its arguments. The
/// library keeps these (skip reasons, notes, assumptions) instead of text; the CLI and the
/// reports render them in the report language. JSON and `Display` show the [`FALLBACK`]
/// text, so machine-read keys stay the same whatever the language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { id, args }
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        global().render(lang, self)
    }

    /// Whether the [`FALLBACK`] text contains `pat` (for tests and filters that look for
    /// a word of a note).
    pub fn contains(&self, pat: &str) -> bool {
        self.to_string().contains(pat)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(FALLBACK))
    }
}

impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// `mid!("id")`: a catalogue id kept as a `&'static str` (a skip reason or an expectation
/// passed along before it becomes a [`Msg`]); the macro only marks it for the test that
/// every id used is in the catalogues.
#[macro_export]
macro_rules! mid {
    ($id:literal) => {
        $id
    };
}

/// `msg!("id")`, `msg!("id", name = value, …)`: a [`Msg`] to render later.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id, Vec::new())
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::Msg::new(
            $id,
            vec![$((stringify!($k), $crate::i18n::Arg::from($v))),+],
        )
    };
}

/// An argument of a message: text (already formatted money, dates, names) or a count.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Count(i64),
    /// A message rendered in the same language.
    Msg(Box<Msg>),
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
impl From<&Msg> for Arg {
    fn from(m: &Msg) -> Arg {
        Arg::Msg(Box::new(m.clone()))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
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
    global().tr(lang, id, args)
}

/// Whether the fallback catalogue has message `id`.
pub fn has(id: &str) -> bool {
    global()
        .langs
        .iter()
        .any(|c| c.lang == FALLBACK && c.bundle().has_message(id))
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
        Lang::from_locale(s).ok_or_else(|| unknown_language(FALLBACK, s))
    }
}

/// The error of a language no catalogue serves, naming the ones there are.
pub fn unknown_language(lang: Lang, asked: &str) -> String {
    let known: Vec<&str> = Lang::all().map(|l| l.code()).collect();
    tr!(
        lang,
        "error-unknown-language",
        asked = asked,
        known = known.join(&tr!(lang, "list-sep"))
    )
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

/// A duration for people: `1 h 2 min`, `1小时2分`.
pub fn human_seconds(lang: Lang, s: u64) -> String {
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        tr!(lang, "duration-h-min", h = h, min = m)
    } else if m > 0 {
        tr!(lang, "duration-min-s", min = m, s = sec)
    } else {
        tr!(lang, "duration-s", s = sec)
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

    /// What each catalogue lacks that another has: `(language, missing ids)`.
    fn gaps(sources: &[(String, String)]) -> Vec<(String, Vec<String>)> {
        let all: Vec<(&String, std::collections::BTreeSet<String>)> =
            sources.iter().map(|(l, t)| (l, ids(t))).collect();
        let union: std::collections::BTreeSet<String> = all
            .iter()
            .flat_map(|(_, ids)| ids.iter().cloned())
            .collect();
        all.iter()
            .map(|(l, ids)| (l.to_string(), union.difference(ids).cloned().collect()))
            .filter(|(_, m): &(String, Vec<String>)| !m.is_empty())
            .collect()
    }

    fn compiled() -> Vec<(String, String)> {
        COMPILED
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect()
    }

    #[test]
    fn catalogues_parse_and_have_the_same_keys() {
        let gaps = gaps(&compiled());
        assert!(gaps.is_empty(), "catalogues lacking messages: {gaps:?}");
        for (code, text) in compiled() {
            assert!(ids(&text).len() > 300, "{code}: too few messages");
        }
    }

    #[test]
    fn every_catalogue_in_locales_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let codes: Vec<String> = Lang::all().map(|l| l.code().to_string()).collect();
        assert_eq!(files, codes);
        for l in [Lang::ZhCn, Lang::ZhTw, Lang::En, FALLBACK] {
            assert!(codes.iter().any(|c| c == l.code()), "{l} has no catalogue");
        }
        // Each catalogue names its language and the locales it serves.
        for l in Lang::all() {
            assert_ne!(l.name(), "meta-language-name");
            assert_eq!(Lang::from_locale(l.code()), Some(l));
        }
    }

    /// Adding a language is adding one file: a folder with the catalogues plus a new
    /// `fr.ftl` gives a fourth language, found from its locale, with its own texts and the
    /// fallback for what it lacks; and the completeness check names what it lacks.
    #[test]
    fn a_new_catalogue_file_is_a_new_language() {
        let tmp = tempfile::tempdir().unwrap();
        for (code, text) in COMPILED {
            std::fs::write(tmp.path().join(format!("{code}.ftl")), text).unwrap();
        }
        let fr = "meta-language-name = français\nmeta-locales = fr\n\
                  month-year = { $month ->\n    [6] juin\n   *[other] mois {$month}\n} {$year}\n";
        std::fs::write(tmp.path().join("fr.ftl"), fr).unwrap();
        let cats = Catalogues::load_dir(tmp.path()).unwrap();
        let codes: Vec<&str> = cats.langs().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "fr", "zh-CN", "zh-TW"]);
        let fr = cats.from_locale("fr_FR.UTF-8").unwrap();
        assert_eq!(fr.code(), "fr");
        assert_eq!(
            cats.tr(
                fr,
                "month-year",
                &[("year", 2025.into()), ("month", 6.into())]
            ),
            "juin 2025"
        );
        // Not in fr.ftl: the fallback language's text.
        assert_eq!(
            cats.tr(fr, "status-passed", &[]),
            tr!(FALLBACK, "status-passed")
        );
        assert_eq!(cats.from_locale("zh_HK.UTF-8"), Some(Lang::ZhTw));
        assert_eq!(cats.from_locale("zh_SG"), Some(Lang::ZhCn));
        // The completeness test fails for it until it has every message.
        let mut sources = compiled();
        sources.push((
            "fr".into(),
            std::fs::read_to_string(tmp.path().join("fr.ftl")).unwrap(),
        ));
        let gaps = gaps(&sources);
        assert_eq!(gaps.len(), 1);
        assert_eq!(gaps[0].0, "fr");
        assert!(gaps[0].1.contains(&"status-passed".to_string()));
    }

    #[test]
    fn every_id_the_code_uses_is_in_the_catalogue() {
        let en = COMPILED
            .iter()
            .find(|(c, _)| *c == FALLBACK.code())
            .unwrap();
        let known = ids(en.1);
        let re = regex::Regex::new(r#"(?:tr!\(\s*[^,]+,|msg!\(|mid!\()\s*"([a-z0-9-]+)""#).unwrap();
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

    /// The code outside the catalogues picks no text by language and prints no literal
    /// prose: no per-language `match` arms or three-text pickers, and no message macro
    /// (`eprintln!`, `bail!`, `anyhow!`, `err_line!`, `writeln!` to a report) given literal
    /// English words. Test modules and this file (which formats numbers) are left out.
    #[test]
    fn no_text_is_chosen_by_language_outside_the_catalogues() {
        let per_language = regex::Regex::new(
            r"Lang::(ZhCn|ZhTw|En)\s*(=>|\|)|\.pick\(\s*\x22|match\s+(self|lang)\s*\{\s*Lang::",
        )
        .unwrap();
        let literal_prose = regex::Regex::new(
            r#"(eprintln|err_line|bail|anyhow|println)!\(\s*"[A-Za-z][a-z]+ [a-z{]"#,
        )
        .unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        let mut checked = 0;
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                if !name.ends_with(".rs")
                    || ["i18n.rs", "tests.rs", "testkit.rs"].contains(&name.as_str())
                {
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("");
                checked += 1;
                for (n, line) in code.lines().enumerate() {
                    if !line.trim_start().starts_with("//") && per_language.is_match(line) {
                        found.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
                    }
                }
                // Macro calls span lines: looked for in the whole text.
                for m in literal_prose.find_iter(code) {
                    let n = code[..m.start()].lines().count();
                    found.push(format!("{}:{}: {}", p.display(), n, m.as_str()));
                }
            }
        }
        assert!(checked > 80, "only {checked} files checked");
        assert!(
            found.is_empty(),
            "text chosen outside the catalogues:\n{}",
            found.join("\n")
        );
        // The checks do catch what they look for.
        assert!(per_language.is_match("            Lang::ZhCn => format!(\"{}：x\", n),"));
        assert!(per_language.is_match(r#"lang.pick("闲置", "閒置", "idle")"#));
        assert!(literal_prose.is_match(r#"eprintln!("wrote {} usage rows", n)"#));
    }

    /// Why a damaged or hostile file was refused is a catalogue message: the import guards,
    /// the PDF extractor and the CSV record reader hold no English prose at all (outside
    /// comments and tests), and nowhere in the code is an error built from a literal
    /// English sentence (`Err("…")`, `ok_or_else(|| format!("…"))`, `io::Error::new(kind,
    /// "…")`, an extractor error kind given text). Third-party error text reaches the
    /// messages only as an argument (`verbatim`, `{$error}`).
    #[test]
    fn damaged_file_diagnostics_come_from_the_catalogue() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let prose = regex::Regex::new(r#""[A-Za-z][a-z']* [A-Za-z{]"#).unwrap();
        let constructor = regex::Regex::new(
            r#"(\bErr|ok_or|ok_or_else|map_err|Error::new|Malformed|TooLarge|Panicked)\(\s*(\|[^|]*\|\s*)?(io::ErrorKind::\w+,\s*)?(format!\(\s*)?"[A-Za-z][a-z']* [A-Za-z{]"#,
        )
        .unwrap();
        let code_of = |p: &std::path::Path| {
            let text = std::fs::read_to_string(p).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            code.lines()
                .map(|l| {
                    if l.trim_start().starts_with("//") {
                        ""
                    } else {
                        l
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut found = Vec::new();
        let guards = [
            "src/import/guard.rs",
            "src/import/guard/workbook.rs",
            "src/import/guard/xls.rs",
            "src/import/guard/xlsx.rs",
            "src/import/pdf/guard.rs",
            "src/import/pdf/extract.rs",
            "src/import/records.rs",
        ];
        for f in guards {
            let code = code_of(&root.join(f));
            for (n, line) in code.lines().enumerate() {
                if prose.is_match(line) {
                    found.push(format!("{f}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        // Known, outside the import: the `FromStr` errors of a period (inside a serde error)
        // and of the `gen` command's encoding.
        let known = ["src/model.rs", "src/gen/mod.rs"];
        let mut stack = vec![root.join("src")];
        let mut checked = 0;
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                if !rel.ends_with(".rs") || known.contains(&rel.as_str()) {
                    continue;
                }
                checked += 1;
                let code = code_of(&p);
                for m in constructor.find_iter(&code) {
                    let n = code[..m.start()].lines().count();
                    found.push(format!("{rel}:{n}: {}", m.as_str().replace('\n', " ")));
                }
            }
        }
        assert!(checked > 80, "only {checked} files checked");
        assert!(
            found.is_empty(),
            "English diagnostics outside the catalogue:\n{}",
            found.join("\n")
        );
        // The checks catch what the guards used to hold.
        assert!(prose.is_match(r#".ok_or("damaged ZIP end record")?;"#));
        for old in [
            r#"return Err(format!("sheet {name}: {e}"));"#,
            "return Err(format!(\n  \"the part {name:?} inflates to\"",
            r#".ok_or_else(|| format!("sector {id} lies past the end"))"#,
            r#"Err(io::Error::new(io::ErrorKind::InvalidData, "line is longer"))"#,
            r#"ExtractError::TooLarge(format!("more than {} characters", n))"#,
            r#"Err("a record cut short".into())"#,
            r#"record.map_err(|e| format!("damaged XLS workbook: {e}"))"#,
        ] {
            assert!(constructor.is_match(old), "{old}");
        }
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
