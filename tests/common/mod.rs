//! Test helpers: a `Workdir` (after xsv/qsv) that holds a temporary case folder and runs
//! the `billaudit` binary in it.
#![allow(dead_code)]

pub mod mail;
pub mod pdf;
pub mod workbooks;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A copy of a fixture case (`fixtures/cases/NAME`).
    pub fn from_fixture(name: &str) -> Workdir {
        let w = Workdir::new();
        copy_dir(&fixture_path(&format!("cases/{name}")), w.path());
        w
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Write a file (parents created).
    pub fn create(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.join(rel)).unwrap()
    }

    /// A `billaudit` command running in this folder, with a fixed locale.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_billaudit"));
        c.current_dir(self.path())
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run billaudit")
    }
}

/// Run the binary from the repository root.
pub fn billaudit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_billaudit"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run billaudit")
}

pub fn fixture_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// What a sample file holds, counted without billaudit's importer, for the property that a
/// file's records plus its counted skips and row errors equal what it holds: the rows of every
/// sheet of a workbook; the `<STMTTRN>` entries of an OFX bank statement; the lines of a
/// table in a text file (`None` where the file is something else or its lines are not rows).
pub fn held_rows(path: &Path, format: &str) -> Option<u64> {
    use calamine::Reader;
    let bytes = std::fs::read(path).ok()?;
    if bytes.starts_with(b"PK") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        if format.starts_with("rogers") {
            return None;
        }
        let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).ok()?;
        let mut n = 0;
        for name in wb.sheet_names().to_vec() {
            n += wb.worksheet_range(&name).ok()?.rows().count() as u64;
        }
        return Some(n);
    }
    let text = String::from_utf8_lossy(&bytes).to_ascii_uppercase();
    if format.starts_with("ofx") {
        // Investment statements also count entries that are not STMTTRN.
        return (!text.contains("<INVTRANLIST>")).then(|| text.matches("<STMTTRN>").count() as u64);
    }
    None
}
