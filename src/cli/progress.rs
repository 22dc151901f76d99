//! A progress bar on stderr while a case's files are imported, for long imports only, and
//! only when stderr is a terminal (never in pipes, CI or tests).

use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use billaudit::audit::case_files;
use billaudit::import::progress::with_counter;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Cases smaller than this import in well under a second: no bar.
const MIN_BYTES: u64 = 16 << 20;

/// Run `f` (which imports the files of the case in `dir`) with a progress bar of the bytes read.
pub fn with_import_progress<T>(dir: &Path, f: impl FnOnce() -> T) -> T {
    if !std::io::stderr().is_terminal() {
        return f();
    }
    let total: u64 = case_files(dir)
        .map(|files| {
            files
                .iter()
                .filter_map(|(p, _)| std::fs::metadata(p).ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    if total < MIN_BYTES {
        return f();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} importing {bytes}/{total_bytes} [{wide_bar}] {bytes_per_sec}, {eta} left",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    let counter = Arc::new(AtomicU64::new(0));
    let done = AtomicBool::new(false);
    let out = std::thread::scope(|s| {
        s.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                bar.set_position(counter.load(Ordering::Relaxed).min(total));
                std::thread::sleep(Duration::from_millis(100));
            }
        });
        let out = with_counter(Some(counter.clone()), f);
        done.store(true, Ordering::Relaxed);
        out
    });
    bar.finish_and_clear();
    out
}
