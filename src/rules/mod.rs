//! The rule engine. Rules are declarative TOML files (`rules/*.toml` in this repository,
//! built into the binary, plus `CASE_DIR/rules/*.toml`), each naming a built-in check kind
//! (one file per kind under [`checks`]) with its parameters, a filter, a severity, a title
//! and the argument text used in the evidence list.

pub mod checks;
pub mod disputes;

pub use disputes::{Concerns, Dispute, Reason};

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::Path;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::config::{Config, ConfigError};
use crate::i18n::Lang;
use crate::matcher::Matched;
use crate::model::{may_hold_english, ItemRegex, Period, ServiceKind};
use crate::parse::parse_amount;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    High,
    Medium,
    Low,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A case rule's own text, per language code (`zh-CN = "…"`, `en = "…"`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// Whether the text is given in no language at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The language codes given that no catalogue serves (a typo such as `zh_cn`).
    fn unknown_languages(&self) -> Vec<&str> {
        self.0
            .keys()
            .filter(|k| !Lang::all().any(|l| l.code() == k.as_str()))
            .map(|k| k.as_str())
            .collect()
    }

    /// The text in `lang`, else in a language of the same family (`zh-TW` for `zh-CN`),
    /// else in the fallback language, else in any language given.
    pub fn get(&self, lang: Lang) -> &str {
        let family = |code: &str| code.split('-').next().unwrap_or(code).to_string();
        self.0
            .get(lang.code())
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(k, _)| family(k) == family(lang.code()))
                    .map(|(_, v)| v)
            })
            .or_else(|| self.0.get(crate::i18n::FALLBACK.code()))
            .or_else(|| self.0.values().next())
            .map(|s| s.as_str())
            .unwrap_or("")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    check: Spanned<String>,
    severity: Severity,
    #[serde(default = "yes")]
    enabled: bool,
    /// A case rule's own texts; the built-in rules' are catalogue messages.
    #[serde(default)]
    title: Text,
    #[serde(default)]
    argument: Text,
    #[serde(default)]
    filter: RawFilter,
    #[serde(default)]
    params: Option<Spanned<toml::Table>>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFilter {
    #[serde(default)]
    kinds: Vec<ServiceKind>,
    item: Option<Spanned<String>>,
    exclude_item: Option<Spanned<String>>,
    min_amount: Option<Spanned<String>>,
    max_amount: Option<Spanned<String>>,
}

/// Which records a rule looks at.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Service kinds (empty = all).
    pub kinds: Vec<ServiceKind>,
    pub item: Option<ItemPattern>,
    pub exclude_item: Option<ItemPattern>,
    pub min_amount: Option<Decimal>,
    pub max_amount: Option<Decimal>,
}

impl Filter {
    pub fn kind_ok(&self, k: Option<ServiceKind>) -> bool {
        self.kinds.is_empty() || k.is_some_and(|k| self.kinds.contains(&k))
    }

    pub fn item_ok(&self, item: &str) -> bool {
        self.item.as_ref().is_none_or(|r| r.is_match(item))
            && !self.exclude_item.as_ref().is_some_and(|r| r.is_match(item))
    }

    pub fn amount_ok(&self, a: Decimal) -> bool {
        self.min_amount.is_none_or(|m| a >= m) && self.max_amount.is_none_or(|m| a <= m)
    }
}

/// An item pattern of a rule's filter. A case rule's pattern is compiled when the rule is
/// loaded, so that a bad one is an error naming its file. A built-in rule's (every one
/// compiles: see the tests) is compiled when first matched: compiling is what start-up
/// spent most on, and some checks never look at an item (no service cancelled, none
/// suspended).
#[derive(Clone)]
pub struct ItemPattern {
    text: Arc<str>,
    regex: Arc<OnceLock<ItemRegex>>,
    /// The answers given so far, per item text: a bill repeats the same few items on every
    /// line and in every month, and a lookup costs a fraction of a search.
    answers: Arc<Mutex<hashbrown::HashMap<Box<str>, bool>>>,
    /// A built-in pattern of the built-in rules' shape, split (see [`split_words`]).
    split: Option<Arc<SplitWords>>,
}

/// A pattern `词|词|…|(?i)english words`, as the built-in rules write theirs: the words
/// before `(?i)` have no regex syntax, so the pattern matches a text that contains one of
/// them or that `(?i)english words` matches. The English part has only ASCII letters,
/// digits, spaces, `-` and bracket classes, each alternative a letter or digit outside
/// brackets, so a match of it holds a character [`may_hold_english`] sees: for a text
/// without one (a Chinese bill item) it is neither compiled nor searched.
struct SplitWords {
    words: Vec<String>,
    english: String,
    regex: OnceLock<ItemRegex>,
}

/// `pattern` split as [`SplitWords`] describes, if it has that shape.
fn split_words(pattern: &str) -> Option<SplitWords> {
    let (words, english) = pattern.split_once("(?i)")?;
    let words: Vec<&str> = words.strip_suffix('|')?.split('|').collect();
    let plain = |w: &&str| !w.is_empty() && !w.chars().any(regex_syntax_meta);
    let english_ok = |alt: &str| {
        let mut in_class = false;
        let mut letter = false;
        for c in alt.chars() {
            match c {
                '[' if !in_class => in_class = true,
                ']' if in_class => in_class = false,
                c if c.is_ascii_alphanumeric() => letter |= !in_class,
                ' ' | '-' => {}
                _ => return false,
            }
        }
        letter && !in_class
    };
    (words.iter().all(plain) && english.split('|').all(english_ok)).then(|| SplitWords {
        words: words.into_iter().map(str::to_string).collect(),
        english: format!("(?i){english}"),
        regex: OnceLock::new(),
    })
}

/// A character with a meaning in a regex (outside verbose mode), or that might have one.
fn regex_syntax_meta(c: char) -> bool {
    c.is_ascii_punctuation() || c.is_whitespace()
}

impl SplitWords {
    fn is_match(&self, text: &str) -> bool {
        self.words.iter().any(|w| text.contains(w.as_str()))
            || (may_hold_english(text)
                && self
                    .regex
                    .get_or_init(|| {
                        compile(&self.english).expect("built-in rule patterns compile (tested)")
                    })
                    .is_match(text))
    }
}

/// The most item texts an [`ItemPattern`] remembers its answers for.
const ANSWERS_KEPT: usize = 1024;

impl ItemPattern {
    fn compiled(text: &str, regex: ItemRegex) -> ItemPattern {
        ItemPattern {
            text: Arc::from(text),
            regex: Arc::new(OnceLock::from(regex)),
            answers: Arc::default(),
            split: None,
        }
    }

    fn built_in(text: &str) -> ItemPattern {
        ItemPattern {
            text: Arc::from(text),
            regex: Arc::new(OnceLock::new()),
            answers: Arc::default(),
            split: split_words(text).map(Arc::new),
        }
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn is_match(&self, item: &str) -> bool {
        let mut answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&yes) = answers.get(item) {
            return yes;
        }
        let yes = match &self.split {
            Some(split) => split.is_match(item),
            None => self.regex().is_match(item),
        };
        if answers.len() < ANSWERS_KEPT {
            answers.insert(item.into(), yes);
        }
        yes
    }

    fn regex(&self) -> &ItemRegex {
        self.regex
            .get_or_init(|| compile(&self.text).expect("built-in rule patterns compile (tested)"))
    }
}

impl fmt::Debug for ItemPattern {
    /// As a `regex::Regex` shows itself, without compiling it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Regex").field(&&*self.text).finish()
    }
}

/// A loaded rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub check: &'static dyn checks::Check,
    pub severity: Severity,
    pub enabled: bool,
    pub title: Text,
    pub argument: Text,
    pub filter: Filter,
    pub params: toml::Table,
    /// Where the rule came from (`builtin:rules/x.toml` or a path).
    pub origin: String,
    /// The rule file's text (for `explain`).
    pub source: String,
}

impl Rule {
    /// Deserialize the rule's `[params]` into a check's parameter struct.
    pub fn params<T: serde::de::DeserializeOwned + Default>(&self) -> T {
        toml::Value::Table(self.params.clone())
            .try_into()
            .unwrap_or_default()
    }

    /// The title with its facts filled in: the rule file's own `[title]` if it has one,
    /// else the catalogue's `rule-<id>-title`.
    pub fn render_title(&self, lang: Lang, vars: &[(&str, String)]) -> String {
        self.render(&self.title, "title", lang, vars)
    }

    /// The argument with its facts filled in (see [`Rule::render_title`]).
    pub fn render_argument(&self, lang: Lang, vars: &[(&str, String)]) -> String {
        self.render(&self.argument, "argument", lang, vars)
    }

    /// The title as written, placeholders unfilled (for `explain` and listings).
    pub fn title_text(&self, lang: Lang) -> String {
        if self.title.is_empty() {
            // Unfilled placeholders read `{period}`, as in a rule file.
            crate::i18n::tr(lang, &format!("rule-{}-title", self.id), &[]).replace("{$", "{")
        } else {
            self.title.get(lang).to_string()
        }
    }

    fn render(&self, text: &Text, kind: &str, lang: Lang, vars: &[(&str, String)]) -> String {
        let id = format!("rule-{}-{kind}", self.id);
        if text.is_empty() && crate::i18n::has(&id) {
            let args: Vec<(&str, crate::i18n::Arg)> =
                vars.iter().map(|(k, v)| (*k, v.into())).collect();
            crate::i18n::tr(lang, &id, &args)
        } else {
            fill(text.get(lang), vars)
        }
    }
}

/// Replace `{name}` placeholders with values; unknown names are left as they are.
pub fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                let name = &after[..j];
                match vars.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The rule files shipped in `rules/`, built into the binary.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "rules/unused-service.toml",
        include_str!("../../rules/unused-service.toml"),
    ),
    (
        "rules/charge-after-cancellation.toml",
        include_str!("../../rules/charge-after-cancellation.toml"),
    ),
    (
        "rules/unsubscribed-charge.toml",
        include_str!("../../rules/unsubscribed-charge.toml"),
    ),
    (
        "rules/unexplained-deduction.toml",
        include_str!("../../rules/unexplained-deduction.toml"),
    ),
    (
        "rules/payment-mismatch.toml",
        include_str!("../../rules/payment-mismatch.toml"),
    ),
    (
        "rules/duplicate-charge.toml",
        include_str!("../../rules/duplicate-charge.toml"),
    ),
    (
        "rules/bill-total-mismatch.toml",
        include_str!("../../rules/bill-total-mismatch.toml"),
    ),
    (
        "rules/termination-fee.toml",
        include_str!("../../rules/termination-fee.toml"),
    ),
    (
        "rules/price-above-contract.toml",
        include_str!("../../rules/price-above-contract.toml"),
    ),
    (
        "rules/price-change.toml",
        include_str!("../../rules/price-change.toml"),
    ),
    (
        "rules/new-charge.toml",
        include_str!("../../rules/new-charge.toml"),
    ),
    (
        "rules/promo-expired.toml",
        include_str!("../../rules/promo-expired.toml"),
    ),
    (
        "rules/usage-fee-unbacked.toml",
        include_str!("../../rules/usage-fee-unbacked.toml"),
    ),
    (
        "rules/duplicate-payment.toml",
        include_str!("../../rules/duplicate-payment.toml"),
    ),
    (
        "rules/charge-during-suspension.toml",
        include_str!("../../rules/charge-during-suspension.toml"),
    ),
    (
        "rules/recurring-unknown.toml",
        include_str!("../../rules/recurring-unknown.toml"),
    ),
];

/// Parse one rule file.
pub fn parse_rule(origin: &str, text: &str) -> Result<Rule, ConfigError> {
    parse_rule_as(origin, text, false)
}

/// Parse one rule file; `built_in`: one of [`BUILTIN`], whose item patterns are compiled
/// when first matched (see [`ItemPattern`]).
fn parse_rule_as(origin: &str, text: &str, built_in: bool) -> Result<Rule, ConfigError> {
    let raw: RawRule =
        toml::from_str(text).map_err(|e| ConfigError::from_toml(origin, text, &e))?;
    let err = |span: std::ops::Range<usize>, msg: crate::i18n::Msg| {
        ConfigError::at(origin, text, Some(span), msg)
    };
    let id = raw.id.get_ref().trim().to_string();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(err(
            raw.id.span(),
            crate::msg!("rule-error-bad-id", found = raw.id.get_ref().as_str()),
        ));
    }
    let check = checks::by_name(raw.check.get_ref()).ok_or_else(|| {
        err(
            raw.check.span(),
            crate::msg!(
                "rule-error-unknown-check",
                check = raw.check.get_ref().as_str(),
                checks = checks::ALL
                    .iter()
                    .map(|c| c.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })?;
    let regex = |s: &Option<Spanned<String>>| -> Result<Option<ItemPattern>, ConfigError> {
        match s {
            None => Ok(None),
            Some(s) if built_in => Ok(Some(ItemPattern::built_in(s.get_ref()))),
            Some(s) => compile(s.get_ref())
                .map(|r| Some(ItemPattern::compiled(s.get_ref(), r)))
                .map_err(|e| {
                    err(
                        s.span(),
                        crate::msg!(
                            "cfg-regex",
                            detail = e.to_string().lines().last().unwrap_or("")
                        ),
                    )
                }),
        }
    };
    let amount = |s: &Option<Spanned<String>>| -> Result<Option<Decimal>, ConfigError> {
        match s {
            None => Ok(None),
            Some(s) => parse_amount(s.get_ref()).map(Some).ok_or_else(|| {
                err(
                    s.span(),
                    crate::msg!("rule-error-amount", found = s.get_ref().as_str()),
                )
            }),
        }
    };
    let filter = Filter {
        kinds: raw.filter.kinds.clone(),
        item: regex(&raw.filter.item)?,
        exclude_item: regex(&raw.filter.exclude_item)?,
        min_amount: amount(&raw.filter.min_amount)?,
        max_amount: amount(&raw.filter.max_amount)?,
    };
    let params = match &raw.params {
        Some(p) => {
            check.validate(p.get_ref()).map_err(|m| {
                err(
                    p.span(),
                    crate::msg!("rule-error-params", check = check.name(), detail = m),
                )
            })?;
            p.get_ref().clone()
        }
        None => toml::Table::new(),
    };
    let id_text = raw.id.get_ref().trim();
    for (t, kind) in [(&raw.title, "title"), (&raw.argument, "argument")] {
        if t.is_empty() && !crate::i18n::has(&format!("rule-{id_text}-{kind}")) {
            return Err(ConfigError::at(
                origin,
                text,
                None,
                crate::msg!(
                    "rule-error-needs-text",
                    kind = kind,
                    languages = Lang::all().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        if let Some(bad) = t.unknown_languages().first() {
            return Err(ConfigError::at(
                origin,
                text,
                None,
                crate::msg!(
                    "rule-error-unknown-language",
                    kind = kind,
                    language = *bad,
                    languages = Lang::all().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    if check.needs_item_filter() && filter.item.is_none() {
        return Err(ConfigError::at(
            origin,
            text,
            None,
            crate::msg!("rule-error-needs-item", check = check.name()),
        ));
    }
    Ok(Rule {
        id,
        check,
        severity: raw.severity,
        enabled: raw.enabled,
        title: raw.title,
        argument: raw.argument,
        filter,
        params,
        origin: origin.to_string(),
        source: text.to_string(),
    })
}

/// A rule's item pattern, compiled once per process however many rules share it (the
/// built-in rules repeat the same termination-fee and usage lists). Compiling is costly
/// (case-insensitive alternations), matching the few bill lines is not.
fn compile(pattern: &str) -> Result<ItemRegex, regex::Error> {
    static COMPILED: LazyLock<Mutex<HashMap<String, ItemRegex>>> = LazyLock::new(Mutex::default);
    let mut compiled = COMPILED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(r) = compiled.get(pattern) {
        return Ok(r.clone());
    }
    let r = ItemRegex::new(pattern)?;
    compiled.insert(pattern.to_string(), r.clone());
    Ok(r)
}

/// The built-in rules, parsed once per process: an audit asks for them twice (the rules it
/// runs, and which of its disabled rules are built-in ones), and tests many times.
fn builtin() -> &'static [Rule] {
    static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
        BUILTIN
            .iter()
            .map(|(name, text)| {
                parse_rule_as(&format!("builtin:{name}"), text, true)
                    .expect("built-in rules are valid (tested)")
            })
            .collect()
    });
    &RULES
}

/// The built-in rules.
pub fn builtin_rules() -> Vec<Rule> {
    builtin().to_vec()
}

/// Whether `id` is the id of a built-in rule.
pub fn is_builtin(id: &str) -> bool {
    builtin().iter().any(|r| r.id == id)
}

/// The built-in rules plus the case's own `rules/*.toml`; a case rule with the id of a
/// built-in one replaces it.
pub fn load_rules(case_rules_dir: Option<&Path>) -> Result<Vec<Rule>, ConfigError> {
    let mut rules = builtin_rules();
    if let Some(dir) = case_rules_dir.filter(|d| d.is_dir()) {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| io_config_error(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| io_config_error(&p, e))?;
            let rule = parse_rule(&p.display().to_string(), &text)?;
            match rules.iter_mut().find(|r| r.id == rule.id) {
                Some(r) => *r = rule,
                None => rules.push(rule),
            }
        }
    }
    Ok(rules)
}

fn io_config_error(p: &Path, e: std::io::Error) -> ConfigError {
    ConfigError::io(&p.display().to_string(), &e)
}

/// A file:row reference in a finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    pub file: String,
    /// 1-based page, where the file has pages (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based line (CSV, a page of a PDF), row (sheet) or table row (e-mail); null for
    /// a whole file.
    pub row: Option<u64>,
    /// `bill-line`, `bill-total`, `transaction`, `usage`, `usage-file`, `config`.
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Evidence {
    /// The place a record came from.
    pub fn at(
        source: &crate::model::SourceRef,
        kind: &'static str,
        note: Option<String>,
    ) -> Evidence {
        Evidence {
            file: source.file.to_string(),
            page: source.page,
            row: Some(source.row),
            kind,
            note,
        }
    }

    /// `file:page:line` (PDF), `file:row`, or the file alone when the evidence is a whole
    /// file: how every report, the pack and the call script cite it.
    pub fn location(&self) -> String {
        crate::model::location(&self.file, self.page, self.row)
    }
}

/// What a finding disputes, so that the disputed total counts each thing once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Disputed {
    BillLine(usize),
    Transaction(usize),
    BillTotal(Period),
    Payment(Period),
}

/// One flagged problem.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub period: Option<Period>,
    pub service: Option<String>,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub title: String,
    pub item: Option<String>,
    /// The argument for the evidence list, with this finding's facts filled in.
    pub reason: String,
    pub evidence: Vec<Evidence>,
    #[serde(skip)]
    pub disputes: Vec<(Disputed, Decimal)>,
}

impl Finding {
    /// Whether the finding disputes money (some are only for review: `new-charge`,
    /// `recurring-unknown`, a total smaller than its lines).
    pub fn is_disputed(&self) -> bool {
        self.disputes.iter().any(|(_, a)| *a > Decimal::ZERO)
    }
}

/// What the checks see.
pub struct Ctx<'a> {
    pub config: &'a Config,
    pub matched: &'a Matched,
    pub lang: Lang,
    /// See [`Ctx::duplicate_copies`].
    copies: OnceLock<BTreeSet<usize>>,
}

impl<'a> Ctx<'a> {
    pub fn new(config: &'a Config, matched: &'a Matched, lang: Lang) -> Ctx<'a> {
        Ctx {
            config,
            matched,
            lang,
            copies: OnceLock::new(),
        }
    }

    /// The bill lines `duplicate-charge` flags as extra copies, which sums of what a
    /// service costs leave out. Found once per run: several checks ask.
    pub(crate) fn duplicate_copies(&self) -> &BTreeSet<usize> {
        self.copies
            .get_or_init(|| checks::duplicate_copies(self.matched))
    }
}

/// Run every enabled rule.
pub fn run(rules: &[Rule], ctx: &Ctx<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in rules.iter().filter(|r| r.enabled) {
        let mut found = Vec::new();
        r.check.run(r, ctx, &mut found);
        out.extend(found);
    }
    let order: HashMap<&str, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    out.sort_by(|a, b| {
        (
            a.period,
            order.get(a.rule.as_str()),
            &a.service,
            a.evidence.first(),
        )
            .cmp(&(
                b.period,
                order.get(b.rule.as_str()),
                &b.service,
                b.evidence.first(),
            ))
    });
    out
}

/// The disputed total: each disputed thing counted once, at the largest amount any
/// finding disputes it for (the sum of [`disputes::disputes`], without the records).
pub fn disputed_total(findings: &[Finding]) -> Decimal {
    let mut by: BTreeMap<Disputed, Decimal> = BTreeMap::new();
    for f in findings {
        for (k, a) in &f.disputes {
            let e = by.entry(*k).or_default();
            if *a > *e {
                *e = *a;
            }
        }
    }
    by.values()
        .try_fold(Decimal::ZERO, |s, a| s.checked_add(*a))
        .unwrap_or(Decimal::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn builtin_item_patterns_compile() {
        let mut patterns = 0;
        let mut split_patterns = 0;
        for r in builtin() {
            for p in [&r.filter.item, &r.filter.exclude_item]
                .into_iter()
                .flatten()
            {
                assert!(Regex::new(p.as_str()).is_ok(), "{}", r.id);
                // Compiled when first matched, without a panic.
                p.regex();
                patterns += 1;
                // Split, where split, it matches what the whole pattern matches.
                let Some(split) = &p.split else { continue };
                split_patterns += 1;
                let whole = Regex::new(p.as_str()).unwrap();
                for text in [
                    "宽带提前解约违约金",
                    "套餐月租费",
                    "国内通话费",
                    "余额",
                    "Early Termination Fee",
                    "EARLY TERMINATION",
                    "Keep-number fee",
                    "\u{212A}eep number",
                    "SMS charges",
                    "ſms charges",
                    "Payment received",
                    "Monthly plan",
                    "违约金 fee",
                    "",
                ] {
                    assert_eq!(split.is_match(text), whole.is_match(text), "{p:?} {text}");
                }
            }
        }
        assert_eq!(patterns, 8);
        assert_eq!(split_patterns, 7);
    }

    /// Only a pattern of the built-in rules' shape is split.
    #[test]
    fn only_plain_words_and_english_words_are_split() {
        assert!(split_words("违约金|毁约金|(?i)early termination|keep[- ]number").is_some());
        for p in [
            "违约金",
            "(?i)early termination",
            "违约.|(?i)early termination",
            "违约金|(?i)early termination|\\d+",
            "违约金|(?i)early terminations?",
            "违约金|(?i)early termination|[a-z]",
            "违约金|(?i)违约金",
            "违约金||(?i)fee",
        ] {
            assert!(split_words(p).is_none(), "{p}");
        }
    }

    #[test]
    fn builtin_rules_load_and_are_all_listed() {
        let rules = builtin_rules();
        let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        for want in [
            "unused-service",
            "charge-after-cancellation",
            "unsubscribed-charge",
            "unexplained-deduction",
            "payment-mismatch",
            "duplicate-charge",
            "bill-total-mismatch",
            "termination-fee",
            "price-above-contract",
            "price-change",
            "new-charge",
            "promo-expired",
            "usage-fee-unbacked",
            "duplicate-payment",
            "charge-during-suspension",
            "recurring-unknown",
        ] {
            assert!(ids.contains(&want), "{want} missing");
        }
        // Every file in rules/ is built in.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let on_disk = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "toml")
            })
            .count();
        assert_eq!(on_disk, BUILTIN.len());
        for r in &rules {
            for lang in Lang::all() {
                let vars = [("period", "2025-06".to_string())];
                let title = r.render_title(lang, &vars);
                let argument = r.render_argument(lang, &vars);
                assert!(
                    !title.is_empty() && !title.starts_with("rule-"),
                    "{} title",
                    r.id
                );
                assert!(
                    !argument.is_empty() && !argument.starts_with("rule-"),
                    "{} argument",
                    r.id
                );
                assert!(
                    !title.contains("{period}") && !title.contains("{$period}"),
                    "{title}"
                );
            }
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("{a} and {b} {c", &[("a", "1".into()), ("b", "2".into())]),
            "1 and 2 {c"
        );
        assert_eq!(fill("{x}", &[]), "{x}");
    }

    #[test]
    fn rule_errors_have_positions() {
        let e = parse_rule("r.toml", "id = \"x\"\ncheck = \"nope\"\nseverity = \"high\"\n[title]\nen = \"t\"\n[argument]\nen = \"a\"\n").unwrap_err();
        assert_eq!(e.position(), Some((2, 9)), "{e}");
        let e = parse_rule(
            "r.toml",
            "id = \"x\"\ncheck = \"unused-service\"\nseverity = \"urgent\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line(), 3, "{e}");
    }

    #[test]
    fn a_case_rules_bad_pattern_is_an_error_when_loaded() {
        // Built-in patterns are compiled when first matched; a case rule's, even one with
        // a built-in id, when it is loaded.
        let text = "id = \"termination-fee\"\ncheck = \"item-match\"\nseverity = \"high\"\n[filter]\nitem = \"(unclosed\"\n";
        let e = parse_rule("rules/t.toml", text).unwrap_err();
        assert_eq!(e.position(), Some((5, 8)), "{e}");
        assert!(e.to_string().contains("rules/t.toml"), "{e}");
        assert!(e.to_string().contains("regular expression"), "{e}");
    }
}
