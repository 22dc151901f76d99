//! billaudit: audit telecom bills against subscribed services, usage records and the
//! money that actually left your accounts.
//!
//! Data flows one way: [`import`] → [`model`] → [`matcher`] → [`rules`] → [`report`].
//! The library never prints; it returns values and typed errors.

pub mod audit;
pub mod case;
pub mod config;
pub mod currency;
pub mod duplicates;
pub mod gen;
pub mod i18n;
pub mod import;
pub mod init;
pub mod jurisdiction;
pub mod matcher;
pub mod model;
pub mod parse;
pub mod report;
pub mod rules;
pub(crate) mod short_text;
