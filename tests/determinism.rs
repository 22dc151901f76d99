//! Re-running an audit on the same folder gives byte-identical output, whatever order the
//! files were imported in on however many cores; outputs are written atomically.

mod common;

use billaudit::audit::{audit_case, case_files, import_all, minor_units};
use billaudit::config::Config;
use billaudit::gen::{generate, GenOptions};
use billaudit::i18n::Lang;
use billaudit::import::{import_file, ImportOptions};
use billaudit::matcher::{match_all, Collector};
use billaudit::report;
use common::{stderr, Workdir};

fn gen_case(w: &Workdir) {
    generate(
        &w.join("case"),
        &GenOptions {
            rows: 2_400,
            numbers: 4,
            seed: 11,
            ..GenOptions::default()
        },
    )
    .unwrap();
}

#[test]
fn json_is_byte_identical_on_reruns() {
    let w = Workdir::from_fixture("idle-broadband");
    gen_case(&w);
    for case in [".", "case"] {
        let mut outs = Vec::new();
        for i in 0..3 {
            let name = format!("out{i}.json");
            let o = w.run(&["audit", case, "--format", "json", "-o", &name]);
            assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
            outs.push(std::fs::read(w.join(&name)).unwrap());
            std::fs::remove_file(w.join(&name)).unwrap();
        }
        assert!(outs[0].len() > 100);
        assert!(
            outs.iter().all(|o| *o == outs[0]),
            "{case}: JSON differs between runs"
        );
        let text = [w.run(&["audit", case]), w.run(&["audit", case])];
        assert_eq!(text[0].stdout, text[1].stdout);
    }
}

#[test]
fn parallel_import_equals_one_file_after_the_other() {
    let w = Workdir::new();
    gen_case(&w);
    let dir = w.join("case");
    let config = Config::load(&dir.join("billaudit.toml")).unwrap();
    let files = case_files(&dir).unwrap();
    let opts = ImportOptions {
        minor_units: Some(minor_units(&config.account.currency)),
        ..ImportOptions::default()
    };
    let mut one = Collector::new(&config);
    let seq_reports: Vec<_> = files
        .iter()
        .map(|(p, r)| import_file(p, r, &opts, &mut one))
        .collect();
    let (par_reports, par) = import_all(&files, &opts, &config);
    let a = match_all(&config, one, &seq_reports).unwrap();
    let b = match_all(&config, par, &par_reports).unwrap();
    assert_eq!(format!("{:?}", a.usage), format!("{:?}", b.usage));
    assert_eq!(a.bill_lines, b.bill_lines);
    assert_eq!(a.transactions, b.transactions);
    assert_eq!(format!("{:?}", a.coverage), format!("{:?}", b.coverage));
    assert_eq!(
        serde_json::to_string(&seq_reports).unwrap(),
        serde_json::to_string(&par_reports).unwrap()
    );
    // And the whole report, twice through the library.
    let x = report::json(&audit_case(&dir, Lang::En).unwrap());
    let y = report::json(&audit_case(&dir, Lang::En).unwrap());
    assert_eq!(x, y);
}

#[test]
fn a_failed_write_leaves_no_partial_file() {
    let w = Workdir::from_fixture("idle-broadband");
    // The output path is a folder: refused before anything is written.
    std::fs::create_dir(w.join("out.json")).unwrap();
    let o = w.run(&["audit", ".", "--format", "json", "-o", "out.json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(w.join("out.json").is_dir());
    // The output folder does not exist: nothing is written anywhere.
    let o = w.run(&["audit", ".", "--format", "json", "-o", "missing/out.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!w.join("missing").exists());
    // An existing report (outside the case: a file inside it is one of its inputs) is
    // replaced whole with --force, never truncated.
    let elsewhere = tempfile::tempdir().unwrap();
    let old = elsewhere.path().join("old.json");
    std::fs::write(&old, "previous report").unwrap();
    let old_arg = old.to_str().unwrap();
    let o = w.run(&["audit", ".", "--format", "json", "-o", old_arg]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&old).unwrap(), "previous report");
    let o = w.run(&["audit", ".", "--format", "json", "-o", old_arg, "--force"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let new = std::fs::read_to_string(&old).unwrap();
    assert!(new.starts_with('{') && new.ends_with("}\n"), "{new}");
    let leftovers: Vec<String> = std::fs::read_dir(w.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A usage file past `PIPELINE_MIN_BYTES` is read on a second thread while its rows are
/// parsed: the records, line numbers, skips and errors are those of a one-thread read.
#[test]
fn a_big_file_read_on_two_threads_equals_one_thread() {
    use billaudit::import::{Collect, PIPELINE_MIN_BYTES};
    let w = Workdir::new();
    let mut data = String::from(
        "中国移动 通信详单\n起始时间：2025-01-01 终止时间：2025-12-31\n\n起始时间,业务类型,本机号码,对方号码,时长(秒),流量(KB),费用(元)\n",
    );
    let mut row = 0u64;
    while (data.len() as u64) < PIPELINE_MIN_BYTES + 4096 {
        row += 1;
        let (month, day) = (1 + row % 12, 1 + row % 28);
        match row % 9973 {
            0 => data.push('\n'),
            1 => data.push_str("2025-13-01 10:00:00,上网,13800000000,,0,1,0.00\n"),
            2 => data.push_str(" 2025/03/04 10:00 ,\"国内\n通话\",13800000001,1390000,\"1:02\",0,\"1,0.50\"\n"),
            _ => data.push_str(&format!(
                "2025-{month:02}-{day:02} 10:{:02}:{:02},{},1380000000{},139{row:08},{},{},{}.{:02}\n",
                row % 60,
                (row / 60) % 60,
                ["上网", "国内通话", "短信"][(row % 3) as usize],
                row % 7,
                row % 1000,
                row % 100_000,
                row % 3,
                row % 100
            )),
        }
    }
    data.push_str("合计,,,,,,\n\n\n");
    let path = w.create("usage.csv", &data);
    let read = |sequential: bool| {
        let mut sink = Collect::default();
        let opts = ImportOptions {
            sequential,
            ..ImportOptions::default()
        };
        let report = import_file(&path, "usage.csv", &opts, &mut sink);
        (serde_json::to_string(&report).unwrap(), sink.usage)
    };
    let (one, one_usage) = read(true);
    let (two, two_usage) = read(false);
    assert!(one_usage.len() as u64 > row - 100, "{}", one_usage.len());
    assert!(one.contains("2025-13-01"), "the bad row is reported: {one}");
    assert_eq!(one, two);
    assert_eq!(one_usage, two_usage);
}
