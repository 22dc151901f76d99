//! `billaudit gen` writes cases whose findings are known: the audit must report exactly
//! the findings listed in expected.json.

mod common;

use billaudit::audit::audit_case;
use billaudit::gen::{generate, ExpectedFinding, GenEncoding, GenOptions, EXPECTED_FILE};
use billaudit::i18n::Lang;
use common::Workdir;

fn findings_of(dir: &std::path::Path) -> Vec<ExpectedFinding> {
    let audit = audit_case(dir, Lang::En).expect("audit runs");
    for r in &audit.reports {
        assert!(r.usable(), "{} not usable: {:?}", r.file, r.failure);
        assert_eq!(r.error_count, 0, "{}: {:?}", r.file, r.errors);
        assert!(r.accounted(), "{}", r.file);
    }
    audit
        .findings
        .iter()
        .map(|f| ExpectedFinding {
            rule: f.rule.clone(),
            period: f.period.map(|p| p.to_string()),
            service: f.service.clone(),
            amount: f.amount.to_string(),
        })
        .collect()
}

fn expected_of(dir: &std::path::Path) -> Vec<ExpectedFinding> {
    serde_json::from_str(&std::fs::read_to_string(dir.join(EXPECTED_FILE)).unwrap()).unwrap()
}

fn check(o: GenOptions) {
    let w = Workdir::new();
    let s = generate(w.path(), &o).expect("generate");
    assert_eq!(s.usage_rows, o.rows);
    let expected = expected_of(w.path());
    assert_eq!(expected, s.expected);
    assert!(expected.len() >= 6, "{expected:?}");
    let rules: std::collections::BTreeSet<&str> =
        expected.iter().map(|f| f.rule.as_str()).collect();
    for r in [
        "unused-service",
        "charge-after-cancellation",
        "unsubscribed-charge",
        "unexplained-deduction",
    ] {
        assert!(rules.contains(r), "{r} not planted");
    }
    assert_eq!(findings_of(w.path()), expected);
}

#[test]
fn small_utf8_case_finds_exactly_what_was_planted() {
    check(GenOptions {
        rows: 3_000,
        numbers: 6,
        seed: 42,
        ..GenOptions::default()
    });
}

#[test]
fn small_gbk_case_in_one_usage_file() {
    check(GenOptions {
        rows: 2_000,
        numbers: 3,
        encoding: GenEncoding::Gbk,
        single_usage_file: true,
        seed: 7,
        ..GenOptions::default()
    });
}

#[test]
fn one_number_and_few_months() {
    check(GenOptions {
        rows: 200,
        numbers: 1,
        months: 5,
        seed: 3,
        ..GenOptions::default()
    });
}

#[test]
fn same_seed_same_bytes() {
    let a = Workdir::new();
    let b = Workdir::new();
    let o = GenOptions {
        rows: 500,
        numbers: 2,
        seed: 9,
        ..GenOptions::default()
    };
    let s = generate(a.path(), &o).unwrap();
    generate(b.path(), &o).unwrap();
    for f in s.usage_files.iter().map(String::as_str).chain([
        "billaudit.toml",
        "bills/2025-03.csv",
        EXPECTED_FILE,
    ]) {
        assert_eq!(
            std::fs::read(a.join(f)).unwrap(),
            std::fs::read(b.join(f)).unwrap(),
            "{f}"
        );
    }
    let c = Workdir::new();
    generate(c.path(), &GenOptions { seed: 10, ..o }).unwrap();
    assert_ne!(
        std::fs::read(a.join(&s.usage_files[0])).unwrap(),
        std::fs::read(c.join(&s.usage_files[0])).unwrap()
    );
}

#[test]
fn gen_subcommand_is_hidden_but_works() {
    let w = Workdir::new();
    let help = w.run(&["--help"]);
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    assert!(help.contains("audit"), "{help}");
    assert!(
        !help.lines().any(|l| l.trim_start().starts_with("gen ")),
        "{help}"
    );
    let out = w.run(&[
        "gen",
        "case",
        "--rows",
        "300",
        "--numbers",
        "2",
        "--seed",
        "5",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(w.join("case/expected.json").is_file());
    let audit = w.run(&["audit", "case", "--format", "json"]);
    assert_eq!(
        audit.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&audit.stderr)
    );
}

/// The seeded sweep: generated cases that plant every payment and claim situation; every
/// planted dispute must be listed with its amount, and nothing else disputed.
#[test]
fn seeded_sweep_of_planted_situations_is_exact() {
    use billaudit::gen::{generate_scenario, ExpectedDispute};
    let cases = 320u64;
    let mut seen: std::collections::BTreeMap<&'static str, u32> = Default::default();
    let mut failures = Vec::new();
    for seed in 0..cases {
        let w = Workdir::new();
        let s = generate_scenario(w.path(), seed).expect("generate");
        for p in &s.planted {
            *seen.entry(*p).or_default() += 1;
        }
        let audit = audit_case(w.path(), Lang::En).expect("audit runs");
        for r in &audit.reports {
            assert!(
                r.usable(),
                "seed {seed}: {} not usable: {:?}",
                r.file,
                r.failure
            );
            assert_eq!(r.error_count, 0, "seed {seed}: {}: {:?}", r.file, r.errors);
            assert!(r.accounted(), "seed {seed}: {}", r.file);
        }
        let mut got: Vec<ExpectedDispute> = audit
            .disputes
            .iter()
            .map(|d| ExpectedDispute {
                rules: d.rules(),
                period: d.period.map(|p| p.to_string()).unwrap_or_default(),
                amount: d.amount.to_string(),
            })
            .collect();
        got.sort();
        let sum: rust_decimal::Decimal = audit.disputes.iter().map(|d| d.amount).sum();
        assert_eq!(sum, audit.disputed_total, "seed {seed}");
        if got != s.expected {
            failures.push(format!(
                "seed {seed} ({}):\n  expected {:?}\n  got      {:?}\n  assumptions {:?}",
                s.planted.join(", "),
                s.expected,
                got,
                audit.assumptions
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // Every situation is planted, many times over.
    for name in [
        "equal monthly totals",
        "varying totals",
        "a service with no usage export",
        "an idle month",
        "arrears lines",
        "overpayment",
        "paid twice",
        "a ghost debit",
        "a refunded ghost",
        "the payment of a bill outside the folder",
        "a wallet payment plus the card debit behind it",
        "GBK",
        "XLSX bills",
        "billed after cancellation",
        "an add-on nobody ordered",
        "a raised fee",
        "a line billed twice",
        "a US case in dollars",
        "one signed amount column",
        "XLSX statement",
        "usage headers found by key words",
    ] {
        assert!(
            seen.get(name).copied().unwrap_or(0) >= 20,
            "{name}: {seen:?}"
        );
    }
}
