//! Collection: keeps bill lines and transactions (few), aggregates usage per service and
//! period on arrival (many), and notes which services each usage file holds records of.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::config::Config;
use crate::import::Sink;
use crate::model::{
    normalize_number, BillLine, BillTotal, Period, SourceRef, Transaction, UsageKind, UsageRecord,
};

/// Usage of one service in one period, summed while streaming.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UsageAgg {
    pub records: u64,
    pub seconds: u64,
    pub bytes: u64,
    pub fee: Decimal,
    /// The first record seen (for evidence).
    pub first: Option<SourceRef>,
}

impl UsageAgg {
    fn add(&mut self, r: &UsageRecord) {
        self.records += 1;
        self.seconds = self.seconds.saturating_add(r.seconds);
        self.bytes = self.bytes.saturating_add(r.bytes);
        self.fee = self.fee.saturating_add(r.fee);
        if self.first.is_none() {
            self.first = Some(r.source.clone());
        }
    }

    pub fn merge(&mut self, o: &UsageAgg) {
        self.records += o.records;
        self.seconds = self.seconds.saturating_add(o.seconds);
        self.bytes = self.bytes.saturating_add(o.bytes);
        self.fee = self.fee.saturating_add(o.fee);
        if self.first.is_none() {
            self.first.clone_from(&o.first);
        }
    }
}

/// What one usage file holds: the services its records belong to and the days they span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageSource {
    pub file: Arc<str>,
    /// Per service (index into `config.services`): whether the file holds its records.
    pub services: Vec<bool>,
    /// The first and last day of its records.
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl UsageSource {
    fn absorb(&mut self, o: &UsageSource) {
        for (mine, theirs) in self.services.iter_mut().zip(&o.services) {
            *mine |= *theirs;
        }
        self.first = self.first.min(o.first);
        self.last = self.last.max(o.last);
    }
}

/// Receives imported records: keeps bill lines and transactions (small), aggregates usage
/// per service and period on arrival (large).
#[derive(Debug)]
pub struct Collector<'c> {
    config: &'c Config,
    pub bill_lines: Vec<BillLine>,
    pub bill_totals: Vec<BillTotal>,
    pub transactions: Vec<Transaction>,
    pub usage: BTreeMap<(String, Period), UsageAgg>,
    /// Usage that no service tracks, per kind.
    pub unassigned_usage: BTreeMap<UsageKind, UsageAgg>,
    /// Records that more than one service could claim (counted for each of them).
    pub ambiguous_usage: u64,
    /// Per usage file, in the order first seen: the services it holds and its span.
    pub sources: Vec<UsageSource>,
    /// Usage per service (index into `config.services`) and period while streaming, folded
    /// into `usage` by [`Collector::finish`]: no key is allocated per record.
    by_service: Vec<BTreeMap<Period, UsageAgg>>,
    /// The services a usage record can belong to, per raw number text and usage kind.
    candidates: hashbrown::HashMap<String, [Option<Box<[usize]>>; 4]>,
    /// The same for records without a number.
    no_number: [Option<Box<[usize]>>; 4],
}

/// How many distinct number texts a collector remembers the services of.
const MAX_CACHED_NUMBERS: usize = 4096;

fn usage_candidates(config: &Config, kind: UsageKind, number: Option<&str>) -> Box<[usize]> {
    let number = number.map(normalize_number);
    let by_kind: Box<[usize]> = config
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind.tracks(kind) && s.matches_normalized(number.as_deref()))
        .map(|(i, _)| i)
        .collect();
    if !by_kind.is_empty() || kind != UsageKind::Data {
        return by_kind;
    }
    // A session log that states traffic but not what kind of line it is (起始时间, 流量,
    // 账号): data use on a number that the config names for a broadband line is that
    // line's use. Only by the number itself, never by a service without numbers.
    let Some(n) = number.as_deref().filter(|n| !n.is_empty()) else {
        return by_kind;
    };
    config
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind.tracks(UsageKind::Broadband) && s.numbers.iter().any(|x| x == n))
        .map(|(i, _)| i)
        .collect()
}

impl<'c> Collector<'c> {
    pub fn new(config: &'c Config) -> Self {
        Collector {
            config,
            bill_lines: Vec::new(),
            bill_totals: Vec::new(),
            transactions: Vec::new(),
            usage: BTreeMap::new(),
            unassigned_usage: BTreeMap::new(),
            ambiguous_usage: 0,
            sources: Vec::new(),
            by_service: vec![BTreeMap::new(); config.services.len()],
            candidates: hashbrown::HashMap::default(),
            no_number: Default::default(),
        }
    }

    /// Append what `other` collected after what this one did (files merged in their order
    /// give the same result as importing them one after the other into one collector).
    pub fn merge(&mut self, other: Collector<'_>) {
        self.bill_lines.extend(other.bill_lines);
        self.bill_totals.extend(other.bill_totals);
        self.transactions.extend(other.transactions);
        for (k, a) in other.usage {
            self.usage.entry(k).or_default().merge(&a);
        }
        for (k, a) in other.unassigned_usage {
            self.unassigned_usage.entry(k).or_default().merge(&a);
        }
        self.ambiguous_usage += other.ambiguous_usage;
        for s in other.sources {
            match self.sources.iter_mut().find(|m| m.file == s.file) {
                Some(m) => m.absorb(&s),
                None => self.sources.push(s),
            }
        }
        for (mine, theirs) in self.by_service.iter_mut().zip(other.by_service) {
            for (p, a) in theirs {
                mine.entry(p).or_default().merge(&a);
            }
        }
    }

    /// Fold the per-service aggregates into `usage`.
    pub fn finish(mut self) -> Self {
        for (i, m) in std::mem::take(&mut self.by_service).into_iter().enumerate() {
            let id = &self.config.services[i].id;
            for (p, a) in m {
                self.usage.entry((id.clone(), p)).or_default().merge(&a);
            }
        }
        self.by_service = vec![BTreeMap::new(); self.config.services.len()];
        self
    }
}

/// The source entry of the record's file: the last one in the common case (records of a
/// file arrive together), so this is one pointer comparison per record.
fn source_of<'s>(
    sources: &'s mut Vec<UsageSource>,
    services: usize,
    r: &UsageRecord,
) -> &'s mut UsageSource {
    let day = r.start.date();
    let same = |s: &UsageSource| Arc::ptr_eq(&s.file, &r.source.file) || s.file == r.source.file;
    let at = match sources.last().filter(|s| same(s)) {
        Some(_) => sources.len() - 1,
        None => match sources.iter().position(same) {
            Some(at) => at,
            None => {
                sources.push(UsageSource {
                    file: r.source.file.clone(),
                    services: vec![false; services],
                    first: day,
                    last: day,
                });
                sources.len() - 1
            }
        },
    };
    let s = &mut sources[at];
    if day < s.first {
        s.first = day;
    } else if day > s.last {
        s.last = day;
    }
    s
}

impl Sink for Collector<'_> {
    fn bill_line(&mut self, line: BillLine) {
        self.bill_lines.push(line);
    }
    fn bill_total(&mut self, total: BillTotal) {
        self.bill_totals.push(total);
    }
    fn transaction(&mut self, tx: Transaction) {
        self.transactions.push(tx);
    }
    fn usage(&mut self, r: &UsageRecord) {
        let period = Period::of(r.start.date());
        let config = self.config;
        let k = r.kind as usize;
        let computed;
        let candidates: &[usize] = match r.number.as_deref() {
            None => self.no_number[k].get_or_insert_with(|| usage_candidates(config, r.kind, None)),
            Some(n) => {
                if self.candidates.len() >= MAX_CACHED_NUMBERS && !self.candidates.contains_key(n) {
                    computed = usage_candidates(config, r.kind, Some(n));
                    &computed
                } else {
                    // One hash per record; the key is allocated only for a new number.
                    self.candidates.entry_ref(n).or_default()[k]
                        .get_or_insert_with(|| usage_candidates(config, r.kind, Some(n)))
                }
            }
        };
        if candidates.is_empty() {
            self.unassigned_usage.entry(r.kind).or_default().add(r);
            return;
        }
        if candidates.len() > 1 {
            // Conservative: usage that could belong to several services counts for each,
            // so no service is ever called unused because of an ambiguous record.
            self.ambiguous_usage += 1;
        }
        let source = source_of(&mut self.sources, config.services.len(), r);
        for &i in candidates {
            source.services[i] = true;
            self.by_service[i].entry(period).or_default().add(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            "billaudit.toml",
            "[account]\ncarrier = \"中国电信\"\n\n\
             [[service]]\nid = \"bb\"\nkind = \"broadband\"\nmatch = [\"宽带\"]\nnumbers = [\"ADSL020-8800\"]\n\n\
             [[service]]\nid = \"m\"\nkind = \"mobile\"\nmatch = [\"套餐\"]\nnumbers = [\"13800138000\"]\n\n\
             [[service]]\nid = \"bb2\"\nkind = \"broadband\"\nmatch = [\"专线\"]\n",
        )
        .expect("config")
    }

    #[test]
    fn data_use_on_a_broadband_lines_own_number_is_that_lines_use() {
        let c = config();
        // Traffic of unknown kind on the broadband line's number: that line only (not the
        // second broadband service, which names no number).
        assert_eq!(
            &*usage_candidates(&c, UsageKind::Data, Some("ADSL0208800")),
            &[0]
        );
        // Data on the mobile number stays mobile use.
        assert_eq!(
            &*usage_candidates(&c, UsageKind::Data, Some("13800138000")),
            &[1]
        );
        // Data without a number, or on a number no service names, is nobody's.
        assert!(usage_candidates(&c, UsageKind::Data, None)
            .iter()
            .all(|i| *i == 1));
        assert!(usage_candidates(&c, UsageKind::Data, Some("13900000000")).is_empty());
    }
}
