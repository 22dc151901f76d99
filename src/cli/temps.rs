//! Temporary files being written, removed when the process is interrupted (SIGINT,
//! SIGTERM, SIGHUP) so that no `.NAME.billaudit-PID-N.tmp` is left beside the user's files.
//!
//! A signal handler may only do async-signal-safe work: the registry is a fixed set of
//! atomic slots holding C strings that are never freed (a run writes a handful of files),
//! and the handler only unlinks them, restores the default action and raises the signal
//! again, so that the process ends as the signal asked.

use std::ffi::{c_char, CString};
use std::path::Path;
use std::sync::atomic::{AtomicPtr, Ordering};

/// How many temporary files may be open at once (a run writes one at a time).
const SLOTS: usize = 8;

static TEMPS: [AtomicPtr<c_char>; SLOTS] = [const { AtomicPtr::new(std::ptr::null_mut()) }; SLOTS];

/// A registered temporary file: unregistered when dropped (after it was renamed or
/// removed).
pub struct Registered(Option<usize>);

impl Drop for Registered {
    fn drop(&mut self) {
        if let Some(i) = self.0 {
            // The string is leaked on purpose: a handler running now may still read it.
            TEMPS[i].store(std::ptr::null_mut(), Ordering::SeqCst);
        }
    }
}

/// Register `path` to be removed if a signal ends the process before it is unregistered.
pub fn register(path: &Path) -> Registered {
    use std::os::unix::ffi::OsStrExt;
    install();
    let Ok(c) = CString::new(path.as_os_str().as_bytes()) else {
        return Registered(None);
    };
    let ptr = c.into_raw();
    for (i, slot) in TEMPS.iter().enumerate() {
        let free = slot.compare_exchange(
            std::ptr::null_mut(),
            ptr,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
        if free.is_ok() {
            return Registered(Some(i));
        }
    }
    // Every slot taken (not in practice): the file is still removed on a failed write.
    // SAFETY: `ptr` came from `into_raw` above and was stored nowhere.
    drop(unsafe { CString::from_raw(ptr) });
    Registered(None)
}

/// Remove every registered temporary file (async-signal-safe: loads and `unlink` only).
fn remove_all() {
    TEMPS.iter().for_each(remove_slot);
}

fn remove_slot(slot: &AtomicPtr<c_char>) {
    let p = slot.load(Ordering::SeqCst);
    if !p.is_null() {
        // SAFETY: a non-null slot holds a NUL-terminated string that is never freed.
        unsafe { libc::unlink(p) };
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    remove_all();
    // SAFETY: `signal` and `raise` are async-signal-safe; the default action ends the
    // process as the signal asked (exit status 128 + signal in a shell).
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
}

/// Install the handler once, for the signals that end a process by default and are not
/// ignored already (a run under `nohup` keeps ignoring SIGHUP).
fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            // SAFETY: plain sigaction calls with a handler that is async-signal-safe.
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, std::ptr::null(), &mut old) != 0
                    || old.sa_sigaction == libc::SIG_IGN
                {
                    continue;
                }
                let mut new: libc::sigaction = std::mem::zeroed();
                new.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
                libc::sigemptyset(&mut new.sa_mask);
                libc::sigaction(sig, &new, std::ptr::null_mut());
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registered file is removed by the cleanup a signal runs; once unregistered (it was
    /// renamed into place), it is left alone.
    #[test]
    fn registered_temporaries_are_removed_and_released() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.tmp"), dir.path().join("b.tmp"));
        std::fs::write(&a, b"x").unwrap();
        std::fs::write(&b, b"y").unwrap();
        // Other tests write files at the same time: only this test's slots are emptied.
        let reg_a = register(&a);
        let reg_b = register(&b);
        let slot_b = reg_b.0.unwrap();
        drop(reg_b);
        for i in [reg_a.0.unwrap(), slot_b] {
            remove_slot(&TEMPS[i]);
        }
        assert!(!a.exists());
        assert!(b.exists());
        drop(reg_a);
    }
}
