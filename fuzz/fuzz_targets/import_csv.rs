//! Fuzzed rows under known header rows (usage, bill, bank statement, in UTF-8), so the
//! fuzzer spends its time in the row readers rather than in header detection.
#![no_main]
use billaudit::import::{import_file, Collect, ImportOptions};
use libfuzzer_sys::fuzz_target;

const HEADERS: &[&str] = &[
    "起始时间,业务类型,本机号码,对方号码,时长(秒),流量(KB),费用(元)\n",
    "上线时间,下线时间,上网时长,上网流量（KB）,宽带账号\n",
    "账期,用户号码,费用项目,金额(元)\n",
    "交易日期,摘要,对方户名,收入金额,支出金额,余额\n",
    "交易时间,交易对方,金额,收/支,交易状态\n",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let mut bytes = HEADERS[pick as usize % HEADERS.len()].as_bytes().to_vec();
    bytes.extend_from_slice(rest);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("input.csv");
    std::fs::write(&p, &bytes).unwrap();
    let r = import_file(
        &p,
        "input.csv",
        &ImportOptions {
            minor_units: Some(2),
            ..ImportOptions::default()
        },
        &mut Collect::default(),
    );
    assert!(
        r.failure.is_some() || r.rows_balance(),
        "rows not accounted for: {r:?}"
    );
});
