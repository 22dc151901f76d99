//! China Mobile deduction records (扣费记录), written here in the layouts of China Mobile's
//! self-service pages, audit end to end: a never-ordered SP service is a finding that names
//! the service, its SP and its port (业务端口), and the package fee matches the plan.

mod common;

use common::{stderr, Workdir};
use serde_json::Value;

const CONFIG: &str = r#"[account]
holder = "张三"
carrier = "中国移动"
payees = ["中国移动", "移动"]
numbers = ["13800138000"]

[[service]]
id = "plan"
name = "4G 飞享套餐 58 元"
kind = "mobile"
match = ["套餐"]
monthly_fee = "58.00"
numbers = ["13800138000"]
"#;

#[test]
fn sp_charges_name_the_service_and_its_port() {
    let w = Workdir::new();
    w.create("billaudit.toml", CONFIG);
    w.create(
        "详单/套餐及固定费.csv",
        "扣费日期,使用周期,套餐及固定费名称,费用(元)\n\
         2025-06-01,2025-05-01至2025-05-31,4G飞享套餐58元,58.00\n\
         2025-07-01,2025-06-01至2025-06-30,4G飞享套餐58元,58.00\n",
    );
    w.create(
        "详单/增值业务扣费记录.csv",
        "时间,方式,业务名称,业务端口,企业名称,金额(元)\n\
         2025-06-03 10:21:00,短信,手机视频包月,10658123,某某科技有限公司,10.00\n",
    );
    let o = w.run(&["import", "--check", "详单"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = w.run(&["audit", ".", "--format", "json", "--lang", "zh-CN"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let sp: Vec<&Value> = findings
        .iter()
        .filter(|f| f["rule"] == "unsubscribed-charge")
        .collect();
    assert_eq!(sp.len(), 1, "{findings:#?}");
    let title = sp[0]["title"].as_str().unwrap();
    assert!(title.contains("手机视频包月"), "{title}");
    assert!(title.contains("业务端口 10658123"), "{title}");
    assert!(title.contains("某某科技有限公司"), "{title}");
    assert_eq!(sp[0]["amount"], "10.00");
    // The package fee is the plan's price: no finding about it.
    assert!(
        findings
            .iter()
            .all(|f| !f["title"].as_str().unwrap_or("").contains("飞享")),
        "{findings:#?}"
    );
}

/// China Mobile 上网详单 (data sessions), in the column list of China Mobile's self-service
/// terminals: every row is a data session, its volume in the header's unit (MB), and a row
/// that cannot be read is an error naming its row and column that fails `--check`.
#[test]
fn data_sessions_are_read_as_data_use() {
    let w = Workdir::new();
    w.create(
        "上网详单.csv",
        "上网详单 2025年06月\n\
         时间,地区,方式,时长,流量(M)\n\
         2025-06-01 08:00:00,广州,4G,1分5秒,1.5\n\
         2025-06-02 21:10:00,北京,WLAN,600,20\n",
    );
    let o = w.run(&["import", "--check", "--format", "json", "上网详单.csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &v[0];
    assert_eq!(r["format"], "cmcc-data", "{r:#}");
    assert_eq!(
        (r["rows"].as_u64(), r["records"].as_u64()),
        (Some(4), Some(2))
    );
    assert_eq!(r["usage_kinds"], serde_json::json!(["data"]), "{r:#}");
    w.create(
        "上网详单-坏.csv",
        "时间,地区,方式,时长,流量(M)\n\
         2025-06-01 08:00:00,广州,4G,65,1.5\n\
         2025-06-01 09:00:00,广州,4G,65,很多\n",
    );
    let o = w.run(&["import", "--check", "--format", "json", "上网详单-坏.csv"]);
    assert_ne!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v[0]["records"], 1);
    assert_eq!(v[0]["errors"][0]["row"], 3, "{:#}", v[0]);
    assert_eq!(v[0]["errors"][0]["col"], 5, "{:#}", v[0]);
}
