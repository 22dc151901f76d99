//! Writes small text PDFs for tests, with lopdf (re-exported by pdf-extract): pages of
//! text placed at given positions, in one Type0 font whose character codes are the
//! Unicode code points (Identity-H with a ToUnicode map), so Chinese text is extracted as
//! written. No font program is embedded: a viewer shows boxes, a text extractor the text
//! (which is what the importer reads). Optionally encrypted (RC4 128-bit, the user
//! password given, as bank statements often are).
#![allow(dead_code)]

use std::collections::BTreeSet;

use pdf_extract::{
    Dictionary, Document, EncryptionState, EncryptionVersion, Object, ObjectId, Permissions,
    Stream, StringFormat,
};

/// Page size: A4 in points.
pub const WIDTH: f64 = 595.0;
pub const HEIGHT: f64 = 842.0;

/// A run of text: `x` from the left edge, `y` from the top edge (baseline), in points.
#[derive(Debug, Clone)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
}

/// Text at (x, y) in 10-point type.
pub fn t(x: f64, y: f64, text: &str) -> Text {
    Text {
        x,
        y,
        size: 10.0,
        text: text.to_string(),
    }
}

/// A table as text runs: one line per row from `top`, `line_gap` apart, cells at `xs`.
pub fn table(top: f64, line_gap: f64, xs: &[f64], rows: &[&[&str]]) -> Vec<Text> {
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        for (x, cell) in xs.iter().zip(row.iter()) {
            if !cell.is_empty() {
                out.push(t(*x, top + i as f64 * line_gap, cell));
            }
        }
    }
    out
}

fn name(n: &str) -> Object {
    Object::Name(n.as_bytes().to_vec())
}

fn dict(entries: Vec<(&str, Object)>) -> Dictionary {
    let mut d = Dictionary::new();
    for (k, v) in entries {
        d.set(k, v);
    }
    d
}

/// The ToUnicode map: every code used maps to itself (codes are UTF-16 code units).
fn to_unicode(chars: &BTreeSet<u16>) -> Vec<u8> {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let all: Vec<u16> = chars.iter().copied().collect();
    for block in all.chunks(100) {
        s.push_str(&format!("{} beginbfchar\n", block.len()));
        for c in block {
            s.push_str(&format!("<{c:04X}> <{c:04X}>\n"));
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s.into_bytes()
}

fn font(doc: &mut Document, chars: &BTreeSet<u16>) -> ObjectId {
    let unicode = doc.add_object(Stream::new(Dictionary::new(), to_unicode(chars)));
    let descriptor = doc.add_object(dict(vec![
        ("Type", name("FontDescriptor")),
        ("FontName", name("BillauditTest")),
        ("Flags", 4.into()),
        (
            "FontBBox",
            Object::Array(vec![0.into(), (-200).into(), 1000.into(), 900.into()]),
        ),
        ("ItalicAngle", 0.into()),
        ("Ascent", 880.into()),
        ("Descent", (-120).into()),
        ("CapHeight", 700.into()),
        ("StemV", 80.into()),
    ]));
    // ASCII is half as wide as CJK.
    let ascii: Vec<Object> = (32..127).map(|_| Object::Integer(500)).collect();
    let cid = doc.add_object(dict(vec![
        ("Type", name("Font")),
        ("Subtype", name("CIDFontType2")),
        ("BaseFont", name("BillauditTest")),
        (
            "CIDSystemInfo",
            Object::Dictionary(dict(vec![
                (
                    "Registry",
                    Object::String(b"Adobe".to_vec(), StringFormat::Literal),
                ),
                (
                    "Ordering",
                    Object::String(b"Identity".to_vec(), StringFormat::Literal),
                ),
                ("Supplement", 0.into()),
            ])),
        ),
        ("FontDescriptor", descriptor.into()),
        ("DW", 1000.into()),
        ("W", Object::Array(vec![32.into(), Object::Array(ascii)])),
    ]));
    doc.add_object(dict(vec![
        ("Type", name("Font")),
        ("Subtype", name("Type0")),
        ("BaseFont", name("BillauditTest")),
        ("Encoding", name("Identity-H")),
        ("DescendantFonts", Object::Array(vec![cid.into()])),
        ("ToUnicode", unicode.into()),
    ]))
}

fn content(texts: &[Text]) -> Vec<u8> {
    let mut s = String::new();
    for t in texts {
        let hex: String = t.text.encode_utf16().map(|c| format!("{c:04X}")).collect();
        s.push_str(&format!(
            "BT /F1 {} Tf 1 0 0 1 {:.2} {:.2} Tm <{hex}> Tj ET\n",
            t.size,
            t.x,
            HEIGHT - t.y
        ));
    }
    s.into_bytes()
}

/// A PDF of `pages`, encrypted with `password` when one is given.
pub fn write(pages: &[Vec<Text>], password: Option<&str>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let chars: BTreeSet<u16> = pages
        .iter()
        .flatten()
        .flat_map(|t| t.text.encode_utf16())
        .collect();
    let font = font(&mut doc, &chars);
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for texts in pages {
        let contents = doc.add_object(Stream::new(Dictionary::new(), content(texts)));
        let resources = dict(vec![(
            "Font",
            Object::Dictionary(dict(vec![("F1", font.into())])),
        )]);
        let page = doc.add_object(dict(vec![
            ("Type", name("Page")),
            ("Parent", pages_id.into()),
            (
                "MediaBox",
                Object::Array(vec![
                    0.into(),
                    0.into(),
                    (WIDTH as i64).into(),
                    (HEIGHT as i64).into(),
                ]),
            ),
            ("Resources", Object::Dictionary(resources)),
            ("Contents", contents.into()),
        ]));
        kids.push(Object::from(page));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dict(vec![
            ("Type", name("Pages")),
            ("Kids", Object::Array(kids)),
            ("Count", count.into()),
        ])),
    );
    let catalog = doc.add_object(dict(vec![
        ("Type", name("Catalog")),
        ("Pages", pages_id.into()),
    ]));
    doc.trailer.set("Root", catalog);
    let id = Object::String(b"billaudit-fixture".to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    if let Some(pw) = password {
        let version = EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner-of-the-fixture",
            user_password: pw,
            key_length: 128,
            permissions: Permissions::all(),
        };
        let state = EncryptionState::try_from(version).expect("encryption state");
        doc.encrypt(&state).expect("encrypt");
    }
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("write PDF");
    out
}
