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
