//! billaudit: audit telecom bills against subscribed services, usage records and the
//! money that actually left your accounts.
//!
//! Data flows one way: [`import`] → [`model`] → [`matcher`] → [`rules`] → [`report`].
//! The library never prints; it returns values and typed errors.

pub mod import;
pub mod model;
pub mod parse;
