//! `billaudit gen CASE_DIR` (hidden): write a synthetic case of any size, with planted
//! anomalies and the findings the audit must report (`expected.json`).

use std::path::PathBuf;

use billaudit::gen::{generate, generate_scenario, GenEncoding, GenOptions};

use super::EXIT_CLEAN;

/// Generate a synthetic case folder for tests and benchmarks.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  billaudit gen /tmp/big --rows 1000000 --numbers 50 --encoding gbk --seed 7\n  billaudit gen /tmp/case --scenario --seed 12   # a small case planting payment situations"
)]
pub struct Args {
    /// The case folder to write (created if needed).
    case_dir: PathBuf,
    /// Usage rows in total.
    #[arg(long, default_value_t = 10_000)]
    rows: u64,
    /// Phone numbers (one subscribed service each).
    #[arg(long, default_value_t = 5)]
    numbers: u32,
    /// Billing months, from 2025-01.
    #[arg(long, default_value_t = 12)]
    months: u32,
    /// Encoding of the CSV files: utf-8 or gbk.
    #[arg(long, default_value = "utf-8")]
    encoding: GenEncoding,
    /// Seed of the generator (same seed, same bytes).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write all usage rows to one file instead of one file per month.
    #[arg(long)]
    single_usage_file: bool,
    /// Write a small case that plants payment and claim situations (seeded), with the
    /// disputes the audit must list in expected-disputes.json.
    #[arg(long)]
    scenario: bool,
}

pub fn run(a: Args) -> anyhow::Result<i32> {
    if a.scenario {
        let s = generate_scenario(&a.case_dir, a.seed)
            .map_err(|e| anyhow::anyhow!("{}: {e}", a.case_dir.display()))?;
        err_line!(
            "{}",
            billaudit::tr!(
                super::lang(),
                "gen-planted",
                planted = s.planted.join(", "),
                count = s.expected.len(),
                dir = a.case_dir.display().to_string()
            )
        );
        return Ok(EXIT_CLEAN);
    }
    let o = GenOptions {
        rows: a.rows,
        numbers: a.numbers,
        months: a.months,
        encoding: a.encoding,
        seed: a.seed,
        single_usage_file: a.single_usage_file,
        ..GenOptions::default()
    };
    let s =
        generate(&a.case_dir, &o).map_err(|e| anyhow::anyhow!("{}: {e}", a.case_dir.display()))?;
    err_line!(
        "{}",
        billaudit::tr!(
            super::lang(),
            "gen-wrote",
            rows = s.usage_rows,
            files = s.usage_files.len(),
            count = s.expected.len(),
            dir = a.case_dir.display().to_string()
        )
    );
    Ok(EXIT_CLEAN)
}
