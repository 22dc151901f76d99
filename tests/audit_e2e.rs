//! End-to-end tests: drive the binary on the fixture cases.

mod common;

use common::{billaudit, stderr, stdout, Workdir};
use serde_json::Value;

fn audit_json(case: &str) -> (i32, Value) {
    let o = billaudit(&[
        "audit",
        &format!("fixtures/cases/{case}"),
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    let v: Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{case}: {e}\n{}", stderr(&o)));
    (o.status.code().unwrap(), v)
}

/// (rule, period, service, amount) of every finding, in report order.
fn summary(v: &Value) -> Vec<(String, String, String, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["period"].as_str().unwrap_or("-").to_string(),
                f["service"].as_str().unwrap_or("-").to_string(),
                f["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn row(rule: &str, period: &str, service: &str, amount: &str) -> (String, String, String, String) {
    (rule.into(), period.into(), service.into(), amount.into())
}

#[test]
fn idle_broadband_yields_exactly_the_expected_findings() {
    let (code, v) = audit_json("idle-broadband");
    assert_eq!(code, 1, "findings mean exit code 1");
    assert_eq!(
        summary(&v),
        vec![
            row("unused-service", "2025-06", "broadband", "258.00"),
            row("unused-service", "2025-07", "broadband", "258.00"),
            row("unexplained-deduction", "2025-07", "-", "100.00"),
            row("unused-service", "2025-08", "broadband", "258.00"),
            row("unused-service", "2025-09", "broadband", "258.00"),
            row(
                "charge-after-cancellation",
                "2025-09",
                "broadband",
                "172.00"
            ),
            row(
                "charge-after-cancellation",
                "2025-10",
                "broadband",
                "258.00"
            ),
            row("termination-fee", "2025-10", "broadband", "258.00"),
        ]
    );
    // September's line is flagged twice but counted once: 4×258 + 258 + 258 + 100.
    assert_eq!(v["summary"]["disputed_total"], "1648.00");
    assert_eq!(v["summary"]["findings"], 8);
    assert_eq!(v["version"], 1);
    assert_eq!(v["currency"], "CNY");
    // Evidence points at the original rows.
    let june = &v["findings"][0]["evidence"];
    assert_eq!(june[0]["file"], "bills/2025-06.csv");
    assert_eq!(june[0]["row"], 4);
    assert_eq!(june[0]["kind"], "bill-line");
    assert_eq!(june[1]["file"], "usage/上网详单_20250101-20250930.csv");
    let debit = &v["findings"][2]["evidence"][0];
    assert_eq!(debit["file"], "bank/对公账户流水_2025.csv");
    assert_eq!(debit["row"], 32);
    // Every file was read and every row accounted for.
    for f in v["files"].as_array().unwrap() {
        assert!(f["failure"].is_null(), "{f}");
        let skipped: u64 = f["skipped"]
            .as_object()
            .unwrap()
            .values()
            .map(|n| n.as_u64().unwrap())
            .sum();
        assert_eq!(
            f["rows"].as_u64().unwrap(),
            f["records"].as_u64().unwrap() + skipped + f["errors"].as_u64().unwrap(),
            "{f}"
        );
    }
}

#[test]
fn idle_broadband_terminal_summary() {
    let o = billaudit(&["audit", "fixtures/cases/idle-broadband", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("idle_broadband_terminal_en", stdout(&o));
    let o = billaudit(&["audit", "fixtures/cases/idle-broadband", "--lang", "zh-CN"]);
    insta::assert_snapshot!("idle_broadband_terminal_zh_cn", stdout(&o));
}

#[test]
fn idle_broadband_evidence_markdown() {
    let w = Workdir::from_fixture("idle-broadband");
    for lang in ["en", "zh-CN", "zh-TW"] {
        let o = w.run(&[
            "audit",
            ".",
            "--evidence",
            "evidence.md",
            "--force",
            "--lang",
            lang,
            "--as-of",
            "2025-10-20",
        ]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let md = w.read("evidence.md");
        // The call script carries the case's own amounts.
        assert!(md.contains("1,648.00"), "{lang}: disputed total missing");
        // The idle months net of September's share already claimed after cancellation.
        assert!(md.contains("860"), "{lang}: idle months (860) missing");
        assert!(
            md.contains("bills/2025-06.csv:4"),
            "{lang}: file:row reference missing"
        );
        assert!(md.contains("12300"), "{lang}: MIIT appeal missing");
        assert!(md.contains("24"), "{lang}: reply deadline missing");
        insta::assert_snapshot!(
            format!(
                "idle_broadband_evidence_{}",
                lang.replace('-', "_").to_lowercase()
            ),
            md
        );
    }
}

#[test]
fn reply_hours_change_the_script() {
    let w = Workdir::from_fixture("idle-broadband");
    w.run(&[
        "audit",
        ".",
        "--evidence",
        "e.md",
        "--lang",
        "en",
        "--reply-hours",
        "48",
    ]);
    assert!(w.read("e.md").contains("within 48 hours"));
}

#[test]
fn csv_output_is_guarded() {
    let w = Workdir::from_fixture("unsubscribed-charge");
    // A bill item that a spreadsheet would run as a formula.
    let bill = "项目名称,金额（元）,号码\n=HYPERLINK(\"http://x\"),9.00,13800138000\n";
    let mut bytes = "账期：2025年04月\n".as_bytes().to_vec();
    bytes.extend_from_slice(bill.as_bytes());
    w.create("evil.csv", bytes);
    let o = w.run(&["audit", ".", "--format", "csv", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("'=HYPERLINK"), "{out}");
    assert!(!out.contains(",=HYPERLINK"), "{out}");
}

/// `--format csv` starts with a UTF-8 BOM (Excel on Chinese Windows reads the file as
/// UTF-8 only then), on stdout and in `-o`, exactly once, and the cells read back intact.
#[test]
fn csv_output_has_a_utf8_bom() {
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&["audit", ".", "--format", "csv", "--lang", "zh-CN"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o2 = w.run(&["audit", ".", "--format", "csv", "-o", "f.csv"]);
    assert_eq!(o2.status.code(), Some(1), "{}", stderr(&o2));
    let file = std::fs::read(w.join("f.csv")).unwrap();
    for bytes in [&o.stdout, &file] {
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBFrule,severity,"),
            "{bytes:?}"
        );
        let text = std::str::from_utf8(bytes).unwrap();
        assert_eq!(text.matches('\u{feff}').count(), 1);
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(&r.headers().unwrap()[0], "rule");
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        assert_eq!(rows.len(), 8);
        assert!(rows.iter().any(|x| &x[4] == "企业宽带200M月租费"), "{text}");
    }
}

#[test]
fn clean_case_exits_zero() {
    let w = Workdir::from_fixture("duplicate-charge");
    w.create(
        "bill-2025-04.csv",
        "账单月份,费用名称,应收金额\n2025-04,宽带月租费,99.00\n2025-04,总计,99.00\n",
    );
    let o = w.run(&["audit", ".", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("Nothing flagged"));
}

#[test]
fn json_is_byte_identical_across_runs() {
    let a = billaudit(&["audit", "fixtures/cases/idle-broadband", "--format", "json"]);
    let b = billaudit(&["audit", "fixtures/cases/idle-broadband", "--format", "json"]);
    assert_eq!(a.stdout, b.stdout);
}

/// A payee pattern that matches no transaction turns the payment checks for that payee off
/// without a word unless it is reported: it is, in the report language, naming the pattern.
#[test]
fn a_payee_pattern_matching_nothing_is_a_warning() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = w.read("billaudit.toml").replace(
        "payees = [\"中国电信\", \"电信\"]",
        "payees = [\"中国电信\", \"电信\", \"翼支付\"]",
    );
    assert!(cfg.contains("翼支付"), "the demo's payees line moved");
    w.create("billaudit.toml", cfg);
    let o = w.run(&["audit", ".", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "the payee pattern \"翼支付\" in [account] payees matches none of the 40 transactions"
        ),
        "{out}"
    );
    assert!(
        out.contains("CNY 1,648.00"),
        "the findings are unchanged: {out}"
    );
    let o = w.run(&["audit", ".", "--lang", "zh-CN"]);
    assert!(
        stdout(&o).contains("“翼支付”与 40 笔交易都对不上"),
        "{}",
        stdout(&o)
    );
    // The demo itself names only payees that occur.
    let o = billaudit(&["audit", "fixtures/cases/idle-broadband", "--lang", "en"]);
    assert!(!stdout(&o).contains("payee pattern"), "{}", stdout(&o));
}

#[test]
fn invalid_config_points_at_line_and_column() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = w
        .read("billaudit.toml")
        .replace("cancelled = \"2025-09-10\"", "cancelled = \"2025-09-31\"");
    w.create("billaudit.toml", cfg);
    let o = w.run(&["audit", "."]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("billaudit.toml:22:13"), "{err}");
    assert!(err.contains("expected a date"), "{err}");
    assert!(err.contains("^^^^^^^^^^^^"), "{err}");

    w.create(
        "billaudit.toml",
        "[account]\ncarrier = \"x\"\n[[service]]\nid = \"a\"\nkind = \"fiber\"\n",
    );
    let err = stderr(&w.run(&["audit", "."]));
    assert!(err.contains("billaudit.toml:5:8"), "{err}");
    assert!(err.contains("fiber"), "{err}");
}

#[test]
fn missing_config_and_nothing_usable_are_errors() {
    let w = Workdir::new();
    w.create("notes.txt", "hello");
    let o = w.run(&["audit", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("billaudit.toml"), "{}", stderr(&o));

    w.create("billaudit.toml", "[account]\ncarrier = \"x\"\n");
    let o = w.run(&["audit", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing usable"), "{}", stderr(&o));
}

#[test]
fn an_unrecognised_file_is_listed_and_the_audit_goes_on() {
    let w = Workdir::from_fixture("idle-broadband");
    w.create(
        "misc/notes.txt",
        "Called 10000 on 2025-09-10 to cancel.\nThey said OK.\n",
    );
    w.create(
        "misc/photo.jpg",
        [0xFFu8, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0],
    );
    let o = w.run(&["audit", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["disputed_total"], "1648.00");
    let err = stderr(&o);
    assert!(err.contains("misc/notes.txt: not recognised"), "{err}");
    assert!(
        err.contains("misc/photo.jpg: not read: an image, a format not read yet: export"),
        "{err}"
    );
}

/// What the user is told about files that are not read: an Excel lock file is named as
/// such, a format not read yet says so and what to do, and every skipped file is printed
/// once, whatever the output format.
#[test]
fn skipped_files_say_what_to_do_once() {
    let w = Workdir::from_fixture("idle-broadband");
    let mut lock = vec![8u8];
    lock.extend_from_slice(b"Wang Wei");
    lock.resize(162, b' ');
    w.create("bills/~$2025-06.xlsx", &lock);
    w.create(
        "bills/2025-11.docx",
        b"PK\x03\x04\x14\0\0\0\x08\0word/document.xml",
    );
    w.create("misc/notes.txt", "Called 10000 on 2025-09-10.\n");
    let lock_msg = "bills/~$2025-06.xlsx: not read: an Office lock file (~$…), written while the workbook is open in Excel or WPS, not data: close the workbook";
    let doc_msg = "bills/2025-11.docx: not read: a Word document, a format not read yet: export the bill or statement as CSV or XLSX";
    let notes_msg = "misc/notes.txt: not recognised";
    let count = |hay: &str, needle: &str| hay.matches(needle).count();
    for args in [
        &["audit", ".", "--lang", "en"][..],
        &["audit", ".", "--format", "json"],
        &["audit", ".", "--format", "csv"],
        &["audit", ".", "-o", "out.txt"],
    ] {
        let o = w.run(args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        // What a terminal shows: stdout (unless written to a file) and stderr.
        let shown = if args.contains(&"json") || args.contains(&"-o") || args.contains(&"csv") {
            stderr(&o)
        } else {
            format!("{}{}", stdout(&o), stderr(&o))
        };
        for msg in [lock_msg, doc_msg, notes_msg] {
            assert_eq!(count(&shown, msg), 1, "{args:?}: {msg}\n{shown}");
        }
    }
    // `import` names each file once, with the same reason.
    let o = w.run(&["import", "bills", "misc", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    for msg in [lock_msg, doc_msg, notes_msg] {
        let (file, why) = msg.split_once(": ").unwrap();
        let why = why.trim_start_matches("not read: ");
        assert_eq!(count(&out, file), 1, "{msg}\n{out}");
        let line = out.lines().find(|l| l.contains(file)).unwrap();
        assert!(line.contains(why), "{msg}\n{out}");
    }
}

#[test]
fn import_of_an_empty_or_missing_folder_says_so() {
    let w = Workdir::new();
    std::fs::create_dir_all(w.join("empty/sub")).unwrap();
    w.create("empty/.hidden", "x");
    for (args, msg) in [
        (
            &["import", "empty"][..],
            "error: empty: the folder holds no files to import",
        ),
        (
            &["import", "--check", "missing"],
            "error: missing: no such file or folder",
        ),
        (
            &["import", "missing.csv"],
            "error: missing.csv: no such file or folder",
        ),
    ] {
        let o = w.run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(msg), "{args:?}: {}", stderr(&o));
    }
    // Beside a folder with files, the empty one is still named and the exit code is 2.
    let o = billaudit(&[
        "import",
        "fixtures/cases/idle-broadband/bills",
        "fixtures/nonexistent",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stdout(&o).contains("bills/2025-06.csv: generic-bill"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("fixtures/nonexistent: no such file or folder"),
        "{}",
        stderr(&o)
    );
}

/// `--as-of` in another format is refused with the format it expects, by every command.
#[test]
fn as_of_errors_name_the_expected_format() {
    for cmd in [
        &["audit", "fixtures/cases/idle-broadband"][..],
        &["case", "status", "fixtures/cases/idle-broadband"],
        &["case", "appeal", "fixtures/cases/idle-broadband"],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--as-of", "2025/07/20"]);
        let o = billaudit(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.contains("'2025/07/20'")
                && err.contains("expected a date as YYYY-MM-DD, e.g. 2025-07-20"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn malformed_rows_are_reported_with_file_row_column() {
    let w = Workdir::from_fixture("idle-broadband");
    let bank = w
        .read("bank/对公账户流水_2025.csv")
        .replacen(",6000.00,", ",6O00.00,", 1);
    w.create("bank/对公账户流水_2025.csv", bank);
    let o = w.run(&["audit", ".", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("bank/对公账户流水_2025.csv:5:5: column '支出金额': expected an amount or an empty cell, found \"6O00.00\""),
        "{err}"
    );
    let o = w.run(&["import", "--check", "bank"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("errors: 1"), "{}", stdout(&o));
}

#[test]
fn import_reports_every_row() {
    let o = billaudit(&["import", "fixtures/cases/unsubscribed-charge"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("支付记录.csv: generic-transactions (transactions), gb18030"),
        "{out}"
    );
    assert!(out.contains("closed or failed transaction"), "{out}");
    assert!(
        out.contains("账单_2025年3月.csv: generic-bill (bill-lines), gb18030"),
        "{out}"
    );
    let o = billaudit(&["import", "--check", "fixtures/cases/idle-broadband"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn garbage_never_panics() {
    let w = Workdir::new();
    w.create("empty.csv", "");
    w.create("bom-only.csv", "\u{feff}");
    w.create("truncated.xlsx", b"PK\x03\x04\x14\x00\x00\x00garbage");
    w.create(
        "ole.xls",
        [0xD0u8, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0],
    );
    w.create(
        "binary.dat",
        (0u8..=255).cycle().take(5000).collect::<Vec<_>>(),
    );
    w.create("quotes.csv", "\"unterminated,a,b\n1,2,3\n");
    w.create("header-only.csv", "账期,费用项目,金额\n");
    w.create(
        "bad-cells.csv",
        "账期,费用项目,金额\n2025-13,x,1\n2025-01,,\n2025-01,x,1e999999\n,,\n2025-02,y,--\n",
    );
    let o = w.run(&["import", ".", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);
    // Each unusable file once, with its reason.
    for (f, why) in [
        ("empty.csv", "not recognised: empty file"),
        (
            "truncated.xlsx",
            "not recognised: cannot open as a spreadsheet: a ZIP archive without",
        ),
        ("ole.xls", "not recognised: cannot open as a spreadsheet"),
        ("binary.dat", "not recognised: binary data"),
    ] {
        assert_eq!(out.matches(&format!("{f}: {why}")).count(), 1, "{f}: {out}");
        assert_eq!(out.matches(f).count(), 1, "{f}: {out}");
    }
    assert!(out.contains("bad-cells.csv: generic-bill"), "{out}");
    assert!(
        out.contains("bad-cells.csv:2:1: column '账期': expected a billing period"),
        "{out}"
    );
}

#[test]
fn case_rules_override_and_extend_the_builtin_ones() {
    let w = Workdir::from_fixture("unsubscribed-charge");
    // A user-written rule, no Rust needed: flag every 彩铃 charge as high.
    w.create(
        "rules/ringtone.toml",
        "id = \"ringtone\"\ncheck = \"item-match\"\nseverity = \"high\"\n[title]\nen = \"Ringtone fee {amount}\"\n[argument]\nen = \"Never ordered a ringtone.\"\n[filter]\nitem = \"彩铃\"\n",
    );
    // And switch a built-in rule off.
    w.create(
        "rules/unsubscribed-charge.toml",
        "id = \"unsubscribed-charge\"\ncheck = \"unsubscribed-charge\"\nseverity = \"low\"\nenabled = false\n[title]\nen = \"off\"\n[argument]\nen = \"off\"\n",
    );
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, vec!["ringtone", "ringtone"]);
    assert_eq!(v["findings"][0]["title"], "Ringtone fee CNY 5.00");

    w.create("rules/broken.toml", "id = \"b\"\ncheck = \"item-match\"\nseverity = \"high\"\n[title]\nen = \"t\"\n[argument]\nen = \"a\"\n[filter]\nitem = \"(\"\n");
    let o = w.run(&["audit", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("broken.toml:9:8: invalid regular expression"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn rules_and_explain() {
    let o = billaudit(&["rules"]);
    assert_eq!(o.status.code(), Some(0));
    for id in [
        "unused-service",
        "charge-after-cancellation",
        "termination-fee",
        "bill-total-mismatch",
    ] {
        assert!(stdout(&o).contains(id), "{id}");
    }
    let o = billaudit(&["explain", "unused-service"]);
    let out = stdout(&o);
    assert!(
        out.contains("## What it does")
            && out.contains("## Why it matters")
            && out.contains("## Example"),
        "{out}"
    );
    let o = billaudit(&["explain", "no-such-rule"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn usage_coverage_is_declared_observed_or_configured() {
    let w = Workdir::from_fixture("idle-broadband");
    // Without a stated range the usage file covers the days its records span (January to
    // May): no month after its last record can be called idle, and the report says so.
    let usage = w
        .read("usage/上网详单_20250101-20250930.csv")
        .replace("起始时间：2025-01-01 终止时间：2025-09-30\n", "");
    std::fs::remove_file(w.join("usage/上网详单_20250101-20250930.csv")).unwrap();
    w.create("usage/上网详单.csv", usage);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let idle: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unused-service")
        .map(|f| f["period"].as_str().unwrap())
        .collect();
    assert!(idle.is_empty(), "{idle:?}");
    let assumptions = v["assumptions"].to_string();
    assert!(
        assumptions.contains("usage/上网详单.csv states no date range"),
        "{assumptions}"
    );

    // `[usage] covers` limits the claim to the periods the user vouches for.
    let cfg = w.read("billaudit.toml") + "\n[usage]\ncovers = [\"2025-01\", \"2025-08\"]\n";
    w.create("billaudit.toml", cfg);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let idle: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unused-service")
        .map(|f| f["period"].as_str().unwrap())
        .collect();
    assert_eq!(idle, vec!["2025-06", "2025-07", "2025-08"]);
}

#[test]
fn several_debits_can_pay_one_bill_and_refunds_cancel_debits() {
    let w = Workdir::from_fixture("payment-mismatch");
    std::fs::remove_file(w.join("bank.xlsx")).unwrap();
    w.create(
        "bank.csv",
        "交易日期,对方户名,交易金额\n\
         2025-03-05,中国电信,-200.00\n\
         2025-03-06,中国电信,-58.00\n\
         2025-04-05,中国电信,-258.00\n\
         2025-04-20,中国电信,-30.00\n\
         2025-04-25,中国电信,30.00\n",
    );
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn every_physical_line_is_a_row() {
    let w = Workdir::new();
    let text = "账户明细\n\n交易日期,对方户名,交易金额\n2025-03-05,中国电信,-58.00\n\n\n2025-03-06,超市,-9.90\n\n";
    w.create("bank.csv", text);
    let o = w.run(&["import", "--format", "json", "bank.csv"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &v[0];
    assert_eq!(r["rows"], text.lines().count());
    assert_eq!(r["records"], 2);
    assert_eq!(r["skipped"]["blank line"], 4);
    assert_eq!(r["skipped"]["preamble"], 1);
}

// ---- Findings that hold up on the call: the failure stories, each on a case of its own.

/// (rules, period, amount, the record disputed) of every disputed item, in report order.
fn disputes(v: &Value) -> Vec<(String, String, String, String)> {
    v["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let rules: Vec<&str> = d["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["rule"].as_str().unwrap())
                .collect();
            let c = &d["concerns"];
            (
                rules.join(" + "),
                d["period"].as_str().unwrap_or("-").to_string(),
                d["amount"].as_str().unwrap().to_string(),
                format!("{}:{}", c["file"].as_str().unwrap_or("-"), c["row"]),
            )
        })
        .collect()
}

fn item(rules: &str, period: &str, amount: &str, at: &str) -> (String, String, String, String) {
    (rules.into(), period.into(), amount.into(), at.into())
}

/// The disputed total equals the sum of the disputed items.
fn assert_adds_up(v: &Value) {
    let sum: rust_decimal::Decimal = v["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            d["amount"]
                .as_str()
                .unwrap()
                .parse::<rust_decimal::Decimal>()
                .unwrap()
        })
        .sum();
    assert_eq!(
        sum.to_string(),
        v["summary"]["disputed_total"].as_str().unwrap(),
        "{v}"
    );
}

#[test]
fn a_double_debit_is_one_claim_against_its_twin_and_the_prior_bill_and_arrears_are_not_claimed() {
    let (code, v) = audit_json("household-double-debit");
    assert_eq!(code, 1);
    assert_eq!(
        disputes(&v),
        vec![item(
            "duplicate-payment",
            "2025-06",
            "168.00",
            "wallet/和包交易明细.csv:9"
        )]
    );
    // The claim names both debits of 6 July, not the ones that paid May or July.
    let ev: Vec<String> = v["disputes"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "transaction")
        .map(|e| format!("{}:{}", e["file"].as_str().unwrap(), e["row"]))
        .collect();
    assert_eq!(
        ev,
        vec!["wallet/和包交易明细.csv:8", "wallet/和包交易明细.csv:9"]
    );
    assert_adds_up(&v);
    assert_eq!(v["summary"]["disputed_total"], "168.00");
    // No unexplained deduction, no unordered service or total mismatch for the arrears.
    assert_eq!(v["summary"]["findings"], 1, "{}", v["findings"]);
    let assumptions = v["assumptions"].to_string();
    assert!(assumptions.contains("2024-12 bill"), "{assumptions}");
    assert!(assumptions.contains("counted once"), "{assumptions}");
}

#[test]
fn an_overpayment_is_claimed_for_the_difference_and_a_ghost_debit_is_found_among_equal_totals() {
    let (code, v) = audit_json("company-overpaid-ghost");
    assert_eq!(code, 1);
    assert_eq!(
        disputes(&v),
        vec![
            item(
                "payment-mismatch",
                "2025-05",
                "50.00",
                "bank/对公流水_2025.csv:18"
            ),
            item(
                "unexplained-deduction",
                "2025-08",
                "66.60",
                "bank/对公流水_2025.csv:27"
            ),
        ]
    );
    assert_adds_up(&v);
    assert_eq!(v["summary"]["disputed_total"], "116.60");
    // The mobile plan has no usage export: not checked, never called unused.
    assert!(!v["findings"].to_string().contains("unused-service"));
    assert!(
        v["assumptions"]
            .to_string()
            .contains("'manager-phone' not checked"),
        "{}",
        v["assumptions"]
    );
}

#[test]
fn one_claim_per_line_and_debit_and_every_report_adds_up_to_the_total() {
    let (code, v) = audit_json("us-cancelled-line");
    assert_eq!(code, 1);
    assert_eq!(
        disputes(&v),
        vec![
            item(
                "charge-after-cancellation",
                "2025-04",
                "23.33",
                "bills/2025-04.csv:3"
            ),
            item(
                "unused-service + charge-after-cancellation",
                "2025-05",
                "35.00",
                "bills/2025-05.csv:3"
            ),
            item(
                "unused-service + charge-after-cancellation",
                "2025-06",
                "35.00",
                "bills/2025-06.csv:3"
            ),
            item(
                "duplicate-payment",
                "2025-06",
                "142.77",
                "bank/checking.csv:20"
            ),
        ]
    );
    assert_adds_up(&v);
    assert_eq!(v["summary"]["disputed_total"], "236.10");
    // Balances, payments, amounts due and the installment series are not charges.
    let findings = v["findings"].to_string();
    for not in [
        "unexplained-deduction",
        "unsubscribed-charge",
        "new-charge",
        "price-change",
    ] {
        assert!(!findings.contains(not), "{not}: {findings}");
    }

    let money = regex::Regex::new(r"\$([0-9,]+\.[0-9]{2})").unwrap();
    let amount = |s: &str| -> rust_decimal::Decimal {
        let m = money
            .captures(s)
            .unwrap_or_else(|| panic!("no amount in {s}"));
        m[1].replace(',', "").parse().unwrap()
    };
    // The Markdown pack lists the same items, and its call script's items add up.
    let w = Workdir::from_fixture("us-cancelled-line");
    let o = w.run(&[
        "audit",
        ".",
        "--lang",
        "en",
        "--evidence",
        "ev.md",
        "--as-of",
        "2025-08-01",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = w.read("ev.md");
    let listed: Vec<rust_decimal::Decimal> = md
        .lines()
        .filter(|l| l.starts_with("- Disputed amount:"))
        .map(amount)
        .collect();
    assert_eq!(listed.len(), 4, "{md}");
    assert_eq!(
        listed.iter().sum::<rust_decimal::Decimal>().to_string(),
        "236.10"
    );
    let script = md
        .split("### 1. Evidence")
        .nth(1)
        .and_then(|s| s.split("### 2.").next())
        .unwrap();
    let said: rust_decimal::Decimal = script
        .lines()
        .filter(|l| l.starts_with("- ") && money.is_match(l) && !l.contains("in total"))
        .map(amount)
        .sum();
    assert_eq!(said.to_string(), "236.10", "{script}");
    // … and the total the script states is that sum.
    assert!(script.contains("That is $236.10 in total."), "{script}");
    // So does the appeal's list of facts.
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "--contact",
        "6145550142",
        "--lang",
        "en",
        "--as-of",
        "2025-08-01",
    ]);
    let text = stdout(&o);
    // One numbered fact per claim (the claims of one kind together), each with its amount.
    let section = text
        .split("Facts and reasons:")
        .nth(1)
        .and_then(|s| s.split("Disputed in total:").next())
        .unwrap_or_default();
    let fact = regex::Regex::new(r"(?m)^\d+\. [^\n]*?: \$([0-9,]+\.[0-9]{2})").unwrap();
    let facts: Vec<rust_decimal::Decimal> = fact
        .captures_iter(section)
        .map(|c| c[1].replace(',', "").parse().unwrap())
        .collect();
    assert_eq!(facts.len(), 2, "{text}");
    assert!(text.contains("Disputed in total: $236.10"), "{text}");
    assert_eq!(
        facts.iter().sum::<rust_decimal::Decimal>().to_string(),
        "236.10"
    );
}

/// A broadband session log whose headers are none of the known synonyms (上网时间,
/// 上行流量, 宽带上网账号): its columns are found by their key words, the log covers the
/// line, and only the months without a session are claimed idle.
#[test]
fn a_usage_log_with_unlisted_headers_is_read_by_key_words() {
    let w = Workdir::new();
    w.create(
        "billaudit.toml",
        "[account]\ncarrier = \"中国电信\"\ncurrency = \"CNY\"\npayees = [\"电信\"]\n\n\
         [[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\n\
         monthly_fee = \"99.00\"\nnumbers = [\"075587654321\"]\n",
    );
    let mut bill = String::from("账期,业务号码,收费项目,应收金额\n");
    for m in ["2025-03", "2025-04", "2025-05"] {
        bill.push_str(&format!("{m},075587654321,宽带包月费,99.00\n"));
    }
    w.create("bills/bills.csv", bill);
    w.create(
        "usage/宽带上网记录_20250301-20250531.csv",
        "上网时间,下线时间,上网时长(秒),上行流量(KB),下行流量(KB),宽带上网账号\n\
         2025-03-02 09:00:00,2025-03-02 10:00:00,3600,1200,56000,075587654321\n\
         2025-04-18 20:00:00,2025-04-18 20:30:00,1800,300,9000,075587654321\n",
    );
    let o = w.run(&["import", "usage"]);
    assert!(
        stdout(&o).contains("generic-usage (usage)"),
        "{}",
        stdout(&o)
    );
    let o = w.run(&["audit", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        summary(&v),
        vec![row("unused-service", "2025-05", "bb", "99.00")],
        "{v:#}"
    );
}

/// A statement's opening and closing balance lines (a date, no amount) are counted as
/// summary lines, not reported as rows that could not be read.
#[test]
fn balance_lines_of_a_statement_are_summary_lines() {
    let w = Workdir::new();
    w.create(
        "bank/stmt.csv",
        "Date,Description,Amount,Running Bal.\n\
         01/03/2025,\"Beginning balance as of 01/03/2025\",,2500.00\n\
         01/15/2025,\"AT&T MOBILITY DES:ONLINE PMT ID:XXXXX1234\",-95.00,2405.00\n\
         01/31/2025,\"Ending balance as of 01/31/2025\",,2405.00\n",
    );
    let o = w.run(&["import", "bank", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let f = &v[0];
    assert_eq!(f["records"], 1, "{v:#}");
    assert_eq!(f["error_count"], 0, "{v:#}");
    // (The first line's date, 01/03/2025, shows no day/month order yet: it is a note line.)
    let summaries = f["skipped"]["summary line"].as_u64().unwrap_or(0)
        + f["skipped"]["summary or note line"].as_u64().unwrap_or(0);
    assert_eq!(summaries, 2, "{v:#}");
}
