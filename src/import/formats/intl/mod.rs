//! Named formats beyond China: Western bank CSV exports (and, in [`carriers`], carrier
//! bill and usage files). Each is recognised from its header row, never from the file name.

pub mod banks;
pub mod carriers;

use super::super::generic::Layout;

/// A named Western table layout recognised from its header row and the lines above it.
pub fn detect(header: &[String], preamble: &[String]) -> Option<Layout> {
    banks::detect(header, preamble).or_else(|| carriers::detect(header, preamble))
}
