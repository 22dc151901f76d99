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

/// Make `path` and everything under it readable (and folders enterable) by anyone, so that
/// a child dropped to `nobody` can read the case.
fn open_to_all(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::symlink_metadata(path).unwrap();
    if meta.file_type().is_symlink() {
        return;
    }
    let mode = if meta.is_dir() { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    if meta.is_dir() {
        for e in std::fs::read_dir(path).unwrap() {
            open_to_all(&e.unwrap().path());
        }
    }
}

/// A sub-folder of the case that cannot be listed is named with the reason, and the rest
/// of the case is audited as before. (Root reads every folder: when the tests run as root,
/// the audit runs as `nobody`, for whom the folder is closed like for any user.)
#[test]
fn an_unreadable_sub_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let w = Workdir::from_fixture("idle-broadband");
    w.create(
        "bank/2024/old.csv",
        "交易日期,摘要,对方户名,收入金额,支出金额,余额\n2024-10-20,代扣,中国电信股份有限公司,,258.00,0\n",
    );
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        open_to_all(w.path());
    }
    let closed = w.join("bank/2024");
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).unwrap();
    let mut cmd = w.command(&["audit", ".", "--format", "json", "--lang", "en"]);
    if root {
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let o = cmd.output().unwrap();
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert!(
        err.contains("bank/2024: not read: a folder that cannot be read: Permission denied"),
        "{err}"
    );
    let file = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "bank/2024")
        .unwrap_or_else(|| panic!("bank/2024 is not in the report's files: {}", v["files"]));
    assert_eq!(file["records"], 0, "{file}");
}

/// A device is never replaced by an output file, even with `--force` (a device node made
/// in the case when the tests may make one, a socket otherwise: neither is a regular file).
#[test]
fn a_device_as_output_is_refused_even_with_force() {
    use std::os::unix::fs::FileTypeExt;
    let w = Workdir::from_fixture("idle-broadband");
    let dev = w.join("out.csv");
    let path = std::ffi::CString::new(dev.to_str().unwrap()).unwrap();
    // SAFETY: mknod with a NUL-terminated path we own; char device 1:3 is /dev/null's.
    let made = unsafe { libc::mknod(path.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    let _socket = (made != 0).then(|| std::os::unix::net::UnixListener::bind(&dev).unwrap());
    let o = w.run(&["audit", ".", "--format", "csv", "-o", "out.csv", "--force"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("out.csv is not a regular file"), "{err}");
    let ft = std::fs::symlink_metadata(&dev).unwrap().file_type();
    assert!(ft.is_char_device() || ft.is_socket(), "{ft:?}");
}

/// A case log append cut short by a full disk (here the file-size limit, the same failed
/// write without filling the machine's disk) leaves the log as it was: no torn line, and
/// the next entry and every case command work.
#[test]
fn a_case_log_append_on_a_full_disk_leaves_the_log_whole() {
    use std::os::unix::process::CommandExt;
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--at",
        "2025-10-05 14:30",
        "--ticket",
        "T1",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = std::fs::read(w.join("case-log.jsonl")).unwrap();
    let limit = before.len() as u64 + 10;
    let mut cmd = w.command(&[
        "case",
        "log",
        ".",
        "--note",
        "a note that does not fit",
        "--at",
        "2025-10-06 09:00",
    ]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            // A full disk fails the write; it sends no signal.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let o = cmd.output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("case-log.jsonl"), "{err}");
    assert_eq!(
        std::fs::read(w.join("case-log.jsonl")).unwrap(),
        before,
        "{err}"
    );
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--note",
        "called again",
        "--at",
        "2025-10-07 10:00",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
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
    assert!(!err.contains("not a log entry"), "{err}");
    let out = stdout(&o);
    assert!(out.contains("T1") && out.contains("called again"), "{out}");
    assert!(!out.contains("does not fit"), "{out}");
}

/// Escape sequences in the case log's notes (typed in, or written into the file by hand)
/// are shown as text by `case status`, never sent to the terminal.
#[test]
fn terminal_escapes_in_case_log_notes_are_shown_not_acted_on() {
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--note",
        "rang\u{1b}]0;pwned\u{7}\u{1b}[2J",
        "--ticket",
        "T\u{9b}31m9",
        "--at",
        "2025-10-05 14:30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut log = w.read("case-log.jsonl");
    log.push_str(
        r#"{"at":"2025-10-06T09:00:00","kind":"note","note":"hand\u001b[31mwritten\u202e"}"#,
    );
    log.push('\n');
    w.create("case-log.jsonl", log);
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(matches!(o.status.code(), Some(0 | 1)), "{err}");
    for text in [&out, &err] {
        for c in ['\u{1b}', '\u{9b}', '\u{7}', '\u{202e}'] {
            assert!(!text.contains(c), "{c:?} in {text:?}");
        }
    }
    assert!(out.contains(r"rang\x1b]0;pwned\x07\x1b[2J"), "{out}");
    assert!(out.contains(r"hand\x1b[31mwritten"), "{out}");
}

/// A case log holding one enormous line (a 300 MB note written into the file) is read in
/// bounded memory: the line is reported as damaged and skipped, the other entries are used.
#[test]
fn an_enormous_case_log_line_is_skipped_in_bounded_memory() {
    use std::io::Write;
    let w = Workdir::from_fixture("idle-broadband");
    let size: usize = 160 << 20;
    {
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(w.join("case-log.jsonl")).unwrap());
        writeln!(
            f,
            r#"{{"at":"2025-10-05T14:30:00","kind":"call","ticket":"T1"}}"#
        )
        .unwrap();
        f.write_all(br#"{"at":"2025-10-06T09:00:00","kind":"note","note":""#)
            .unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..size >> 20 {
            f.write_all(&chunk).unwrap();
        }
        f.write_all(b"\"}\n").unwrap();
        writeln!(
            f,
            r#"{{"at":"2025-10-07T10:00:00","kind":"note","note":"called again"}}"#
        )
        .unwrap();
    }
    let (code, out, peak_kib) = run_measured(
        &w,
        &[
            "case",
            "status",
            ".",
            "--as-of",
            "2025-10-20",
            "--lang",
            "en",
        ],
    );
    assert!(matches!(code, 0 | 1), "{code}: {out}");
    assert!(out.contains("T1") && out.contains("called again"), "{out}");
    let bound_kib = 64 << 10;
    assert!(
        peak_kib < bound_kib,
        "peak {peak_kib} KiB for a {} MiB line (bound {bound_kib} KiB)",
        size >> 20
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
    assert!(
        err.contains("case-log.jsonl:2: not a log entry (longer than 64 KiB)"),
        "{err}"
    );
}

/// A case log edited by hand with dates JSON allows but no deadline can be counted from
/// (year 262142, year -262143): the line is reported as damaged and skipped; the audit with
/// its evidence pack and the case commands still run (the pack's deadlines once panicked,
/// exit 101).
#[test]
fn case_log_dates_beyond_the_calendar_are_damaged_lines() {
    let w = Workdir::from_fixture("idle-broadband");
    w.create(
        "case-log.jsonl",
        concat!(
            r#"{"at":"+262142-12-31T00:00:00","kind":"call","ticket":"T1","promised":"refund 10"}"#,
            "\n",
            r#"{"at":"-262143-01-01T00:00:00","kind":"letter","refused":true}"#,
            "\n",
            r#"{"at":"2025-10-05T14:30:00","kind":"call","ticket":"T3"}"#,
            "\n",
        ),
    );
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "pack.html",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(w.join("pack.html").exists());
    for (line, date) in [(1, "+262142-12-31 00:00:00"), (2, "-262143-01-01 00:00:00")] {
        assert!(
            err.contains(&format!(
                "case-log.jsonl:{line}: not a log entry (the date {date} is not between the years 1 and 9999)"
            )),
            "{err}"
        );
    }
    for cmd in ["status", "appeal"] {
        let o = w.run(&["case", cmd, ".", "--as-of", "2025-10-20", "--lang", "en"]);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{cmd}: {}",
            stderr(&o)
        );
        assert!(
            stderr(&o).contains("case-log.jsonl:1: not a log entry"),
            "{cmd}: {}",
            stderr(&o)
        );
    }
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    assert!(stdout(&o).contains("T3"), "{}", stdout(&o));
}

/// `--as-of` a date chrono reads but no deadline can be counted from (year +262142): the
/// audit with its evidence pack, `case status` and `case appeal` refuse it as a usage error
/// naming the years allowed (they panicked, exit 101, counting the appeal's 16 days on);
/// the last day of year 9999 is a date like any other. `case log --at` refuses such a year
/// too instead of writing a line the next read reports as damaged.
#[test]
fn an_as_of_date_beyond_the_calendar_is_refused() {
    let w = Workdir::from_fixture("idle-broadband");
    w.create(
        "case-log.jsonl",
        concat!(
            r#"{"at":"2025-10-05T14:30:00","kind":"call","ticket":"T1","promised":"refund 1032 by 2025-10-12"}"#,
            "\n"
        ),
    );
    let audit = ["audit", ".", "--evidence", "pack.html", "--force"];
    let status = ["case", "status", "."];
    let appeal = ["case", "appeal", "."];
    for cmd in [&audit[..], &status[..], &appeal[..]] {
        for date in ["+262142-12-31", "-262143-01-01", "+10000-01-01"] {
            let arg = format!("--as-of={date}");
            let o = w.run(&[cmd, &[arg.as_str(), "--lang", "en"]].concat());
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{cmd:?} {date}: {err}");
            assert!(
                err.contains(&format!(
                    "expected a date between the years 1 and 9999 (got \"{date}\")"
                )),
                "{cmd:?} {date}: {err}"
            );
        }
        let o = w.run(&[cmd, &["--as-of", "9999-12-31", "--lang", "en"]].concat());
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{cmd:?}: {}",
            stderr(&o)
        );
    }
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "+262142-12-31",
        "--lang",
        "zh-CN",
    ]);
    assert!(stderr(&o).contains("公元 1 年至 9999 年"), "{}", stderr(&o));
    let before = w.read("case-log.jsonl");
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--at",
        "+262142-12-31 10:00",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(w.read("case-log.jsonl"), before);
}
