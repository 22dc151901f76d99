//! Compiles in every message catalogue found in `locales/`: one `<language>.ftl` file per
//! language, named by its BCP 47 code. Adding a language is adding its file; nothing else
//! lists the languages.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&dir)
        .expect("locales/ holds the message catalogues")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p)))
        .collect();
    files.sort();
    let mut out = String::from(
        "/// Every catalogue in `locales/` (code, text), sorted by code (written by build.rs).\n\
         const COMPILED: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogues.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
