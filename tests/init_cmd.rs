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

/// A US case as a newcomer has it: a Chase checking export (payee in Description, a trailing
/// comma on every row) and a Verizon bill with a plan, an add-on and taxes. `init` proposes
/// USD, finds the carrier payments, and keeps the add-on out of the main service; the
/// audit then flags exactly the add-on.
#[test]
fn init_on_a_us_case() {
    let w = Workdir::new();
    w.create(
        "bank/Chase1234_Activity_20250401.CSV",
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n\
         DEBIT,01/15/2025,\"VERIZON WIRELESS PAYMENTS PPD ID: 2223344556\",-85.99,ACH_DEBIT,1200.00,,\n\
         DEBIT,02/14/2025,\"VERIZON WIRELESS PAYMENTS PPD ID: 2223344556\",-85.99,ACH_DEBIT,1100.00,,\n\
         CREDIT,03/01/2025,\"PAYROLL ACME\",2000.00,ACH_CREDIT,3100.00,,\n\
         DEBIT,03/05/2025,\"VZWRLSS*APOCC VISE\",-85.99,DEBIT_CARD,3014.01,,\n",
    );
    let mut bill = String::from("Billing period,Item,Amount,Number\n");
    for p in ["2025-01", "2025-02", "2025-03"] {
        bill.push_str(&format!(
            "{p},Unlimited Welcome,65.00,555-010-0100\n{p},Verizon Protect,17.00,555-010-0100\n{p},Taxes and fees,3.99,555-010-0100\n"
        ));
    }
    w.create("bills/verizon.csv", bill);
    let o = w.run(&["import", "bank"]);
    assert!(
        stdout(&o).contains("chase-checking-csv (transactions)"),
        "{}",
        stdout(&o)
    );
    let o = w.run(&["init", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = w.read("billaudit.toml");
    let cfg = Config::parse("billaudit.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(cfg.account.currency, "USD", "{text}");
    assert_eq!(cfg.account.carrier, "Verizon", "{text}");
    assert!(cfg.is_carrier_bound("VERIZON WIRELESS PAYMENTS PPD ID: 2223344556", ""));
    assert!(cfg.is_carrier_bound("VZWRLSS*APOCC VISE", ""));
    assert!(!cfg.is_carrier_bound("PAYROLL ACME", ""));
    let kinds: Vec<(&str, &str)> = cfg
        .services
        .iter()
        .map(|s| (s.name.as_str(), s.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [("Unlimited Welcome", "mobile"), ("Verizon Protect", "vas")],
        "{text}"
    );
    assert_eq!(
        cfg.services[0]
            .monthly_fee
            .map(|f| f.to_string())
            .as_deref(),
        Some("65.00")
    );
    // Without the add-on's entry (the user never ordered it), the audit flags it, month by
    // month, in dollars.
    let kept: String = text
        .split("\n[[service]]")
        .filter(|part| !part.contains("Verizon Protect"))
        .collect::<Vec<_>>()
        .join("\n[[service]]");
    w.create("billaudit.toml", kept);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["currency"], "USD");
    // The add-on is flagged in each of the three months; the taxes joined to the plan are
    // not part of its price, so nothing else is claimed.
    let addon: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "unsubscribed-charge")
        .collect();
    assert_eq!(addon.len(), 3, "{v:#}");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.iter().all(|r| *r == "unsubscribed-charge"),
        "{rules:?}"
    );
    assert!(
        addon
            .iter()
            .all(|f| f["item"] == "Verizon Protect" && f["amount"] == "17.00"),
        "{v:#}"
    );
}
