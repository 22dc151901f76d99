//! The one description of a named table layout, used by the built-in formats (Chinese
//! apps, banks and carriers; Western banks and carrier spreadsheets) and by the user's
//! profiles (`CASE_DIR/profiles/*.toml`) alike: the header cells that identify it, the
//! column of each field, its conventions, and its [`Hooks`] where the generic reader's
//! conventions do not say enough.

use regex::Regex;

use crate::import::generic::{Hooks, Layout, NoHooks};
use crate::import::header::{header_base, normalize_header, Field};
use crate::model::{RecordKind, UsageKind};

/// How a layout's header names are compared with a file's header cells (both normalised
/// by [`normalize_header`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Matching {
    /// The whole cell: `金额（元）` is not `金额`.
    Exact,
    /// The whole cell, else the cell without its unit in brackets (`Betrag (EUR)` is `betrag`).
    ExactThenBase,
    /// The cell without its unit in brackets only (`实收通信费(元)` is `实收通信费`).
    Base,
}

/// A header row, normalised for lookups.
pub(crate) struct Header {
    pub norm: Vec<String>,
    /// How many cells are not empty.
    non_empty: usize,
}

impl Header {
    pub fn new(raw: &[String]) -> Header {
        let norm: Vec<String> = raw.iter().map(|h| normalize_header(h)).collect();
        Header {
            non_empty: norm.iter().filter(|c| !c.is_empty()).count(),
            norm,
        }
    }

    /// The 0-based column whose header is `name` (compared whole).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.find_as(Matching::Exact, name)
    }

    /// The 0-based column whose header is `name`, compared as `matching` says.
    pub fn find_as(&self, matching: Matching, name: &str) -> Option<usize> {
        let n = normalize_header(name);
        let exact = || self.norm.iter().position(|h| *h == n);
        let base = || self.norm.iter().position(|h| header_base(h) == n);
        match matching {
            Matching::Exact => exact(),
            Matching::ExactThenBase => exact().or_else(base),
            Matching::Base => base(),
        }
    }

    /// Whether the header starts with these cells, in this order.
    pub fn starts_with(&self, names: &[&str]) -> bool {
        names
            .iter()
            .enumerate()
            .all(|(i, n)| self.norm.get(i) == Some(&normalize_header(n)))
    }
}

/// Finds a layout from a header row and the lines above it.
pub(crate) type DetectFn = fn(&[String], &[String]) -> Option<Layout>;

/// A named table layout. Static layouts are written as `Spec { id, required, cols, ..BASE }`
/// (see [`BASE`]); a profile builds one that borrows from itself.
pub(crate) struct Spec<'a> {
    /// The format id (`billaudit import` shows it).
    pub id: &'static str,
    /// The format id of this layout found in a workbook, where it has its own.
    pub workbook_id: Option<&'static str>,
    pub kind: RecordKind,
    /// Header cells that must all be present (each named once).
    pub required: &'a [&'a str],
    /// The first header cell, where the column order tells two layouts apart ("" = any).
    pub first: &'a str,
    /// A line above the header must contain one of these (empty: no condition).
    pub preamble_any: &'a [&'a str],
    /// The header's 1-based row, where the layout says it.
    pub header_row: Option<u64>,
    pub matching: Matching,
    /// Each field with the header names that may hold it; the first present wins, and a
    /// field none of whose names is present is unmapped.
    pub cols: &'a [(Field, &'a [&'a str])],
    /// Fields given by 0-based column number (profiles).
    pub col_numbers: &'a [(Field, usize)],
    /// Usage: the kind every row has unless its type column says otherwise.
    pub usage: Option<UsageKind>,
    /// chrono format of the date column (`%m/%d/%Y`); `None` for the usual forms.
    pub date_format: Option<&'a str>,
    /// Amounts written `1.234,56`.
    pub decimal_comma: bool,
    /// One amount column where spending is positive (card statements).
    pub spend_positive: bool,
    /// A fee column charged on top of the amount (Revolut).
    pub fee: Option<&'a str>,
    /// The counterparty of money coming in, where another column names the payee of money
    /// going out (Venmo `From` / `To`).
    pub counterparty_in: Option<&'a str>,
    /// The date column used where the date cell is empty.
    pub date_fallback: Option<&'a str>,
    /// More columns whose text is added to the description.
    pub more_description: &'a [&'a str],
    /// Bill lines: columns whose text is added to the item, each after its label.
    pub item_parts: &'a [(&'a [&'a str], &'static str)],
    /// Columns the format's hooks read by name (see [`Layout::extra_col`]).
    pub extra: &'static [&'static str],
    /// Rows whose first non-empty cell matches one of these are skipped (profiles).
    pub skip_rows: &'a [Regex],
    /// A last condition on the header and the lines above it.
    pub accept: fn(&Header, &[String]) -> bool,
    /// Conventions found in the header or the lines above it (a statement month in the title…).
    pub setup: fn(&mut Layout, &Header, &[String]),
    /// Where the header alone does not describe the layout: find it another way.
    pub detect: Option<DetectFn>,
    /// What the format adds to the generic reader (refund rules, its stated totals…).
    pub hooks: &'static dyn Hooks,
}

/// The defaults of a spec: a transaction layout with no conditions beyond its columns.
pub(crate) const BASE: Spec<'static> = Spec {
    id: "",
    workbook_id: None,
    kind: RecordKind::Transactions,
    required: &[],
    first: "",
    preamble_any: &[],
    header_row: None,
    matching: Matching::Exact,
    cols: &[],
    col_numbers: &[],
    usage: None,
    date_format: None,
    decimal_comma: false,
    spend_positive: false,
    fee: None,
    counterparty_in: None,
    date_fallback: None,
    more_description: &[],
    item_parts: &[],
    extra: &[],
    skip_rows: &[],
    accept: |_, _| true,
    setup: |_, _, _| {},
    detect: None,
    hooks: &NoHooks,
};

impl Spec<'_> {
    /// The layout, if `raw` (the header, at 1-based `line`, under `preamble`) is this one's.
    pub(crate) fn detect(&self, raw: &[String], preamble: &[String], line: u64) -> Option<Layout> {
        self.detect_in(&Header::new(raw), raw, preamble, line)
    }

    /// [`Spec::detect`] with the header `raw` already normalised as `h` (it is normalised
    /// once for all the specs tried on it).
    pub(crate) fn detect_in(
        &self,
        h: &Header,
        raw: &[String],
        preamble: &[String],
        line: u64,
    ) -> Option<Layout> {
        if let Some(detect) = self.detect {
            return detect(raw, preamble);
        }
        // Distinct required names are found in distinct cells: a row with fewer cells (a
        // title line) is passed over before any name is looked up.
        if self.header_row.is_some_and(|r| r != line) || self.required.len() > h.non_empty {
            return None;
        }
        let find = |name: &str| h.find_as(self.matching, name);
        if !self.required.iter().all(|r| find(r).is_some())
            || (!self.first.is_empty() && !h.starts_with(&[self.first]))
            || (!self.preamble_any.is_empty()
                && !preamble
                    .iter()
                    .any(|l| self.preamble_any.iter().any(|w| l.contains(w))))
            || !(self.accept)(h, preamble)
        {
            return None;
        }
        let first_of = |names: &[&str]| names.iter().find_map(|n| find(n));
        let cols = self
            .cols
            .iter()
            .filter_map(|(f, names)| first_of(names).map(|i| (*f, i)))
            .chain(self.col_numbers.iter().copied())
            .collect();
        let mut l = Layout::named(self.kind, self.id, raw, cols);
        self.conventions(&mut l, &find);
        l.extra_cols = self
            .extra
            .iter()
            .filter_map(|n| find(n).map(|i| (*n, i)))
            .collect();
        (self.setup)(&mut l, h, preamble);
        l.is_complete().then_some(l)
    }

    /// Set the layout's conventions from the spec's fields.
    fn conventions(&self, l: &mut Layout, find: &dyn Fn(&str) -> Option<usize>) {
        l.set_implied_usage(self.usage);
        l.hooks = self.hooks;
        let o = &mut l.opts;
        o.date_format = self.date_format.map(str::to_string);
        o.decimal_comma = self.decimal_comma;
        o.spend_positive = self.spend_positive;
        o.fee_col = self.fee.and_then(find);
        o.counterparty_in = self.counterparty_in.and_then(find);
        o.date_fallback = self.date_fallback.and_then(find);
        o.more_description = self
            .more_description
            .iter()
            .filter_map(|n| find(n))
            .collect();
        o.item_parts = self
            .item_parts
            .iter()
            .filter_map(|(names, label)| names.iter().find_map(|n| find(n)).map(|i| (i, *label)))
            .collect();
        o.skip_rows = self.skip_rows.to_vec();
    }
}
