//! Conformance over the real public samples of Western statement formats, bank CSVs,
//! carrier files and CDR datasets in `../shared/samples/{ofx,camt,mt940,bank-csv,
//! telecom-intl,cdr}`. The samples are test data only and are not in this repository (several
//! are GPL); when the folder is missing the test says so and passes.
//!
//! Every sample file has an explicit expectation below: either the format id with the rows,
//! records, counted skips and row errors (every row must be accounted for), and whether the
//! totals the file states reconcile; or a clear whole-file failure (signon/profile replies,
//! a tower list, deliberately broken files, formats not read yet) with part of its message.
//!
//! Many of these samples come from parser test suites (genkgo/camt, mt940-rs, wolph/mt940)
//! whose authors edited amounts by hand, so their stated closing balances do not match the
//! entries (e.g. ABN AMRO `:60F:` 1111,10 − 14,74 ≠ `:62F:` 2222,20). Those are `Mismatch`,
//! and the test checks that the mismatch is reported rather than hidden.

use std::path::{Path, PathBuf};

use billaudit::import::{import_file, Collect, ImportOptions};

mod common;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Recon {
    /// The file states no totals that can be checked.
    NoTotals,
    /// Every stated total matches the entries.
    Balanced,
    /// At least one stated total does not match; the mismatch is reported.
    Mismatch,
}

#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Recognised as this format: rows, records, counted skips, row errors, reconciliation.
    Reads(&'static str, u64, u64, u64, u64, Recon),
    /// Not usable as a whole: a clear failure containing this text (never a panic).
    Fails(&'static str),
}

use Expect::*;
use Recon::*;

fn table() -> Vec<(&'static str, Expect)> {
    vec![
        ("bank-csv/LaunchPlatform__beanhub-extract/chase_credit_card.csv", Reads("chase-csv", 6, 5, 1, 0, NoTotals)),
        ("bank-csv/LaunchPlatform__beanhub-extract/csv.csv", Reads("beanhub-csv", 3, 2, 1, 0, NoTotals)),
        ("bank-csv/LaunchPlatform__beanhub-extract/empty.csv", Fails("not recognised: empty file")),
        ("bank-csv/LaunchPlatform__beanhub-extract/mercury.csv", Reads("mercury-csv", 5, 4, 1, 0, NoTotals)),
        ("bank-csv/LaunchPlatform__beanhub-extract/plaid.csv", Reads("plaid-csv", 7, 6, 1, 0, NoTotals)),
        ("bank-csv/LaunchPlatform__beanhub-extract/wealthsimple.csv", Reads("wealthsimple-csv", 6, 5, 1, 0, NoTotals)),
        ("bank-csv/deb-sig__double-entry-generator/bmo-credit/example-bmo-records.csv", Reads("bmo-credit-csv", 6, 3, 3, 0, NoTotals)),
        ("bank-csv/deb-sig__double-entry-generator/bmo-debit/example-bmo-records.csv", Reads("bmo-debit-csv", 10, 4, 6, 0, NoTotals)),
        ("bank-csv/deb-sig__double-entry-generator/example-td-records.csv", Reads("td-csv", 11, 9, 2, 0, NoTotals)),
        ("bank-csv/deb-sig__double-entry-generator/hsbchk-credit/example-hsbchk-credit-records.csv", Reads("hsbchk-credit-csv", 12, 11, 1, 0, NoTotals)),
        ("bank-csv/deb-sig__double-entry-generator/hsbchk-debit/example-hsbchk-debit-records.csv", Reads("hsbchk-debit-csv", 11, 10, 1, 0, NoTotals)),
        // Samples added 2026-11-25: Revolut (current layout), DKB and ING Germany (`;`, decimal
        // comma, Latin-1), UOB (`30 Jun 2023`), Venmo (`+ $1,150.00`; `From` is the payer of
        // money received) and Mint.
        ("bank-csv/mlaitinen__ofxstatement-revolut/2021-october.csv", Reads("revolut-csv", 8, 7, 1, 0, NoTotals)),
        ("bank-csv/siddhantgoel__beancount-dkb/ec_non_empty.csv", Reads("dkb-csv", 8, 1, 7, 0, NoTotals)),
        ("bank-csv/fabolhak__ofxstatement-de-ing/test_with_saldo_1.csv", Reads("ing-de-csv", 24, 9, 15, 0, NoTotals)),
        ("bank-csv/redstreet__beancount_reds_importers/uob_ACC_TXN_History_1234_clean.xls", Reads("uob-xls", 16, 8, 8, 0, NoTotals)),
        ("bank-csv/jbms__beancount-import/venmo_transactions.csv", Reads("venmo-csv", 51, 50, 1, 0, NoTotals)),
        // `8/10/2016` waits for `11/27/2013` on the next row to show the dates are month-first.
        ("bank-csv/jbms__beancount-import/mint.csv", Reads("mint-csv", 4, 3, 1, 0, NoTotals)),
        // The second STMTTRN sits after BANKTRANLIST was closed: read, with a note.
        ("ofx/redstreet__beancount_reds_importers/ally_transactions.qfx", Reads("ofx-sgml", 2, 2, 0, 0, NoTotals)),
        // The T-Mobile PDF: 254 lines of text, 14 line items, every stated total checked (see
        // tmobile_pdf_items_and_totals below for each item and check).
        ("telecom-intl/asadhusain97__family_phone_bill_automation/T-Mobile Bill_example.pdf", Reads("tmobile-pdf", 254, 14, 240, 0, Balanced)),
        ("camt/genkgo__camt/camt052.v1.xml", Reads("camt.052", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt052.v2.xml", Reads("camt.052", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt052.v4.xml", Reads("camt.052", 1, 0, 1, 0, NoTotals)),
        ("camt/genkgo__camt/camt052.v6.Amt-zero.xml", Reads("camt.052", 1, 0, 1, 0, NoTotals)),
        ("camt/genkgo__camt/camt052.v6.xml", Reads("camt.052", 1, 0, 1, 0, NoTotals)),
        ("camt/genkgo__camt/camt052.v8.xml", Reads("camt.052", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt053.v2.all-balance-types.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v2.five.decimals.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v2.minimal.ultimate.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v2.minimal.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v2.multi.statement.xml", Reads("camt.053", 2, 2, 0, 0, Balanced)),
        ("camt/genkgo__camt/camt053.v2.with-account-name.xml", Reads("camt.053", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt053.v2.with-party-ids.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v2.wrong.xml", Fails("not recognised: a camt.053.001.02 document without any Stmt ")),
        ("camt/genkgo__camt/camt053.v3.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt053.v4.xml", Reads("camt.053", 1, 1, 0, 0, Mismatch)),
        ("camt/genkgo__camt/camt054.v2.xml", Reads("camt.054", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt054.v4.xml", Reads("camt.054", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt054.v8-with-UETR.xml", Reads("camt.054", 1, 0, 0, 1, NoTotals)),
        ("camt/genkgo__camt/camt054.v8.xml", Reads("camt.054", 1, 1, 0, 0, NoTotals)),
        ("camt/genkgo__camt/camt53.only-Dt-with-DtTm.xml", Reads("camt.053", 0, 0, 0, 0, NoTotals)),
        ("cdr/cdr-stats__cdr-stats/CDRImport-2015-10-26.csv", Reads("cdr-stats", 6, 5, 1, 0, NoTotals)),
        ("cdr/cdr-stats__cdr-stats/import_cdr.txt", Fails("not recognised: no header row of a bill (账期/项目/金额), usage de")),
        ("cdr/cdr-stats__cdr-stats/import_cdr_100.txt", Fails("not recognised: no header row of a bill (账期/项目/金额), usage de")),
        ("cdr/cdr-stats__cdr-stats/import_voipcall_report.txt", Reads("cdr-voipcall", 10, 3, 6, 1, NoTotals)),
        ("cdr/computationalprivacy__bandicoot/manual/A.csv", Reads("cdr-bandicoot", 8, 7, 1, 0, NoTotals)),
        ("cdr/computationalprivacy__bandicoot/manual/A_orange.csv", Reads("cdr-bandicoot-orange", 7, 7, 0, 0, NoTotals)),
        ("cdr/computationalprivacy__bandicoot/manual/recharges/A.csv", Reads("cdr-bandicoot-recharges", 6, 4, 1, 1, NoTotals)),
        ("cdr/computationalprivacy__bandicoot/towers.csv", Fails("not recognised: a list of antenna locations (antenna_id, lat")),
        ("cdr/computationalprivacy__bandicoot/u_test.csv", Reads("cdr-bandicoot-orange", 500, 500, 0, 0, NoTotals)),
        ("mt940/svenstaro__mt940-rs/mt940/full/abnamro/mt940.sta", Reads("mt940", 4, 4, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/betterplace/sepa_mt9401.sta", Reads("mt940", 97, 97, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/betterplace/sepa_snippet.sta", Reads("mt940", 11, 11, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/betterplace/sepa_snippet_broken.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/betterplace/with_binary_character.sta", Reads("mt940", 4, 4, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/bugs/issue-51.sta", Reads("mt940", 3, 3, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/cmxl/mt940_1.sta", Reads("mt940", 2, 2, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/cmxl/mt940_2.sta", Reads("mt940", 3, 3, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/danskebank/MT940_DK_Example.sta", Reads("mt940", 89, 89, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/danskebank/MT940_FI_Example.sta", Reads("mt940", 6, 6, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/danskebank/MT940_NO_Example.sta", Reads("mt940", 24, 24, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/abnamro.sta", Reads("mt940", 10, 10, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/ing.sta", Reads("mt940", 7, 7, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/knab.sta", Reads("mt940", 3, 3, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/knab_broken.sta", Reads("mt940", 3, 2, 0, 1, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/postfinance.sta", Reads("mt940", 4, 4, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/rabobank-iban.sta", Reads("mt940", 4, 4, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/jejik/sns.sta", Reads("mt940", 2, 2, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/mBank/mt940.sta", Reads("mt940", 3, 3, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/full/mBank/with_newline_in_tnr.sta", Reads("mt940", 2, 2, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/full/sparkasse/buxtehude.sta", Reads("mt940", 3, 3, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/february_30.sta", Reads("mt940", 1, 0, 0, 1, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/incomplete_tag_61.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/invalid_statement.sta", Fails("not recognised: no header row of a bill (账期/项目/金额), usage de")),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/invalid_utf8.sta", Reads("mt940", 7, 7, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/overly_long_details.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/unexpected_tag.sta", Reads("mt940", 1, 1, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt940/special-cases/unknown_tag.sta", Reads("mt940", 1, 1, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt942/full/cmxl/mt942_1.sta", Fails("not recognised: empty file")),
        ("mt940/svenstaro__mt940-rs/mt942/full/jejik/generic.sta", Reads("mt940", 2, 2, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt942/full/jejik/rabobank.sta", Reads("mt940", 5, 5, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt942/full/jejik/triodos.sta", Reads("mt940", 2, 2, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt942/full/mBank/mt942.sta", Reads("mt940", 11, 11, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt942/full/sberbank/171011_01234945.sta", Reads("mt940", 3, 3, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt942/special-cases/long_statement_number.sta", Reads("mt940", 0, 0, 0, 0, Balanced)),
        ("mt940/svenstaro__mt940-rs/mt942/special-cases/mt942.sta", Reads("mt942", 1, 1, 0, 0, Mismatch)),
        ("mt940/svenstaro__mt940-rs/mt942/special-cases/raphaelm.sta", Reads("mt940", 9, 9, 0, 0, Balanced)),
        ("mt940/wolph__mt940/ASNB/mt940.txt", Reads("mt940", 8, 8, 0, 0, Balanced)),
        ("mt940/wolph__mt940/ASNB/mt940_with_spaces_for_entry_date.txt", Reads("mt940", 8, 8, 0, 0, Balanced)),
        ("mt940/wolph__mt940/betterplace/amount_formats.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/betterplace/currency_in_25.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/betterplace/empty_86.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/betterplace/empty_entry_date.sta", Reads("mt940", 1, 1, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/betterplace/empty_line.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/betterplace/missing_crlf_at_end.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/citi/mt940.txt", Reads("mt940", 5, 5, 0, 0, Balanced)),
        ("mt940/wolph__mt940/self-provided/account_identification.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/self-provided/details_60-63.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/wolph__mt940/self-provided/empty_non_swift.sta", Reads("mt940", 0, 0, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/self-provided/gv_codes.sta", Reads("mt940", 2, 2, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/self-provided/malformed_details.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/wolph__mt940/self-provided/multiline.sta", Reads("mt940", 1, 1, 0, 0, Balanced)),
        ("mt940/wolph__mt940/self-provided/sparkassen.sta", Reads("mt940", 1, 1, 0, 0, NoTotals)),
        ("mt940/wolph__mt940/self-provided/transaction_details_wrapped.sta", Reads("mt940", 1, 0, 0, 1, Mismatch)),
        ("mt940/wolph__mt940/self-provided/whitespace.sta", Reads("mt940", 1, 1, 0, 0, Mismatch)),
        ("mt940/wolph__mt940/self-provided/wrapped_timestamp.sta", Reads("mt940", 1, 0, 0, 1, Mismatch)),
        ("ofx/csingley__ofxtools/br_nubank_cc.ofx", Reads("ofx-sgml", 6, 6, 0, 0, NoTotals)),
        ("ofx/csingley__ofxtools/invstmtrs.ofx", Reads("ofx-xml", 2, 1, 1, 0, NoTotals)),
        ("ofx/csingley__ofxtools/profrs.ofx", Fails("not recognised: an OFX profile response (PROFRS), not a stat")),
        ("ofx/csingley__ofxtools/stmtrs.ofx", Reads("ofx-xml", 2, 2, 0, 0, NoTotals)),
        ("ofx/csingley__ofxtools/stmtrs_euro.ofx", Reads("ofx-xml", 2, 2, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/account_listing_aggregation.ofx", Fails("not recognised: an OFX account list response (ACCTINFORS), n")),
        ("ofx/jseutter__ofxparse/anzcc.ofx", Reads("ofx-xml", 1, 1, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/bank_medium.ofx", Reads("ofx-sgml", 3, 3, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/bank_small.ofx", Fails("not recognised: an empty OFX document; the file holds no sta")),
        ("ofx/jseutter__ofxparse/checking.ofx", Reads("ofx-sgml", 3, 3, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/error_message.ofx", Fails("not recognised: OFX error response (status 2000 ERROR: Gener")),
        ("ofx/jseutter__ofxparse/fail_nice/date_missing.ofx", Reads("ofx-sgml", 3, 0, 0, 3, NoTotals)),
        ("ofx/jseutter__ofxparse/fail_nice/decimal_error.ofx", Reads("ofx-sgml", 1, 0, 0, 1, NoTotals)),
        ("ofx/jseutter__ofxparse/fail_nice/empty_balance.ofx", Reads("ofx-sgml", 1, 1, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/fidelity-savings.ofx", Reads("ofx-sgml", 4, 4, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/fidelity.ofx", Reads("ofx-sgml", 17, 3, 14, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/investment_401k.ofx", Reads("ofx-sgml", 3, 0, 3, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/investment_medium.ofx", Reads("ofx-sgml", 3, 3, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/multiple_accounts.ofx", Reads("ofx-xml", 0, 0, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/multiple_accounts2.ofx", Reads("ofx-xml", 0, 0, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/ofx-v102-empty-tags.ofx", Reads("ofx-sgml", 1, 1, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/signon_fail.ofx", Fails("not recognised: OFX signon failed (status 15500 ERROR: Your ")),
        ("ofx/jseutter__ofxparse/signon_success.ofx", Fails("not recognised: an OFX signon response only; the file holds ")),
        ("ofx/jseutter__ofxparse/signon_success_no_message.ofx", Fails("not recognised: an OFX signon response only; the file holds ")),
        ("ofx/jseutter__ofxparse/td_ameritrade.ofx", Reads("ofx-sgml", 0, 0, 0, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/tiaacref.ofx", Reads("ofx-sgml", 1, 0, 1, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/vanguard.ofx", Reads("ofx-sgml", 1, 0, 1, 0, NoTotals)),
        ("ofx/jseutter__ofxparse/vanguard401k.ofx", Reads("ofx-sgml", 5, 0, 5, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/at&t/ENC1 Detail Mar.csv", Reads("att-usage", 10, 9, 1, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/at&t/ENC1 Pooling Mar.csv", Reads("att-pooling", 5, 4, 1, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/at&t/rawdataoutput_test.csv", Reads("att-raw", 7, 2, 5, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/double_header_ACC.csv", Reads("bell-acc", 3, 0, 3, 0, Balanced)),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/double_header_DTL.csv", Reads("bell-dtl", 4, 2, 2, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/double_header_MOB.csv", Reads("bell-mob", 4, 2, 2, 0, Balanced)),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/test-Cost overview.xlsx", Fails("not recognised: no sheet has a header row of a bill, usage d")),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/test-Enhanced User profile report.xlsx", Fails("not recognised: no sheet has a header row of a bill, usage d")),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/test-Hardware report.xlsx", Fails("not recognised: no sheet has a header row of a bill, usage d")),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/test-Invoice charge report.xlsx", Reads("bell-invoice-charges", 4, 3, 1, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/bell/test-Usage overview.xlsx", Fails("not recognised: no sheet has a header row of a bill, usage d")),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_Custom.zip.unzipped/ALL_CALLS-Custom.txt", Reads("rogers-charges", 5, 2, 3, 0, Balanced)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_GPRS.zip.unzipped/ALL_CALLS-GPRS.txt", Reads("rogers-calls", 3, 3, 0, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_GPRS.zip.unzipped/Header-GPRS.txt", Fails("not recognised: a Rogers field definition file (Header-*.txt")),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_GPRS_RM.zip.unzipped/ALL_CALLS-GPRS-Rm.txt", Reads("rogers-calls", 3, 3, 0, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_GPRS_RM.zip.unzipped/Header-GPRS.txt", Fails("not recognised: a Rogers field definition file (Header-*.txt")),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_SMS.zip.unzipped/ALL_CALLS-SMS.txt", Reads("rogers-calls", 3, 3, 0, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_SMS.zip.unzipped/Header-SMS.txt", Fails("not recognised: a Rogers field definition file (Header-*.txt")),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_Voice.zip.unzipped/ALL_CALLS-Voice.txt", Reads("rogers-calls", 3, 3, 0, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_Voice.zip.unzipped/Header-Voice.txt", Fails("not recognised: a Rogers field definition file (Header-*.txt")),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_Voice_RM.zip.unzipped/ALL_CALLS-VoiceRM.txt", Reads("rogers-calls", 3, 3, 0, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/rogers/test_Voice_RM.zip.unzipped/Header-Voice.txt", Fails("not recognised: a Rogers field definition file (Header-*.txt")),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/Account_Detail_test.txt", Fails("not recognised: a TELUS \"Account Detail\" report: summary tab")),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/Airtime_Detail_test.txt", Reads("telus-airtime", 75, 10, 65, 0, Balanced)),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/DEW_Report_test.txt", Fails("not recognised: a TELUS \"Daytime, Evening and Weekend Charge")),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/Group_Summary_Report_test.txt", Fails("not recognised: a TELUS \"Group Summary\" report: summary tabl")),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/Individual_Detail_test.txt", Fails("not recognised: a TELUS \"Individual Details\" report: summary")),
        ("telecom-intl/Byte-Analytics__anonymizer/telus/Invoice_Summary_test.txt", Fails("not recognised: a TELUS \"Mobility Invoice Summary\" report: s")),
        ("telecom-intl/Byte-Analytics__anonymizer/verizon/AccountSummary_test.txt", Reads("verizon-rdd-account", 2, 0, 2, 0, Balanced)),
        ("telecom-intl/Byte-Analytics__anonymizer/verizon/Acct & Wireless Charges Detail Summary Usage_test.txt", Reads("verizon-rdd-charges", 4, 3, 1, 0, NoTotals)),
        ("telecom-intl/Byte-Analytics__anonymizer/verizon/Wireless Usage Detail_test.txt", Reads("verizon-rdd-usage", 4, 3, 1, 0, NoTotals)),
    ]
}

const DIRS: [&str; 6] = ["ofx", "camt", "mt940", "bank-csv", "telecom-intl", "cdr"];

fn samples_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn conformance_intl() {
    let root = samples_root();
    if !root.is_dir() {
        eprintln!(
            "note: {} not found; conformance over the public samples skipped",
            root.display()
        );
        return;
    }
    let table = table();
    // Every sample file in the folders has an expectation.
    let mut files = Vec::new();
    for d in DIRS {
        walk(&root.join(d), &mut files);
    }
    let mut missing = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if !table.iter().any(|(p, _)| *p == rel) {
            missing.push(rel);
        }
    }
    assert!(
        missing.is_empty(),
        "samples without an expectation: {missing:#?}"
    );

    let mut failures = Vec::new();
    let (mut n_rows, mut n_records, mut n_recon, mut n_recon_ok) = (0u64, 0u64, 0usize, 0usize);
    for (rel, expect) in &table {
        let path = root.join(rel);
        if !path.exists() {
            failures.push(format!("{rel}: listed but missing"));
            continue;
        }
        let mut sink = Collect::default();
        let r = import_file(&path, rel, &ImportOptions::default(), &mut sink);
        match *expect {
            Reads(format, rows, records, skipped, errors, recon) => {
                if let Some(f) = &r.failure {
                    failures.push(format!("{rel}: expected {format}, failed: {f}"));
                    continue;
                }
                let got = (
                    r.format.as_deref().unwrap_or("?"),
                    r.rows,
                    r.records,
                    r.skipped_total(),
                    r.error_count,
                );
                if got != (format, rows, records, skipped, errors) {
                    failures.push(format!(
                        "{rel}: expected ({format}, {rows}, {records}, {skipped}, {errors}), got {got:?}; skips {:?}; errors {:?}",
                        r.skipped,
                        r.errors.iter().take(3).map(|e| e.to_string()).collect::<Vec<_>>()
                    ));
                }
                if !r.accounted() {
                    failures.push(format!("{rel}: rows not accounted for"));
                }
                if let Some(held) = common::held_rows(&path, format) {
                    if held != r.rows {
                        failures.push(format!(
                            "{rel}: the file holds {held} rows or entries, {} accounted for",
                            r.rows
                        ));
                    }
                }
                let records_seen =
                    (sink.transactions.len() + sink.bill_lines.len() + sink.usage.len()) as u64;
                // A Rogers, Bell or AT&T pooling charges row is one record that yields a bill line per charge.
                let lines_per_row = matches!(
                    r.format.as_deref(),
                    Some("rogers-charges" | "bell-mob" | "att-pooling")
                );
                if records_seen != r.records && !(lines_per_row && records_seen > r.records) {
                    failures.push(format!(
                        "{rel}: {} records reported, {records_seen} delivered",
                        r.records
                    ));
                }
                let state = if r.reconciliation.is_empty() {
                    NoTotals
                } else if r.reconciled() {
                    Balanced
                } else {
                    Mismatch
                };
                if state != recon {
                    failures.push(format!(
                        "{rel}: reconciliation {state:?}, expected {recon:?}: {:?}",
                        r.reconciliation
                    ));
                }
                n_rows += r.rows;
                n_records += r.records;
                n_recon += r.reconciliation.len();
                n_recon_ok += r.reconciliation.iter().filter(|c| c.ok).count();
            }
            Fails(text) => match &r.failure {
                Some(f) if f.to_string().contains(text) => {}
                Some(f) => {
                    failures.push(format!("{rel}: expected a failure with {text:?}, got {f}"))
                }
                None => failures.push(format!(
                    "{rel}: expected a failure with {text:?}, read as {:?} ({} rows)",
                    r.format, r.rows
                )),
            },
        }
    }
    eprintln!(
        "conformance_intl: {} samples, {n_rows} rows, {n_records} records, {n_recon_ok}/{n_recon} stated totals reconciled",
        table.len()
    );
    assert!(
        failures.is_empty(),
        "{} samples differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The T-Mobile PDF bill: its line items, each cited by page and line, and every total it
/// states checked: each section's items against its subtotal, each phone line's categories
/// against its total in THIS BILL SUMMARY, each category over the lines against the totals
/// row, TOTAL DUE against the summary, and all items against the bill total.
#[test]
fn tmobile_pdf_items_and_totals() {
    let path = samples_root()
        .join("telecom-intl/asadhusain97__family_phone_bill_automation/T-Mobile Bill_example.pdf");
    if !path.exists() {
        eprintln!("samples not found at {}: skipped", path.display());
        return;
    }
    let mut sink = Collect::default();
    let r = import_file(&path, "tmobile.pdf", &ImportOptions::default(), &mut sink);
    assert!(r.failure.is_none(), "{:?}", r.failure);
    let items: Vec<(String, String, u32, u64)> = sink
        .bill_lines
        .iter()
        .map(|l| {
            assert_eq!(l.period.to_string(), "2025-01");
            (
                l.item.clone(),
                l.amount.to_string(),
                l.source.page.unwrap(),
                l.source.row,
            )
        })
        .collect();
    let expect: Vec<(&str, &str, u32, u64)> = vec![
        ("Magenta® MAX", "280.00", 2, 28),
        ("Add-a-Line", "40.00", 2, 43),
        ("P520 Apple Trade ID236", "-21.25", 2, 46),
        (
            "ID: 2003528297 Promotional Credit 16 of 24 P520 Ap",
            "-18.34",
            2,
            48,
        ),
        ("Apple TV+ On Us", "0.00", 3, 6),
        ("Netflix Standard with ads - T-Mobile Offer", "0.00", 3, 8),
        ("Talk: 2 mins (charged usage entry 1)", "0.25", 3, 12),
        ("Talk: 2 mins (charged usage entry 2)", "0.25", 3, 14),
        ("Talk: 9 mins (charged usage entry 3)", "2.25", 3, 16),
        ("Talk: 1 mins (charged usage entry 4)", "0.25", 3, 18),
        ("Talk: 2 mins (charged usage entry 5)", "0.50", 3, 20),
        ("International Pass", "35.00", 3, 24),
        ("T-Mobile fees & charges", "1.50", 3, 26),
        ("Government taxes & fees", "1.77", 3, 27),
    ];
    let expect: Vec<(String, String, u32, u64)> = expect
        .into_iter()
        .map(|(i, a, p, l)| (i.to_string(), a.to_string(), p, l))
        .collect();
    assert_eq!(items, expect);
    assert_eq!(sink.bill_totals.len(), 1);
    assert_eq!(sink.bill_totals[0].amount.to_string(), "322.18");
    assert_eq!(sink.bill_totals[0].source.to_string(), "tmobile.pdf:2:5");
    let whats: Vec<String> = r
        .reconciliation
        .iter()
        .map(|c| c.what.to_string())
        .collect();
    let checks: Vec<(&str, &str, &str, bool)> = r
        .reconciliation
        .iter()
        .zip(&whats)
        .map(|(c, what)| (what.as_str(), c.stated.as_str(), c.computed.as_str(), c.ok))
        .collect();
    let lines = [
        ("Account", "280.00"),
        ("(999) 637-3009", "0.53"),
        ("(999) 637-5007", "16.62"),
        ("(999) 637-3003", "0.00"),
        ("(999) 637-5000", "0.00"),
        ("(999) 909-4005", "0.00"),
        ("(999) 746-9006", "0.00"),
        ("(999) 533-9000", "2.53"),
        ("(999) 275-8001", "0.28"),
        ("(999) 476-6003", "-18.34"),
        ("(999) 433-6001", "40.56"),
    ];
    let mut expect: Vec<(String, String, String, bool)> = lines
        .iter()
        .map(|(l, t)| {
            (
                format!("line {l}: categories = its total"),
                t.to_string(),
                t.to_string(),
                true,
            )
        })
        .collect();
    for (what, v) in [
        ("PLANS items = its subtotal", "320.00"),
        ("EQUIPMENT items = its subtotal", "-39.59"),
        ("SERVICES items = its subtotal", "0.00"),
        ("ONE-TIME CHARGES items = its subtotal", "41.77"),
        ("summary Plans: the lines = the totals row", "320.00"),
        ("summary Equipment: the lines = the totals row", "-39.59"),
        ("summary Services: the lines = the totals row", "0.00"),
        (
            "summary One-time charges: the lines = the totals row",
            "41.77",
        ),
        ("summary Total: the lines = the totals row", "322.18"),
        ("TOTAL DUE = the summary's total", "322.18"),
        ("all line items = the bill total", "322.18"),
    ] {
        expect.push((what.to_string(), v.to_string(), v.to_string(), true));
    }
    let got: Vec<(String, String, String, bool)> = checks
        .iter()
        .map(|(w, s, c, ok)| (w.to_string(), s.to_string(), c.to_string(), *ok))
        .collect();
    assert_eq!(got, expect);
}
