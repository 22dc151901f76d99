//! The right law for the right account: packs, scripts, statuses and appeals of the same
//! case under each route (CN business and consumer, US, GB, a third country), checked
//! from the command line for the citations, bodies and numbers that must and must not
//! appear; the claims add up; the ladder keeps its legal order and dates.

mod common;

use billaudit::audit::audit_case;
use billaudit::i18n::Lang;
use billaudit::jurisdiction::claims::claims;
use billaudit::rules::Finding;
use common::{fixture_path, Workdir};

const AS_OF: &str = "2025-10-20";

/// The idle-broadband case with its `[account]` table replaced.
fn case_with(account: &str) -> Workdir {
    let w = Workdir::from_fixture("idle-broadband");
    let cfg = std::fs::read_to_string(fixture_path("cases/idle-broadband/billaudit.toml")).unwrap();
    let start = cfg.find("[account]").unwrap();
    let end = cfg.find("[[service]]").unwrap();
    w.create(
        "billaudit.toml",
        format!("{}[account]\n{account}\n\n{}", &cfg[..start], &cfg[end..]),
    );
    // The demo's statement says its amounts are yuan (币种：人民币): a case in another
    // currency gets a statement that says so, or its amounts would be kept apart.
    if let Some(code) = account
        .lines()
        .find_map(|l| l.strip_prefix("currency = \""))
        .map(|r| r.trim_end_matches('"'))
    {
        let bank = "bank/对公账户流水_2025.csv";
        let text = w
            .read(bank)
            .replace("币种：人民币", &format!("币种：{code}"));
        w.create(bank, text);
    }
    w
}

const PAYEES: &str =
    "payees = [\"中国电信\", \"电信\", \"翼支付\"]\nnumbers = [\"ADSL05718800123\"]";

/// The Markdown pack, the HTML pack, `case status` and `case appeal` of a case, as text.
fn outputs(w: &Workdir, lang: &str, as_of: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, file) in [("md", "pack.md"), ("html", "pack.html")] {
        let o = w.run(&[
            "audit",
            ".",
            "--lang",
            lang,
            "--as-of",
            as_of,
            "--evidence",
            file,
            "-o",
            "audit.txt",
        ]);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        out.push((name.to_string(), w.read(file).replace("&#x2f;", "/")));
        std::fs::remove_file(w.join(file)).unwrap();
        std::fs::remove_file(w.join("audit.txt")).unwrap();
    }
    for cmd in ["status", "appeal"] {
        let o = w.run(&["case", cmd, ".", "--lang", lang, "--as-of", as_of]);
        assert!(
            o.status.code().is_some_and(|c| c < 2),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        out.push((
            cmd.to_string(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
        ));
    }
    out
}

fn assert_all(outs: &[(String, String)], must: &[&str], must_not: &[&str], what: &str) {
    for (name, text) in outs {
        for m in must_not {
            assert!(
                !text.contains(m),
                "{what} {name}: must not contain {m:?}\n{text}"
            );
        }
    }
    for m in must {
        assert!(
            outs.iter().any(|(_, t)| t.contains(m)),
            "{what}: no output contains {m:?}"
        );
    }
}

/// Words of the Chinese route in every language.
const CN_LAW: &[&str] = &[
    "电信条例",
    "電信條例",
    "Telecommunications Regulations",
    "民法典",
    "Civil Code",
    "电信用户申诉处理办法",
    "電信用戶申訴處理辦法",
    "Telecom User Appeal Measures",
    "12300",
    "12315",
    "消费者协会",
    "消費者協會",
    "consumer association",
    "10000",
    "10086",
    "5 个月",
    "5个月",
    "5 months",
];
const CONSUMER_CN: &[&str] = &[
    "消费者权益保护法",
    "消費者權益保護法",
    "Consumer Rights Protection Law",
    "12315",
];
const US_LAW: &[&str] = &[
    "FCC",
    "fcc.gov",
    "CFR",
    "Regulation E",
    "Fair Credit Billing",
];
const GB_LAW: &[&str] = &["Ofcom", "Communications Ombudsman", "CISAS", "deadlock"];

#[test]
fn cn_business_gets_no_consumer_law_and_the_ladder_in_order() {
    let w = case_with(&format!(
        "holder = \"杭州某某科技有限公司\"\ncarrier = \"中国电信\"\ncurrency = \"CNY\"\n{PAYEES}"
    ));
    for lang in ["zh-CN", "zh-TW", "en"] {
        let outs = outputs(&w, lang, AS_OF);
        let mut must_not: Vec<&str> = CONSUMER_CN.to_vec();
        must_not.extend(US_LAW);
        must_not.extend(GB_LAW);
        // No overclaims: idle months are a request, the line was provided.
        must_not.extend([
            "属于不公平格式条款",
            "屬於不公平格式條款",
            "unfair term",
            "依《消费者权益保护法》",
            "未提供服务",
            "立即停止",
            "Stop the service",
            "可同时",
            "可同時",
            "at the same time as well",
            "工业和信息化部电信用户申诉受理中心申诉",
        ]);
        assert_all(
            &outs,
            &["12300", "10000"],
            &must_not,
            &format!("CN business {lang}"),
        );
    }
    let outs = outputs(&w, "zh-CN", AS_OF);
    let md = &outs[0].1;
    // The escalation follows the legal order: carrier, appeal, court (no 12315 at all).
    let pos = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(pos("再次致电10000") < pos("12300") && pos("12300") < pos("诉讼时效"));
    // Within 16 days of today the June charge's window (1 Nov) closes: warned, with the
    // earliest appeal date (complaint today + 16 days).
    assert!(
        md.contains("最早一笔2025年6月1日的期限为2025年11月1日，而申诉最早2025年11月5日才能提出"),
        "{md}"
    );
    // The pack's deadline table is in the same order (not sorted by status).
    let html = &outs[1].1;
    let hpos = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
    assert!(hpos("先向运营商投诉") < hpos("申诉受理机构只受理"));
    assert!(hpos("申诉受理机构只受理") < hpos("诉讼时效"));
    // The appeal: Art 12 fields, the respondent's legal name from the bank statement.
    let appeal = &outs[3].1;
    for field in [
        "申诉人（姓名或名称）：杭州某某科技有限公司",
        "联系人：",
        "地址：",
        "邮政编码：",
        "电话号码：",
        "被申诉人（全称）：中国电信股份有限公司杭州分公司",
        "被申诉人地址：",
        "申诉请求：",
        "事实和理由：",
        "已向被申诉人投诉情况：",
        "附件：",
        "申诉日期：2025年10月20日",
    ] {
        assert!(appeal.contains(field), "{field}\n{appeal}");
    }
    assert!(
        !appeal.contains(".csv:"),
        "exhibits, not raw file:row references\n{appeal}"
    );
}

#[test]
fn cn_consumer_gets_12315_only_as_an_alternative() {
    let w = case_with(&format!(
        "holder = \"张三\"\ncarrier = \"中国电信\"\nholder_type = \"consumer\"\n{PAYEES}"
    ));
    // Late enough that the June charge is past its 5-month window.
    let outs = outputs(&w, "zh-CN", "2025-12-15");
    assert_all(
        &outs,
        &["12315", "《消费者权益保护法》第三十九条"],
        &["可同时", "同时可拨打"],
        "CN consumer",
    );
    let md = &outs[0].1;
    assert!(md.contains("不要与申诉同时提出"), "{md}");
    // The 12315 route comes after the appeal in the ladder.
    assert!(md.find("向被申诉企业所在省").unwrap() < md.find("不要与申诉同时提出").unwrap());
    // The appeal leaves out the charge past its window, with a note, and claims less.
    let appeal = &outs[3].1;
    assert!(appeal.contains("未列入的事项"), "{appeal}");
    assert!(appeal.contains("申诉期限已于2025年11月1日届满"), "{appeal}");
    assert!(appeal.contains("申诉期限已于2025年12月1日届满"), "{appeal}");
    // 1,648.00 less June's and July's 258.00.
    assert!(appeal.contains("以上争议金额合计¥1,132.00"), "{appeal}");
}

#[test]
fn us_accounts_cite_only_us_rules_and_consumer_rules_only_for_consumers() {
    // A consumer with a broadband line: FCC, Regulation E, no truth-in-billing.
    let w = case_with(&format!(
        "holder = \"Jane Doe\"\ncarrier = \"Verizon\"\ncurrency = \"USD\"\n{PAYEES}"
    ));
    for lang in ["en", "zh-CN", "zh-TW"] {
        let outs = outputs(&w, lang, AS_OF);
        let mut must_not: Vec<&str> = CN_LAW.to_vec();
        must_not.extend(GB_LAW.iter().filter(|x| **x != "deadlock"));
        must_not.extend(["64.2401", "10086"]);
        assert_all(
            &outs,
            &["fcc.gov/complaints", "1005.11"],
            &must_not,
            &format!("US consumer {lang}"),
        );
    }
    let outs = outputs(&w, "en", AS_OF);
    assert!(
        outs[3].1.starts_with("Informal complaint to the FCC"),
        "{}",
        outs[3].1
    );
    // The bank dispute deadline: 60 days from the unexplained debit of 20 July 2025.
    assert!(outs[0].1.contains("18 Sep 2025"), "{}", outs[0].1);
    // A business with a mobile line: truth in billing applies, consumer bank rules do not.
    let w = case_with(&format!(
        "holder = \"Acme Widgets LLC\"\ncarrier = \"T-Mobile\"\ncountry = \"US\"\n{PAYEES}"
    ));
    let cfg = w
        .read("billaudit.toml")
        .replace("kind = \"broadband\"", "kind = \"mobile\"");
    w.create("billaudit.toml", cfg);
    let outs = outputs(&w, "en", AS_OF);
    let mut must_not: Vec<&str> = CN_LAW.to_vec();
    must_not.extend(["1005.11", "Regulation E", "Fair Credit Billing", "10086"]);
    assert_all(
        &outs,
        &["47 CFR 64.2401", "Business account"],
        &must_not,
        "US business",
    );
}

#[test]
fn gb_adr_wait_depends_on_the_complaint_date() {
    let w = case_with(&format!(
        "holder = \"Jane Doe\"\ncarrier = \"Sky Mobile\"\ncurrency = \"GBP\"\n{PAYEES}"
    ));
    let log = |date: &str| {
        w.create(
            "case-log.jsonl",
            format!("{{\"at\":\"{date}T10:00:00\",\"kind\":\"call\",\"ticket\":\"T1\"}}\n"),
        )
    };
    log("2026-04-07");
    let outs = outputs(&w, "en", "2026-04-20");
    let mut must_not: Vec<&str> = CN_LAW.to_vec();
    must_not.extend(US_LAW.iter().filter(|x| **x != "CFR"));
    must_not.push("or used");
    assert_all(
        &outs,
        &["Communications Ombudsman", "CISAS", "8 weeks", "2 Jun 2026"],
        &must_not,
        "GB before",
    );
    log("2026-04-08");
    let outs = outputs(&w, "en", "2026-04-20");
    assert_all(
        &outs,
        &["6 weeks", "20 May 2026"],
        &["8 weeks after the complaint (from"],
        "GB after",
    );
    // A deadlock letter opens ADR at once.
    w.create(
        "case-log.jsonl",
        "{\"at\":\"2026-04-08T10:00:00\",\"kind\":\"call\"}\n{\"at\":\"2026-04-09T10:00:00\",\"kind\":\"note\",\"refused\":true}\n",
    );
    let outs = outputs(&w, "en", "2026-04-10");
    assert!(outs[2].1.contains("ADR scheme"), "{}", outs[2].1);
}

#[test]
fn third_countries_cite_nothing_and_name_no_foreign_body() {
    for (account, code) in [
        (
            "holder = \"王小明\"\ncarrier = \"Taiwan Mobile\"\ncurrency = \"TWD\"",
            "TW",
        ),
        (
            "holder = \"Jean Tremblay\"\ncarrier = \"Rogers\"\ncurrency = \"CAD\"",
            "CA",
        ),
        (
            "holder = \"Hans Muster\"\ncarrier = \"Swisscom\"\ncountry = \"CH\"",
            "CH",
        ),
    ] {
        let w = case_with(&format!("{account}\n{PAYEES}"));
        for lang in ["zh-TW", "en", "zh-CN"] {
            let outs = outputs(&w, lang, AS_OF);
            let mut must_not: Vec<&str> = CN_LAW.to_vec();
            must_not.extend(US_LAW);
            must_not.extend(GB_LAW);
            must_not.extend(["免费索取", "免費索取", "《", "10010", "10099"]);
            assert_all(&outs, &[code], &must_not, &format!("{code} {lang}"));
        }
    }
}

#[test]
fn refusal_opens_the_appeal_at_once_and_day_16_otherwise() {
    let w = case_with(&format!(
        "holder = \"张三\"\ncarrier = \"中国电信\"\n{PAYEES}"
    ));
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--at",
        "2025-10-05 14:30",
        "--ticket",
        "T1",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let status = |d: &str| {
        let o = w.run(&["case", "status", ".", "--lang", "zh-CN", "--as-of", d]);
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    // 15 days run from the day after the complaint: the appeal opens on 21 October.
    assert!(
        status("2025-10-20").contains("再次致电"),
        "{}",
        status("2025-10-20")
    );
    assert!(
        status("2025-10-21").contains("向被申诉企业所在省"),
        "{}",
        status("2025-10-21")
    );
    let appeal = |d: &str| {
        let o = w.run(&["case", "appeal", ".", "--lang", "zh-CN", "--as-of", d]);
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    assert!(appeal("2025-10-20").contains("投诉尚未满15日（2025年10月21日起满15日）"));
    assert!(appeal("2025-10-21").contains("截至2025年10月21日已满15日"));
    // A refusal the next day opens it at once.
    let o = w.run(&["case", "log", ".", "--refused", "--at", "2025-10-06 09:00"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        status("2025-10-07").contains("向被申诉企业所在省"),
        "{}",
        status("2025-10-07")
    );
    let a = appeal("2025-10-07");
    assert!(
        a.contains("对方明确拒绝或答复不满意") && !a.contains("注意："),
        "{a}"
    );
}

/// Spoken amounts in a zh-CN evidence line (`430元`, `86.50元`).
fn spoken_amounts(line: &str) -> Vec<rust_decimal::Decimal> {
    let re = regex::Regex::new(r"(\d+(?:\.\d+)?)元").unwrap();
    re.captures_iter(line)
        .map(|c| c[1].parse().unwrap())
        .collect()
}

#[test]
fn the_demo_script_reads_aloud_and_adds_up() {
    let w = Workdir::from_fixture("idle-broadband");
    w.run(&[
        "audit",
        ".",
        "--lang",
        "zh-CN",
        "--as-of",
        AS_OF,
        "--evidence",
        "e.md",
        "-o",
        "a.txt",
    ]);
    let md = w.read("e.md");
    let script = &md[md.find("\n## 3. ").unwrap()..md.find("\n## 4. ").unwrap()];
    let evidence: Vec<&str> = script
        .lines()
        .skip_while(|l| !l.starts_with("### 一"))
        .skip(1)
        .take_while(|l| !l.starts_with("### 二"))
        .filter(|l| l.starts_with("- "))
        .collect();
    // Strongest first: after cancellation, the debit without a bill, the fee, then idle.
    assert!(
        evidence[0].contains("停用之后仍被收费，共430元"),
        "{evidence:?}"
    );
    assert!(evidence[1].contains("100元"), "{evidence:?}");
    assert!(evidence[2].contains("违约金258元"), "{evidence:?}");
    assert!(evidence[3].starts_with("- 2025年6月至9月"), "{evidence:?}");
    assert!(evidence[3].contains("860元"), "{evidence:?}");
    // The first amount of each claim is its total; together they are the disputed total.
    let sum: rust_decimal::Decimal = evidence[..4].iter().map(|l| spoken_amounts(l)[0]).sum();
    assert_eq!(sum, rust_decimal::Decimal::from(1648));
    assert!(evidence[4].contains("以上合计1648元"), "{evidence:?}");
    // Read aloud: no month codes, no rule ids, no Latin letters but the account number
    // and the service's own name, Chinese punctuation.
    for bad in [
        "2025-0",
        "2025-1",
        "unused-service",
        "termination-fee",
        ": ",
        "(",
        ")",
    ] {
        assert!(!script.contains(bad), "{bad:?} in\n{script}");
    }
    let latin: String = script
        .replace("ADSL05718800123", "")
        .replace("200M", "")
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    assert!(
        latin.is_empty(),
        "Latin letters in the zh-CN script: {latin}\n{script}"
    );
    for want in [
        "工号",
        "回电",
        "投诉专席",
        "24小时",
        "确认企业宽带 200M已于2025年9月10日停用",
    ] {
        assert!(script.contains(want), "{want}\n{script}");
    }
}

/// On generated cases with overlapping findings, the claims never count a yuan twice and
/// add up to the disputed total.
#[test]
fn claims_add_up_to_the_disputed_total_on_generated_cases() {
    let mut with_overlap = 0;
    for seed in 1..=12 {
        let w = Workdir::new();
        billaudit::gen::generate(
            w.path(),
            &billaudit::gen::GenOptions {
                rows: 400,
                numbers: 3,
                months: 8,
                seed,
                ..Default::default()
            },
        )
        .unwrap();
        let audit = audit_case(w.path(), Lang::ZhCn).unwrap();
        let findings: Vec<&Finding> = audit.findings.iter().collect();
        let list = claims(&audit, &findings);
        let total: rust_decimal::Decimal = list.iter().map(|c| c.claimed()).sum();
        assert_eq!(total, audit.disputed_total, "seed {seed}");
        // Strongest first.
        assert!(
            list.windows(2).all(|p| p[0].strength <= p[1].strength),
            "seed {seed}"
        );
        if list
            .iter()
            .any(|c| c.overlap() > rust_decimal::Decimal::ZERO)
        {
            with_overlap += 1;
        }
    }
    assert!(
        with_overlap > 0,
        "no generated case had overlapping findings"
    );
}
