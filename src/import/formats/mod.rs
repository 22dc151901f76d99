//! Named formats: the exports of particular apps, banks and carriers, and the statement
//! formats that are not tables. This is the one place formats are registered: a new
//! format is one file (its layout, its hooks, its unit tests) and one line in [`FORMATS`].
//! See `docs/formats.md` ("Adding a format").
//!
//! Two kinds of format, each recognised from the content of a file, never from its name:
//! * a **table layout** ([`Spec`]), recognised from its header row and the lines above it
//!   and read row by row by the generic reader (CSV, workbook sheets, PDF and HTML tables);
//!   the user's profiles are specs too, tried before the built-in ones;
//! * a **text format** ([`TextFormat`]), recognised from the head of the decoded text and
//!   read whole by its own reader (OFX, CAMT, MT940, carrier reports, CDR lists);
//! * a **PDF layout** ([`PdfLayout`]) or a **mail layout** ([`MailLayout`]), recognised
//!   from the text of a PDF or the table rows of an e-mail or HTML bill.

pub(crate) mod cn;
#[cfg(test)]
mod example;
pub(crate) mod intl;
pub(crate) mod spec;

use std::cell::OnceCell;
use std::path::Path;
use std::sync::Arc;

use super::generic::Layout;
use super::header::normalize_header;
use super::mail::html::Row as MailRow;
use super::pdf::Doc;
use super::profile::Profile;
use super::statement;
use super::{FileReport, ImportError, Sink};
use spec::Spec;

/// A file read whole as text, and where it is (to find companion files beside it).
pub(crate) struct TextFile<'a> {
    pub text: &'a str,
    pub path: Option<&'a Path>,
}

/// How the cells of a line are separated.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Delim {
    Comma,
    Tab,
    Pipe,
}

/// The decoded head of a file, as the text formats' sniffers see it: its first lines'
/// cells are normalised once (by [`normalize_header`]) for all of them.
pub(crate) struct Head<'a> {
    pub text: &'a str,
    first: &'a str,
    second: &'a str,
    cells: [OnceCell<Vec<String>>; 3],
    second_cells: OnceCell<Vec<String>>,
}

impl<'a> Head<'a> {
    pub fn new(text: &'a str) -> Head<'a> {
        let mut lines = text.lines();
        let first = lines.next().unwrap_or("").trim_start_matches('\u{feff}');
        Head {
            text,
            first,
            second: lines.next().unwrap_or(""),
            cells: Default::default(),
            second_cells: OnceCell::new(),
        }
    }

    /// The first line, without a BOM.
    pub fn first(&self) -> &'a str {
        self.first
    }

    /// The normalised cells of the first line.
    pub fn cells(&self, delim: Delim) -> &[String] {
        let (i, c) = match delim {
            Delim::Comma => (0, ','),
            Delim::Tab => (1, '\t'),
            Delim::Pipe => (2, '|'),
        };
        self.cells[i].get_or_init(|| self.first.split(c).map(normalize_header).collect())
    }

    /// The normalised cells of the second line, separated by commas.
    pub fn second_cells(&self) -> &[String] {
        self.second_cells
            .get_or_init(|| self.second.split(',').map(normalize_header).collect())
    }
}

/// A format whose files are recognised from the head of their text and read whole.
pub(crate) struct TextFormat {
    /// The format's id in the registry (its reader may report a more precise one, as the
    /// OFX reader reports `ofx-sgml` or `ofx-xml`).
    pub id: &'static str,
    /// Whether the decoded head of a file (at most 64 KiB) is one of these.
    pub sniff: fn(head: &Head<'_>) -> bool,
    /// Tried after every `sniff`: whether a file beside `path` makes this one readable
    /// (a headerless file whose field names are in another file).
    pub sniff_beside: Option<fn(path: &Path, head: &str) -> bool>,
    /// Read the whole file: every row a record, a counted skip or a row error.
    pub read: fn(&TextFile<'_>, &mut dyn Sink, &mut FileReport) -> Result<(), ImportError>,
}

/// Read a ZIP (already checked by [`crate::import::guard::check_zip`]) that is one of a
/// format's downloads; `None` when it is not.
pub(crate) type ArchiveReader =
    fn(&[u8], &mut dyn Sink, &mut FileReport) -> Option<Result<(), ImportError>>;

/// A layout of a PDF's text (its lines, with the cells at their positions).
pub(crate) struct PdfLayout {
    pub id: &'static str,
    pub recognise: fn(&Doc) -> bool,
    pub read: fn(&Doc, &mut dyn Sink, &mut FileReport) -> Result<(), ImportError>,
}

/// A layout of the table rows of an e-mail or HTML bill (`context`: its subject and title).
pub(crate) struct MailLayout {
    pub id: &'static str,
    pub recognise: fn(&[MailRow]) -> bool,
    pub read: MailReader,
}

/// Reads the rows of a mail layout, with the mail's subject and title as context.
pub(crate) type MailReader =
    fn(&[MailRow], &[String], &mut dyn Sink, &mut FileReport) -> Result<(), ImportError>;

/// One registry entry: the formats one file defines.
pub(crate) enum Format {
    Tables(&'static [Spec<'static>]),
    Texts(&'static [TextFormat]),
    Archive(ArchiveReader),
    Pdf(&'static [PdfLayout]),
    Mail(&'static [MailLayout]),
}

/// Every built-in format, one line per file. Within each kind, the first that recognises a
/// file takes it: the more specific come first. Table layouts are tried after the user's
/// profiles and before the generic layouts.
pub(crate) static FORMATS: &[Format] = &[
    Format::Texts(statement::FORMATS),
    Format::Tables(cn::unicom::SPECS),
    Format::Tables(cn::cmcc::SPECS),
    Format::Tables(cn::cmcc_data::SPECS),
    Format::Tables(cn::alipay::SPECS),
    Format::Tables(cn::wechat::SPECS),
    Format::Tables(cn::platforms::SPECS),
    Format::Tables(cn::banks::SPECS),
    Format::Tables(cn::platforms::BESTPAY),
    Format::Tables(intl::banks::SPECS),
    Format::Tables(intl::carriers::bell::SPECS),
    Format::Texts(intl::carriers::verizon::FORMATS),
    Format::Texts(intl::carriers::telus::FORMATS),
    Format::Texts(intl::carriers::rogers::FORMATS),
    Format::Archive(intl::carriers::rogers::read_zip),
    Format::Texts(intl::carriers::att::FORMATS),
    Format::Texts(intl::carriers::bell::FORMATS),
    Format::Texts(intl::carriers::cdr::FORMATS),
    Format::Texts(intl::carriers::bandicoot::FORMATS),
    Format::Texts(intl::td::FORMATS),
    Format::Pdf(super::pdf::tmobile::LAYOUTS),
    Format::Mail(super::mail::cmcc::LAYOUTS),
];

/// The registry as the importers see it (in unit tests, with the example format of
/// `example.rs` after the built-in ones).
fn registry() -> impl Iterator<Item = &'static Format> {
    #[cfg(test)]
    let extra = example::FORMATS;
    #[cfg(not(test))]
    let extra: &[Format] = &[];
    FORMATS.iter().chain(extra)
}

fn table_specs() -> impl Iterator<Item = &'static Spec<'static>> {
    registry()
        .filter_map(|f| match f {
            Format::Tables(specs) => Some(*specs),
            _ => None,
        })
        .flatten()
}

fn text_formats() -> impl Iterator<Item = &'static TextFormat> {
    registry()
        .filter_map(|f| match f {
            Format::Texts(t) => Some(*t),
            _ => None,
        })
        .flatten()
}

/// The named layout of a PDF's text, if one recognises it.
pub(crate) fn pdf_layout(doc: &Doc) -> Option<&'static PdfLayout> {
    registry()
        .filter_map(|f| match f {
            Format::Pdf(l) => Some(*l),
            _ => None,
        })
        .flatten()
        .find(|l| (l.recognise)(doc))
}

/// The named layout of an e-mail's or HTML file's table rows, if one recognises them.
pub(crate) fn mail_layout(rows: &[MailRow]) -> Option<&'static MailLayout> {
    registry()
        .filter_map(|f| match f {
            Format::Mail(l) => Some(*l),
            _ => None,
        })
        .flatten()
        .find(|l| (l.recognise)(rows))
}

/// The table layout whose header this is (at 1-based `line`, under `preamble`): the
/// user's profiles first, then the built-in formats. `None`: the generic layouts decide.
pub(crate) fn detect_table(
    profiles: &[Arc<Profile>],
    header: &[String],
    preamble: &[String],
    line: u64,
) -> Option<Layout> {
    let h = spec::Header::new(header);
    profiles
        .iter()
        .find_map(|p| p.detect(header, preamble, line))
        .or_else(|| table_specs().find_map(|s| s.detect_in(&h, header, preamble, line)))
}

/// [`detect_table`] without profiles, for tests.
#[cfg(test)]
pub(crate) fn detect_builtin(header: &[String], preamble: &[String]) -> Option<Layout> {
    detect_table(&[], header, preamble, 1)
}

/// After the last row of a table: the checks of the totals its file states.
pub(crate) fn reconcile(
    layout: &Layout,
    preamble: &[String],
    trailer: &[Vec<String>],
    report: &mut FileReport,
) {
    layout.hooks.reconcile(layout, preamble, trailer, report);
}

/// The text format of a file, from its decoded head (and the files beside `path`).
pub(crate) fn sniff_text(head: &str, path: Option<&Path>) -> Option<&'static TextFormat> {
    let h = Head::new(head);
    text_formats().find(|f| (f.sniff)(&h)).or_else(|| {
        let path = path?;
        text_formats().find(|f| f.sniff_beside.is_some_and(|s| s(path, head)))
    })
}

/// Read a ZIP that is a format's download (not a workbook); `None` when none takes it.
pub(crate) fn read_archive(
    bytes: &[u8],
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Option<Result<(), ImportError>> {
    registry().find_map(|f| match f {
        Format::Archive(read) => read(bytes, sink, report),
        _ => None,
    })
}

/// Every built-in format id (a table layout's id in a workbook too).
fn ids() -> impl Iterator<Item = &'static str> {
    registry().flat_map(|f| -> Box<dyn Iterator<Item = &'static str>> {
        match f {
            Format::Tables(specs) => Box::new(
                specs
                    .iter()
                    .flat_map(|s| std::iter::once(s.id).chain(s.workbook_id)),
            ),
            Format::Texts(t) => Box::new(t.iter().map(|f| f.id)),
            Format::Archive(_) => Box::new(std::iter::empty()),
            Format::Pdf(l) => Box::new(l.iter().map(|l| l.id)),
            Format::Mail(l) => Box::new(l.iter().map(|l| l.id)),
        }
    })
}

/// Whether `id` is a built-in format's id (a profile may not take it).
pub fn is_builtin_id(id: &str) -> bool {
    ids().any(|i| i == id)
}

/// The format id of a table layout found inside a workbook (`wechat-csv` → `wechat-xlsx`).
pub fn in_workbook(id: &str) -> String {
    table_specs()
        .find(|s| s.id == id)
        .and_then(|s| s.workbook_id)
        .unwrap_or(id)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::generic::{source, Outcome};
    use crate::model::RecordKind;
    use proptest::prelude::*;

    /// The header a spec describes: its first cell, its required cells, its columns.
    fn own_header(spec: &Spec) -> Vec<String> {
        let mut h: Vec<&str> = Vec::new();
        let names = spec.cols.iter().filter_map(|(_, n)| n.first().copied());
        for n in std::iter::once(spec.first)
            .chain(spec.required.iter().copied())
            .chain(names)
        {
            if !n.is_empty() && !h.contains(&n) {
                h.push(n);
            }
        }
        h.into_iter().map(str::to_string).collect()
    }

    fn own_preamble(spec: &Spec) -> Vec<String> {
        let word = spec.preamble_any.first().copied().unwrap_or("");
        vec![format!("{word} 2025年01月")]
    }

    /// Every registered spec recognises the header it describes (a spec that could never
    /// be found is a defect, not a format).
    #[test]
    fn every_spec_recognises_its_own_header() {
        for spec in table_specs().filter(|s| s.detect.is_none()) {
            let l = spec.detect(&own_header(spec), &own_preamble(spec), 1);
            assert!(
                l.is_some(),
                "{} does not recognise {:?}",
                spec.id,
                own_header(spec)
            );
        }
    }

    proptest! {
        /// No registered table layout panics on any row; each row is a record of the
        /// layout's kind, a skip or an error; its hooks' reconciliation never panics.
        #[test]
        fn no_row_panics(cells in proptest::collection::vec("[0-9a-z/:.,¥￥()（）已退款全额收支入出借贷 \\t-]{0,24}", 0..14)) {
            for spec in table_specs().filter(|s| s.detect.is_none()) {
                let pre = own_preamble(spec);
                let Some(mut l) = spec.detect(&own_header(spec), &pre, 1) else { continue };
                for _ in 0..2 {
                    let o = l.read_row(&cells, source(&Arc::from("p.csv"), 2));
                    let kind_ok = match o {
                        Outcome::Bill(_) | Outcome::Total(_) => l.kind == RecordKind::BillLines,
                        Outcome::Usage(_) => l.kind == RecordKind::Usage,
                        Outcome::Tx(_) => l.kind == RecordKind::Transactions,
                        _ => true,
                    };
                    prop_assert!(kind_ok, "{}: {:?}", spec.id, o);
                }
                let mut report = FileReport::new(Arc::from("p.csv"));
                l.hooks.reconcile(&l, &pre, std::slice::from_ref(&cells), &mut report);
            }
        }
    }

    /// Every format id is registered once: two files cannot claim one id.
    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = ids().collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "{ids:?}");
        assert!(is_builtin_id("cmcc-data") && is_builtin_id("verizon-rdd-usage"));
        assert!(is_builtin_id("tmobile-pdf") && is_builtin_id("cmcc-bill-mail"));
        assert!(is_builtin_id("wechat-xlsx") && !is_builtin_id("mybank-debit"));
    }

    /// A header is taken by the first spec that recognises it, and that spec's id is the
    /// layout's: a spec's knowledge never leaks into another's layout.
    #[test]
    fn the_first_spec_that_recognises_a_header_takes_it() {
        let headers: &[&[&str]] = &[
            &["时间", "方式", "业务名称", "业务端口", "金额(元)"],
            &[
                "序号",
                "业务类型",
                "通话起始时间",
                "通话时长",
                "呼叫类型",
                "通话费",
            ],
            &["时间", "地区", "方式", "时长", "流量(M)"],
            &[
                "交易时间",
                "交易分类",
                "交易对方",
                "对方账号",
                "商品说明",
                "收/支",
                "金额",
                "收/付款方式",
                "交易状态",
                "交易订单号",
                "商家订单号",
                "备注",
            ],
            &[
                "Type",
                "Product",
                "Started Date",
                "Completed Date",
                "Description",
                "Amount",
                "Fee",
                "Currency",
                "State",
                "Balance",
            ],
            &[
                "Invoice Date",
                "Mobile Number",
                "Charge Type",
                "Charge Name",
                "Charge Amount",
                "Total Before Taxes",
            ],
        ];
        let pre = vec!["支付宝（中国）网络技术有限公司".to_string()];
        for h in headers {
            let h: Vec<String> = h.iter().map(|s| s.to_string()).collect();
            let first = table_specs()
                .find(|s| s.detect(&h, &pre, 1).is_some())
                .unwrap_or_else(|| panic!("{h:?}"));
            let l = detect_builtin(&h, &pre).unwrap();
            assert_eq!(l.format_id, first.id);
            assert!(is_builtin_id(l.format_id));
        }
    }
}
