//! PDF and e-mail bills end to end: cases written here (a Chinese PDF bill over two pages,
//! an encrypted PDF bank statement, China Mobile bill e-mails in GBK HTML) audited by the
//! binary, evidence cited by page and line (PDF) or table row (e-mail).

mod common;

use common::mail::{bill_eml, bill_html, Attachment, Category};
use common::pdf::{t, table, write, Text};
use common::Workdir;
use serde_json::Value;

/// A China Unicom style monthly bill over two pages: the table header repeated on page 2,
/// a page number under each page. `items` are (item, amount).
fn cn_bill_pdf(month: u32, items: &[(&str, &str)], total: &str) -> Vec<u8> {
    let xs = [60.0, 300.0, 420.0];
    let header: &[&str] = &["项目名称", "金额（元）", "号码"];
    let mut p1: Vec<Text> = vec![
        t(200.0, 50.0, "中国联通 电子账单"),
        t(60.0, 75.0, "客户名称：张三"),
        t(60.0, 90.0, &format!("账期：2025年{month:02}月")),
    ];
    let rows: Vec<[&str; 3]> = items.iter().map(|(i, a)| [*i, *a, "18612345678"]).collect();
    let (first, rest) = rows.split_at(rows.len().min(2));
    let mut r1: Vec<&[&str]> = vec![header];
    r1.extend(first.iter().map(|r| &r[..]));
    p1.extend(table(120.0, 16.0, &xs, &r1));
    p1.push(t(270.0, 800.0, "第 1 页 共 2 页"));
    let total_row = ["合计", total, ""];
    let mut r2: Vec<&[&str]> = vec![header];
    r2.extend(rest.iter().map(|r| &r[..]));
    r2.push(&total_row);
    let mut p2 = table(60.0, 16.0, &xs, &r2);
    p2.push(t(270.0, 800.0, "第 2 页 共 2 页"));
    write(&[p1, p2], None)
}

const CN_CONFIG: &str = r#"[account]
holder = "张三"
carrier = "中国联通"
payees = ["联通"]
numbers = ["18612345678"]

[[service]]
id = "plan"
name = "冰激凌套餐 59 元"
kind = "mobile"
match = ["月基本费", "套餐"]
monthly_fee = "59.00"
numbers = ["18612345678"]
"#;

fn cn_bill_case() -> Workdir {
    let w = Workdir::new();
    w.create("billaudit.toml", CN_CONFIG);
    for (m, extra, total) in [
        (4, None, "64.00"),
        (5, None, "64.00"),
        (
            6,
            Some(("视频会员<img src=x onerror=alert(1)>", "15.00")),
            "79.00",
        ),
    ] {
        let mut items = vec![("月基本费", "59.00"), ("彩铃功能费", "5.00")];
        items.extend(extra);
        w.create(
            &format!("bills/账单_2025年{m:02}月.pdf"),
            cn_bill_pdf(m, &items, total),
        );
    }
    w.create(
        "支付记录.csv",
        "交易时间,交易对方,商品说明,金额,收/支,交易状态\n\
         2025-05-03 09:00:00,中国联通,话费自动缴费,64.00,支出,交易成功\n\
         2025-06-03 09:00:00,中国联通,话费自动缴费,64.00,支出,交易成功\n\
         2025-07-03 09:00:00,中国联通,话费自动缴费,79.00,支出,交易成功\n",
    );
    w
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn findings(v: &Value) -> Vec<(String, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["amount"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn chinese_pdf_bill_audits_with_page_and_line_evidence() {
    let w = cn_bill_case();
    let o = w.run(&["import", "--check", "bills"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = json(&o);
    let mut got = findings(&v);
    got.sort();
    assert_eq!(
        got,
        [
            ("unsubscribed-charge".to_string(), "15.00".to_string()),
            ("unsubscribed-charge".to_string(), "5.00".to_string()),
            ("unsubscribed-charge".to_string(), "5.00".to_string()),
            ("unsubscribed-charge".to_string(), "5.00".to_string()),
        ]
    );
    assert_eq!(v["summary"]["disputed_total"], "30.00");
    // The June video item is the first row on page 2 (line 2, under the repeated header).
    let ev: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["evidence"].as_array().unwrap())
        .collect();
    let video = ev
        .iter()
        .find(|e| e["note"].as_str().unwrap_or("").contains("视频会员"))
        .expect("evidence of the video item");
    assert_eq!(video["file"], "bills/账单_2025年06月.pdf");
    assert_eq!(video["page"], 2);
    assert_eq!(video["row"], 2);
    // The ringback tone of April: page 1, line 5 (title, name, period, header, 月基本费).
    let ring = ev
        .iter()
        .find(|e| e["file"] == "bills/账单_2025年04月.pdf")
        .expect("April evidence");
    assert_eq!(
        (ring["page"].as_u64(), ring["row"].as_u64()),
        (Some(1), Some(6))
    );
    // The evidence list, the call script and the pack cite file:page:line; the pack stays
    // inert whatever the PDF held.
    let o = w.run(&[
        "audit",
        ".",
        "--lang",
        "en",
        "--evidence",
        "pack.html",
        "--as-of",
        "2025-07-10",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let term = String::from_utf8_lossy(&o.stdout);
    assert!(term.contains("bills/账单_2025年06月.pdf:2:2"), "{term}");
    let pack = w.read("pack.html");
    assert!(
        pack.contains("bills&#x2f;账单_2025年06月.pdf:2:2"),
        "{pack}"
    );
    assert!(!pack.contains("<img src=x"), "PDF text became markup");
    assert!(pack.contains("&lt;img src=x"));
    let o = w.run(&[
        "audit",
        ".",
        "--lang",
        "zh-CN",
        "--evidence",
        "evidence.md",
        "--as-of",
        "2025-07-10",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(w
        .read("evidence.md")
        .contains("bills/账单_2025年04月.pdf:1:6"));
}

#[test]
fn pdf_import_counts_every_line_and_dumps_its_text() {
    let w = cn_bill_case();
    let o = w.run(&["import", "--format", "json", "bills/账单_2025年06月.pdf"]);
    assert_eq!(o.status.code(), Some(0));
    let r = &json(&o)[0];
    assert_eq!(r["format"], "generic-bill");
    assert_eq!(r["kind"], "bill-lines");
    // Page 1: title, name, period, header, 2 items, page number; page 2: header, 1 item,
    // total, page number.
    assert_eq!(r["rows"], 11);
    assert_eq!(r["records"], 3);
    assert_eq!(r["skipped"]["repeated header"], 1);
    assert_eq!(
        r["skipped"]["a line of text outside the table's columns"],
        2
    );
    let o = w.run(&["import", "--dump-text", "bills/账单_2025年06月.pdf"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("== bills/账单_2025年06月.pdf page 1 (7 lines, 595 pt wide) =="),
        "{text}"
    );
    assert!(text.contains("1:3: @60 账期：2025年06月"), "{text}");
    assert!(
        text.contains(
            "2:2: @60 视频会员<img src=x onerror=alert(1)>  @300 15.00  @420 18612345678"
        ),
        "{text}"
    );
}

#[test]
fn a_pdf_layout_not_understood_is_reported_not_guessed() {
    let w = Workdir::new();
    let prose = vec![
        t(
            60.0,
            60.0,
            "Dear customer, thank you for your payment of $45.00.",
        ),
        t(60.0, 80.0, "Your next bill is due on 12 August."),
    ];
    w.create("letter.pdf", write(&[prose.clone(), prose], None));
    w.create("scan.pdf", write(&[vec![]], None));
    w.create(
        "broken.pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n",
    );
    // 300 MiB of zeros in one content stream, about 300 KiB compressed.
    let mut bomb = b"%PDF-1.5\n1 0 obj << /Filter /FlateDecode >>\nstream\n".to_vec();
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..300 {
        std::io::Write::write_all(&mut z, &zeros).unwrap();
    }
    bomb.extend(z.finish().unwrap());
    bomb.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    assert!(bomb.len() < 1 << 20, "{}", bomb.len());
    w.create("bomb.pdf", bomb);
    let o = w.run(&["import", "letter.pdf", "scan.pdf", "broken.pdf", "bomb.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("PDF read, layout not recognised: 2 pages of text (4 lines)"),
        "{text}"
    );
    assert!(text.contains("hold no text"), "{text}");
    assert!(text.contains("cannot read the PDF"), "{text}");
    assert!(
        text.contains("its compressed streams inflate to more than 256 MiB (the most read)"),
        "{text}"
    );
}

/// A bank statement PDF, encrypted: 交易日期/摘要/对方户名/收入金额/支出金额/余额.
fn statement_pdf(password: &str) -> Vec<u8> {
    let rows: &[&[&str]] = &[
        &[
            "交易日期",
            "摘要",
            "对方户名",
            "收入金额",
            "支出金额",
            "余额",
        ],
        &[
            "2025-05-05",
            "代扣",
            "中国电信股份有限公司",
            "",
            "100.00",
            "4900.00",
        ],
        &[
            "2025-05-20",
            "代扣",
            "中国电信股份有限公司",
            "",
            "30.00",
            "4870.00",
        ],
        &[
            "2025-06-05",
            "代扣",
            "中国电信股份有限公司",
            "",
            "100.00",
            "4770.00",
        ],
        &["2025-06-10", "工资", "某某公司", "8000.00", "", "12770.00"],
    ];
    let mut page = vec![
        t(200.0, 50.0, "招商银行 账户交易明细"),
        t(
            60.0,
            75.0,
            "户名：张三    起止日期：2025-05-01 至 2025-06-30",
        ),
    ];
    page.extend(table(
        110.0,
        16.0,
        &[40.0, 110.0, 170.0, 330.0, 410.0, 490.0],
        rows,
    ));
    write(&[page], Some(password))
}

fn statement_case(config_password: Option<&str>) -> Workdir {
    let w = Workdir::new();
    let mut cfg = String::from(
        "[account]\nholder = \"张三\"\ncarrier = \"中国电信\"\npayees = [\"电信\"]\n\n\
         [[service]]\nid = \"broadband\"\nname = \"宽带 100M\"\nkind = \"broadband\"\n\
         match = [\"宽带\"]\nmonthly_fee = \"100.00\"\n",
    );
    if let Some(p) = config_password {
        cfg.push_str(&format!("\n[import]\npassword = \"{p}\"\n"));
    }
    w.create("billaudit.toml", cfg);
    w.create(
        "bills.csv",
        "账期,项目,金额\n2025-04,宽带月租费,100.00\n2025-05,宽带月租费,100.00\n",
    );
    w.create("bank/流水.pdf", statement_pdf("s3cret-PW"));
    w
}

#[test]
fn encrypted_pdf_statement_needs_its_password_and_then_audits() {
    // No password: the statement is that file's error, said plainly; the rest audits.
    let w = statement_case(None);
    let o = w.run(&["audit", ".", "--format", "json"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "bank/流水.pdf: cannot read the PDF: the PDF is encrypted and needs a password"
        ),
        "{err}"
    );
    assert!(err.contains("--password"), "{err}");
    let v = json(&o);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rule"] != "unexplained-deduction"));
    // A wrong password is told apart from a missing one.
    let o = w.run(&["import", "--password", "nope", "bank/流水.pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stdout).contains("the password given does not open it"));
    // With --password (or BILLAUDIT_PASSWORD): the 30.00 debit no bill explains is found,
    // cited by page and line.
    for args in [&["--password", "s3cret-PW"][..], &[]] {
        let mut c = w.command(
            &[
                &["audit", ".", "--format", "json", "--lang", "en"][..],
                args,
            ]
            .concat(),
        );
        if args.is_empty() {
            c.env("BILLAUDIT_PASSWORD", "s3cret-PW");
        }
        let o = c.output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v = json(&o);
        assert_eq!(
            findings(&v),
            [("unexplained-deduction".to_string(), "30.00".to_string())]
        );
        let e = &v["findings"][0]["evidence"][0];
        assert_eq!(
            (e["file"].as_str(), e["page"].as_u64(), e["row"].as_u64()),
            (Some("bank/流水.pdf"), Some(1), Some(5))
        );
        assert!(!String::from_utf8_lossy(&o.stdout).contains("s3cret"));
        assert!(!String::from_utf8_lossy(&o.stderr).contains("s3cret"));
    }
}

#[test]
fn the_case_setting_opens_encrypted_pdfs_and_is_never_echoed() {
    let w = statement_case(Some("s3cret-PW"));
    let o = w.run(&[
        "audit",
        ".",
        "--format",
        "json",
        "--evidence",
        "pack.html",
        "--as-of",
        "2025-07-01",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        findings(&json(&o)),
        [("unexplained-deduction".to_string(), "30.00".to_string())]
    );
    assert!(!w.read("pack.html").contains("s3cret"));
    let o = w.run(&["import", "--format", "json", "bank"]);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("s3cret"));
}

/// China Mobile's June–April bills: a plan, a video membership nobody ordered under
/// 增值业务费, and in June a game top-up billed on behalf of a third party (代收费).
fn cmcc_case() -> Workdir {
    let w = Workdir::new();
    w.create(
        "billaudit.toml",
        "[account]\nholder = \"张三\"\ncarrier = \"中国移动\"\npayees = [\"移动\"]\n\
         numbers = [\"13800138000\"]\n\n[[service]]\nid = \"plan\"\nname = \"4G 飞享套餐 58 元\"\n\
         kind = \"mobile\"\nmatch = [\"套餐\", \"通话\", \"短信\"]\nmonthly_fee = \"58.00\"\n\
         numbers = [\"13800138000\"]\n",
    );
    let mut payments = String::from("交易时间,交易对方,商品说明,金额,收/支,交易状态\n");
    for (m, daishou, total) in [
        (4u32, false, "68.90"),
        (5, false, "68.90"),
        (6, true, "78.90"),
    ] {
        let daishou_items: &[(&str, &str)] = if daishou {
            &[("某游戏点卡", "10.00")]
        } else {
            &[]
        };
        let fees = [
            Category {
                name: "套餐及固定费用",
                subtotal: "58.00",
                items: &[("4G飞享套餐58元", "58.00")],
            },
            Category {
                name: "语音通信费",
                subtotal: "3.60",
                items: &[("国内通话费", "3.60")],
            },
            Category {
                name: "上网费",
                subtotal: "0.00",
                items: &[],
            },
            Category {
                name: "短/彩信费",
                subtotal: "0.30",
                items: &[("国内短信费", "0.30")],
            },
            Category {
                name: "增值业务费",
                subtotal: "15.00",
                items: &[("咪咕视频会员", "15.00")],
            },
            Category {
                name: "代收费业务费",
                subtotal: if daishou { "10.00" } else { "0.00" },
                items: daishou_items,
            },
            Category {
                name: "其他费用",
                subtotal: "0.00",
                items: &[],
            },
            Category {
                name: "优惠及减免",
                subtotal: "-8.00",
                items: &[("套餐优惠", "-8.00")],
            },
        ];
        let html = bill_html(2025, m, "13800138000", &fees, total);
        w.create(&format!("mail/{m:02}.eml"), bill_eml(2025, m, &html, &[]));
        payments.push_str(&format!(
            "2025-{:02}-03 09:00:00,中国移动,话费自动缴费,{total},支出,交易成功\n",
            m + 1
        ));
    }
    w.create("支付记录.csv", payments);
    w
}

#[test]
fn china_mobile_bill_mails_audit_with_table_row_evidence() {
    let w = cmcc_case();
    let o = w.run(&["import", "--check", "--format", "json", "mail/06.eml"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let r = &json(&o)[0];
    assert_eq!(r["format"], "cmcc-bill-mail");
    // Items under their categories, and categories without items (上网费, 其他费用).
    assert_eq!(r["records"], 8);
    assert!(r["reconciliation"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["ok"] == true));
    assert!(r["reconciliation"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["what"] == "本期费用合计" && c["stated"] == "78.90"));
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = json(&o);
    let mut got = findings(&v);
    got.sort();
    let expect: Vec<(String, String)> = [
        ("unsubscribed-charge", "10.00"),
        ("unsubscribed-charge", "15.00"),
        ("unsubscribed-charge", "15.00"),
        ("unsubscribed-charge", "15.00"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, expect);
    // Evidence: the mail and its table row (info rows 1–4, header 5, 套餐… 6–7, …).
    let ev = &v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["amount"] == "10.00")
        .unwrap()["evidence"][0];
    assert_eq!(
        (ev["file"].as_str(), ev["row"].as_u64()),
        (Some("mail/06.eml"), Some(16))
    );
    assert!(ev.get("page").is_none());
}

#[test]
fn mail_attachments_go_to_the_other_importers() {
    let w = Workdir::new();
    let csv = "交易时间,交易对方,商品说明,金额,收/支,交易状态\n2025-07-03 09:00:00,中国移动,话费,78.90,支出,交易成功\n";
    let pdf = cn_bill_pdf(6, &[("月基本费", "59.00")], "59.00");
    let html = "<html><body><p>请查收附件。</p></body></html>";
    let eml = bill_eml(
        2025,
        6,
        html,
        &[
            Attachment {
                name: "流水.csv",
                mime: "text/csv",
                bytes: csv.as_bytes().to_vec(),
            },
            Attachment {
                name: "账单.pdf",
                mime: "application/pdf",
                bytes: pdf,
            },
            Attachment {
                name: "logo.gif",
                mime: "image/gif",
                bytes: b"GIF89a".to_vec(),
            },
        ],
    );
    w.create("mail.eml", eml);
    let o = w.run(&["import", "--check", "--format", "json", "mail.eml"]);
    let r = &json(&o)[0];
    assert_eq!(o.status.code(), Some(0), "{r}");
    assert_eq!(r["records"], 2, "{r}");
    let notes = r["notes"].to_string();
    assert!(
        notes.contains("attachment mail.eml#流水.csv read as"),
        "{notes}"
    );
    assert!(
        notes.contains("attachment mail.eml#账单.pdf read as generic-bill: 1 records"),
        "{notes}"
    );
    assert!(notes.contains("logo.gif"), "{notes}");
}

/// Replace `from` by `to` (same length) everywhere in `bytes`.
fn patch(bytes: &mut [u8], from: &[u8], to: &[u8]) -> usize {
    assert_eq!(from.len(), to.len());
    let mut n = 0;
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            n += 1;
        }
        i += 1;
    }
    n
}

#[test]
fn a_pdf_that_makes_the_extractor_panic_is_that_files_error_and_the_rest_audits() {
    let w = cn_bill_case();
    // pdf-extract panics on a Type0 font encoding it does not know.
    let mut bad = cn_bill_pdf(5, &[("月基本费", "59.00"), ("彩铃功能费", "5.00")], "64.00");
    assert_eq!(patch(&mut bad, b"/Identity-H", b"/Identity-Q"), 1);
    w.create("bills/账单_2025年05月.pdf", bad);
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bills/账单_2025年05月.pdf: cannot read the PDF: the PDF text extractor failed on this file (unsupported encoding Identity-Q)"),
        "{err}"
    );
    assert!(
        !err.contains("panicked"),
        "the caught panic was printed: {err}"
    );
    assert_eq!(o.status.code(), Some(1));
    // The other two bills audit; without the May bill, the May payment is explained by no
    // bill (and looks like a second payment of the April bill): as it should, since that
    // bill could not be read, which the warning says.
    let mut got = findings(&json(&o));
    got.sort();
    let expect: Vec<(String, String)> = [
        // The second debit of a bill paid twice is its duplicate payment, never also an
        // unexplained deduction (one claim per debit).
        ("duplicate-payment", "64.00"),
        ("unsubscribed-charge", "15.00"),
        ("unsubscribed-charge", "5.00"),
        ("unsubscribed-charge", "5.00"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, expect);
}

/// Not a test: writes the PDFs these tests generate into the folder named by
/// `BILLAUDIT_FUZZ_SEEDS`, to seed the `import_pdf` fuzz target with them (beside real PDFs,
/// which are never committed here):
/// `BILLAUDIT_FUZZ_SEEDS=fuzz/corpus/import_pdf cargo test --test pdf_mail -- --ignored write_pdf_fuzz_seeds`.
#[test]
#[ignore = "a tool: writes fuzz seeds where BILLAUDIT_FUZZ_SEEDS says"]
fn write_pdf_fuzz_seeds() {
    let dir = std::path::PathBuf::from(
        std::env::var_os("BILLAUDIT_FUZZ_SEEDS").expect("BILLAUDIT_FUZZ_SEEDS names a folder"),
    );
    std::fs::create_dir_all(&dir).unwrap();
    let seeds = [
        (
            "cn-bill.pdf",
            cn_bill_pdf(6, &[("月基本费", "59.00"), ("彩铃功能费", "5.00")], "64.00"),
        ),
        ("statement-encrypted.pdf", statement_pdf("123456")),
    ];
    for (name, bytes) in seeds {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

#[test]
fn dump_text_shows_an_emails_table_rows_as_evidence_numbers_them() {
    let w = cmcc_case();
    let o = w.run(&["import", "--dump-text", "mail/06.eml"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("== mail/06.eml: 21 table rows =="), "{text}");
    // Row 16 is the one the 代收费 finding cites.
    assert!(text.contains("16:   某游戏点卡 | 10.00"), "{text}");
    assert!(text.contains("3: 手机号码 | 13800138000"), "{text}");
}
