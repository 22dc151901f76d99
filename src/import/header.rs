//! Header recognition: which column holds what, by synonyms.
//!
//! Headers match after trimming, ignoring case, full-width/half-width forms, brackets and
//! spaces; a trailing unit in brackets (`金额(元)`, `流量（KB）`) is ignored for matching.

use std::sync::OnceLock;

/// A column role the generic layouts know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    // bill lines
    Period,
    Item,
    Amount,
    Number,
    // usage records
    Start,
    End,
    Duration,
    Volume,
    ServiceType,
    Fee,
    OtherParty,
    MessageType,
    // transactions
    Date,
    Time,
    Counterparty,
    Description,
    Direction,
    Income,
    Expense,
    TxId,
    /// The currency of the row's amount (币种, Currency); see `table_currency`.
    Currency,
    // Keep last: `Layout` sizes its per-field index by it.
    Status,
}

impl Field {
    pub fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Period => &[
                "账期",
                "计费周期",
                "账单月份",
                "月份",
                "账单周期",
                "计费月份",
                "账务周期",
                "账单月",
                "账务月份",
                "billingperiod",
                "billmonth",
                "billingmonth",
                "period",
                "billperiod",
                "billcycle",
            ],
            Field::Item => &[
                "费用项目",
                "项目名称",
                "项目",
                "业务名称",
                "费用名称",
                "收费项目",
                "账目名称",
                "明细项目",
                "科目",
                "费用类型",
                "item",
                "description",
                "chargedescription",
                "itemname",
                "charge type",
            ],
            Field::Amount => &[
                "金额",
                "应收金额",
                "费用",
                "应收",
                "本期费用",
                "金额元",
                "交易金额",
                "发生额",
                "交易额",
                "amount",
                "charge",
                "charges",
                "amt",
                "transactionamount",
            ],
            Field::Number => &[
                "号码",
                "用户号码",
                "账号",
                "手机号码",
                "宽带账号",
                "服务号码",
                "业务号码",
                "本机号码",
                "计费号码",
                "设备号码",
                "number",
                "account",
                "phonenumber",
                "accountnumber",
                "servicenumber",
                "wirelessnumber",
                "mobilenumber",
            ],
            Field::Start => &[
                "起始时间",
                "开始时间",
                "上线时间",
                "通话起始时间",
                "通信起始时间",
                "通话开始时间",
                "起始日期",
                "starttime",
                "start",
                "startdate",
                "calldate",
                "connecttime",
            ],
            Field::End => &[
                "下线时间",
                "结束时间",
                "终止时间",
                "通话结束时间",
                "endtime",
                "end",
                "disconnecttime",
            ],
            Field::Duration => &[
                "时长",
                "通话时长",
                "通信时长",
                "上网时长",
                "在线时长",
                "使用时长",
                "持续时间",
                "duration",
                "callduration",
                "minutes",
                "mins",
                "seconds",
                "secs",
            ],
            Field::Volume => &[
                "流量",
                "上网流量",
                "总流量",
                "使用流量",
                "数据流量",
                "流量使用",
                "datavolume",
                "usage",
                "volume",
                "data",
                "dataused",
                "bytes",
            ],
            Field::ServiceType => &[
                "业务类型",
                "通信类型",
                "服务类型",
                "上网方式",
                "service",
                "type",
                "servicetype",
                "usagetype",
                "calltype",
                "recordtype",
            ],
            Field::Fee => &[
                "费用",
                "通信费",
                "实收通信费",
                "通话费",
                "基本费",
                "话费",
                "fee",
                "charge",
                "cost",
                "amount",
            ],
            Field::OtherParty => &[
                "对方号码",
                "被叫号码",
                "对端号码",
                "对方",
                "callednumber",
                "othernumber",
                "calledparty",
                "destination",
                "numbercalled",
            ],
            Field::MessageType => &["信息类型", "短信类型", "messagetype"],
            Field::Date => &[
                "交易时间",
                "交易日期",
                "记账日期",
                "日期",
                "入账日期",
                "记账时间",
                "交易创建时间",
                "付款时间",
                "交易日",
                "入账时间",
                "date",
                "posteddate",
                "transactiondate",
                "postingdate",
                "valuedate",
                "bookingdate",
                "transdate",
            ],
            Field::Time => &["时间", "交易时刻", "time"],
            Field::Counterparty => &[
                "交易对方",
                "对方户名",
                "对方名称",
                "收款方",
                "商户名称",
                "对方账户名称",
                "对方账户名",
                "收付款方",
                "payee",
                "counterparty",
                "merchant",
                "merchantname",
                "name",
            ],
            Field::Description => &[
                "摘要",
                "商品说明",
                "商品名称",
                "交易摘要",
                "商品",
                "交易描述",
                "交易说明",
                "用途",
                "附言",
                "description",
                "memo",
                "details",
                "narrative",
                "transactiondescription",
            ],
            Field::Direction => &[
                "收/支",
                "收支",
                "借贷标志",
                "借贷",
                "借贷方向",
                "收支类型",
                "资金流向",
                "方向",
                "debit/credit",
                "dr/cr",
                "credit/debit",
                "direction",
                "transactiontype",
            ],
            Field::Income => &[
                "收入",
                "存入",
                "收入金额",
                "贷方金额",
                "贷方发生额",
                "存入金额",
                "credit",
                "creditamount",
                "credits",
                "deposits",
                "deposit",
                "moneyin",
                "paidin",
            ],
            Field::Expense => &[
                "支出",
                "取出",
                "支出金额",
                "借方金额",
                "借方发生额",
                "取出金额",
                "debit",
                "debitamount",
                "debits",
                "withdrawals",
                "withdrawal",
                "moneyout",
                "paidout",
            ],
            Field::TxId => &[
                "交易单号",
                "交易订单号",
                "流水号",
                "交易号",
                "订单号",
                "交易流水号",
                "交易参考号",
                "reference",
                "ref",
                "transactionid",
                "referencenumber",
                "id",
            ],
            Field::Currency => &["币种", "货币", "currency"],
            Field::Status => &[
                "交易状态",
                "当前状态",
                "状态",
                "status",
                "transactionstatus",
            ],
        }
    }
}

/// Normalise a header cell: full-width ASCII to half-width, lower case, no whitespace,
/// no BOM; a trailing bracketed unit is kept (see [`header_base`]).
pub fn normalize_header(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        let c = match c {
            '【' | '〔' | '[' => '(',
            '】' | '〕' | ']' => ')',
            _ => simplified(c),
        };
        if c.is_whitespace()
            || c == '\u{feff}'
            || c == '\u{3000}'
            || c == '"'
            || c == '`'
            || c == '_'
            || c == '='
        {
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Traditional characters of the header words and usage types (Taiwan and Hong Kong
/// exports: 交易時間, 帳單, 金額, 通話, 簡訊) as their simplified forms, so that one word list
/// serves both.
pub(crate) fn simplified(c: char) -> char {
    const PAIRS: &[(char, char)] = &[
        ('業', '业'),
        ('務', '务'),
        ('單', '单'),
        ('發', '发'),
        ('號', '号'),
        ('週', '周'),
        ('備', '备'),
        ('實', '实'),
        ('寬', '宽'),
        ('對', '对'),
        ('帶', '带'),
        ('應', '应'),
        ('開', '开'),
        ('當', '当'),
        ('誌', '志'),
        ('態', '态'),
        ('總', '总'),
        ('戶', '户'),
        ('據', '据'),
        ('數', '数'),
        ('時', '时'),
        ('機', '机'),
        ('標', '标'),
        ('狀', '状'),
        ('碼', '码'),
        ('稱', '称'),
        ('類', '类'),
        ('線', '线'),
        ('細', '细'),
        ('終', '终'),
        ('結', '结'),
        ('續', '续'),
        ('網', '网'),
        ('計', '计'),
        ('訂', '订'),
        ('記', '记'),
        ('設', '设'),
        ('話', '话'),
        ('說', '说'),
        ('賬', '账'),
        ('帳', '账'),
        ('貸', '贷'),
        ('費', '费'),
        ('資', '资'),
        ('長', '长'),
        ('間', '间'),
        ('項', '项'),
        ('額', '额'),
        ('創', '创'),
        ('參', '参'),
        ('餘', '余'),
        ('訊', '讯'),
        ('轉', '转'),
        ('匯', '汇'),
        ('簡', '简'),
        ('錢', '钱'),
        ('價', '价'),
        ('銷', '销'),
        ('撥', '拨'),
        ('產', '产'),
        ('頻', '频'),
        ('語', '语'),
        ('電', '电'),
        ('纖', '纤'),
        ('遊', '游'),
    ];
    if (c as u32) < 0x4e00 {
        return c;
    }
    PAIRS.iter().find(|(t, _)| *t == c).map_or(c, |(_, s)| *s)
}

/// The header without a bracketed suffix: `金额(元)` → `金额`, `流量(kb)` → `流量`.
pub fn header_base(norm: &str) -> &str {
    match norm.find('(') {
        Some(i) if i > 0 => &norm[..i],
        _ => norm,
    }
}

/// The unit text in brackets, if any: `流量(kb)` → `kb`.
pub fn header_unit(norm: &str) -> Option<&str> {
    let i = norm.find('(')?;
    let j = norm[i..].find(')').map(|j| i + j).unwrap_or(norm.len());
    Some(&norm[i + 1..j])
}

/// The synonyms of a field, normalised once per process: headers are compared with them
/// cell by cell while layouts are detected, on every file.
fn normalized_synonyms(field: Field) -> &'static [String] {
    const FIELDS: usize = Field::Status as usize + 1;
    static NORMALIZED: [OnceLock<Vec<String>>; FIELDS] = [const { OnceLock::new() }; FIELDS];
    NORMALIZED[field as usize].get_or_init(|| {
        field
            .synonyms()
            .iter()
            .map(|s| normalize_header(s))
            .collect()
    })
}

/// Whether a (normalised) header cell names `field`: one of its synonyms, or (for the
/// columns of usage exports, whose headers vary most between carriers and provinces) a
/// header built from the field's key words, such as `上网时间`, `通话发起时间`, `上行流量(KB)`.
pub fn header_is(norm: &str, field: Field) -> bool {
    header_is_exactly(norm, field) || header_has_key_words(norm, field)
}

fn header_is_exactly(norm: &str, field: Field) -> bool {
    if norm.is_empty() {
        return false;
    }
    let base = header_base(norm);
    normalized_synonyms(field)
        .iter()
        .any(|syn| syn == norm || syn == base)
}

/// Key words of the usage columns: a header names the field when it holds one of `any`
/// and none of `none` (both matched against the header without its unit).
fn key_words(field: Field) -> Option<(&'static [&'static str], &'static [&'static str])> {
    const NOT_TIME: &[&str] = &["结束", "下线", "终止", "断开", "挂机", "时长", "end"];
    Some(match field {
        Field::Start => (
            &[
                "起始",
                "开始",
                "上线",
                "上网时间",
                "通话时间",
                "呼叫时间",
                "发起时间",
                "接入时间",
                "连接时间",
                "登录时间",
                "通信时间",
                "使用时间",
                "starttime",
                "startdate",
                "begin",
            ],
            NOT_TIME,
        ),
        Field::End => (
            &[
                "结束",
                "下线",
                "终止",
                "断开时间",
                "挂机时间",
                "endtime",
                "enddate",
            ],
            &["时长", "起始", "开始"],
        ),
        Field::Duration => (&["时长", "秒数", "分钟数", "duration"], &["费"]),
        Field::Volume => (
            &["流量", "数据量", "datavolume", "volume"],
            &["费", "套餐", "类型", "方式"],
        ),
        Field::Number => (
            &["号码", "账号", "帐号"],
            &[
                "对方", "被叫", "主叫", "对端", "对应", "收款", "付款", "卡号", "银行",
            ],
        ),
        _ => return None,
    })
}

fn header_has_key_words(norm: &str, field: Field) -> bool {
    let Some((any, none)) = key_words(field) else {
        return false;
    };
    let base = header_base(norm);
    !base.is_empty()
        && any.iter().any(|w| base.contains(w))
        && !none.iter().any(|w| base.contains(w))
}

/// For each field, the first column that names it (columns already taken by an earlier
/// field in `order` are not reused). Synonyms are tried over every field first; key words
/// only then, for the fields still without a column, so that `起始时间` beside
/// `上网起始时间段` still maps as it always did.
pub fn map_columns(headers: &[String], order: &[Field]) -> Vec<(Field, usize)> {
    let mut used = vec![false; headers.len()];
    let mut out = Vec::new();
    for pass in [
        header_is_exactly as fn(&str, Field) -> bool,
        header_has_key_words,
    ] {
        for &f in order {
            if out.iter().any(|(g, _)| *g == f) {
                continue;
            }
            if let Some(i) = (0..headers.len()).find(|&i| !used[i] && pass(&headers[i], f)) {
                used[i] = true;
                out.push((f, i));
            }
        }
    }
    // Keep the order of `order`, as callers expect.
    out.sort_by_key(|(f, _)| order.iter().position(|g| g == f));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(normalize_header(" 金额（元） "), "金额(元)");
        assert_eq!(normalize_header("Posted Date"), "posteddate");
        assert_eq!(normalize_header("\u{feff}交易时间"), "交易时间");
        assert_eq!(normalize_header("ＡＢＣ"), "abc");
        assert_eq!(header_base("金额(元)"), "金额");
        assert_eq!(header_unit("流量(kb)"), Some("kb"));
        // Traditional header words match the simplified synonyms.
        assert_eq!(normalize_header("交易時間"), "交易时间");
        assert_eq!(normalize_header("帳單金額（元）"), "账单金额(元)");
        assert_eq!(normalize_header("通話時長"), "通话时长");
    }

    #[test]
    fn matches_synonyms() {
        assert!(header_is(&normalize_header("金额(元)"), Field::Amount));
        assert!(header_is(&normalize_header("金额（元）"), Field::Amount));
        assert!(header_is(
            &normalize_header("Billing Period"),
            Field::Period
        ));
        assert!(header_is(&normalize_header("实收通信费(元)"), Field::Fee));
        assert!(header_is(&normalize_header("流量（KB）"), Field::Volume));
        assert!(header_is(&normalize_header("收/支"), Field::Direction));
        assert!(!header_is(&normalize_header("交易对方"), Field::Amount));
    }

    #[test]
    fn usage_headers_match_by_key_words() {
        let is = |h: &str, f| header_is(&normalize_header(h), f);
        assert!(is("上网时间", Field::Start));
        assert!(is("通话发起时间", Field::Start));
        assert!(is("Session Start Time", Field::Start));
        assert!(!is("结束时间", Field::Start));
        assert!(!is("上网时长(秒)", Field::Start));
        assert!(is("上网时长(秒)", Field::Duration));
        assert!(is("会话结束时间", Field::End));
        assert!(is("上行流量(KB)", Field::Volume));
        assert!(!is("流量费(元)", Field::Volume));
        assert!(!is("流量套餐", Field::Volume));
        assert!(is("宽带上网账号", Field::Number));
        assert!(!is("对方号码", Field::Number));
        assert!(!is("主叫号码", Field::Number));
        // Bank and bill columns keep to their synonyms.
        assert!(!is("交易时间", Field::Start));
        assert!(!is("对方账号", Field::Number));
    }

    #[test]
    fn synonyms_win_over_key_words() {
        let h: Vec<String> = ["上网时间段", "起始时间", "时长", "上行流量", "总流量"]
            .iter()
            .map(|h| normalize_header(h))
            .collect();
        let cols = map_columns(&h, &[Field::Start, Field::Duration, Field::Volume]);
        assert_eq!(
            cols,
            vec![(Field::Start, 1), (Field::Duration, 2), (Field::Volume, 4)]
        );
    }
}
