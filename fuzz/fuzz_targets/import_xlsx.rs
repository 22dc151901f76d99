//! Bytes that start like a ZIP or OLE container, down the spreadsheet path.
#![no_main]
use billaudit::import::{import_file, Collect, ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let mut bytes: Vec<u8> = if pick % 2 == 0 {
        b"PK\x03\x04".to_vec()
    } else {
        vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    };
    bytes.extend_from_slice(rest);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("input.xlsx");
    std::fs::write(&p, &bytes).unwrap();
    let r = import_file(
        &p,
        "input.xlsx",
        &ImportOptions::default(),
        &mut Collect::default(),
    );
    assert!(
        r.failure.is_some() || r.rows_balance(),
        "rows not accounted for: {r:?}"
    );
});
