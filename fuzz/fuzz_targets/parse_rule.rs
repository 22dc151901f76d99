//! The rule-file loader: errors, never panics; an error points inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = billaudit::rules::parse_rule("fuzz.toml", text) {
        assert!(e.line() <= text.lines().count() + 1, "{e}");
    }
});
