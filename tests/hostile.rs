//! Hostile and careless input (issue 11): one bad file never takes the other files'
//! findings with it, and the bad file is named with the reason. Each test plants its own
//! hostile workbook beside the demo case and checks that the audit still gives the demo's
//! eight findings and ¥1,648.00, exits 1, and names the file on stderr.

mod common;

use common::workbooks::{self, dimensions, number, row, statement_rows};
use common::{stderr, Workdir};
use serde_json::Value;

/// Audit the demo case with `bytes` added as `bank/NAME`; the stderr of the run.
fn audit_with(name: &str, bytes: &[u8]) -> String {
    let w = Workdir::from_fixture("idle-broadband");
    w.create(&format!("bank/{name}"), bytes);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "exit code; stderr:\n{err}");
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert_eq!(v["summary"]["findings"], 8, "{err}");
    let line = err
        .lines()
        .find(|l| l.contains(&format!("bank/{name}")))
        .unwrap_or_else(|| panic!("bank/{name} is not named:\n{err}"));
    line.to_string()
}

fn xlsx_with(extra_rows: &str) -> Vec<u8> {
    workbooks::xlsx(&(statement_rows() + extra_rows), None)
}

#[test]
fn xlsx_shared_strings_declaring_u64_max_strings() {
    let sst = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="18446744073709551615"><si><t>x</t></si></sst>"#;
    let bytes = workbooks::xlsx(&statement_rows(), Some(sst));
    assert!(bytes.len() < 4096, "a small file: {} bytes", bytes.len());
    let line = audit_with("sst.xlsx", &bytes);
    assert!(
        line.contains("declares 18446744073709551615 strings"),
        "{line}"
    );
}

#[test]
fn xlsx_one_cell_at_xfd1048576() {
    let far = r#"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#;
    let line = audit_with("xfd.xlsx", &xlsx_with(far));
    assert!(line.contains("1048576 rows × 16384 columns"), "{line}");
}

#[test]
fn xlsx_one_cell_at_row_four_billion() {
    let far = r#"<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>"#;
    let line = audit_with("row4e9.xlsx", &xlsx_with(far));
    assert!(line.contains("beyond Excel's limits"), "{line}");
}

#[test]
fn xlsx_one_cell_at_cv1048576() {
    let far = r#"<row r="1048576"><c r="CV1048576"><v>1</v></c></row>"#;
    let line = audit_with("cv.xlsx", &xlsx_with(far));
    assert!(line.contains("1048576 rows × 100 columns"), "{line}");
}

#[test]
fn xlsx_cells_without_references_counted_where_the_reader_puts_them() {
    // No `r` attributes: the reader numbers rows and columns itself; a row far down
    // (explicit) plus a header at the top still spans too much.
    let far = r#"<row r="900000"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c><v>4</v></c><c><v>5</v></c></row>"#;
    let line = audit_with("implicit.xlsx", &xlsx_with(far));
    assert!(line.contains("900000 rows × 5 columns"), "{line}");
}

/// A dense sheet (every cell a value) that passes every ZIP check: tens of megabytes of
/// XML, 4.2 million cells. Refused for its cells before the reader allocates them.
#[test]
fn xlsx_dense_sheet_passing_the_zip_checks() {
    let mut rows = statement_rows();
    for r in 4..=210_003u64 {
        rows.push_str(&format!(r#"<row r="{r}">"#));
        for c in 0..20u64 {
            rows.push_str(&format!("<c><v>{}.{c}</v></c>", r * 7919 % 1009));
        }
        rows.push_str("</row>");
    }
    let xml_bytes = rows.len();
    let bytes = workbooks::deflated(&workbooks::xlsx(&rows, None));
    assert!(xml_bytes > 60 << 20, "{xml_bytes}");
    assert!(bytes.len() < xml_bytes / 3, "{} bytes", bytes.len());
    let line = audit_with("dense.xlsx", &bytes);
    assert!(
        line.contains("rows × 20 columns") && line.contains("at most 4000000 cells are read"),
        "{line}"
    );
}

/// A sheet part that inflates to 300 MiB (legal XML: whitespace and comments around a
/// three-row statement) from a package small enough, and compressed little enough, to pass
/// the ZIP checks: refused for its size before the reader inflates it.
#[test]
fn xlsx_sheet_part_inflating_past_the_bound() {
    // A 64 KiB block: comments holding pseudo-random text (so that it does not compress a
    // thousandfold, which the ZIP checks refuse) among runs of blanks.
    let mut filler = Vec::with_capacity(64 << 10);
    let mut x: u32 = 2_463_534_242;
    while filler.len() < (64 << 10) - 600 {
        filler.extend_from_slice(b"<!-- ");
        for _ in 0..40 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            filler.push(b'a' + (x % 26) as u8);
        }
        filler.extend_from_slice(b" -->");
        filler.extend(std::iter::repeat_n(b' ', 400));
    }
    let bytes = workbooks::xlsx_padded(&statement_rows(), 300 << 20, &filler);
    assert!(bytes.len() < 64 << 20, "{} bytes", bytes.len());
    let line = audit_with("padded.xlsx", &bytes);
    assert!(
        line.contains(r#"the part "xl/worksheets/sheet1.xml" inflates to 300 MiB"#),
        "{line}"
    );
}

#[test]
fn xls_dimensions_record_asking_for_petabytes() {
    let bytes = workbooks::xls(&[dimensions((0, u32::MAX), (0, 0xFFFF)), number(0, 0, 1.0)]);
    let line = audit_with("dims.xls", &bytes);
    assert!(line.contains("declares 281470681677825 cells"), "{line}");
}

#[test]
fn xls_dimensions_record_with_rows_reversed() {
    // Last row before the first: the reader's subtraction wraps to four billion rows.
    let bytes = workbooks::xls(&[dimensions((10, 5), (0, 4)), number(0, 0, 1.0)]);
    let line = audit_with("reversed.xls", &bytes);
    assert!(line.contains("DIMENSIONS"), "{line}");
}

#[test]
fn xls_cells_far_apart() {
    let bytes = workbooks::xls(&[number(0, 0, 1.0), number(65535, 255, 2.0)]);
    let line = audit_with("far.xls", &bytes);
    assert!(line.contains("spans 16777216 cells"), "{line}");
}

#[test]
fn xls_sector_chain_that_loops() {
    let mut bytes = workbooks::xls_statement();
    // The FAT (sector 0, right after the 512-byte header): the Workbook stream's second
    // sector points back at its first.
    bytes[512 + 3 * 4..512 + 4 * 4].copy_from_slice(&2u32.to_le_bytes());
    let line = audit_with("loop.xls", &bytes);
    assert!(line.contains("loops back to sector 2"), "{line}");
}

/// The builders make workbooks the reader accepts: the checks refuse only what is hostile.
#[test]
fn well_formed_built_workbooks_are_read() {
    let w = Workdir::new();
    w.create("s.xls", workbooks::xls_statement());
    w.create(
        "s.xlsx",
        xlsx_with(&row(4, &["2025-11-07 09:00:00", "花店", "#8", "支出"])),
    );
    let o = w.run(&["import", "s.xls", "s.xlsx", "--format", "json"]);
    let v: Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&o)));
    let files = v
        .as_array()
        .or_else(|| v["files"].as_array())
        .expect("files");
    let records: Vec<(String, u64)> = files
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_string(),
                f["records"].as_u64().unwrap(),
            )
        })
        .collect();
    let xls_rows = u64::from(workbooks::XLS_STATEMENT_ROWS);
    assert_eq!(
        records,
        [("s.xls".to_string(), xls_rows), ("s.xlsx".to_string(), 3)],
        "{}",
        stderr(&o)
    );
}

/// The XLS seed of the `import_workbook_mutations` fuzz target is the builder's statement
/// (regenerate with BILLAUDIT_BLESS=1 after changing the builder).
#[test]
fn built_xls_fixture_is_current() {
    let path = common::fixture_path("import/xls/built-statement.xls");
    let want = workbooks::xls_statement();
    if std::env::var_os("BILLAUDIT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
    }
    assert!(
        std::fs::read(&path).unwrap() == want,
        "{} is stale",
        path.display()
    );
}

/// Audit the demo case with extra files; (exit code, stdout, stderr).
fn audit_case_with(files: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let w = Workdir::from_fixture("idle-broadband");
    for (rel, text) in files {
        w.create(rel, text);
    }
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    (o.status.code(), common::stdout(&o), stderr(&o))
}

#[test]
fn payment_window_of_a_hundred_million_days_is_a_config_error() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = w.read("billaudit.toml") + "\n[matching]\npayment_window_days = 100000000\n";
    w.create("billaudit.toml", &cfg);
    let o = w.run(&["audit", "."]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    let line = cfg.lines().count();
    assert!(err.contains(&format!("billaudit.toml:{line}:23")), "{err}");
    assert!(err.contains("at most 366"), "{err}");
}

/// A monthly fee beyond any bill (here minus Decimal::MAX, which the checks subtracted from
/// bill lines and panicked on, exit 101) is a configuration error naming its line and column.
#[test]
fn a_monthly_fee_beyond_any_bill_is_a_config_error() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = w.read("billaudit.toml");
    for fee in ["-79228162514264337593543950335", "1000000000000000.01"] {
        let bad = cfg.replace(
            r#"monthly_fee = "258.00""#,
            &format!(r#"monthly_fee = "{fee}""#),
        );
        assert_ne!(bad, cfg);
        w.create("billaudit.toml", &bad);
        let o = w.run(&["audit", ".", "--lang", "en"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{err}");
        let line = bad
            .lines()
            .position(|l| l.starts_with("monthly_fee"))
            .unwrap()
            + 1;
        assert!(
            err.contains(&format!(
                "billaudit.toml:{line}:15: a monthly fee of {fee} is beyond any bill"
            )),
            "{err}"
        );
    }
}

#[test]
fn bill_lines_adding_up_past_decimal_max_are_row_errors() {
    let max = "79228162514264337593543950335";
    let bill = format!(
        "账期,用户号码,费用项目,金额(元)\n2025-11,ADSL05718800123,企业宽带200M月租费,{max}\n2025-11,ADSL05718800123,企业宽带200M月租费,{max}\n"
    );
    let (code, out, err) = audit_case_with(&[("bills/2025-11.csv", &bill)]);
    assert_eq!(code, Some(1), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    for row in [2, 3] {
        assert!(
            err.contains(&format!(
                "bills/2025-11.csv:{row}: the amount {max} is beyond any bill"
            )),
            "{err}"
        );
    }
}

#[test]
fn debits_adding_up_past_decimal_max_are_row_errors() {
    let max = "79228162514264337593543950335";
    let bank = format!(
        "交易日期,摘要,对方户名,收入金额,支出金额,余额\n2025-10-20,代扣,中国电信股份有限公司,,{max},0\n2025-10-21,代扣,中国电信股份有限公司,,{max},0\n2025-10-22,代扣,中国电信股份有限公司,,-{max},0\n"
    );
    let (code, out, err) = audit_case_with(&[("bank/more.csv", &bank)]);
    assert_eq!(code, Some(1), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert!(err.contains("bank/more.csv:2: the amount"), "{err}");
    assert!(err.contains("bank/more.csv:4: the amount"), "{err}");
}

fn total_of(out: &str) -> String {
    let v: Value = serde_json::from_str(out).expect("JSON report");
    v["summary"]["disputed_total"].as_str().unwrap().to_string()
}

#[test]
fn output_onto_the_config_or_an_input_is_refused_even_with_force() {
    let w = Workdir::from_fixture("idle-broadband");
    let config = w.read("billaudit.toml");
    let input = "bank/对公账户流水_2025.csv";
    let data = w.read(input);
    for (flag, target) in [
        ("-o", "billaudit.toml"),
        ("-o", input),
        ("-o", "./bills/../billaudit.toml"),
        ("--evidence", "case-log.md"),
    ] {
        if target == "case-log.md" {
            // A case file with an extension --evidence accepts.
            w.create(target, "# my notes\n");
        }
        let o = w.run(&["audit", ".", flag, target, "--force"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{flag} {target}: {err}");
        assert!(err.contains("one of the case's own files"), "{err}");
    }
    assert_eq!(w.read("billaudit.toml"), config);
    assert_eq!(w.read(input), data);
    assert_eq!(w.read("case-log.md"), "# my notes\n");
}

#[test]
fn the_readme_csv_output_inside_the_case_is_never_imported() {
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&["audit", ".", "--format", "csv", "-o", "f.csv"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let first = w.read("f.csv");
    // Run again: the output is recognised, not read as a bill; and not replaced without --force.
    let o = w.run(&["audit", ".", "--format", "csv", "-o", "f.csv"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("f.csv already exists; use --force"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("f.csv: billaudit's own findings report"),
        "{}",
        stderr(&o)
    );
    let o = w.run(&["audit", ".", "--format", "csv", "-o", "f.csv", "--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(w.read("f.csv"), first, "the same findings, not doubled");
    // The evidence packs and the JSON report are recognised too.
    for out in ["e.md", "e.html"] {
        let o = w.run(&["audit", ".", "--evidence", out, "--as-of", "2025-10-20"]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    }
    let o = w.run(&["audit", ".", "--format", "json", "-o", "r.json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "-o",
        "appeal.txt",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = stderr(&o);
    assert_eq!(total_of(&common::stdout(&o)), "1648.00", "{err}");
    for (file, what) in [
        ("f.csv", "findings report (audit --format csv)"),
        ("e.md", "evidence pack (audit --evidence, Markdown)"),
        ("e.html", "evidence pack (audit --evidence, HTML)"),
        ("r.json", "findings report (audit --format json)"),
        ("appeal.txt", "appeal text (case appeal)"),
    ] {
        assert!(
            err.contains(&format!("{file}: billaudit's own {what}; never imported")),
            "{err}"
        );
    }
}

#[test]
fn symlinks_and_fifos_are_never_replaced() {
    let w = Workdir::from_fixture("idle-broadband");
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "keep").unwrap();
    std::os::unix::fs::symlink(&victim, w.join("link.csv")).unwrap();
    let o = w.run(&["audit", ".", "--format", "csv", "-o", "link.csv", "--force"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("symbolic link"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(w
        .join("link.csv")
        .symlink_metadata()
        .unwrap()
        .file_type()
        .is_symlink());

    let fifo = outside.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let o = w.run(&[
        "audit",
        ".",
        "--format",
        "csv",
        "-o",
        fifo.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("not a regular file"), "{}", stderr(&o));
    use std::os::unix::fs::FileTypeExt;
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
}

fn audit_json_in(w: &Workdir) -> (Value, String) {
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    (serde_json::from_slice(&o.stdout).expect("JSON"), err)
}

#[test]
fn statements_and_bills_copied_into_a_backup_folder_count_once() {
    let w = Workdir::from_fixture("idle-broadband");
    common::copy_dir(&w.join("bank"), &w.join("backup/bank"));
    common::copy_dir(&w.join("bills"), &w.join("backup/bills"));
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert_eq!(v["summary"]["findings"], 8, "{err}");
    assert!(
        err.contains("backup/bank/对公账户流水_2025.csv: not read: the same bytes as bank/对公账户流水_2025.csv; read once"),
        "{err}"
    );
    assert_eq!(err.matches("the same bytes as bills/").count(), 10, "{err}");
}

#[test]
fn the_same_bill_in_two_different_files_counts_once_with_a_note() {
    let w = Workdir::from_fixture("idle-broadband");
    // The June bill again, downloaded another day: other preamble, same lines.
    let june = w
        .read("bills/2025-06.csv")
        .replace("企业客户电子账单", "企业客户电子账单（重新下载）");
    w.create("downloads/june-again.csv", june);
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    let notes: Vec<&str> = v["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(
        notes.contains(&"downloads/june-again.csv: the bill for 2025-06 repeats bills/2025-06.csv line for line; it is counted once."),
        "{notes:?}"
    );
}

#[test]
fn symlinks_inside_the_case_are_followed_and_out_of_it_reported() {
    let w = Workdir::from_fixture("idle-broadband");
    // The bills live in a hidden folder of the case, linked as bills/.
    std::fs::rename(w.join("bills"), w.join(".store")).unwrap();
    std::os::unix::fs::symlink(".store", w.join("bills")).unwrap();
    // A usage file linked twice inside the case: read once.
    std::os::unix::fs::symlink("usage", w.join("usage-link")).unwrap();
    // A file outside the case, linked in: not followed, and said so.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("x.csv"),
        "交易日期,摘要,对方户名,收入金额,支出金额,余额\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("x.csv"), w.join("bank/outside.csv")).unwrap();
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert_eq!(v["summary"]["findings"], 8, "{err}");
    assert!(
        err.contains("bank/outside.csv: not read: a symbolic link out of the case folder"),
        "{err}"
    );
    assert!(
        err.contains(
            "usage-link/上网详单_20250101-20250930.csv: not read: the same bytes as usage/"
        ),
        "{err}"
    );
}

#[test]
fn a_fifo_in_the_case_is_reported_not_waited_on() {
    let w = Workdir::from_fixture("idle-broadband");
    let made = std::process::Command::new("mkfifo")
        .arg(w.join("bank/pipe.csv"))
        .status()
        .unwrap();
    assert!(made.success());
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert!(
        err.contains("bank/pipe.csv: not read: not a regular file (a FIFO, socket or device)"),
        "{err}"
    );
}

#[test]
fn a_torn_case_log_line_is_reported_and_the_other_entries_keep_working() {
    let w = Workdir::from_fixture("idle-broadband");
    let log = |args: &[&str]| {
        let mut all = vec!["case", "log", "."];
        all.extend_from_slice(args);
        w.run(&all)
    };
    let o = log(&[
        "--call",
        "--at",
        "2025-10-05 14:30",
        "--ticket",
        "T1",
        "--promised",
        "refund 1032 by 2025-10-12",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // A disk-full write left half a line behind.
    let mut text = w.read("case-log.jsonl");
    text.push_str(r#"{"at":"2025-10-06T09:00:00","kind":"no"#);
    w.create("case-log.jsonl", &text);
    let o = log(&["--note", "called again", "--at", "2025-10-07 10:00"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        common::stdout(&o).contains("case-log.jsonl:3"),
        "{}",
        common::stdout(&o)
    );
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let err = stderr(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{err}");
    assert!(err.contains("case-log.jsonl:2: not a log entry"), "{err}");
    let out = common::stdout(&o);
    assert!(out.contains("T1") && out.contains("called again"), "{out}");
}

#[test]
fn terminal_escapes_in_imported_text_and_file_names_are_shown_not_acted_on() {
    let w = Workdir::from_fixture("idle-broadband");
    let bill = "账期,用户号码,费用项目,金额(元)\n2025-11,ADSL05718800123,宽带\u{1b}]0;pwned\u{7}\u{1b}[2J月租\u{9b}31m,258.00\n";
    w.create("bills/2025-11\u{1b}[8m.csv", bill);
    w.create("bank/\u{1b}[31mred\u{202e}.csv", "not a statement\n");
    let o = w.run(&["audit", ".", "--lang", "en"]);
    let (out, err) = (common::stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{err}");
    for text in [&out, &err] {
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(!text.contains('\u{202e}'), "{text:?}");
    }
    assert!(
        out.contains(r"宽带\x1b]0;pwned\x07\x1b[2J月租\u{9b}31m"),
        "{out}"
    );
    // A skipped file is listed once: in the summary when it goes to the terminal.
    assert!(
        out.contains(r"bank/\x1b[31mred\u{202e}.csv")
            || err.contains(r"bank/\x1b[31mred\u{202e}.csv"),
        "{out}{err}"
    );
    // JSON keeps the values, escaped.
    let o = w.run(&["audit", ".", "--format", "json"]);
    let json = common::stdout(&o);
    assert!(
        !json.contains('\u{1b}') && !json.contains('\u{9b}'),
        "{json:?}"
    );
    let v: Value = serde_json::from_str(&json).unwrap();
    assert!(v.to_string().contains("\\u001b]0;pwned"), "{v}");
    assert!(json.contains("\\u009b31m"), "{json}");
}

#[test]
fn markdown_escapes_file_names_like_data_fields() {
    let w = Workdir::from_fixture("idle-broadband");
    let name = "bills/x\n\n<img src=x onerror=alert(1)>\n\n`y.csv";
    w.create(
        name,
        "账期,用户号码,费用项目,金额(元)\n2025-11,ADSL05718800123,企业宽带200M月租费,258.00\n",
    );
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "e.md",
        "--lang",
        "en",
        "--as-of",
        "2025-12-01",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = w.read("e.md");
    assert!(!md.contains("\n<img"), "{md}");
    assert!(
        md.contains(r"`bills/x\x0a\x0a<img src=x onerror=alert(1)>\x0a\x0a'y.csv:2`"),
        "{md}"
    );
}

#[test]
fn xlsx_one_sheet_part_listed_under_many_names_counts_each_time() {
    // Each sheet spans 3,000,000 cells (within the bound for one sheet); listed three
    // times, the sheets loaded together would span 9,000,000.
    let far = r#"<row r="150000"><c r="T150000"><v>1</v></c></row>"#;
    let bytes = workbooks::xlsx_named(&(statement_rows() + far), None, &["a", "b", "c"]);
    let line = audit_with("names.xlsx", &bytes);
    assert!(
        line.contains("the sheets together span 9000000 cells"),
        "{line}"
    );
}

/// Import one CSV; (records, errors).
fn import_amounts(text: &str) -> (u64, Vec<String>) {
    let w = Workdir::new();
    w.create("s.csv", text);
    let o = w.run(&["import", "s.csv", "--format", "json"]);
    let v: Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&o)));
    let r = &v[0];
    let errors = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap().to_string())
        .collect();
    (r["records"].as_u64().unwrap(), errors)
}

#[test]
fn decimal_commas_are_read_as_decimal_commas() {
    // An English header (the generic reader), European amounts: the first value that can
    // only be read one way decides the file's mark.
    let w = Workdir::from_fixture("idle-broadband");
    let bank = "Date,Payee,Amount\n2025-11-03,中国电信股份有限公司,\"-1.234,56\"\n2025-11-04,中国电信股份有限公司,\"-12,34\"\n2025-11-05,中国电信股份有限公司,\"-€12,00\"\n2025-11-06,中国电信股份有限公司,\"-1 234,56\"\n";
    w.create("bank/eu.csv", bank);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let amounts: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap().iter())
        .filter(|e| e["file"] == "bank/eu.csv")
        .map(|e| e["note"].as_str().unwrap_or("").to_string())
        .collect();
    // Today these read as -1.23456, -1234, -1200 and -123456.
    assert_eq!(
        amounts.iter().filter(|a| a.ends_with(" -1234.56")).count(),
        2,
        "{amounts:?}\n{}",
        stderr(&o)
    );
    // `-€12,00` is twelve euros: read as 12.00, and kept apart in this yuan case (never
    // disputed as yuan).
    let file = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "bank/eu.csv")
        .unwrap();
    assert_eq!(file["kept_apart"][0]["amount"], "-12.00", "{file}");
    assert_eq!(file["kept_apart"][0]["currency"], "EUR", "{file}");
    assert!(
        amounts.iter().all(|a| !a.ends_with(" -1234")
            && !a.ends_with(" -1200")
            && !a.contains("123456")
            && !a.contains("1.23456")),
        "{amounts:?}"
    );
}

#[test]
fn an_ambiguous_decimal_mark_is_refused_not_guessed() {
    let (records, errors) = import_amounts("Date,Payee,Amount\n2025-11-03,A,\"1,234\"\n2025-11-04,B,\"12,50\"\n2025-11-05,C,\"1,234\"\n");
    // The first 1,234 cannot be read yet; 12,50 shows a decimal comma; then 1,234 is 1.234.
    assert_eq!(records, 2);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("an unambiguous amount"), "{errors:?}");
    // A mark contradicting the one the file showed is refused too.
    let (records, errors) =
        import_amounts("Date,Payee,Amount\n2025-11-03,A,\"1,234.50\"\n2025-11-04,B,\"12,50\"\n");
    assert_eq!(records, 1);
    assert!(errors[0].contains("shows a decimal comma"), "{errors:?}");
    // A Chinese header: the point is the mark; 1,234 is one thousand two hundred and thirty-four.
    let (records, errors) = import_amounts("交易时间,交易对方,金额\n2025-11-03,A,\"-1,234\"\n");
    assert_eq!((records, errors.len()), (1, 0), "{errors:?}");
}

#[test]
fn xlsx_date_serials_out_of_range_are_row_errors() {
    // A date-formatted column (style 1 = numFmt 14, a date) holding serials no calendar has.
    let styles = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#;
    let mut rows = row(1, &["交易时间", "交易对方", "金额", "收/支"]);
    for (r, serial) in [(2, "45966"), (3, "-1"), (4, "2958466"), (5, "NaN")] {
        rows.push_str(&format!(
            r#"<row r="{r}"><c r="A{r}" s="1"><v>{serial}</v></c><c r="B{r}" t="inlineStr"><is><t>中国电信</t></is></c><c r="C{r}"><v>10</v></c><c r="D{r}" t="inlineStr"><is><t>支出</t></is></c></row>"#
        ));
    }
    let bytes = workbooks::xlsx_with_styles(&rows, styles);
    let w = Workdir::new();
    w.create("d.xlsx", bytes);
    let o = w.run(&["import", "d.xlsx", "--format", "json"]);
    let v: Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&o)));
    let r = &v[0];
    assert_eq!(r["records"], 1, "{r}");
    assert_eq!(r["error_count"], 3, "{r}");
    let rows: Vec<u64> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows, [3, 4, 5], "{r}");
    assert!(
        r["errors"][1]["message"]
            .as_str()
            .unwrap()
            .contains("date serial 2958466"),
        "{r}"
    );
}

#[test]
fn a_disabled_built_in_rule_is_reported() {
    let w = Workdir::from_fixture("idle-broadband");
    let rule = std::fs::read_to_string(common::fixture_path("../rules/termination-fee.toml"))
        .unwrap()
        .replacen("id = ", "enabled = false\nid = ", 1);
    w.create("rules/termination-fee.toml", rule);
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1390.00", "{err}");
    let notes: Vec<&str> = v["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(
        notes.contains(&"The built-in rule termination-fee is disabled (enabled = false in the case's rules/ folder): its check did not run."),
        "{notes:?}"
    );
}

#[test]
fn invalid_bytes_after_the_first_64_kib_are_reported() {
    let w = Workdir::from_fixture("idle-broadband");
    // A GBK statement: valid for well over 64 KiB (the part the encoding is judged from),
    // then two bytes that are not GBK.
    let mut text = String::from("交易时间,交易对方,金额,收/支\n");
    while text.len() < 80 * 1024 {
        text.push_str("2025-11-05 10:00:00,超市,12.50,支出\n");
    }
    let mut bytes = encoding_rs::GBK.encode(&text).0.into_owned();
    bytes.extend_from_slice(b"2025-11-06 10:00:00,\xff\xff,1.00,\xd6\xa7\xb3\xf6\n");
    w.create("bank/big.csv", &bytes);
    let (v, err) = audit_json_in(&w);
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert!(
        err.contains("note: bank/big.csv: 2 character(s) could not be decoded as gb18030 (invalid bytes) and were read as U+FFFD"),
        "{err}"
    );
}

/// Every hostile input of this file, by name: the spreadsheet crashers, amounts past any
/// bill, a GBK statement with bad bytes past 64 KiB, a name full of escape sequences, and
/// `mutations` mutated copies of the built workbooks (bytes and 16/32-bit fields set to
/// extreme values, as the fuzz pass does, from a fixed seed).
fn hostile_inputs(mutations: usize) -> Vec<(String, Vec<u8>)> {
    let sst = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="18446744073709551615"><si><t>x</t></si></sst>"#;
    let max = "79228162514264337593543950335";
    let mut looping = workbooks::xls_statement();
    looping[512 + 3 * 4..512 + 4 * 4].copy_from_slice(&2u32.to_le_bytes());
    let mut gbk = String::from("交易时间,交易对方,金额,收/支\n");
    while gbk.len() < 80 * 1024 {
        gbk.push_str("2025-11-05 10:00:00,超市,12.50,支出\n");
    }
    let mut gbk = encoding_rs::GBK.encode(&gbk).0.into_owned();
    gbk.extend_from_slice(b"2025-11-06 10:00:00,\xff\xff,1.00,\xd6\xa7\xb3\xf6\n");
    let mut all: Vec<(String, Vec<u8>)> = vec![
        ("sst.xlsx".into(), workbooks::xlsx(&statement_rows(), Some(sst))),
        (
            "xfd.xlsx".into(),
            xlsx_with(r#"<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#),
        ),
        (
            "row4e9.xlsx".into(),
            xlsx_with(r#"<row r="4000000000"><c r="A4000000000"><v>1</v></c></row>"#),
        ),
        (
            "cv.xlsx".into(),
            xlsx_with(r#"<row r="1048576"><c r="CV1048576"><v>1</v></c></row>"#),
        ),
        (
            "names.xlsx".into(),
            workbooks::xlsx_named(
                &(statement_rows() + r#"<row r="150000"><c r="T150000"><v>1</v></c></row>"#),
                None,
                &["a", "b", "c"],
            ),
        ),
        (
            "dims.xls".into(),
            workbooks::xls(&[dimensions((0, u32::MAX), (0, 0xFFFF)), number(0, 0, 1.0)]),
        ),
        (
            "reversed.xls".into(),
            workbooks::xls(&[dimensions((10, 5), (0, 4)), number(0, 0, 1.0)]),
        ),
        (
            "far.xls".into(),
            workbooks::xls(&[number(0, 0, 1.0), number(65535, 255, 2.0)]),
        ),
        ("loop.xls".into(), looping),
        (
            "max.csv".into(),
            format!("交易日期,摘要,对方户名,收入金额,支出金额,余额\n2025-10-20,代扣,中国电信股份有限公司,,{max},0\n2025-10-21,代扣,中国电信股份有限公司,,{max},0\n").into_bytes(),
        ),
        ("gbk.csv".into(), gbk),
        ("\u{1b}[31mred\u{202e}.csv".into(), b"not a statement\n".to_vec()),
    ];
    let bases = [
        ("xls", workbooks::xls_statement()),
        ("xlsx", workbooks::xlsx(&statement_rows(), None)),
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for m in 0..mutations {
        let (ext, base) = &bases[m % bases.len()];
        let mut bytes = base.clone();
        for _ in 0..1 + next() % 8 {
            let at = (next() % bytes.len() as u64) as usize;
            let extreme: u32 =
                [0, 1, 0x7FFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE, 0x8000_0000][(next() % 6) as usize];
            let field = match next() % 3 {
                0 => vec![next() as u8],
                1 => (extreme as u16).to_le_bytes().to_vec(),
                _ => extreme.to_le_bytes().to_vec(),
            };
            let end = (at + field.len()).min(bytes.len());
            bytes[at..end].copy_from_slice(&field[..end - at]);
        }
        all.push((format!("mutated-{m}.{ext}"), bytes));
    }
    all
}

/// All the hostile inputs in one case (plus a FIFO, a link out of the case and a copy of the
/// bank folder): the audit ends with the demo's findings, exit 1 (never 101 or 134), and
/// every hostile file is named. With BILLAUDIT_HOSTILE_CASE=DIR the case is built in DIR
/// (and left there) with BILLAUDIT_HOSTILE_MUTATIONS mutated workbooks (default 24), for
/// driving the release binary over it.
#[test]
fn every_hostile_input_in_one_case() {
    let kept = std::env::var_os("BILLAUDIT_HOSTILE_CASE").map(std::path::PathBuf::from);
    let mutations = std::env::var("BILLAUDIT_HOSTILE_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    let w = Workdir::from_fixture("idle-broadband");
    let dir = kept.clone().unwrap_or_else(|| w.path().to_path_buf());
    if kept.is_some() {
        common::copy_dir(w.path(), &dir);
    }
    let inputs = hostile_inputs(mutations);
    for (name, bytes) in &inputs {
        std::fs::write(dir.join("bank").join(name), bytes).unwrap();
    }
    common::copy_dir(&dir.join("bank"), &dir.join("backup"));
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("bank/pipe.csv"))
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/etc/passwd", dir.join("bank/passwd.csv")).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_billaudit"))
        .current_dir(&dir)
        .args(["audit", ".", "--format", "json", "--lang", "en"])
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON report");
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    let reported: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["file"].as_str())
        .collect();
    let mut names: Vec<String> = inputs.iter().map(|(n, _)| format!("bank/{n}")).collect();
    names.extend(inputs.iter().map(|(n, _)| format!("backup/{n}")));
    names.extend(["bank/pipe.csv".into(), "bank/passwd.csv".into()]);
    for name in &names {
        assert!(
            reported.contains(&name.as_str()),
            "{name} not in the report"
        );
    }
    for (name, _) in inputs.iter().take(10) {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("bank/{name}:")))
            .unwrap_or_else(|| panic!("bank/{name} is not named:\n{err}"));
        assert!(line.starts_with("warning: "), "{line}");
    }
}
