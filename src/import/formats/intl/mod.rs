//! Named formats beyond China: Western bank CSV exports, carrier bill and usage files and
//! public CDR datasets. Each is recognised from its content, never from the file name.

pub(crate) mod banks;
pub(crate) mod carriers;
pub(crate) mod td;
