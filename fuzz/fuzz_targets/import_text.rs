//! Text in other encodings: the fuzzed string is encoded as GBK or UTF-16 (with a BOM)
//! under a usage header, down the sniffing and decoding path.
#![no_main]
use billaudit::import::{import_file, Collect, ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let text = format!(
        "中国移动 通话详单\n起始时间,业务类型,本机号码,时长,费用\n{}",
        String::from_utf8_lossy(rest)
    );
    let bytes: Vec<u8> = match pick % 3 {
        0 => encoding_rs::GBK.encode(&text).0.into_owned(),
        1 => {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
            b
        }
        _ => {
            let mut b = vec![0xEF, 0xBB, 0xBF];
            b.extend_from_slice(text.as_bytes());
            b
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("input.txt");
    std::fs::write(&p, &bytes).unwrap();
    let r = import_file(
        &p,
        "input.txt",
        &ImportOptions::default(),
        &mut Collect::default(),
    );
    assert!(
        r.failure.is_some() || r.rows_balance(),
        "rows not accounted for: {r:?}"
    );
});
