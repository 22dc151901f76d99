//! Hostile and careless input, continued (issue 11): usage months whose rows could not be
//! read, big but legal files, a note too long for the case log, and an output write
//! interrupted by a signal.

mod common;

use common::{stderr, stdout, Workdir};
use serde_json::Value;

const USAGE: &str = "usage/上网详单_20250101-20250930.csv";

fn audit_json(w: &Workdir) -> (Value, String) {
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = stderr(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{err}");
    (serde_json::from_slice(&o.stdout).expect("JSON"), err)
}

/// The periods an unused-service finding is raised for.
fn unused_periods(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unused-service")
        .map(|f| f["period"].as_str().unwrap().to_string())
        .collect()
}

fn notes(v: &Value) -> Vec<String> {
    v["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

/// A month whose usage rows are all unreadable is not "0 records": the service is not
/// called unused on that month's evidence, and a note says the rows could not be read.
#[test]
fn a_month_whose_usage_rows_are_all_unreadable_is_not_evidence_of_no_use() {
    let w = Workdir::from_fixture("idle-broadband");
    let (before, _) = audit_json(&w);
    let idle = unused_periods(&before);
    assert!(idle.contains(&"2025-07".to_string()), "{idle:?}");
    // Three July sessions whose volume cannot be read.
    let mut text = w.read(USAGE);
    for d in 1..=3 {
        text.push_str(&format!(
            "2025-07-0{d} 09:00:00,2025-07-0{d} 18:00:00,9:00:00,lots,ADSL05718800123\n"
        ));
    }
    w.create(USAGE, &text);
    let (v, err) = audit_json(&w);
    let after = unused_periods(&v);
    let want: Vec<String> = idle.iter().filter(|p| *p != "2025-07").cloned().collect();
    assert_eq!(after, want, "{err}");
    let notes = notes(&v);
    assert!(
        notes.iter().any(|n| n.starts_with(&format!(
            "{USAGE}: 3 usage rows of July 2025 could not be read"
        ))),
        "{notes:#?}"
    );
    // The rows are still reported as errors naming file, row and column.
    assert!(err.contains(&format!("{USAGE}:112:4")), "{err}");
    // The pack's chart marks July as unreadable, not as a month without records.
    let o = w.run(&["audit", ".", "--lang", "en", "--evidence", "pack.html"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(w.read("pack.html").contains("unreadable records"));
}

/// Rows whose date cannot be read may be any month's: no month of the file without a
/// readable record is taken as evidence of no use.
#[test]
fn usage_rows_of_unknown_date_leave_no_month_as_evidence_of_no_use() {
    let w = Workdir::from_fixture("idle-broadband");
    let mut text = w.read(USAGE);
    text.push_str("someday,later,9:00:00,100,ADSL05718800123\n");
    w.create(USAGE, &text);
    let (v, _) = audit_json(&w);
    assert_eq!(unused_periods(&v), Vec::<String>::new());
    let notes = notes(&v);
    assert!(
        notes.iter().any(|n| n.starts_with(&format!(
            "{USAGE}: 1 usage rows could not be read and their dates are unknown"
        ))),
        "{notes:#?}"
    );
}

/// A note longer than a case log entry may hold is refused with a clear error, and the
/// log is left as it was.
#[test]
fn an_oversized_case_log_note_is_refused() {
    let w = Workdir::from_fixture("idle-broadband");
    let note = "备".repeat(20_000);
    let o = w.run(&["case", "log", ".", "--note", &note]);
    assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
    assert!(stderr(&o).contains("longer than 16 KiB"), "{}", stderr(&o));
    assert!(!w.join("case-log.jsonl").exists());
}

/// An OFX statement of megabytes (legal: a business account over years) is read whole,
/// every transaction a record, in memory of little more than the file itself (two 63 MB
/// files once took 1.8 GB).
#[test]
fn a_big_ofx_statement_is_read_in_bounded_memory() {
    let w = Workdir::new();
    let n = 100_000;
    let mut text = String::from("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>\n");
    for i in 0..n {
        text.push_str(&format!(
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2025{:02}{:02}<TRNAMT>-{}.{:02}<FITID>id{i}<NAME>Payee number {i}<MEMO>A memo of some length for transaction {i}</STMTTRN>\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 500,
            i % 100
        ));
    }
    text.push_str("</BANKTRANLIST><LEDGERBAL><BALAMT>0<DTASOF>20251231</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    let size = text.len() as u64;
    assert!(size > 14 << 20, "{size}");
    w.create("big.ofx", &text);
    let (code, out, peak_kib) = run_measured(&w, &["import", "big.ofx", "--format", "json"]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["records"], n, "{}", v[0]);
    assert_eq!(v[0]["rows"], n);
    // The file's bytes (its text borrows them) and its line index, not a tree of every
    // entry: each transaction is read as soon as it is complete and then dropped.
    let bound_kib = (size * 2 + (24 << 20)) >> 10;
    assert!(
        peak_kib < bound_kib,
        "peak {peak_kib} KiB for a {} KiB file (bound {bound_kib} KiB)",
        size >> 10
    );
}

/// An MT940 file of megabytes is read field by field, never held as a list of its fields.
#[test]
fn a_big_mt940_statement_is_read_in_bounded_memory() {
    let w = Workdir::new();
    let mut text = String::new();
    let (messages, entries) = (1_600, 100);
    for m in 0..messages {
        text.push_str(&format!(
            ":20:REF{m}\n:25:NL00TEST0123456789\n:28C:{m}/1\n:60F:C250101EUR100000,00\n"
        ));
        for i in 0..entries {
            text.push_str(&format!(
                ":61:2501020102DR{},50NTRFNONREF\n:86:Payment to payee number {i} with a reference text {m}\n",
                i % 90 + 1
            ));
        }
        text.push_str(":62F:C250131EUR0,00\n-\n");
    }
    let size = text.len() as u64;
    assert!(size > 12 << 20, "{size}");
    w.create("big.sta", &text);
    let (code, out, peak_kib) = run_measured(&w, &["import", "big.sta", "--format", "json"]);
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["records"], messages * entries, "{}", v[0]["notes"]);
    let bound_kib = (size * 2 + (24 << 20)) >> 10;
    assert!(
        peak_kib < bound_kib,
        "peak {peak_kib} KiB for a {} KiB file (bound {bound_kib} KiB)",
        size >> 10
    );
}

/// Run the binary and read its peak resident memory from the kernel's account of the
/// finished child (`wait4`), which does not depend on sampling at the right moment.
// The child is waited for by `wait4` (for its resource usage), not by `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run_measured(w: &Workdir, args: &[&str]) -> (i32, String, u64) {
    use std::io::Read;
    let mut child = w
        .command(args)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut status = 0;
    // SAFETY: plain wait4 on our own child, with out-parameters we own.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (code, out, usage.ru_maxrss as u64)
}

/// A write interrupted by SIGTERM between the temporary file and its rename leaves neither
/// the temporary file nor a partial output behind.
#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    let w = Workdir::from_fixture("idle-broadband");
    let mut child = w
        .command(&["audit", ".", "--format", "json", "-o", "out.json"])
        .env("BILLAUDIT_TEST_WRITE_PAUSE_MS", "30000")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let temp = || {
        std::fs::read_dir(w.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.starts_with(".out.json.billaudit-"))
    };
    let started = std::time::Instant::now();
    while temp().is_none() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "no temporary file appeared"
        );
        if let Some(s) = child.try_wait().unwrap() {
            panic!("finished before the write: {s}");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGTERM), "{status}");
    assert_eq!(temp(), None);
    assert!(!w.join("out.json").exists());
}
