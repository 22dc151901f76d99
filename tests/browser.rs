//! The evidence pack in a real browser: headless Chromium prints it to PDF and takes a
//! screenshot. Skipped (with a note) only when no Chromium binary is installed; `.ci/run`
//! installs Debian's chromium first.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{stderr, Workdir};

fn chromium() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("CHROMIUM") {
        if Path::new(&p).is_file() {
            return Some(PathBuf::from(p));
        }
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Run headless Chromium on `page` with `extra` arguments; kill it after two minutes.
fn run_chromium(bin: &Path, profile: &Path, extra: &[String], page: &Path) {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start chromium");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            assert!(status.success(), "chromium failed: {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// `/Type /Page` objects (not `/Pages`) in a PDF.
fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type";
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= pdf.len() {
        if &pdf[i..i + needle.len()] == needle {
            let mut j = i + needle.len();
            while j < pdf.len() && (pdf[j] == b' ' || pdf[j] == b'\n' || pdf[j] == b'\r') {
                j += 1;
            }
            if pdf[j..].starts_with(b"/Page") && !pdf[j..].starts_with(b"/Pages") {
                n += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    n
}

/// The PDF's text, when poppler's `pdftotext` is installed.
fn pdf_text(pdf: &Path) -> Option<String> {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

struct Image {
    width: u32,
    height: u32,
    /// RGB triples.
    rgb: Vec<[u8; 3]>,
}

fn decode_png(path: &Path) -> Image {
    let file = std::fs::File::open(path).expect("open screenshot");
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let channels = info.color_type.samples();
    let rgb = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|c| match channels {
            1 | 2 => [c[0], c[0], c[0]],
            _ => [c[0], c[1], c[2]],
        })
        .collect();
    Image {
        width: info.width,
        height: info.height,
        rgb,
    }
}

fn near(a: [u8; 3], b: [u8; 3], tol: i32) -> bool {
    a.iter()
        .zip(b.iter())
        .all(|(x, y)| (*x as i32 - *y as i32).abs() <= tol)
}

#[test]
fn pack_renders_in_headless_chromium() {
    let Some(bin) = chromium() else {
        eprintln!("note: no chromium binary found (chromium, chromium-browser, google-chrome, or $CHROMIUM); browser test skipped");
        return;
    };
    let w = Workdir::from_fixture("idle-broadband");
    // A logged call, so the pack shows the case log and the MIIT date too.
    let o = w.run(&[
        "case",
        "log",
        ".",
        "--call",
        "--ticket",
        "T20251005-0001",
        "--agent",
        "8812",
        "--promised",
        "refund 1032 by 2025-10-12",
        "--at",
        "2025-10-05 14:30",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "pack.html",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let page = w.join("pack.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("T20251005-0001"));

    // PDF: one page for the cover and at least one per section.
    let pdf = w.join("pack.pdf");
    run_chromium(
        &bin,
        &w.join("profile-pdf"),
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
        &page,
    );
    let bytes = std::fs::read(&pdf).expect("chromium wrote the PDF");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let pages = pdf_pages(&bytes);
    eprintln!("pack.pdf: {} bytes, {pages} pages", bytes.len());
    assert!(
        (7..=30).contains(&pages),
        "expected 7 to 30 pages (cover and six sections), found {pages}"
    );

    // With poppler's pdftotext, check what the pages say: the chart with the four idle
    // months, the disputed items with file:row, the call script with the case's amounts and
    // the escalation dates.
    match pdf_text(&pdf) {
        Some(text) => {
            let marks = text.lines().filter(|l| l.trim() == "idle").count();
            assert_eq!(marks, 4, "idle marks on the chart page:\n{text}");
            assert!(text.contains("Idle months (4)"), "{text}");
            assert!(text.contains("bills/2025-06.csv:4"), "{text}");
            assert!(text.contains("bank/对公账户流水_2025.csv:32"), "{text}");
            assert!(
                text.contains("1,032.00") && text.contains("1,648.00"),
                "{text}"
            );
            assert!(
                text.contains("1 Nov 2025"),
                "5-month deadline of the June charge: {text}"
            );
            assert!(
                text.contains("from 20 Oct 2025"),
                "MIIT appeal 15 days after the call: {text}"
            );
            assert!(text.contains("T20251005-0001"), "{text}");
        }
        None => eprintln!("note: pdftotext (poppler-utils) not found; PDF text not checked"),
    }

    // Screenshot of the whole pack (tall window): not blank, and the idle months and the
    // urgent deadline are visibly drawn in their colours.
    let png = w.join("pack.png");
    run_chromium(
        &bin,
        &w.join("profile-png"),
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1000,12000".into(),
        ],
        &page,
    );
    let img = decode_png(&png);
    assert_eq!((img.width, img.height), (1000, 12000));
    let white = img
        .rgb
        .iter()
        .filter(|p| near(**p, [255, 255, 255], 3))
        .count();
    let distinct: std::collections::BTreeSet<[u8; 3]> = img.rgb.iter().copied().collect();
    let mean: f64 = img
        .rgb
        .iter()
        .map(|p| p.iter().map(|c| *c as f64).sum::<f64>() / 3.0)
        .sum::<f64>()
        / img.rgb.len() as f64;
    let var: f64 = img
        .rgb
        .iter()
        .map(|p| (p.iter().map(|c| *c as f64).sum::<f64>() / 3.0 - mean).powi(2))
        .sum::<f64>()
        / img.rgb.len() as f64;
    eprintln!(
        "pack.png: {} distinct colours, {:.1}% white, luminance variance {var:.1}",
        distinct.len(),
        100.0 * white as f64 / img.rgb.len() as f64
    );
    assert!(
        white < img.rgb.len() * 98 / 100,
        "the screenshot is (almost) blank"
    );
    assert!(var > 50.0, "the screenshot has almost no contrast");
    assert!(distinct.len() > 50, "the screenshot has too few colours");
    // #b00020: the idle bars, the disputed total and the urgent label.
    let red = img
        .rgb
        .iter()
        .filter(|p| near(**p, [0xb0, 0x00, 0x20], 12))
        .count();
    // #e8a0a0 / #fde8e8: the hatching behind idle months.
    let hatch = img
        .rgb
        .iter()
        .filter(|p| near(**p, [0xe8, 0xa0, 0xa0], 10) || near(**p, [0xfd, 0xe8, 0xe8], 4))
        .count();
    // #2e9e5b: the usage bars of the used months.
    let green = img
        .rgb
        .iter()
        .filter(|p| near(**p, [0x2e, 0x9e, 0x5b], 10))
        .count();
    eprintln!("pack.png: {red} red, {hatch} hatch, {green} green pixels");
    assert!(
        red > 2000,
        "idle bars / urgent marks not visible ({red} px)"
    );
    assert!(hatch > 5000, "idle-month hatching not visible ({hatch} px)");
    assert!(green > 500, "usage bars not visible ({green} px)");
}

#[test]
fn counts_pdf_pages() {
    let pdf = b"1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj << /Type /Page >> 3 0 obj <</Type/Page/Parent 1 0 R>>";
    assert_eq!(pdf_pages(pdf), 2);
}
