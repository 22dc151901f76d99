//! Progress of long imports: bytes read so far, counted into a shared counter that a caller
//! (the CLI's progress bar) installs for the imports it starts. The library never prints;
//! without a counter nothing is counted.

use std::cell::RefCell;
use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

thread_local! {
    static COUNTER: RefCell<Option<Arc<AtomicU64>>> = const { RefCell::new(None) };
}

/// Run `f` with `counter` receiving the bytes that imports on this thread read (the audit
/// passes it on to its import threads).
pub fn with_counter<T>(counter: Option<Arc<AtomicU64>>, f: impl FnOnce() -> T) -> T {
    let before = COUNTER.with(|c| c.replace(counter));
    let out = f();
    COUNTER.with(|c| *c.borrow_mut() = before);
    out
}

/// The counter installed on this thread, if any.
pub fn current() -> Option<Arc<AtomicU64>> {
    COUNTER.with(|c| c.borrow().clone())
}

/// A reader that adds what it reads to the thread's counter.
#[derive(Debug)]
pub struct Counting<R> {
    inner: R,
    counter: Option<Arc<AtomicU64>>,
}

impl<R> Counting<R> {
    pub fn new(inner: R) -> Self {
        Counting {
            inner,
            counter: current(),
        }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(c) = &self.counter {
            c.fetch_add(n as u64, Ordering::Relaxed);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_inside_with_counter() {
        let c = Arc::new(AtomicU64::new(0));
        let n = with_counter(Some(c.clone()), || {
            let mut r = Counting::new(&b"hello world"[..]);
            let mut s = String::new();
            r.read_to_string(&mut s).unwrap();
            s.len()
        });
        assert_eq!(n, 11);
        assert_eq!(c.load(Ordering::Relaxed), 11);
        assert!(current().is_none());
        let mut r = Counting::new(&b"more"[..]);
        std::io::copy(&mut r, &mut std::io::sink()).unwrap();
        assert_eq!(c.load(Ordering::Relaxed), 11);
    }
}
