//! The complaint workflow end to end on a copy of the idle-broadband case: log a call with
//! a promise, check the status before and after the promised date, write the appeal, and
//! see a refund that does arrive (on a later bill or as a bank credit) clear the finding.

mod common;

use common::{stderr, stdout, Workdir};

fn log_call(w: &Workdir) {
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--ticket",
        "T20251005-0001",
        "--agent",
        "王 8812",
        "--promised",
        "refund 1032 by 2025-10-12",
        "--at",
        "2025-10-05 14:30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("refund 1032 by 2025-10-12"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn log_appends_one_json_line_per_entry() {
    let w = Workdir::from_fixture("idle-broadband");
    log_call(&w);
    let first = w.read("case-log.jsonl");
    assert_eq!(first.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(first.trim()).unwrap();
    assert_eq!(v["at"], "2025-10-05T14:30:00");
    assert_eq!(v["kind"], "call");
    assert_eq!(v["ticket"], "T20251005-0001");
    assert_eq!(v["agent"], "王 8812");
    assert_eq!(v["promised"], "refund 1032 by 2025-10-12");
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--note",
        "asked for the itemised records",
        "--at",
        "2025-10-06",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let second = w.read("case-log.jsonl");
    assert!(second.starts_with(&first), "the first line was rewritten");
    assert_eq!(second.lines().count(), 2);
    // The audit ignores the log file.
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!stdout(&o).contains("case-log.jsonl"));
    // Nothing to log is an error; a broken line is reported with its position and skipped,
    // the other entries keep working.
    assert_eq!(w.run(&["case", "log", "."]).status.code(), Some(2));
    w.create("case-log.jsonl", format!("{second}{{not json\n"));
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("case-log.jsonl:3: not a log entry"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn status_before_and_after_the_promised_date() {
    let w = Workdir::from_fixture("idle-broadband");
    // Nothing logged: call first.
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-01",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("nothing logged yet"), "{s}");
    assert!(s.contains("Call the carrier (10000)"), "{s}");
    assert!(
        s.contains("only accepts an appeal after a complaint to the carrier"),
        "{s}"
    );

    log_call(&w);
    // Before the promised date: pending, wait.
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-08",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("[pending]"), "{s}");
    assert!(s.contains("Wait until 12 Oct 2025"), "{s}");
    assert!(!s.contains("promised-refund-missing"), "{s}");
    assert!(
        s.contains("from 21 Oct 2025"),
        "the appeal opens on day 16 after the call of 5 Oct: {s}"
    );

    // After it, with no credit in any later statement: a finding, and the appeal is next.
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let s = stdout(&o);
    assert!(s.contains("[NOT KEPT]"), "{s}");
    assert!(s.contains("promised-refund-missing [CNY 1,032.00]"), "{s}");
    assert!(s.contains("case-log.jsonl:1"), "{s}");
    // A broken promise is an unsatisfactory answer: appeal to the provincial body. A
    // company's line never gets the consumer bodies.
    assert!(
        s.contains("Appeal to the telecom user appeal body of the province"),
        "{s}"
    );
    assert!(!s.contains("12315"), "{s}");
    assert!(s.contains("billaudit case appeal"), "{s}");
    // The June charge is older than 4 months on 2025-10-20: ask for the records now.
    assert!(
        s.contains("[urgent] 1 Nov 2025: 1 disputed charge is more than 4 months old"),
        "{s}"
    );

    // Same in Chinese.
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "zh-CN",
    ]);
    let s = stdout(&o);
    assert!(s.contains("承诺的退款¥1,032.00未到账"), "{s}");
    assert!(
        s.contains("向被申诉企业所在省（自治区、直辖市）的电信用户申诉受理机构申诉"),
        "{s}"
    );
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "zh-TW",
    ]);
    let s = stdout(&o);
    assert!(s.contains("承諾的退款¥1,032.00未入帳"), "{s}");
    assert!(!s.contains("未到账"), "{s}");
}

#[test]
fn appeal_has_every_field_the_form_asks_for() {
    let w = Workdir::from_fixture("idle-broadband");
    // Without a prior complaint the appeal says it would be turned away.
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("no complaint to the carrier is logged"),
        "{}",
        stdout(&o)
    );
    assert!(stderr(&o).contains("warning"), "{}", stderr(&o));

    log_call(&w);
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "--as-of",
        "2025-10-20",
        "--contact",
        "13800138000",
        "-o",
        "appeal.txt",
        "--lang",
        "zh-CN",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a = w.read("appeal.txt");
    for want in [
        "申诉人（姓名或名称）：杭州某某科技有限公司",
        "联系人：____________",
        "地址：____________",
        "邮政编码：____________",
        "电话号码：13800138000",
        "被申诉人（全称）：中国电信股份有限公司杭州分公司",
        "被申诉人地址：____________",
        "涉及号码或账号：ADSL05718800123",
        "事实和理由：",
        "bills/2025-06.csv",
        "bank/对公账户流水_2025.csv",
        "以上争议金额合计¥1,648.00，各项互不重复",
        "申诉请求：",
        "1. 退还停用后收取的费用、无账单依据的扣款及其他多收费用，共¥530.00。",
        "已向被申诉人投诉情况：",
        "2025年10月5日 14:30通过电话向中国电信投诉，工单号T20251005-0001，客服工号王 8812。",
        "承诺的退款¥1,032.00未到账",
        // Day 15 after the call: not yet "15 full days", but the broken promise is an
        // unsatisfactory answer.
        "对运营商的处理结果不满意。",
        "依据：《电信用户申诉处理办法》第十条",
        "申诉日期：2025年10月20日",
    ] {
        assert!(a.contains(want), "appeal lacks {want:?}:\n{a}");
    }
    assert!(
        !a.contains("注意"),
        "the appeal is ready (a broken promise is an unsatisfactory answer):\n{a}"
    );
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let a = stdout(&o);
    for want in [
        "Appellant (name): 杭州某某科技有限公司",
        "Phone number: ____________",
        "Respondent (full legal name): 中国电信股份有限公司杭州分公司",
        "Numbers or accounts concerned: ADSL05718800123",
        "Prior complaint to the provider:\nOn 5 Oct 2025 14:30 I complained to 中国电信 by phone, ticket T20251005-0001, agent 王 8812.",
    ] {
        assert!(a.contains(want), "appeal lacks {want:?}:\n{a}");
    }
    let o = w.run(&[
        "case",
        "appeal",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "zh-TW",
    ]);
    let a = stdout(&o);
    assert!(
        a.contains("申訴人（姓名或名稱）：杭州某某科技有限公司")
            && a.contains("已向被申訴人投訴情況"),
        "{a}"
    );
}

#[test]
fn a_refund_on_a_later_bill_keeps_the_promise() {
    let w = Workdir::from_fixture("idle-broadband");
    log_call(&w);
    w.create(
        "bills/2025-11.csv",
        "中国电信 企业客户电子账单\n客户名称：杭州某某科技有限公司\n账期,用户号码,费用项目,金额(元)\n2025-11,ADSL05718800123,退费（工单T20251005-0001）,-1032.00\n2025-11,,本期合计,-1032.00\n",
    );
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-11-20",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("[kept]"), "{s}");
    assert!(s.contains("bills/2025-11.csv:4"), "{s}");
    assert!(!s.contains("promised-refund-missing"), "{s}");
}

#[test]
fn a_bank_credit_keeps_the_promise_and_a_short_one_does_not() {
    let w = Workdir::from_fixture("idle-broadband");
    log_call(&w);
    let bank = w.read("bank/对公账户流水_2025.csv");
    let full =
        format!("{bank}2025-10-11,退款,中国电信股份有限公司杭州分公司,1032.00,,\"96,610.00\"\n");
    w.create("bank/对公账户流水_2025.csv", &full);
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("[kept]"), "{s}");
    assert!(!s.contains("promised-refund-missing"), "{s}");

    let short =
        format!("{bank}2025-10-11,退款,中国电信股份有限公司杭州分公司,500.00,,\"96,078.00\"\n");
    w.create("bank/对公账户流水_2025.csv", &short);
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("promised-refund-missing [CNY 532.00]"), "{s}");
    assert!(s.contains("show only CNY 500.00"), "{s}");
}

#[test]
fn the_pack_shows_the_case_log() {
    let w = Workdir::from_fixture("idle-broadband");
    log_call(&w);
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "pack.html",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let html = w.read("pack.html");
    assert!(
        html.contains("T20251005-0001"),
        "the call is on the timeline"
    );
    assert!(html.contains("case-log.jsonl:1"));
    assert!(
        html.contains("Complained to the carrier on 5 Oct 2025"),
        "the MIIT step is dated from the call"
    );
    // Never written into the fixture.
    assert!(!common::fixture_path("cases/idle-broadband/case-log.jsonl").exists());
}

#[test]
fn a_promise_of_two_amounts_keeps_both() {
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--promised",
        "2025年10月12日前退还视频彩铃50元和宽带费175.81元",
        "--at",
        "2025-10-05 14:30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("refund 225.81 (50 + 175.81) by 2025-10-12"),
        "{}",
        stdout(&o)
    );
    // Only the first amount arrives: the second is missing, to the cent.
    let bank = w.read("bank/对公账户流水_2025.csv");
    let credit =
        format!("{bank}2025-10-11,退款,中国电信股份有限公司杭州分公司,50.00,,\"95,628.00\"\n");
    w.create("bank/对公账户流水_2025.csv", &credit);
    let o = w.run(&[
        "case",
        "status",
        ".",
        "--as-of",
        "2025-10-20",
        "--lang",
        "en",
    ]);
    let s = stdout(&o);
    assert!(s.contains("promised-refund-missing [CNY 175.81]"), "{s}");
    assert!(s.contains("show only CNY 50.00"), "{s}");
}
