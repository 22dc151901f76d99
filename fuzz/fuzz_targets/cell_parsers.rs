//! The cell parsers: total functions.
#![no_main]
use billaudit::parse::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let _ = parse_amount(&s);
    let _ = parse_datetime(&s);
    let _ = parse_period(&s);
    let _ = parse_time(&s);
    let _ = parse_duration(&s, DurationUnit::Minutes);
    let _ = parse_volume(&s, VolumeUnit::MB);
    let _ = billaudit::model::normalize_number(&s);
});
