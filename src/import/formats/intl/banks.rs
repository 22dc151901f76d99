//! Western bank and card CSV exports: Chase (card and checking), Mercury, Plaid, Wealthsimple,
//! BeanHub's generic CSV, BMO (credit and debit, with a "Following data is valid as of"
//! preamble), HSBC Hong Kong (credit and debit, amounts in quotes followed by a TAB), Revolut
//! (the current layout and the 2019 `;` one), DKB and ING Germany (`;`, decimal comma,
//! Latin-1, German headers), Venmo and UOB Singapore (`30 Jun 2023`).

use crate::import::formats::spec::{Matching, Spec, BASE};
use crate::import::header::Field;

/// The defaults of a bank layout: a header cell matches whole or without its unit in
/// brackets (`Betrag (EUR)`, `Paid Out (GBP)`).
const BANK: Spec<'static> = Spec {
    matching: Matching::ExactThenBase,
    ..BASE
};

pub(crate) static SPECS: &[Spec] = &[
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
            (Field::Date, &["transactiondate"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["memo"]),
            (Field::Amount, &["amount"]),
        ],
        date_format: Some("%m/%d/%Y"),
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["postingdate"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["type"]),
            (Field::Amount, &["amount"]),
        ],
        date_format: Some("%m/%d/%Y"),
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["date(utc)"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["bankdescription"]),
            (Field::Amount, &["amount"]),
            (Field::Status, &["status"]),
        ],
        date_format: Some("%m-%d-%Y"),
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["date"]),
            (Field::Counterparty, &["name"]),
            (Field::Description, &["merchantname"]),
            (Field::Amount, &["amount"]),
            (Field::TxId, &["transactionid"]),
        ],
        date_format: None,
        spend_positive: true,
        ..BANK
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
            (Field::Date, &["date"]),
            (Field::Counterparty, &["payee"]),
            (Field::Description, &["desc"]),
            (Field::Amount, &["amount"]),
            (Field::Direction, &["type"]),
            (Field::TxId, &["transactionid"]),
        ],
        date_format: None,
        spend_positive: false,
        ..BANK
    },
    Spec {
        id: "wealthsimple-csv",
        // Exactly its five columns: other exports have these and more.
        accept: |h, _| h.norm.iter().filter(|c| !c.is_empty()).count() == 5,
        required: &["date", "transaction", "description", "amount", "balance"],
        cols: &[
            (Field::Date, &["date"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["transaction"]),
            (Field::Amount, &["amount"]),
        ],
        date_format: None,
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["transactiondate"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["description"]),
            (Field::Amount, &["transactionamount"]),
        ],
        date_format: Some("%Y%m%d"),
        spend_positive: true,
        ..BANK
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
            (Field::Date, &["dateposted"]),
            (Field::Direction, &["transactiontype"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["description"]),
            (Field::Amount, &["transactionamount"]),
        ],
        date_format: Some("%Y%m%d"),
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["transactiondate"]),
            (Field::Counterparty, &["merchantname"]),
            (Field::Description, &["description"]),
            (Field::Amount, &["billingamount"]),
            (Field::Status, &["transactionstatus"]),
            (Field::Direction, &["credit/debit"]),
        ],
        date_format: Some("%d/%m/%Y"),
        spend_positive: false,
        ..BANK
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
            (Field::Date, &["date"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["description"]),
            (Field::Amount, &["billingamount"]),
        ],
        date_format: Some("%d/%m/%Y"),
        spend_positive: false,
        ..BANK
    },
    // Chase checking and savings accounts: the payee is in Description; Details only says
    // DEBIT/CREDIT/CHECK (the amount is signed).
    Spec {
        id: "revolut-csv",
        required: &[
            "type",
            "product",
            "starteddate",
            "completeddate",
            "description",
            "amount",
            "fee",
            "currency",
            "state",
        ],
        cols: &[
            (Field::Date, &["completeddate"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["type"]),
            (Field::Amount, &["amount"]),
            (Field::Status, &["state"]),
        ],
        fee: Some("fee"),
        date_fallback: Some("starteddate"),
        ..BANK
    },
    Spec {
        id: "revolut-csv-2019",
        required: &["completeddate", "description", "paidout", "paidin"],
        cols: &[
            (Field::Date, &["completeddate"]),
            (Field::Counterparty, &["description"]),
            (Field::Expense, &["paidout"]),
            (Field::Income, &["paidin"]),
        ],
        date_format: Some("%d %b %Y"),
        more_description: &["notes", "category"],
        ..BANK
    },
    Spec {
        id: "dkb-csv",
        required: &[
            "buchungstag",
            "wertstellung",
            "auftraggeber/begünstigter",
            "verwendungszweck",
            "betrag",
        ],
        cols: &[
            (Field::Date, &["buchungstag"]),
            (Field::Counterparty, &["auftraggeber/begünstigter"]),
            (Field::Description, &["verwendungszweck"]),
            (Field::Amount, &["betrag"]),
        ],
        date_format: Some("%d.%m.%Y"),
        decimal_comma: true,
        more_description: &["buchungstext"],
        ..BANK
    },
    Spec {
        id: "dkb-csv-2023",
        required: &[
            "buchungsdatum",
            "zahlungspflichtige*r",
            "zahlungsempfänger*in",
            "verwendungszweck",
            "betrag",
        ],
        cols: &[
            (Field::Date, &["buchungsdatum"]),
            (Field::Counterparty, &["zahlungsempfänger*in"]),
            (Field::Description, &["verwendungszweck"]),
            (Field::Amount, &["betrag"]),
            (Field::Status, &["status"]),
        ],
        date_format: Some("%d.%m.%y"),
        decimal_comma: true,
        counterparty_in: Some("zahlungspflichtige*r"),
        ..BANK
    },
    Spec {
        id: "ing-de-csv",
        required: &[
            "buchung",
            "auftraggeber/empfänger",
            "buchungstext",
            "verwendungszweck",
            "betrag",
        ],
        cols: &[
            (Field::Date, &["buchung"]),
            (Field::Counterparty, &["auftraggeber/empfänger"]),
            (Field::Description, &["verwendungszweck"]),
            (Field::Amount, &["betrag"]),
        ],
        date_format: Some("%d.%m.%Y"),
        decimal_comma: true,
        more_description: &["buchungstext"],
        ..BANK
    },
    Spec {
        id: "venmo-csv",
        required: &[
            "id",
            "datetime",
            "type",
            "status",
            "note",
            "from",
            "to",
            "amount(total)",
        ],
        cols: &[
            (Field::Date, &["datetime"]),
            (Field::Counterparty, &["to"]),
            (Field::Description, &["note"]),
            (Field::Amount, &["amount(total)"]),
            (Field::TxId, &["id"]),
        ],
        counterparty_in: Some("from"),
        more_description: &["type"],
        ..BANK
    },
    Spec {
        // Dates like `8/10/2016`, month first: a later row settles the order (look-ahead).
        id: "mint-csv",
        required: &[
            "date",
            "description",
            "originaldescription",
            "amount",
            "transactiontype",
            "accountname",
        ],
        cols: &[
            (Field::Date, &["date"]),
            (Field::Counterparty, &["description"]),
            (Field::Description, &["originaldescription"]),
            (Field::Amount, &["amount"]),
            (Field::Direction, &["transactiontype"]),
        ],
        more_description: &["accountname"],
        ..BANK
    },
    Spec {
        id: "uob-xls",
        required: &[
            "transactiondate",
            "transactiondescription",
            "withdrawal",
            "deposit",
        ],
        cols: &[
            (Field::Date, &["transactiondate"]),
            (Field::Counterparty, &["transactiondescription"]),
            (Field::Description, &["transactiondescription"]),
            (Field::Expense, &["withdrawal"]),
            (Field::Income, &["deposit"]),
        ],
        date_format: Some("%d %b %Y"),
        ..BANK
    },
];

#[cfg(test)]
mod tests {
    use crate::import::formats::detect_builtin as detect;
    use crate::import::generic::{source, Layout, Outcome};
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

    fn tx(l: &mut Layout, r: &[&str]) -> crate::model::Transaction {
        match l.read_row(&row(r), source(&Arc::from("t.csv"), 2)) {
            Outcome::Tx(t) => t,
            o => panic!("{o:?}"),
        }
    }

    /// The layouts added for what people hold: fees, German decimal commas and dates,
    /// two-column money, the payer of money received, `30 Jun 2023`.
    #[test]
    fn revolut_dkb_chase_checking_venmo_uob() {
        let h = "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance";
        let mut l = detect(&row(&h.split(',').collect::<Vec<_>>()), &[]).unwrap();
        assert_eq!(l.format_id, "revolut-csv");
        let t = tx(
            &mut l,
            &[
                "CARD_PAYMENT",
                "Current",
                "2021-09-03 18:13:48",
                "2021-09-05 18:22:20",
                "Vodafone",
                "-20.00",
                "0.35",
                "EUR",
                "COMPLETED",
                "1",
            ],
        );
        assert_eq!(
            (t.amount, t.date.to_string().as_str()),
            (dec!(-20.35), "2021-09-05 18:22:20")
        );
        assert!(matches!(
            l.read_row(
                &row(&[
                    "CARD_PAYMENT",
                    "Current",
                    "2021-09-03 18:13:48",
                    "",
                    "X",
                    "-5",
                    "0",
                    "EUR",
                    "REVERTED",
                    ""
                ]),
                source(&Arc::from("t.csv"), 3)
            ),
            Outcome::Skip(_)
        ));
        let mut l = detect(
            &row(&[
                "Completed Date",
                "Description",
                "Paid Out (GBP)",
                "Paid In (GBP)",
                "Exchange Out",
                "Exchange In",
                "Balance (GBP)",
                "Category",
                "Notes",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "revolut-csv-2019");
        assert_eq!(
            tx(
                &mut l,
                &[
                    "2 Jan 2019",
                    "EE Limited",
                    "12.50",
                    "",
                    "",
                    "",
                    "100.00",
                    "bills",
                    ""
                ]
            )
            .amount,
            dec!(-12.50)
        );
        let mut l = detect(
            &row(&[
                "Buchungsdatum",
                "Wertstellung",
                "Status",
                "Zahlungspflichtige*r",
                "Zahlungsempfänger*in",
                "Verwendungszweck",
                "Umsatztyp",
                "IBAN",
                "Betrag (€)",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "dkb-csv-2023");
        let t = tx(
            &mut l,
            &[
                "05.01.24",
                "05.01.24",
                "Gebucht",
                "Max",
                "Telekom Deutschland",
                "Rechnung",
                "Ausgang",
                "DE1",
                "-1.234,56",
            ],
        );
        assert_eq!(
            (t.amount, t.counterparty.as_str()),
            (dec!(-1234.56), "Telekom Deutschland")
        );
        let t = tx(
            &mut l,
            &[
                "06.01.24",
                "06.01.24",
                "Gebucht",
                "Arbeitgeber",
                "Max",
                "Lohn",
                "Eingang",
                "DE1",
                "2.000,00",
            ],
        );
        assert_eq!(
            (t.amount, t.counterparty.as_str()),
            (dec!(2000.00), "Arbeitgeber")
        );
        let mut l = detect(
            &row(&[
                "Details",
                "Posting Date",
                "Description",
                "Amount",
                "Type",
                "Balance",
                "Check or Slip #",
                "",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "chase-checking-csv");
        let t = tx(
            &mut l,
            &[
                "DEBIT",
                "01/05/2024",
                "VERIZON WIRELESS PAYMENTS",
                "-85.00",
                "ACH_DEBIT",
                "1000.00",
                "",
                "",
            ],
        );
        assert_eq!(
            (t.amount, t.date.to_string().as_str()),
            (dec!(-85.00), "2024-01-05 00:00:00")
        );
        let mut l = detect(
            &row(&[
                "Transaction Date",
                "Transaction Description",
                "Withdrawal",
                "Deposit",
                "Available Balance",
            ]),
            &[],
        )
        .unwrap();
        assert_eq!(l.format_id, "uob-xls");
        assert_eq!(
            tx(&mut l, &["30 Jun 2023", "Singtel", "45.00", "0", ""]).amount,
            dec!(-45.00)
        );
    }
}
