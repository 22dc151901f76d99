//! The table rows of an HTML document, in document order, read with the WHATWG tokenizer
//! (entities decoded, comments, scripts and styles left out). Nothing in the HTML is ever
//! rendered or followed: only the text of table cells is kept.
//!
//! Text goes to the innermost open cell, so a layout table holding a bill table does not
//! repeat the bill's text in its own cells. A cell spanning `colspan` columns is followed
//! by empty cells, so the columns of a header and its rows line up.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// The most cells a row keeps, and the widest colspan followed.
const MAX_CELLS: usize = 256;

/// One table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// The cells' text, white space collapsed.
    pub cells: Vec<String>,
    /// Whether the first cell's text was indented (leading spaces, `&nbsp;`, `　`): a child
    /// row under a parent row in many bill mails.
    pub indented: bool,
}

/// The table rows of `html`.
pub(crate) fn rows(html: &str) -> Vec<Row> {
    let sink = Rows::default();
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    let mut state = tok.sink.state.into_inner();
    while !state.tables.is_empty() {
        state.close_table();
    }
    state.out
}

#[derive(Default)]
struct Rows {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    tables: Vec<Table>,
    out: Vec<Row>,
    /// Inside `<script>`/`<style>`/`<title>`/`<textarea>`: their text is no cell text.
    raw: bool,
}

#[derive(Default)]
struct Table {
    row: Option<Vec<String>>,
    cell: Option<String>,
    span: usize,
}

impl State {
    fn close_cell(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        if let Some(text) = t.cell.take() {
            let row = t.row.get_or_insert_with(Vec::new);
            for i in 0..t.span.max(1) {
                if row.len() < MAX_CELLS {
                    row.push(if i == 0 { text.clone() } else { String::new() });
                }
            }
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        if let Some(raw) = t.row.take() {
            let indented = raw
                .first()
                .and_then(|c| c.chars().next())
                .is_some_and(|c| c.is_whitespace());
            let cells: Vec<String> = raw.iter().map(|c| collapse(c)).collect();
            if cells.iter().any(|c| !c.is_empty()) {
                self.out.push(Row { cells, indented });
            }
        }
    }

    fn close_table(&mut self) {
        self.close_row();
        self.tables.pop();
    }

    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        match (tag.kind, name) {
            (TagKind::StartTag, "script") => {
                self.raw = true;
                return TokenSinkResult::RawData(RawKind::ScriptData);
            }
            (TagKind::StartTag, "style" | "xmp" | "iframe" | "noembed" | "noframes") => {
                self.raw = true;
                return TokenSinkResult::RawData(RawKind::Rawtext);
            }
            (TagKind::StartTag, "title" | "textarea") => {
                self.raw = true;
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            (TagKind::EndTag, _) if self.raw => self.raw = false,
            (TagKind::StartTag, "table") => self.tables.push(Table::default()),
            (TagKind::EndTag, "table") => self.close_table(),
            (TagKind::StartTag, "tr") => {
                self.close_row();
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some(Vec::new());
                }
            }
            (TagKind::EndTag, "tr") => self.close_row(),
            (TagKind::StartTag, "td" | "th") => {
                self.close_cell();
                let span = tag
                    .attrs
                    .iter()
                    .find(|a| &*a.name.local == "colspan")
                    .and_then(|a| a.value.trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .clamp(1, MAX_CELLS);
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(String::new());
                    t.span = span;
                }
            }
            (TagKind::EndTag, "td" | "th") => self.close_cell(),
            (_, "br" | "p" | "div" | "li") => self.text(" "),
            _ => {}
        }
        TokenSinkResult::Continue
    }

    fn text(&mut self, s: &str) {
        if self.raw {
            return;
        }
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            // Bounded: a cell of a bill is short.
            if cell.len() < 4096 {
                cell.push_str(s);
            }
        }
    }
}

impl TokenSink for Rows {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut st = self.state.borrow_mut();
        match token {
            Token::TagToken(tag) => st.tag(&tag),
            Token::CharacterTokens(t) => {
                st.text(&t);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Collapse white space (the no-break and ideographic spaces included) and trim.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Row]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn rows_of_nested_and_sloppy_tables() {
        let html = r#"<html><head><title>账单 <td>no</td></title>
            <style>td { color: red }</style><script>var t = "<table><tr><td>x";</script></head>
            <body><table><tr><td>布局<table>
              <tr><th colspan=2>费用项目</th><th>金额</th>
              <tr><td>套餐及固定费用<td></td><td>58.00
              <tr><td>&nbsp;&nbsp;4G 套餐 <br>月费</td><td></td><td>58.00</td></tr>
              <!-- <tr><td>comment</td></tr> -->
            </table></td></tr></table>
            <p>outside any table</p>"#;
        let rows = rows(html);
        assert_eq!(
            texts(&rows),
            [
                vec!["费用项目", "", "金额"],
                vec!["套餐及固定费用", "", "58.00"],
                vec!["4G 套餐 月费", "", "58.00"],
                vec!["布局"],
            ]
        );
        assert!(!rows[1].indented);
        assert!(rows[2].indented);
    }

    #[test]
    fn markup_in_cells_stays_text() {
        let rows = rows(
            "<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>1.00</td></tr></table>",
        );
        assert_eq!(texts(&rows), [vec!["<script>alert(1)</script>", "1.00"]]);
    }
}
