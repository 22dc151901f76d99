//! Reports: the terminal summary, JSON and CSV for machines, and the Markdown evidence list
//! with the call script. Every function returns a `String`; the CLI decides where it goes.

pub mod chart;
pub mod deadlines;
pub mod html;
pub mod legal;
pub mod script;

pub use html::{html, PackOptions};

use std::collections::BTreeMap;
use std::fmt::Write as _;

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, ContentArrangement, Table};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::audit::Audit;
use crate::i18n::Lang;
use crate::import::FileReport;
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
    skipped: &'a BTreeMap<String, u64>,
    errors: u64,
    error_details: Vec<String>,
    failure: Option<String>,
}

/// Machine output (`--format json`).
pub fn json(audit: &Audit) -> String {
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
        "assumptions": audit.assumptions,
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
        skipped: &r.skipped,
        errors: r.error_count,
        error_details: r.errors.iter().map(|e| e.to_string()).collect(),
        failure: r.failure.as_ref().map(|e| e.to_string()),
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

/// Findings as CSV (`--format csv`), one row per finding.
pub fn csv(audit: &Audit) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
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

fn t(lang: Lang, zh: &'static str, tw: &'static str, en: &'static str) -> &'static str {
    lang.pick(zh, tw, en)
}

/// The terminal summary.
pub fn terminal(audit: &Audit, color: bool) -> String {
    let lang = audit.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}{}",
        t(lang, "审计", "稽核", "Audit of"),
        audit.case_dir.display(),
        if audit.config.account.holder.is_empty() {
            String::new()
        } else {
            format!(
                " ({}, {})",
                audit.config.account.holder, audit.config.account.carrier
            )
        }
    );
    let usable = audit.reports.iter().filter(|r| r.usable()).count();
    let records: u64 = audit.reports.iter().map(|r| r.records).sum();
    let _ = writeln!(
        out,
        "{}",
        match lang {
            Lang::En => format!(
                "{usable} of {} files read, {records} records.",
                audit.reports.len()
            ),
            Lang::ZhCn => format!(
                "读取 {} 个文件中的 {usable} 个，共 {records} 条记录。",
                audit.reports.len()
            ),
            Lang::ZhTw => format!(
                "讀取 {} 個檔案中的 {usable} 個，共 {records} 筆記錄。",
                audit.reports.len()
            ),
        }
    );
    for r in &audit.reports {
        if let Some(f) = &r.failure {
            let _ = writeln!(out, "  {} {f}", t(lang, "跳过", "略過", "skipped"));
        } else if r.error_count > 0 {
            let _ = writeln!(
                out,
                "  {}: {} {}",
                r.file,
                r.error_count,
                t(
                    lang,
                    "行无法读取（见 billaudit import）",
                    "列無法讀取（見 billaudit import）",
                    "rows could not be read (see billaudit import)"
                )
            );
        }
    }
    out.push('\n');
    if audit.findings.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t(lang, "没有发现问题。", "沒有發現問題。", "Nothing flagged.")
        );
    } else {
        terminal_tables(&mut out, audit, color);
    }
    if !audit.assumptions.is_empty() {
        let _ = writeln!(
            out,
            "\n{}:",
            t(lang, "假设与说明", "假設與說明", "Assumptions")
        );
        for a in &audit.assumptions {
            let _ = writeln!(out, "  - {a}");
        }
    }
    if !audit.findings.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            t(
                lang,
                "下一步：billaudit audit CASE --evidence evidence.md 生成证据清单和通话脚本。",
                "下一步：billaudit audit CASE --evidence evidence.md 產生證據清單和通話腳本。",
                "Next: billaudit audit CASE --evidence evidence.md writes the evidence list and call script."
            )
        );
    }
    out
}

fn new_table(
    lang: Lang,
    color: bool,
    header: [(&'static str, &'static str, &'static str); 6],
) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !color {
        table.force_no_tty();
    }
    table.set_width(120);
    table.set_header(header.iter().map(|(a, b, c)| t(lang, a, b, c)));
    table
}

/// The disputed items (one row each, with every rule that flags it), their total, and
/// the findings that are only for review.
fn terminal_tables(out: &mut String, audit: &Audit, color: bool) {
    let lang = audit.lang;
    let cur = &audit.config.account.currency;
    let dash = |s: Option<&str>| s.unwrap_or("-").to_string();
    if !audit.disputes.is_empty() {
        let mut table = new_table(
            lang,
            color,
            [
                ("账期", "帳期", "Period"),
                ("规则", "規則", "Rules"),
                ("业务", "業務", "Service"),
                ("项目", "項目", "Item"),
                ("争议金额", "爭議金額", "Disputed"),
                ("来源", "來源", "Source"),
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
        "{}: {}  ({} {}, {} {})",
        t(lang, "争议总额", "爭議總額", "Disputed total"),
        lang.money(audit.disputed_total, cur),
        audit.disputes.len(),
        t(lang, "项争议", "項爭議", "disputed items"),
        audit.findings.len(),
        t(lang, "项发现", "項發現", "findings")
    );
    let review: Vec<&Finding> = audit.findings.iter().filter(|f| !f.is_disputed()).collect();
    if review.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}:",
        t(
            lang,
            "仅供核实（不计入争议总额）",
            "僅供核實（不計入爭議總額）",
            "For review (not in the disputed total)"
        )
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
        t(
            lang,
            "证据清单与通话脚本",
            "證據清單與通話腳本",
            "Evidence list and call script"
        )
    );
    let _ = writeln!(o, "| | |\n|---|---|");
    let _ = writeln!(
        o,
        "| {} | {} |",
        t(lang, "用户", "用戶", "Account holder"),
        e(&cfg.account.holder)
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        t(lang, "运营商", "電信業者", "Carrier"),
        e(&cfg.account.carrier)
    );
    if let Some(h) = hotline(&cfg.account.carrier, cfg.account.hotline.as_deref()) {
        let _ = writeln!(
            o,
            "| {} | {} |",
            t(lang, "客服电话", "客服電話", "Hotline"),
            e(&h)
        );
    }
    let numbers = script::case_numbers(cfg);
    if !numbers.is_empty() {
        let _ = writeln!(
            o,
            "| {} | {} |",
            t(lang, "号码/账号", "號碼/帳號", "Numbers"),
            e(&numbers.join(", "))
        );
    }
    let _ = writeln!(
        o,
        "| {} | **{}** |",
        t(lang, "争议总额", "爭議總額", "Disputed total"),
        lang.money(audit.disputed_total, cur)
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        t(lang, "发现", "發現", "Findings"),
        audit.findings.len()
    );
    let _ = writeln!(
        o,
        "| {} | {} |",
        t(lang, "截至日期", "截至日期", "As of"),
        lang.date(opts.as_of)
    );
    o.push('\n');

    let _ = writeln!(o, "## 1. {}\n", t(lang, "时间线", "時間線", "Timeline"));
    let _ = writeln!(
        o,
        "| {} | {} | {} |\n|---|---|---|",
        t(lang, "日期", "日期", "Date"),
        t(lang, "事件", "事件", "Event"),
        t(lang, "来源文件", "來源檔案", "Source document")
    );
    for ev in html::timeline(audit, pack.log) {
        let _ = writeln!(
            o,
            "| {} | {} | `{}` |",
            e(&ev.when),
            e(&ev.what),
            ev.source.replace('`', "'")
        );
    }
    o.push('\n');

    let _ = writeln!(
        o,
        "## 2. {}\n",
        t(lang, "问题与证据", "問題與證據", "Findings and evidence")
    );
    if audit.findings.is_empty() {
        let _ = writeln!(
            o,
            "{}\n",
            t(lang, "没有发现问题。", "沒有發現問題。", "Nothing flagged.")
        );
    }
    for (n, d) in audit.disputes.iter().enumerate() {
        write_dispute(&mut o, lang, n + 1, d);
    }
    let review = audit.findings.iter().filter(|f| !f.is_disputed());
    for (n, f) in review.enumerate() {
        write_finding(&mut o, lang, cur, audit.disputes.len() + n + 1, f);
    }

    let s = call_script(audit, opts);
    let _ = writeln!(
        o,
        "## 3. {}\n",
        t(lang, "通话脚本", "通話腳本", "Call script")
    );
    let _ = writeln!(o, "> {}\n", e(&s.opening));
    let _ = writeln!(
        o,
        "### {}\n",
        t(lang, "一、摆证据", "一、擺證據", "1. Evidence (摆证据)")
    );
    for x in &s.evidence {
        let _ = writeln!(o, "- {}", e(x));
    }
    let _ = writeln!(
        o,
        "\n### {}\n",
        t(lang, "二、摆权益", "二、擺權益", "2. Rights (摆权益)")
    );
    for x in &s.rights {
        let _ = writeln!(o, "- {}", e(x));
    }
    let _ = writeln!(
        o,
        "\n### {}\n",
        t(lang, "三、提要求", "三、提要求", "3. Demands (提要求)")
    );
    for (i, x) in s.demands.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, e(x));
    }
    let _ = writeln!(
        o,
        "\n### {}\n",
        t(
            lang,
            "通话时记下",
            "通話時記下",
            "Write down during the call"
        )
    );
    for x in &s.checklist {
        let _ = writeln!(o, "- [ ] {}: ____________", e(x));
    }
    let _ = writeln!(
        o,
        "\n## 4. {}\n",
        t(
            lang,
            "没有合理答复时",
            "沒有合理答覆時",
            "If no fair answer comes"
        )
    );
    for (i, x) in s.if_no_answer.iter().enumerate() {
        let _ = writeln!(o, "{}. {}", i + 1, e(x));
    }
    let provisions = legal::for_country(&cfg.account.country);
    if !provisions.is_empty() {
        let _ = writeln!(
            o,
            "\n## 5. {}\n",
            t(lang, "法律依据", "法律依據", "Legal basis")
        );
        let _ = writeln!(
            o,
            "| {} | {} |\n|---|---|",
            t(lang, "条文", "條文", "Provision"),
            t(lang, "内容", "內容", "What it says")
        );
        for p in provisions {
            let _ = writeln!(o, "| {} | {} |", p.citation(lang), p.summary(lang));
        }
    }
    if !audit.assumptions.is_empty() {
        let _ = writeln!(
            o,
            "\n## 6. {}\n",
            t(lang, "假设与说明", "假設與說明", "Assumptions")
        );
        for a in &audit.assumptions {
            let _ = writeln!(o, "- {}", e(a));
        }
    }
    o
}

fn write_evidence(o: &mut String, lang: Lang, evidence: &[crate::rules::Evidence]) {
    let _ = writeln!(o, "- {}:", t(lang, "证据", "證據", "Evidence"));
    for ev in evidence {
        let _ = writeln!(
            o,
            "  - `{}` ({}){}",
            ev.location().replace('`', "'"),
            ev.kind,
            ev.note
                .as_deref()
                .map(|x| format!(": {}", md_escape(x)))
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
    let _ = writeln!(
        o,
        "- {}: `{}`",
        t(lang, "争议对象", "爭議對象", "Disputed record"),
        d.concerns.location().replace('`', "'")
    );
    let _ = writeln!(
        o,
        "- {}: **{}**",
        t(lang, "争议金额", "爭議金額", "Disputed amount"),
        lang.money(d.amount, &d.currency)
    );
    for r in &d.reasons {
        let _ = writeln!(
            o,
            "- {} `{}`: {}",
            t(lang, "理由", "理由", "Argument"),
            r.rule,
            e(&r.reason)
        );
    }
    write_evidence(o, lang, &d.evidence);
}

fn write_finding(o: &mut String, lang: Lang, cur: &str, n: usize, f: &Finding) {
    let e = md_escape;
    let _ = writeln!(o, "### {n}. {}\n", e(&f.title));
    let _ = writeln!(
        o,
        "- {}: `{}` ({})",
        t(lang, "规则", "規則", "Rule"),
        f.rule,
        f.severity
    );
    let label = if f.is_disputed() {
        t(lang, "争议金额", "爭議金額", "Disputed amount")
    } else {
        t(
            lang,
            "金额（仅供核实，不计入争议总额）",
            "金額（僅供核實，不計入爭議總額）",
            "Amount (for review, not in the disputed total)",
        )
    };
    let _ = writeln!(o, "- {label}: **{}**", lang.money(f.amount, cur));
    let _ = writeln!(
        o,
        "- {}: {}",
        t(lang, "理由", "理由", "Argument"),
        e(&f.reason)
    );
    write_evidence(o, lang, &f.evidence);
}

/// `billaudit import` output for one file.
pub fn import_summary(r: &FileReport, lang: Lang) -> String {
    let mut o = String::new();
    match &r.failure {
        Some(f) => {
            let _ = writeln!(
                o,
                "{}: {}",
                r.file,
                t(lang, "未识别", "未識別", "not recognised")
            );
            let _ = writeln!(o, "  {f}");
            if r.rows > 0 {
                let _ = writeln!(o, "  rows: {}", r.rows);
            }
        }
        None => {
            let _ = writeln!(
                o,
                "{}: {} ({}){}{}",
                r.file,
                r.format.as_deref().unwrap_or("?"),
                r.kind.map(|k| k.as_str()).unwrap_or("?"),
                r.encoding
                    .as_deref()
                    .map(|e| format!(", {e}"))
                    .unwrap_or_default(),
                r.sheet
                    .as_deref()
                    .map(|s| format!(", sheet {s:?}"))
                    .unwrap_or_default()
            );
            let _ = writeln!(
                o,
                "  rows: {}  records: {}  skipped: {}  errors: {}{}",
                r.rows,
                r.records,
                r.skipped_total(),
                r.error_count,
                r.header_row
                    .map(|h| format!("  header: row {h}"))
                    .unwrap_or_default()
            );
            for (reason, n) in &r.skipped {
                let _ = writeln!(o, "    skipped {n:>6}  {reason}");
            }
            if let Some(c) = &r.coverage {
                let _ = writeln!(o, "  covers: {} to {}", c.from, c.to);
            }
            for e in &r.errors {
                let _ = writeln!(o, "  error: {e}");
            }
            if r.error_count as usize > r.errors.len() {
                let _ = writeln!(
                    o,
                    "  … and {} more errors",
                    r.error_count as usize - r.errors.len()
                );
            }
            for c in &r.reconciliation {
                if c.ok {
                    let _ = writeln!(
                        o,
                        "  reconciled: {}: stated {} = records {}",
                        c.what, c.stated, c.computed
                    );
                } else {
                    let _ = writeln!(
                        o,
                        "  warning: {}: {} does not reconcile: stated {}, records {}",
                        r.file, c.what, c.stated, c.computed
                    );
                }
            }
        }
    }
    for n in &r.notes {
        let _ = writeln!(o, "  note: {n}");
    }
    o
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
