//! End to end: the Chinese payment-app and bank importers on our own look-alike fixtures
//! (fixtures/import/cn, written by make_fixtures.py; fictional names and amounts), driving
//! the binary (`billaudit import --check`, `--format json`) and the library.

mod common;

use std::path::Path;

use billaudit::import::{import_file, Collect, FileReport, ImportOptions};
use common::{billaudit, fixture_path, stdout, Workdir};
use rust_decimal_macros::dec;
use rust_xlsxwriter::{Format, Workbook};
use serde_json::Value;

fn read(rel: &str) -> (FileReport, Collect) {
    let path = fixture_path(&format!("import/cn/{rel}"));
    let mut sink = Collect::default();
    let r = import_file(&path, rel, &ImportOptions::default(), &mut sink);
    (r, sink)
}

fn json(args: &[&str]) -> Value {
    let o = billaudit(args);
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)))
}

#[test]
fn check_passes_on_every_good_fixture_and_names_each_format() {
    let o = billaudit(&["import", "--check", "fixtures/import/cn/good"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    for id in [
        "alipay-app-2021",
        "alipay-app-2023",
        "alipay-web-2019",
        "wechat-csv",
        "icbc-debit",
        "cmb-credit",
        "jd",
        "meituan",
        "bestpay",
    ] {
        assert!(
            out.contains(&format!(": {id} (transactions)")),
            "{id} missing in\n{out}"
        );
    }
    assert!(
        out.contains("reconciled: 支出 sum: stated 291.50 = records 291.50"),
        "{out}"
    );
    assert!(!out.contains("warning"), "{out}");
}

#[test]
fn check_fails_and_names_the_file_when_a_stated_total_does_not_match() {
    let o = billaudit(&[
        "import",
        "--check",
        "fixtures/import/cn/bad/alipay-wrong-total.csv",
    ]);
    let out = stdout(&o);
    assert_ne!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("warning: fixtures/import/cn/bad/alipay-wrong-total.csv: 支出 sum does not reconcile: stated 999.99, records 291.50"),
        "{out}"
    );
    // Without --check the file is still imported (the mismatch is a warning).
    let o = billaudit(&["import", "fixtures/import/cn/bad/alipay-wrong-total.csv"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn json_report_of_the_alipay_2023_export() {
    let v = json(&[
        "import",
        "--format",
        "json",
        "fixtures/import/cn/good/alipay-app-2023.csv",
    ]);
    let r = &v[0];
    assert_eq!(r["format"], "alipay-app-2023");
    assert_eq!(r["encoding"], "gb18030");
    assert_eq!(r["header_row"], 25);
    assert_eq!(r["rows"], 33);
    assert_eq!(r["records"], 6);
    assert_eq!(r["error_count"], 0);
    assert_eq!(
        r["skipped"]["closed or failed transaction (no money moved)"],
        1
    );
    assert_eq!(r["skipped"]["neither income nor expense (不计收支)"], 1);
    let rec = r["reconciliation"].as_array().unwrap();
    assert_eq!(rec.len(), 7);
    assert!(rec.iter().all(|c| c["ok"] == true), "{rec:?}");
    // The 2026 variant has one preamble line fewer.
    let v = json(&[
        "import",
        "--format",
        "json",
        "fixtures/import/cn/good/alipay-app-2023-short.csv",
    ]);
    assert_eq!(v[0]["format"], "alipay-app-2023");
    assert_eq!(v[0]["header_row"], 24);
}

#[test]
fn alipay_refunds_are_credits_linked_by_order_id() {
    let (r, c) = read("good/alipay-app-2023.csv");
    assert!(r.accounted() && r.reconciled(), "{r:?}");
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(
        amounts,
        vec![
            dec!(-50.00),
            dec!(-199.00),
            dec!(199.00),
            dec!(100.00),
            dec!(30.00),
            dec!(-30.00)
        ]
    );
    let refund = &c.transactions[2];
    assert_eq!(refund.id.as_deref(), Some("2025060822001100000003_4711"));
    assert!(refund
        .id
        .as_deref()
        .unwrap()
        .starts_with(c.transactions[1].id.as_deref().unwrap()));
    assert_eq!(refund.source.row, 29);
    // A payment refunded in full is closed (交易关闭) but moved money: listed after its
    // refund, both are records; the 12.50 closed payment without a refund is not.
    assert_eq!(
        c.transactions[4].id.as_deref(),
        Some("2025061522001100000007_1")
    );
    assert_eq!(
        c.transactions[5].id.as_deref(),
        Some("2025061522001100000007")
    );
    // The legacy web export: a refund with an empty 收/支.
    let (r, c) = read("good/alipay-web-2019.csv");
    assert!(r.accounted() && r.reconciled(), "{r:?}");
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![dec!(-100.00), dec!(40.00), dec!(0.05)]);
}

#[test]
fn wechat_csv_with_bom_crlf_and_tabs_after_quotes() {
    let (r, c) = read("good/wechat.csv");
    assert_eq!(r.format.as_deref(), Some("wechat-csv"));
    assert_eq!(r.header_row, Some(17));
    assert!(
        r.accounted() && r.reconciled() && r.error_count == 0,
        "{r:?}"
    );
    let t = &c.transactions[0];
    assert_eq!(t.amount, dec!(-30.00));
    assert_eq!(t.counterparty, "中国联通");
    assert_eq!(t.id.as_deref(), Some("4200000001"));
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(
        amounts,
        vec![dec!(-30.00), dec!(-5.00), dec!(5.00), dec!(-12.00)]
    );
}

#[test]
fn banks_signs_totals_and_years() {
    let (r, c) = read("good/icbc-debit.csv");
    assert!(
        r.accounted() && r.reconciled() && r.reconciliation.len() == 2,
        "{r:?}"
    );
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![dec!(-58.00), dec!(500.00), dec!(-1200.00)]);

    let (r, c) = read("good/cmb-credit.csv");
    assert!(r.accounted() && r.error_count == 0, "{r:?}");
    let got: Vec<_> = c
        .transactions
        .iter()
        .map(|t| (t.date.date().to_string(), t.amount))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2025-12-28".to_string(), dec!(-88.00)),
            ("2026-01-03".to_string(), dec!(88.00)),
            ("2026-01-05".to_string(), dec!(-1000.00)),
        ]
    );
}

#[test]
fn jd_and_meituan() {
    let (r, c) = read("good/jd.csv");
    assert!(r.accounted() && r.reconciled(), "{r:?}");
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![dec!(-50.00), dec!(-20.00)]);
    let (r, c) = read("good/meituan.csv");
    assert!(r.accounted() && r.reconciled(), "{r:?}");
    assert_eq!(r.header_row, Some(16));
    let amounts: Vec<_> = c.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![dec!(-30.00), dec!(5.00)]);
}

/// A WeChat workbook: a Power-Query copy first (header `Column1…`), then the bill.
fn wechat_workbook(path: &Path, numeric: bool, utc_note: bool) {
    let mut wb = Workbook::new();
    let mut pre: Vec<&str> = vec![
        "微信支付账单明细",
        "微信昵称：[测试]",
        "起始时间：[2025-08-01 00:00:00] 终止时间：[2025-08-31 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2025-09-01 10:00:00]",
        "",
        "共3笔记录",
        "收入：1笔 8.80元",
        "支出：1笔 28.16元",
        "中性交易：1笔 200.00元",
        "注：",
        "1. 示例说明一（虚构）",
        "2. 示例说明二（虚构）",
        "3. 示例说明三（虚构）",
    ];
    if utc_note {
        pre.push("4. 示例说明四：时间为北京时间（虚构）");
    }
    pre.push("");
    pre.push("----------------------微信支付账单明细列表--------------------");
    let header = [
        "交易时间",
        "交易类型",
        "交易对方",
        "商品",
        "收/支",
        "金额(元)",
        "支付方式",
        "当前状态",
        "交易单号",
        "商户单号",
        "备注",
    ];
    let rows: [[&str; 11]; 3] = [
        [
            "2025-08-02 12:00:00",
            "商户消费",
            "中国移动",
            "话费",
            "支出",
            "28.16",
            "零钱",
            "支付成功",
            "4200000101\t",
            "20001\t",
            "/",
        ],
        [
            "2025-08-03 12:00:00",
            "微信红包",
            "王小明",
            "/",
            "收入",
            "8.80",
            "/",
            "已存入零钱",
            "1000000102\t",
            "/",
            "/",
        ],
        [
            "2025-08-04 12:00:00",
            "信用卡还款",
            "示例银行",
            "/",
            "/",
            "200.00",
            "零钱",
            "支付成功",
            "1000000103\t",
            "/",
            "/",
        ],
    ];
    let money = Format::new().set_num_format("\\¥#,##0.00");
    // Power-Query copy.
    let pq = wb.add_worksheet();
    pq.set_name("example-wechat-records").unwrap();
    for c in 0..11u16 {
        pq.write_string(0, c, format!("Column{}", c + 1)).unwrap();
    }
    let mut r = 1u32;
    for line in &pre {
        pq.write_string(r, 0, *line).unwrap();
        r += 1;
    }
    for (c, h) in header.iter().enumerate() {
        pq.write_string(r, c as u16, *h).unwrap();
    }
    for row in &rows {
        r += 1;
        for (c, v) in row.iter().enumerate() {
            let v = if c == 5 {
                format!("¥{v}")
            } else {
                v.to_string()
            };
            pq.write_string(r, c as u16, v).unwrap();
        }
    }
    // The bill.
    let ws = wb.add_worksheet();
    ws.set_name("Sheet1").unwrap();
    let mut r = 0u32;
    for line in &pre {
        ws.write_string(r, 0, *line).unwrap();
        r += 1;
    }
    for (c, h) in header.iter().enumerate() {
        ws.write_string(r, c as u16, *h).unwrap();
    }
    for row in &rows {
        r += 1;
        for (c, v) in row.iter().enumerate() {
            if c == 5 && numeric {
                ws.write_number_with_format(r, 5, v.parse::<f64>().unwrap(), &money)
                    .unwrap();
            } else if c == 5 {
                ws.write_string(r, 5, format!("¥{v}")).unwrap();
            } else {
                ws.write_string(r, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn wechat_xlsx_header_row_17_or_18_text_or_numeric_amounts_and_power_query_sheet() {
    let w = Workdir::new();
    wechat_workbook(&w.join("wechat-2025.xlsx"), false, false);
    wechat_workbook(&w.join("wechat-2026.xlsx"), true, true);
    let o = w.run(&[
        "import",
        "--check",
        "--format",
        "json",
        "wechat-2025.xlsx",
        "wechat-2026.xlsx",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    for (r, header_row) in v.as_array().unwrap().iter().zip([17, 18]) {
        assert_eq!(r["format"], "wechat-xlsx");
        assert_eq!(r["sheet"], "Sheet1");
        assert_eq!(r["header_row"], header_row);
        assert_eq!(r["records"], 2);
        let rec = r["reconciliation"].as_array().unwrap();
        assert_eq!(rec.len(), 7, "{rec:?}");
        assert!(rec.iter().all(|c| c["ok"] == true), "{rec:?}");
    }
    let mut sink = Collect::default();
    let r = import_file(
        &w.join("wechat-2026.xlsx"),
        "wechat-2026.xlsx",
        &ImportOptions::default(),
        &mut sink,
    );
    assert!(r.accounted());
    let amounts: Vec<_> = sink.transactions.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![dec!(-28.16), dec!(8.80)]);
}

#[test]
fn a_file_that_is_no_statement_is_a_clear_error() {
    let w = Workdir::new();
    w.create("notes.csv", "证券代码,证券名称,成交数量\n600000,示例,100\n");
    let o = w.run(&["import", "--check", "notes.csv", "--lang", "en"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("notes.csv: not recognised"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn profiles_in_the_folder_or_given_on_the_command_line() {
    let o = billaudit(&["import", "--check", "fixtures/import/cn/profiled"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("bank.csv: example-rcb-debit (transactions), gb18030"),
        "{out}"
    );
    assert!(out.contains("skipped by the profile (skip_rows)"), "{out}");
    // Without the profile the dates (DD/MM/YYYY) cannot be read.
    let w = Workdir::new();
    let csv = std::fs::read(fixture_path("import/cn/profiled/bank.csv")).unwrap();
    w.create("bank.csv", &csv);
    let o = w.run(&["import", "--check", "bank.csv"]);
    assert_ne!(o.status.code(), Some(0));
    let profile = fixture_path("import/cn/profiled/profiles/example-rcb.toml");
    let o = w.run(&[
        "import",
        "--check",
        "--profile",
        profile.to_str().unwrap(),
        "bank.csv",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let mut sink = Collect::default();
    let opts = ImportOptions {
        profiles: billaudit::import::profile::shared(vec![billaudit::import::profile::load_file(
            &profile,
        )
        .unwrap()]),
        ..ImportOptions::default()
    };
    let r = import_file(&w.join("bank.csv"), "bank.csv", &opts, &mut sink);
    assert!(r.accounted() && r.error_count == 0, "{r:?}");
    let got: Vec<_> = sink
        .transactions
        .iter()
        .map(|t| (t.date.date().to_string(), t.amount))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2025-06-03".to_string(), dec!(-58.00)),
            ("2025-06-10".to_string(), dec!(500.00))
        ]
    );
    // The template shipped in the repository parses.
    billaudit::import::profile::load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles/example-bank.toml"),
    )
    .unwrap();
}

#[test]
fn a_broken_profile_is_an_error_at_its_line_and_column() {
    let o = billaudit(&["import", "fixtures/import/cn/bad-profile"]);
    assert_eq!(o.status.code(), Some(2));
    let err = common::stderr(&o);
    assert!(
        err.contains("fixtures/import/cn/bad-profile/profiles/broken.toml:7:11: expected \".\" or \",\" as the decimal mark"),
        "{err}"
    );
}

/// A case with an Alipay payment to the carrier and the card debit behind it.
fn linked_case(bank_date: &str) -> Workdir {
    let w = Workdir::new();
    w.create(
        "billaudit.toml",
        "[account]\nholder = \"测试用户\"\ncarrier = \"中国电信\"\npayees = [\"电信\"]\n\n[[service]]\nid = \"broadband\"\nname = \"家庭宽带\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\n",
    );
    w.create(
        "bills.csv",
        "账期,费用项目,金额\n2025-06,宽带月租,199.00\n2025-06,合计,199.00\n",
    );
    let alipay = "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n\
交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,\n\
2025-07-03 10:00:00,充值缴费,中国电信,/,宽带续费,支出,199.00,示例银行(0000),交易成功,2025070322001100000009\t,M9\t,,\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(alipay);
    w.create("alipay.csv", &gbk);
    w.create(
        "bank.csv",
        format!("记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要\n{bank_date},CNY,-199.00,\"1,000.00\",快捷支付,支付宝-中国电信,支付宝-中国电信宽带续费\n"),
    );
    w
}

fn audit_json(w: &Workdir) -> Value {
    let o = w.run(&["audit", ".", "--format", "json"]);
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)))
}

#[test]
fn an_app_payment_and_the_card_debit_behind_it_count_once() {
    let v = audit_json(&linked_case("2025-07-04"));
    // No finding about the card debit: it is the Alipay payment seen a second time.
    assert!(
        !v["findings"].to_string().contains("bank.csv"),
        "{}",
        v["findings"]
    );
    let assumptions = v["assumptions"].to_string();
    assert!(
        assumptions.contains("counted once: alipay.csv:3 = bank.csv:2"),
        "{assumptions}"
    );
    // Ten days apart they are two payments: the second one is reported.
    let v = audit_json(&linked_case("2025-07-14"));
    assert!(
        v["findings"].to_string().contains("bank.csv"),
        "{}",
        v["findings"]
    );
    assert!(!v["assumptions"].to_string().contains("counted once"));
}
