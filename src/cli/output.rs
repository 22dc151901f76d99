//! Writing output files without harming the user's own: never onto an input of the case or
//! its configuration, never replacing an existing file without `--force`, never replacing
//! a symlink, device, FIFO or folder, and never through a predictable temporary name: the
//! temporary file beside the target is created with O_EXCL (`create_new`, which also refuses
//! to follow a planted symlink) and removed when writing it fails or a signal (SIGINT,
//! SIGTERM, SIGHUP) ends the process before it is renamed into place.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

/// What a write may replace.
#[derive(Debug, Default)]
pub struct WritePolicy {
    /// Replace an existing regular file.
    pub force: bool,
    /// Files that are never written onto, even with `--force` (the case's inputs, its
    /// configuration and log).
    pub protected: Vec<PathBuf>,
}

impl WritePolicy {
    /// The policy for an output of the case in `case_dir`: its data files, billaudit.toml,
    /// the case log, and the rules and profiles it loads are protected.
    pub fn for_case(case_dir: &Path, force: bool) -> WritePolicy {
        // billaudit's own earlier outputs in the folder are not inputs: they may be replaced.
        let mut protected: Vec<PathBuf> = billaudit::audit::case_files(case_dir)
            .map(|files| files.into_iter().map(|(p, _)| p).collect())
            .unwrap_or_default();
        protected.retain(|p| !is_own_output(p));
        for name in billaudit::audit::NOT_DATA {
            let p = case_dir.join(name);
            match std::fs::read_dir(&p) {
                Ok(dir) => protected.extend(dir.filter_map(|e| e.ok()).map(|e| e.path())),
                Err(_) => protected.push(p),
            }
        }
        WritePolicy { force, protected }
    }
}

/// Whether the file at `path` is one billaudit wrote (judged from its first 64 KiB).
fn is_own_output(path: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    read.is_ok() && billaudit::import::guard::own_output_utf8(&head).is_some()
}

/// The absolute, symlink-free form of a path that may not exist yet (its folder must).
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
    Some(dir.join(path.file_name()?))
}

/// Why `path` may not be written under `policy`, if it may not.
fn refusal(path: &Path, policy: &WritePolicy) -> Option<String> {
    let shown = path.display().to_string();
    let lang = super::lang();
    if let Some(target) = resolved(path) {
        if policy
            .protected
            .iter()
            .filter_map(|p| p.canonicalize().ok())
            .any(|p| p == target)
        {
            return Some(billaudit::tr!(lang, "cli-refuse-case-file", path = shown));
        }
    }
    let meta = std::fs::symlink_metadata(path).ok()?;
    let ft = meta.file_type();
    if ft.is_symlink() {
        return Some(billaudit::tr!(lang, "cli-refuse-symlink", path = shown));
    }
    if ft.is_dir() {
        return Some(billaudit::tr!(lang, "cli-refuse-folder", path = shown));
    }
    if !ft.is_file() {
        return Some(billaudit::tr!(lang, "cli-refuse-special", path = shown));
    }
    (!policy.force).then(|| billaudit::tr!(lang, "cli-refuse-exists", path = shown))
}

/// Write a file atomically: to a new temporary file beside it (O_EXCL), then rename it over
/// the target. Refused (before anything is written) when [`refusal`] says so.
pub fn write_atomic(path: &Path, bytes: &[u8], policy: &WritePolicy) -> anyhow::Result<()> {
    if let Some(why) = refusal(path, policy) {
        bail!(billaudit::tr!(super::lang(), "cli-not-written", why = why));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    // Registered (removed if a signal ends the process before the rename) until dropped.
    let (tmp, file, _registered) = create_temp(dir, &name)?;
    fill_and_rename(&tmp, file, bytes, path)
}

/// Write `bytes` into the temporary file `tmp` through `out` and rename it to `path`; on
/// any failure the temporary file is removed, so that no partial file is left behind.
fn fill_and_rename(
    tmp: &Path,
    mut out: impl Write + Durable,
    bytes: &[u8],
    path: &Path,
) -> anyhow::Result<()> {
    let written = (|| {
        out.write_all(bytes)
            .with_context(|| cannot(billaudit::mid!("cli-cannot-write"), tmp))?;
        pause_for_tests();
        out.sync();
        drop(out);
        std::fs::rename(tmp, path)
            .with_context(|| cannot(billaudit::mid!("cli-cannot-write"), path))
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(tmp);
    }
    written
}

/// Where the written bytes are made durable before the rename (a file: `sync_all`).
trait Durable {
    fn sync(&mut self);
}

impl Durable for File {
    fn sync(&mut self) {
        // Best effort: a file system without sync still gets the rename.
        let _ = self.sync_all();
    }
}

#[cfg(unix)]
use super::temps::{register, Registered};

/// Where signals are not handled, nothing to register.
#[cfg(not(unix))]
struct Registered;
#[cfg(not(unix))]
fn register(_: &Path) -> Registered {
    Registered
}

/// In debug builds only, `BILLAUDIT_TEST_WRITE_PAUSE_MS` holds a write between the temporary
/// file and its rename, so that a test can interrupt it there.
fn pause_for_tests() {
    if !cfg!(debug_assertions) {
        return;
    }
    if let Some(ms) = std::env::var("BILLAUDIT_TEST_WRITE_PAUSE_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms.min(60_000)));
    }
}

/// "cannot write PATH" and the like, in the command line's language.
fn cannot(id: &str, path: &Path) -> String {
    billaudit::i18n::tr(
        super::lang(),
        id,
        &[("path", path.display().to_string().into())],
    )
}

/// A temporary file beside the target that did not exist before (never an existing file or
/// a symlink someone planted under a guessable name).
fn create_temp(dir: &Path, name: &str) -> anyhow::Result<(PathBuf, File, Registered)> {
    let pid = std::process::id();
    let mut last = None;
    for n in 0..1000u32 {
        let tmp = dir.join(format!(".{name}.billaudit-{pid}-{n}.tmp"));
        // Registered before it exists: no moment when it exists unregistered.
        let registered = register(&tmp);
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f, registered)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => {
                return Err(e).with_context(|| cannot(billaudit::mid!("cli-cannot-create"), &tmp));
            }
        }
    }
    Err(last
        .map(anyhow::Error::from)
        .unwrap_or_else(|| anyhow::anyhow!(billaudit::tr!(super::lang(), "cli-no-free-name"))))
    .with_context(|| cannot(billaudit::mid!("cli-cannot-create-temp"), dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_existing_protected_and_special_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        let policy = WritePolicy::default();
        write_atomic(&out, b"one", &policy).unwrap();
        let e = write_atomic(&out, b"two", &policy).unwrap_err().to_string();
        assert!(e.contains("already exists; use --force"), "{e}");
        assert_eq!(std::fs::read(&out).unwrap(), b"one");
        let force = WritePolicy {
            force: true,
            protected: vec![dir.path().join("input.csv")],
        };
        write_atomic(&out, b"two", &force).unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        // A protected file, even with --force, and reached through another spelling.
        std::fs::write(dir.path().join("input.csv"), b"data").unwrap();
        let other = dir.path().join(".").join("input.csv");
        let e = write_atomic(&other, b"x", &force).unwrap_err().to_string();
        assert!(e.contains("one of the case's own files"), "{e}");
        assert_eq!(
            std::fs::read(dir.path().join("input.csv")).unwrap(),
            b"data"
        );
        // A symlink is never replaced, even with --force; its target is untouched.
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&out, &link).unwrap();
        let e = write_atomic(&link, b"x", &force).unwrap_err().to_string();
        assert!(e.contains("symbolic link"), "{e}");
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        // No temporary file is left behind.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
    }

    /// A disk that fills up part-way through the output.
    struct FullDisk(File, usize);

    impl Write for FullDisk {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.1 == 0 {
                return Err(std::io::Error::other("No space left on device"));
            }
            let n = self.0.write(&buf[..buf.len().min(self.1)])?;
            self.1 -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.flush()
        }
    }

    impl Durable for FullDisk {
        fn sync(&mut self) {}
    }

    /// A write that fails part-way leaves neither the temporary file nor the output.
    #[test]
    fn a_failed_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.json");
        let (tmp, file, _reg) = create_temp(dir.path(), "out.json").unwrap();
        let e = fill_and_rename(&tmp, FullDisk(file, 10), &[b'x'; 100], &out).unwrap_err();
        assert!(format!("{e:#}").contains("No space left"), "{e:#}");
        assert!(!tmp.exists());
        assert!(!out.exists());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_planted_temporary_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"keep").unwrap();
        // The old predictable name, and the first new one, planted as symlinks.
        let pid = std::process::id();
        for planted in [
            format!(".out.md.tmp{pid}"),
            format!(".out.md.billaudit-{pid}-0.tmp"),
        ] {
            std::os::unix::fs::symlink(&victim, dir.path().join(planted)).unwrap();
        }
        write_atomic(&dir.path().join("out.md"), b"new", &WritePolicy::default()).unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(dir.path().join("out.md")).unwrap(), b"new");
    }
}
