//! China Mobile 上网详单 (data sessions), as China Mobile's self-service terminals list them:
//! `时间,地区,方式,时长,流量(M)` (the 上网详单 column list in the GMCC self-service code, see
//! `../shared/reference/user-formats.md` §1). Each row is one data session: its start, where
//! it was used, the access (`4G`, `CMNET`, `WLAN`), its length and its volume in the unit the
//! header names (MB for `(M)`). Every row is data use: the access column is not a service
//! type (a `WLAN` session is mobile data, not broadband).

use crate::import::formats::spec::{Header, Matching, Spec, BASE};
use crate::import::generic::Layout;
use crate::import::header::{header_unit, Field};
use crate::model::{RecordKind, UsageKind};
use crate::parse::VolumeUnit;

/// The volume's unit from its header: `流量(M)` and `流量(MB)` are megabytes, `流量(KB)`
/// kilobytes, and so on; a header without a unit is in megabytes, as the column list has it.
fn volume_unit(l: &mut Layout, h: &Header, _: &[String]) {
    let Some(i) = l.col(Field::Volume) else {
        return;
    };
    let unit = header_unit(&h.norm[i]).unwrap_or("m");
    let unit = match unit {
        "m" | "兆" => Some(VolumeUnit::MB),
        "k" => Some(VolumeUnit::KB),
        "g" => Some(VolumeUnit::GB),
        u => VolumeUnit::from_header(u),
    };
    l.set_volume_unit(unit.unwrap_or(VolumeUnit::MB));
}

pub(crate) static SPECS: &[Spec] = &[Spec {
    id: "cmcc-data",
    kind: RecordKind::Usage,
    required: &["时间", "地区", "方式", "时长", "流量"],
    matching: Matching::Base,
    cols: &[
        (Field::Start, &["时间"]),
        (Field::Duration, &["时长"]),
        (Field::Volume, &["流量"]),
    ],
    usage: Some(UsageKind::Data),
    setup: volume_unit,
    ..BASE
}];

#[cfg(test)]
mod tests {
    use super::super::test_rows::{cells, detect, read};
    use crate::import::generic::Outcome;
    use crate::model::UsageKind;

    #[test]
    fn data_sessions_in_megabytes() {
        let mut l = detect(&cells("时间,地区,方式,时长,流量(M)")).unwrap();
        assert_eq!(l.format_id, "cmcc-data");
        let mut read = |row: &str| read(&mut l, row);
        match read("2025-06-01 08:00:00,广州,4G,1分5秒,1.5") {
            Outcome::Usage(u) => {
                assert_eq!(u.start.to_string(), "2025-06-01 08:00:00");
                assert_eq!((u.kind, u.seconds), (UsageKind::Data, 65));
                assert_eq!(u.bytes, 1_572_864);
            }
            o => panic!("{o:?}"),
        }
        // WLAN is mobile data here, not broadband.
        assert!(matches!(
            read("2025-06-02 09:00:00,北京,WLAN,120,2"),
            Outcome::Usage(u) if u.kind == UsageKind::Data && u.bytes == 2 << 20 && u.seconds == 120
        ));
        assert!(matches!(
            read("2025-06-0x,北京,4G,120,2"),
            Outcome::Error { col: 0, .. }
        ));
        let l = detect(&cells("时间,地区,方式,时长,流量(KB)")).unwrap();
        assert_eq!(l.format_id, "cmcc-data");
    }
}
