//! Rogers: `rogers-calls`, the headerless `ALL_CALLS-*.txt` call detail (`|`), read with
//! the field definition file (`Header-*.txt`) beside it or in the same ZIP; and
//! `rogers-charges`, the "Cost Centre Detail-Monthly Charges Breakdown" (`|`, two report
//! heading lines, a bill line per non-zero charge column checked against the row's total).
//! A field definition file on its own is recognised and refused with the reason.

use chrono::{NaiveDate, NaiveTime};

use super::{
    err, money, norm_cells, read, read_with, Charges, ChargesSpec, Cols, Cx, Heading, Row,
    RowReader, Rows, Table,
};
use crate::import::formats::{Head, TextFormat};
use crate::import::generic::Outcome;
use crate::import::header::normalize_header;
use crate::import::statement::unusable;
use crate::import::{FileReport, ImportError, Sink};
use crate::model::{RecordKind, SourceRef, UsageKind, UsageRecord};

fn is_charges(head: &Head<'_>) -> bool {
    if head.first().trim() != "Cost Centre Detail-Monthly Charges Breakdown" {
        return false;
    }
    let cells = norm_cells(head.text.lines().nth(2).unwrap_or(""), '|');
    cells.iter().any(|c| c == "billingperiodenddate")
        && cells.iter().any(|c| c == "totalcurrentcharges")
}

const CALLS: Table = Table {
    id: "rogers-calls",
    kind: RecordKind::Usage,
    delimiter: b'|',
    heading: &[],
    open: |f, report| match f.path.and_then(|p| rogers_companion(p, f.text)) {
        Some(defs) => Ok(Box::new(RogersState::new(defs, report))),
        None => Err(unusable(report, crate::msg!("rogers-calls-without-header"))),
    },
};

const HEADER: Table = Table {
    id: "rogers-header",
    kind: RecordKind::Usage,
    delimiter: b'|',
    heading: &[],
    open: |_, report| Err(unusable(report, crate::msg!("rogers-header-file"))),
};

const CHARGES: Table = Table {
    id: "rogers-charges",
    kind: RecordKind::BillLines,
    delimiter: b'|',
    heading: &[Heading::Title, Heading::Title, Heading::Header],
    open: |_, _| Ok(Box::new(Charges(&ROGERS_CHARGES))),
};

pub(crate) static FORMATS: &[TextFormat] = &[
    TextFormat {
        id: HEADER.id,
        sniff: |h| rogers_header(h.text).is_some(),
        sniff_beside: None,
        read: |f, sink, r| read(&HEADER, f, sink, r),
    },
    TextFormat {
        id: CHARGES.id,
        sniff: is_charges,
        sniff_beside: None,
        read: |f, sink, r| read(&CHARGES, f, sink, r),
    },
    TextFormat {
        id: CALLS.id,
        sniff: |_| false,
        sniff_beside: Some(|p, h| rogers_companion(p, h).is_some()),
        read: |f, sink, r| read(&CALLS, f, sink, r),
    },
];

/// A Rogers field definition file: `Voice Type : 03/21/2023 - 04/20/2023`, then
/// `Name,width,Type` lines. Returns the type, the period and the field names.
pub(crate) fn rogers_header(text: &str) -> Option<RogersDefs> {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r'));
    let first = lines.next()?.trim_start_matches('\u{feff}');
    let (kind, range) = first.split_once(" Type : ")?;
    let period = range.split_once(" - ").and_then(|(a, b)| {
        Some((
            NaiveDate::parse_from_str(a.trim(), "%m/%d/%Y").ok()?,
            NaiveDate::parse_from_str(b.trim(), "%m/%d/%Y").ok()?,
        ))
    });
    let mut names = Vec::new();
    for l in lines.take(500) {
        if l.trim().is_empty() {
            continue;
        }
        let parts: Vec<&str> = l.split(',').collect();
        if parts.len() != 3 || parts[1].trim().parse::<u32>().is_err() {
            return None;
        }
        names.push(parts[0].trim().to_string());
    }
    (!names.is_empty()).then(|| (kind.trim().to_string(), period, names))
}

/// What a Rogers field definition file says: type, period, field names.
pub(crate) type RogersDefs = (String, Option<(NaiveDate, NaiveDate)>, Vec<String>);

/// The Rogers field definition file beside a headerless `|` call file, if one fits: its
/// field count matches the data rows; several that fit are told apart by the name part
/// after `Header-` / `ALL_CALLS-`.
pub(crate) fn rogers_companion(path: &std::path::Path, head: &str) -> Option<RogersDefs> {
    rogers_fields(head)?;
    let dir = path.parent()?;
    let dir = if dir.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        dir
    };
    let own = path.file_name()?.to_string_lossy().into_owned();
    let mut candidates = Vec::new();
    for e in std::fs::read_dir(dir).ok()?.flatten().take(500) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_header_name(&name) {
            continue;
        }
        let Ok(meta) = e.metadata() else { continue };
        if meta.len() > 64 * 1024 {
            continue;
        }
        let Ok(bytes) = std::fs::read(e.path()) else {
            continue;
        };
        candidates.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    pick_companion(&own, head, &candidates)
}

/// The number of `|` fields of a headerless Rogers call file's first line (None when it
/// does not look like one).
fn rogers_fields(head: &str) -> Option<usize> {
    let first = head.lines().next()?;
    let fields = first.split('|').count();
    (fields >= 8 && !first.contains(" Type : ")).then_some(fields)
}

fn is_header_name(name: &str) -> bool {
    let n = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    n.starts_with("header") && n.ends_with(".txt")
}

/// The part of a name after the first `-`, without `.txt`: `ALL_CALLS-GPRS-Rm.txt` → `gprs-rm`.
fn name_suffix(name: &str) -> String {
    let n = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
    n.trim_end_matches(".txt")
        .split_once('-')
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

/// Among candidate definition files (name, text), the one whose field count fits the data
/// file; several that fit are told apart by the name part after `Header-` / `ALL_CALLS-`.
fn pick_companion(
    own_name: &str,
    head: &str,
    candidates: &[(String, String)],
) -> Option<RogersDefs> {
    let fields = rogers_fields(head)?;
    let own_suffix = name_suffix(own_name);
    let mut fits: Vec<(String, RogersDefs)> = candidates
        .iter()
        .filter_map(|(name, text)| {
            let h = rogers_header(text)?;
            (h.2.len() == fields || h.2.len() + 1 == fields).then(|| (name_suffix(name), h))
        })
        .collect();
    if fits.len() > 1 {
        let i = fits
            .iter()
            .position(|(suf, _)| !suf.is_empty() && own_suffix.starts_with(suf.as_str()))?;
        return Some(fits.swap_remove(i).1);
    }
    fits.pop().map(|(_, h)| h)
}

/// A Rogers call-detail download as delivered: a ZIP holding `ALL_CALLS-*.txt` and its
/// `Header-*.txt`. Returns `None` when the ZIP is not one (a spreadsheet, say). The ZIP's
/// central directory has been checked by [`crate::import::guard::check_zip`] already, and the
/// `zip` crate stops each member at its declared size.
pub(crate) fn read_zip(
    bytes: &[u8],
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Option<Result<(), ImportError>> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    let is_data = |n: &str| {
        let base = n.rsplit('/').next().unwrap_or(n).to_ascii_lowercase();
        base.starts_with("all_calls") && base.ends_with(".txt")
    };
    if !names.iter().any(|n| is_data(n)) || !names.iter().any(|n| is_header_name(n)) {
        return None;
    }
    let mut read = |name: &str| -> Option<String> {
        let mut f = archive.by_name(name).ok()?;
        let mut buf = Vec::new();
        (&mut f)
            .take(crate::import::statement::MAX_STATEMENT_BYTES)
            .read_to_end(&mut buf)
            .ok()?;
        let enc = crate::import::text::sniff_encoding(&buf[..buf.len().min(64 * 1024)]);
        Some(enc.decode(&buf).0.into_owned())
    };
    let headers: Vec<(String, String)> = names
        .iter()
        .filter(|n| is_header_name(n))
        .filter_map(|n| read(n).map(|t| (n.clone(), t)))
        .collect();
    let data: Vec<(String, String)> = names
        .iter()
        .filter(|n| is_data(n))
        .filter_map(|n| read(n).map(|t| (n.clone(), t)))
        .collect();
    if data.len() != 1 {
        return Some(Err(unusable(
            report,
            crate::msg!("rogers-zip-many", count = data.len()),
        )));
    }
    let (name, text) = &data[0];
    let Some(defs) = pick_companion(name, text, &headers) else {
        return Some(Err(unusable(
            report,
            crate::msg!("rogers-zip-no-header", name = name),
        )));
    };
    report
        .notes
        .push(crate::msg!("rogers-note-from-zip", name = name));
    report.encoding = Some("zip".into());
    Some(read_with(
        &CALLS,
        Box::new(RogersState::new(defs, report)),
        text,
        sink,
        report,
    ))
}

/// Reads the rows of a headerless call file with the field names of its definition file.
struct RogersState {
    kind: String,
    cols: Cols,
}

impl RogersState {
    /// The reader for these field definitions; the definitions' period is the coverage.
    fn new((kind, period, names): RogersDefs, report: &mut FileReport) -> RogersState {
        if let Some((from, to)) = period {
            report.coverage = Some(crate::model::DateRange { from, to });
        }
        report
            .notes
            .push(crate::msg!("rogers-note-field-names", kind = &kind));
        RogersState {
            cols: Cols {
                names: names.iter().map(|n| normalize_header(n)).collect(),
                raw: names,
            },
            kind,
        }
    }
}

impl RowReader for RogersState {
    fn row(&mut self, row: &Row<'_>, cx: &mut Cx<'_>) -> Rows {
        Rows::One(self.call(row, cx.src.clone()))
    }
}

impl RogersState {
    fn call(&self, r: &Row, src: SourceRef) -> Outcome {
        let c = &self.cols;
        let di = c.idx("date");
        let Some(date) = NaiveDate::parse_from_str(&r.at(di), "%m%d%Y").ok() else {
            return err(
                di,
                "Date",
                crate::msg!("expect-date-like", example = "04202023 (MMDDYYYY)"),
                &r.at(di),
            );
        };
        let ti = c.idx("time");
        let time = match ti {
            None => NaiveTime::MIN,
            Some(_) => match crate::parse::parse_time(&r.at(ti)) {
                Some(t) => t,
                None => {
                    return err(
                        ti,
                        "Time",
                        crate::msg!("expect-time-like", example = "181239 (HHMMSS)"),
                        &r.at(ti),
                    )
                }
            },
        };
        let si = c.idx("seconds");
        let seconds = match si {
            None => 0,
            Some(_) => match r.at(si).parse::<u64>() {
                Ok(v) => v,
                Err(_) => {
                    return err(
                        si,
                        "Seconds",
                        crate::msg!("expect-whole-seconds"),
                        &r.at(si),
                    )
                }
            },
        };
        let vi = c.idx("volume(kb)");
        let bytes = match vi {
            None => 0,
            Some(_) => match r.at(vi).parse::<u64>() {
                Ok(v) => v.saturating_mul(1024),
                Err(_) => {
                    return err(
                        vi,
                        "Volume (KB)",
                        crate::msg!("expect-kilobytes"),
                        &r.at(vi),
                    )
                }
            },
        };
        let fi = c.idx("totalcallcharges");
        let Some(fee) = money(&r.at(fi)) else {
            return err(
                fi,
                "Total Call Charges",
                crate::msg!("expect-amount-like", example = ".74"),
                &r.at(fi),
            );
        };
        let k = self.kind.to_ascii_lowercase();
        let kind = if k.starts_with("sms") {
            UsageKind::Sms
        } else if k.starts_with("gprs") {
            UsageKind::Data
        } else {
            UsageKind::Voice
        };
        Outcome::Usage(UsageRecord {
            start: date.and_time(time),
            kind,
            number: Some(r.at(c.idx("usernumber")).into_owned()).filter(|s| !s.is_empty()),
            seconds,
            bytes,
            fee,
            source: src,
        })
    }
}

static ROGERS_CHARGES: ChargesSpec = ChargesSpec {
    period: "billingperiodenddate",
    number: "usernumber",
    total: Some("totalcurrentcharges"),
    charges: None,
    not_charges: &[
        "billingperiodenddate",
        "reportlevel",
        "billingaccount",
        "usernumber",
        "username",
        "subtotal",
        "totalcurrentchargesnon-taxable",
        "totalcurrentchargestaxable",
        "totalcurrentcharges",
    ],
};
