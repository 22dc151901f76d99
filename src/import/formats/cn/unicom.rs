//! China Unicom 详单 (`unicom-voice`): the web export 语音通信 (`.xls`, one sheet per
//! month), both the variant with 对方号码 and the shorter one without. Durations like
//! `2分32秒`. Columns from real files (`../shared/reference/user-formats.md` §1).

use crate::import::formats::spec::{Matching, Spec, BASE};
use crate::import::header::Field;
use crate::model::{RecordKind, UsageKind};

/// Columns are found by their header's base (units in brackets aside).
pub(crate) static SPECS: &[Spec] = &[Spec {
    id: "unicom-voice",
    kind: RecordKind::Usage,
    required: &["通话起始时间", "通话时长", "呼叫类型"],
    cols: &[
        (Field::Start, &["通话起始时间"]),
        (Field::Duration, &["通话时长"]),
        (Field::OtherParty, &["对方号码"]),
        (Field::Fee, &["小计", "通话费"]),
    ],
    usage: Some(UsageKind::Voice),
    matching: Matching::Base,
    ..BASE
}];

#[cfg(test)]
mod tests {
    use super::super::test_rows::{cells, detect, read};
    use crate::import::generic::Outcome;
    use crate::model::UsageKind;
    use rust_decimal_macros::dec;

    #[test]
    fn unicom_both_variants() {
        for (header, row) in [
            (
                "序号,业务类型,通话起始时间,通话时长,呼叫类型,通话类型,通话费,其他费,小计",
                "1,语音电话,2015-05-30 18:08:48,2分32秒,主叫,省际长途,0.30,0.10,0.40",
            ),
            (
                "序号,业务类型,通话起始时间,通话时长,呼叫类型,对方号码,通话地点,通话类型,通话费,其他费,小计",
                "1,语音电话,2015-05-30 18:08:48,2分32秒,主叫,10010,北京,省际长途,0.30,0.10,0.40",
            ),
        ] {
            let mut l = detect(&cells(header)).unwrap();
            assert_eq!(l.format_id, "unicom-voice");
            match read(&mut l, row) {
                Outcome::Usage(u) => {
                    assert_eq!(u.start.to_string(), "2015-05-30 18:08:48");
                    assert_eq!(u.seconds, 152);
                    assert_eq!(u.kind, UsageKind::Voice);
                    assert_eq!(u.fee, dec!(0.40));
                }
                o => panic!("{o:?}"),
            }
        }
    }
}
