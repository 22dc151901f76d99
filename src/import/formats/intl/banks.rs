//! Western bank and card CSV exports: Chase, Mercury, Plaid, Wealthsimple, BeanHub's generic
//! CSV, BMO (credit and debit, with a "Following data is valid as of" preamble) and HSBC
//! Hong Kong (credit and debit, amounts in quotes followed by a TAB).

use crate::import::generic::Layout;
use crate::import::header::{normalize_header, Field};

/// One bank layout: the (normalised) header cells it must have, which column is which,
/// and its conventions.
struct Spec {
    id: &'static str,
    required: &'static [&'static str],
    cols: &'static [(Field, &'static str)],
    /// chrono format of the date column (`%m/%d/%Y`); `None` for ISO dates.
    date_format: Option<&'static str>,
    /// One amount column where spending is positive (card statements, Plaid).
    spend_positive: bool,
}

const SPECS: &[Spec] = &[
    Spec {
        id: "chase-csv",
        required: &[
            "transactiondate",
            "postdate",
            "description",
            "category",
            "type",
            "amount",
            "memo",
        ],
        cols: &[
            (Field::Date, "transactiondate"),
            (Field::Counterparty, "description"),
            (Field::Description, "memo"),
            (Field::Amount, "amount"),
        ],
        date_format: Some("%m/%d/%Y"),
        spend_positive: false,
    },
    // Chase checking and savings accounts: the payee is in Description; Details only says
    // DEBIT/CREDIT/CHECK (the amount is signed).
    Spec {
        id: "chase-checking-csv",
        required: &[
            "details",
            "postingdate",
            "description",
            "amount",
            "type",
            "balance",
        ],
        cols: &[
            (Field::Date, "postingdate"),
            (Field::Counterparty, "description"),
            (Field::Description, "type"),
            (Field::Amount, "amount"),
        ],
        date_format: Some("%m/%d/%Y"),
        spend_positive: false,
    },
    Spec {
        id: "mercury-csv",
        required: &[
            "date(utc)",
            "description",
            "amount",
            "status",
            "sourceaccount",
            "bankdescription",
        ],
        cols: &[
            (Field::Date, "date(utc)"),
            (Field::Counterparty, "description"),
            (Field::Description, "bankdescription"),
            (Field::Amount, "amount"),
            (Field::Status, "status"),
        ],
        date_format: Some("%m-%d-%Y"),
        spend_positive: false,
    },
    Spec {
        id: "plaid-csv",
        required: &[
            "date",
            "name",
            "amount",
            "pending",
            "accountid",
            "merchantname",
            "transactionid",
        ],
        cols: &[
            (Field::Date, "date"),
            (Field::Counterparty, "name"),
            (Field::Description, "merchantname"),
            (Field::Amount, "amount"),
            (Field::TxId, "transactionid"),
        ],
        date_format: None,
        spend_positive: true,
    },
    Spec {
        id: "beanhub-csv",
        required: &[
            "transactionid",
            "date",
            "postdate",
            "desc",
            "bankdesc",
            "amount",
            "currency",
            "type",
            "payee",
        ],
        cols: &[
            (Field::Date, "date"),
            (Field::Counterparty, "payee"),
            (Field::Description, "desc"),
            (Field::Amount, "amount"),
            (Field::Direction, "type"),
            (Field::TxId, "transactionid"),
        ],
        date_format: None,
        spend_positive: false,
    },
    Spec {
        id: "wealthsimple-csv",
        required: &["date", "transaction", "description", "amount", "balance"],
        cols: &[
            (Field::Date, "date"),
            (Field::Counterparty, "description"),
            (Field::Description, "transaction"),
            (Field::Amount, "amount"),
        ],
        date_format: None,
        spend_positive: false,
    },
    Spec {
        id: "bmo-credit-csv",
        required: &[
            "item#",
            "card#",
            "transactiondate",
            "postingdate",
            "transactionamount",
            "description",
        ],
        cols: &[
            (Field::Date, "transactiondate"),
            (Field::Counterparty, "description"),
            (Field::Description, "description"),
            (Field::Amount, "transactionamount"),
        ],
        date_format: Some("%Y%m%d"),
        spend_positive: true,
    },
    Spec {
        id: "bmo-debit-csv",
        required: &[
            "firstbankcard",
            "transactiontype",
            "dateposted",
            "transactionamount",
            "description",
        ],
        cols: &[
            (Field::Date, "dateposted"),
            (Field::Direction, "transactiontype"),
            (Field::Counterparty, "description"),
            (Field::Description, "description"),
            (Field::Amount, "transactionamount"),
        ],
        date_format: Some("%Y%m%d"),
        spend_positive: false,
    },
    Spec {
        id: "hsbchk-credit-csv",
        required: &[
            "transactiondate",
            "postdate",
            "description",
            "billingamount",
            "billingcurrency",
            "transactionstatus",
            "merchantname",
            "credit/debit",
        ],
        cols: &[
            (Field::Date, "transactiondate"),
            (Field::Counterparty, "merchantname"),
            (Field::Description, "description"),
            (Field::Amount, "billingamount"),
            (Field::Status, "transactionstatus"),
            (Field::Direction, "credit/debit"),
        ],
        date_format: Some("%d/%m/%Y"),
        spend_positive: false,
    },
    Spec {
        id: "hsbchk-debit-csv",
        required: &[
            "date",
            "description",
            "billingamount",
            "billingcurrency",
            "balance",
            "balancecurrency",
        ],
        cols: &[
            (Field::Date, "date"),
            (Field::Counterparty, "description"),
            (Field::Description, "description"),
            (Field::Amount, "billingamount"),
        ],
        date_format: Some("%d/%m/%Y"),
        spend_positive: false,
    },
];

/// Recognise a Western bank CSV header.
pub fn detect(raw: &[String], _preamble: &[String]) -> Option<Layout> {
    let norm: Vec<String> = raw.iter().map(|h| normalize_header(h)).collect();
    let find = |name: &str| norm.iter().position(|h| h == name);
    let spec = SPECS.iter().find(|s| {
        s.required.iter().all(|r| find(r).is_some())
            && (s.id != "wealthsimple-csv" || norm.iter().filter(|h| !h.is_empty()).count() == 5)
    })?;
    let cols = spec
        .cols
        .iter()
        .filter_map(|(f, name)| find(name).map(|i| (*f, i)))
        .collect();
    let mut l = Layout::transactions(spec.id, raw, cols);
    l.opts.date_format = spec.date_format.map(str::to_string);
    l.opts.spend_positive = spec.spend_positive;
    Some(l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::generic::{source, Outcome};
    use rust_decimal_macros::dec;
    use std::sync::Arc;

    fn row(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn amount_of(l: &mut Layout, r: &[&str]) -> rust_decimal::Decimal {
        match l.read_row(&row(r), source(&Arc::from("t.csv"), 2)) {
            Outcome::Tx(t) => t.amount,
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn chase_checking_reads_the_payee_from_description() {
        let mut l = detect(
            &row(&[
                "Details",
                "Posting Date",
                "Description",
                "Amount",
                "Type",
                "Balance",
                "Check or Slip #",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "chase-checking-csv");
        let r = row(&[
            "DEBIT",
            "02/20/2025",
            "ATT Payment ID: 99887766",
            "-60.00",
            "ACH_DEBIT",
            "1,040.00",
            "",
            "",
        ]);
        match l.read_row(&r, source(&Arc::from("t.csv"), 2)) {
            Outcome::Tx(t) => {
                assert_eq!(t.amount, dec!(-60.00));
                assert_eq!(t.counterparty, "ATT Payment ID: 99887766");
                assert_eq!(t.description, "ACH_DEBIT");
                assert_eq!(
                    t.date.date(),
                    chrono::NaiveDate::from_ymd_opt(2025, 2, 20).unwrap()
                );
            }
            o => panic!("{o:?}"),
        }
    }

    #[test]
    fn signs_per_bank() {
        let mut l = detect(
            &row(&[
                "Transaction Date",
                "Post Date",
                "Description",
                "Category",
                "Type",
                "Amount",
                "Memo",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "chase-csv");
        assert_eq!(
            amount_of(
                &mut l,
                &[
                    "04/03/2024",
                    "04/05/2024",
                    "NORTHWIND MOBILE",
                    "Bills",
                    "Sale",
                    "-45.00",
                    ""
                ]
            ),
            dec!(-45.00)
        );
        let mut l = detect(
            &row(&[
                "Item #",
                "Card #",
                "Transaction Date",
                "Posting Date",
                "Transaction Amount",
                "Description",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(
            amount_of(
                &mut l,
                &["1", "'5100'", "20250103", "20250104", "45.00", "NORTHWIND"]
            ),
            dec!(-45.00)
        );
        let mut l = detect(
            &row(&[
                "Transaction date",
                "Post date",
                "Description",
                "Billing amount",
                "Billing currency",
                "Transaction status",
                "Merchant name",
                "Country / region",
                "Area / district",
                "Credit / Debit",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(
            amount_of(
                &mut l,
                &[
                    "09/04/2025",
                    "10/04/2025",
                    "X",
                    "-1,099.14\t",
                    "HKD",
                    "POSTED",
                    "X",
                    "",
                    "",
                    "DEBIT"
                ]
            ),
            dec!(-1099.14)
        );
        assert!(detect(&row(&["date", "amount"]), &[]).is_none());
    }
}
