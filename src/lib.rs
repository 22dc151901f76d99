//! billaudit: audit telecom bills against subscribed services, usage records and the
//! money that actually left your accounts.
//!
//! Data flows one way: [`import`] → [`model`] → [`matcher`] → [`rules`] → [`report`].
//! The library never prints; it returns values and typed errors.

pub mod import;
pub mod model;
pub mod parse;
pub mod config;
pub mod i18n;
pub mod matcher;
pub mod rules;
pub mod audit;
pub mod report;
pub mod init;
pub mod case;
pub mod gen;
