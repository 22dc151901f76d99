//! OFX bank, credit-card and investment statements: 1.x (SGML, leaf tags left unclosed,
//! a `KEY:VALUE` header block or none, the whole body perhaps on one line) and 2.x (XML).
//!
//! Both versions go through one tolerant tag reader (2.x files in the wild carry unclosed
//! SGML leaves too). `STMTTRN` entries become [`Transaction`]s with `TRNAMT` signed from the
//! account holder's view. Investment transactions other than cash (`INVBANKTRAN`) are
//! counted skips. Responses without a statement (signon, profile, account list, error
//! status) are a clear whole-file error.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::Arc;

use super::{entry_error, shown, src, unusable, LineIndex};
use crate::import::{FileReport, ImportError, Sink};
use crate::model::{Currency, RecordKind, Transaction};

/// Deepest nesting accepted (real OFX nests about 8 levels).
const MAX_DEPTH: usize = 64;

#[derive(Debug, Default)]
struct Node {
    /// The tag name, upper case, shared by every node of that name (no allocation per node).
    name: Arc<str>,
    value: Option<Box<str>>,
    children: Vec<Node>,
    offset: usize,
}

impl Node {
    fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| &*c.name == name)
    }

    /// The text of a leaf child (trimmed; `None` when absent).
    fn leaf(&self, name: &str) -> Option<&str> {
        self.child(name).and_then(|c| c.value.as_deref())
    }

    fn path(&self, names: &[&str]) -> Option<&Node> {
        let mut n = self;
        for name in names {
            n = n.child(name)?;
        }
        Some(n)
    }

    /// All descendants named `name` (not looking inside a match).
    fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Node>) {
        for c in &self.children {
            if &*c.name == name {
                out.push(c);
            } else {
                c.find_all(name, out);
            }
        }
    }

    fn find_first(&self, name: &str) -> Option<&Node> {
        let mut v = Vec::new();
        self.find_all(name, &mut v);
        v.into_iter().next()
    }
}

#[derive(Debug)]
enum Tok {
    Start { name: Arc<str>, offset: usize },
    End { name: Arc<str> },
    Text(String),
}

/// The tags and texts of a document, one at a time (the whole file is never held as a
/// token list: only the element tree is built). `<?…?>` and `<!…>` are dropped; a text next
/// to a text (`<MEMO>a<![CDATA[b]]>c`) is one text. Tag names are interned.
struct Tokens<'t> {
    text: &'t str,
    pos: usize,
    /// Tokens read ahead (the tree builder looks two tokens ahead).
    ahead: std::collections::VecDeque<Tok>,
    /// A text waiting for the next token, which may be text to join to it.
    pending: Option<String>,
    /// The end tag of a `<TAG/>` just read, to come next.
    queued: Option<Tok>,
    names: std::collections::HashMap<String, Arc<str>>,
}

impl<'t> Tokens<'t> {
    fn new(text: &'t str) -> Self {
        Tokens {
            text,
            pos: 0,
            ahead: std::collections::VecDeque::new(),
            pending: None,
            queued: None,
            names: std::collections::HashMap::new(),
        }
    }

    fn intern(&mut self, name: String) -> Arc<str> {
        if let Some(n) = self.names.get(&name) {
            return n.clone();
        }
        let n: Arc<str> = Arc::from(name.as_str());
        // Tag names of a real file are few; a hostile file's many are not all kept.
        if self.names.len() < 4096 {
            self.names.insert(name, n.clone());
        }
        n
    }

    /// The `n`th token ahead (0: the next one).
    fn peek(&mut self, n: usize) -> Result<Option<&Tok>, (usize, crate::i18n::Msg)> {
        while self.ahead.len() <= n {
            match self.joined()? {
                Some(t) => self.ahead.push_back(t),
                None => break,
            }
        }
        Ok(self.ahead.get(n))
    }

    fn next_tok(&mut self) -> Result<Option<Tok>, (usize, crate::i18n::Msg)> {
        self.peek(0)?;
        Ok(self.ahead.pop_front())
    }

    /// The next token, with texts next to each other joined.
    fn joined(&mut self) -> Result<Option<Tok>, (usize, crate::i18n::Msg)> {
        loop {
            match self.raw()? {
                Some(Tok::Text(t)) => match self.pending.as_mut() {
                    Some(p) => p.push_str(&t),
                    None => self.pending = Some(t),
                },
                Some(tok) => {
                    if let Some(p) = self.pending.take() {
                        self.ahead.push_back(Tok::Text(p));
                        return Ok(Some(tok));
                    }
                    return Ok(Some(tok));
                }
                None => return Ok(self.pending.take().map(Tok::Text)),
            }
        }
    }

    /// The next token as written.
    fn raw(&mut self) -> Result<Option<Tok>, (usize, crate::i18n::Msg)> {
        if let Some(t) = self.queued.take() {
            return Ok(Some(t));
        }
        let text = self.text;
        loop {
            let pos = self.pos;
            if pos >= text.len() {
                return Ok(None);
            }
            let Some(lt) = text[pos..].find('<').map(|i| pos + i) else {
                self.pos = text.len();
                return Ok(Some(Tok::Text(unescape(&text[pos..]))));
            };
            if lt > pos {
                self.pos = lt;
                return Ok(Some(Tok::Text(unescape(&text[pos..lt]))));
            }
            if text[lt..].starts_with("<![CDATA[") {
                // Character data: the text as written, `<`, `>` and `&` included.
                let body = lt + "<![CDATA[".len();
                let Some(end) = text[body..].find("]]>").map(|i| body + i) else {
                    return Err((lt, crate::msg!("ofx-syntax-cdata-unclosed")));
                };
                self.pos = end + 3;
                return Ok(Some(Tok::Text(text[body..end].to_string())));
            }
            let Some(gt) = text[lt..].find('>').map(|i| lt + i) else {
                return Err((lt, crate::msg!("ofx-syntax-tag-unclosed")));
            };
            self.pos = gt + 1;
            if let Some(tok) = self.tag(lt, gt)? {
                return Ok(Some(tok));
            }
        }
    }

    /// The tag between `<` at `lt` and `>` at `gt`; `None` for `<?…?>` and `<!…>`.
    fn tag(&mut self, lt: usize, gt: usize) -> Result<Option<Tok>, (usize, crate::i18n::Msg)> {
        let text = self.text;
        let inner = text[lt + 1..gt].trim();
        if inner.contains('<') {
            return Err((
                lt,
                crate::msg!("ofx-syntax-malformed-tag", tag = shown(&text[lt..gt])),
            ));
        }
        if inner.starts_with('?') || inner.starts_with('!') {
            return Ok(None);
        }
        if inner.is_empty() {
            return Err((lt, crate::msg!("ofx-syntax-empty-tag")));
        }
        let (closing, name) = match inner.strip_prefix('/') {
            Some(n) => (true, n),
            None => (false, inner),
        };
        let name = name
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        if name.is_empty() {
            return Err((
                lt,
                crate::msg!("ofx-syntax-nameless-tag", tag = shown(&text[lt..=gt])),
            ));
        }
        let name = self.intern(name);
        Ok(Some(if closing {
            Tok::End { name }
        } else if inner.ends_with('/') {
            // `<TAG/>`: an empty leaf.
            self.queued = Some(Tok::End { name: name.clone() });
            Tok::Start { name, offset: lt }
        } else {
            Tok::Start { name, offset: lt }
        }))
    }
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Build the element tree. A start tag followed by text is a leaf (closed or not); a start
/// tag followed by its own end tag is an (empty) leaf; anything else opens an aggregate,
/// closed by the first matching end tag (closing any aggregates left open inside it).
/// What becomes of each element as it is completed: kept in the tree (`Some`), or taken
/// (read at once, or dropped) and left out of it (`None`). `stack` holds the elements that
/// are open around it, the root first.
type Keep<'k> = dyn FnMut(&[Node], Node) -> Option<Node> + 'k;

fn build(toks: &mut Tokens<'_>, keep: &mut Keep<'_>) -> Result<Node, (usize, crate::i18n::Msg)> {
    let mut stack: Vec<Node> = vec![Node::default()];
    while let Some(tok) = toks.next_tok()? {
        match tok {
            Tok::Start { name, offset } => {
                let text = match toks.peek(0)? {
                    Some(Tok::Text(t)) => Some(t.trim().to_string()),
                    _ => None,
                };
                let at = usize::from(text.is_some());
                let closed_here =
                    matches!(toks.peek(at)?, Some(Tok::End { name: n }) if *n == name);
                let text = text.unwrap_or_default();
                if closed_here || !text.is_empty() {
                    for _ in 0..at + usize::from(closed_here) {
                        toks.next_tok()?;
                    }
                    let leaf = Node {
                        name,
                        value: Some(text.into_boxed_str()),
                        children: Vec::new(),
                        offset,
                    };
                    if let Some(leaf) = keep(&stack, leaf) {
                        if let Some(top) = stack.last_mut() {
                            top.children.push(leaf);
                        }
                    }
                    continue;
                }
                if at == 1 {
                    toks.next_tok()?; // blank text between tags
                }
                if stack.len() > MAX_DEPTH {
                    return Err((offset, crate::msg!("ofx-syntax-too-deep", max = MAX_DEPTH)));
                }
                stack.push(Node {
                    name,
                    value: None,
                    children: Vec::new(),
                    offset,
                });
            }
            Tok::End { name } => close(&mut stack, &name, keep),
            Tok::Text(_) => {}
        }
    }
    while stack.len() > 1 {
        close_top(&mut stack, keep);
    }
    Ok(stack.pop().unwrap_or_default())
}

/// An end tag closes the open aggregate of its name and any left open inside it; an end
/// tag of nothing open is ignored.
fn close(stack: &mut Vec<Node>, name: &str, keep: &mut Keep<'_>) {
    if !stack.iter().skip(1).any(|n| &*n.name == name) {
        return;
    }
    while stack.len() > 1 {
        let is_it = stack.last().is_some_and(|n| &*n.name == name);
        close_top(stack, keep);
        if is_it {
            break;
        }
    }
}

/// Close the innermost open aggregate into its parent (its child list kept to size), unless
/// `keep` takes it.
fn close_top(stack: &mut Vec<Node>, keep: &mut Keep<'_>) {
    let mut done = stack.pop().expect("stack has more than the root");
    done.children.shrink_to_fit();
    if let Some(done) = keep(stack, done) {
        if let Some(top) = stack.last_mut() {
            top.children.push(done);
        }
    }
}

/// The transactions of a statement's transaction list, read as each is completed and not
/// kept in the tree: a big statement is never held whole. Counted per statement (by its
/// offset) for the balance notes.
struct Stream<'a> {
    base: usize,
    lines: &'a LineIndex,
    sink: &'a mut dyn Sink,
    report: &'a mut FileReport,
    read: std::collections::HashMap<usize, (u64, Decimal)>,
}

impl Stream<'_> {
    /// Read `node` now if it is a `STMTTRN` in the first `BANKTRANLIST` of a statement of
    /// the first `<OFX>` (where the whole tree would have it read), else keep it.
    fn keep(&mut self, stack: &[Node], node: Node) -> Option<Node> {
        let [root, ofx, .., st, list] = stack else {
            return Some(node);
        };
        let in_place = &*node.name == "STMTTRN"
            && &*list.name == "BANKTRANLIST"
            && &*ofx.name == "OFX"
            && root.child("OFX").is_none()
            && STATEMENTS.contains(&&*st.name)
            && st.child("BANKTRANLIST").is_none()
            && !stack[1..stack.len() - 2]
                .iter()
                .any(|n| STATEMENTS.contains(&&*n.name));
        if !in_place {
            return Some(node);
        }
        self.report.rows += 1;
        let cur = st.leaf("CURDEF").unwrap_or("");
        let a = read_trn(&node, cur, self.base, self.lines, self.sink, self.report);
        if let Some(a) = a {
            let e = self.read.entry(st.offset).or_default();
            e.0 += 1;
            e.1 += a;
        }
        None
    }
}

/// Parse an OFX date-time: `YYYYMMDD`, `YYYYMMDDHHMM`, `YYYYMMDDHHMMSS`, with optional
/// `.XXX` (or `:XXX`) milliseconds and a `[-5:EST]` zone. The local time as written is kept.
pub fn parse_ofx_datetime(s: &str) -> Option<NaiveDateTime> {
    let t = s.trim();
    let digits = t.bytes().take_while(|b| b.is_ascii_digit()).count();
    let rest = &t[digits..];
    if !(rest.is_empty() || rest.starts_with(['.', ':', '[', '+', '-', ' '])) {
        return None;
    }
    if let Some(ms) = rest.strip_prefix(['.', ':']) {
        let n = ms.bytes().take_while(|b| b.is_ascii_digit()).count();
        let after = ms[n..].trim_start();
        if n == 0 || !(after.is_empty() || after.starts_with('[')) {
            return None;
        }
    }
    let d = &t[..digits];
    let num = |a: usize, b: usize| d.get(a..b).and_then(|x| x.parse::<u32>().ok());
    let date = NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(4, 6)?, num(6, 8)?)?;
    let time = match digits {
        8 => NaiveTime::MIN,
        12 => NaiveTime::from_hms_opt(num(8, 10)?, num(10, 12)?, 0)?,
        14 => NaiveTime::from_hms_opt(num(8, 10)?, num(10, 12)?, num(12, 14)?)?,
        _ => return None,
    };
    Some(date.and_time(time))
}

/// Parse an OFX amount: `-12.34`, `+00000000000115.8331`, `-200,00` (decimal comma), `111`.
pub fn parse_ofx_amount(s: &str) -> Option<Decimal> {
    let t = s.trim();
    let (neg, body) = match t.as_bytes().first()? {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let body = match (body.rfind('.'), body.rfind(',')) {
        (Some(d), Some(c)) if c > d => body.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => body.replace(',', ""),
        (None, Some(_)) if body.matches(',').count() == 1 => body.replace(',', "."),
        (None, Some(_)) => return None,
        _ => body.to_string(),
    };
    if body.matches('.').count() > 1 || body.starts_with('.') && body.len() == 1 {
        return None;
    }
    let v = Decimal::from_str(&body).ok()?;
    Some(if neg { -v } else { v })
}

fn status_of(n: &Node) -> Option<(String, String, String)> {
    let st = n.child("STATUS")?;
    Some((
        st.leaf("CODE").unwrap_or("").to_string(),
        st.leaf("SEVERITY").unwrap_or("").to_string(),
        st.leaf("MESSAGE").unwrap_or("").to_string(),
    ))
}

const STATEMENTS: [&str; 3] = ["STMTRS", "CCSTMTRS", "INVSTMTRS"];

/// Where `<OFX>` starts, in any letter case (without an upper-case copy of the file).
fn find_ofx_tag(text: &str) -> Option<usize> {
    text.match_indices('<').map(|(i, _)| i).find(|&i| {
        text.get(i..i + 5)
            .is_some_and(|t| t.eq_ignore_ascii_case("<OFX>"))
    })
}

pub fn import(text: &str, sink: &mut dyn Sink, report: &mut FileReport) -> Result<(), ImportError> {
    let lines = LineIndex::new(text);
    let upper_head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_uppercase();
    let xml = upper_head.trim_start().starts_with("<?XML") || upper_head.contains("OFXHEADER=\"2");
    let format = if xml { "ofx-xml" } else { "ofx-sgml" };
    let body_at = upper_head.find("<OFX>").or_else(|| find_ofx_tag(text));
    let Some(body_at) = body_at else {
        return Err(unusable(
            report,
            crate::msg!("ofx-no-ofx-element-after-header"),
        ));
    };
    // First the whole text is checked without keeping anything, so that no record is
    // given for a file found malformed further on; then it is read, each transaction of a
    // list as soon as it is complete.
    let body = &text[body_at..];
    let malformed = |report: &FileReport, (off, msg): (usize, crate::i18n::Msg)| {
        let (l, c) = lines.at(body_at + off);
        let m = if msg.id() == "ofx-syntax-too-deep" {
            crate::msg!("ofx-syntax", line = l, column = c, error = msg)
        } else {
            crate::msg!(
                "ofx-syntax-expected-tags",
                line = l,
                column = c,
                error = msg
            )
        };
        unusable(report, m)
    };
    if let Err(e) = build(&mut Tokens::new(body), &mut |_, _| None) {
        return Err(malformed(report, e));
    }
    let mut stream = Stream {
        base: body_at,
        lines: &lines,
        sink,
        report,
        read: std::collections::HashMap::new(),
    };
    let built = build(&mut Tokens::new(body), &mut |stack, n| {
        stream.keep(stack, n)
    });
    let Stream {
        sink, report, read, ..
    } = stream;
    let root = built.map_err(|e| malformed(report, e))?;
    let Some(ofx) = root.child("OFX") else {
        return Err(unusable(report, crate::msg!("ofx-no-ofx-element")));
    };
    let mut stmts = Vec::new();
    for name in STATEMENTS {
        ofx.find_all(name, &mut stmts);
    }
    stmts.sort_by_key(|n| n.offset);
    if stmts.is_empty() {
        return Err(unusable(report, no_statement_reason(ofx)));
    }
    report.format = Some(format.into());
    report.kind = Some(RecordKind::Transactions);
    for st in &stmts {
        let streamed = read.get(&st.offset).copied().unwrap_or_default();
        read_statement(st, streamed, body_at, &lines, sink, report);
    }
    orphan_entries(ofx, &stmts, body_at, &lines, report);
    Ok(())
}

/// Transactions outside every statement (a STMTTRN after the statement was closed): row
/// errors, so that nothing the file holds goes unmentioned.
fn orphan_entries(
    ofx: &Node,
    stmts: &[&Node],
    base: usize,
    lines: &LineIndex,
    report: &mut FileReport,
) {
    let mut all = Vec::new();
    ofx.find_all("STMTTRN", &mut all);
    // The places `read_statement` reads transactions from.
    let mut inside: std::collections::HashSet<*const Node> = std::collections::HashSet::new();
    for st in stmts {
        for holder in std::iter::once(*st).chain(st.child("BANKTRANLIST")) {
            inside.extend(
                holder
                    .children
                    .iter()
                    .filter(|c| &*c.name == "STMTTRN")
                    .map(|c| c as *const Node),
            );
        }
        if let Some(inv) = st.child("INVTRANLIST") {
            inside.extend(
                inv.children
                    .iter()
                    .filter_map(|c| c.child("STMTTRN"))
                    .map(|c| c as *const Node),
            );
        }
    }
    for tr in all {
        if inside.contains(&(tr as *const Node)) {
            continue;
        }
        let (l, c) = lines.at(base + tr.offset);
        report.rows += 1;
        entry_error(
            report,
            l,
            c,
            crate::msg!("ofx-transaction-outside-statement"),
        );
    }
}

/// Why an OFX file without a statement cannot be used.
fn no_statement_reason(ofx: &Node) -> crate::i18n::Msg {
    if ofx.find_first("PROFRS").is_some() {
        return crate::msg!("ofx-profile-response");
    }
    if ofx.find_first("ACCTINFORS").is_some() {
        return crate::msg!("ofx-account-list-response");
    }
    if let Some(sonrs) = ofx.find_first("SONRS") {
        if let Some((code, sev, msg)) = status_of(sonrs) {
            if sev.eq_ignore_ascii_case("ERROR") || (!code.is_empty() && code != "0") {
                return crate::msg!(
                    "ofx-signon-failed",
                    code = code,
                    severity = sev,
                    message = msg
                );
            }
        }
    }
    let mut trnrs = Vec::new();
    for name in ["STMTTRNRS", "CCSTMTTRNRS", "INVSTMTTRNRS"] {
        ofx.find_all(name, &mut trnrs);
    }
    for t in &trnrs {
        if let Some((code, sev, msg)) = status_of(t) {
            if code != "0" {
                return crate::msg!(
                    "ofx-error-response",
                    code = code,
                    severity = sev,
                    message = msg
                );
            }
        }
    }
    if ofx.find_first("SONRS").is_some() {
        return crate::msg!("ofx-signon-only");
    }
    crate::msg!("ofx-empty")
}

/// Read a statement; `streamed`: the count and sum of its transactions read already.
fn read_statement(
    st: &Node,
    streamed: (u64, Decimal),
    base: usize,
    lines: &LineIndex,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) {
    let acct = ["BANKACCTFROM", "CCACCTFROM", "INVACCTFROM"]
        .iter()
        .find_map(|a| st.path(&[a, "ACCTID"]).and_then(|n| n.value.as_deref()))
        .map(str::to_string)
        .unwrap_or_default();
    let cur = st.leaf("CURDEF").unwrap_or("").to_string();
    let (mut n, mut sum) = streamed;
    if let Some(list) = st.child("BANKTRANLIST") {
        // Balances found inside an unclosed BANKTRANLIST belong to the statement.
        let not_rows = ["LEDGERBAL", "AVAILBAL", "BALLIST", "MKTGINFO"];
        for tr in list.children.iter().filter(|c| {
            (c.value.is_none() || &*c.name == "STMTTRN") && !not_rows.contains(&&*c.name)
        }) {
            report.rows += 1;
            if &*tr.name != "STMTTRN" {
                report.skip(crate::msg!("skip-unknown-ofx-element", name = &*tr.name));
                continue;
            }
            if let Some(a) = read_trn(tr, &cur, base, lines, sink, report) {
                n += 1;
                sum += a;
            }
        }
    }
    let who = if acct.is_empty() {
        crate::msg!("who-statement")
    } else {
        crate::msg!("who-account", account = &acct)
    };
    // A malformed file may close the list before its last transactions (Ally QFX): they
    // belong to this statement all the same.
    for tr in st.children.iter().filter(|c| &*c.name == "STMTTRN") {
        report.rows += 1;
        let (l, _) = lines.at(base + tr.offset);
        report.notes.push(crate::msg!(
            "ofx-note-transaction-outside-list",
            who = &who,
            line = l
        ));
        if let Some(a) = read_trn(tr, &cur, base, lines, sink, report) {
            n += 1;
            sum += a;
        }
    }
    if let Some(list) = st.child("INVTRANLIST") {
        for tr in list.children.iter().filter(|c| c.value.is_none()) {
            report.rows += 1;
            match tr.child("STMTTRN") {
                Some(inner) if &*tr.name == "INVBANKTRAN" => {
                    if let Some(a) = read_trn(inner, &cur, base, lines, sink, report) {
                        n += 1;
                        sum += a;
                    }
                }
                _ => report.skip(crate::msg!("skip-investment-transaction")),
            }
        }
    }
    let ledger = st
        .child("LEDGERBAL")
        .or_else(|| st.child("BANKTRANLIST").and_then(|l| l.child("LEDGERBAL")));
    match ledger {
        Some(bal) => match bal.leaf("BALAMT").filter(|v| !v.is_empty()) {
            Some(v) => match parse_ofx_amount(v) {
                Some(b) => match opening_balance(st) {
                    // A bank that lists an opening balance in BALLIST makes the ledger balance checkable.
                    Some((name, open)) => super::reconcile_balance(
                        report,
                        crate::msg!(
                            "ofx-reconcile-ledger",
                            who = &who,
                            name = name,
                            count = n,
                            date = bal.leaf("DTASOF").unwrap_or("?")
                        ),
                        open,
                        sum,
                        b,
                    ),
                    None => report.notes.push(crate::msg!(
                        "ofx-note-ledger-unchecked",
                        who = &who,
                        balance = b.to_string(),
                        currency = &cur,
                        date = bal.leaf("DTASOF").unwrap_or("?"),
                        count = n,
                        sum = sum.to_string()
                    )),
                },
                None => {
                    let (l, c) = lines.at(base + bal.offset);
                    entry_error(
                        report,
                        l,
                        c,
                        crate::msg!("ofx-error-ledger-amount", found = shown(v)),
                    );
                    report.rows += 1;
                }
            },
            None => report
                .notes
                .push(crate::msg!("ofx-note-ledger-empty", who = &who)),
        },
        None => report
            .notes
            .push(crate::msg!("ofx-note-no-ledger", who = &who)),
    }
}

/// An opening balance some banks list in `BALLIST` (`<BAL><NAME>Opening balance…<BALAMT>…`).
fn opening_balance(st: &Node) -> Option<(String, Decimal)> {
    st.child("BALLIST")?
        .children
        .iter()
        .filter(|b| &*b.name == "BAL")
        .find_map(|b| {
            let name = b.leaf("NAME")?;
            let lower = name.to_ascii_lowercase();
            let opening = ["opening", "beginning", "begin", "start"]
                .iter()
                .any(|w| lower.contains(w));
            opening.then_some(())?;
            Some((
                name.to_string(),
                parse_ofx_amount(b.leaf("VALUE").or_else(|| b.leaf("BALAMT"))?)?,
            ))
        })
}

/// The currency of a transaction: `CURRENCY/CURSYM` (its amount is in that currency),
/// else the statement's `CURDEF` (also under `ORIGCURRENCY`: the amount was converted to
/// it). An unknown code is an error: the amount cannot be taken as the case's currency.
fn trn_currency(tr: &Node, curdef: &str) -> Result<Option<Currency>, crate::i18n::Msg> {
    let (what, code) = match tr
        .path(&["CURRENCY", "CURSYM"])
        .and_then(|n| n.value.as_deref())
    {
        Some(c) => ("STMTTRN/CURRENCY/CURSYM", c),
        None => ("CURDEF", curdef),
    };
    if code.trim().is_empty() {
        return Ok(None);
    }
    Currency::iso_like(code).map(Some).ok_or_else(|| {
        crate::msg!(
            "statement-error-currency",
            field = what,
            found = shown(code)
        )
    })
}

/// Read one `STMTTRN`; returns its amount when it became a record.
fn read_trn(
    tr: &Node,
    curdef: &str,
    base: usize,
    lines: &LineIndex,
    sink: &mut dyn Sink,
    report: &mut FileReport,
) -> Option<Decimal> {
    let (line, col) = lines.at(base + tr.offset);
    let date_text = tr
        .leaf("DTPOSTED")
        .filter(|v| !v.is_empty())
        .or_else(|| tr.leaf("DTUSER").filter(|v| !v.is_empty()));
    let Some(date_text) = date_text else {
        entry_error(report, line, col, crate::msg!("ofx-error-date-missing"));
        return None;
    };
    let Some(date) = parse_ofx_datetime(date_text) else {
        entry_error(
            report,
            line,
            col,
            crate::msg!("ofx-error-date", found = shown(date_text)),
        );
        return None;
    };
    let amount_text = tr.leaf("TRNAMT").unwrap_or("");
    let Some(amount) = parse_ofx_amount(amount_text) else {
        entry_error(
            report,
            line,
            col,
            crate::msg!("ofx-error-amount", found = shown(amount_text)),
        );
        return None;
    };
    let currency = match trn_currency(tr, curdef) {
        Ok(c) => c,
        Err(message) => {
            entry_error(report, line, col, message);
            return None;
        }
    };
    let name = tr
        .leaf("NAME")
        .or_else(|| tr.path(&["PAYEE", "NAME"]).and_then(|n| n.value.as_deref()))
        .unwrap_or("")
        .to_string();
    let memo = tr.leaf("MEMO").unwrap_or("").to_string();
    let id = tr
        .leaf("FITID")
        .filter(|v| !v.is_empty())
        .map(str::to_string);
    report.records += 1;
    sink.transaction(Transaction {
        reversal: false,
        currency,
        date,
        amount,
        counterparty: name,
        description: memo,
        id,
        source: src(&report.file, line),
    });
    Some(amount)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Collect, FileReport};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn run(text: &str) -> (Result<(), ImportError>, FileReport, Collect) {
        let mut r = FileReport::new(Arc::from("t.ofx"));
        let mut c = Collect::default();
        let res = import(text, &mut c, &mut r);
        (res, r, c)
    }

    /// A transaction after its list was closed (Ally QFX) is read, with a note; one outside
    /// every statement is a row error; NAME and MEMO in CDATA keep their text.
    #[test]
    fn entries_outside_their_list_and_cdata() {
        let trn = |amt: &str, name: &str| {
            format!("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105<TRNAMT>{amt}<FITID>{amt}<NAME>{name}<MEMO><![CDATA[R&D <fee>]]></STMTTRN>")
        };
        let text = format!(
            "OFXHEADER:100\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>{}</BANKTRANLIST>{}</BANKTRANLIST></STMTRS></STMTTRNRS>{}</BANKMSGSRSV1></OFX>",
            trn("-1.00", "<![CDATA[AT&T]]>"),
            trn("-2.00", "B &amp; C"),
            trn("-3.00", "X"),
        );
        let (res, r, c) = run(&text);
        assert!(res.is_ok());
        assert_eq!((r.rows, r.records, r.error_count), (3, 2, 1));
        assert!(r.accounted());
        assert_eq!(c.transactions[0].counterparty, "AT&T");
        assert_eq!(c.transactions[0].description, "R&D <fee>");
        assert_eq!(c.transactions[1].counterparty, "B & C");
        assert_eq!(c.transactions[1].amount, dec!(-2.00));
        assert!(r
            .notes
            .iter()
            .any(|n| n.contains("outside the transaction list")));
        assert!(r.errors[0].message.contains("outside any statement"));
        let (res, _, _) =
            run("<OFX><STMTRS><BANKTRANLIST><STMTTRN><NAME><![CDATA[x</STMTTRN></OFX>");
        assert!(res.unwrap_err().to_string().contains("CDATA"));
    }

    /// A transaction is in the statement's CURDEF, or in its own CURRENCY/CURSYM; under
    /// ORIGCURRENCY it was converted to CURDEF. An unknown code is a row error.
    #[test]
    fn transactions_carry_their_currency() {
        let trn = |amt: &str, extra: &str| {
            format!("<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105<TRNAMT>{amt}<FITID>{amt}<NAME>X{extra}</STMTTRN>")
        };
        let text = format!(
            "OFXHEADER:100\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>{}{}{}{}</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
            trn("-1.00", ""),
            trn("-2.00", "<CURRENCY><CURRATE>1.1<CURSYM>EUR</CURRENCY>"),
            trn("-3.00", "<ORIGCURRENCY><CURRATE>0.9<CURSYM>GBP</ORIGCURRENCY>"),
            trn("-4.00", "<CURRENCY><CURRATE>1<CURSYM>DOLLARS</CURRENCY>"),
        );
        let (res, r, c) = run(&text);
        res.unwrap();
        let got: Vec<String> = c
            .transactions
            .iter()
            .map(|t| format!("{:?}", t.currency))
            .collect();
        assert_eq!(got, ["Some(USD)", "Some(EUR)", "Some(USD)"]);
        assert_eq!(r.error_count, 1);
        assert!(r.errors[0].message.contains("CURSYM"), "{:?}", r.errors);
        let (_, _, c) = run(&text.replace("<CURDEF>USD", ""));
        assert_eq!(c.transactions[0].currency, None);
    }

    /// Transactions are read as each is complete, but a file found malformed further on
    /// gives none: the whole text is checked first.
    #[test]
    fn a_file_malformed_after_its_transactions_gives_no_record() {
        let trn = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105<TRNAMT>-1.00<FITID>1<NAME>X</STMTTRN>";
        let ok = format!("OFXHEADER:100\n<OFX><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>{trn}{trn}</BANKTRANLIST></STMTRS></STMTTRNRS></OFX>");
        let (res, r, c) = run(&ok);
        res.unwrap();
        assert_eq!((r.rows, r.records, c.transactions.len()), (2, 2, 2));
        let (res, r, c) = run(&format!("{ok}\n<MEMO"));
        assert!(res.unwrap_err().to_string().contains("never closed"));
        assert_eq!((r.records, c.transactions.len()), (0, 0));
    }

    #[test]
    fn dates() {
        let d = |s| parse_ofx_datetime(s).map(|d| d.to_string());
        assert_eq!(
            d("20240402000000[-3:GMT]").as_deref(),
            Some("2024-04-02 00:00:00")
        );
        assert_eq!(
            d("20090401122017.000[-5:EST]").as_deref(),
            Some("2009-04-01 12:20:17")
        );
        assert_eq!(
            d("20180804093914:014").as_deref(),
            Some("2018-08-04 09:39:14")
        );
        assert_eq!(d("20180507").as_deref(), Some("2018-05-07 00:00:00"));
        assert_eq!(d("20120231"), None);
        assert_eq!(d("201120000000"), None);
        assert_eq!(d(""), None);
        assert_eq!(d("2024x"), None);
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_ofx_amount("-200,00"), Some(dec!(-200.00)));
        assert_eq!(
            parse_ofx_amount("+00000000000115.8331"),
            Some(dec!(115.8331))
        );
        assert_eq!(parse_ofx_amount("111"), Some(dec!(111)));
        assert_eq!(parse_ofx_amount("$120"), None);
        assert_eq!(parse_ofx_amount(""), None);
        assert_eq!(parse_ofx_amount("-"), None);
        assert_eq!(parse_ofx_amount("1.2.3"), None);
    }

    #[test]
    fn sgml_one_line_body() {
        let t = "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>42</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250103[+1:CET]<TRNAMT>-49,90<FITID>a1<NAME>Fictel Mobile<MEMO>Invoice 7</STMTTRN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250105<TRNAMT>10.00<FITID>a2<NAME>Refund</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>60.10<DTASOF>20250131</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        let (res, r, c) = run(t);
        res.unwrap();
        assert_eq!(r.format.as_deref(), Some("ofx-sgml"));
        assert_eq!((r.rows, r.records), (2, 2));
        assert_eq!(c.transactions[0].amount, dec!(-49.90));
        assert_eq!(c.transactions[0].counterparty, "Fictel Mobile");
        assert_eq!(c.transactions[0].source.row, 4);
        assert!(r.accounted());
    }

    #[test]
    fn xml_and_errors_located() {
        let t = "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"211\"?>\n<OFX>\n<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS>\n<BANKTRANLIST>\n<STMTTRN><DTPOSTED>20250101</DTPOSTED><TRNAMT>$5</TRNAMT></STMTTRN>\n  <STMTTRN><TRNAMT>1</TRNAMT></STMTTRN>\n</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
        let (res, r, _) = run(t);
        res.unwrap();
        assert_eq!(r.format.as_deref(), Some("ofx-xml"));
        assert_eq!((r.rows, r.error_count), (2, 2));
        assert_eq!((r.errors[0].row, r.errors[0].col), (6, 1));
        assert!(
            r.errors[0].message.contains("TRNAMT"),
            "{}",
            r.errors[0].message
        );
        assert_eq!((r.errors[1].row, r.errors[1].col), (7, 3));
        assert!(r.accounted());
    }

    #[test]
    fn ledger_balance_checked_when_an_opening_balance_is_listed() {
        let t = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKACCTFROM><ACCTID>7</BANKACCTFROM><BANKTRANLIST><STMTTRN><DTPOSTED>20250105<TRNAMT>-49.90</STMTTRN><STMTTRN><DTPOSTED>20250110<TRNAMT>10</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>60.10<DTASOF>20250131</LEDGERBAL><BALLIST><BAL><NAME>Opening balance<DESC>1 Jan<BALTYPE>DOLLAR<VALUE>100.00</BAL></BALLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        let (res, r, _) = run(t);
        res.unwrap();
        assert_eq!(r.reconciliation.len(), 1, "{:?}", r.notes);
        assert!(r.reconciled(), "{:?}", r.reconciliation);
        let (_, r, _) = run(&t.replace("<BALAMT>60.10", "<BALAMT>61.10"));
        assert!(!r.reconciled());
        // Without an opening balance there is nothing to check: a note says so.
        let (_, r, _) = run(&t.replace("Opening balance", "Available credit"));
        assert!(r.reconciliation.is_empty());
        assert!(r.notes[0].contains("no opening balance"), "{:?}", r.notes);
    }

    #[test]
    fn non_statements_are_clear_errors() {
        let (res, _, _) = run("<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>bad password</STATUS></SONRS></SIGNONMSGSRSV1></OFX>");
        assert!(res.unwrap_err().to_string().contains("signon failed"));
        let (res, _, _) = run("<OFX></OFX>");
        assert!(res.unwrap_err().to_string().contains("no statement"));
        let (res, _, _) = run("<OFX><BANKMSGSRSV1><STMTTRNRS><STATUS><CODE>2000</CODE><SEVERITY>ERROR</SEVERITY></STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>");
        assert!(res.unwrap_err().to_string().contains("error response"));
        let (res, _, _) = run("<OFX><STMTRS><BANKTRANLIST><STMTTRN");
        assert!(res.unwrap_err().to_string().contains("never closed"));
        let deep = format!("<OFX>{}", "<A>".repeat(10_000));
        let (res, _, _) = run(&deep);
        assert!(res.is_err());
    }

    #[test]
    fn empty_tags_and_investments() {
        let t = "<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><INVTRANLIST><DTSTART>20250101<BUYSTOCK><INVBUY><TOTAL>-10</INVBUY></BUYSTOCK><INVBANKTRAN><STMTTRN><DTPOSTED>20250102<TRNAMT>-3.00<NAME></NAME></STMTTRN></INVBANKTRAN></INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";
        let (res, r, c) = run(t);
        res.unwrap();
        assert_eq!((r.rows, r.records, r.skipped_total()), (2, 1, 1));
        assert_eq!(c.transactions[0].counterparty, "");
    }
}
