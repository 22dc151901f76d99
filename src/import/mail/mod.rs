//! E-mail bills (`.eml`, `.mht`) and saved HTML bills: the HTML tables are read as bill
//! lines, and every attachment is passed to the other importers.
//!
//! China Mobile sends its monthly bill to the 139 mailbox as a GBK HTML e-mail whose fee
//! table has parent rows (套餐及固定费用, 语音通信费, 上网费, …) and child rows under them
//! ([`cmcc`]). Other HTML tables are read like any table, from a header row the table
//! importers know. A "row" of an e-mail is one table row of its HTML (`file:row` cites the
//! Nth table row); an attachment's records cite `mail.eml#attachment-name` and its own rows.

pub(crate) mod cmcc;
pub(crate) mod html;

use mail_parser::{MessageParser, MimeHeaders};

use super::{FileReport, ImportError, ImportOptions, Sink, TableReader};
use html::Row;

/// The largest e-mail read (attachments included).
pub const MAX_MAIL_BYTES: u64 = 64 << 20;
/// How deep attachments inside attachments are followed.
const MAX_NESTING: u8 = 2;

/// What the head of a text file says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A MIME message: an `.eml`, or a `.mht` web archive.
    Mime,
    /// An HTML document.
    Html,
}

/// Recognise an e-mail or HTML document from the decoded head of a file.
pub fn sniff(head: &str) -> Option<Kind> {
    let t = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let start: String = t
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Some(Kind::Html);
    }
    // Header lines (`Name: value`, folded lines starting with white space) up to the
    // first empty line, naming a MIME version or content type.
    let mut mime = false;
    for line in t.lines().take(200) {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let (name, _) = line.split_once(':')?;
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        let name = name.to_ascii_lowercase();
        mime |= name == "mime-version" || name == "content-type";
    }
    mime.then_some(Kind::Mime)
}

/// Read a whole e-mail or HTML file.
pub(crate) fn import(
    kind: Kind,
    bytes: &[u8],
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
    nesting: u8,
) -> Result<(), ImportError> {
    match kind {
        Kind::Html => {
            let text = decode_html(bytes);
            report.format = Some("html".into());
            read_tables(&html::rows(&text), &[], opts, sink, report)
        }
        Kind::Mime => import_mime(bytes, opts, sink, report, nesting),
    }
}

fn import_mime(
    bytes: &[u8],
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
    nesting: u8,
) -> Result<(), ImportError> {
    let Some(msg) = MessageParser::default().parse(bytes) else {
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("mail-unparsed"),
        });
    };
    report.encoding = Some("mime".into());
    let mut rows = Vec::new();
    for part in msg.html_bodies().filter(|p| p.is_text_html()) {
        if let Some(text) = part.text_contents() {
            rows.extend(html::rows(text));
        }
    }
    let context: Vec<String> = msg.subject().map(str::to_string).into_iter().collect();
    let mut read_any = false;
    let mut failure = None;
    if !rows.is_empty() {
        match read_tables(&rows, &context, opts, sink, report) {
            Ok(()) => read_any = true,
            Err(e) => failure = Some(e),
        }
    }
    for (i, part) in msg.attachments().enumerate() {
        let name = part
            .attachment_name()
            .map(str::to_string)
            .unwrap_or_else(|| format!("attachment-{}", i + 1));
        let shown = format!("{}#{name}", report.file);
        if part
            .content_type()
            .is_some_and(|c| c.ctype().eq_ignore_ascii_case("image"))
        {
            report
                .notes
                .push(crate::msg!("mail-note-attachment-image", name = &name));
            continue;
        }
        if part.is_message() || nesting >= MAX_NESTING {
            report.notes.push(crate::msg!(
                "mail-note-attachment-nested",
                name = &name,
                max = u32::from(MAX_NESTING)
            ));
            continue;
        }
        let inner = super::import_bytes(part.contents(), &shown, opts, sink, nesting + 1);
        read_any |= inner.usable();
        merge(report, inner);
    }
    if read_any {
        if let Some(e) = failure {
            report.notes.push(crate::msg!(
                "mail-note-own-tables",
                file = e.file(),
                error = e.detail()
            ));
        }
        return Ok(());
    }
    Err(failure.unwrap_or_else(|| ImportError::Unrecognised {
        file: report.file.clone(),
        reason: crate::msg!("mail-nothing-read", count = msg.attachment_count()),
    }))
}

/// Count an attachment's rows, records, skips and errors with the message's, and say how
/// it was read.
fn merge(report: &mut FileReport, inner: FileReport) {
    report.rows += inner.rows;
    report.records += inner.records;
    for (reason, n) in inner.skipped {
        *report
            .skipped
            .entry(crate::msg!(
                "skip-in-attachment",
                file = &*inner.file,
                reason = reason
            ))
            .or_default() += n;
    }
    report.error_count += inner.error_count;
    report.errors.extend(inner.errors);
    report.reconciliation.extend(inner.reconciliation);
    report.usage_kinds.extend(inner.usage_kinds);
    for (p, n) in inner.unread_usage {
        *report.unread_usage.entry(p).or_default() += n;
    }
    if report.kind.is_none() {
        report.kind = inner.kind;
    }
    report.notes.push(match (&inner.failure, &inner.format) {
        (Some(e), _) => crate::msg!(
            "mail-note-attachment-not-read",
            file = e.file(),
            error = e.detail()
        ),
        (None, f) => crate::msg!(
            "mail-note-attachment-read",
            file = &*inner.file,
            format = f.as_deref().unwrap_or("?"),
            count = inner.records
        ),
    });
    if inner.failure.is_some() {
        // The attachment is a row of the message that could not be read.
        report.rows += 1;
        report.error_count += 1;
    }
    report.notes.extend(inner.notes);
}

/// The table rows of an e-mail's HTML parts (or an HTML file) as read, numbered as
/// evidence cites them, and the attachments: `billaudit import --dump-text`.
pub(crate) fn dump(kind: Kind, bytes: &[u8], file: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let (rows, attachments) = match kind {
        Kind::Html => (html::rows(&decode_html(bytes)), Vec::new()),
        Kind::Mime => match MessageParser::default().parse(bytes) {
            Some(msg) => {
                let rows = msg
                    .html_bodies()
                    .filter(|p| p.is_text_html())
                    .filter_map(|p| p.text_contents())
                    .flat_map(html::rows)
                    .collect();
                let names = msg
                    .attachments()
                    .enumerate()
                    .map(|(i, p)| {
                        p.attachment_name()
                            .map(str::to_string)
                            .unwrap_or_else(|| format!("attachment-{}", i + 1))
                    })
                    .collect();
                (rows, names)
            }
            None => (Vec::new(), Vec::new()),
        },
    };
    let _ = writeln!(out, "== {file}: {} table rows ==", rows.len());
    for (i, r) in rows.iter().enumerate() {
        let indent = if r.indented { "  " } else { "" };
        let _ = writeln!(out, "{}: {indent}{}", i + 1, r.cells.join(" | "));
    }
    for name in attachments {
        let _ = writeln!(out, "attachment: {file}#{name}");
    }
    out
}

/// Read table rows: a China Mobile bill, else a table with a header row the table
/// importers know.
fn read_tables(
    rows: &[Row],
    context: &[String],
    opts: &ImportOptions,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Result<(), ImportError> {
    if let Some(layout) = super::formats::mail_layout(rows) {
        return (layout.read)(rows, context, sink, report);
    }
    let mut table = TableReader::new(sink, opts);
    for (i, row) in rows.iter().enumerate() {
        table.row(&row.cells, i as u64 + 1, report);
    }
    table.finish(report);
    if table.layout.is_none() {
        // Nothing was read: the rows counted as preamble are not this file's result.
        report.rows = 0;
        report.skipped.clear();
        report.kind = None;
        return Err(ImportError::Unrecognised {
            file: report.file.clone(),
            reason: crate::msg!("html-nothing-recognised", count = rows.len()),
        });
    }
    report.notes.push(crate::msg!("html-note-rows"));
    Ok(())
}

/// Decode a saved HTML file: a BOM, else the charset its `<meta>` names, else a guess.
fn decode_html(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(4096)];
    let ascii_head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let named = ascii_head.find("charset=").and_then(|i| {
        let rest = ascii_head[i + 8..].trim_start_matches(['"', '\'']);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        encoding_rs::Encoding::for_label(&rest.as_bytes()[..end])
    });
    let enc = encoding_rs::Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or(named)
        .unwrap_or_else(|| super::text::sniff_encoding(head));
    // GBK and GB2312 labels name a subset of GB18030: decode as the superset.
    let enc = if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    };
    enc.decode(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_and_html_heads() {
        let eml = "Received: from mx\r\n\tby x\r\nFrom: 10086 <hn10086@10086.cn>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b";
        assert_eq!(sniff(eml), Some(Kind::Mime));
        let mht = "From: <Saved by Blink>\nSnapshot-Content-Location: https://x\nSubject: bill\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype=\"text/html\"\n\n";
        assert_eq!(sniff(mht), Some(Kind::Mime));
        assert_eq!(sniff("\u{feff}<!DOCTYPE html><html>"), Some(Kind::Html));
        assert_eq!(sniff("<HTML><body>"), Some(Kind::Html));
        // A CSV whose first cell has a colon is no e-mail; nor is a header without MIME.
        assert_eq!(sniff("交易时间: 2025,金额\n1,2\n"), None);
        assert_eq!(sniff("Date: 2025-01-01\nAmount: 3\n\n"), None);
        assert_eq!(sniff("账期,项目,金额\n2025-01,月租,10\n"), None);
    }
}
