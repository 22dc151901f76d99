//! Real and built workbooks with fields overwritten, down the spreadsheet path: unlike
//! `import_xlsx` (bytes after a container magic), the mutations start from workbooks the
//! reader accepts, so they reach the records it allocates for (dimensions, shared-string
//! counts, cell positions, sector chains). The input picks a base workbook, then gives
//! edits of 6 bytes each: a 32-bit position, a width (byte, u16, u32) and a value seed.
#![no_main]
use billaudit::import::{import_file, Collect, ImportError, ImportOptions};
use libfuzzer_sys::fuzz_target;

const BASES: &[(&str, &[u8])] = &[
    (
        "bank.xlsx",
        include_bytes!("../../fixtures/cases/payment-mismatch/bank.xlsx"),
    ),
    (
        "bills.xlsx",
        include_bytes!("../../fixtures/cases/english-headers/bills.xlsx"),
    ),
    (
        "statement.xls",
        include_bytes!("../../fixtures/import/xls/built-statement.xls"),
    ),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, edits)) = data.split_first() else {
        return;
    };
    let (name, base) = BASES[pick as usize % BASES.len()];
    let mut bytes = base.to_vec();
    for e in edits.chunks_exact(6) {
        let at = u32::from_le_bytes([e[0], e[1], e[2], e[3]]) as usize % bytes.len();
        let extreme: u32 = [0, 1, 0x7FFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE, 0x8000_0000, e[5] as u32]
            [e[5] as usize % 7];
        let field: Vec<u8> = match e[4] % 3 {
            0 => vec![e[5]],
            1 => (extreme as u16).to_le_bytes().to_vec(),
            _ => extreme.to_le_bytes().to_vec(),
        };
        let end = (at + field.len()).min(bytes.len());
        bytes[at..end].copy_from_slice(&field[..end - at]);
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, &bytes).unwrap();
    let r = import_file(&p, name, &ImportOptions::default(), &mut Collect::default());
    assert!(
        !matches!(r.failure, Some(ImportError::Internal { .. })),
        "a panic inside the importer: {r:?}"
    );
    assert!(
        r.failure.is_some() || r.rows_balance(),
        "rows not accounted for: {r:?}"
    );
});
