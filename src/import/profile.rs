//! Profiles: a user's description of an export that no built-in format knows, in TOML,
//! the way hledger's CSV rules describe a bank's CSV. A profile says which header cells
//! identify the export, which column holds what, the date format, the decimal mark, the
//! encoding, the sign convention and which rows to skip:
//!
//! ```toml
//! id = "mybank-debit"            # the format id `billaudit import` shows
//! match = ["记账日期", "发生额"]   # header cells that identify the export (all present)
//! preamble_contains = "某某银行"   # optional: words in the lines above the header
//! header_row = 3                 # optional: the header's 1-based row
//! encoding = "gb18030"           # optional: used when the header is found in that encoding
//! date_format = "%d/%m/%Y"       # optional: chrono format of the date column
//! decimal = ","                  # optional: "." (default) or ","
//! sign = "spend-positive"        # optional: "signed" (default) or "spend-positive"
//! skip_rows = ["^合计", "^注"]    # optional: rows whose first cell matches are skipped
//! kind = "transactions"          # optional: "transactions" (default), "bill" or "usage"
//! currency = "USD"               # optional: the amounts' currency where no column states it
//!
//! [columns]                      # header names, or 1-based column numbers
//! date = "记账日期"
//! amount = "发生额"               # or income = "…" and expense = "…"
//! direction = 5                  # optional: 借/贷, 收/支, Debit/Credit
//! counterparty = "对方户名"
//! description = "摘要"
//! id = "流水号"
//! status = "状态"
//! time = "时间"
//! currency = "币种"               # optional: the column stating each row's currency
//! ```
//!
//! A bill profile (`kind = "bill"`) names `period`, `item`, `amount` and optionally `number`;
//! a usage profile (`kind = "usage"`) names `start` and any of `end`, `duration`, `volume`,
//! `type`, `other_party`, `message_type`, `number` and `fee`, and may say which usage every
//! row is (`usage_kind = "voice" | "sms" | "data" | "broadband"`).
//!
//! Profiles live in the case folder (`CASE_DIR/profiles/*.toml`) or are given with
//! `billaudit import --profile FILE`. They are tried before the built-in formats, so a
//! profile can also take over an export a built-in format misreads. Errors point at
//! `file:line:col`.

use std::path::Path;
use std::sync::Arc;

use encoding_rs::Encoding;
use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use super::formats::spec::{Spec, BASE};
use super::generic::Layout;
use super::header::{normalize_header, Field};
use crate::config::ConfigError;

/// A column given by header name or by 1-based number.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum RawCol {
    Name(String),
    Number(usize),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawColumns {
    date: Option<Spanned<RawCol>>,
    time: Option<Spanned<RawCol>>,
    amount: Option<Spanned<RawCol>>,
    income: Option<Spanned<RawCol>>,
    expense: Option<Spanned<RawCol>>,
    direction: Option<Spanned<RawCol>>,
    counterparty: Option<Spanned<RawCol>>,
    description: Option<Spanned<RawCol>>,
    id: Option<Spanned<RawCol>>,
    status: Option<Spanned<RawCol>>,
    currency: Option<Spanned<RawCol>>,
    // bills
    period: Option<Spanned<RawCol>>,
    item: Option<Spanned<RawCol>>,
    number: Option<Spanned<RawCol>>,
    // usage
    start: Option<Spanned<RawCol>>,
    end: Option<Spanned<RawCol>>,
    duration: Option<Spanned<RawCol>>,
    volume: Option<Spanned<RawCol>>,
    #[serde(rename = "type")]
    service_type: Option<Spanned<RawCol>>,
    other_party: Option<Spanned<RawCol>>,
    message_type: Option<Spanned<RawCol>>,
    fee: Option<Spanned<RawCol>>,
}

/// What an export holds.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
enum Kind {
    #[default]
    Transactions,
    Bill,
    Usage,
}

/// The usage every row of a usage export is, unless its type column says otherwise.
#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum RawUsageKind {
    Voice,
    Sms,
    Data,
    Broadband,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
enum Sign {
    #[default]
    Signed,
    SpendPositive,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    id: Spanned<String>,
    #[serde(rename = "match")]
    matches: Spanned<Vec<String>>,
    preamble_contains: Option<String>,
    header_row: Option<u64>,
    encoding: Option<Spanned<String>>,
    date_format: Option<Spanned<String>>,
    decimal: Option<Spanned<String>>,
    #[serde(default)]
    sign: Sign,
    #[serde(default)]
    skip_rows: Vec<Spanned<String>>,
    #[serde(default)]
    kind: Kind,
    usage_kind: Option<RawUsageKind>,
    currency: Option<Spanned<String>>,
    columns: Spanned<RawColumns>,
}

#[derive(Debug, Clone)]
enum Col {
    Name(String),
    Index(usize),
}

/// A loaded profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// The format id (leaked once per loaded profile: ids are `&'static str` in layouts).
    pub id: &'static str,
    /// The file it came from.
    pub file: String,
    matches: Vec<String>,
    preamble_contains: Option<String>,
    header_row: Option<u64>,
    pub encoding: Option<&'static Encoding>,
    date_format: Option<String>,
    decimal_comma: bool,
    spend_positive: bool,
    skip_rows: Vec<Regex>,
    kind: crate::model::RecordKind,
    usage_kind: Option<crate::model::UsageKind>,
    /// The currency of every amount whose row states none.
    currency: Option<crate::model::Currency>,
    columns: Vec<(Field, Col)>,
}

impl Profile {
    /// Parse a profile; errors point at `file:line:col`.
    pub fn parse(file: &str, text: &str) -> Result<Profile, ConfigError> {
        let raw: RawProfile =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(file, text, &e))?;
        let err = |span: std::ops::Range<usize>, msg: crate::i18n::Msg| {
            ConfigError::at(file, text, Some(span), msg)
        };
        let id = raw.id.get_ref().trim().to_string();
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(err(raw.id.span(), crate::msg!("profile-bad-id")));
        }
        if super::formats::is_builtin_id(&id) || id.starts_with("generic-") {
            return Err(err(
                raw.id.span(),
                crate::msg!("profile-builtin-id", id = id.as_str()),
            ));
        }
        let matches: Vec<String> = raw
            .matches
            .get_ref()
            .iter()
            .map(|m| normalize_header(m))
            .collect();
        if matches.is_empty() || matches.iter().any(|m| m.is_empty()) {
            return Err(err(raw.matches.span(), crate::msg!("profile-no-matches")));
        }
        let encoding = match &raw.encoding {
            None => None,
            Some(e) => Some(
                Encoding::for_label(e.get_ref().trim().as_bytes()).ok_or_else(|| {
                    err(
                        e.span(),
                        crate::msg!("profile-unknown-encoding", encoding = e.get_ref().as_str()),
                    )
                })?,
            ),
        };
        if let Some(f) = &raw.date_format {
            let bad = chrono::format::StrftimeItems::new(f.get_ref())
                .any(|i| matches!(i, chrono::format::Item::Error));
            if bad || !f.get_ref().contains('%') {
                return Err(err(
                    f.span(),
                    crate::msg!("profile-bad-date-format", format = f.get_ref().as_str()),
                ));
            }
        }
        let decimal_comma = match &raw.decimal {
            None => false,
            Some(d) => match d.get_ref().as_str() {
                "." => false,
                "," => true,
                other => {
                    return Err(err(
                        d.span(),
                        crate::msg!("profile-bad-decimal", found = other),
                    ))
                }
            },
        };
        let mut skip_rows = Vec::new();
        for s in &raw.skip_rows {
            skip_rows.push(Regex::new(s.get_ref()).map_err(|e| {
                err(
                    s.span(),
                    crate::msg!("profile-bad-regex", detail = e.to_string()),
                )
            })?);
        }
        let currency = match &raw.currency {
            None => None,
            Some(c) => Some(crate::model::Currency::named(c.get_ref()).ok_or_else(|| {
                err(
                    c.span(),
                    crate::msg!("profile-bad-currency", found = c.get_ref()),
                )
            })?),
        };
        let cols_span = raw.columns.span();
        let c = raw.columns.into_inner();
        let mut columns = Vec::new();
        for (field, col) in [
            (Field::Date, c.date),
            (Field::Time, c.time),
            (Field::Amount, c.amount),
            (Field::Income, c.income),
            (Field::Expense, c.expense),
            (Field::Direction, c.direction),
            (Field::Counterparty, c.counterparty),
            (Field::Description, c.description),
            (Field::TxId, c.id),
            (Field::Status, c.status),
            (Field::Currency, c.currency),
            (Field::Period, c.period),
            (Field::Item, c.item),
            (Field::Number, c.number),
            (Field::Start, c.start),
            (Field::End, c.end),
            (Field::Duration, c.duration),
            (Field::Volume, c.volume),
            (Field::ServiceType, c.service_type),
            (Field::OtherParty, c.other_party),
            (Field::MessageType, c.message_type),
            (Field::Fee, c.fee),
        ] {
            let Some(col) = col else { continue };
            let span = col.span();
            let col = match col.into_inner() {
                RawCol::Name(n) if !n.trim().is_empty() => Col::Name(normalize_header(&n)),
                RawCol::Number(n) if n >= 1 => Col::Index(n - 1),
                _ => return Err(err(span, crate::msg!("profile-bad-column"))),
            };
            columns.push((field, col));
        }
        if let Some(msg) = missing_columns(raw.kind, &columns) {
            return Err(err(cols_span, msg));
        }
        let kind = match raw.kind {
            Kind::Transactions => crate::model::RecordKind::Transactions,
            Kind::Bill => crate::model::RecordKind::BillLines,
            Kind::Usage => crate::model::RecordKind::Usage,
        };
        let usage_kind = raw.usage_kind.map(|k| match k {
            RawUsageKind::Voice => crate::model::UsageKind::Voice,
            RawUsageKind::Sms => crate::model::UsageKind::Sms,
            RawUsageKind::Data => crate::model::UsageKind::Data,
            RawUsageKind::Broadband => crate::model::UsageKind::Broadband,
        });
        Ok(Profile {
            id: Box::leak(id.into_boxed_str()),
            file: file.to_string(),
            matches,
            preamble_contains: raw.preamble_contains,
            header_row: raw.header_row,
            encoding,
            date_format: raw.date_format.map(|f| f.into_inner()),
            decimal_comma,
            spend_positive: raw.sign == Sign::SpendPositive,
            skip_rows,
            kind,
            usage_kind,
            currency,
            columns,
        })
    }

    /// The layout, if `header` (at 1-based `line`, under `preamble`) is this export's header:
    /// the profile read as a [`Spec`], like a built-in format.
    pub(crate) fn detect(
        &self,
        header: &[String],
        preamble: &[String],
        line: u64,
    ) -> Option<Layout> {
        let named: Vec<(Field, &str)> = self
            .columns
            .iter()
            .filter_map(|(f, c)| match c {
                Col::Name(n) => Some((*f, n.as_str())),
                Col::Index(_) => None,
            })
            .collect();
        let names: Vec<&str> = named.iter().map(|(_, n)| *n).collect();
        // Every column named must be there, as well as the cells that identify the export.
        let mut required: Vec<&str> = self
            .matches
            .iter()
            .map(String::as_str)
            .chain(names.iter().copied())
            .collect();
        required.sort_unstable();
        required.dedup();
        let cols: Vec<(Field, &[&str])> = named
            .iter()
            .zip(names.chunks(1))
            .map(|((f, _), n)| (*f, n))
            .collect();
        let numbers: Vec<(Field, usize)> = self
            .columns
            .iter()
            .filter_map(|(f, c)| match c {
                Col::Index(i) => Some((*f, *i)),
                Col::Name(_) => None,
            })
            .collect();
        let preamble_any: Vec<&str> = self.preamble_contains.iter().map(String::as_str).collect();
        Spec {
            id: self.id,
            kind: self.kind,
            required: &required,
            preamble_any: &preamble_any,
            header_row: self.header_row,
            cols: &cols,
            col_numbers: &numbers,
            usage: self.usage_kind,
            date_format: self.date_format.as_deref(),
            decimal_comma: self.decimal_comma,
            spend_positive: self.spend_positive,
            skip_rows: &self.skip_rows,
            ..BASE
        }
        .detect(header, preamble, line)
        .map(|mut l| {
            l.currency.header = self.currency.or(l.currency.header);
            l
        })
    }

    /// Whether the head of a file, decoded in this profile's encoding, shows its header.
    fn claims(&self, head: &[u8]) -> Option<&'static Encoding> {
        let enc = self.encoding?;
        let (text, _, _) = enc.decode(head);
        let norm = normalize_header(&text);
        self.matches
            .iter()
            .all(|m| norm.contains(m.as_str()))
            .then_some(enc)
    }
}

/// What a profile of this kind lacks among its columns, or a column it cannot use.
fn missing_columns(kind: Kind, columns: &[(Field, Col)]) -> Option<crate::i18n::Msg> {
    let has = |f: Field| columns.iter().any(|(g, _)| *g == f);
    use super::generic::{BILL_FIELDS, TX_FIELDS, USAGE_FIELDS};
    let (allowed, needs): (&[Field], Option<&'static str>) = match kind {
        Kind::Transactions => (
            TX_FIELDS,
            if !has(Field::Date) {
                Some(crate::mid!("profile-needs-date"))
            } else if !(has(Field::Amount) || has(Field::Income) && has(Field::Expense)) {
                Some(crate::mid!("profile-needs-amount"))
            } else {
                None
            },
        ),
        Kind::Bill => (
            BILL_FIELDS,
            (!(has(Field::Period) && has(Field::Item) && has(Field::Amount)))
                .then_some(crate::mid!("profile-bill-needs")),
        ),
        Kind::Usage => (
            USAGE_FIELDS,
            (!has(Field::Start)).then_some(crate::mid!("profile-usage-needs")),
        ),
    };
    if let Some(m) = needs {
        return Some(crate::i18n::Msg::new(m, Vec::new()));
    }
    // A currency column goes with any kind that has amounts (not usage records).
    let currency_ok = |f: &Field| *f == Field::Currency && kind != Kind::Usage;
    columns
        .iter()
        .find(|(f, _)| !allowed.contains(f) && !currency_ok(f))
        .map(|(f, _)| crate::msg!("profile-column-not-allowed", column = format!("{f:?}")))
}

/// Load every `*.toml` in a folder (sorted by name); a missing folder has none.
pub fn load_dir(dir: &Path) -> Result<Vec<Profile>, ConfigError> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load_file(p)).collect()
}

/// Load one profile file.
pub fn load_file(path: &Path) -> Result<Profile, ConfigError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError::io(&name, &e))?;
    Profile::parse(&name, &text)
}

/// The encoding a profile asks for, when its header shows in the head decoded so.
pub fn encoding_for(profiles: &[Arc<Profile>], head: &[u8]) -> Option<&'static Encoding> {
    profiles.iter().find_map(|p| p.claims(head))
}

/// Profiles ready for [`crate::import::ImportOptions::profiles`]; a profile loaded again
/// from the same file replaces the earlier one.
pub fn shared(profiles: Vec<Profile>) -> Vec<Arc<Profile>> {
    let mut out: Vec<Arc<Profile>> = Vec::new();
    for p in profiles {
        out.retain(|q| q.file != p.file);
        out.push(Arc::new(p));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::generic::{source, Outcome};
    use rust_decimal_macros::dec;

    const OK: &str = r#"
id = "mybank-debit"
match = ["Buchungstag", "Betrag"]
date_format = "%d.%m.%Y"
decimal = ","
sign = "signed"
skip_rows = ["^Summe"]

[columns]
date = "Buchungstag"
amount = "Betrag"
description = 3
"#;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn reads_a_profiled_export() {
        let p = Profile::parse("p.toml", OK).unwrap();
        let h = v(&["Buchungstag", "Betrag", "Verwendungszweck"]);
        assert!(p.detect(&v(&["Datum", "Betrag"]), &[], 1).is_none());
        let mut l = p.detect(&h, &[], 1).unwrap();
        assert_eq!(l.format_id, "mybank-debit");
        let src = || source(&Arc::from("x.csv"), 2);
        match l.read_row(&v(&["03.07.2025", "-1.234,50", "Telefon"]), src()) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-1234.50));
                assert_eq!(t.date.date().to_string(), "2025-07-03");
                assert_eq!(t.description, "Telefon");
            }
            o => panic!("{o:?}"),
        }
        assert!(matches!(
            l.read_row(&v(&["Summe", "-1.234,50", ""]), src()),
            Outcome::Skip(_)
        ));
    }

    /// Profiles describe bills and usage exports too.
    #[test]
    fn bill_and_usage_profiles() {
        let bill = "id = \"mytelco-bill\"\nmatch = [\"Rechnungsmonat\", \"Posten\"]\nkind = \"bill\"\ndecimal = \",\"\n[columns]\nperiod = \"Rechnungsmonat\"\nitem = \"Posten\"\namount = \"Betrag\"\n";
        let p = Profile::parse("b.toml", bill).unwrap();
        let mut l = p
            .detect(&v(&["Rechnungsmonat", "Posten", "Betrag"]), &[], 1)
            .unwrap();
        match l.read_row(
            &v(&["2025-07", "Grundgebühr", "39,99"]),
            source(&Arc::from("b.csv"), 2),
        ) {
            Outcome::Bill(b) => {
                assert_eq!(
                    (b.period.to_string().as_str(), b.item.as_str(), b.amount),
                    ("2025-07", "Grundgebühr", dec!(39.99))
                );
            }
            o => panic!("{o:?}"),
        }
        let usage = "id = \"mytelco-calls\"\nmatch = [\"Beginn\", \"Dauer\"]\nkind = \"usage\"\nusage_kind = \"voice\"\n[columns]\nstart = \"Beginn\"\nduration = \"Dauer\"\nother_party = 3\n";
        let p = Profile::parse("u.toml", usage).unwrap();
        let mut l = p
            .detect(&v(&["Beginn", "Dauer", "Nummer"]), &[], 1)
            .unwrap();
        match l.read_row(
            &v(&["2025-07-01 10:00:00", "1:05", "0301234"]),
            source(&Arc::from("u.csv"), 2),
        ) {
            Outcome::Usage(u) => {
                assert_eq!((u.seconds, u.kind), (65, crate::model::UsageKind::Voice))
            }
            o => panic!("{o:?}"),
        }
        // A column of another kind, or a missing one, is an error at [columns].
        let e = Profile::parse("b.toml", &bill.replace("item = \"Posten\"\n", "")).unwrap_err();
        assert!(
            e.message().contains("needs `period`, `item` and `amount`"),
            "{e}"
        );
        let e = Profile::parse("u.toml", &format!("{usage}date = 1\n")).unwrap_err();
        assert!(e.message().contains("does not belong"), "{e}");
    }

    /// A profile states the currency of its amounts, or the column that states each row's;
    /// a row's column wins; an unknown code is an error at its place.
    #[test]
    fn profiles_state_a_currency() {
        let with = OK.replace("sign = \"signed\"", "sign = \"signed\"\ncurrency = \"EUR\"")
            + "currency = \"Währung\"\n";
        let p = Profile::parse("p.toml", &with).unwrap();
        let mut l = p
            .detect(&v(&["Buchungstag", "Betrag", "Text", "Währung"]), &[], 1)
            .unwrap();
        let mut cur = |row: &[&str]| match l.read_row(&v(row), source(&Arc::from("x.csv"), 2)) {
            Outcome::Tx(t) => t.currency.map(|c| c.to_string()),
            o => panic!("{o:?}"),
        };
        assert_eq!(
            cur(&["03.07.2025", "-1,00", "x", "USD"]).as_deref(),
            Some("USD")
        );
        assert_eq!(
            cur(&["03.07.2025", "-1,00", "x", ""]).as_deref(),
            Some("EUR")
        );
        let bad = OK.replace("sign = \"signed\"", "currency = \"Euro-ish\"");
        let e = Profile::parse("p.toml", &bad).unwrap_err();
        assert_eq!(e.line(), 6, "{e}");
        assert!(e.message().contains("currency"), "{e}");
    }

    #[test]
    fn errors_point_at_the_line_and_column() {
        let bad = OK.replace("decimal = \",\"", "decimal = \";\"");
        let e = Profile::parse("p.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (5, 11), "{e}");
        assert!(e.message().contains("decimal mark"), "{e}");
        let bad = OK.replace("sign = \"signed\"", "sign = \"upside-down\"");
        let e = Profile::parse("p.toml", &bad).unwrap_err();
        assert_eq!(e.line(), 6, "{e}");
        let bad = OK.replace("skip_rows = [\"^Summe\"]", "skip_rows = [\"(\"]");
        let e = Profile::parse("p.toml", &bad).unwrap_err();
        assert_eq!(e.position().unwrap(), (7, 14), "{e}");
        let bad = OK.replace("amount = \"Betrag\"\n", "");
        let e = Profile::parse("p.toml", &bad).unwrap_err();
        assert!(e.message().contains("amount"), "{e}");
        assert_eq!(e.line(), 9, "{e}");
        let bad = OK.replace("date_format = \"%d.%m.%Y\"", "date_format = \"dd.mm.yyyy\"");
        assert_eq!(Profile::parse("p.toml", &bad).unwrap_err().line(), 4);
        let bad = format!("{OK}\nfoo = 1\n");
        assert!(Profile::parse("p.toml", &bad).is_err());
        let bad = OK.replace("mybank-debit", "wechat-csv");
        assert!(Profile::parse("p.toml", &bad)
            .unwrap_err()
            .message()
            .contains("built-in"));
    }
}
