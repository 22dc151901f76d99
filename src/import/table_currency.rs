//! The currency of a table's rows (bill lines and transactions): a currency column (币种,
//! 记账币种, Currency, Billing currency), a code or mark in the amount cell (`CNY 123.18`,
//! `12.00 USD`, `€12,00`), or a currency in the amount's header (`Betrag (EUR)`,
//! `金额(美元)`). A row with none of these states no currency: it is in the case's.

use std::borrow::Cow;

use super::header::{normalize_header, Field};
use crate::model::Currency;
use crate::parse::{clean, is_placeholder};

/// Headers of a currency column, the currency of the booked amount first: where a bank
/// lists both, 记账币种 (the account's) comes before 交易币种 (the purchase's). Normalised
/// (see [`normalize_header`]). `Original currency` columns are not here: they name the
/// currency before conversion, not the amount's.
const COLUMN_NAMES: &[&str] = &[
    "记账币种",
    "入账币种",
    "结算币种",
    "billingcurrency",
    "币种",
    "幣別",
    "幣種",
    "币别",
    "货币",
    "貨幣",
    "货币种类",
    "币种名称",
    "货币名称",
    "币种代码",
    "货币代码",
    "currency",
    "currencycode",
    "isocurrencycode",
    "ccy",
    "curr",
    "交易币种",
    "交易幣別",
    "transactioncurrency",
];

/// Where a table states its rows' currency.
#[derive(Debug, Clone, Default)]
pub struct TableCurrency {
    /// The currency column (0-based).
    pub col: Option<usize>,
    /// The currency the amount's header names.
    pub header: Option<Currency>,
}

impl TableCurrency {
    /// Find the currency column and the header currency of a table with these headers and
    /// columns (a column given as [`Field::Currency`], by a profile, comes first).
    pub fn of(raw: &[String], cols: &[(Field, usize)]) -> TableCurrency {
        let given = cols
            .iter()
            .find(|(f, _)| *f == Field::Currency)
            .map(|c| c.1);
        let norm: Vec<String> = raw.iter().map(|h| normalize_header(h)).collect();
        let col = given.or_else(|| {
            COLUMN_NAMES
                .iter()
                .find_map(|name| norm.iter().position(|h| h == name))
        });
        let header = [Field::Amount, Field::Expense, Field::Income]
            .iter()
            .filter_map(|f| cols.iter().find(|(g, _)| g == f).map(|c| c.1))
            .find_map(|i| raw.get(i).and_then(|h| Currency::in_header(h)));
        TableCurrency { col, header }
    }

    /// The currency of a row (`text` gives the text of a cell) whose amount is in one of
    /// `amount_cols`: its currency cell, else a code in its amount cell, else the header's.
    /// `Err(col)`: the currency cell names no currency.
    pub fn of_row<'r>(
        &self,
        text: &dyn Fn(usize) -> Cow<'r, str>,
        amount_cols: &[Option<usize>],
    ) -> Result<Option<Currency>, usize> {
        if let Some(i) = self.col {
            let t = text(i);
            let t = clean(&t);
            if !is_placeholder(t) {
                return Currency::named(t).map(Some).ok_or(i);
            }
        }
        let in_amount = amount_cols
            .iter()
            .flatten()
            .find_map(|&i| in_cell(&text(i)));
        Ok(in_amount.or(self.header))
    }
}

/// A currency written in an amount cell: a code or name before or after the number
/// (`CNY 123.18`, `CNY13.50`, `12.00 USD`, `RMB 5`), or a mark that names one currency
/// (`€12,00`, `US$5`). `¥` and `$` name several currencies: none.
pub fn in_cell(text: &str) -> Option<Currency> {
    let t = text.trim();
    // Nearly every cell: digits, signs and separators only.
    if t.bytes().all(|b| !b.is_ascii_alphabetic() && b < 0x80) {
        return None;
    }
    let is_num = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' ' | '\'');
    let head: &str = t.trim_end_matches(is_num).trim();
    let tail: &str = t.trim_start_matches(|c: char| !is_num(c) || c == ' ');
    let tail = tail.trim_start_matches(is_num).trim();
    [head, tail]
        .into_iter()
        .filter(|w| !w.is_empty() && *w != t)
        .find_map(|w| Currency::named(w.trim_start_matches(['-', '+']).trim()))
        .or_else(|| {
            // A mark right before the number: `€12,00`, `-€5`, `HK$ 30`.
            let lead = t.trim_start_matches(['-', '+', ' ']);
            let mark: String = lead.chars().take_while(|c| !c.is_ascii_digit()).collect();
            Currency::named(mark.trim())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn codes_in_amount_cells() {
        let got = |t: &str| in_cell(t).map(|c| c.to_string());
        assert_eq!(got("CNY 123.18").as_deref(), Some("CNY"));
        assert_eq!(got("CNY13.50").as_deref(), Some("CNY"));
        assert_eq!(got("12.00 USD").as_deref(), Some("USD"));
        assert_eq!(got("-12.00 usd").as_deref(), Some("USD"));
        assert_eq!(got("€12,00").as_deref(), Some("EUR"));
        assert_eq!(got("-€5").as_deref(), Some("EUR"));
        assert_eq!(got("RMB 5").as_deref(), Some("CNY"));
        assert_eq!(got("12.00"), None);
        assert_eq!(got("¥12.00"), None);
        assert_eq!(got("$12.00"), None);
        assert_eq!(got("12.00 CR"), None);
        assert_eq!(got("1,234.56"), None);
    }

    /// The booked amount's currency column wins over the purchase's; a profile's column over
    /// both; a header names the currency of rows whose cells name none.
    #[test]
    fn columns_and_headers() {
        let h = s(&["交易日期", "交易金额", "交易币种", "记账金额", "记账币种"]);
        let cols = [(Field::Date, 0), (Field::Amount, 3)];
        assert_eq!(TableCurrency::of(&h, &cols).col, Some(4));
        let cols = [(Field::Date, 0), (Field::Amount, 3), (Field::Currency, 2)];
        assert_eq!(TableCurrency::of(&h, &cols).col, Some(2));
        let h = s(&["Buchungstag", "Betrag (EUR)"]);
        let t = TableCurrency::of(&h, &[(Field::Date, 0), (Field::Amount, 1)]);
        assert_eq!(
            (t.col, t.header.map(|c| c.to_string())),
            (None, Some("EUR".into()))
        );
        let row = s(&["2025-01-01", "-1,00"]);
        let cell = |i: usize| Cow::Borrowed(row[i].as_str());
        assert_eq!(
            t.of_row(&cell, &[Some(1)]).unwrap().unwrap().as_str(),
            "EUR"
        );
        let h = s(&["日期", "金额", "币种"]);
        let t = TableCurrency::of(&h, &[(Field::Date, 0), (Field::Amount, 1)]);
        let of = |r: &[&str]| {
            let row = s(r);
            let cell = |i: usize| Cow::Owned(row[i].clone());
            t.of_row(&cell, &[Some(1)])
                .map(|c| c.map(|c| c.to_string()))
        };
        assert_eq!(of(&["x", "1", "美元"]), Ok(Some("USD".into())));
        assert_eq!(of(&["x", "1", "人民币"]), Ok(Some("CNY".into())));
        assert_eq!(of(&["x", "1", ""]), Ok(None));
        assert_eq!(of(&["x", "1", "-"]), Ok(None));
        assert_eq!(of(&["x", "1", "金币"]), Err(2));
    }
}
