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
