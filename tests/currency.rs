//! Amounts in another currency than the case's (issue 11): a EUR camt.053, a USD OFX and a
//! statement whose 币种 column mixes 人民币 and 美元 rows, added to the demo case (CNY).
//! The foreign amounts are kept apart: counted in each file's summary, named (file, row,
//! amount, currency) in the notes of the terminal, JSON and evidence pack, never summed,
//! matched or disputed; the demo's yuan findings and total are unchanged.

mod common;

use common::{stderr, stdout, Workdir};
use serde_json::Value;

/// A camt.053 statement in EUR: one booked debit to the carrier.
fn camt_eur() -> String {
    "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr>\n<Stmt><Id>S1</Id><Acct><Id><IBAN>DE00123456780000000001</IBAN></Id></Acct>\n<Ntry><Amt Ccy=\"EUR\">258.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-08-06</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Cdtr><Nm>中国电信股份有限公司</Nm></Cdtr></RltdPties></TxDtls></NtryDtls></Ntry>\n</Stmt>\n</BkToCstmrStmt></Document>\n".to_string()
}

/// An OFX statement in USD: one debit to the carrier.
fn ofx_usd() -> String {
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n<BANKACCTFROM><ACCTID>9</BANKACCTFROM>\n<BANKTRANLIST>\n<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250907<TRNAMT>-258.00<FITID>u1<NAME>中国电信股份有限公司\n</STMTTRN>\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n".to_string()
}

/// A statement with a 币种 column: two 美元/USD debits to the carrier, one 人民币 row.
const MIXED: &str = "交易日期,摘要,对方户名,收入金额,支出金额,币种\n2025-08-06,代扣电信费,中国电信股份有限公司杭州分公司,,258.00,美元\n2025-08-07,办公用品,杭州某某文具店,,35.00,人民币\n2025-09-06,代扣电信费,中国电信股份有限公司杭州分公司,,100.00,USD\n";

fn case() -> Workdir {
    let w = Workdir::from_fixture("idle-broadband");
    w.create("bank/eur.xml", camt_eur());
    w.create("bank/usd.ofx", ofx_usd());
    w.create("bank/mixed.csv", MIXED);
    w
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn file<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == name)
        .unwrap_or_else(|| panic!("{name} not in the report"))
}

const REASON: &str =
    "amount in another currency than the case's (kept apart: not summed, matched or disputed)";

#[test]
fn foreign_currency_amounts_are_kept_apart_and_reported() {
    let w = case();
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    // The demo's yuan findings and total, as without the foreign files.
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{err}");
    assert_eq!(v["summary"]["findings"], 8, "{err}");
    // Each foreign amount: counted with its reason, listed with row, amount and currency.
    let camt_row = line_of(&camt_eur(), "<Ntry>") as u64;
    let ofx_row = line_of(&ofx_usd(), "<STMTTRN>") as u64;
    for (name, rows, amounts, currency, kept) in [
        ("bank/eur.xml", vec![camt_row], vec!["-258.00"], "EUR", 1),
        ("bank/usd.ofx", vec![ofx_row], vec!["-258.00"], "USD", 1),
        (
            "bank/mixed.csv",
            vec![2, 4],
            vec!["-258.00", "-100.00"],
            "USD",
            2,
        ),
    ] {
        let f = file(&v, name);
        assert_eq!(f["skipped"][REASON], kept, "{name}: {f}");
        let list = f["kept_apart"].as_array().unwrap();
        assert_eq!(list.len(), rows.len(), "{name}: {f}");
        for ((k, row), amount) in list.iter().zip(&rows).zip(&amounts) {
            assert_eq!(k["row"], *row, "{name}: {k}");
            assert_eq!(k["amount"], *amount, "{name}: {k}");
            assert_eq!(k["currency"], currency, "{name}: {k}");
        }
    }
    // The yuan row of the mixed statement is a record like any other.
    assert_eq!(file(&v, "bank/mixed.csv")["records"], 1);
    // The notes name every one of them.
    let notes: Vec<&str> = v["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n
                .starts_with("4 amounts in another currency than the case's CNY were kept apart")),
        "{notes:#?}"
    );
    for want in [
        format!("bank/eur.xml:{camt_row}: -258.00 EUR"),
        format!("bank/usd.ofx:{ofx_row}: -258.00 USD"),
        "bank/mixed.csv:2: -258.00 USD".to_string(),
        "bank/mixed.csv:4: -100.00 USD".to_string(),
    ] {
        assert!(
            notes.iter().any(|n| n.starts_with(&want)),
            "{want}: {notes:#?}"
        );
    }
    // Nothing foreign is disputed or cited as evidence.
    let disputes = v["disputes"].to_string() + &v["findings"].to_string();
    for name in ["eur.xml", "usd.ofx", "mixed.csv"] {
        assert!(!disputes.contains(name), "{name} in {disputes}");
    }
}

/// The terminal summary, the Markdown pack and `billaudit import` say it too.
#[test]
fn kept_apart_amounts_are_named_in_every_output() {
    let w = case();
    let o = w.run(&["audit", ".", "--lang", "en"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(out.contains("bank/mixed.csv:4: -100.00 USD"), "{out}");
    assert!(out.contains("Total") || out.contains("1,648.00"), "{out}");
    let o = w.run(&["audit", ".", "--lang", "zh-CN", "--evidence", "pack.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let pack = w.read("pack.md");
    assert!(pack.contains("bank/eur.xml"), "{pack}");
    assert!(pack.contains("已单独列出"), "{pack}");
    let o = w.run(&["audit", ".", "--lang", "en", "--evidence", "pack.html"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let html = w.read("pack.html");
    let row = line_of(&ofx_usd(), "<STMTTRN>");
    // HTML escapes the slash of the file name.
    let want = format!("bank&#x2f;usd.ofx:{row}: -258.00 USD (中国电信股份有限公司) kept apart");
    assert!(html.contains(&want), "{want}\n{html}");
    let o = w.run(&["import", "bank/usd.ofx", "bank/mixed.csv", "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("currencies stated: USD"), "{out}");
    assert!(out.contains("currencies stated: CNY, USD"), "{out}");
    // Given the case folder, `import` keeps them apart as the audit does.
    let o = w.run(&["import", ".", "--lang", "en"]);
    let out = stdout(&o);
    assert!(
        out.contains("kept apart (another currency): ./bank/mixed.csv:4  -100.00 USD"),
        "{out}"
    );
}

/// Amounts stated in the case's own currency, or in none, are read as before.
#[test]
fn amounts_in_the_case_currency_are_counted() {
    let w = Workdir::from_fixture("idle-broadband");
    // The demo's unpaid 100.00 debit again, stated as 人民币 in a 币种 column, in another
    // month: one more unexplained debit.
    w.create(
        "bank/more.csv",
        "交易日期,摘要,对方户名,收入金额,支出金额,币种\n2025-04-20,代扣电信费,中国电信股份有限公司杭州分公司,,100.00,人民币\n",
    );
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["disputed_total"], "1748.00", "{}", stderr(&o));
    assert!(file(&v, "bank/more.csv")["kept_apart"].is_null());
}

/// A bill with a line in another currency: the line is kept apart, and the bill's stated
/// total (which counts it, converted) is not checked against the yuan lines left: no false
/// bill-total finding, and the skip says why.
#[test]
fn a_bill_with_a_foreign_line_is_not_checked_against_its_total() {
    let w = Workdir::from_fixture("idle-broadband");
    w.create(
        "bills/2025-03.csv",
        "账期,用户号码,费用项目,金额,币种\n2025-03,ADSL05718800123,企业宽带200M月租费,258.00,人民币\n2025-03,ADSL05718800123,国际漫游费,10.00,美元\n2025-03,,本期合计,330.00,人民币\n",
    );
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["disputed_total"], "1648.00", "{}", stderr(&o));
    assert_eq!(v["summary"]["findings"], 8, "{}", v["findings"]);
    let f = file(&v, "bills/2025-03.csv");
    assert_eq!(f["kept_apart"][0]["amount"], "10.00", "{f}");
    assert_eq!(f["kept_apart"][0]["currency"], "USD", "{f}");
    assert_eq!(
        f["skipped"]
            ["stated bill total not checked: some lines of that bill are in another currency"],
        1,
        "{f}"
    );
}
