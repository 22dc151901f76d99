//! `billaudit init` end to end: a starter billaudit.toml from a case's statements, which
//! loads, audits, and is never overwritten without --force.

mod common;

use billaudit::config::Config;
use common::{stderr, stdout, Workdir};

#[test]
fn init_writes_a_loadable_config_and_never_overwrites_it() {
    let w = Workdir::from_fixture("idle-broadband");
    std::fs::remove_file(w.join("billaudit.toml")).unwrap();

    let o = w.run(&["init", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("wrote"), "{}", stdout(&o));
    let text = w.read("billaudit.toml");
    let cfg = Config::parse("billaudit.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(cfg.account.carrier, "中国电信");
    assert!(cfg.is_carrier_bound("中国电信股份有限公司杭州分公司", ""));
    assert!(!cfg.is_carrier_bound("杭州某某物业管理有限公司", ""));
    assert_eq!(cfg.services.len(), 1, "{text}");
    let s = &cfg.services[0];
    assert_eq!((s.id.as_str(), s.kind.as_str()), ("broadband", "broadband"));
    assert_eq!(
        s.monthly_fee.map(|f| f.to_string()).as_deref(),
        Some("258.00")
    );
    assert_eq!(
        s.start.map(|d| d.to_string()).as_deref(),
        Some("2025-01-01")
    );
    assert!(s.matches_item("企业宽带200M月租费", Some("ADSL05718800123")));
    // Comments explain the entries.
    for key in [
        "carrier =",
        "payees =",
        "id =",
        "kind =",
        "match =",
        "monthly_fee =",
        "start =",
    ] {
        let i = text.find(key).unwrap_or_else(|| panic!("no {key}\n{text}"));
        let before = &text[..i];
        let line_end = text[i..].find('\n').map(|j| i + j).unwrap_or(text.len());
        let prev_line = before
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        assert!(
            text[i..line_end].contains('#') || prev_line.starts_with('#'),
            "{key} has no comment\n{text}"
        );
    }

    // The written file audits: the idle months are found without any hand editing.
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let unused = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unused-service")
        .count();
    assert_eq!(unused, 4, "{}", stdout(&o));

    // No overwrite without --force.
    std::fs::write(w.join("billaudit.toml"), "# mine\n").unwrap();
    let o = w.run(&["init", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    assert_eq!(w.read("billaudit.toml"), "# mine\n");
    // --print shows the guess and leaves the file alone.
    let o = w.run(&["init", ".", "--print"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), text);
    assert_eq!(w.read("billaudit.toml"), "# mine\n");
    // --force replaces it.
    let o = w.run(&["init", ".", "--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(w.read("billaudit.toml"), text);
}

#[test]
fn init_on_a_folder_without_statements_fails_cleanly() {
    let w = Workdir::new();
    w.create("notes.txt", "nothing to see\n");
    let o = w.run(&["init", "."]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing usable"), "{}", stderr(&o));
    assert!(!w.join("billaudit.toml").exists());
}
