//! Reports: the terminal summary, JSON and CSV for machines, and the Markdown evidence list
//! with the call script. Every function returns a `String`; the CLI decides where it goes.

pub mod chart;
pub use crate::jurisdiction::deadlines;
pub mod html;
pub use crate::jurisdiction::legal;
pub mod script;

pub use html::{html, PackOptions};

use std::collections::BTreeMap;
use std::fmt::Write as _;

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, ContentArrangement, Table};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::import::{FileReport, ImportError};
use crate::rules::{Dispute, Finding};
use script::{call_script, hotline, ScriptOptions};

/// The JSON schema version.
pub const JSON_VERSION: u32 = 1;

/// An amount with at least two decimals, as a string (`258.00`).
pub fn amount_str(d: Decimal) -> String {
    if d.scale() < 2 {
        let mut x = d;
        x.rescale(2);
        x.to_string()
    } else {
        d.to_string()
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: &'a str,
    period: Option<String>,
    service: Option<&'a str>,
    amount: String,
    title: &'a str,
    item: Option<&'a str>,
    reason: &'a str,
    evidence: &'a [crate::rules::Evidence],
}

#[derive(Serialize)]
struct JsonDispute<'a> {
    amount: String,
    currency: &'a str,
    period: Option<String>,
    service: Option<&'a str>,
    item: Option<&'a str>,
    concerns: &'a crate::rules::Concerns,
    reasons: &'a [crate::rules::Reason],
    evidence: &'a [crate::rules::Evidence],
}

fn json_dispute(d: &Dispute) -> JsonDispute<'_> {
    JsonDispute {
        amount: amount_str(d.amount),
        currency: &d.currency,
        period: d.period.map(|p| p.to_string()),
        service: d.service.as_deref(),
        item: d.item.as_deref(),
        concerns: &d.concerns,
        reasons: &d.reasons,
        evidence: &d.evidence,
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    format: Option<&'a str>,
    kind: Option<&'a str>,
    rows: u64,
    records: u64,
    /// Skip reasons in the fallback language (stable keys for machines).
    skipped: BTreeMap<String, u64>,
    errors: u64,
    error_details: Vec<String>,
    failure: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    currencies: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    kept_apart: Vec<&'a crate::import::apart::KeptApart>,
}

/// Machine output (`--format json`).
pub fn json(audit: &Audit) -> String {
    json_safe(json_text(audit))
}

fn json_text(audit: &Audit) -> String {
    let findings: Vec<JsonFinding> = audit
        .findings
        .iter()
        .map(|f| JsonFinding {
            rule: &f.rule,
            severity: f.severity.as_str(),
            period: f.period.map(|p| p.to_string()),
            service: f.service.as_deref(),
            amount: amount_str(f.amount),
            title: &f.title,
            item: f.item.as_deref(),
            reason: &f.reason,
            evidence: &f.evidence,
        })
        .collect();
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &audit.findings {
        *by_rule.entry(f.rule.as_str()).or_default() += 1;
    }
    let files: Vec<JsonFile> = audit.reports.iter().map(json_file).collect();
    let v = serde_json::json!({
        "version": JSON_VERSION,
        "currency": audit.config.account.currency,
        "language": audit.lang.code(),
        "account": {
            "holder": audit.config.account.holder,
            "carrier": audit.config.account.carrier,
        },
        "findings": findings,
        "disputes": audit.disputes.iter().map(json_dispute).collect::<Vec<_>>(),
        "summary": {
            "findings": audit.findings.len(),
            "disputes": audit.disputes.len(),
            "disputed_total": amount_str(audit.disputed_total),
            "by_rule": by_rule,
        },
        "assumptions": audit
            .assumptions
            .iter()
            .map(|a| a.render(audit.lang))
            .collect::<Vec<_>>(),
        "files": files,
    });
    let mut s = serde_json::to_string_pretty(&v).expect("JSON values serialise");
    s.push('\n');
    s
}

fn json_file(r: &FileReport) -> JsonFile<'_> {
    JsonFile {
        file: &r.file,
        format: r.format.as_deref(),
        kind: r.kind.map(|k| k.as_str()),
        rows: r.rows,
        records: r.records,
        skipped: r.skipped.iter().fold(BTreeMap::new(), |mut m, (k, n)| {
            *m.entry(k.to_string()).or_default() += n;
            m
        }),
        errors: r.error_count,
        error_details: r.errors.iter().map(|e| e.to_string()).collect(),
        failure: r.failure.as_ref().map(|e| e.to_string()),
        currencies: r.currencies.iter().map(|c| c.as_str()).collect(),
        kept_apart: r.kept_apart.iter().collect(),
    }
}

/// Guard a CSV/XLSX cell against formula injection: text that a spreadsheet would run as a
/// formula gets a leading apostrophe. Plain numbers are left alone.
pub fn guard_cell(s: &str) -> String {
    let starts_bad = s.starts_with(['=', '+', '-', '@', '\t', '\r', '|']);
    if starts_bad && s.parse::<Decimal>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Findings as CSV (`--format csv`), one row per finding, starting with a UTF-8 byte-order
/// mark: without it, Excel on a Chinese (or any non-UTF-8) Windows opens a double-clicked
/// file in the ANSI code page and garbles every CJK cell.
pub fn csv(audit: &Audit) -> String {
    let mut w = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    // The importer knows this header and never imports the file back.
    let _ = w.write_record(crate::import::guard::FINDINGS_CSV_HEADER);
    for f in &audit.findings {
        let ev = f
            .evidence
            .iter()
            .map(|e| e.location())
            .collect::<Vec<_>>()
            .join("; ");
        let row = [
            f.rule.clone(),
            f.severity.to_string(),
            f.period.map(|p| p.to_string()).unwrap_or_default(),
            f.service.clone().unwrap_or_default(),
            f.item.clone().unwrap_or_default(),
            amount_str(f.amount),
            audit.config.account.currency.clone(),
            f.title.clone(),
            ev,
        ];
        let _ = w.write_record(row.iter().map(|c| guard_cell(c)));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The terminal summary.
pub fn terminal(audit: &Audit) -> String {
    // Imported text, file names and notes reach the terminal as text, never as commands.
    terminal_safe(&terminal_text(audit))
}

fn terminal_text(audit: &Audit) -> String {
    let lang = audit.lang;
    let mut out = String::new();
    let case = audit.case_dir.display().to_string();
    let head = if audit.config.account.holder.is_empty() {
        crate::tr!(lang, "report-audit-head", case = case)
    } else {
        crate::tr!(
            lang,
            "report-audit-head-holder",
            case = case,
            holder = &audit.config.account.holder,
            carrier = &audit.config.account.carrier
        )
    };
    let _ = writeln!(out, "{head}");
    let usable = audit.reports.iter().filter(|r| r.usable()).count();
    let records: u64 = audit.reports.iter().map(|r| r.records).sum();
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            lang,
            "report-files-read",
            usable = usable,
            files = audit.reports.len(),
            records = records.to_string()
        )
    );
    for r in &audit.reports {
        if let Some(f) = &r.failure {
            let _ = writeln!(
                out,
                "  {} {}",
                crate::tr!(lang, "report-skipped"),
                f.render(lang)
            );
        } else if r.error_count > 0 {
            let _ = writeln!(
                out,
                "  {}{}{} {}",
                r.file,
                crate::tr!(lang, "label-colon"),
                r.error_count,
                crate::tr!(lang, "report-rows-could-not-be-read-see")
            );
        }
    }
    out.push('\n');
    if audit.findings.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!(lang, "report-nothing-flagged"));
    } else {
        terminal_tables(&mut out, audit);
    }
    if !audit.assumptions.is_empty() {
        let _ = writeln!(
            out,
            "\n{}{}",
            crate::tr!(lang, "report-assumptions"),
            crate::tr!(lang, "label-colon").trim_end()
        );
        for a in &audit.assumptions {
            let _ = writeln!(out, "  - {}", a.render(lang));
        }
    }
    if !audit.findings.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            crate::tr!(lang, "report-next-billaudit-audit-case-evidence-evide")
        );
    }
    out
}

/// A table at a fixed width, never styled (comfy-table without its tty feature).
fn new_table(lang: Lang, header: [&'static str; 6]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(120);
    table.set_header(header.iter().map(|id| crate::i18n::tr(lang, id, &[])));
    table
}

/// The disputed items (one row each, with every rule that flags it), their total, and
/// the findings that are only for review.
fn terminal_tables(out: &mut String, audit: &Audit) {
    let lang = audit.lang;
    let cur = &audit.config.account.currency;
    let dash = |s: Option<&str>| s.unwrap_or("-").to_string();
    if !audit.disputes.is_empty() {
        let mut table = new_table(
            lang,
            [
                "table-period",
                "table-rules",
                "table-service",
                "table-item",
                "table-disputed",
                "table-source",
            ],
        );
        for d in &audit.disputes {
            table.add_row(vec![
                Cell::new(dash(d.period.map(|p| p.to_string()).as_deref())),
                Cell::new(d.rules()),
                Cell::new(dash(d.service.as_deref())),
                Cell::new(dash(d.item.as_deref())),
                Cell::new(lang.money(d.amount, cur)).set_alignment(CellAlignment::Right),
                Cell::new(d.concerns.location()),
            ]);
        }
        let _ = writeln!(out, "{table}");
    }
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            lang,
            "report-disputed-line",
            total = lang.money(audit.disputed_total, cur),
            disputes = audit.disputes.len(),
            findings = audit.findings.len()
        )
    );
    let review: Vec<&Finding> = audit.findings.iter().filter(|f| !f.is_disputed()).collect();
    if review.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}{}",
        crate::tr!(lang, "report-for-review-not-in-the-disputed"),
        crate::tr!(lang, "label-colon").trim_end()
    );
    for f in review {
        let _ = writeln!(
            out,
            "  - {} [{}] {}",
            dash(f.period.map(|p| p.to_string()).as_deref()),
            f.rule,
            f.title
        );
    }
}

/// Escape text for Markdown: HTML-special characters become entities and Markdown
/// punctuation is backslash-escaped, so imported strings stay text.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if is_unsafe_control(c) && c != '\n' && c != '\r' => push_visible(&mut out, c),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A file name or location as Markdown inline code: no backtick, line break or control
/// character can end the code span (a blank line in a file name would end it and let the
/// rest render as Markdown or HTML).
pub fn md_code(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('`');
    for c in s.chars() {
        match c {
            '`' => out.push('\''),
            c if is_unsafe_control(c) => push_visible(&mut out, c),
            _ => out.push(c),
        }
    }
    out.push('`');
    out
}

/// Characters a terminal acts on rather than shows: C0 controls (ESC starts escape
/// sequences), DEL, C1 controls (U+009B is a one-byte CSI) and the bidirectional overrides
/// and isolates that reorder what is shown.
fn is_unsafe_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `\x1b`, `\u{9b}`: the character shown, not acted on.
fn push_visible(out: &mut String, c: char) {
    use std::fmt::Write as _;
    let _ = match c as u32 {
        n @ 0..=0x7F => write!(out, "\\x{n:02x}"),
        n => write!(out, "\\u{{{n:x}}}"),
    };
}

/// Text for a terminal with every character a terminal would act on shown instead
/// ([`is_unsafe_control`]); line breaks and tabs stay.
pub fn terminal_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe_control(c) && c != '\n' && c != '\t' {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// JSON text with DEL, the C1 controls and the bidirectional controls written as `\uXXXX`
/// escapes (serde_json escapes only the C0 controls): the same values, inert on a terminal.
/// Outside strings JSON text holds none of them, so every one is inside a string.
pub fn json_safe(s: String) -> String {
    if !s.chars().any(is_unsafe_control) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe_control(c) && !matches!(c, '\n' | '\t' | '\r') {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// The Markdown evidence list and call script (`--evidence FILE.md`).
pub fn markdown(audit: &Audit, opts: ScriptOptions) -> String {
    markdown_pack(
        audit,
        PackOptions {
            script: opts,
            log: &[],
        },
    )
}

/// The Markdown evidence list with the case log on its timeline.
pub fn markdown_pack(audit: &Audit, pack: PackOptions<'_>) -> String {
    let opts = pack.script;
    let lang = audit.lang;
    let cfg = &audit.config;
    let cur = &cfg.account.currency;
    let e = md_escape;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# {}\n",
        crate::tr!(lang, "report-evidence-list-and-call-script")
    );
    let _ = writeln!(o, "| | |\n|---|---|");
    let _ = writeln!(
        o,
        "| {} | {} |",
        crate::tr!(lang, "report-account-holder"),
        e(&cfg.account.holder)
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        crate::tr!(lang, "report-carrier"),
        e(&cfg.account.carrier)
    );
    if let Some(h) = hotline(cfg) {
        let _ = writeln!(o, "| {} | {} |", crate::tr!(lang, "report-hotline"), e(&h));
    }
    let numbers = script::case_numbers(cfg);
    if !numbers.is_empty() {
        let _ = writeln!(
            o,
            "| {} | {} |",
            crate::tr!(lang, "report-numbers"),
            e(&numbers.join(", "))
        );
    }
    let _ = writeln!(
        o,
        "| {} | **{}** |",
        crate::tr!(lang, "report-disputed-total"),
        lang.money(audit.disputed_total, cur)
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        crate::tr!(lang, "report-findings-2"),
        audit.findings.len()
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        crate::tr!(lang, "report-as-of"),
        lang.date(opts.as_of)
    );
    o.push('\n');

    let _ = writeln!(o, "## 1. {}\n", crate::tr!(lang, "report-timeline"));
    let _ = writeln!(
        o,
        "| {} | {} | {} |\n|---|---|---|",
        crate::tr!(lang, "report-date"),
        crate::tr!(lang, "report-event"),
        crate::tr!(lang, "report-source-document")
    );
    for ev in html::timeline(audit, pack.log) {
        let _ = writeln!(
            o,
            "| {} | {} | {} |",
            e(&ev.when),
            e(&ev.what),
            md_code(&ev.source)
        );
    }
    o.push('\n');

    let _ = writeln!(
        o,
        "## 2. {}\n",
        crate::tr!(lang, "report-findings-and-evidence")
    );
    if audit.findings.is_empty() {
        let _ = writeln!(o, "{}\n", crate::tr!(lang, "report-nothing-flagged"));
    }
    for (n, d) in audit.disputes.iter().enumerate() {
        write_dispute(&mut o, lang, n + 1, d);
    }
    let review = audit.findings.iter().filter(|f| !f.is_disputed());
    for (n, f) in review.enumerate() {
        write_finding(&mut o, lang, cur, audit.disputes.len() + n + 1, f);
    }

    let s = call_script(audit, opts);
    let _ = writeln!(o, "## 3. {}\n", crate::tr!(lang, "report-call-script"));
    let _ = writeln!(o, "> {}\n", e(&s.opening));
    let _ = writeln!(o, "### {}\n", crate::tr!(lang, "report-1-evidence"));
    for x in &s.evidence {
        let _ = writeln!(o, "- {}", e(x));
    }
    let _ = writeln!(o, "\n### {}\n", crate::tr!(lang, "report-2-rights"));
    for x in &s.rights {
        let _ = writeln!(o, "- {}", e(x));
    }
    let _ = writeln!(o, "\n### {}\n", crate::tr!(lang, "report-3-demands"));
    for (i, x) in s.demands.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, e(x));
    }
    let _ = writeln!(
        o,
        "\n### {}\n",
        crate::tr!(lang, "report-write-down-during-the-call")
    );
    let colon = crate::tr!(lang, "label-colon");
    for x in &s.checklist {
        let _ = writeln!(o, "- [ ] {}{colon}____________", e(x));
    }
    let _ = writeln!(
        o,
        "\n## 4. {}\n",
        crate::tr!(lang, "report-if-no-fair-answer-comes")
    );
    for (i, x) in s.if_no_answer.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, e(x));
    }
    let kinds: Vec<_> = cfg.services.iter().map(|s| s.kind).collect();
    let provisions = legal::for_case(&cfg.account.jurisdiction, &kinds);
    if !provisions.is_empty() {
        let _ = writeln!(o, "\n## 5. {}\n", crate::tr!(lang, "report-legal-basis"));
        let _ = writeln!(
            o,
            "| {} | {} | {} |\n|---|---|---|",
            crate::tr!(lang, "legal-provision"),
            crate::tr!(lang, "legal-says"),
            crate::tr!(lang, "legal-source")
        );
        for p in provisions {
            let _ = writeln!(
                o,
                "| {} | {} | {} |",
                p.citation(lang),
                p.summary(lang),
                md_escape(&p.source_text(lang))
            );
        }
    }
    if !audit.assumptions.is_empty() {
        let _ = writeln!(o, "\n## 6. {}\n", crate::tr!(lang, "report-assumptions"));
        for a in &audit.assumptions {
            let _ = writeln!(o, "- {}", e(&a.render(lang)));
        }
    }
    o
}

fn write_evidence(o: &mut String, lang: Lang, evidence: &[crate::rules::Evidence]) {
    let colon = crate::tr!(lang, "label-colon");
    let _ = writeln!(
        o,
        "- {}{}",
        crate::tr!(lang, "report-evidence"),
        colon.trim_end()
    );
    for ev in evidence {
        let kind = match ev.kind {
            "bill-line" => crate::tr!(lang, "evidence-kind-bill-line"),
            "bill-total" => crate::tr!(lang, "evidence-kind-bill-total"),
            "transaction" => crate::tr!(lang, "evidence-kind-transaction"),
            "usage" => crate::tr!(lang, "evidence-kind-usage"),
            "usage-file" => crate::tr!(lang, "evidence-kind-usage-file"),
            "config" => crate::tr!(lang, "evidence-kind-config"),
            other => other.to_string(),
        };
        let _ = writeln!(
            o,
            "  - {}{}",
            crate::tr!(
                lang,
                "evidence-place",
                place = md_code(&ev.location()),
                kind = kind
            ),
            ev.note
                .as_deref()
                .map(|x| format!("{colon}{}", md_escape(x)))
                .unwrap_or_default()
        );
    }
    o.push('\n');
}

/// One disputed item: what it is, the amount claimed, every reason, the evidence.
fn write_dispute(o: &mut String, lang: Lang, n: usize, d: &Dispute) {
    let e = md_escape;
    let title = d.reasons.first().map(|r| r.title.as_str()).unwrap_or("");
    let _ = writeln!(o, "### {n}. {}\n", e(title));
    let colon = crate::tr!(lang, "label-colon");
    let _ = writeln!(
        o,
        "- {}{colon}{}",
        crate::tr!(lang, "report-disputed-record"),
        md_code(&d.concerns.location())
    );
    let _ = writeln!(
        o,
        "- {}{colon}**{}**",
        crate::tr!(lang, "report-disputed-amount"),
        lang.money(d.amount, &d.currency)
    );
    for r in &d.reasons {
        let _ = writeln!(
            o,
            "- {} `{}`{colon}{}",
            crate::tr!(lang, "report-argument"),
            r.rule,
            e(&r.reason)
        );
    }
    write_evidence(o, lang, &d.evidence);
}

fn write_finding(o: &mut String, lang: Lang, cur: &str, n: usize, f: &Finding) {
    let e = md_escape;
    let _ = writeln!(o, "### {n}. {}\n", e(&f.title));
    let colon = crate::tr!(lang, "label-colon");
    let severity = match f.severity {
        crate::rules::Severity::High => crate::tr!(lang, "severity-high"),
        crate::rules::Severity::Medium => crate::tr!(lang, "severity-medium"),
        crate::rules::Severity::Low => crate::tr!(lang, "severity-low"),
        crate::rules::Severity::Info => crate::tr!(lang, "severity-info"),
    };
    let _ = writeln!(
        o,
        "- {}{colon}{}",
        crate::tr!(lang, "report-rule"),
        crate::tr!(
            lang,
            "report-rule-severity",
            rule = format!("`{}`", f.rule),
            severity = severity
        )
    );
    let label = if f.is_disputed() {
        crate::tr!(lang, "report-disputed-amount")
    } else {
        crate::tr!(lang, "report-amount-for-review-not-in-the")
    };
    let _ = writeln!(o, "- {label}{colon}**{}**", lang.money(f.amount, cur));
    let _ = writeln!(
        o,
        "- {}{colon}{}",
        crate::tr!(lang, "report-argument"),
        e(&f.reason)
    );
    write_evidence(o, lang, &f.evidence);
}

/// `billaudit import` output for one file.
pub fn import_summary(r: &FileReport, lang: Lang) -> String {
    terminal_safe(&import_summary_text(r, lang))
}

fn import_summary_text(r: &FileReport, lang: Lang) -> String {
    use crate::tr;
    let mut o = String::new();
    match &r.failure {
        Some(f) => {
            // A file not read on purpose says so; any other failure is "not recognised".
            let detail = match f {
                ImportError::NotRead { .. } | ImportError::Unrecognised { .. } => f.detail(),
                _ => crate::msg!("import-error-unrecognised", reason = f.detail()),
            };
            let text = crate::tr!(
                lang,
                "file-said",
                file = &*r.file,
                text = detail.render(lang)
            );
            let _ = writeln!(o, "{text}");
            if r.rows > 0 {
                let _ = writeln!(o, "  {}", tr!(lang, "import-rows", rows = r.rows));
            }
        }
        None => {
            let kind = match r.kind {
                Some(crate::model::RecordKind::BillLines) => tr!(lang, "record-kind-bill-lines"),
                Some(crate::model::RecordKind::Usage) => tr!(lang, "record-kind-usage"),
                Some(crate::model::RecordKind::Transactions) => {
                    tr!(lang, "record-kind-transactions")
                }
                None => "?".to_string(),
            };
            let mut head = tr!(
                lang,
                "import-file-head",
                file = &*r.file,
                format = r.format.as_deref().unwrap_or("?"),
                kind = kind
            );
            if let Some(e) = &r.encoding {
                head.push_str(&tr!(lang, "import-file-encoding", encoding = e));
            }
            if let Some(sh) = &r.sheet {
                head.push_str(&tr!(lang, "import-file-sheet", sheet = sh));
            }
            let _ = writeln!(o, "{head}");
            let mut counts = tr!(
                lang,
                "import-counts",
                rows = r.rows,
                records = r.records,
                skipped = r.skipped_total(),
                errors = r.error_count
            );
            if let Some(h) = r.header_row {
                counts.push_str(&tr!(lang, "import-header-row", row = h));
            }
            let _ = writeln!(o, "  {counts}");
            for (reason, n) in &r.skipped {
                let _ = writeln!(
                    o,
                    "    {}",
                    tr!(
                        lang,
                        "import-skipped-line",
                        count = format!("{n:>6}"),
                        reason = reason.render(lang)
                    )
                );
            }
            currency_lines(&mut o, r, lang);
            if let Some(c) = &r.coverage {
                let _ = writeln!(
                    o,
                    "  {}",
                    tr!(
                        lang,
                        "import-covers",
                        from = lang.date(c.from),
                        to = lang.date(c.to)
                    )
                );
            }
            for e in &r.errors {
                let _ = writeln!(
                    o,
                    "  {}",
                    tr!(lang, "import-error-line", error = e.render(lang))
                );
            }
            if r.error_count as usize > r.errors.len() {
                let more = r.error_count as usize - r.errors.len();
                let _ = writeln!(o, "  {}", tr!(lang, "import-more-errors", count = more));
            }
            for c in &r.reconciliation {
                let _ = writeln!(o, "  {}", reconcile_line(r, c, lang));
            }
            for u in &r.unread {
                let _ = writeln!(
                    o,
                    "  {}",
                    tr!(lang, "import-unread-line", what = u.render(lang))
                );
            }
        }
    }
    for n in &r.notes {
        let _ = writeln!(
            o,
            "  {}",
            tr!(lang, "import-note-line", note = n.render(lang))
        );
    }
    o
}

/// The currencies a file states, and each record kept apart for being in another currency
/// than the case's (file:row, amount, currency, item or counterparty).
fn currency_lines(o: &mut String, r: &FileReport, lang: Lang) {
    if !r.currencies.is_empty() {
        let list: Vec<&str> = r.currencies.iter().map(|c| c.as_str()).collect();
        let list = list.join(&crate::tr!(lang, "list-sep"));
        let _ = writeln!(
            o,
            "  {}",
            crate::tr!(lang, "report-currencies", list = list)
        );
    }
    for k in &r.kept_apart {
        let line = crate::tr!(
            lang,
            "report-kept-apart",
            at = k.source.to_string(),
            amount = amount_str(k.amount),
            currency = k.currency.as_str(),
            what = &k.text
        );
        let _ = writeln!(o, "    {line}");
    }
}

/// One check of a stated total, as `import` and `audit` show it.
pub fn reconcile_line(r: &FileReport, c: &crate::import::Reconcile, lang: Lang) -> String {
    if c.ok {
        crate::tr!(
            lang,
            "import-reconciled",
            what = c.what.render(lang),
            stated = &c.stated,
            computed = &c.computed
        )
    } else {
        crate::tr!(
            lang,
            "import-not-reconciled",
            file = &*r.file,
            what = c.what.render(lang),
            stated = &c.stated,
            computed = &c.computed
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn guards_formulas() {
        assert_eq!(guard_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard_cell("-12.00"), "-12.00");
        assert_eq!(guard_cell("宽带"), "宽带");
    }

    #[test]
    fn escapes_markdown() {
        assert_eq!(
            md_escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(md_escape("a|b*c"), "a\\|b\\*c");
    }

    #[test]
    fn amounts_have_two_decimals() {
        assert_eq!(amount_str(dec!(100)), "100.00");
        assert_eq!(amount_str(dec!(172.005)), "172.005");
    }
}
