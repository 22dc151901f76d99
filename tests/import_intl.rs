//! End-to-end tests of the statement and carrier formats beyond China, driving the
//! binary on our own fictional look-alike fixtures in fixtures/import/intl/.

mod common;

use common::{billaudit, fixture_path, Workdir};
use serde_json::Value;

fn import_json(path: &str) -> Value {
    let p = fixture_path(&format!("import/intl/{path}"));
    let out = billaudit(&["import", "--format", "json", p.to_str().unwrap()]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    v[0].clone()
}

fn check_ok(path: &str) -> bool {
    let p = fixture_path(&format!("import/intl/{path}"));
    billaudit(&["import", "--check", p.to_str().unwrap()])
        .status
        .success()
}

/// (format, rows, records, skipped, errors)
fn counts(r: &Value) -> (String, u64, u64, u64, u64) {
    let skipped: u64 = r["skipped"]
        .as_object()
        .map(|m| m.values().filter_map(Value::as_u64).sum())
        .unwrap_or(0);
    (
        r["format"].as_str().unwrap_or("").to_string(),
        r["rows"].as_u64().unwrap(),
        r["records"].as_u64().unwrap(),
        skipped,
        r["error_count"].as_u64().unwrap(),
    )
}

fn reconciled(r: &Value) -> Vec<(String, bool)> {
    r["reconciliation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["what"].as_str().unwrap().to_string(),
                x["ok"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn ofx_sgml_one_line_body() {
    let r = import_json("ofx/chequing-sgml.ofx");
    assert_eq!(counts(&r), ("ofx-sgml".into(), 3, 3, 0, 0));
    assert_eq!(r["kind"], "transactions");
    assert!(
        r["notes"][0]
            .as_str()
            .unwrap()
            .contains("ledger balance 1564.75 CAD"),
        "{r}"
    );
    assert!(check_ok("ofx/chequing-sgml.ofx"));
}

#[test]
fn ofx_xml_credit_card() {
    let r = import_json("ofx/card-xml.ofx");
    assert_eq!(counts(&r), ("ofx-xml".into(), 2, 2, 0, 0));
    assert!(check_ok("ofx/card-xml.ofx"));
}

#[test]
fn ofx_signon_failure_is_a_clear_error() {
    let r = import_json("ofx/signon-failed.ofx");
    let f = r["failure"].as_str().unwrap();
    assert!(f.contains("signon failed") && f.contains("15500"), "{f}");
    assert!(!check_ok("ofx/signon-failed.ofx"));
}

#[test]
fn ofx_bad_entries_name_line_and_column() {
    let r = import_json("ofx/broken-entries.ofx");
    assert_eq!(counts(&r), ("ofx-sgml".into(), 3, 1, 0, 2));
    let e0 = &r["errors"][0];
    assert_eq!((e0["row"].as_u64(), e0["col"].as_u64()), (Some(6), Some(1)));
    assert!(e0["message"].as_str().unwrap().contains("DTPOSTED"));
    assert!(r["errors"][1]["message"]
        .as_str()
        .unwrap()
        .contains("TRNAMT"));
    assert!(!check_ok("ofx/broken-entries.ofx"));
}

#[test]
fn camt053_two_statements_reconcile() {
    let r = import_json("camt/camt053-v08-two-statements.xml");
    assert_eq!(counts(&r), ("camt.053".into(), 5, 4, 1, 0));
    assert_eq!(r["skipped"]["pending entry (not booked)"], 1);
    let rec = reconciled(&r);
    assert_eq!(rec.len(), 4, "{rec:?}");
    assert!(rec.iter().all(|(_, ok)| *ok), "{rec:?}");
    assert!(check_ok("camt/camt053-v08-two-statements.xml"));
}

#[test]
fn camt054_notification() {
    let r = import_json("camt/camt054-notification.xml");
    assert_eq!(counts(&r), ("camt.054".into(), 1, 1, 0, 0));
    assert!(check_ok("camt/camt054-notification.xml"));
}

#[test]
fn mt940_wrapped_latin1_two_statements() {
    let r = import_json("mt940/two-statements-latin1.sta");
    assert_eq!(counts(&r), ("mt940".into(), 5, 5, 0, 0));
    let rec = reconciled(&r);
    assert_eq!(rec.len(), 2);
    assert!(rec.iter().all(|(_, ok)| *ok), "{rec:?}");
    assert!(check_ok("mt940/two-statements-latin1.sta"));
}

#[test]
fn mt942_sums() {
    let r = import_json("mt940/intraday.mt942");
    assert_eq!(counts(&r), ("mt942".into(), 2, 2, 0, 0));
    assert_eq!(reconciled(&r).len(), 4);
    assert!(check_ok("mt940/intraday.mt942"));
}

#[test]
fn statement_mismatch_fails_check() {
    let w = Workdir::new();
    w.create(
        "bad.sta",
        ":20:X\n:25:1\n:28C:1\n:60F:C250101EUR10,00\n:61:250102D1,00NTRFNONREF\n:62F:C250131EUR10,00\n-\n",
    );
    let out = w.run(&["import", "--format", "json", "bad.sta"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["reconciliation"][0]["ok"], false);
    assert_eq!(v[0]["reconciliation"][0]["computed"], "9");
    assert!(!w.run(&["import", "--check", "bad.sta"]).status.success());
}

// ---- hostile input: bounded, with a clear error (files generated here, in a temp dir) ----

fn import_in(w: &Workdir, name: &str) -> Value {
    let out = w.run(&["import", "--format", "json", name]);
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    v[0].clone()
}

#[test]
fn enormous_single_line_is_refused() {
    let w = Workdir::new();
    w.create("huge.csv", vec![b'a'; 3 << 20]);
    let started = std::time::Instant::now();
    let r = import_in(&w, "huge.csv");
    let f = r["failure"].as_str().unwrap();
    assert!(f.contains("line 1 is longer than 1024 KiB"), "{f}");
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn unclosed_quote_is_refused() {
    let w = Workdir::new();
    let mut s = String::from("Date,Amount,Description\n2025-01-01,-1.00,\"open\n");
    s.push_str(&"more text\n".repeat(200_000));
    w.create("quote.csv", s);
    let f = import_in(&w, "quote.csv")["failure"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(f.contains("row starting at line 2"), "{f}");
}

#[test]
fn a_million_columns_is_refused() {
    let w = Workdir::new();
    let mut s = String::from("a,b\n");
    s.push_str(&",".repeat(1_000_000));
    s.push('\n');
    w.create("wide.csv", s);
    let f = import_in(&w, "wide.csv")["failure"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(f.contains(":2:") && f.contains("1000001 columns"), "{f}");
}

#[test]
fn invalid_utf8_gives_a_bounded_result() {
    let w = Workdir::new();
    let mut s = b"Date,Amount,Description\n2025-01-01,-1.00,fine\n2025-01-02,-2.00,bad ".to_vec();
    s.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    s.extend_from_slice(b" bytes\n");
    w.create("bad-utf8.csv", s);
    let r = import_in(&w, "bad-utf8.csv");
    assert!(r["failure"].is_null(), "{r}");
    assert_eq!(
        (r["rows"].as_u64(), r["records"].as_u64()),
        (Some(3), Some(2))
    );
}

#[test]
fn bom_in_the_middle_is_bounded() {
    let w = Workdir::new();
    let one = "Date,Amount,Description\n2025-01-01,-1.00,a\n";
    let s = format!("\u{feff}{one}\u{feff}{one}");
    w.create("twice.csv", s);
    let r = import_in(&w, "twice.csv");
    assert!(r["failure"].is_null(), "{r}");
    let skipped: u64 = r["skipped"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(r["records"].as_u64(), Some(2));
    assert_eq!(
        r["rows"].as_u64().unwrap(),
        2 + skipped + r["error_count"].as_u64().unwrap()
    );
}

/// A stored ZIP with one entry whose central directory declares `declared` bytes.
fn zip_declaring(name: &str, data: &[u8], declared: u32) -> Vec<u8> {
    let mut z = Vec::new();
    z.extend_from_slice(&[
        0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    z.extend_from_slice(&(data.len() as u32).to_le_bytes());
    z.extend_from_slice(&(data.len() as u32).to_le_bytes());
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    z.extend_from_slice(name.as_bytes());
    z.extend_from_slice(data);
    let cd = z.len();
    z.extend_from_slice(&[
        0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    z.extend_from_slice(&(data.len() as u32).to_le_bytes());
    z.extend_from_slice(&declared.to_le_bytes());
    z.extend_from_slice(&(name.len() as u16).to_le_bytes());
    z.extend_from_slice(&[0; 16]);
    z.extend_from_slice(name.as_bytes());
    let cd_len = z.len() - cd;
    z.extend_from_slice(&[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0]);
    z.extend_from_slice(&(cd_len as u32).to_le_bytes());
    z.extend_from_slice(&(cd as u32).to_le_bytes());
    z.extend_from_slice(&0u16.to_le_bytes());
    z
}

#[test]
fn zip_bomb_disguised_as_xlsx_is_refused_before_inflating() {
    let w = Workdir::new();
    w.create(
        "bill.xlsx",
        zip_declaring("xl/worksheets/sheet1.xml", &[0u8; 4096], 4_000_000_000),
    );
    let f = import_in(&w, "bill.xlsx")["failure"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(f.contains("ZIP bomb"), "{f}");
    let mut many = zip_declaring("a", b"x", 1);
    // Patch the end record to claim 60000 entries.
    let n = many.len();
    many[n - 12..n - 10].copy_from_slice(&60000u16.to_le_bytes());
    w.create("many.xlsx", many);
    let f = import_in(&w, "many.xlsx")["failure"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(f.contains("60000 entries"), "{f}");
}

#[test]
fn western_bank_csvs_by_header() {
    for (file, format, rows, records) in [
        ("bank-csv/card-chase-like.csv", "chase-csv", 4, 3),
        ("bank-csv/chequing-bmo-like.csv", "bmo-debit-csv", 8, 2),
        ("bank-csv/card-hsbchk-like.csv", "hsbchk-credit-csv", 3, 2),
    ] {
        let r = import_json(file);
        let c = counts(&r);
        assert_eq!(
            (c.0.as_str(), c.1, c.2, c.4),
            (format, rows, records, 0),
            "{file}: {r}"
        );
        assert!(check_ok(file), "{file}");
    }
}

#[test]
fn carrier_usage_files_take_the_year_from_the_bill_cycle() {
    for (file, format, rows, records, dated) in [
        (
            "carrier/verizon-usage-detail.txt",
            "verizon-rdd-usage",
            4,
            3,
            "records dated 2024-12-31 to 2025-01-10",
        ),
        (
            "carrier/bell-call-detail.csv",
            "bell-dtl",
            4,
            2,
            "records dated 2024-12-28 to 2025-01-03",
        ),
        (
            "carrier/att-usage-detail.csv",
            "att-usage",
            5,
            4,
            "records dated 2025-02-03 to 2025-02-06",
        ),
    ] {
        let r = import_json(file);
        let c = counts(&r);
        assert_eq!(
            (c.0.as_str(), c.1, c.2, c.4),
            (format, rows, records, 0),
            "{file}: {r}"
        );
        assert_eq!(r["kind"], "usage");
        assert!(
            r["notes"].as_array().unwrap().iter().any(|n| n == dated),
            "{file}: {}",
            r["notes"]
        );
        assert!(check_ok(file), "{file}");
    }
}

#[test]
fn headerless_cdr_lists_and_tower_lists() {
    let w = Workdir::new();
    w.create(
        "calls.txt",
        "15550100,15550199,\"ANSWER\",65,60,1,2025-03-01 10:00:00\n15550100,15550142,\"BUSY\",5,0,1,2025-03-01 11:00:00\n15550100,15550143,\"ANSWER\",9,8,1,2025-03-02 09:00:00\n15550100,15550144,\"ANSWER\",7,6,1,2025-03-02 09:30:00\n15550100,15550142,\"ANSWER\",5,4,1\n",
    );
    let r = import_in(&w, "calls.txt");
    assert_eq!(counts(&r), ("cdr-voipcall".into(), 5, 3, 1, 1));
    assert_eq!(
        (
            r["errors"][0]["row"].as_u64(),
            r["errors"][0]["col"].as_u64()
        ),
        (Some(5), Some(7))
    );
    w.create("towers.csv", "antenna_id,latitude,longitude\n1,48.1,11.5\n");
    let r = import_in(&w, "towers.csv");
    assert!(
        r["failure"].as_str().unwrap().contains("antenna locations"),
        "{r}"
    );
}

#[test]
fn telus_airtime_report_sections() {
    let r = import_json("carrier/telus-airtime-details.txt");
    assert_eq!(counts(&r), ("telus-airtime".into(), 20, 2, 18, 0));
    assert_eq!(r["skipped"]["blank line"], 2);
    assert_eq!(r["skipped"]["section total"], 2);
    let rec = reconciled(&r);
    assert_eq!(
        rec,
        [("6045550101 Phone section total (2 calls)".to_string(), true)]
    );
    assert!(r["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n == "records dated 2024-12-30 to 2025-01-02"));
    assert!(check_ok("carrier/telus-airtime-details.txt"));
}

#[test]
fn rogers_headerless_calls_with_companion_header() {
    let w = Workdir::new();
    w.create(
        "bill/Header-Voice.txt",
        "Voice Type : 12/21/2024 - 01/20/2025\r\n\r\nBAN,9,Text\r\nUser Number,15,Text\r\nDate,8,Date\r\nTime,6,Time\r\nCalled Number,15,Text\r\nFrom,28,Text\r\nProvince,2,Text\r\nTo,28,Text\r\nProvince,2,Text\r\nSeconds,10,Text\r\nTotal Call Charges,12,Currency\r\n",
    );
    w.create(
        "bill/ALL_CALLS-Voice.txt",
        "900001|4165550101|12302024|221500|4165550199|TORONTO|ON|OTTAWA|ON|120|.74|\r\n900001|4165550101|01032025|080200|*|TORONTO|ON|TORONTO|ON|60|0|\r\n900001|4165550101|01332025|080200|*|TORONTO|ON|TORONTO|ON|60|0|\r\n",
    );
    let r = import_in(&w, "bill/ALL_CALLS-Voice.txt");
    assert_eq!(counts(&r), ("rogers-calls".into(), 3, 2, 0, 1), "{r}");
    assert_eq!(r["coverage"]["from"], "2024-12-21");
    assert_eq!(r["errors"][0]["col"].as_u64(), Some(3));
    let r = import_in(&w, "bill/Header-Voice.txt");
    assert!(
        r["failure"].as_str().unwrap().contains("field definition"),
        "{r}"
    );
    // Without its companion the data file is not guessed at.
    w.create(
        "alone/ALL_CALLS-Voice.txt",
        "900001|4165550101|12302024|221500|4165550199|TORONTO|ON|OTTAWA|ON|120|.74|\n",
    );
    let r = import_in(&w, "alone/ALL_CALLS-Voice.txt");
    assert!(r["failure"].is_string(), "{r}");
}

#[test]
fn td_csv_without_a_header_is_recognised_by_its_rows() {
    let r = import_json("bank-csv/chequing-td-like-no-header.csv");
    assert_eq!(counts(&r), ("td-csv".into(), 3, 3, 0, 0));
    assert_eq!(r["kind"], "transactions");
    assert!(check_ok("bank-csv/chequing-td-like-no-header.csv"));
}

#[test]
fn bell_mobile_summary_charges_add_up_to_the_total() {
    let w = Workdir::new();
    let mut s = b"Acct Nbr   ,Invc Date ,Mobile Nbr,Mth Chg Ttl,Airtime Chg,Disc Ttl   ,GST        ,Manitoba   ,Ttl Charges\r\n".to_vec();
    s.extend_from_slice(b"Num compte ,Date fact ,Num t\xe9l mo,Tot fr mens,Fr temps   ,Esc total  ,TPS        ,Manitoba   ,Tot fr cour\r\n");
    s.extend_from_slice(b"ACCT-1     ,2025/01/05,204-555-0101,      45.00,       2.00,      -5.00,       2.10,       2.94,      47.04\r\n");
    s.extend_from_slice(b"ACCT-1     ,2025/01/05,204-555-0102,      45.00,       0.00,       0.00,       2.25,       3.15,      51.00\r\n");
    w.create("mob.csv", s);
    let r = import_in(&w, "mob.csv");
    assert_eq!(counts(&r), ("bell-mob".into(), 4, 2, 2, 0), "{r}");
    let rec = reconciled(&r);
    assert_eq!(rec.len(), 2);
    assert!(rec[0].1, "{rec:?}");
    assert!(!rec[1].1, "51.00 stated, 50.40 computed: {rec:?}");
}

#[test]
fn bell_invoice_charge_report_xlsx_with_serial_dates() {
    use rust_xlsxwriter::{Format, Workbook};
    let w = Workdir::new();
    let path = w.join("Invoice charge report.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Invoice charge report").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let header = [
        "Invoice date",
        "Account number",
        "Mobile number",
        "Device type",
        "Charge type",
        "Charge name",
        "Charge amount",
        "ADJ/Discount",
        "Total before taxes",
        "Charge taxes",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    // 45658 = 2025-01-01 as an Excel serial date.
    let rows = [
        ("204-555-0101", "Corp Share 65", 65.0, -10.0),
        ("204-555-0101", "911 fee", 0.95, 0.0),
    ];
    for (i, (n, item, amt, adj)) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_with_format(r, 0, 45658.0, &date).unwrap();
        ws.write(r, 1, "ACCT-1").unwrap();
        ws.write(r, 2, *n).unwrap();
        ws.write(r, 3, "Phone").unwrap();
        ws.write(r, 4, "Monthly Charge").unwrap();
        ws.write(r, 5, *item).unwrap();
        ws.write(r, 6, *amt).unwrap();
        ws.write(r, 7, *adj).unwrap();
        ws.write(r, 8, amt + adj).unwrap();
        ws.write(r, 9, 0.0).unwrap();
    }
    wb.save(&path).unwrap();
    let r = import_in(&w, "Invoice charge report.xlsx");
    assert_eq!(
        counts(&r),
        ("bell-invoice-charges".into(), 3, 2, 1, 0),
        "{r}"
    );
    assert_eq!(r["kind"], "bill-lines");
    // The serial date becomes the billing period; amounts are exact decimals.
    let mut sink = billaudit::import::Collect::default();
    let rep = billaudit::import::import_file(&path, "x.xlsx", &Default::default(), &mut sink);
    assert!(rep.failure.is_none());
    assert_eq!(sink.bill_lines[0].period.to_string(), "2025-01");
    assert_eq!(sink.bill_lines[0].amount.normalize().to_string(), "55");
    assert_eq!(sink.bill_lines[1].amount.normalize().to_string(), "0.95");
}

#[test]
fn att_raw_data_output_record_types() {
    let w = Workdir::new();
    let h = "Section ID|Billing Entity Level|Foundation Account Type|Foundation Account Number|Billing Account Number|Period End Date|Wireless Number|FAN Invoice Date|FAN Invoice Total Current Charges|Section_1|Section_2|Section_3|Section_4|Amount";
    let rows = [
        "BIL|FAN|billing|0999||20250216||||||||",
        "IRA|FAN||0999||20250216||20250216|46.00|||||",
        "SL|BAN|||555000900|20250202||||Prior Activity|Previous Balance|||46.00",
        "SL|BAN|||555000900|20250202|5550100001|||Monthly Charges|Plans|Unlimited|Unlimited Plan|45.00",
        "SL|BAN|||555000900|20250202|5550100001|||Monthly Charges|Fees|Regulatory|Regulatory Cost Recovery|1,00",
        "SL|BAN|||555000900|20250202|5550100001|||Usage|Voice|||",
    ];
    w.create("raw.csv", format!("{h}\r\n{}\r\n", rows.join("\r\n")));
    let r = import_in(&w, "raw.csv");
    assert_eq!(counts(&r), ("att-raw".into(), 7, 1, 5, 1), "{r}");
    let e = &r["errors"][0];
    assert_eq!((e["row"].as_u64(), e["col"].as_u64()), (Some(6), Some(14)));
}

#[test]
fn att_pooling_report_as_bill_lines() {
    let w = Workdir::new();
    w.create(
        "pool.csv",
        "Account and descriptions,Wireless number and descriptions,User name,Data charges,Data allocated back credit,Total data pooling credit,Total data tax credit,Invoice date,Wireless number\n\
         555000900 (EXAMPLE),5550100001,SAM EXAMPLE,$12.50,($12.50),($12.50),($0.80),02/02/2025,5550100001\n\
         555000900 (EXAMPLE),5550100002,ALEX EXAMPLE,$0.00,$0.00,$0.00,$0.00,02/02/2025,5550100002\n",
    );
    let mut sink = billaudit::import::Collect::default();
    let r = billaudit::import::import_file(
        &w.join("pool.csv"),
        "pool.csv",
        &Default::default(),
        &mut sink,
    );
    assert_eq!(r.format.as_deref(), Some("att-pooling"));
    assert_eq!(
        (r.rows, r.records, r.skipped_total(), r.error_count),
        (3, 1, 2, 0)
    );
    let lines: Vec<(String, String)> = sink
        .bill_lines
        .iter()
        .map(|l| (l.item.clone(), l.amount.normalize().to_string()))
        .collect();
    assert_eq!(
        lines,
        [
            ("Data charges".to_string(), "12.5".to_string()),
            ("Total data pooling credit".to_string(), "-12.5".to_string()),
            ("Total data tax credit".to_string(), "-0.8".to_string()),
        ]
    );
    assert_eq!(sink.bill_lines[0].period.to_string(), "2025-02");
}

#[test]
fn verizon_account_summary_sums_are_checked() {
    let w = Workdir::new();
    let h = "ECPD Profile ID\tBill Cycle Date\tAccount Number\tPrevious Balance\tPayments\tAdjustments\tBalance Forward\tMonthly Charges\tLate Fee\tUsage Charges - Voice\tUsage Charges - Data\tUsage and Purchase Charges\tTaxes, Governmental Surcharges, and Fees\tTotal Current Charges\tTotal Amount Due";
    let ok = "\tJan 15, 2025\tACCT-1\t80.00\t-80.00\t0.00\t0.00\t70.00\t0.00\t2.50\t0.00\t2.50\t7.50\t80.00\t80.00";
    let bad = "\tFeb 15, 2025\tACCT-1\t80.00\t-80.00\t0.00\t0.00\t70.00\t0.00\t2.50\t0.00\t2.50\t7.50\t85.00\t85.00";
    w.create("acct.txt", format!("{h}\r\n{ok}\r\n{bad}\r\n"));
    let r = import_in(&w, "acct.txt");
    assert_eq!(
        counts(&r),
        ("verizon-rdd-account".into(), 3, 0, 3, 0),
        "{r}"
    );
    let rec = reconciled(&r);
    assert_eq!(rec.len(), 8, "{rec:?}");
    assert_eq!(rec.iter().filter(|(_, ok)| !ok).count(), 1, "{rec:?}");
    assert!(
        rec.iter()
            .any(|(w, ok)| !ok && w.starts_with("line 3: charges by section")),
        "{rec:?}"
    );
    assert!(!w.run(&["import", "--check", "acct.txt"]).status.success());
}

#[test]
fn rogers_download_zip_is_read_as_delivered() {
    use std::io::Write;
    let w = Workdir::new();
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("Header-SMS.txt", opts).unwrap();
    z.write_all(b"SMS Type : 12/21/2024 - 01/20/2025\r\n\r\nBAN,9,Text\r\nUser Number,15,Text\r\nDate,8,Date\r\nTime,6,Time\r\nCalled Number,15,Text\r\nFrom,28,Text\r\nProvince,2,Text\r\nTo,28,Text\r\nProvince,2,Text\r\nTotal Call Charges,12,Currency\r\n").unwrap();
    z.start_file("ALL_CALLS-SMS.txt", opts).unwrap();
    z.write_all(b"900001|4165550101|12302024|221500|4165550199|TORONTO|ON|OTTAWA|ON|0|\r\n900001|4165550101|01032025|080200|4165550142|TORONTO|ON|TORONTO|ON|.25|\r\n").unwrap();
    let bytes = z.finish().unwrap().into_inner();
    w.create("rogers_sms.zip", bytes);
    let r = import_in(&w, "rogers_sms.zip");
    assert_eq!(counts(&r), ("rogers-calls".into(), 2, 2, 0, 0), "{r}");
    assert_eq!(r["usage_kinds"][0], "sms");
    assert_eq!(r["coverage"]["to"], "2025-01-20");
}
