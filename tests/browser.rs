//! The evidence pack in a real browser: headless Chromium prints it to PDF, takes a
//! screenshot and measures its layout. Skipped (with a note) only when no Chromium binary is
//! installed; `.ci/run` installs Debian's chromium first.
//!
//! The checks are layout properties that hold whatever fonts the machine has (none, WenQuanYi
//! or Noto CJK): no amount or `file:row` reference is broken across lines, every chart text
//! sits inside its chart without overlapping another, and every bar and value label sits
//! inside its plot. Never text found at a particular line break.

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
    run_chromium_to(bin, profile, extra, page, None);
}

/// The same, with Chromium's stdout written to `stdout` (a file: a pipe could fill up).
fn run_chromium_to(
    bin: &Path,
    profile: &Path,
    extra: &[String],
    page: &Path,
    stdout: Option<&Path>,
) {
    let out = match stdout {
        Some(p) => Stdio::from(std::fs::File::create(p).expect("chromium output file")),
        None => Stdio::null(),
    };
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
    .stdout(out)
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

/// Measures the laid-out page in the browser and writes what it finds, one finding a line,
/// into `<pre id="probe">`: `TOKEN n`, `BROKEN token` for an amount or `file:row` reference
/// whose characters sit on more than one line, `CHART id texts bars`, `OUTSIDE …` and
/// `OVERLAP …` for chart texts and bars out of place, `MARK text` for each mark label.
const PROBE: &str = r#"<script>
(function () {
  var out = [];
  var re = /-?[¥$]?\d{1,3}(?:,\d{3})*\.\d{2}|[^\s:：（(]+\.(?:csv|xlsx|xls|txt|ofx|xml|toml):\d+/g;
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var n, tokens = 0;
  while ((n = walker.nextNode())) {
    if (n.parentNode.closest("svg") || n.parentNode.closest("script")) continue;
    var m;
    re.lastIndex = 0;
    while ((m = re.exec(n.data))) {
      var r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      var rects = Array.prototype.filter.call(r.getClientRects(), function (x) { return x.width > 0; });
      tokens++;
      var lines = 0, last = null;
      rects.map(function (x) { return x.top; }).sort(function (a, b) { return a - b; }).forEach(function (t) {
        if (last === null || t - last > 2) { lines++; last = t; }
      });
      if (lines > 1) out.push("BROKEN " + m[0]);
    }
  }
  out.push("TOKENS " + tokens);
  function box(el) { var b = el.getBoundingClientRect(); return { l: b.left, t: b.top, r: b.right, b: b.bottom }; }
  function inside(a, c, tol) { return a.l >= c.l - tol && a.t >= c.t - tol && a.r <= c.r + tol && a.b <= c.b + tol; }
  function meet(a, c, tol) { return a.l < c.r - tol && c.l < a.r - tol && a.t < c.b - tol && c.t < a.b - tol; }
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    var s = box(svg);
    var vb = svg.viewBox.baseVal;
    var k = (s.r - s.l) / vb.width;
    var p = svg.getAttribute("data-plot").split(" ").map(Number);
    var plot = { l: s.l + p[0] * k, t: s.t + p[1] * k, r: s.l + (p[0] + p[2]) * k, b: s.t + (p[1] + p[3]) * k };
    var texts = Array.prototype.slice.call(svg.querySelectorAll("text"));
    var bars = svg.querySelectorAll("rect.bar");
    out.push("CHART " + svg.id + " " + texts.length + " " + bars.length);
    var boxes = texts.map(box);
    texts.forEach(function (t, i) {
      var what = svg.id + " " + t.getAttribute("class") + " '" + t.textContent + "'";
      if (t.getAttribute("class") === "mark-label") out.push("MARK " + t.textContent);
      if (!inside(boxes[i], s, 0.5)) out.push("OUTSIDE chart: " + what);
      if (t.getAttribute("class") === "val" && !inside(boxes[i], plot, 0.5)) out.push("OUTSIDE plot: " + what);
      for (var j = i + 1; j < texts.length; j++) {
        if (meet(boxes[i], boxes[j], 1)) out.push("OVERLAP " + what + " / " + texts[j].getAttribute("class") + " '" + texts[j].textContent + "'");
      }
    });
    Array.prototype.forEach.call(bars, function (b) {
      if (!inside(box(b), plot, 0.5)) out.push("OUTSIDE plot: bar " + svg.id + " " + b.getAttribute("data-group"));
    });
  });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = "\n" + out.join("\n") + "\n";
  document.body.appendChild(pre);
})();
</script>"#;

/// Lay `page` out in Chromium at a window `width` (px) and return the probe's findings.
/// The copy it measures has the probe script added and the page's script ban lifted.
fn probe_layout(bin: &Path, dir: &Path, page: &Path, width: u32) -> Vec<String> {
    let html = std::fs::read_to_string(page).unwrap();
    let csp = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let csp_end = csp + html[csp..].find('>').unwrap() + 1;
    let probed = format!("{}{}", &html[..csp], &html[csp_end..])
        .replace("</body>", &format!("{PROBE}</body>"));
    let name = page.file_stem().unwrap().to_string_lossy().into_owned();
    let copy = dir.join(format!("{name}-probe-{width}.html"));
    std::fs::write(&copy, probed).unwrap();
    let dom = dir.join(format!("{name}-dom-{width}.html"));
    run_chromium_to(
        bin,
        &dir.join(format!("profile-probe-{name}-{width}")),
        &["--dump-dom".into(), format!("--window-size={width},2000")],
        &copy,
        Some(&dom),
    );
    let dom = std::fs::read_to_string(&dom).unwrap();
    let start = dom.find("<pre id=\"probe\">").expect("the probe ran") + "<pre id=\"probe\">".len();
    let end = start + dom[start..].find("</pre>").unwrap();
    dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The probe's findings that are failures, with how many amounts and references it checked
/// and the mark labels it saw.
fn layout_failures(found: &[String]) -> (Vec<String>, usize, Vec<String>) {
    let bad = found
        .iter()
        .filter(|l| l.starts_with("BROKEN") || l.starts_with("OUTSIDE") || l.starts_with("OVERLAP"))
        .cloned()
        .collect();
    let tokens = found
        .iter()
        .find_map(|l| l.strip_prefix("TOKENS ")?.parse().ok())
        .unwrap_or(0);
    let marks = found
        .iter()
        .filter_map(|l| l.strip_prefix("MARK "))
        .map(str::to_string)
        .collect();
    (bad, tokens, marks)
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

    // With poppler's pdftotext, check what the printed pages say. Each of these tokens must
    // sit whole on one line of the PDF (pdftotext ends a line where the page does); the
    // sentences are compared with their line breaks taken as spaces. Only ASCII text here:
    // without a CJK font the Chinese file names print as boxes that have no text.
    match pdf_text(&pdf) {
        Some(text) => {
            for token in [
                "bills/2025-06.csv:4",
                "bills/2025-10.csv:5",
                "1,032.00",
                "1,648.00",
                "T20251005-0001",
            ] {
                assert!(
                    text.lines().any(|l| l.contains(token)),
                    "{token} is not whole on one printed line:\n{text}"
                );
            }
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for sentence in ["Idle months (4)", "1 Nov 2025", "from 20 Oct 2025"] {
                assert!(flat.contains(sentence), "{sentence}: {flat}");
            }
        }
        None => eprintln!("note: pdftotext (poppler-utils) not found; PDF text not checked"),
    }

    // The layout, measured in the browser with this machine's fonts: at the width of an A4
    // page's print area (182 mm = 688 px) and at a narrow width that forces many breaks.
    for width in [688, 420] {
        let found = probe_layout(&bin, w.path(), &page, width);
        let (bad, tokens, marks) = layout_failures(&found);
        eprintln!(
            "pack.html at {width} px: {tokens} amounts and references, {} chart texts",
            found.iter().filter(|l| l.starts_with("CHART")).count()
        );
        assert!(bad.is_empty(), "at {width} px:\n{}", bad.join("\n"));
        assert!(tokens >= 40, "only {tokens} amounts and references found");
        assert_eq!(
            marks.iter().filter(|m| *m == "idle").count(),
            4,
            "{marks:?}"
        );
        assert_eq!(
            marks.iter().filter(|m| *m == "unbilled debit").count(),
            1,
            "{marks:?}"
        );
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

/// The same layout properties in Chinese (file names in CJK, prose without spaces) and with
/// amounts far larger than the demo's: a ¥98,765,432.10 fee beside ¥258.00 lines and a
/// ¥0.01 one.
#[test]
fn pack_layout_holds_in_chinese_and_for_any_amount() {
    let Some(bin) = chromium() else {
        eprintln!("note: no chromium binary found; browser layout test skipped");
        return;
    };
    let w = Workdir::from_fixture("idle-broadband");
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "zh.html",
        "--lang",
        "zh-CN",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    w.create(
        "bills/2025-10.csv",
        "中国电信 企业客户电子账单\n客户名称：杭州某某科技有限公司\n账期,用户号码,费用项目,金额(元)\n2025-10,ADSL05718800123,企业宽带200M月租费,258.00\n2025-10,ADSL05718800123,宽带提前解约违约金,98765432.10\n2025-10,ADSL05718800123,来电显示,0.01\n2025-10,,本期合计,98765690.11\n",
    );
    let o = w.run(&[
        "audit",
        ".",
        "--evidence",
        "big.html",
        "--lang",
        "en",
        "--as-of",
        "2025-10-20",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(w.read("big.html").contains("98,765,432.10"));
    for page in ["zh.html", "big.html"] {
        for width in [688, 420] {
            let found = probe_layout(&bin, w.path(), &w.join(page), width);
            let (bad, tokens, _) = layout_failures(&found);
            eprintln!("{page} at {width} px: {tokens} amounts and references checked");
            assert!(bad.is_empty(), "{page} at {width} px:\n{}", bad.join("\n"));
            assert!(
                tokens >= 40,
                "{page}: only {tokens} amounts and references found"
            );
            assert!(
                found.iter().any(|l| l.starts_with("CHART chart-payments")),
                "{found:?}"
            );
        }
    }
}
