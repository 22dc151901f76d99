//! Carrier bill and usage files beyond China (filled in below).

use crate::import::generic::Layout;

pub fn detect(_header: &[String], _preamble: &[String]) -> Option<Layout> {
    None
}
