//! Writes China Mobile style bill e-mails for tests: a GBK HTML bill (base64, as the 139
//! mailbox receives them) with the account table and the fee table of parent (category)
//! and child (item) rows, a plain-text alternative, and optional attachments. The wording
//! and amounts are made up; the structure follows the published description of the mail
//! (sections 账户信息 / 费用信息, categories with items under them).
#![allow(dead_code)]

/// One fee category: its name, its stated subtotal, and its items.
pub struct Category<'a> {
    pub name: &'a str,
    pub subtotal: &'a str,
    pub items: &'a [(&'a str, &'a str)],
}

/// Base64 with 76-character lines (RFC 2045).
pub fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (n, chunk) in bytes.chunks(3).enumerate() {
        if n > 0 && n % 19 == 0 {
            out.push_str("\r\n");
        }
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((v >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn gbk(s: &str) -> Vec<u8> {
    let (b, _, bad) = encoding_rs::GBK.encode(s);
    assert!(!bad, "text not in GBK");
    b.into_owned()
}

/// The HTML of a bill for `year`/`month` and phone `number`.
pub fn bill_html(year: i32, month: u32, number: &str, fees: &[Category], total: &str) -> String {
    let mut rows = String::new();
    for c in fees {
        rows.push_str(&format!(
            "<tr class=\"parent\"><td>{}</td><td align=\"right\">{}</td></tr>\n",
            c.name, c.subtotal
        ));
        for (item, amount) in c.items {
            rows.push_str(&format!(
                "<tr class=\"child\"><td>&nbsp;&nbsp;&nbsp;&nbsp;{item}</td><td align=\"right\">{amount}</td></tr>\n"
            ));
        }
    }
    let last = match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\
         <title>中国移动电子账单</title><style>.child td{{padding-left:2em}}</style></head><body>\
         <table width=\"640\" align=\"center\"><tr><td>\
         <h3>账户信息</h3>\
         <table class=\"info\">\
         <tr><td colspan=\"2\">尊敬的客户，您好！以下是您{year}年{month:02}月的账单。</td></tr>\
         <tr><td>客户姓名</td><td>张*</td></tr>\
         <tr><td>手机号码</td><td>{number}</td></tr>\
         <tr><td>计费周期</td><td>{year}年{month:02}月01日至{year}年{month:02}月{last}日</td></tr>\
         </table><h3>费用信息</h3>\
         <table class=\"fee\"><tr><th>费用项目</th><th>金额(元)</th></tr>\n{rows}\
         <tr class=\"total\"><td>本期费用合计</td><td align=\"right\">{total}</td></tr>\
         </table><p>温馨提示：账单仅供参考，以实际扣费为准。</p></td></tr></table></body></html>"
    )
}

/// An attachment: file name, MIME type, bytes.
pub struct Attachment<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub bytes: Vec<u8>,
}

/// A whole `.eml`: GBK HTML bill and a text alternative, then the attachments.
pub fn bill_eml(year: i32, month: u32, html: &str, attachments: &[Attachment]) -> Vec<u8> {
    let subject = format!("中国移动{year}年{month:02}月电子账单");
    let mut m = format!(
        "Return-Path: <hn10086@10086.cn>\r\n\
         From: 10086 <hn10086@10086.cn>\r\n\
         To: 13800138000@139.com\r\n\
         Subject: =?GBK?B?{}?=\r\n\
         Date: Thu, 03 Jul {year} 08:00:00 +0800\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"mixed-1\"\r\n\r\n\
         --mixed-1\r\n\
         Content-Type: multipart/alternative; boundary=\"alt-1\"\r\n\r\n\
         --alt-1\r\n\
         Content-Type: text/plain; charset=GBK\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}\r\n\
         --alt-1\r\n\
         Content-Type: text/html; charset=GBK\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{}\r\n\
         --alt-1--\r\n",
        base64(&gbk(&subject)),
        base64(&gbk("您的电子账单请以网页方式查看。")),
        base64(&gbk(html)),
    );
    for a in attachments {
        m.push_str(&format!(
            "--mixed-1\r\n\
             Content-Type: {}; name=\"{}\"\r\n\
             Content-Disposition: attachment; filename=\"{}\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\r\n",
            a.mime,
            a.name,
            a.name,
            base64(&a.bytes)
        ));
    }
    m.push_str("--mixed-1--\r\n");
    m.into_bytes()
}
