//! The evidence pack: HTML snapshots in three languages, the chart, escaping of imported
//! text, and the rule that only verified provisions are cited.

mod common;

use std::path::Path;

use billaudit::audit::audit_case;
use billaudit::case::{self, LogEntry};
use billaudit::i18n::Lang;
use billaudit::report::{self, legal, script::ScriptOptions, PackOptions};
use chrono::NaiveDate;
use common::{fixture_path, stderr, Workdir};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 10, 20).unwrap()
}

fn pack(dir: &Path, lang: Lang, log: &[LogEntry]) -> String {
    let audit = audit_case(dir, lang).unwrap();
    let mut opts = ScriptOptions::new(24, as_of());
    opts.complaint = case::complaint_dates(log);
    report::html(&audit, PackOptions { script: opts, log })
}

fn md(dir: &Path, lang: Lang) -> String {
    let audit = audit_case(dir, lang).unwrap();
    report::markdown(&audit, ScriptOptions::new(24, as_of()))
}

#[test]
fn pack_snapshots() {
    let dir = fixture_path("cases/idle-broadband");
    for lang in Lang::all() {
        let html = pack(&dir, lang, &[]);
        assert_eq!(
            html,
            pack(&dir, lang, &[]),
            "{lang}: output is not deterministic"
        );
        insta::assert_snapshot!(
            format!(
                "pack_idle_broadband_{}",
                lang.code().replace('-', "_").to_lowercase()
            ),
            html
        );
    }
}

#[test]
fn pack_contents_idle_broadband() {
    let dir = fixture_path("cases/idle-broadband");
    for lang in Lang::all() {
        let html = pack(&dir, lang, &[]);
        // Chart: four idle months marked, in the broadband chart.
        assert_eq!(html.matches("class=\"mark idle\"").count(), 4, "{lang}");
        for p in ["2025-06", "2025-07", "2025-08", "2025-09"] {
            assert!(
                html.contains(&format!("class=\"mark idle\" data-group=\"{p}\"")),
                "{lang}: {p} not marked idle"
            );
        }
        // The unbilled debit is marked in the payments chart.
        assert_eq!(html.matches("class=\"mark unbilled\"").count(), 1, "{lang}");
        // Disputed items with file:row references (the minijinja escaper writes '/' as &#x2f;).
        let plain = html.replace("&#x2f;", "/");
        assert!(plain.contains("bills/2025-06.csv:4"), "{lang}");
        assert!(plain.contains("bank/对公账户流水_2025.csv:32"), "{lang}");
        let item1 =
            &plain[plain.find("id=\"item-1\"").unwrap()..plain.find("id=\"item-2\"").unwrap()];
        assert!(item1.contains("bills/2025-06.csv:4"), "{lang}: {item1}");
        assert!(
            item1.contains("bank/对公账户流水_2025.csv:29"),
            "{lang}: the debit that paid June sits next to the June bill line: {item1}"
        );
        // The call script with the case's own amounts and the escalation dates.
        assert!(plain.contains("1,648.00"), "{lang}");
        // The idle months net of September's share claimed after cancellation (258 x 4 - 172).
        assert!(plain.contains("860"), "{lang}");
        // A company's line: the appeal route, never the consumer bodies.
        assert!(
            plain.contains("12300") && !plain.contains("12315"),
            "{lang}"
        );
        let nov1 = lang.date(NaiveDate::from_ymd_opt(2025, 11, 1).unwrap());
        assert!(
            plain.contains(&nov1),
            "{lang}: the 5-month deadline of the June charge ({nov1})"
        );
        assert!(
            plain.contains("class=\"dl-urgent\""),
            "{lang}: the June charge is older than 4 months on 2025-10-20"
        );
        // Self-contained: no scripts, no external resources.
        assert!(!html.contains("<script"), "{lang}");
        assert!(
            !html.contains(" src=") && !html.contains(" href="),
            "{lang}"
        );
        assert!(!html.contains("<link"), "{lang}");
        for id in [
            "cover",
            "timeline",
            "items",
            "charts",
            "legal",
            "script",
            "escalation",
        ] {
            assert!(
                html.contains(&format!("id=\"{id}\"")),
                "{lang}: section {id}"
            );
        }
    }
}

#[test]
fn as_of_moves_the_urgency() {
    let dir = fixture_path("cases/idle-broadband");
    let audit = audit_case(&dir, Lang::En).unwrap();
    let early = report::deadlines::deadlines(
        &audit,
        NaiveDate::from_ymd_opt(2025, 9, 15).unwrap(),
        Default::default(),
    );
    let records = early.iter().find(|d| d.key == "records").unwrap();
    assert_eq!(
        records.status,
        report::deadlines::Status::Ahead,
        "{}",
        records.text
    );
    let late = report::deadlines::deadlines(
        &audit,
        NaiveDate::from_ymd_opt(2025, 10, 20).unwrap(),
        Default::default(),
    );
    let records = late.iter().find(|d| d.key == "records").unwrap();
    assert_eq!(
        records.status,
        report::deadlines::Status::Urgent,
        "{}",
        records.text
    );
    assert!(
        records
            .text
            .starts_with("1 disputed charge is more than 4 months old"),
        "{}",
        records.text
    );
}

/// Strings in a zh-TW pack that only zh-CN uses (simplified forms of our own labels).
#[test]
fn languages_are_not_mixed() {
    let dir = fixture_path("cases/idle-broadband");
    let tw = pack(&dir, Lang::ZhTw, &[]);
    for cn in [
        "证据",
        "账单争议",
        "时间线",
        "适用的期限",
        "来源文件",
        "银行/支付记录",
        "法律依据",
        "通话脚本",
        "摆权益",
        "升级途径",
        "紧急",
        "现在可以",
        "电信用户申诉处理办法",
        "消费者权益保护法",
        "条）",
        "记下",
    ] {
        assert!(!tw.contains(cn), "zh-TW pack contains zh-CN text {cn:?}");
    }
    // Simplified-only characters outside the imported data (which is simplified Chinese).
    let audit = audit_case(&dir, Lang::ZhTw).unwrap();
    let mut rest = tw.clone();
    for d in data_strings(&audit) {
        rest = rest.replace(d.as_str(), "");
        // The pack sets references word by word (no line break inside a word), so a data
        // string with spaces also stands there one word at a time.
        for word in d.split_whitespace() {
            rest = rest.replace(word, "");
        }
    }
    let simplified = "这过时费账单银记录条项发现问题证据务电话号码请说应该给让对从关联系户处办经营复诉满国际额为与实线间没选择传开标准报总数货币认种类转换产业";
    let bad: String = rest.chars().filter(|c| simplified.contains(*c)).collect();
    assert!(
        bad.is_empty(),
        "zh-TW pack has simplified characters outside the data: {bad}"
    );
    let en = pack(&dir, Lang::En, &[]);
    // Everything Chinese in the English pack comes from the imported data or names the
    // Chinese term on purpose (摆证据 and friends, 工单号).
    let audit = audit_case(&dir, Lang::En).unwrap();
    let mut rest = en.clone();
    let mut data = data_strings(&audit);
    data.extend(["摆证据", "摆权益", "提要求", "工单号"].map(String::from));
    data.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    for d in &data {
        rest = rest.replace(d.as_str(), "");
        // References are set word by word (see above).
        for word in d.split_whitespace() {
            rest = rest.replace(word, "");
        }
    }
    let cjk: String = rest
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .collect();
    assert!(
        cjk.is_empty(),
        "English pack has Chinese text outside the data: {cjk}"
    );
}

/// The imported strings and names of a case, longest first.
fn data_strings(audit: &billaudit::audit::Audit) -> Vec<String> {
    let mut data: Vec<String> = vec![
        audit.config.account.holder.clone(),
        audit.config.account.carrier.clone(),
    ];
    data.extend(audit.config.services.iter().map(|s| s.name.clone()));
    // Payee patterns are the user's text (a pattern that matches nothing is named).
    data.extend(
        audit
            .config
            .account
            .payees
            .iter()
            .map(|r| r.as_str().to_string()),
    );
    data.extend(audit.matched.bill_lines.iter().map(|l| l.item.clone()));
    data.extend(
        audit
            .matched
            .transactions
            .iter()
            .flat_map(|t| [t.counterparty.clone(), t.description.clone()]),
    );
    data.extend(audit.reports.iter().map(|r| r.file.replace('/', "&#x2f;")));
    data.extend(["对公账户流水_2025", "上网详单_20250101-20250930"].map(String::from));
    data.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    data
}

#[test]
fn us_and_gb_cases_take_their_own_routes() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = std::fs::read_to_string(fixture_path("cases/idle-broadband/billaudit.toml")).unwrap();
    let log = vec![LogEntry {
        at: case::parse_at("2025-10-05 14:30").unwrap(),
        kind: case::EntryKind::Call,
        ticket: None,
        agent: None,
        promised: None,
        note: None,
        refused: false,
        line: 1,
    }];
    w.create(
        "billaudit.toml",
        cfg.replace("country = \"CN\"", "country = \"US\""),
    );
    for lang in Lang::all() {
        let html = pack(w.path(), lang, &log);
        assert!(html.contains("fcc.gov&#x2f;complaints"), "{lang}");
        // Broadband only: no truth-in-billing citation (not a Title II service).
        assert!(!html.contains("64.2401"), "{lang}");
        assert!(
            !html.contains("12300"),
            "{lang}: no MIIT route for a US carrier"
        );
        for cn_law in [
            "Telecommunications Regulations",
            "电信条例",
            "電信條例",
            "Civil Code",
            "民法典",
        ] {
            assert!(
                !html.contains(cn_law),
                "{lang}: Chinese law cited for a US carrier"
            );
        }
        // A business account: no consumer card or bank-dispute deadline.
        assert!(
            !html.contains(&lang.date(NaiveDate::from_ymd_opt(2025, 7, 31).unwrap())),
            "{lang}"
        );
    }
    w.create(
        "billaudit.toml",
        cfg.replace("country = \"CN\"", "country = \"GB\""),
    );
    for lang in Lang::all() {
        let html = pack(w.path(), lang, &log);
        assert!(
            ["ADR", "替代性争议解决", "替代性爭議解決"]
                .iter()
                .any(|w| html.contains(w)),
            "{lang}"
        );
        assert!(!html.contains("12300"), "{lang}");
        // 8 weeks after the complaint of 2025-10-05.
        assert!(
            html.contains(&lang.date(NaiveDate::from_ymd_opt(2025, 11, 30).unwrap())),
            "{lang}"
        );
    }
}

/// Remove every citation the table can produce, then nothing that looks like a citation
/// may remain.
fn assert_only_verified_citations(what: &str, text: &str) {
    // The HTML escaper writes '/' as &#x2f;.
    let mut rest = text.replace("&#x2f;", "/");
    let mut cites = legal::all_citations();
    cites.sort_by_key(|c| std::cmp::Reverse(c.len()));
    for c in &cites {
        rest = rest.replace(c.as_str(), "");
    }
    // The table's own sources name the texts each row was checked against.
    for source in legal::all_sources() {
        rest = rest.replace(source.as_str(), "");
    }
    let patterns = [
        r"第[零〇一二三四五六七八九十百千0-9]+[条條]",
        r"\bArt(icle|\.)?\s*\d",
        r"\bCFR\b",
        r"§",
        r"《[^》]*》",
    ];
    for p in patterns {
        let re = regex::Regex::new(p).unwrap();
        if let Some(m) = re.find(&rest) {
            let start = m.start().saturating_sub(60);
            let ctx: String = rest[rest.floor_char_boundary(start)
                ..rest.ceil_char_boundary((m.end() + 60).min(rest.len()))]
                .to_string();
            panic!("{what}: a citation outside the verified table ({p}): …{ctx}…");
        }
    }
}

trait CharBoundary {
    fn floor_char_boundary(&self, i: usize) -> usize;
    fn ceil_char_boundary(&self, i: usize) -> usize;
}

impl CharBoundary for String {
    fn floor_char_boundary(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
    fn ceil_char_boundary(&self, mut i: usize) -> usize {
        while i < self.len() && !self.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}

#[test]
fn only_verified_provisions_are_cited() {
    // The templates: every source file that writes report or case text, except the table.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/report", "src/case", "src/jurisdiction"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.file_name().is_some_and(|n| n != "legal.rs") {
                files.push(p);
            }
        }
    }
    // The catalogues, less the table's own cite-/prov- messages.
    for lang in ["zh-CN", "zh-TW", "en"] {
        let path = root.join(format!("locales/{lang}.ftl"));
        let text: String = std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .filter(|l| !["cite-", "prov-", "src-"].iter().any(|p| l.starts_with(p)))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_only_verified_citations(&path.display().to_string(), &text);
    }
    files.push(root.join("src/cli/case.rs"));
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        // Only string contents and comments matter, but a citation anywhere in these files
        // is a citation that bypasses the table.
        assert_only_verified_citations(&f.display().to_string(), &text);
    }
    // The rendered output, in every language, for CN and for US/GB cases.
    let w = Workdir::from_fixture("idle-broadband");
    for country in ["CN", "US", "GB"] {
        let cfg =
            std::fs::read_to_string(fixture_path("cases/idle-broadband/billaudit.toml")).unwrap();
        w.create(
            "billaudit.toml",
            cfg.replace("country = \"CN\"", &format!("country = \"{country}\"")),
        );
        let log = vec![LogEntry {
            at: case::parse_at("2025-10-05 14:30").unwrap(),
            kind: case::EntryKind::Call,
            ticket: Some("T-1".into()),
            agent: Some("8812".into()),
            promised: Some("refund 1032 by 2025-10-12".into()),
            note: None,
            refused: false,
            line: 1,
        }];
        for lang in Lang::all() {
            let html = pack(w.path(), lang, &log);
            assert_only_verified_citations(&format!("pack {country} {lang}"), &html);
            assert_only_verified_citations(
                &format!("markdown {country} {lang}"),
                &md(w.path(), lang),
            );
            let audit = audit_case(w.path(), lang).unwrap();
            let st = case::status::status(&audit, &log, as_of());
            let input = case::appeal::AppealInput {
                phone: Some("13800138000".into()),
                ..Default::default()
            };
            let ap = case::appeal::appeal(&audit, &st, &input);
            assert_only_verified_citations(&format!("appeal {country} {lang}"), &ap.text(lang));
        }
    }
    // And the clause that is not in the current text is never cited.
    assert!(!legal::all_citations()
        .iter()
        .any(|c| c.contains("第四十条")));
}

#[test]
fn imported_text_stays_inert() {
    let w = Workdir::from_fixture("idle-broadband");
    // A payee named like a script, on the unexplained debit, and a formula-like bill item.
    let bank = w.read("bank/对公账户流水_2025.csv");
    let bank = bank.replace(
        "2025-07-20,代扣电信费,中国电信股份有限公司杭州分公司",
        "2025-07-20,代扣电信费,<script>alert(1)</script>",
    );
    assert!(bank.contains("<script>"));
    w.create("bank/对公账户流水_2025.csv", bank);
    let bill = w.read("bills/2025-10.csv").replace(
        "2025-10,,本期合计,516.00",
        "2025-10,ADSL05718800123,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"宽带\"\")\",10.00\n2025-10,,本期合计,526.00",
    );
    w.create("bills/2025-10.csv", bill);

    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "pack.html",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let html = w.read("pack.html");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "the payee is shown, escaped"
    );
    assert!(!html.contains("<script"), "no script element");
    assert!(
        html.contains("=HYPERLINK("),
        "the formula-like item is shown as text"
    );
    assert!(!html.contains("href="), "and is no link");
    // Inside the SVG too.
    for svg in html.split("<svg").skip(1) {
        let svg = &svg[..svg.find("</svg>").unwrap()];
        assert!(!svg.contains("<script"));
    }

    let o = w.run(&[
        "audit",
        ".",
        "--format",
        "csv",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    let csv = String::from_utf8(o.stdout).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let mut guarded = 0;
    for rec in r.records() {
        let rec = rec.unwrap();
        for cell in rec.iter() {
            assert!(!cell.starts_with('='), "unguarded formula cell {cell:?}");
            if cell.starts_with("'=HYPERLINK") {
                guarded += 1;
            }
        }
    }
    assert!(
        guarded > 0,
        "the formula-like item reaches the CSV, guarded:\n{csv}"
    );

    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "evidence.md",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let md = w.read("evidence.md");
    assert!(!md.contains("<script"), "markdown is escaped too");
}
