//! Any bytes, written to a file and imported as it is: never a panic, every row accounted for.
#![no_main]
use billaudit::import::{import_file, Collect, ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("input");
    std::fs::write(&p, data).unwrap();
    let r = import_file(
        &p,
        "input",
        &ImportOptions::default(),
        &mut Collect::default(),
    );
    assert!(
        r.failure.is_some() || r.rows_balance(),
        "rows not accounted for: {r:?}"
    );
});
