//! Any bytes imported as a PDF: a panic inside the text extractor is caught and reported
//! as the file's error, so nothing may escape, and every line of a PDF that was read is
//! accounted for. Seed the corpus with real PDFs (never committed here), for example:
//!   mkdir -p corpus/import_pdf && cp ../../shared/samples/telecom-intl/*/*.pdf corpus/import_pdf/
//! and with the generated ones the tests write (tests/common/pdf.rs).
#![no_main]
use billaudit::import::{import_file, Collect, ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // libfuzzer-sys's hook aborts on any panic, even one the isolation catches: replace
        // it, so that only a panic escaping `import_file` (which libfuzzer-sys turns into
        // an abort) or an abort is a crash.
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let mut bytes = Vec::with_capacity(data.len() + 9);
        if !data.starts_with(b"%PDF-") {
            bytes.extend_from_slice(b"%PDF-1.5\n");
        }
        bytes.extend_from_slice(data);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("input.pdf");
        std::fs::write(&p, &bytes).unwrap();
        let r = import_file(&p, "input.pdf", &ImportOptions::default(), &mut Collect::default());
        assert!(r.failure.is_some() || r.rows_balance(), "rows not accounted for: {r:?}");
    }
);
