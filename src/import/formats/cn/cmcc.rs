//! China Mobile 详单 and deduction records: `cmcc-calls` (通话), `cmcc-sms` (短信), and the
//! deduction records read as bill lines that keep the service name, its SP and its port
//! (业务端口), so that a charge for a service never ordered can be named with them:
//! `cmcc-sp-charges` (增值业务 and 代收费业务扣费记录), `cmcc-other-charges` (其他扣费记录),
//! `cmcc-package-charges` (套餐及固定费). Column lists: the China Mobile self-service code
//! (`../shared/reference/user-formats.md` §1). Data sessions (上网详单) are in `cmcc_data.rs`.

use crate::import::formats::spec::{Matching, Spec, BASE};
use crate::import::header::Field;
use crate::model::{RecordKind, UsageKind};

/// Where China Mobile names the SP of a charge (the column lists vary by province).
const SP: &[&str] = &[
    "企业名称",
    "服务提供商",
    "sp名称",
    "sp企业名称",
    "业务提供商",
];

/// Columns are found by their header's base (units in brackets aside).
pub(crate) static SPECS: &[Spec] = &[
    Spec {
        id: "cmcc-calls",
        kind: RecordKind::Usage,
        required: &["起始时间", "通信地点", "通信方式", "对方号码", "通信时长"],
        cols: &[
            (Field::Start, &["起始时间"]),
            (Field::Duration, &["通信时长"]),
            (Field::OtherParty, &["对方号码"]),
            (Field::Fee, &["实收通信费", "通信费"]),
        ],
        usage: Some(UsageKind::Voice),
        matching: Matching::Base,
        ..BASE
    },
    Spec {
        id: "cmcc-sms",
        kind: RecordKind::Usage,
        required: &["起始时间", "通信地点", "对方号码", "通信方式", "信息类型"],
        cols: &[
            (Field::Start, &["起始时间"]),
            (Field::OtherParty, &["对方号码"]),
            (Field::MessageType, &["信息类型"]),
            (Field::Fee, &["通信费", "实收通信费"]),
        ],
        usage: Some(UsageKind::Sms),
        matching: Matching::Base,
        ..BASE
    },
    Spec {
        id: "cmcc-sp-charges",
        kind: RecordKind::BillLines,
        required: &["时间", "业务名称", "业务端口", "金额"],
        cols: &[
            (Field::Period, &["时间"]),
            (Field::Item, &["业务名称"]),
            (Field::Amount, &["金额"]),
        ],
        item_parts: &[
            (SP, "服务提供商"),
            (&["业务端口"], "业务端口"),
            (&["方式"], "方式"),
        ],
        matching: Matching::Base,
        ..BASE
    },
    Spec {
        id: "cmcc-other-charges",
        kind: RecordKind::BillLines,
        required: &["时间", "业务名称", "类型", "金额"],
        cols: &[
            (Field::Period, &["时间"]),
            (Field::Item, &["业务名称"]),
            (Field::Amount, &["金额"]),
        ],
        item_parts: &[(SP, "服务提供商"), (&["类型"], "类型")],
        matching: Matching::Base,
        ..BASE
    },
    Spec {
        id: "cmcc-package-charges",
        kind: RecordKind::BillLines,
        required: &["扣费日期", "使用周期", "套餐及固定费名称", "费用"],
        cols: &[
            (Field::Period, &["使用周期", "扣费日期"]),
            (Field::Item, &["套餐及固定费名称"]),
            (Field::Amount, &["费用"]),
        ],
        matching: Matching::Base,
        ..BASE
    },
];

#[cfg(test)]
mod tests {
    use super::super::test_rows::{cells, detect, read};
    use crate::import::generic::Outcome;
    use crate::model::{RecordKind, UsageKind};
    use rust_decimal_macros::dec;

    #[test]
    fn cmcc_calls_and_sms() {
        let mut l = detect(&cells(
            "起始时间,通信地点,通信方式,对方号码,通信时长,通信类型,套餐优惠,实收通信费(元)",
        ))
        .unwrap();
        assert_eq!(l.format_id, "cmcc-calls");
        match read(
            &mut l,
            "2025-06-01 08:00:00,广州,主叫,10086,1分5秒,本地通话,套餐内,0.00",
        ) {
            Outcome::Usage(u) => assert_eq!((u.seconds, u.kind), (65, UsageKind::Voice)),
            o => panic!("{o:?}"),
        }
        let mut l = detect(&cells(
            "起始时间,通信地点,对方号码,通信方式,信息类型,业务名称,套餐优惠,通信费(元)",
        ))
        .unwrap();
        assert_eq!(l.format_id, "cmcc-sms");
        match read(&mut l, "2025-06-01 08:00:00,广州,10658000,接收,短信,,,0.10") {
            Outcome::Usage(u) => assert_eq!((u.kind, u.fee), (UsageKind::Sms, dec!(0.10))),
            o => panic!("{o:?}"),
        }
    }

    /// SP charges keep the service, its provider and its port in the item.
    #[test]
    fn deduction_records_are_bill_lines_naming_the_sp() {
        let mut l = detect(&cells("时间,方式,业务名称,业务端口,企业名称,金额(元)")).unwrap();
        assert_eq!(
            (l.format_id, l.kind),
            ("cmcc-sp-charges", RecordKind::BillLines)
        );
        match read(
            &mut l,
            "2025-06-03 10:21:00,短信,手机视频包月,10658123,某某科技有限公司,10.00",
        ) {
            Outcome::Bill(b) => {
                assert_eq!(b.period.to_string(), "2025-06");
                assert_eq!(
                    b.item,
                    "手机视频包月（服务提供商 某某科技有限公司，业务端口 10658123，方式 短信）"
                );
                assert_eq!(b.amount, dec!(10.00));
            }
            o => panic!("{o:?}"),
        }
        let mut l = detect(&cells("时间,业务名称,类型,金额(元)")).unwrap();
        assert_eq!(l.format_id, "cmcc-other-charges");
        match read(&mut l, "2025-06-09 00:00:00,来电提醒,功能费,2.00") {
            Outcome::Bill(b) => assert_eq!(b.item, "来电提醒（类型 功能费）"),
            o => panic!("{o:?}"),
        }
        let mut l = detect(&cells("扣费日期,使用周期,套餐及固定费名称,费用(元)")).unwrap();
        assert_eq!(l.format_id, "cmcc-package-charges");
        match read(
            &mut l,
            "2025-07-01,2025-06-01至2025-06-30,4G飞享套餐58元,58.00",
        ) {
            Outcome::Bill(b) => {
                assert_eq!(
                    (b.period.to_string(), b.amount),
                    ("2025-06".into(), dec!(58.00))
                )
            }
            o => panic!("{o:?}"),
        }
    }
}
