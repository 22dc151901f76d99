//! One message catalogue per language, end to end: `import` and `audit` in zh-CN, zh-TW and
//! en print the catalogue's texts and none of another language's (imported data aside:
//! file names, item names, the holder and the carrier of the fixture are Chinese).

mod common;

use common::{billaudit, stderr, stdout, Workdir};

/// Three English words in a row: a sentence of the English catalogue (the fixtures'
/// data holds none).
fn english_phrase(text: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b").unwrap();
    re.find_iter(text).map(|m| m.as_str().to_string()).collect()
}

/// A word of the English catalogue that has nothing to do in a Chinese text: the labels
/// of the import summary and of the notes.
fn english_labels(text: &str) -> Vec<&'static str> {
    [
        "rows:",
        "records:",
        "skipped",
        "errors:",
        "header",
        "note:",
        "warning:",
        "error:",
        "reconciled",
        "not recognised",
        "not read",
        "covers:",
        "blank line",
        "preamble",
    ]
    .into_iter()
    .filter(|w| text.contains(w))
    .collect()
}

#[test]
fn import_in_simplified_chinese_speaks_the_catalogue() {
    let o = billaudit(&[
        "import",
        "fixtures/cases/idle-broadband",
        "fixtures/import/cn",
        "--lang",
        "zh-CN",
    ]);
    let out = stdout(&o);
    let err = stderr(&o);
    // The catalogue's words, in the summary of every file.
    for want in [
        "行数：",
        "记录：",
        "跳过：",
        "错误：",
        "表头：第",
        "跳过      1　表头",
    ] {
        assert!(out.contains(want), "{want}: {out}");
    }
    assert!(out.contains("覆盖：2025年1月1日至2025年9月30日"), "{out}");
    assert!(out.contains("账单所列合计（留作核对）"), "{out}");
    assert!(out.contains("已核对："), "{out}");
    for text in [&out, &err] {
        assert_eq!(english_phrase(text), Vec::<String>::new(), "{text}");
        assert_eq!(english_labels(text), Vec::<&str>::new(), "{text}");
        // Traditional-only characters of the zh-TW catalogue.
        for c in ["略過", "紀錄", "檔案", "表頭", "帳單所列"] {
            assert!(!text.contains(c), "{c}: {text}");
        }
    }
}

#[test]
fn import_in_traditional_chinese_uses_taiwan_words() {
    let o = billaudit(&["import", "fixtures/cases/idle-broadband", "--lang", "zh-TW"]);
    let out = stdout(&o);
    assert!(out.contains("列數："), "{out}");
    assert!(out.contains("略過      1　表頭"), "{out}");
    assert!(out.contains("通聯明細"), "{out}");
    assert_eq!(english_phrase(&out), Vec::<String>::new(), "{out}");
    assert_eq!(english_labels(&out), Vec::<&str>::new(), "{out}");
    for c in ["跳过", "记录", "表头", "行数"] {
        assert!(!out.contains(c), "{c}: {out}");
    }
}

#[test]
fn audit_in_traditional_chinese_speaks_the_catalogue() {
    let w = Workdir::from_fixture("idle-broadband");
    // A file that cannot be read, a disabled rule and a payee that matches nothing: a
    // warning and two assumptions.
    let cfg = w.read("billaudit.toml").replace(
        "payees = [\"中国电信\", \"电信\"]",
        "payees = [\"中国电信\", \"电信\", \"翼支付\"]",
    );
    w.create("billaudit.toml", cfg);
    w.create("misc/notes.txt", "Called the carrier on 2025-09-10.\n");
    w.create("misc/photo.jpg", [0xFFu8, 0xD8, 0xFF, 0xE0, 0, 0x10]);
    w.create(
        "rules/new-charge.toml",
        "id = \"new-charge\"\ncheck = \"new-charge\"\nseverity = \"low\"\nenabled = false\n",
    );
    let o = w.run(&["audit", ".", "--lang", "zh-TW", "--evidence", "pack.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let err = stderr(&o);
    let pack = w.read("pack.md");
    assert!(
        out.contains("爭議總額：¥1,648.00（7 項爭議，8 項發現）"),
        "{out}"
    );
    assert!(out.contains("假設與說明："), "{out}");
    assert!(out.contains("內建規則 new-charge 已停用"), "{out}");
    assert!(
        out.contains("收款方（[account] payees）中的「翼支付」"),
        "{out}"
    );
    // Files not read are listed in the summary (it goes to the terminal).
    assert!(
        out.contains("略過 misc/photo.jpg：未讀取：圖片，暫不支援讀取這種格式"),
        "{out}"
    );
    assert!(out.contains("略過 misc/notes.txt：無法辨識："), "{out}");
    assert!(err.contains("證據資料已寫入 pack.md"), "{err}");
    for text in [&out, &err, &pack] {
        assert_eq!(english_phrase(text), Vec::<String>::new(), "{text}");
        // Simplified forms of the zh-CN catalogue's words.
        for c in ["证据", "说明", "争议", "收款方（[account] payees）中的“"] {
            assert!(!text.contains(c), "{c}: {text}");
        }
    }
}

#[test]
fn audit_in_english_has_no_chinese_of_the_catalogue() {
    let w = Workdir::from_fixture("idle-broadband");
    w.create("misc/photo.jpg", [0xFFu8, 0xD8, 0xFF, 0xE0, 0, 0x10]);
    let o = w.run(&["audit", ".", "--lang", "en", "--evidence", "pack.md"]);
    let out = stdout(&o);
    let err = stderr(&o);
    let pack = w.read("pack.md");
    assert!(out.contains("Disputed total: CNY 1,648.00"), "{out}");
    assert!(
        out.contains("skipped misc/photo.jpg: not read: an image"),
        "{out}"
    );
    for text in [&out, &err, &pack] {
        // Chinese punctuation comes only from a Chinese catalogue (the fixture's data has
        // none).
        for c in ["：", "，", "（", "）", "“", "「", "。"] {
            assert!(!text.contains(c), "{c:?}: {text}");
        }
    }
}

/// Help, argument errors and the language list come from the catalogue too.
#[test]
fn help_and_argument_errors_in_the_chosen_language() {
    let o = billaudit(&["audit", "--help", "--lang", "zh-CN"]);
    let out = stdout(&o);
    for want in [
        "用法：",
        "参数：",
        "选项：",
        "显示帮助",
        "案件文件夹（内含 billaudit.toml）",
    ] {
        assert!(out.contains(want), "{want}: {out}");
    }
    for not in ["Usage:", "Options:", "Print help", "The case folder"] {
        assert!(!out.contains(not), "{not}: {out}");
    }
    let o = billaudit(&["audit", ".", "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    // The language of an unknown --lang is the locale's (en_US here).
    assert!(
        stderr(&o).contains("unknown language \"xx\": the languages are en, zh-CN, zh-TW"),
        "{}",
        stderr(&o)
    );
    let o = billaudit(&["audit", "--formatt", "x", "--lang", "zh-TW"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("錯誤：無法辨識的參數「--formatt」"),
        "{}",
        stderr(&o)
    );
    let o = billaudit(&["import", "no/such/path", "--lang", "zh-CN"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("错误：no/such/path：没有这个文件或文件夹"),
        "{}",
        stderr(&o)
    );
}

/// A configuration error speaks the report language too, with its position and caret.
#[test]
fn config_and_case_log_errors_in_the_chosen_language() {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = w
        .read("billaudit.toml")
        .replace("currency = \"CNY\"", "currency = \"人民币\"");
    w.create("billaudit.toml", cfg);
    let o = w.run(&["audit", ".", "--lang", "zh-CN"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("错误：./billaudit.toml:"), "{err}");
    assert!(
        err.contains("应为三个字母的币种代码，如 CNY，实际是 \"人民币\""),
        "{err}"
    );
    assert!(err.contains("^^^"), "{err}");
    let o = w.run(&["audit", ".", "--lang", "en"]);
    assert!(
        stderr(&o).contains("expected a 3-letter currency code like CNY, found \"人民币\""),
        "{}",
        stderr(&o)
    );
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&["case", "log", ".", "--lang", "zh-TW"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("錯誤：沒有可記錄的內容"),
        "{}",
        stderr(&o)
    );
}

/// A PDF of about 300 KiB whose one content stream inflates to 300 MiB.
fn flate_bomb_pdf() -> Vec<u8> {
    let mut bomb = b"%PDF-1.5\n1 0 obj << /Filter /FlateDecode >>\nstream\n".to_vec();
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..300 {
        std::io::Write::write_all(&mut z, &zeros).unwrap();
    }
    bomb.extend(z.finish().unwrap());
    bomb.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
    bomb
}

/// Damaged and hostile files are refused with their reason in the report language: an XLSX
/// whose shared-string table declares 18 quintillion strings, an XLS whose sector chain
/// loops (a reason nested three deep), a PDF whose stream inflates to 300 MiB and a CSV
/// with a 2 MiB line. In Chinese, no English sentence is left in the reason; in English,
/// the reasons read as they always did.
#[test]
fn damaged_files_are_explained_in_the_report_language() {
    use common::workbooks;
    let w = Workdir::new();
    let sst = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="18446744073709551615"><si><t>x</t></si></sst>"#;
    w.create(
        "sst.xlsx",
        workbooks::xlsx(&workbooks::statement_rows(), Some(sst)),
    );
    let mut xls = workbooks::xls_statement();
    // The FAT (sector 0): the Workbook stream's second sector points back at its first.
    xls[512 + 3 * 4..512 + 4 * 4].copy_from_slice(&2u32.to_le_bytes());
    w.create("loop.xls", xls);
    w.create("bomb.pdf", flate_bomb_pdf());
    let mut long = b"date,amount\n".to_vec();
    long.extend(std::iter::repeat_n(b'x', 2 << 20));
    long.extend_from_slice(b",1\n");
    w.create("long.csv", long);
    let files = ["sst.xlsx", "loop.xls", "bomb.pdf", "long.csv"];
    let line_of = |text: &str, file: &str| {
        text.lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file} is not named:\n{text}"))
            .to_string()
    };
    let cases: [(&str, [&str; 4]); 3] = [
        (
            "zh-CN",
            [
                "无法作为电子表格打开：共享字符串表 \"xl/sharedStrings.xml\" 声明了 18446744073709551615 个字符串（最多读取 4000000 个）",
                "无法作为电子表格打开：Workbook 流：扇区链绕回到了扇区 2",
                "无法读取 PDF：其压缩流解压后超过 256 MiB（读取上限）",
                "第 2 行超过 1024 KiB（不是表格导出文件）",
            ],
        ),
        (
            "zh-TW",
            [
                "無法作為試算表開啟：共用字串表 \"xl/sharedStrings.xml\" 宣告了 18446744073709551615 個字串（最多讀取 4000000 個）",
                "無法作為試算表開啟：Workbook 資料流：磁區鏈繞回到了磁區 2",
                "無法讀取 PDF：其壓縮資料流解壓縮後超過 256 MiB（讀取上限）",
                "第 2 列超過 1024 KiB（不是表格匯出檔）",
            ],
        ),
        (
            "en",
            [
                "cannot open as a spreadsheet: the shared-string table \"xl/sharedStrings.xml\" declares 18446744073709551615 strings (at most 4000000 are read)",
                "cannot open as a spreadsheet: Workbook stream: the sector chain loops back to sector 2",
                "cannot read the PDF: its compressed streams inflate to more than 256 MiB (the most read)",
                "line 2 is longer than 1024 KiB (not a table export)",
            ],
        ),
    ];
    for (lang, reasons) in cases {
        let mut args = vec!["import"];
        args.extend(files);
        args.extend(["--lang", lang]);
        let o = w.run(&args);
        assert_eq!(o.status.code(), Some(2), "{lang}: {}", stderr(&o));
        let text = format!("{}{}", stdout(&o), stderr(&o));
        for (file, reason) in files.iter().zip(reasons) {
            let line = line_of(&text, file);
            assert!(line.contains(reason), "{lang} {file}: {line}");
            if lang != "en" {
                assert_eq!(english_phrase(&line), Vec::<String>::new(), "{line}");
            }
        }
    }
}
