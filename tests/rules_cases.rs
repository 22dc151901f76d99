//! One small case per built-in rule, each with a snapshot of its findings.

mod common;

use common::{billaudit, stderr};
use serde_json::Value;

fn findings(case: &str) -> Value {
    let o = billaudit(&[
        "audit",
        &format!("fixtures/cases/{case}"),
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1), "{case}: {}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    serde_json::json!({
        "findings": v["findings"],
        "summary": v["summary"],
        "assumptions": v["assumptions"],
    })
}

fn rules_fired(v: &Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn unsubscribed_charge_gbk() {
    let v = findings("unsubscribed-charge");
    assert_eq!(rules_fired(&v), vec!["unsubscribed-charge"; 3]);
    assert_eq!(v["summary"]["disputed_total"], "13.00");
    insta::assert_json_snapshot!("case_unsubscribed_charge", v);
}

#[test]
fn payment_mismatch_xlsx() {
    let v = findings("payment-mismatch");
    assert_eq!(rules_fired(&v), vec!["payment-mismatch"]);
    assert_eq!(v["findings"][0]["amount"], "42.00");
    assert_eq!(v["findings"][0]["evidence"][0]["file"], "bank.xlsx");
    assert_eq!(v["findings"][0]["evidence"][0]["row"], 6);
    insta::assert_json_snapshot!("case_payment_mismatch", v);
}

#[test]
fn duplicate_charge() {
    let v = findings("duplicate-charge");
    assert_eq!(rules_fired(&v), vec!["duplicate-charge"]);
    assert_eq!(v["findings"][0]["amount"], "99.00");
    insta::assert_json_snapshot!("case_duplicate_charge", v);
}

#[test]
fn bill_total_mismatch() {
    let v = findings("bill-total-mismatch");
    assert_eq!(rules_fired(&v), vec!["bill-total-mismatch"]);
    assert_eq!(v["findings"][0]["amount"], "20.00");
    assert_eq!(v["findings"][0]["period"], "2025-05");
    insta::assert_json_snapshot!("case_bill_total_mismatch", v);
}

#[test]
fn english_headers_xlsx_bills() {
    let v = findings("english-headers");
    assert_eq!(rules_fired(&v), vec!["unused-service"]);
    assert_eq!(v["findings"][0]["period"], "2025-02");
    assert_eq!(v["findings"][0]["amount"], "45.00");
    assert_eq!(v["findings"][0]["evidence"][0]["file"], "bills.xlsx");
    assert_eq!(v["findings"][0]["evidence"][0]["row"], 7);
    insta::assert_json_snapshot!("case_english_headers", v);
}

#[test]
fn idle_broadband_snapshot() {
    let v = findings("idle-broadband");
    insta::assert_json_snapshot!("case_idle_broadband", v);
}
