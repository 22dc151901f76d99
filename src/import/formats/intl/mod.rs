//! Named formats beyond China: Western bank CSV exports (and, in [`carriers`], carrier
//! bill and usage files). Each is recognised from its header row, never from the file name.

pub mod banks;
pub mod carriers;

// The families are registered in `formats::TABLE_FORMATS`.
